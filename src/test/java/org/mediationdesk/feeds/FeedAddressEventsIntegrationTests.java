package org.mediationdesk.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mediationdesk.ModuleTestDatabase;
import org.mediationdesk.TestDatabase;
import org.mediationdesk.identity.AccountManagement;
import org.mediationdesk.identity.Assignment;
import org.mediationdesk.identity.Role;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.participants.ParticipantDirectory;
import org.mediationdesk.process.ProcessFile;
import org.mediationdesk.process.ProcessRecordFile;
import org.mediationdesk.process.RoundRecord;
import org.mediationdesk.process.RoundStatus;
import org.mediationdesk.process.WorkingGroup;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.Institution;
import org.mediationdesk.shared.LanguageCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ContextConfiguration;

/**
 * The feeds module with the modules it reads (the process needs the access policy, which the feeds do not use
 * themselves, so all dependencies are booted): a personal feed address stands for its holder until revoked, each
 * change to it is published without its secret, and the calendar gives each viewer the rounds as they may read
 * them.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES,
		extraIncludes = { "shared", "identity" },
		webEnvironment = org.springframework.boot.test.context.SpringBootTest.WebEnvironment.NONE)
@ExtendWith(TestDatabase.class)
@ContextConfiguration(initializers = ModuleTestDatabase.class)
class FeedAddressEventsIntegrationTests {

	private static final Viewer ADMIN = new Viewer(UUID.randomUUID(), "admin-feeds", Role.ADMIN, null, null);

	@Autowired
	FeedAddresses addresses;

	@Autowired
	Feeds feeds;

	@Autowired
	AccountManagement accounts;

	@Autowired
	RoundRecord rounds;

	@Autowired
	ProcessRecordFile recordFile;

	@Autowired
	ParticipantDirectory directory;

	@BeforeEach
	void recordsARoundWithANoteForTheCoChairs() {
		directory.loadReferenceDirectory();
		if (rounds.process().isEmpty()) {
			recordFile.load(new ProcessFile(ProcessFile.FORMAT_VERSION,
					new ProcessFile.ProcessEntry("FT", "Feeds test talks", null, "Geneva", null, List.of()),
					List.of(new ProcessFile.AgendaEntry("IDP", WorkingGroup.WG2, "Displaced persons", null)),
					List.of(new ProcessFile.RoundEntry(1, LocalDate.of(2027, 4, 6), LocalDate.of(2027, 4, 7), null,
							RoundStatus.SCHEDULED, "Geneva", "Round one.", "Keep the second room free", false, null,
							List.of(), List.of(), List.of(), List.of(), List.of())),
					List.of(), List.of()));
		}
	}

	/** A real account, as the viewer it stands for: a personal address stands only for an account that exists. */
	private Viewer account(Role role, Institution institution) {
		String username = "feeds-" + UUID.randomUUID().toString().substring(0, 8);
		accounts.openAtFirstStart(username, "Feeds " + username, new Assignment(role, institution, null),
				"correct horse battery staple");
		return accounts.list(ADMIN)
			.stream()
			.filter(account -> account.username().equals(username))
			.map(account -> new Viewer(account.id(), username, role, institution, null))
			.findFirst()
			.orElseThrow();
	}

	/** The secret in a personal feed's address: {@code …/feeds/personal/SECRET/rounds.ics}. */
	private static String secret(CreatedFeedAddress created) {
		String[] parts = created.calendar().split("/");
		return parts[parts.length - 2];
	}

	@Test
	void publishesFeedAddressChangedWithoutTheSecretAndTheAddressStandsForItsHolder(Scenario scenario) {
		Viewer holder = account(Role.SECRETARIAT, null);
		scenario.stimulate(() -> addresses.create(holder))
			.andWaitForEventOfType(FeedAddressChanged.class)
			.matching(event -> event.actor().equals(holder.username()) && !event.revoked())
			.toArriveAndVerify((event, created) -> {
				assertThat(event.addressId()).isEqualTo(created.id());
				assertThat(event.action()).isEqualTo("feed_address.created");
				assertThat(event.toString()).doesNotContain(secret(created));
				assertThat(created.atom()).contains("/feeds/personal/" + secret(created) + "/communiques.atom");
				assertThat(addresses.resolve(secret(created))).hasValueSatisfying(viewer -> {
					assertThat(viewer.accountId()).isEqualTo(holder.accountId());
					assertThat(viewer.role()).isEqualTo(Role.SECRETARIAT);
				});
				assertThat(addresses.list(holder)).extracting(FeedAddressView::id).containsExactly(created.id());
			});
		assertThat(addresses.resolve("x".repeat(43))).as("an unknown secret stands for no one").isEmpty();
		assertThatThrownBy(() -> addresses.create(Viewer.anonymous())).isInstanceOf(DeskException.NotFound.class);
	}

	@Test
	void revokingAnAddressPublishesFeedAddressChangedAndTheSecretNoLongerResolves(Scenario scenario) {
		Viewer holder = account(Role.CO_CHAIR, Institution.EU);
		CreatedFeedAddress created = addresses.create(holder);
		assertThat(addresses.resolve(secret(created))).contains(accounts.activeViewer(holder.accountId()).orElseThrow());

		Viewer someoneElse = account(Role.SECRETARIAT, null);
		assertThatThrownBy(() -> addresses.revoke(someoneElse, created.id())).as("another's address does not exist for them")
			.isInstanceOf(DeskException.NotFound.class);

		scenario.stimulate(() -> addresses.revoke(holder, created.id()))
			.andWaitForEventOfType(FeedAddressChanged.class)
			.matching(event -> event.addressId().equals(created.id()) && event.revoked())
			.toArriveAndVerify(event -> {
				assertThat(event.actor()).isEqualTo(holder.username());
				assertThat(event.action()).isEqualTo("feed_address.revoked");
			});
		assertThat(addresses.resolve(secret(created))).isEmpty();
		assertThatThrownBy(() -> addresses.revoke(holder, created.id())).as("revoked once")
			.isInstanceOfSatisfying(DeskException.Conflict.class,
					refused -> assertThat(refused.code()).isEqualTo("feeds.alreadyRevoked"));
	}

	@Test
	void givesTheCoChairsNoteInTheCalendarOnlyToTheCoChairs() {
		Viewer coChair = new Viewer(UUID.randomUUID(), "cc-feeds", Role.CO_CHAIR, Institution.OSCE, null);

		String theirs = feeds.calendar(coChair, LanguageCode.EN);
		String everyones = feeds.calendar(Viewer.anonymous(), LanguageCode.EN);

		assertThat(unfolded(theirs)).contains("UID:round-1@mediationdesk", "Keep the second room free");
		assertThat(unfolded(everyones)).contains("UID:round-1@mediationdesk", "Round one.")
			.doesNotContain("Keep the second room free");
	}

	/** An iCalendar file with its long lines joined again (RFC 5545 folds them at 75 octets). */
	private static String unfolded(String calendar) {
		return calendar.replace("\r\n ", "").replace("\n ", "");
	}
}
