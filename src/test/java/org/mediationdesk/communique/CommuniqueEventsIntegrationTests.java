package org.mediationdesk.communique;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mediationdesk.ModuleTestDatabase;
import org.mediationdesk.ProcessFiles;
import org.mediationdesk.TestDatabase;
import org.mediationdesk.communique.CommuniqueEvent.CommuniqueApprovalsWithdrawn;
import org.mediationdesk.communique.CommuniqueEvent.CommuniqueApproved;
import org.mediationdesk.communique.CommuniqueEvent.CommuniqueVersionConfirmed;
import org.mediationdesk.communique.CommuniqueEvent.CommuniqueVersionWithdrawn;
import org.mediationdesk.communique.CommuniqueEvent.CommuniqueDrafted;
import org.mediationdesk.communique.CommuniqueEvent.CommuniqueEdited;
import org.mediationdesk.communique.CommuniqueEvent.CommuniqueEmbargoed;
import org.mediationdesk.communique.CommuniqueEvent.CommuniquePublished;
import org.mediationdesk.communique.CommuniqueEvent.CommuniqueShared;
import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.identity.Role;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.participants.ParticipantDirectory;
import org.mediationdesk.process.RoundRecord;
import org.mediationdesk.shared.Institution;
import org.mediationdesk.shared.LanguageCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ContextConfiguration;

/**
 * The communiqué module (with the modules it uses) publishes an event for each step of a communiqué, from its draft
 * to its publication; a draft's events are the co-chairs', the publication is public.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = { "shared", "identity" },
		webEnvironment = org.springframework.boot.test.context.SpringBootTest.WebEnvironment.NONE)
@ExtendWith(TestDatabase.class)
@ContextConfiguration(initializers = ModuleTestDatabase.class)
class CommuniqueEventsIntegrationTests {

	private static final Viewer EU = new Viewer(UUID.randomUUID(), "cc-eu-module", Role.CO_CHAIR, Institution.EU, null);

	private static final Viewer UN = new Viewer(UUID.randomUUID(), "cc-un-module", Role.CO_CHAIR, Institution.UN, null);

	private static final Viewer OSCE = new Viewer(UUID.randomUUID(), "cc-osce-module", Role.CO_CHAIR, Institution.OSCE,
			null);

	@Autowired
	Communiques communiques;

	@Autowired
	RoundRecord record;

	@Autowired
	org.mediationdesk.process.RoundManagement roundManagement;

	@Autowired
	org.mediationdesk.process.ProcessRecordFile recordFile;

	@Autowired
	ParticipantDirectory directory;

	@BeforeEach
	void recordsAProcess() {
		directory.loadReferenceDirectory();
		if (record.process().isEmpty()) {
			recordFile.load(ProcessFiles.oneItem("MT", "Module test talks"));
		}
	}

	/** A round held today: a communiqué is drafted only from the record of a round that was held. */
	private int round() {
		LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
		int number = roundManagement.convene(EU, today, today, null, false).number();
		roundManagement.change(EU, number, org.mediationdesk.process.RoundAction.MARK_HELD, null);
		return number;
	}

	private void approveAll(int number) {
		String hash = communiques.current(EU, number).sha256();
		for (Viewer coChair : List.of(EU, UN, OSCE)) {
			communiques.approve(coChair, number, hash);
		}
	}

	@Test
	void publishesCommuniqueDraftedForTheCoChairs(Scenario scenario) {
		int number = round();
		scenario.stimulate(() -> communiques.draft(EU, number))
			.andWaitForEventOfType(CommuniqueDrafted.class)
			.matchingMappedValue(CommuniqueDrafted::roundNumber, number)
			.toArriveAndVerify(event -> {
				assertThat(event.edition()).isEqualTo(1);
				assertThat(event.corrects()).isNull();
				assertThat(event.audience()).isEqualTo(Audience.coChairs());
				assertThat(event.action()).isEqualTo("communique.drafted");
			});
	}

	@Test
	void publishesCommuniqueEditedWithItsLanguage(Scenario scenario) {
		int number = round();
		communiques.draft(EU, number);
		scenario.stimulate(() -> communiques.edit(UN, number, LanguageCode.RU, "Раунд прошёл.", null))
			.andWaitForEventOfType(CommuniqueEdited.class)
			.matchingMappedValue(CommuniqueEdited::roundNumber, number)
			.toArriveAndVerify(event -> assertThat(event.language()).isEqualTo(LanguageCode.RU));
	}

	@Test
	void publishesCommuniqueApprovedWithTheHashOfTheText(Scenario scenario) {
		int number = round();
		CommuniqueDrafts.draftReady(communiques, EU, number);
		String hash = communiques.current(EU, number).sha256();
		scenario.stimulate(() -> communiques.approve(OSCE, number, hash))
			.andWaitForEventOfType(CommuniqueApproved.class)
			.matchingMappedValue(CommuniqueApproved::roundNumber, number)
			.toArriveAndVerify(event -> {
				assertThat(event.institution()).isEqualTo(Institution.OSCE);
				assertThat(event.sha256()).isEqualTo(hash).hasSize(64);
				assertThat(event.detail()).contains(hash);
			});
	}

	@Test
	void publishesApprovalsWithdrawnNamingTheApprovers(Scenario scenario) {
		int number = round();
		CommuniqueDrafts.draftReady(communiques, EU, number);
		String hash = communiques.current(EU, number).sha256();
		communiques.approve(EU, number, hash);
		communiques.approve(UN, number, hash);
		scenario.stimulate(() -> communiques.edit(OSCE, number, LanguageCode.EN, "Another text.", null))
			.andWaitForEventOfType(CommuniqueApprovalsWithdrawn.class)
			.matchingMappedValue(CommuniqueApprovalsWithdrawn::roundNumber, number)
			.toArriveAndVerify(event -> {
				assertThat(event.approvers()).containsExactlyInAnyOrder("cc-eu-module", "cc-un-module");
				assertThat(event.institutions()).containsExactlyInAnyOrder(Institution.EU, Institution.UN);
				assertThat(event.actor()).isEqualTo("cc-osce-module");
			});
	}

	@Test
	void publishesCommuniqueSharedForTheParticipants(Scenario scenario) {
		int number = round();
		communiques.draft(EU, number);
		scenario.stimulate(() -> communiques.share(UN, number))
			.andWaitForEventOfType(CommuniqueShared.class)
			.matchingMappedValue(CommuniqueShared::roundNumber, number)
			.toArriveAndVerify(event -> assertThat(event.audience()).isEqualTo(Audience.allParticipants()));
	}

	@Test
	void publishesCommuniqueEmbargoedThenPublishedByTheJob(Scenario scenario) {
		int number = round();
		CommuniqueDrafts.draftReady(communiques, EU, number);
		approveAll(number);
		Instant at = Instant.now().plusSeconds(3600);
		scenario.stimulate(() -> communiques.publish(EU, number, at))
			.andWaitForEventOfType(CommuniqueEmbargoed.class)
			.matchingMappedValue(CommuniqueEmbargoed::roundNumber, number)
			.toArriveAndVerify(event -> assertThat(event.until()).isEqualTo(at));
	}

	@Test
	void publishesCommuniquePublishedForEveryone(Scenario scenario) {
		int number = round();
		CommuniqueDrafts.draftReady(communiques, EU, number);
		approveAll(number);
		scenario.stimulate(() -> communiques.publish(UN, number, null))
			.andWaitForEventOfType(CommuniquePublished.class)
			.matchingMappedValue(CommuniquePublished::roundNumber, number)
			.toArriveAndVerify(event -> {
				assertThat(event.audience()).isEqualTo(Audience.everyone());
				assertThat(event.edition()).isEqualTo(1);
				assertThat(event.published()).isNotNull();
				assertThat(event.path()).isEqualTo("/rounds/" + number + "/communique#edition-1");
			});
	}

	@Test
	void publishesAVersionConfirmedAndALanguageWithdrawn(Scenario scenario) {
		int number = round();
		CommuniqueDrafts.draftReady(communiques, EU, number);
		communiques.edit(EU, number, LanguageCode.EN, "The participants met.", null);
		scenario.stimulate(() -> communiques.confirmVersion(UN, number, LanguageCode.RU))
			.andWaitForEventOfType(CommuniqueVersionConfirmed.class)
			.matchingMappedValue(CommuniqueVersionConfirmed::roundNumber, number)
			.toArriveAndVerify(event -> {
				assertThat(event.language()).isEqualTo(LanguageCode.RU);
				assertThat(event.englishRevision()).isEqualTo(3);
				assertThat(event.audience()).isEqualTo(Audience.coChairs());
			});
		scenario.stimulate(() -> communiques.withdrawVersion(OSCE, number, LanguageCode.KA))
			.andWaitForEventOfType(CommuniqueVersionWithdrawn.class)
			.matchingMappedValue(CommuniqueVersionWithdrawn::roundNumber, number)
			.toArriveAndVerify(event -> assertThat(event.action()).isEqualTo("communique.versionWithdrawn"));
	}
}
