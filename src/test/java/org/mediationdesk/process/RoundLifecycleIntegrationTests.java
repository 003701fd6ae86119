package org.mediationdesk.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mediationdesk.Fixtures;
import org.mediationdesk.IntegrationTest;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.Institution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The co-chairs convene, postpone and close rounds; the number of a round never changes. */
@IntegrationTest
class RoundLifecycleIntegrationTests {

	@Autowired
	RoundRecord record;

	@Autowired
	org.mediationdesk.process.RoundManagement roundManagement;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.springframework.context.MessageSource messages;

	@Autowired
	org.springframework.test.web.servlet.MockMvc mvc;

	@Test
	void convenesPostponesAndHoldsTheNextRoundUnderOneNumber() {
		Viewer coChair = fixtures.coChair(Institution.UN);
		int highest = record.timeline(0).items().get(0).number();
		RoundView convened = roundManagement.convene(coChair, LocalDate.of(2026, 3, 18), LocalDate.of(2026, 3, 19), null, true);
		assertThat(convened.number()).isEqualTo(highest + 1);
		assertThat(convened.status()).isEqualTo(RoundStatus.SCHEDULED);
		assertThat(convened.pendingConfirmation()).isTrue();
		assertThat(convened.venue()).isEqualTo("Geneva");
		assertThat(record.meetings(convened.number())).extracting(MeetingView::kind)
			.containsExactly(MeetingKind.WORKING_GROUP_I, MeetingKind.WORKING_GROUP_II);

		RoundView postponed = roundManagement.postpone(coChair, convened.number(), null, null, "Not all participants confirmed");
		assertThat(postponed.status()).isEqualTo(RoundStatus.POSTPONED);
		assertThat(postponed.startDate()).isNull();
		RoundView rescheduled = roundManagement.postpone(coChair, convened.number(), LocalDate.of(2026, 6, 2),
				LocalDate.of(2026, 6, 3), "Dates agreed after consultations");
		assertThat(rescheduled.number()).isEqualTo(convened.number());
		assertThat(rescheduled.status()).isEqualTo(RoundStatus.SCHEDULED);
		assertThat(rescheduled.postponements()).extracting(RoundView.PostponementView::plannedStart)
			.as("a round without dates has no planned date to give up")
			.containsExactly(LocalDate.of(2026, 3, 18));

		roundManagement.change(coChair, convened.number(), RoundAction.CONFIRM, null);
		roundManagement.addMeeting(coChair, convened.number(), new NewMeeting(MeetingKind.INFORMATION_SESSION,
				"Water and the environment", LocalDate.of(2026, 6, 2), LocalTime.of(15, 30), null,
				"the EU and OSCE co-chairs", List.of("GE", "AB")));
		assertThatThrownBy(() -> roundManagement.addMeeting(coChair, convened.number(), new NewMeeting(MeetingKind.SIDELINE_MEETING,
				null, null, null, null, null, List.of("XX"))))
			.isInstanceOf(DeskException.Invalid.class)
			.hasMessage("meeting.groupUnknown");
		RoundView held = roundManagement.change(coChair, convened.number(), RoundAction.MARK_HELD, null);
		assertThat(held.status()).isEqualTo(RoundStatus.HELD);
		assertThat(held.pendingConfirmation()).isFalse();
		assertThat(record.meetings(convened.number())).filteredOn(meeting -> meeting.kind() == MeetingKind.INFORMATION_SESSION)
			.singleElement()
			.satisfies(meeting -> {
				assertThat(meeting.startsAt()).isEqualTo(LocalTime.of(15, 30));
				assertThat(meeting.coModerators()).isEqualTo("the EU and OSCE co-chairs");
				assertThat(meeting.invitedGroups()).containsExactly("GE", "AB");
			});
		assertThat(record.meetings(convened.number())).filteredOn(meeting -> meeting.kind() == MeetingKind.WORKING_GROUP_I)
			.singleElement()
			.as("every group is invited to the working groups of a convened round")
			.satisfies(meeting -> assertThat(meeting.invitedGroups()).contains("GE", "RU", "US", "AB", "SO"));
		assertThat(record.meetings(fixtures.secretariat(), convened.number())).anyMatch(s -> !s.invitedGroups().isEmpty());
		assertThat(record.meetings(Viewer.anonymous(), convened.number()))
			.as("who was invited to a meeting is for the co-chairs and secretariat")
			.allMatch(meeting -> meeting.invitedGroups().isEmpty());
		assertThat(record.meetings(fixtures.participant("AB"), convened.number())).allMatch(s -> s.invitedGroups().isEmpty());

		assertThatThrownBy(() -> roundManagement.postpone(coChair, convened.number(), null, null, "too late"))
			.isInstanceOfSatisfying(DeskException.Conflict.class, refused -> {
				assertThat(refused).hasMessage("round.illegalTransition");
				assertThat(messages.getMessage(refused.code(), refused.arguments(), java.util.Locale.ENGLISH))
					.isEqualTo("Round " + convened.number() + " cannot be postponed while its status is Held.");
				assertThat(messages.getMessage(refused.code(), refused.arguments(), java.util.Locale.forLanguageTag("ru")))
					.as("the action and the status in the reader's language")
					.contains("«перенос»", "Состоялся");
			});
		assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE object_type = 'round' AND object_id = :n ORDER BY seq")
			.param("n", String.valueOf(convened.number())).query(String.class).list())
			.containsExactly("round.convened", "round.postponed", "round.postponed", "round.confirmation_changed",
					"round.meeting_added", "round.held");
	}

	@Test
	void refusesRoundsThatEndBeforeTheyStartAndChangesWithoutReason() {
		Viewer secretariat = fixtures.secretariat();
		assertThatThrownBy(() -> roundManagement.convene(secretariat, LocalDate.of(2026, 5, 2), LocalDate.of(2026, 5, 1), null, false))
			.hasMessage("round.endsBeforeStart");
		assertThatThrownBy(() -> roundManagement.change(secretariat, 1, RoundAction.SUSPEND, " "))
			.isInstanceOf(DeskException.Conflict.class);
		assertThatThrownBy(() -> roundManagement.postpone(secretariat, 64, null, null, ""))
			.isInstanceOf(DeskException.Conflict.class);
	}

	@Test
	void letsOnlyTheCoChairsAndSecretariatPlanRounds() {
		for (Viewer viewer : new Viewer[] { fixtures.participant("GE"), fixtures.admin(), Viewer.anonymous() }) {
			assertThatThrownBy(() -> roundManagement.convene(viewer, LocalDate.of(2027, 1, 1), null, null, false))
				.isInstanceOf(DeskException.NotFound.class);
		}
	}

	@Test
	void offersOnTheRoundsPageOnlyTheActionsItsStatusAllows() throws Exception {
		Viewer coChair = fixtures.coChair(Institution.EU);
		int number = roundManagement.convene(coChair, LocalDate.now(java.time.ZoneOffset.UTC), null, null, false).number();
		String scheduled = page(coChair, number);
		assertThat(scheduled).contains("id=\"postpone-form\"", "value=\"MARK_HELD\"", "value=\"AWAIT_CONFIRMATION\"")
			.doesNotContain("value=\"CONFIRM\"", "id=\"outcome-form\"");

		roundManagement.change(coChair, number, RoundAction.MARK_HELD, null);
		String held = page(coChair, number);
		assertThat(held).as("a held round is not postponed, suspended or held again")
			.doesNotContain("id=\"postpone-form\"", "value=\"MARK_HELD\"", "value=\"SUSPEND\"",
					"value=\"AWAIT_CONFIRMATION\"")
			.contains("value=\"RECORD_COLLAPSE\"", "id=\"outcome-form\"", "id=\"decision-form\"",
					"id=\"meeting-form\"");

		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/rounds/" + number)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.authentication(Fixtures.authentication(coChair))))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.availableActions")
				.value(org.hamcrest.Matchers.contains("RECORD_COLLAPSE", "RECORD_OUTCOME", "RECORD_DECISION",
						"ADD_MEETING")));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/rounds/" + number))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.availableActions")
				.isEmpty());
		assertThatThrownBy(() -> roundManagement.change(coChair, number, RoundAction.POSTPONE, null))
			.as("the status form records only a status")
			.hasMessage("round.actionRequired");
	}

	private String page(Viewer viewer, int number) throws Exception {
		return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/rounds/" + number)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.authentication(Fixtures.authentication(viewer))))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}
}
