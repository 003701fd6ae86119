package org.mediationdesk.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mediationdesk.Fixtures;
import org.mediationdesk.ModuleTestDatabase;
import org.mediationdesk.ProcessFiles;
import org.mediationdesk.TestDatabase;
import org.mediationdesk.identity.Role;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.participants.ParticipantDirectory;
import org.mediationdesk.process.ProcessRecordFile;
import org.mediationdesk.process.RoundManagement;
import org.mediationdesk.process.RoundRecord;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.Institution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * Notifications with the modules whose events they turn into notices: a round postponed tells every account but the
 * one that postponed it, once its change is committed, in the reader's language; each reads only their own notices, and the public has none.
 * Notifications take the process's events but none of its beans, so the process is named to be booted too.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "process",
		webEnvironment = WebEnvironment.NONE)
@ExtendWith(TestDatabase.class)
@ContextConfiguration(initializers = ModuleTestDatabase.class)
class NotificationsModuleIntegrationTests {

	@Autowired
	Notifications notifications;

	@Autowired
	RoundManagement rounds;

	@Autowired
	RoundRecord record;

	@Autowired
	ProcessRecordFile recordFile;

	@Autowired
	ParticipantDirectory directory;

	@Autowired
	Fixtures fixtures;

	private Viewer coChair;

	private Viewer participant;

	@BeforeEach
	void recordsAProcessAndTwoAccounts() {
		directory.loadReferenceDirectory();
		if (record.process().isEmpty()) {
			recordFile.load(ProcessFiles.oneItem("NT", "Notified talks"));
		}
		coChair = fixtures.viewer(Role.CO_CHAIR, Institution.OSCE, null);
		participant = fixtures.viewer(Role.PARTICIPANT, null, "GE");
	}

	@Test
	void tellsEveryOtherAccountOfAPostponedRoundInItsLanguage() {
		long before = notifications.unread(participant);
		int number = rounds.convene(coChair, LocalDate.of(2031, 3, 4), LocalDate.of(2031, 3, 5), null, false).number();

		rounds.postpone(coChair, number, LocalDate.of(2031, 4, 8), LocalDate.of(2031, 4, 9), "Dates not confirmed");

		assertThat(notifications.unread(participant)).isEqualTo(before + 1);
		NotificationView english = notifications.list(participant, 0, Locale.ENGLISH).items().get(0);
		assertThat(english.link()).isEqualTo("/rounds/" + number);
		assertThat(english.text()).contains(Integer.toString(number)).doesNotContain("notification.");
		NotificationView russian = notifications.list(participant, 0, Locale.forLanguageTag("ru")).items().get(0);
		assertThat(russian.text()).isNotEqualTo(english.text()).contains(Integer.toString(number));
		assertThat(notifications.list(coChair, 0, Locale.ENGLISH).items())
			.as("who postponed it is not told of their own act")
			.noneMatch(notice -> notice.link().equals("/rounds/" + number));
	}

	@Test
	void letsEachReadOnlyTheirOwnNotices() {
		int number = rounds.convene(coChair, LocalDate.of(2032, 3, 2), LocalDate.of(2032, 3, 3), null, false).number();
		rounds.postpone(coChair, number, null, null, "Consultations continue");
		NotificationView theirs = notifications.list(participant, 0, Locale.ENGLISH).items().get(0);

		assertThatThrownBy(() -> notifications.markRead(coChair, theirs.id())).isInstanceOf(DeskException.NotFound.class);
		assertThat(notifications.list(participant, 0, Locale.ENGLISH).items().get(0).read()).isFalse();

		notifications.markRead(participant, theirs.id());
		assertThat(notifications.list(participant, 0, Locale.ENGLISH).items().get(0).read()).isTrue();
	}

	@Test
	void hasNothingForThePublic() {
		assertThat(notifications.unread(Viewer.anonymous())).isZero();
		assertThatThrownBy(() -> notifications.list(Viewer.anonymous(), 0, Locale.ENGLISH))
			.isInstanceOf(DeskException.NotFound.class);
	}
}
