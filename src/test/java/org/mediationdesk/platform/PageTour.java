package org.mediationdesk.platform;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.mediationdesk.Fixtures;
import org.mediationdesk.commitments.CommitmentSource;
import org.mediationdesk.commitments.CommitmentStatus;
import org.mediationdesk.commitments.Commitments;
import org.mediationdesk.commitments.Makers;
import org.mediationdesk.commitments.NewCommitment;
import org.mediationdesk.commitments.NewProgress;
import org.mediationdesk.commitments.NewReading;
import org.mediationdesk.commitments.SourceKind;
import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.documents.AuthorKind;
import org.mediationdesk.documents.DocumentDetail;
import org.mediationdesk.documents.DocumentDraft;
import org.mediationdesk.documents.DocumentKind;
import org.mediationdesk.documents.DocumentRegistry;
import org.mediationdesk.formats.ConditionType;
import org.mediationdesk.formats.FormatConditions;
import org.mediationdesk.formats.Scenario;
import org.mediationdesk.formats.ScenarioRejected;
import org.mediationdesk.identity.Role;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.incidents.IncidentKind;
import org.mediationdesk.incidents.IncidentRegister;
import org.mediationdesk.incidents.Mechanisms;
import org.mediationdesk.incidents.NewIncident;
import org.mediationdesk.incidents.Place;
import org.mediationdesk.incidents.PlacePrecision;
import org.mediationdesk.incidents.TimePrecision;
import org.mediationdesk.shared.Institution;
import org.mediationdesk.shared.LanguageCode;
import org.mediationdesk.texts.NegotiatingTexts;
import org.mediationdesk.texts.StanceKind;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * A tour of every HTML page of the access matrix over a realistic record (the reference process with its walkouts, a
 * negotiating text with provisions and a stance, a condition, documents, an incident, audit entries with a refused
 * login), with a session for each kind of reader: anonymous, participant, co-chair, secretariat and administrator.
 * The tests that read every page (for codes, for the statements they cost) take their pages and addresses from here.
 */
final class PageTour {

	/** Pages that are not HTML for a reader, or answer only in the middle of a flow. */
	static final Set<String> NOT_PAGES = Set.of("GET /error", "GET /login/code", "GET /swagger-ui.html",
			"GET /documents/{id}/files/{language}", "GET /texts/{id}/export", "GET /rounds/export",
			"GET /terminology/glossary/export", "GET /admin/audit/export",
			// a stream of events, an export, feeds: not pages
			"GET /rounds/{number}/meetings/{id}/board/stream", "GET /hotline/console/stream",
			"GET /rounds/{number}/communique/export", "GET /commitments/export",
			"GET /feeds/communiques.atom", "GET /calendar/rounds.ics", "GET /feeds/personal/{secret}/communiques.atom",
			"GET /feeds/personal/{secret}/rounds.ics", "GET /incidents/export.csv", "GET /incidents/export.json",
			// a merge's confirmation opens with the incident to merge into (IncidentDuplicatesIntegrationTests reads it)
			"GET /incidents/{id}/merge",
			// opens only with a fresh invitation's link; the invitation tests read it
			"GET /invitations/{token}");

	private final MockMvc mvc;
	private final JdbcClient jdbc;
	private final Map<String, Viewer> viewers = new LinkedHashMap<>();
	private final Map<Viewer, MockHttpSession> sessions = new HashMap<>();
	private final DocumentDetail document;
	private final UUID text;
	private final String concept;
	private final UUID account;
	private final String incident;
	private final UUID mechanismMeeting;
	private final UUID commitment;

	PageTour(ApplicationContext context) throws Exception {
		mvc = context.getBean(MockMvc.class);
		jdbc = context.getBean(JdbcClient.class);
		Fixtures fixtures = context.getBean(Fixtures.class);
		viewers.put("anonymous", Viewer.anonymous());
		viewers.put("participant", fixtures.viewer(Role.PARTICIPANT, null, "GE"));
		viewers.put("co-chair", fixtures.viewer(Role.CO_CHAIR, Institution.EU, null));
		viewers.put("secretariat", fixtures.viewer(Role.SECRETARIAT, null, null));
		viewers.put("administrator", fixtures.viewer(Role.ADMIN, null, null));
		for (Viewer viewer : viewers.values()) {
			if (!viewer.isAnonymous()) {
				sessions.put(viewer, login(viewer.username(), Fixtures.PASSWORD));
			}
		}
		// a refused login, so that the audit log has one
		login(viewers.get("participant").username(), "not the password");
		Viewer secretariat = viewers.get("secretariat");
		DocumentRegistry documents = context.getBean(DocumentRegistry.class);
		document = documents.file(secretariat, new DocumentDraft("GID/RAW/" + UUID.randomUUID().toString().substring(0, 6),
				"Information note of the co-chairs", DocumentKind.INFORMATION_NOTE, AuthorKind.CO_CHAIRS, null, Audience.everyone(),
				LocalDate.of(2026, 11, 20), Map.of(LanguageCode.EN, "The co-chairs met the participants.")));
		documents.attach(secretariat, document.id(), LanguageCode.EN, "communique.pdf", "%PDF-1.4\n%%EOF\n".getBytes());
		text = negotiatingText(context.getBean(NegotiatingTexts.class), fixtures);
		try {
			context.getBean(FormatConditions.class).state(viewers.get("participant"), new Scenario.Condition(null, null,
					ConditionType.REFUSES_VENUE, null, null, null, null, null, null, null, null, "Sochi"));
		}
		catch (ScenarioRejected alreadyStated) {
			// a tour before this one, in the same run, stated it for the same group: it is in the record
		}
		concept = jdbc.sql("SELECT code FROM glossary_concept ORDER BY code LIMIT 1").query(String.class).single();
		account = viewers.get("participant").accountId();
		incident = context.getBean(IncidentRegister.class).report(secretariat, new NewIncident("ERG", IncidentKind.DETENTION,
				List.of(), "2026-03-14", TimePrecision.DAY, new Place("near the line", PlacePrecision.ALONG_THE_LINE, null, null),
				null, null, null, "A resident was detained near the line.", null), LanguageCode.EN).publicId();
		mechanismMeeting = context.getBean(Mechanisms.class).meetings(secretariat, "ERG").get(0).id();
		commitment = commitment(context.getBean(Commitments.class));
	}

	private UUID commitment(Commitments commitments) {
		Viewer secretariat = viewers.get("secretariat");
		UUID id = commitments.record(secretariat, new NewCommitment("Reopening of the crossings", null, null,
				"The crossings are reopened for residents.", null, null, new Makers(List.of("GE", "SO"), true, "ERG"),
				new CommitmentSource(SourceKind.ROUND_DECISION, 5, null, null), Audience.everyone(),
				new NewProgress(5, CommitmentStatus.RAISED, "The question was raised.", null, null)), LanguageCode.EN).id();
		commitments.progress(secretariat, id.toString(), new NewProgress(6, CommitmentStatus.AGREED_PENDING_CONFIRMATION,
				"An understanding awaits confirmation.", null, null, true, null), LanguageCode.EN);
		commitments.read(viewers.get("participant"), id.toString(),
				new NewReading("In our reading, the crossings open every day."), LanguageCode.EN);
		return id;
	}

	private UUID negotiatingText(NegotiatingTexts texts, Fixtures fixtures) {
		Viewer coChair = viewers.get("co-chair");
		UUID id = texts.create(coChair, new NegotiatingTexts.NewText("GID/RAW/TEXT/" + UUID.randomUUID().toString().substring(0, 6),
				"Statement on the non-use of force", null, null, Audience.allParticipants(), List.of("GE", "RU"))).id();
		String first = texts.addProvision(coChair, id);
		String second = texts.addProvision(coChair, id);
		UUID wording = texts.propose(coChair, id, first,
				new NegotiatingTexts.NewWording("The participants reaffirm [their commitment] to the non-use of force.", null,
						null, false));
		texts.propose(coChair, id, second, new NegotiatingTexts.NewWording("Humanitarian issues are discussed.", null,
				null, false));
		texts.circulate(coChair, id);
		texts.state(fixtures.participant("GE"), id, wording, StanceKind.ACCEPT, null);
		return id;
	}

	private MockHttpSession login(String username, String password) throws Exception {
		return (MockHttpSession) mvc.perform(SecurityMockMvcRequestBuilders.formLogin().user(username).password(password))
			.andReturn()
			.getRequest()
			.getSession();
	}

	/** The kinds of reader, by name: anonymous, participant, co-chair, secretariat, administrator. */
	Set<String> readers() {
		return viewers.keySet();
	}

	Viewer viewer(String reader) {
		return viewers.get(reader);
	}

	/** Every HTML page of the access matrix ({@code GET /rounds/{number}}), in order. */
	static Set<String> pages() {
		Set<String> pages = new TreeSet<>();
		for (String endpoint : AccessMatrixIntegrationTests.MATRIX.keySet()) {
			String path = endpoint.substring(endpoint.indexOf(' ') + 1);
			if (endpoint.startsWith("GET ") && !NOT_PAGES.contains(endpoint) && !path.startsWith("/api/")
					&& !path.startsWith("/v3/") && !path.startsWith("/actuator")) {
				pages.add(endpoint);
			}
		}
		return pages;
	}

	/** An address that opens the page of an endpoint of the matrix, over this tour's record. */
	String address(String endpoint) {
		String path = endpoint.substring(endpoint.indexOf(' ') + 1);
		return path.replace("{id}", id(path))
			.replace("{number}", "5")
			.replace("{revision}", "1")
			.replace("{language}", "EN")
			.replace("{mechanism}", "ERG");
	}

	/** Opens an address as a kind of reader, in a language of the interface. */
	MockHttpServletResponse open(String address, String reader, String language) throws Exception {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.get(address).param("lang", language);
		Viewer viewer = viewers.get(reader);
		if (!viewer.isAnonymous()) {
			request.session(sessions.get(viewer));
		}
		return mvc.perform(request).andReturn().getResponse();
	}

	/** Whether an answer is a page that opened. */
	static boolean opened(MockHttpServletResponse response) {
		return response.getStatus() == 200 && response.getContentType() != null
				&& response.getContentType().startsWith("text/html");
	}

	private String id(String path) {
		if (path.startsWith("/commitments/")) {
			return commitment.toString();
		}
		if (path.startsWith("/mechanisms/")) {
			return mechanismMeeting.toString();
		}
		if (path.startsWith("/incidents/")) {
			return incident;
		}
		if (path.contains("/meetings/{id}") || path.contains("/attendance/{id}")) {
			// a meeting of round 5 with attendance, and an entry of it that no correction has superseded
			Map<String, Object> entry = jdbc.sql("SELECT e.meeting_id, e.id FROM attendance_event e"
					+ " JOIN round_meeting m ON m.id = e.meeting_id JOIN round r ON r.id = m.round_id"
					+ " WHERE r.number = 5 AND e.group_id IS NOT NULL AND NOT EXISTS"
					+ " (SELECT 1 FROM attendance_event c WHERE c.corrects = e.id) ORDER BY e.recorded_at, e.id")
				.query()
				.listOfRows()
				.get(0);
			return String.valueOf(entry.get(path.contains("/meetings/") ? "meeting_id" : "id"));
		}
		if (path.startsWith("/admin/accounts/")) {
			return account.toString();
		}
		if (path.startsWith("/terminology/glossary/")) {
			return concept;
		}
		if (path.contains("/formats/scenarios/")) {
			return "round-5-report-title";
		}
		if (path.startsWith("/texts/")) {
			return text.toString();
		}
		return document.id().toString();
	}
}
