package org.mediationdesk.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mediationdesk.Fixtures;
import org.mediationdesk.IntegrationTest;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.process.Capacity;
import org.mediationdesk.process.NewMeeting;
import org.mediationdesk.process.MeetingKind;
import org.mediationdesk.process.MeetingView;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.Institution;
import org.mediationdesk.shared.LanguageCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The attendance record of the reference rounds: attributed inside, neutral outside. */
@IntegrationTest
class AttendanceIntegrationTests {

	@Autowired
	AttendanceRecord attendance;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MockMvc mvc;

	@Autowired
	org.mediationdesk.process.RoundRecord rounds;

	@Autowired
	org.mediationdesk.process.RoundManagement roundManagement;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Autowired
	org.springframework.transaction.PlatformTransactionManager transactions;

	@Autowired
	org.springframework.context.MessageSource messages;

	@Test
	void namesWhoLeftTheFifthRoundForTheCoChairs() {
		List<AttendanceLine> lines = attendance.forRound(fixtures.coChair(Institution.UN), 5, LanguageCode.EN);
		assertThat(lines).extracting(AttendanceLine::group, AttendanceLine::kind)
			.contains(org.assertj.core.groups.Tuple.tuple("participants from Sukhum(i)", AttendanceKind.BOYCOTTED),
					org.assertj.core.groups.Tuple.tuple("participants from Tskhinval(i)", AttendanceKind.WALKED_OUT),
					org.assertj.core.groups.Tuple.tuple("participants from Moscow", AttendanceKind.WALKED_OUT),
					org.assertj.core.groups.Tuple.tuple("participants from Moscow", AttendanceKind.RETURNED));
		assertThat(lines).anyMatch(line -> line.statedReason() != null);
		assertThat(lines).filteredOn(line -> line.kind() == AttendanceKind.WALKED_OUT)
			.extracting(AttendanceLine::occurredOn)
			.containsOnly(LocalDate.of(2009, 5, 18));
	}

	@Test
	void checksThatGroupsToBeTreatedAlikeAreInvitedAndSeatedInTheSameCapacity() {
		Viewer coChair = fixtures.coChair(Institution.OSCE);
		LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
		int number = roundManagement.convene(coChair, today, null, null, false).number();
		MeetingView plenary = roundManagement.addMeeting(coChair, number,
				new NewMeeting(MeetingKind.PLENARY, null, today, null, null,
						null, List.of("GE", "RU", "US", "AB")));
		assertThat(attendance.equalRepresentation(coChair, number, LanguageCode.EN))
			.filteredOn(check -> check.meeting() == MeetingKind.PLENARY)
			.singleElement()
			.satisfies(check -> {
				assertThat(check.alike()).isFalse();
				assertThat(check.notInvited()).containsExactly("participants from Tskhinval(i)");
			});

		for (String code : List.of("GE", "RU", "US", "AB", "SO")) {
			Capacity capacity = code.equals("GE") ? Capacity.DELEGATION
					: Capacity.INDIVIDUAL;
			attendance.record(coChair, number, new NewAttendance(plenary.id(), fixtures.group(code).id(),
					AttendanceKind.PRESENT, today, null, null, capacity));
		}
		assertThat(attendance.equalRepresentation(coChair, number, LanguageCode.EN))
			.filteredOn(check -> check.meeting() == MeetingKind.PLENARY)
			.singleElement()
			.satisfies(check -> {
				assertThat(check.seatedAlike()).as("all five are seated").isTrue();
				assertThat(check.sameCapacity()).as("one of them as a delegation").isFalse();
				assertThat(check.seated()).contains(new EqualityCheck.Seat("participants from Tbilisi",
						Capacity.DELEGATION));
			});
		assertThat(attendance.forRound(coChair, number, LanguageCode.EN)).extracting(AttendanceLine::capacity)
			.contains(Capacity.DELEGATION);
		assertThat(attendance.forRound(Viewer.anonymous(), number, LanguageCode.EN))
			.allMatch(line -> line.capacity() == null);

		assertThatThrownBy(() -> attendance.record(coChair, number, new NewAttendance(plenary.id(),
				fixtures.group("AB").id(), AttendanceKind.WALKED_OUT, today, null, null,
				Capacity.INDIVIDUAL)))
			.isInstanceOf(DeskException.Invalid.class)
			.hasMessage("attendance.capacityNeedsSeat");
	}

	@Test
	void tellsEveryoneElseWhatHappenedButNotWhoOrWhy() {
		for (Viewer viewer : new Viewer[] { Viewer.anonymous(), fixtures.participant("GE"), fixtures.admin() }) {
			List<AttendanceLine> lines = attendance.forRound(viewer, 5, LanguageCode.EN);
			assertThat(lines).extracting(AttendanceLine::kind)
				.containsExactlyInAnyOrder(AttendanceKind.BOYCOTTED, AttendanceKind.WALKED_OUT)
				.as("returns would tell how many had left")
				.doesNotContain(AttendanceKind.RETURNED);
			assertThat(lines).allMatch(line -> line.group() == null && line.statedReason() == null
					&& line.occurredOn() == null);
			assertThat(lines).filteredOn(line -> line.kind() == AttendanceKind.WALKED_OUT)
				.as("two groups walking out together are one walkout by some participants")
				.hasSize(1);
		}
	}

	@Test
	void placesTheIdpWalkoutOfTheTwentyEighthRoundInWorkingGroupTwo() {
		List<AttendanceLine> lines = attendance.forRound(Viewer.anonymous(), 28, LanguageCode.EN);
		assertThat(lines).singleElement().satisfies(line -> {
			assertThat(line.kind()).isEqualTo(AttendanceKind.WALKED_OUT);
			assertThat(line.meeting()).isEqualTo(MeetingKind.WORKING_GROUP_II);
			assertThat(line.agendaItem()).isNotBlank();
		});
	}

	@Test
	void recordsAWalkoutOnlyFromAGroupThatIsPresentAndAReturnOnlyAfterIt() {
		Viewer secretariat = fixtures.secretariat();
		MeetingView humanitarian = rounds.meetings(3).stream()
			.filter(meeting -> meeting.kind() == MeetingKind.WORKING_GROUP_II)
			.findFirst()
			.orElseThrow();
		java.util.UUID so = fixtures.group("SO").id();
		// the third round is long past: what is recorded now are later records, with their time and why
		assertThatThrownBy(() -> attendance.record(secretariat, 3, later(humanitarian, so,
				AttendanceKind.WALKED_OUT, "IDP", null, 11))).hasMessage("attendance.walkoutNeedsPresence");
		assertThatThrownBy(() -> attendance.record(secretariat, 3, later(humanitarian, so,
				AttendanceKind.RETURNED, null, null, 11))).hasMessage("attendance.returnNeedsWalkout");
		assertThatThrownBy(() -> attendance.record(fixtures.participant("GE"), 3, later(humanitarian, so,
				AttendanceKind.PRESENT, null, null, 10))).isInstanceOf(org.mediationdesk.shared.DeskException.NotFound.class);

		attendance.record(secretariat, 3, later(humanitarian, so, AttendanceKind.PRESENT, null, null, 10));
		attendance.record(secretariat, 3, later(humanitarian, so, AttendanceKind.WALKED_OUT, "IDP",
				"Objects to the item while a vote on it is pending elsewhere", 11));
		attendance.record(secretariat, 3, later(humanitarian, so, AttendanceKind.RETURNED, null, null, 12));

		assertThat(attendance.forRound(fixtures.coChair(Institution.EU), 3, LanguageCode.EN))
			.extracting(AttendanceLine::group, AttendanceLine::kind)
			.containsSubsequence(org.assertj.core.groups.Tuple.tuple("participants from Tskhinval(i)", AttendanceKind.PRESENT),
					org.assertj.core.groups.Tuple.tuple("participants from Tskhinval(i)", AttendanceKind.WALKED_OUT),
					org.assertj.core.groups.Tuple.tuple("participants from Tskhinval(i)", AttendanceKind.RETURNED));
		assertThat(attendance.forRound(Viewer.anonymous(), 3, LanguageCode.EN))
			.extracting(AttendanceLine::kind)
			.containsExactly(AttendanceKind.WALKED_OUT);
		assertThatThrownBy(() -> attendance.record(secretariat, 3, later(humanitarian, so,
				AttendanceKind.WALKED_OUT, null, null, 9)))
			.as("no event dated before the group's last one")
			.hasMessage("attendance.beforeLastTime");
		assertThat(jdbc.sql("SELECT audience_kind FROM audit_entry WHERE action = 'attendance.walked_out'")
			.query(String.class).list()).isNotEmpty().containsOnly("CO_CHAIRS");
	}

	@Test
	void recordsOnlyOneOfTwoSimultaneousWalkouts() throws Exception {
		Viewer secretariat = fixtures.secretariat();
		MeetingView security = rounds.meetings(9).stream()
			.filter(meeting -> meeting.kind() == MeetingKind.WORKING_GROUP_I)
			.findFirst()
			.orElseThrow();
		java.util.UUID us = fixtures.group("US").id();
		attendance.record(secretariat, 9, later(security, us, AttendanceKind.PRESENT, null, null, 10));
		long walkoutsBefore = walkoutsFromWashington(9);
		java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
		java.util.concurrent.ExecutorService clicks = java.util.concurrent.Executors.newFixedThreadPool(2);
		List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
		for (int click = 0; click < 2; click++) {
			results.add(clicks.submit(() -> {
				start.await();
				try {
					attendance.record(secretariat, 9, later(security, us, AttendanceKind.WALKED_OUT, null, null, 11));
					return true;
				}
				catch (DeskException.Invalid | DeskException.Conflict refused) {
					// answered clearly: no longer seated, or overtaken by the other click
					return false;
				}
			}));
		}
		start.countDown();
		int recorded = 0;
		for (java.util.concurrent.Future<Boolean> result : results) {
			recorded += result.get(30, java.util.concurrent.TimeUnit.SECONDS) ? 1 : 0;
		}
		clicks.shutdown();
		assertThat(recorded).isEqualTo(1);
		assertThat(walkoutsFromWashington(9)).as("one walkout stored, not two").isEqualTo(walkoutsBefore + 1);
	}

	/**
	 * The overtaken one of two records made at the same time is answered as a conflict, in the reader's
	 * language: the first click's transaction is held open until the second, which read the meeting before the
	 * first was stored, waits on it; then the first is stored.
	 */
	@Test
	void answersARecordOvertakenByAnotherAsAConflict() throws Exception {
		Viewer secretariat = fixtures.secretariat();
		int number = roundManagement.convene(secretariat, LocalDate.now(java.time.ZoneOffset.UTC), null, null, false).number();
		MeetingView security = rounds.meetings(number).stream()
			.filter(meeting -> meeting.kind() == MeetingKind.WORKING_GROUP_I)
			.findFirst()
			.orElseThrow();
		NewAttendance walkout = new NewAttendance(security.id(), fixtures.group("GE").id(), AttendanceKind.WALKED_OUT,
				null, null, null);
		attendance.record(secretariat, number, new NewAttendance(security.id(), fixtures.group("GE").id(),
				AttendanceKind.PRESENT, null, null, null));
		org.springframework.transaction.support.TransactionTemplate transaction =
				new org.springframework.transaction.support.TransactionTemplate(transactions);
		java.util.concurrent.CountDownLatch firstRecorded = new java.util.concurrent.CountDownLatch(1);
		java.util.concurrent.CountDownLatch storeFirst = new java.util.concurrent.CountDownLatch(1);
		java.util.concurrent.ExecutorService clicks = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			java.util.concurrent.Future<?> first = clicks.submit(() -> transaction.executeWithoutResult(status -> {
				attendance.record(secretariat, number, walkout);
				firstRecorded.countDown();
				try {
					storeFirst.await(30, java.util.concurrent.TimeUnit.SECONDS);
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			}));
			assertThat(firstRecorded.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
			java.util.concurrent.Future<?> second = clicks.submit(() -> attendance.record(secretariat, number, walkout));
			long waiting = 0;
			for (int poll = 0; poll < 300 && waiting == 0; poll++) {
				Thread.sleep(50);
				waiting = jdbc.sql(org.mediationdesk.TestDatabase.postgres()
						? "SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()"
						: "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE BLOCKER_ID IS NOT NULL")
					.query(Long.class)
					.single();
			}
			assertThat(waiting).as("the second click waits on the first").isPositive();
			storeFirst.countDown();
			first.get(30, java.util.concurrent.TimeUnit.SECONDS);
			assertThatThrownBy(() -> second.get(30, java.util.concurrent.TimeUnit.SECONDS))
				.cause()
				.isInstanceOfSatisfying(DeskException.Conflict.class, refused -> {
					assertThat(refused).hasMessage("attendance.recordedMeanwhile");
					assertThat(messages.getMessage(refused.code(), refused.arguments(), java.util.Locale.ENGLISH))
						.contains("participants from Tbilisi", "nothing was recorded");
					assertThat(messages.getMessage(refused.code(), refused.arguments(),
							java.util.Locale.forLanguageTag("ru"))).contains("ничего не записано");
				});
		}
		finally {
			storeFirst.countDown();
			clicks.shutdownNow();
		}
		assertThat(attendance.forRound(secretariat, number, LanguageCode.EN)).extracting(AttendanceLine::kind)
			.containsExactly(AttendanceKind.PRESENT, AttendanceKind.WALKED_OUT);
	}

	/**
	 * The migration that made the attendance of each meeting an aggregate computed where each group stood from
	 * the events recorded until then; on the record as it stands, it computes what the aggregate keeps.
	 */
	@Test
	void backfillsWhereEachGroupStandsAsTheAggregateKeepsIt() throws Exception {
		String migration = new String(getClass().getResourceAsStream("/db/migration/common/V15__meeting_attendance.sql")
			.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		// the column V15 read as session_id is meeting_id since V17
		String backfill = migration.substring(migration.indexOf("SELECT", migration.indexOf("INSERT INTO group_attendance")),
				migration.lastIndexOf(';')).replace("session_id", "meeting_id");
		org.springframework.jdbc.core.RowMapper<String> state = (row, index) -> row.getObject(1, java.util.UUID.class)
				+ " " + row.getObject(2, java.util.UUID.class) + " " + row.getString(3) + " "
				+ row.getObject(4, LocalDate.class) + " " + row.getString(5);
		List<String> computed = jdbc.sql(backfill).query(state).list();
		List<String> kept = jdbc.sql("SELECT meeting_attendance, group_id, kind, last_on, capacity FROM group_attendance")
			.query(state)
			.list();
		assertThat(computed).as("the reference record has groups in its meetings").anyMatch(line -> line.contains(" WALKED_OUT "));
		assertThat(kept).containsExactlyInAnyOrderElementsOf(computed);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM round_meeting r WHERE NOT EXISTS"
				+ " (SELECT 1 FROM meeting_attendance m WHERE m.id = r.id) AND EXISTS"
				+ " (SELECT 1 FROM attendance_event e WHERE e.meeting_id = r.id)").query(Long.class).single())
			.as("every meeting with attendance has its aggregate")
			.isZero();
	}

	/** A later record of a past meeting: at the given hour, from the co-chairs' notes. */
	static NewAttendance later(MeetingView meeting, java.util.UUID group, AttendanceKind kind, String item,
			String statedReason, int hour) {
		return new NewAttendance(meeting.id(), group, kind, null, item, statedReason, null,
				java.time.LocalTime.of(hour, 0), "Entered from the co-chairs' notes");
	}

	private long walkoutsFromWashington(int number) {
		return attendance.forRound(fixtures.secretariat(), number, LanguageCode.EN)
			.stream()
			.filter(line -> line.kind() == AttendanceKind.WALKED_OUT && "participants from Washington".equals(line.group()))
			.count();
	}

	@Test
	void showsTheNeutralRecordOnThePublicPageAndTheAttributedOneToCoChairs() throws Exception {
		String publicPage = mvc.perform(get("/rounds/5/attendance")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(publicPage).contains("A walkout by some participants").doesNotContain("participants from");
		String coChairPage = mvc.perform(get("/rounds/5/attendance")
			.with(authentication(Fixtures.authentication(fixtures.coChair(Institution.EU)))))
			.andReturn().getResponse().getContentAsString();
		assertThat(coChairPage).contains("participants from Tskhinval(i) walked out");
		mvc.perform(get("/api/v1/rounds/5/attendance").with(authentication(Fixtures.authentication(fixtures.participant("RU")))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].group").value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.nullValue())));
		mvc.perform(get("/rounds/99/attendance")).andExpect(status().isNotFound());
	}
}
