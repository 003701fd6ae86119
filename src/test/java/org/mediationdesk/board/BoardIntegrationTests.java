package org.mediationdesk.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mediationdesk.Fixtures;
import org.mediationdesk.IntegrationTest;
import org.mediationdesk.attendance.AttendanceKind;
import org.mediationdesk.attendance.AttendanceRecord;
import org.mediationdesk.attendance.NewAttendance;
import org.mediationdesk.identity.AccountManagement;
import org.mediationdesk.identity.ApiTokens;
import org.mediationdesk.identity.Assignment;
import org.mediationdesk.identity.IssuedToken;
import org.mediationdesk.identity.Role;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.participants.ParticipantDirectory;
import org.mediationdesk.process.MeetingKind;
import org.mediationdesk.process.MeetingView;
import org.mediationdesk.process.NewMeeting;
import org.mediationdesk.process.RoundRecord;
import org.mediationdesk.shared.Institution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A meeting's board over the API and its stream, over real HTTP for the streams: each viewer's stream carries
 * only what that viewer may see (a participant never another group's attributed entry, nothing of a meeting
 * their group is not invited to); the list of speakers' illegal steps answer 409 with the reason, the unseen 404.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BoardIntegrationTests {

	/** A round of the reference record that no other test reads meeting by meeting. */
	private static final int ROUND = 20;

	private static final Duration WAIT = Duration.ofSeconds(10);

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	RoundRecord rounds;

	@Autowired
	org.mediationdesk.process.RoundManagement roundManagement;

	@Autowired
	AttendanceRecord attendance;

	@Autowired
	ApiTokens apiTokens;

	@Autowired
	ParticipantDirectory directory;

	@Autowired
	AccountManagement accountManagement;

	@Autowired
	org.mediationdesk.live.LiveStreams streams;

	@Autowired
	org.springframework.transaction.PlatformTransactionManager transactions;

	private final HttpClient http = HttpClient.newHttpClient();

	private Viewer secretariat;
	private Viewer coChair;
	private Viewer georgia;
	private Viewer russia;
	private Viewer admin;

	@BeforeAll
	void accounts() {
		secretariat = fixtures.viewer(Role.SECRETARIAT, null, null);
		coChair = fixtures.viewer(Role.CO_CHAIR, Institution.UN, null);
		georgia = fixtures.viewer(Role.PARTICIPANT, null, "GE");
		russia = fixtures.viewer(Role.PARTICIPANT, null, "RU");
		admin = fixtures.viewer(Role.ADMIN, null, null);
	}

	private MeetingView meeting(MeetingKind kind, List<String> invited) {
		return roundManagement.addMeeting(secretariat, ROUND, new NewMeeting(kind, kind == MeetingKind.SIDELINE_MEETING
				? "Board test " + UUID.randomUUID().toString().substring(0, 6) : null,
				rounds.round(secretariat, ROUND).startDate(), null, null, null, invited));
	}

	private MeetingView plenary() {
		return meeting(MeetingKind.PLENARY, List.of("GE", "RU", "US", "AB", "SO"));
	}

	private String token(Viewer viewer) {
		return apiTokens.issue(viewer, "board test").secret();
	}

	private EventStream stream(UUID meeting, Viewer viewer) {
		return streamWith(meeting, viewer == null ? null : token(viewer));
	}

	private EventStream streamWith(UUID meeting, String token) {
		return EventStream.open(http, "http://localhost:" + port + "/api/v1/meetings/" + meeting + "/board/stream", token)
			.diagnosedBy(() -> streams.describe(BoardPush.topic(meeting)) + "\n" + liveThreads());
	}

	/** What the live streams' threads are doing now: where a change waits, if it waits. */
	private static String liveThreads() {
		StringBuilder threads = new StringBuilder();
		Thread.getAllStackTraces().forEach((thread, stack) -> {
			if (thread.getName().startsWith("live-")) {
				threads.append(thread.getName()).append(' ').append(thread.getState());
				for (int i = 0; i < Math.min(6, stack.length); i++) {
					threads.append("\n    at ").append(stack[i]);
				}
				threads.append('\n');
			}
		});
		return threads.toString();
	}

	private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, Viewer viewer) {
		return request.with(authentication(Fixtures.authentication(viewer)));
	}

	private void record(MeetingView meeting, String group, AttendanceKind kind) {
		attendance.record(secretariat, ROUND, new NewAttendance(meeting.id(), directory.groupByCode(group).orElseThrow().id(),
				kind, meeting.heldOn(), null, kind == AttendanceKind.WALKED_OUT ? "A reason of their own" : null, null));
	}

	@Test
	void participantsStreamNeverCarriesAnotherGroupsAttributedEntry() throws Exception {
		MeetingView meeting = plenary();
		String moscow = directory.groupByCode("RU").orElseThrow().label();
		try (EventStream inside = stream(meeting.id(), coChair); EventStream participant = stream(meeting.id(), georgia)) {
			assertThat(inside.status()).isEqualTo(200);
			assertThat(participant.status()).isEqualTo(200);
			inside.expect(data -> true, WAIT, "the board as it is, first");
			participant.expect(data -> true, WAIT, "the board as it is, first");

			record(meeting, "RU", AttendanceKind.PRESENT);
			record(meeting, "RU", AttendanceKind.WALKED_OUT);

			EventStream.Event attributed = inside.expect(data -> data.contains("\"WALKED_OUT\""), WAIT,
					"the co-chairs' board after the walkout");
			assertThat(attributed.data()).contains(moscow).contains("\"attributed\":true");
			EventStream.Event neutral = participant.expect(data -> data.contains("\"WALKED_OUT\""), WAIT,
					"the participant's board after the walkout");
			assertThat(neutral.data()).contains("\"attributed\":false").contains("\"notes\":[{\"kind\":\"WALKED_OUT\"");
			assertThat(participant.received()).isNotEmpty()
				.allSatisfy(data -> assertThat(data).doesNotContain(moscow)
					.doesNotContain("\"groupCode\":\"RU\"")
					.doesNotContain("A reason of their own")
					.doesNotContain("\"seats\":[{"));
		}
	}

	@Test
	void participantsStreamCarriesNothingOfAMeetingTheirGroupIsNotIn() throws Exception {
		MeetingView closed = meeting(MeetingKind.SIDELINE_MEETING, List.of("RU"));
		MeetingView open = plenary();
		try (EventStream refused = stream(closed.id(), georgia)) {
			assertThat(refused.status()).isEqualTo(404);
		}
		try (EventStream anonymous = stream(closed.id(), null); EventStream administrator = stream(closed.id(), admin)) {
			assertThat(anonymous.status()).as("the API asks for a token").isEqualTo(401);
			assertThat(administrator.status()).isEqualTo(404);
		}
		mvc.perform(get("/rounds/" + ROUND + "/meetings/" + closed.id() + "/board/stream")).andExpect(status().isNotFound());
		mvc.perform(get("/rounds/" + ROUND + "/meetings/" + open.id() + "/board")).andExpect(status().isNotFound());
		try (EventStream participant = stream(open.id(), georgia); EventStream invited = stream(closed.id(), russia)) {
			participant.expect(data -> true, WAIT, "the board as it is, first");
			invited.expect(data -> true, WAIT, "the board as it is, first");
			mvc.perform(as(put("/api/v1/meetings/" + closed.id() + "/current-item"), coChair)
				.contentType(MediaType.APPLICATION_JSON).content("{\"item\": \"IDP\"}")).andExpect(status().isOk());
			mvc.perform(as(post("/api/v1/meetings/" + closed.id() + "/speakers"), russia)).andExpect(status().isOk());
			invited.expect(data -> data.contains("\"groupCode\":\"RU\""), WAIT, "the invited group sees it");
			// changes are sent in order: once the open meeting's change arrives, the closed one's would have too
			mvc.perform(as(put("/api/v1/meetings/" + open.id() + "/current-item"), coChair)
				.contentType(MediaType.APPLICATION_JSON).content("{\"item\": \"IDP\"}")).andExpect(status().isOk());
			participant.expect(data -> data.contains("\"code\":\"IDP\""), WAIT, "the open meeting's new item");
			assertThat(participant.received()).allSatisfy(data -> assertThat(data).doesNotContain(closed.id().toString())
				.contains(open.id().toString()));
		}
	}

	@Test
	void runsTheListOfSpeakersAndRefusesIllegalStepsWithTheReason() throws Exception {
		MeetingView meeting = plenary();
		String board = "/api/v1/meetings/" + meeting.id();
		mvc.perform(as(post(board + "/speakers"), georgia)).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("board.noCurrentItem"));
		mvc.perform(as(put(board + "/current-item"), georgia).contentType(MediaType.APPLICATION_JSON)
			.content("{\"item\": \"IDP\"}")).andExpect(status().isNotFound());
		mvc.perform(as(put(board + "/current-item"), coChair).contentType(MediaType.APPLICATION_JSON)
			.content("{\"item\": \"NO-SUCH-ITEM\"}")).andExpect(status().isBadRequest());
		mvc.perform(as(put(board + "/current-item"), secretariat).contentType(MediaType.APPLICATION_JSON)
			.content("{\"item\": \"IDP\"}")).andExpect(status().isOk())
			.andExpect(jsonPath("$.currentItem.code").value("IDP"));

		mvc.perform(as(post(board + "/speakers"), georgia)).andExpect(status().isOk())
			.andExpect(jsonPath("$.speakers.waiting[0].own").value(true))
			.andExpect(jsonPath("$.availableActions").value(org.hamcrest.Matchers.contains("WITHDRAW")))
			.andExpect(jsonPath("$.actions.withdraw").value(true))
			.andExpect(jsonPath("$.actions.ask").value(false));
		mvc.perform(as(post(board + "/speakers"), georgia)).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("speakers.alreadyListed"));
		mvc.perform(as(post(board + "/speakers"), coChair)).andExpect(status().isNotFound());
		mvc.perform(as(post(board + "/speakers"), russia)).andExpect(status().isOk());
		mvc.perform(as(put(board + "/speakers/order"), coChair).contentType(MediaType.APPLICATION_JSON)
			.content("{\"groups\": [\"RU\"]}")).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("speakers.orderNotTheList"));
		mvc.perform(as(put(board + "/speakers/order"), coChair).contentType(MediaType.APPLICATION_JSON)
			.content("{\"groups\": [\"RU\", \"GE\"]}")).andExpect(status().isOk())
			.andExpect(jsonPath("$.speakers.waiting[0].groupCode").value("RU"));
		mvc.perform(as(post(board + "/speakers/next"), georgia)).andExpect(status().isNotFound());
		mvc.perform(as(post(board + "/speakers/next"), coChair)).andExpect(status().isOk())
			.andExpect(jsonPath("$.speakers.current.groupCode").value("RU"))
			.andExpect(jsonPath("$.speakers.current.elapsedSeconds").isNumber());
		mvc.perform(as(get(board + "/board"), georgia)).andExpect(status().isOk())
			.andExpect(jsonPath("$.speakers.current.group").doesNotExist())
			.andExpect(jsonPath("$.speakers.current.own").value(false))
			.andExpect(jsonPath("$.speakers.waiting[0].own").value(true));
		mvc.perform(as(post(board + "/speakers/withdrawal"), russia)).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("speakers.notWaiting"));
		mvc.perform(as(put(board + "/speakers/status"), coChair).contentType(MediaType.APPLICATION_JSON)
			.content("{\"closed\": true}")).andExpect(status().isOk())
			.andExpect(jsonPath("$.speakers.closed").value(true));
		mvc.perform(as(post(board + "/speakers"), fixtures.viewer(Role.PARTICIPANT, null, "US")))
			.andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("speakers.listClosed"));
		mvc.perform(as(post(board + "/speakers/withdrawal"), georgia)).andExpect(status().isOk())
			.andExpect(jsonPath("$.speakers.waiting").isEmpty());
		mvc.perform(as(post(board + "/speakers/next"), coChair)).andExpect(status().isOk())
			.andExpect(jsonPath("$.speakers.current").doesNotExist())
			.andExpect(jsonPath("$.speakers.spoken").value(1));
		mvc.perform(as(post(board + "/speakers/next"), coChair)).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("speakers.nobodyWaiting"));
	}

	@Test
	void showsTheBoardOnlyToThoseInTheTalks() throws Exception {
		MeetingView meeting = plenary();
		String page = "/rounds/" + ROUND + "/meetings/" + meeting.id() + "/board";
		mvc.perform(get(page)).andExpect(status().isNotFound());
		mvc.perform(as(get(page), admin)).andExpect(status().isNotFound());
		mvc.perform(as(get("/rounds/" + (ROUND + 1) + "/meetings/" + meeting.id() + "/board"), coChair))
			.andExpect(status().isNotFound());
		String coChairs = mvc.perform(as(get(page), coChair)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(coChairs).contains("id=\"current-item-form\"").contains("board.js");
		String participants = mvc.perform(as(get(page), georgia)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(participants).doesNotContain("id=\"current-item-form\"");
		String fragment = mvc.perform(as(get(page), georgia).header("HX-Request", "true")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(fragment).contains("id=\"board\"").doesNotContain("<html");
		mvc.perform(as(get("/api/v1/meetings/" + UUID.randomUUID() + "/board"), coChair)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/meetings/" + meeting.id() + "/board")).andExpect(status().isUnauthorized());
	}

	@Test
	void sendsAChangeOnlyOnceCommittedAndOnlyToTheWatchersWhoMaySeeIt() throws Exception {
		MeetingView meeting = plenary();
		String topic = BoardPush.topic(meeting.id());
		var transaction = new org.springframework.transaction.support.TransactionTemplate(transactions);
		try (EventStream inside = stream(meeting.id(), coChair); EventStream participant = stream(meeting.id(), georgia)) {
			inside.expect(data -> true, WAIT, "the board as it is, first");
			participant.expect(data -> true, WAIT, "the board as it is, first");
			transaction.executeWithoutResult(status -> {
				streams.publish(topic, "board", watcher -> java.util.Optional.of(java.util.Map.of("note", "rolled back")));
				status.setRollbackOnly();
			});
			transaction.executeWithoutResult(status -> streams.publish(topic, "board", watcher -> watcher.viewer()
				.isMediator() ? java.util.Optional.of(java.util.Map.of("note", "for the co-chairs")) : java.util.Optional.empty()));
			streams.publish(topic, "board", watcher -> java.util.Optional.of(java.util.Map.of("note", "for everyone")));
			// changes go out in order: once the last has arrived, the others would have
			inside.expect(data -> data.contains("for everyone"), WAIT, "the change for everyone");
			participant.expect(data -> data.contains("for everyone"), WAIT, "the change for everyone");
			assertThat(inside.received()).anyMatch(data -> data.contains("for the co-chairs"))
				.noneMatch(data -> data.contains("rolled back"));
			assertThat(participant.received()).as("nothing, not even an empty event").hasSize(2)
				.noneMatch(data -> data.contains("for the co-chairs") || data.contains("rolled back"));
		}
	}

	@Test
	void aRevokedTokensStreamEndsAndCarriesNothingMore() throws Exception {
		MeetingView meeting = plenary();
		Viewer holder = fixtures.viewer(Role.PARTICIPANT, null, "GE");
		IssuedToken issued = apiTokens.issue(holder, "board test");
		try (EventStream revoked = streamWith(meeting.id(), issued.secret()); EventStream inside = stream(meeting.id(), coChair)) {
			revoked.expect(data -> true, WAIT, "the board as it is, first");
			inside.expect(data -> true, WAIT, "the board as it is, first");

			apiTokens.revoke(holder, issued.id());

			assertThat(revoked.ends(WAIT)).as("the stream of the revoked token ends at once").isTrue();
			int before = revoked.received().size();
			record(meeting, "RU", AttendanceKind.PRESENT);
			inside.expect(data -> data.contains("\"PRESENT\""), WAIT, "the board after the presence");
			assertThat(revoked.received()).hasSize(before).noneMatch(data -> data.contains("\"PRESENT\""));
			assertThat(streams.watching(BoardPush.topic(meeting.id()))).isEqualTo(1);
		}
	}

	@Test
	void aDisabledAccountsStreamEnds() throws Exception {
		MeetingView meeting = plenary();
		Viewer holder = fixtures.viewer(Role.PARTICIPANT, null, "GE");
		try (EventStream disabled = stream(meeting.id(), holder); EventStream inside = stream(meeting.id(), coChair)) {
			disabled.expect(data -> true, WAIT, "the board as it is, first");
			inside.expect(data -> true, WAIT, "the board as it is, first");

			accountManagement.disable(admin, holder.accountId());

			assertThat(disabled.ends(WAIT)).as("the disabled account's stream ends at once").isTrue();
			record(meeting, "RU", AttendanceKind.PRESENT);
			inside.expect(data -> data.contains("\"PRESENT\""), WAIT, "the board after the presence");
			assertThat(disabled.received()).noneMatch(data -> data.contains("\"PRESENT\""));
		}
	}

	@Test
	void aParticipantsStreamEndsWhenTheirGroupIsNoLongerInvited() throws Exception {
		MeetingView sideline = meeting(MeetingKind.SIDELINE_MEETING, List.of("GE", "RU"));
		try (EventStream uninvited = stream(sideline.id(), georgia); EventStream invited = stream(sideline.id(), russia)) {
			uninvited.expect(data -> true, WAIT, "the board as it is, first");
			invited.expect(data -> true, WAIT, "the board as it is, first");

			roundManagement.changeMeeting(secretariat, ROUND, sideline.id(), new NewMeeting(sideline.kind(),
					"Moved on " + sideline.topic(), sideline.heldOn(), null, null, null, List.of("RU")));

			invited.expect(data -> data.contains("Moved on"), WAIT, "the invited group sees the change");
			assertThat(uninvited.ends(WAIT)).as("the group no longer invited is ended, not merely sent nothing").isTrue();
			assertThat(uninvited.received()).noneMatch(data -> data.contains("Moved on"));
			assertThat(streams.watching(BoardPush.topic(sideline.id()))).isEqualTo(1);
		}
	}

	@Test
	void aCoChairDemotedToParticipantIsNeverSentTheAttributedBoardAgain() throws Exception {
		MeetingView meeting = plenary();
		Viewer demoted = fixtures.viewer(Role.CO_CHAIR, Institution.OSCE, null);
		String moscow = directory.groupByCode("RU").orElseThrow().label();
		try (EventStream stream = stream(meeting.id(), demoted)) {
			stream.expect(data -> true, WAIT, "the board as it is, first");
			record(meeting, "RU", AttendanceKind.PRESENT);
			stream.expect(data -> data.contains("\"groupCode\":\"RU\""), WAIT, "attributed while a co-chair");
			int before = stream.received().size();

			accountManagement.assign(admin, demoted.accountId(),
					new Assignment(Role.PARTICIPANT, null, directory.groupByCode("GE").orElseThrow().id()));

			stream.expect(data -> data.contains("\"attributed\":false"), WAIT, "the board as a participant sees it, at once");
			record(meeting, "RU", AttendanceKind.WALKED_OUT);
			stream.expect(data -> data.contains("\"WALKED_OUT\""), WAIT, "the next change");
			List<String> after = stream.received().subList(before, stream.received().size());
			assertThat(after).hasSizeGreaterThanOrEqualTo(2)
				.allSatisfy(data -> assertThat(data).contains("\"attributed\":false")
					.doesNotContain(moscow)
					.doesNotContain("\"groupCode\":\"RU\"")
					.doesNotContain("A reason of their own"));
			assertThat(stream.ends(Duration.ZERO)).as("the stream goes on").isFalse();
		}
	}
}
