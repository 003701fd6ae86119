package org.mediationdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.mediationdesk.IntegrationTest;
import org.mediationdesk.documents.DocumentRegistry;
import org.mediationdesk.process.RoundManagement;
import org.mediationdesk.texts.Wording;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every text column of the schema, as the migrations leave it, is declared here with the longest value the
 * application lets into it and where that is checked; a value that could be longer than its column would be a
 * server error from the database instead of a refusal that names the field. A column added without a declared
 * limit fails this test, and so does a limit longer than its column. Limits that the code names are read from
 * the code; the others say where the check stands (the behaviour is shown by the tests of each module, and by
 * {@link MalformedInputIntegrationTests}, which sends over-long values to every endpoint).
 */
@IntegrationTest
class ColumnLengthsIntegrationTests {

	/** The longest value the application lets into a column, and where it checks it. */
	record Limit(int max, String checkedIn) {
	}

	/** A closed set of values (an enum's names, a code, a hash, a username) that the application writes itself. */
	static final Limit FIXED = new Limit(0, "written by the application from a closed set");

	/** Written only by the reference data shipped with the application, never from a request. */
	static final Limit IMPORTED = new Limit(0, "the reference directory shipped with the application");

	static final Map<String, Limit> LIMITS = new LinkedHashMap<>();

	static {
		LIMITS.put("participant_group.code", FIXED);
		LIMITS.put("participant_group.label", IMPORTED);
		LIMITS.put("participant_group.label_ru", IMPORTED);
		LIMITS.put("participant_group.label_ka", IMPORTED);
		LIMITS.put("co_chair_representative.institution", FIXED);
		LIMITS.put("co_chair_representative.name", IMPORTED);
		LIMITS.put("co_chair_representative.title", IMPORTED);
		LIMITS.put("co_chair_representative.title_ru", IMPORTED);
		LIMITS.put("co_chair_representative.title_ka", IMPORTED);
		LIMITS.put("co_chair_representative.period", IMPORTED);
		LIMITS.put("participant.name", new Limit(120, "ParticipantDirectory.addParticipant"));
		LIMITS.put("participant.function_title", new Limit(200, "ParticipantDirectory.addParticipant"));
		LIMITS.put("account.username", new Limit(40, "AccountManagement (username pattern)"));
		LIMITS.put("account.display_name", new Limit(100, "AccountManagement.create, AccountForm"));
		LIMITS.put("account.password_hash", FIXED);
		LIMITS.put("account.role", FIXED);
		LIMITS.put("account.institution", FIXED);
		LIMITS.put("account.second_factor_secret", FIXED);
		LIMITS.put("login_throttle.subject", new Limit(100, "LoginThrottle (the username cut to 100)"));
		LIMITS.put("login_throttle.address", new Limit(64, "LoginThrottle (the address cut to 64)"));
		LIMITS.put("recovery_code.code_hash", FIXED);
		LIMITS.put("account.email", new Limit(254, "AccountManagement.validEmail, AccountForm"));
		LIMITS.put("account.preferred_language", FIXED);
		LIMITS.put("account.email_notifications", FIXED);
		LIMITS.put("account_invitation.token_hash", FIXED);
		LIMITS.put("notification.message_key", FIXED);
		LIMITS.put("notification.arguments", new Limit(2000, "NotificationStore.add (cut to 2000)"));
		LIMITS.put("notification.link", new Limit(300, "NotificationStore.add (cut to 300)"));
		LIMITS.put("notification.audience_kind", FIXED);
		LIMITS.put("mail_outbox.recipient", new Limit(254, "AccountManagement.validEmail"));
		LIMITS.put("mail_outbox.subject", new Limit(300, "MailOutbox.queue (cut to 300)"));
		LIMITS.put("mail_outbox.body", new Limit(4000, "MailOutbox.queue (cut to 4000)"));
		LIMITS.put("mail_outbox.last_error", new Limit(300, "MailOutbox.failed (cut to 300)"));
		LIMITS.put("api_token.name", new Limit(80, "ApiTokens.issue"));
		LIMITS.put("api_token.token_hash", FIXED);
		LIMITS.put("document.symbol", new Limit(80, "DocumentRegistry (symbol pattern), DocumentForm"));
		LIMITS.put("document.symbol_space", FIXED);
		LIMITS.put("document.title", new Limit(DocumentRegistry.MAX_TITLE, "DocumentRegistry.check"));
		LIMITS.put("document.kind", FIXED);
		LIMITS.put("document.author_kind", FIXED);
		LIMITS.put("document.audience_kind", FIXED);
		LIMITS.put("document.created_by", FIXED);
		LIMITS.put("language_version.language", FIXED);
		LIMITS.put("language_version.markdown", new Limit(DocumentRegistry.MAX_TEXT, "DocumentRegistry.check"));
		LIMITS.put("language_version.file_name", new Limit(200, "DocumentRegistry.attach (file name pattern)"));
		LIMITS.put("language_version.file_type", FIXED);
		LIMITS.put("communique.status", FIXED);
		LIMITS.put("communique.text_en", new Limit(20_000, "Communique.edit (MAX_TEXT)"));
		LIMITS.put("communique.text_ru", new Limit(20_000, "Communique.edit (MAX_TEXT)"));
		LIMITS.put("communique.text_ka", new Limit(20_000, "Communique.edit (MAX_TEXT)"));
		LIMITS.put("communique.created_by", FIXED);
		LIMITS.put("communique.edited_by", FIXED);
		LIMITS.put("communique_approval.institution", FIXED);
		LIMITS.put("communique_approval.approved_by", FIXED);
		LIMITS.put("communique_approval.text_hash", FIXED);
		LIMITS.put("shedlock.name", FIXED);
		LIMITS.put("shedlock.locked_by", new Limit(0, "ShedLock (the node's host name)"));
		LIMITS.put("audit_head.last_hash", FIXED);
		LIMITS.put("audit_signing.key_id", FIXED);
		LIMITS.put("audit_signing.first_hash", FIXED);
		LIMITS.put("audit_signing.latest_hash", FIXED);
		LIMITS.put("audit_entry.actor", FIXED);
		LIMITS.put("audit_entry.action", FIXED);
		LIMITS.put("audit_entry.object_type", FIXED);
		LIMITS.put("audit_entry.object_id", FIXED);
		LIMITS.put("audit_entry.audience_kind", FIXED);
		LIMITS.put("audit_entry.detail", new Limit(1000, "AuditLog (cut to its length)"));
		LIMITS.put("audit_entry.previous_hash", FIXED);
		LIMITS.put("audit_entry.hash", FIXED);
		LIMITS.put("talks_process.code", new Limit(20, "ProcessRecordFile (record file check)"));
		LIMITS.put("talks_process.name", new Limit(200, "ProcessRecordFile (record file check)"));
		LIMITS.put("talks_process.name_ru", new Limit(200, "ProcessRecordFile (record file check)"));
		LIMITS.put("talks_process.venue", new Limit(200, "ProcessRecordFile (record file check)"));
		LIMITS.put("talks_process.mandate", new Limit(4000, "ProcessRecordFile (record file check)"));
		LIMITS.put("talks_process.equal_treatment", new Limit(200, "ProcessRecordFile (record file check: group codes)"));
		LIMITS.put("agenda_item.code", new Limit(30, "ProcessRecordFile (record file check)"));
		LIMITS.put("agenda_item.working_group", FIXED);
		LIMITS.put("agenda_item.title", new Limit(300, "ProcessRecordFile (record file check)"));
		LIMITS.put("agenda_item.title_ru", new Limit(300, "ProcessRecordFile (record file check)"));
		LIMITS.put("round.date_note", new Limit(300, "ProcessRecordFile (record file check)"));
		LIMITS.put("round.status", FIXED);
		LIMITS.put("round.venue", new Limit(RoundManagement.MAX_VENUE, "RoundManagement.convene"));
		LIMITS.put("round.public_summary", new Limit(2000, "ProcessRecordFile (record file check)"));
		LIMITS.put("round.internal_note", new Limit(2000, "ProcessRecordFile (record file check)"));
		LIMITS.put("round.status_reason", new Limit(RoundManagement.MAX_REASON, "RoundManagement.postpone and change"));
		LIMITS.put("round_change.change_kind", FIXED);
		LIMITS.put("round_change.status", FIXED);
		LIMITS.put("round_change.reason", new Limit(RoundManagement.MAX_REASON,
				"RoundManagement.postpone and change (the reason as the round keeps it, logged by RoundChanges)"));
		LIMITS.put("feed_address.token_hash", FIXED);
		LIMITS.put("round.sources", new Limit(4000, "ProcessRecordFile (record file check)"));
		LIMITS.put("postponement.reason", new Limit(RoundManagement.MAX_REASON, "RoundManagement.postpone and change"));
		// the public texts' Russian and Georgian versions (record file check), the round's summary and agenda as
		// the co-chairs edit them (Round.editPublicTexts)
		LIMITS.put("talks_process.name_ka", new Limit(200, "ProcessRecordFile (record file check)"));
		LIMITS.put("talks_process.venue_ru", new Limit(200, "ProcessRecordFile (record file check)"));
		LIMITS.put("talks_process.venue_ka", new Limit(200, "ProcessRecordFile (record file check)"));
		LIMITS.put("talks_process.mandate_ru", new Limit(4000, "ProcessRecordFile (record file check)"));
		LIMITS.put("talks_process.mandate_ka", new Limit(4000, "ProcessRecordFile (record file check)"));
		LIMITS.put("agenda_item.title_ka", new Limit(300, "ProcessRecordFile (record file check)"));
		LIMITS.put("round.public_summary_ru", new Limit(2000, "ProcessRecordFile (record file check), Round.editPublicTexts"));
		LIMITS.put("round.public_summary_ka", new Limit(2000, "ProcessRecordFile (record file check), Round.editPublicTexts"));
		LIMITS.put("round.venue_ru", new Limit(200, "ProcessRecordFile (record file check)"));
		LIMITS.put("round.venue_ka", new Limit(200, "ProcessRecordFile (record file check)"));
		LIMITS.put("round.date_note_ru", new Limit(300, "ProcessRecordFile (record file check)"));
		LIMITS.put("round.date_note_ka", new Limit(300, "ProcessRecordFile (record file check)"));
		LIMITS.put("round.status_reason_ru", new Limit(1000, "ProcessRecordFile (record file check)"));
		LIMITS.put("round.status_reason_ka", new Limit(1000, "ProcessRecordFile (record file check)"));
		LIMITS.put("round.agenda", new Limit(2000, "ProcessRecordFile (record file check), Round.editPublicTexts"));
		LIMITS.put("round.agenda_ru", new Limit(2000, "ProcessRecordFile (record file check), Round.editPublicTexts"));
		LIMITS.put("round.agenda_ka", new Limit(2000, "ProcessRecordFile (record file check), Round.editPublicTexts"));
		LIMITS.put("postponement.reason_ru", new Limit(1000, "ProcessRecordFile (record file check)"));
		LIMITS.put("postponement.reason_ka", new Limit(1000, "ProcessRecordFile (record file check)"));
		LIMITS.put("attendance_event.kind", FIXED);
		LIMITS.put("attendance_event.agenda_item", FIXED);
		LIMITS.put("attendance_event.stated_reason", new Limit(1000, "AttendanceRecord.record"));
		LIMITS.put("attendance_event.recorded_by", FIXED);
		LIMITS.put("attendance_event.capacity", FIXED);
		LIMITS.put("attendance_event.later_reason", new Limit(1000, "MeetingAttendance.record"));
		LIMITS.put("attendance_event.correction_reason", new Limit(1000, "MeetingAttendance.correct"));
		LIMITS.put("agenda_outcome.item_code", FIXED);
		LIMITS.put("agenda_outcome.outcome", FIXED);
		LIMITS.put("round_decision.text", new Limit(1000, "Round.recordDecision"));
		LIMITS.put("round_decision.status", FIXED);
		LIMITS.put("related_meeting.title", new Limit(300, "ProcessRecordFile (record file check)"));
		LIMITS.put("related_meeting.date_note", new Limit(300, "ProcessRecordFile (record file check)"));
		LIMITS.put("related_meeting.place", new Limit(200, "ProcessRecordFile (record file check)"));
		LIMITS.put("related_meeting.group_codes", new Limit(200, "ProcessRecordFile (record file check)"));
		LIMITS.put("related_meeting.summary", new Limit(2000, "ProcessRecordFile (record file check)"));
		LIMITS.put("related_meeting.source", new Limit(500, "ProcessRecordFile (record file check)"));
		LIMITS.put("glossary_concept.code", new Limit(60, "GlossaryFile (code pattern)"));
		LIMITS.put("glossary_concept.category", new Limit(30, "GlossaryFile"));
		LIMITS.put("glossary_concept.name_en", new Limit(200, "GlossaryFile"));
		LIMITS.put("glossary_concept.name_ru", new Limit(200, "GlossaryFile"));
		LIMITS.put("glossary_form.language", FIXED);
		LIMITS.put("glossary_form.text", new Limit(200, "GlossaryFile"));
		LIMITS.put("glossary_form.perspectives", FIXED);
		LIMITS.put("glossary_form.severity", FIXED);
		LIMITS.put("glossary_form.why_en", new Limit(500, "GlossaryFile"));
		LIMITS.put("glossary_form.why_ru", new Limit(500, "GlossaryFile"));
		LIMITS.put("glossary_form.suggestion", new Limit(200, "GlossaryFile"));
		LIMITS.put("format_condition.code", FIXED);
		LIMITS.put("format_condition.body", new Limit(2000, "FormatConditions.state"));
		LIMITS.put("format_condition.audience_kind", FIXED);
		LIMITS.put("format_condition.stated_by", FIXED);
		LIMITS.put("negotiating_text.symbol", new Limit(100, "NegotiatingTexts.create"));
		LIMITS.put("negotiating_text.title", new Limit(300, "NegotiatingTexts.create, editHeading"));
		LIMITS.put("negotiating_text.title_ru", new Limit(300, "NegotiatingTexts.create, editHeading"));
		LIMITS.put("negotiating_text.chapeau", new Limit(Wording.MAX_LENGTH, "Wording"));
		LIMITS.put("negotiating_text.audience_kind", FIXED);
		LIMITS.put("negotiating_text.status", FIXED);
		LIMITS.put("negotiating_text.required_groups", FIXED);
		LIMITS.put("negotiating_text.created_by", FIXED);
		LIMITS.put("negotiating_text.chapeau_ru", new Limit(Wording.MAX_LENGTH, "Wording"));
		LIMITS.put("negotiating_text.title_ru_of", new Limit(300, "NegotiatingTexts.editHeading"));
		LIMITS.put("negotiating_text.chapeau_ru_of", new Limit(Wording.MAX_LENGTH, "Wording"));
		LIMITS.put("text_provision.e_id", FIXED);
		LIMITS.put("text_cosponsor.group_code", FIXED);
		LIMITS.put("text_stance.group_code", FIXED);
		LIMITS.put("text_stance.stance", FIXED);
		LIMITS.put("text_stance.comment", new Limit(1000, "NegotiatingTexts.state"));
		LIMITS.put("text_stance.stated_by", FIXED);
		LIMITS.put("text_change.actor", FIXED);
		LIMITS.put("text_change.side", FIXED);
		LIMITS.put("text_change.change_kind", FIXED);
		LIMITS.put("text_change.provision_eid", FIXED);
		LIMITS.put("text_change.detail", FIXED);
		LIMITS.put("text_change.audience_kind", FIXED);
		LIMITS.put("group_attendance.kind", FIXED);
		LIMITS.put("group_attendance.capacity", FIXED);
		LIMITS.put("text_wording.provision_eid", FIXED);
		LIMITS.put("text_wording.sponsor", FIXED);
		LIMITS.put("text_wording.text_en", new Limit(Wording.MAX_LENGTH, "Wording"));
		LIMITS.put("text_wording.text_ru", new Limit(Wording.MAX_LENGTH, "Wording"));
		LIMITS.put("text_wording.created_by", FIXED);
		LIMITS.put("round_meeting.kind", FIXED);
		LIMITS.put("round_meeting.topic", new Limit(300, "RoundManagement.addMeeting"));
		LIMITS.put("round_meeting.place", new Limit(200, "RoundManagement.addMeeting"));
		LIMITS.put("round_meeting.co_moderators", new Limit(300, "RoundManagement.addMeeting"));
		LIMITS.put("round_meeting.invited_groups", new Limit(200, "RoundManagement.addMeeting"));
		LIMITS.put("statement.source_kind", FIXED);
		LIMITS.put("statement.outlet", new Limit(200, "Statements.record"));
		LIMITS.put("statement.url", new Limit(500, "Statements.record (address pattern, 497)"));
		LIMITS.put("statement.summary", new Limit(2000, "Statements.record"));
		LIMITS.put("statement.audience_kind", FIXED);
		LIMITS.put("statement.recorded_by", FIXED);
		LIMITS.put("mechanism.code", new Limit(6, "Mechanisms.register, MechanismFile.check (2 to 6 capitals)"));
		LIMITS.put("mechanism.name", new Limit(200, "Mechanisms.register, MechanismFile.check"));
		LIMITS.put("mechanism.name_ru", new Limit(200, "Mechanisms.register; the record file's reference data"));
		LIMITS.put("mechanism.name_ka", new Limit(200, "Mechanisms.register; the record file's reference data"));
		LIMITS.put("mechanism.theatre", new Limit(200, "Mechanisms.register, MechanismFile.check"));
		LIMITS.put("mechanism.theatre_ru", new Limit(200, "Mechanisms.register; the record file's reference data"));
		LIMITS.put("mechanism.theatre_ka", new Limit(200, "Mechanisms.register; the record file's reference data"));
		LIMITS.put("mechanism.facilitators", FIXED);
		LIMITS.put("mechanism.hotline_operator", new Limit(200, "Mechanisms.register, MechanismFile.check"));
		LIMITS.put("mechanism.hotline_operator_ru", new Limit(200, "Mechanisms.register; the record file's reference data"));
		LIMITS.put("mechanism.hotline_operator_ka", new Limit(200, "Mechanisms.register; the record file's reference data"));
		LIMITS.put("mechanism.rhythm", FIXED);
		LIMITS.put("mechanism_suspension.reason", new Limit(1000, "MechanismFile.check; Mechanism.suspend"));
		LIMITS.put("mechanism_suspension.reason_ru", new Limit(1000, "the record file's reference data"));
		LIMITS.put("mechanism_suspension.reason_ka", new Limit(1000, "the record file's reference data"));
		LIMITS.put("mechanism_suspension.source", new Limit(497, "IncidentChecks.address, FileProblems.address"));
		LIMITS.put("mechanism_meeting.kind", FIXED);
		LIMITS.put("mechanism_meeting.date_precision", FIXED);
		LIMITS.put("mechanism_meeting.venue", new Limit(200, "Mechanisms.schedule, MechanismFile.check"));
		LIMITS.put("mechanism_meeting.outcome", FIXED);
		LIMITS.put("mechanism_meeting.agenda_adopted_by", FIXED);
		LIMITS.put("mechanism_meeting.statement", new Limit(4000, "Mechanisms.close, MechanismFile.check"));
		LIMITS.put("mechanism_meeting.statement_ru", new Limit(4000, "Mechanisms.close, MechanismFile.check"));
		LIMITS.put("mechanism_meeting.statement_ka", new Limit(4000, "Mechanisms.close, MechanismFile.check"));
		LIMITS.put("mechanism_meeting.source", new Limit(497, "IncidentChecks.address, FileProblems.address"));
		LIMITS.put("mechanism_meeting_item.title", new Limit(300, "Mechanisms.schedule"));
		LIMITS.put("joint_visit.place", new Limit(200, "Mechanisms.agreeJointVisit"));
		LIMITS.put("joint_visit.purpose", new Limit(1000, "Mechanisms.agreeJointVisit"));
		LIMITS.put("incident.public_id", new Limit(30, "IncidentNumbers.next (code of 6, year, number)"));
		LIMITS.put("incident.kind", FIXED);
		LIMITS.put("incident.merged_into", new Limit(30, "IncidentNumbers.next (the public id of the incident kept)"));
		LIMITS.put("incident_statement.merged_from", new Limit(30, "IncidentNumbers.next (the public id merged)"));
		LIMITS.put("incident.other_kinds", new Limit(300, "Incident.report (the other kinds' names, each once)"));
		LIMITS.put("incident.time_precision", FIXED);
		LIMITS.put("incident.place_name", new Limit(200, "Place.checked"));
		LIMITS.put("incident.place_precision", FIXED);
		LIMITS.put("incident.actor1", new Limit(200, "IncidentRegister.occurrence"));
		LIMITS.put("incident.actor2", new Limit(200, "IncidentRegister.occurrence"));
		LIMITS.put("incident.state", FIXED);
		LIMITS.put("incident.closing_outcome", new Limit(1000, "IncidentRegister.review"));
		LIMITS.put("incident.reported_by", FIXED);
		LIMITS.put("incident_statement.text", new Limit(4000, "IncidentRegister.statement"));
		LIMITS.put("incident_statement.responsible", new Limit(500, "IncidentRegister.statement"));
		LIMITS.put("incident_statement.sources", new Limit(2000, "IncidentRegister.statement"));
		LIMITS.put("incident_statement.given_by", FIXED);
		LIMITS.put("mechanism_attendance_entry.institution", FIXED);
		LIMITS.put("mechanism_attendance_entry.kind", FIXED);
		LIMITS.put("mechanism_attendance_entry.recorded_by", FIXED);
		LIMITS.put("activation.sender_kind", FIXED);
		LIMITS.put("activation.sent_by", FIXED);
		LIMITS.put("activation.kind", FIXED);
		LIMITS.put("activation.urgency", FIXED);
		LIMITS.put("activation.subject", new Limit(200, "Hotline.checked"));
		LIMITS.put("activation.message", new Limit(4000, "Hotline.checked"));
		LIMITS.put("activation.incident_public_id", new Limit(30, "an incident's public id (IncidentNumbers.next)"));
		LIMITS.put("activation.relayed_by", FIXED);
		LIMITS.put("addressee.acknowledged_by", FIXED);
		LIMITS.put("addressee.responded_by", FIXED);
		LIMITS.put("addressee.response", new Limit(4000, "Hotline.respond"));
		LIMITS.put("hotline_escalation_step.target", FIXED);
		LIMITS.put("hotline_escalation_step.accounts", new Limit(1000, "EscalationChains.checked"));
		LIMITS.put("hotline_escalation.target", FIXED);
		LIMITS.put("meeting_board.current_item", new Limit(0, "BoardCommands.setCurrentItem (a code of the agenda)"));
		LIMITS.put("meeting_board.item_set_by", FIXED);
		LIMITS.put("speaker_list.agenda_item", new Limit(0, "BoardCommands (the current item, a code of the agenda)"));
		LIMITS.put("speaker_request.status", FIXED);
		LIMITS.put("speaker_request.asked_by", FIXED);
		LIMITS.put("commitment.code", new Limit(60, "CommitmentChecks (a reference record's code)"));
		LIMITS.put("commitment.title", new Limit(200, "CommitmentChecks.title"));
		LIMITS.put("commitment.title_ru", new Limit(200, "CommitmentChecks.title"));
		LIMITS.put("commitment.title_ka", new Limit(200, "CommitmentChecks.title"));
		LIMITS.put("commitment.text", new Limit(4000, "CommitmentChecks.text"));
		LIMITS.put("commitment.text_ru", new Limit(4000, "CommitmentChecks.text"));
		LIMITS.put("commitment.text_ka", new Limit(4000, "CommitmentChecks.text"));
		LIMITS.put("commitment.maker_groups", new Limit(300, "CommitmentChecks.makers (group codes)"));
		LIMITS.put("commitment.mechanism", new Limit(20, "CommitmentChecks.makers"));
		LIMITS.put("commitment.source_kind", FIXED);
		LIMITS.put("commitment.source_reference", new Limit(300, "CommitmentChecks.source"));
		LIMITS.put("commitment.source_link", new Limit(1000, "CommitmentChecks.source"));
		LIMITS.put("commitment.audience_kind", FIXED);
		LIMITS.put("commitment.created_by", FIXED);
		LIMITS.put("commitment_step.status", FIXED);
		LIMITS.put("commitment_step.note", new Limit(1000, "CommitmentChecks.note"));
		LIMITS.put("commitment_step.note_ru", new Limit(1000, "CommitmentChecks.note"));
		LIMITS.put("commitment_step.note_ka", new Limit(1000, "CommitmentChecks.note"));
		LIMITS.put("commitment_step.source_link", new Limit(1000, "CommitmentChecks.source"));
		LIMITS.put("commitment_step.recorded_by", FIXED);
		LIMITS.put("commitment_reading.text", new Limit(4000, "CommitmentChecks.text"));
		LIMITS.put("commitment_reading.given_by", FIXED);
	}

	@Autowired
	JdbcClient jdbc;

	@Test
	void declaresALimitNoLongerThanItsColumnForEveryTextColumn() {
		Map<String, Integer> columns = new TreeMap<>();
		jdbc.sql("SELECT table_name, column_name, character_maximum_length FROM information_schema.columns"
				+ " WHERE LOWER(table_schema) = 'public' AND LOWER(data_type) IN ('character varying', 'varchar')")
			.query((row, number) -> Map.entry(
					row.getString(1).toLowerCase(Locale.ROOT) + "." + row.getString(2).toLowerCase(Locale.ROOT),
					row.getInt(3)))
			.list()
			.stream()
			.filter(column -> !column.getKey().startsWith("flyway_schema_history."))
			// a TEXT column (which H2 reports as a VARCHAR of a billion characters) has no length to exceed
			.filter(column -> column.getValue() > 0 && column.getValue() < 1_000_000)
			.forEach(column -> columns.put(column.getKey(), column.getValue()));
		assertThat(columns).hasSizeGreaterThan(100);
		assertThat(LIMITS.keySet()).as("text columns with a declared limit").containsExactlyInAnyOrderElementsOf(
				columns.keySet());
		List<String> tooLong = new ArrayList<>();
		LIMITS.forEach((column, limit) -> {
			if (limit.max() > columns.getOrDefault(column, Integer.MAX_VALUE)) {
				tooLong.add(column + ": " + limit.max() + " characters let in by " + limit.checkedIn()
						+ ", but the column holds " + columns.get(column));
			}
		});
		assertThat(tooLong).isEmpty();
	}
}
