package org.mediationdesk.hotline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mediationdesk.Fixtures;
import org.mediationdesk.IntegrationTest;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.incidents.IncidentAction;
import org.mediationdesk.incidents.IncidentKind;
import org.mediationdesk.incidents.IncidentRegister;
import org.mediationdesk.incidents.JointVisit;
import org.mediationdesk.incidents.MechanismMeetingKind;
import org.mediationdesk.incidents.MechanismMeetingView;
import org.mediationdesk.incidents.Mechanisms;
import org.mediationdesk.incidents.NewIncident;
import org.mediationdesk.incidents.NewIncidentAccount;
import org.mediationdesk.incidents.NewMechanismMeeting;
import org.mediationdesk.incidents.Place;
import org.mediationdesk.incidents.PlacePrecision;
import org.mediationdesk.incidents.ReviewState;
import org.mediationdesk.incidents.TimePrecision;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.LanguageCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An incident at the line, on the hotline: a detention is reported by the participants from Tbilisi and contested
 * by those from Tskhinval(i); it goes on the hotline as urgent, is acknowledged late, escalates once, and is
 * answered; it is put on the next meeting's review, a joint visit is agreed, and the case is closed. At each step
 * each side reads what it may: the addressees nothing before the relay, the participants from Sukhum(i) (of Gali
 * only) nothing at all. The hotline's clock is a controlled one, moved by the test.
 */
@IntegrationTest
class DetentionOnTheHotlineIntegrationTests {

	@Autowired
	IncidentRegister register;

	@Autowired
	Mechanisms mechanisms;

	@Autowired
	HotlineLog log;

	@Autowired
	EscalationEngine engine;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void aDetentionOnTheHotlineAcknowledgedLateEscalatedOnceAnsweredReviewedAndClosed() throws Exception {
		Viewer tbilisi = fixtures.participant("GE");
		Viewer tskhinvali = fixtures.participant("SO");
		Viewer sukhumi = fixtures.participant("AB");
		Viewer desk = fixtures.secretariat();
		String incident = register.report(tbilisi, new NewIncident("ERG", IncidentKind.DETENTION, List.of(),
				"2006-06-01T05:30:00Z", TimePrecision.EXACT, new Place("near the line", PlacePrecision.ALONG_THE_LINE, null,
						null), null, null, null, "A resident was detained while collecting firewood.", null),
				LanguageCode.EN).publicId();
		register.give(tskhinvali, incident, new NewIncidentAccount("One person crossed and was held.", null, null, null),
				LanguageCode.EN);

		ControlledClock clock = new ControlledClock(Instant.parse("2006-06-01T06:00:00Z"));
		Hotline hotline = HotlineIntegrationTestsSupport.of(context).at(clock);
		ActivationView sent = hotline.activate(tbilisi, new NewActivation("ERG", List.of("SO"), Urgency.URGENT,
				"Resident detained near the line", "Please confirm where the resident is held.", incident, null, null));
		assertThat(sent.incident()).isEqualTo(incident);
		assertThat(sent.acknowledgeBy()).isEqualTo(Instant.parse("2006-06-01T07:00:00Z"));
		hiddenFrom(tskhinvali, sent);
		hiddenFrom(sukhumi, sent);

		clock.move(Duration.ofMinutes(5));
		hotline.relay(desk, sent.id());
		assertThat(log.activation(tskhinvali, sent.id()).mayAcknowledge()).isTrue();
		hiddenFrom(sukhumi, sent);

		// nobody acknowledges by 07:00: the supervisors are told at once, once
		engine.tick(Instant.parse("2006-06-01T06:59:00Z"));
		assertThat(escalations(sent)).isZero();
		engine.tick(Instant.parse("2006-06-01T07:10:00Z"));
		engine.tick(Instant.parse("2006-06-01T07:10:00Z"));
		assertThat(escalations(sent)).isEqualTo(1);
		clock.move(Duration.ofMinutes(75));
		ActivationView acknowledged = hotline.acknowledge(tskhinvali, sent.id());
		assertThat(acknowledged.addressees().get(0).acknowledgedLate()).isTrue();
		engine.tick(Instant.parse("2006-06-02T07:00:00Z"));
		assertThat(escalations(sent)).as("acknowledged: the chain stops").isEqualTo(1);

		clock.move(Duration.ofHours(2));
		ActivationView answered = hotline.respond(tskhinvali, sent.id(), "The person is held at the post and will be handed over.");
		assertThat(answered.state()).isEqualTo(ActivationState.ANSWERED);
		assertThat(answered.overdue()).as("acknowledged late").isTrue();
		for (Viewer side : List.of(tbilisi, tskhinvali)) {
			assertThat(log.log(side, "ERG").stream().filter(entry -> entry.activation().equals(sent.id()))
				.map(LogEntry::kind)).containsExactly(LogEntry.Kind.ACTIVATED, LogEntry.Kind.RELAYED,
						LogEntry.Kind.ESCALATED, LogEntry.Kind.ACKNOWLEDGED, LogEntry.Kind.RESPONDED);
		}
		assertThat(escalations(sent)).as("escalated once").isEqualTo(1);
		hiddenFrom(sukhumi, sent);

		MechanismMeetingView meeting = mechanisms.schedule(desk, "ERG", new NewMechanismMeeting(
				MechanismMeetingKind.REGULAR, LocalDate.of(2099, 1, 15), TimePrecision.DAY, "Ergneti", List.of()));
		register.review(desk, incident, IncidentAction.PUT_UNDER_REVIEW, null, LanguageCode.EN);
		mechanisms.adoptAgenda(desk, "ERG", meeting.id());
		mechanisms.agreeJointVisit(desk, "ERG", meeting.id(), new JointVisit("near the line", "To see where the resident was held."));
		register.review(desk, incident, IncidentAction.VERIFY, null, LanguageCode.EN);
		register.review(desk, incident, IncidentAction.CLOSE, "The resident was handed over after the joint visit.",
				LanguageCode.EN);
		assertThat(register.incident(tskhinvali, incident, LanguageCode.EN).state()).isEqualTo(ReviewState.CLOSED);
		assertThatThrownBy(() -> register.incident(sukhumi, incident, LanguageCode.EN))
			.isInstanceOf(DeskException.NotFound.class);
		hiddenFrom(sukhumi, sent);
	}

	private int escalations(ActivationView activation) {
		return jdbc.sql("SELECT COUNT(*) FROM hotline_escalation WHERE activation_id = :id").param("id", activation.id())
			.query(Integer.class).single();
	}

	private void hiddenFrom(Viewer viewer, ActivationView activation) throws Exception {
		assertThatThrownBy(() -> log.activation(viewer, activation.id())).isInstanceOf(DeskException.NotFound.class);
		mvc.perform(get("/api/v1/hotline/activations/" + activation.id())
				.with(authentication(Fixtures.authentication(viewer)))).andExpect(status().isNotFound());
		if (!viewer.belongsTo(fixtures.group("SO").id())) {
			mvc.perform(get("/mechanisms/ERG/hotline").with(authentication(Fixtures.authentication(viewer))))
				.andExpect(status().isNotFound());
		}
	}
}
