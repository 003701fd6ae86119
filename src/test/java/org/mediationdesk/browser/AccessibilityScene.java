package org.mediationdesk.browser;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.mediationdesk.Fixtures;
import org.mediationdesk.attendance.AttendanceKind;
import org.mediationdesk.attendance.AttendanceRecord;
import org.mediationdesk.attendance.NewAttendance;
import org.mediationdesk.board.BoardCommands;
import org.mediationdesk.communique.Communiques;
import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.documents.AuthorKind;
import org.mediationdesk.documents.DocumentDraft;
import org.mediationdesk.documents.DocumentKind;
import org.mediationdesk.documents.DocumentRegistry;
import org.mediationdesk.identity.AccountManagement;
import org.mediationdesk.identity.Assignment;
import org.mediationdesk.identity.NewAccount;
import org.mediationdesk.identity.Role;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.commitments.CommitmentSource;
import org.mediationdesk.commitments.CommitmentStatus;
import org.mediationdesk.commitments.Commitments;
import org.mediationdesk.commitments.Makers;
import org.mediationdesk.commitments.NewCommitment;
import org.mediationdesk.commitments.NewProgress;
import org.mediationdesk.commitments.NewReading;
import org.mediationdesk.commitments.SourceKind;
import org.mediationdesk.incidents.IncidentKind;
import org.mediationdesk.incidents.IncidentRegister;
import org.mediationdesk.incidents.Mechanisms;
import org.mediationdesk.incidents.NewIncident;
import org.mediationdesk.incidents.Place;
import org.mediationdesk.incidents.PlacePrecision;
import org.mediationdesk.incidents.TimePrecision;
import org.mediationdesk.process.MeetingKind;
import org.mediationdesk.process.NewMeeting;
import org.mediationdesk.process.RoundManagement;
import org.mediationdesk.shared.Institution;
import org.mediationdesk.shared.LanguageCode;
import org.mediationdesk.terminology.Glossary;
import org.mediationdesk.texts.NegotiatingTexts;
import org.mediationdesk.texts.StanceKind;
import org.springframework.context.ApplicationContext;

/**
 * What the accessibility tests look at: a round meeting today with a plenary under way (presences, a walkout, the
 * floor asked for), a circulated text with a wording in English and Russian and a stance, a communiqué drafted, a
 * document, an incident and a likely duplicate of it, an account with an open invitation. Each path variable of the
 * access matrix's pages is filled from it.
 */
record AccessibilityScene(int round, UUID meeting, UUID entry, UUID text, UUID document, String incident,
		UUID mechanismMeeting, UUID account, String invitation, String concept, UUID commitment, String duplicate) {

	static AccessibilityScene build(ApplicationContext context) {
		Fixtures fixtures = context.getBean(Fixtures.class);
		Viewer secretariat = fixtures.secretariat();
		Viewer coChair = fixtures.coChair(Institution.EU);
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		RoundManagement rounds = context.getBean(RoundManagement.class);
		int round = rounds.convene(secretariat, today, null, null, false).number();
		UUID meeting = rounds.addMeeting(secretariat, round, new NewMeeting(MeetingKind.PLENARY, null, today, null, null,
				null, List.of("GE", "RU", "US", "AB", "SO"))).id();
		AttendanceRecord attendance = context.getBean(AttendanceRecord.class);
		UUID entry = null;
		for (String group : List.of("GE", "RU", "AB")) {
			UUID recorded = attendance.record(secretariat, round, new NewAttendance(meeting, fixtures.group(group).id(),
					AttendanceKind.PRESENT, today, null, null, null)).id();
			entry = entry == null ? recorded : entry;
		}
		attendance.record(secretariat, round, new NewAttendance(meeting, fixtures.group("AB").id(),
				AttendanceKind.WALKED_OUT, today, "IDP", "Will not discuss the item today", null));
		context.getBean(BoardCommands.class).setCurrentItem(secretariat, meeting, "IDP", LanguageCode.EN);

		NegotiatingTexts texts = context.getBean(NegotiatingTexts.class);
		UUID text = texts.create(coChair, new NegotiatingTexts.NewText("GID/A11Y/" + UUID.randomUUID().toString()
			.substring(0, 6), "A statement checked for accessibility", null, "The participants,",
				Audience.allParticipants(), List.of("GE", "RU"))).id();
		texts.addProvision(coChair, text);
		UUID wording = texts.propose(coChair, text, "para_1", new NegotiatingTexts.NewWording(
				"The participants [reaffirm] their commitment to the non-use of force.",
				"Участники [подтверждают] свою приверженность неприменению силы.", null, false));
		texts.circulate(coChair, text);
		texts.state(fixtures.participant("GE"), text, wording, StanceKind.ACCEPT, null);

		Communiques communiques = context.getBean(Communiques.class);
		if (communiques.page(coChair, round).mayDraft()) {
			communiques.draft(coChair, round);
		}
		UUID document = context.getBean(DocumentRegistry.class).file(secretariat, new DocumentDraft("GID/A11Y/"
				+ UUID.randomUUID().toString().substring(0, 6), "A note checked for accessibility", DocumentKind.NON_PAPER,
				AuthorKind.CO_CHAIRS, null, Audience.coChairs(), today, Map.of(LanguageCode.EN, "A **short** note.")))
			.id();
		String incident = context.getBean(IncidentRegister.class).report(secretariat, new NewIncident("ERG",
				IncidentKind.DETENTION, List.of(), today.toString(), TimePrecision.DAY, new Place("near the line",
						PlacePrecision.ALONG_THE_LINE, null, null), null, null, null,
				"A resident was detained near the line.", null), LanguageCode.EN).publicId();
		String duplicate = context.getBean(IncidentRegister.class).report(secretariat, new NewIncident("ERG",
				IncidentKind.DETENTION, List.of(), today.toString(), TimePrecision.DAY, new Place("near the line",
						PlacePrecision.ALONG_THE_LINE, null, null), null, null, null,
				"A resident was held near the line.", null), LanguageCode.EN).publicId();
		UUID mechanismMeeting = context.getBean(Mechanisms.class).meetings(secretariat, "ERG").get(0).id();
		UUID account = fixtures.viewer(Role.PARTICIPANT, null, "SO").accountId();
		String link = context.getBean(AccountManagement.class).create(fixtures.admin(), new NewAccount("invited-"
				+ UUID.randomUUID().toString().substring(0, 8), "Invited for the accessibility check", null, null,
				new Assignment(Role.SECRETARIAT, null, null))).invitationLink();
		String concept = context.getBean(Glossary.class).search("", 0).items().get(0).id();
		Commitments commitments = context.getBean(Commitments.class);
		UUID commitment = commitments.record(secretariat, new NewCommitment("Freedom of movement at the crossings",
				"Свобода передвижения через пункты пересечения", null, "The crossings are kept open for residents.", null,
				null, new Makers(List.of("GE", "SO"), true, null), new CommitmentSource(SourceKind.ROUND_DECISION, round, null,
						null), Audience.everyone(), new NewProgress(round, CommitmentStatus.RAISED,
								"The question was raised.", null, null)), LanguageCode.EN).id();
		commitments.read(fixtures.participant("GE"), commitment.toString(), new NewReading(
				"In our reading, the crossings open every day."), LanguageCode.EN);
		return new AccessibilityScene(round, meeting, entry, text, document, incident, mechanismMeeting, account,
				URI.create(link).getPath(), concept, commitment, duplicate);
	}

	/**
	 * The address of a page of the matrix in this scene: {@code /rounds/{number}/meetings/{id}/board} becomes this
	 * round's plenary's board. A page with a path variable that this does not know fails, saying so.
	 */
	String path(String pattern) {
		if (pattern.startsWith("/invitations/")) {
			return invitation;
		}
		if (pattern.equals("/incidents/{id}/merge")) {
			// the merge's confirmation of the duplicate into the incident
			return "/incidents/" + duplicate + "/merge?into=" + incident;
		}
		String id;
		if (pattern.contains("/rounds/{number}/meetings/")) {
			id = meeting.toString();
		}
		else if (pattern.contains("/attendance/{id}")) {
			id = entry.toString();
		}
		else if (pattern.startsWith("/texts/")) {
			id = text.toString();
		}
		else if (pattern.startsWith("/documents/")) {
			id = document.toString();
		}
		else if (pattern.startsWith("/incidents/")) {
			id = incident;
		}
		else if (pattern.startsWith("/commitments/")) {
			id = commitment.toString();
		}
		else if (pattern.startsWith("/mechanisms/")) {
			id = mechanismMeeting.toString();
		}
		else if (pattern.startsWith("/admin/accounts/")) {
			id = account.toString();
		}
		else if (pattern.startsWith("/terminology/glossary/")) {
			id = concept;
		}
		else if (pattern.startsWith("/formats/scenarios/")) {
			id = "round-5-report-title";
		}
		else {
			id = "{id}";
		}
		String path = pattern.replace("{id}", id)
			.replace("{number}", String.valueOf(round))
			.replace("{revision}", "1")
			.replace("{mechanism}", "ERG");
		if (path.contains("{")) {
			throw new IllegalStateException("The page " + pattern + " of the access matrix has a path variable that the"
					+ " accessibility test cannot fill: teach AccessibilityScene.path() a value for it");
		}
		return path;
	}
}
