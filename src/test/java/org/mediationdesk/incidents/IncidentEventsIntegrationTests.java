package org.mediationdesk.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mediationdesk.ModuleTestDatabase;
import org.mediationdesk.TestDatabase;
import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.identity.Role;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.incidents.IncidentEvent.IncidentAccountGiven;
import org.mediationdesk.incidents.IncidentEvent.IncidentReported;
import org.mediationdesk.incidents.IncidentEvent.IncidentReviewed;
import org.mediationdesk.incidents.MechanismEvent.JointVisitAgreed;
import org.mediationdesk.incidents.MechanismEvent.MechanismMeetingClosed;
import org.mediationdesk.incidents.MechanismEvent.MechanismMeetingScheduled;
import org.mediationdesk.incidents.MechanismEvent.MechanismRegistered;
import org.mediationdesk.incidents.MechanismEvent.MechanismSuspended;
import org.mediationdesk.incidents.MechanismEvent.MeetingAgendaAdopted;
import org.mediationdesk.participants.ParticipantDirectory;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.Institution;
import org.mediationdesk.shared.LanguageCode;
import org.mediationdesk.shared.Localized;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ContextConfiguration;

/**
 * The incidents module alone (with the modules it uses) registers mechanisms, schedules and closes their meetings
 * and keeps their registers, publishing an event for each fact: what the public may know as public events, a
 * meeting's internals and the register's entries for the co-chairs, never what an account says. Only the
 * mechanism's circle sees its register and its meetings' internals.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES,
		extraIncludes = { "shared", "identity" },
		webEnvironment = org.springframework.boot.test.context.SpringBootTest.WebEnvironment.NONE)
@ExtendWith(TestDatabase.class)
@ContextConfiguration(initializers = ModuleTestDatabase.class)
class IncidentEventsIntegrationTests {

	private static final Viewer SECRETARIAT = new Viewer(UUID.randomUUID(), "secretariat-incidents", Role.SECRETARIAT,
			null, null);

	@Autowired
	Mechanisms mechanisms;

	@Autowired
	IncidentRegister register;

	@Autowired
	ParticipantDirectory directory;

	private Viewer tbilisi;
	private Viewer tskhinvali;
	private Viewer sukhumi;
	private String code;

	@BeforeEach
	void registersAMechanism() {
		directory.loadReferenceDirectory();
		tbilisi = participant("GE");
		tskhinvali = participant("SO");
		sukhumi = participant("AB");
		code = code();
		mechanisms.register(SECRETARIAT, new NewMechanism(code, Localized.english("Test mechanism"),
				Localized.english("The test line"), List.of(Institution.EU, Institution.OSCE),
				List.of(tbilisi.groupId(), tskhinvali.groupId()), Localized.english("The monitors"), Rhythm.MONTHLY));
	}

	private Viewer participant(String group) {
		return new Viewer(UUID.randomUUID(), "incidents-" + group, Role.PARTICIPANT, null,
				directory.groupByCode(group).orElseThrow().id());
	}

	private static String code() {
		Random random = new Random();
		StringBuilder letters = new StringBuilder();
		for (int i = 0; i < 5; i++) {
			letters.append((char) ('A' + random.nextInt(26)));
		}
		return letters.toString();
	}

	@Test
	void publishesMechanismRegisteredAsPublic(Scenario scenario) {
		String other = code();
		scenario.stimulate(() -> mechanisms.register(SECRETARIAT, new NewMechanism(other, Localized.english("Another"),
				Localized.english("Elsewhere"), List.of(Institution.UN), List.of(tbilisi.groupId(), sukhumi.groupId()), null,
				Rhythm.FORTNIGHTLY)))
			.andWaitForEventOfType(MechanismRegistered.class)
			.matchingMappedValue(MechanismRegistered::code, other)
			.toArriveAndVerify((event, view) -> {
				assertThat(event.mechanism()).isEqualTo(view.id());
				assertThat(event.audience()).isEqualTo(Audience.everyone());
				assertThat(event.action()).isEqualTo("mechanism.registered");
				assertThat(view.inCircle()).isTrue();
			});
		assertThat(mechanisms.mechanism(Viewer.anonymous(), other).inCircle()).isFalse();
		assertThat(mechanisms.mechanism(sukhumi, other).inCircle()).isTrue();
		assertThat(mechanisms.mechanism(tskhinvali, other).inCircle()).isFalse();
	}

	@Test
	void publishesASuspensionAndShowsTheMechanismSuspended(Scenario scenario) {
		scenario.stimulate(() -> mechanisms.suspend(SECRETARIAT, code, LocalDate.of(2018, 6, 27),
				Localized.english("The agenda was not agreed."), "https://civil.ge/archives/245157"))
			.andWaitForEventOfType(MechanismSuspended.class)
			.toArriveAndVerify(event -> assertThat(event.from()).isEqualTo(LocalDate.of(2018, 6, 27)));
		assertThat(mechanisms.mechanism(Viewer.anonymous(), code).suspended()).isTrue();
	}

	@Test
	void schedulesNumbersAndClosesAMeetingShowingItsInternalsOnlyToTheCircle(Scenario scenario) {
		MechanismMeetingView first = mechanisms.schedule(SECRETARIAT, code, new NewMechanismMeeting(
				MechanismMeetingKind.REGULAR, LocalDate.of(2026, 11, 19), null, "Ergneti", List.of("Irrigation water")));
		scenario.stimulate(() -> mechanisms.schedule(SECRETARIAT, code, new NewMechanismMeeting(
				MechanismMeetingKind.REGULAR, LocalDate.of(2026, 12, 17), null, "Ergneti", List.of())))
			.andWaitForEventOfType(MechanismMeetingScheduled.class)
			.matchingMappedValue(MechanismMeetingScheduled::number, 2)
			.toArriveAndVerify(event -> assertThat(event.audience()).isEqualTo(Audience.everyone()));
		assertThat(first.number()).isEqualTo(1);
		scenario.stimulate(() -> mechanisms.adoptAgenda(SECRETARIAT, code, first.id()))
			.andWaitForEventOfType(MeetingAgendaAdopted.class)
			.toArriveAndVerify(event -> assertThat(event.audience()).isEqualTo(Audience.coChairs()));
		scenario.stimulate(() -> mechanisms.agreeJointVisit(SECRETARIAT, code, first.id(),
				new JointVisit("Khurvaleti", "To see the fence")))
			.andWaitForEventOfType(JointVisitAgreed.class)
			.toArriveAndVerify(event -> assertThat(event.toString()).doesNotContain("Khurvaleti", "fence"));
		scenario.stimulate(() -> mechanisms.close(SECRETARIAT, code, first.id(), new CloseMeeting(MeetingOutcome.HELD,
				LocalDate.of(2026, 12, 17), new Localized("The meeting was held.", null, null), null)))
			.andWaitForEventOfType(MechanismMeetingClosed.class)
			.toArriveAndVerify(event -> assertThat(event.outcome()).isEqualTo(MeetingOutcome.HELD));

		MechanismMeetingView seenByTheCircle = mechanisms.meeting(tskhinvali, code, first.id());
		assertThat(seenByTheCircle.internals()).isTrue();
		assertThat(seenByTheCircle.agenda()).containsExactly("Irrigation water");
		assertThat(seenByTheCircle.jointVisits()).hasSize(1);
		assertThat(seenByTheCircle.nextOn()).isEqualTo(LocalDate.of(2026, 12, 17));
		assertThat(seenByTheCircle.actions()).as("only the facilitators act").isEmpty();
		for (Viewer outside : List.of(Viewer.anonymous(), sukhumi)) {
			MechanismMeetingView seen = mechanisms.meeting(outside, code, first.id());
			assertThat(seen.outcome()).isEqualTo(MeetingOutcome.HELD);
			assertThat(seen.statement().en()).isEqualTo("The meeting was held.");
			assertThat(seen.internals()).isFalse();
			assertThat(seen.venue()).isNull();
			assertThat(seen.agenda()).isEmpty();
			assertThat(seen.jointVisits()).isEmpty();
			assertThat(seen.nextOn()).isNull();
		}
		assertThat(mechanisms.meetings(Viewer.anonymous(), code)).extracting(MechanismMeetingView::number)
			.containsExactly(2, 1);
	}

	@Test
	void refusesTheFacilitatorsStepsToParticipantsAsIfThereWereNothing() {
		MechanismMeetingView meeting = mechanisms.schedule(SECRETARIAT, code, new NewMechanismMeeting(
				MechanismMeetingKind.TECHNICAL, LocalDate.of(2026, 12, 1), null, null, List.of()));
		assertThatThrownBy(() -> mechanisms.adoptAgenda(tbilisi, code, meeting.id()))
			.isInstanceOf(DeskException.NotFound.class);
		assertThatThrownBy(() -> mechanisms.schedule(tbilisi, code, new NewMechanismMeeting(MechanismMeetingKind.REGULAR,
				LocalDate.of(2026, 12, 1), null, null, List.of()))).isInstanceOf(DeskException.NotFound.class);
	}

	@Test
	void keepsTheRegisterWithinTheCircleAndPublishesItsStepsForTheCoChairs(Scenario scenario) {
		NewIncident report = new NewIncident(code, IncidentKind.DETENTION, List.of(), "2026-03-14T06:30:00Z",
				TimePrecision.EXACT, new Place("near Khurvaleti", PlacePrecision.NEAR, null, null), null, null,
				new Counts(null, null, new Counts.Count(2, 2, 2)), "Two of our residents were taken by the other side.",
				null);
		IncidentView[] reported = new IncidentView[1];
		scenario.stimulate(() -> reported[0] = register.report(tbilisi, report, LanguageCode.EN))
			.andWaitForEventOfType(IncidentReported.class)
			.toArriveAndVerify(event -> {
				assertThat(event.publicId()).startsWith(code + "-").endsWith("-0001");
				assertThat(event.kind()).isEqualTo(IncidentKind.DETENTION);
				assertThat(event.audience()).isEqualTo(Audience.coChairs());
				assertThat(event.toString()).doesNotContain("residents");
			});
		String id = reported[0].publicId();
		scenario.stimulate(() -> register.give(tskhinvali, id, new NewIncidentAccount("One person crossed and was held.",
				"Our statement", "The person who crossed", new Counts(null, null, new Counts.Count(null, 1, null))),
				LanguageCode.EN))
			.andWaitForEventOfType(IncidentAccountGiven.class)
			.matchingMappedValue(IncidentAccountGiven::group, tskhinvali.groupId())
			.toArriveAndVerify((event, view) -> {
				assertThat(view.disputed()).isTrue();
				assertThat(view.figures().detained().best()).isEqualTo(1);
			});
		scenario.stimulate(() -> register.review(SECRETARIAT, id, IncidentAction.PUT_UNDER_REVIEW, null, LanguageCode.EN))
			.andWaitForEventOfType(IncidentReviewed.class)
			.toArriveAndVerify(event -> assertThat(event.state()).isEqualTo(ReviewState.UNDER_REVIEW));

		assertThat(register.incident(tskhinvali, id, LanguageCode.EN).accounts()).hasSize(2);
		for (Viewer outside : List.of(sukhumi, Viewer.anonymous())) {
			assertThatThrownBy(() -> register.incident(outside, id, LanguageCode.EN))
				.isInstanceOf(DeskException.NotFound.class);
			assertThat(register.list(outside, new IncidentFilter(code, null, null, null), 0, LanguageCode.EN).total())
				.isZero();
		}
		assertThat(register.list(tbilisi, new IncidentFilter(code, IncidentKind.DETENTION, LocalDate.of(2026, 3, 14),
				LocalDate.of(2026, 3, 14)), 0, LanguageCode.EN).total()).isEqualTo(1);
		assertThat(register.list(tbilisi, new IncidentFilter(code, IncidentKind.SHOOTING, null, null), 0, LanguageCode.EN)
			.total()).isZero();
		assertThat(register.list(tbilisi, new IncidentFilter(code, null, LocalDate.of(2026, 3, 15), null), 0,
				LanguageCode.EN).total()).isZero();
	}

	@Test
	void refusesAReportToARegisterOutsideTheViewersCircleAndPublishesNothing(AssertablePublishedEvents events) {
		assertThatThrownBy(() -> register.report(sukhumi, new NewIncident(code, IncidentKind.SHOOTING, List.of(),
				"2026-03-14", TimePrecision.DAY, new Place("Ergneti", PlacePrecision.DISTRICT, null, null), null, null, null,
				"Shots were heard.", null), LanguageCode.EN))
			.isInstanceOf(DeskException.Invalid.class).hasMessage("incidents.mechanismRequired");
		assertThat(events.ofType(IncidentReported.class)).isEmpty();
	}

	@Test
	void givesEachIncidentAPublicIdNeverGivenTwice() {
		NewIncident report = new NewIncident(code, IncidentKind.FENCES_OR_SIGNS, List.of(), "2026-02-01",
				TimePrecision.MONTH, new Place("along the line", PlacePrecision.ALONG_THE_LINE, null, null), null, null, null,
				"Signs were installed.", null);
		String first = register.report(SECRETARIAT, report, LanguageCode.EN).publicId();
		String second = register.report(SECRETARIAT, report, LanguageCode.EN).publicId();
		assertThat(first).matches(code + "-\\d{4}-0001");
		assertThat(second).matches(code + "-\\d{4}-0002");
		assertThat(register.incident(tbilisi, second, LanguageCode.EN).summary()).isEqualTo("Signs were installed.");
	}
}
