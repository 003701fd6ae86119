package org.mediationdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mediationdesk.Fixtures;
import org.mediationdesk.IntegrationTest;
import org.mediationdesk.confidentiality.AccessPolicy;
import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.confidentiality.AudienceKind;
import org.mediationdesk.documents.AttachmentType;
import org.mediationdesk.documents.AuthorKind;
import org.mediationdesk.documents.DocumentDetail;
import org.mediationdesk.documents.DocumentDraft;
import org.mediationdesk.documents.DocumentKind;
import org.mediationdesk.documents.DocumentRegistry;
import org.mediationdesk.feeds.CreatedFeedAddress;
import org.mediationdesk.feeds.FeedAddresses;
import org.mediationdesk.identity.ApiTokens;
import org.mediationdesk.identity.AccountManagement;
import org.mediationdesk.identity.IssuedToken;
import org.mediationdesk.identity.Role;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.shared.Institution;
import org.mediationdesk.shared.LanguageCode;
import org.mediationdesk.formats.ConditionType;
import org.mediationdesk.formats.FormatConditions;
import org.mediationdesk.formats.Scenario;
import org.mediationdesk.terminology.Glossary;
import org.mediationdesk.texts.NegotiatingTexts;
import org.mediationdesk.texts.StanceKind;
import org.mediationdesk.terminology.GlossaryFile;
import org.mediationdesk.terminology.Severity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Every HTTP endpoint the application registers is declared here with who may reach it, and each is
 * checked for every kind of viewer: the allowed get an answer, everyone else gets 404 (or, without a login,
 * the login page where a page needs one, or 401 from the API) and finds no trace of hidden documents in
 * lists or counts. An endpoint missing from the matrix fails the test. Viewers are real accounts: pages
 * are requested in a session opened by the login form, the API with each account's own bearer token.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public class AccessMatrixIntegrationTests {

	/** Who may use an endpoint. */
	public enum Rule {
		/** Everyone, without login. */
		PUBLIC,
		/** Any logged-in account; anonymous visitors are sent to log in (pages) or get 401 (API). */
		LOGGED_IN,
		/** Administrators only. */
		ADMIN,
		/** Whoever may file documents: co-chairs, secretariat, participants. */
		FILER,
		/** The co-chairs and the secretariat. */
		MEDIATOR,
		/** Participants only (stances are a group's, not the co-chairs'). */
		PARTICIPANT,
		/** Whoever may see the document named in the path, under the access policy. */
		DOCUMENT,
		/** Whoever may see the document and revise it: the co-chairs, the secretariat, the authoring group. */
		REVISER,
		/** Only the holder of the token named in the path. */
		TOKEN_OWNER,
		/** Only those who see the condition named in the path: its group and the co-chairs. */
		CONDITION_HOLDER,
		/** Only with the secret of a personal feed address in use (the feed), or its holder (revoking it). */
		FEED_ADDRESS_HOLDER,
		/** Only the account whose notification is named in the path (one of participant A's). */
		NOTIFICATION_OWNER,
		/** An invitation's page: anyone holding an open invitation's link; an unknown link is 404 for everyone. */
		INVITATION,
		/** HTTP Basic credentials of any account. */
		BASIC,
		/** Whoever takes part in the meeting named in the path: the co-chairs, the secretariat, invited participants. */
		MEETING,
		/** The co-chairs and secretariat, on the meeting named in the path. */
		MEETING_CHAIR,
		/** A participant of a group invited to the meeting named in the path. */
		MEETING_PARTICIPANT,
		/**
		 * The circle of the matrix's incident's mechanism (Ergneti: groups A and B among the matrix's viewers, and the
		 * co-chairs and secretariat); a participant outside it gets 404 too ({@code IncidentRegisterIntegrationTests}).
		 */
		REGISTER,
		/** Whoever sees the matrix's commitment (group A and the co-chairs): the co-chairs, the secretariat, group A. */
		COMMITMENT,
		/** A side that sees the matrix's commitment and gives its own reading: a participant of group A. */
		COMMITMENT_SIDE,
		/** The container's error page: reached only by error dispatches, checked by the error page tests. */
		ERROR_PAGE
	}

	static final Map<String, Rule> MATRIX = new LinkedHashMap<>();

	/** Dated after everything else, so that the start page's short list shows these documents first. */
	static final LocalDate NEWEST = LocalDate.of(2099, 12, 31);

	static {
		MATRIX.put("GET /", Rule.PUBLIC);
		MATRIX.put("GET /login", Rule.PUBLIC);
		MATRIX.put("GET /login/code", Rule.PUBLIC);
		MATRIX.put("POST /login/code", Rule.PUBLIC);
		MATRIX.put("GET /participants", Rule.PUBLIC);
		MATRIX.put("GET /rounds", Rule.PUBLIC);
		MATRIX.put("GET /rounds/{number}", Rule.PUBLIC);
		MATRIX.put("GET /rounds/{number}/attendance", Rule.PUBLIC);
		MATRIX.put("GET /api/v1/rounds/{number}/attendance", Rule.PUBLIC);
		MATRIX.put("POST /rounds/{number}/attendance", Rule.MEDIATOR);
		MATRIX.put("POST /rounds", Rule.MEDIATOR);
		MATRIX.put("POST /rounds/{number}/postponement", Rule.MEDIATOR);
		MATRIX.put("POST /rounds/{number}/status", Rule.MEDIATOR);
		MATRIX.put("POST /rounds/{number}/meetings", Rule.MEDIATOR);
		MATRIX.put("POST /rounds/{number}/outcomes", Rule.MEDIATOR);
		MATRIX.put("POST /rounds/{number}/decisions", Rule.MEDIATOR);
		MATRIX.put("POST /rounds/{number}/texts", Rule.MEDIATOR);
		MATRIX.put("PUT /api/v1/rounds/{number}/texts", Rule.MEDIATOR);
		MATRIX.put("POST /api/v1/rounds/{number}/outcomes", Rule.MEDIATOR);
		MATRIX.put("POST /api/v1/rounds/{number}/decisions", Rule.MEDIATOR);
		MATRIX.put("POST /api/v1/rounds", Rule.MEDIATOR);
		MATRIX.put("POST /api/v1/rounds/{number}/postponement", Rule.MEDIATOR);
		MATRIX.put("POST /api/v1/rounds/{number}/status", Rule.MEDIATOR);
		MATRIX.put("GET /api/v1/rounds/{number}/meetings", Rule.PUBLIC);
		MATRIX.put("GET /api/v1/rounds/related-meetings", Rule.PUBLIC);
		// changing and removing a meeting, correcting an attendance entry: the matrix uses a meeting of round 5
		// with attendance recorded in it (its removal is refused, 409) and one of its entries
		MATRIX.put("GET /rounds/{number}/meetings/{id}", Rule.MEDIATOR);
		MATRIX.put("POST /rounds/{number}/meetings/{id}", Rule.MEDIATOR);
		MATRIX.put("POST /rounds/{number}/meetings/{id}/removal", Rule.MEDIATOR);
		MATRIX.put("PATCH /api/v1/rounds/{number}/meetings/{id}", Rule.MEDIATOR);
		MATRIX.put("DELETE /api/v1/rounds/{number}/meetings/{id}", Rule.MEDIATOR);
		MATRIX.put("GET /rounds/{number}/attendance/{id}/correction", Rule.MEDIATOR);
		MATRIX.put("POST /rounds/{number}/attendance/{id}/correction", Rule.MEDIATOR);
		MATRIX.put("POST /api/v1/rounds/{number}/attendance/{id}/correction", Rule.MEDIATOR);
		MATRIX.put("POST /api/v1/rounds/{number}/meetings", Rule.MEDIATOR);
		MATRIX.put("POST /api/v1/rounds/{number}/attendance", Rule.MEDIATOR);
		MATRIX.put("GET /rounds/{number}/accounts", Rule.PUBLIC);
		MATRIX.put("POST /rounds/{number}/accounts", Rule.FILER);
		MATRIX.put("GET /api/v1/rounds/{number}/accounts", Rule.PUBLIC);
		MATRIX.put("POST /api/v1/rounds/{number}/accounts", Rule.FILER);
		MATRIX.put("GET /api/v1/rounds", Rule.PUBLIC);
		MATRIX.put("GET /api/v1/rounds/{number}", Rule.PUBLIC);
		MATRIX.put("POST /participants/people", Rule.MEDIATOR);
		MATRIX.put("GET /documents", Rule.PUBLIC);
		MATRIX.put("GET /documents/new", Rule.FILER);
		MATRIX.put("POST /documents", Rule.FILER);
		MATRIX.put("GET /documents/{id}", Rule.DOCUMENT);
		MATRIX.put("GET /documents/{id}/edit", Rule.REVISER);
		MATRIX.put("POST /documents/{id}", Rule.REVISER);
		MATRIX.put("POST /documents/{id}/files", Rule.REVISER);
		MATRIX.put("POST /documents/{id}/files/{language}/delete", Rule.REVISER);
		MATRIX.put("GET /documents/{id}/files/{language}", Rule.DOCUMENT);
		MATRIX.put("GET /profile", Rule.LOGGED_IN);
		MATRIX.put("GET /profile/password", Rule.LOGGED_IN);
		MATRIX.put("POST /profile/password", Rule.LOGGED_IN);
		MATRIX.put("GET /profile/second-factor", Rule.LOGGED_IN);
		MATRIX.put("POST /profile/second-factor", Rule.LOGGED_IN);
		MATRIX.put("POST /profile/second-factor/recovery-codes", Rule.LOGGED_IN);
		MATRIX.put("POST /profile/second-factor/remove", Rule.LOGGED_IN);
		MATRIX.put("POST /profile/tokens", Rule.LOGGED_IN);
		MATRIX.put("POST /profile/tokens/{id}/revoke", Rule.TOKEN_OWNER);
		MATRIX.put("GET /admin/accounts", Rule.ADMIN);
		MATRIX.put("GET /admin/accounts/new", Rule.ADMIN);
		MATRIX.put("POST /admin/accounts", Rule.ADMIN);
		MATRIX.put("GET /admin/accounts/{id}", Rule.ADMIN);
		MATRIX.put("POST /admin/accounts/{id}/assignment", Rule.ADMIN);
		MATRIX.put("POST /admin/accounts/{id}/disable", Rule.ADMIN);
		MATRIX.put("POST /admin/accounts/{id}/enable", Rule.ADMIN);
		MATRIX.put("POST /admin/accounts/{id}/password", Rule.ADMIN);
		MATRIX.put("POST /admin/accounts/{id}/invitation", Rule.ADMIN);
		MATRIX.put("POST /admin/accounts/{id}/email", Rule.ADMIN);
		MATRIX.put("POST /profile/preferences", Rule.LOGGED_IN);
		MATRIX.put("GET /invitations/{token}", Rule.INVITATION);
		MATRIX.put("POST /invitations/{token}", Rule.INVITATION);
		MATRIX.put("GET /notifications", Rule.LOGGED_IN);
		MATRIX.put("POST /notifications/read", Rule.LOGGED_IN);
		MATRIX.put("POST /notifications/{id}/read", Rule.NOTIFICATION_OWNER);
		MATRIX.put("GET /api/v1/notifications", Rule.LOGGED_IN);
		MATRIX.put("POST /api/v1/notifications/read", Rule.LOGGED_IN);
		MATRIX.put("POST /api/v1/notifications/{id}/read", Rule.NOTIFICATION_OWNER);
		MATRIX.put("GET /admin/audit", Rule.ADMIN);
		MATRIX.put("POST /admin/audit/checkpoint", Rule.ADMIN);
		MATRIX.put("GET /admin/audit/export", Rule.ADMIN);
		MATRIX.put("GET /terminology", Rule.MEDIATOR);
		MATRIX.put("POST /terminology/check", Rule.MEDIATOR);
		MATRIX.put("GET /terminology/glossary", Rule.MEDIATOR);
		MATRIX.put("GET /terminology/glossary/new", Rule.MEDIATOR);
		MATRIX.put("GET /terminology/glossary/{id}", Rule.MEDIATOR);
		MATRIX.put("POST /terminology/glossary", Rule.MEDIATOR);
		MATRIX.put("POST /terminology/glossary/{id}", Rule.MEDIATOR);
		MATRIX.put("POST /terminology/glossary/{id}/delete", Rule.MEDIATOR);
		MATRIX.put("GET /terminology/glossary/export", Rule.MEDIATOR);
		MATRIX.put("POST /terminology/glossary/import", Rule.MEDIATOR);
		MATRIX.put("POST /api/v1/terminology/check", Rule.MEDIATOR);
		MATRIX.put("POST /api/v1/terminology/render", Rule.MEDIATOR);
		MATRIX.put("GET /api/v1/terminology/glossary", Rule.MEDIATOR);
		MATRIX.put("GET /formats", Rule.MEDIATOR);
		MATRIX.put("GET /formats/scenarios/{id}", Rule.MEDIATOR);
		MATRIX.put("POST /formats/scenarios/{id}", Rule.MEDIATOR);
		MATRIX.put("POST /formats/scenarios/{id}/cascade", Rule.MEDIATOR);
		MATRIX.put("GET /formats/conditions", Rule.FILER);
		MATRIX.put("POST /formats/conditions", Rule.FILER);
		MATRIX.put("POST /formats/conditions/{code}/delete", Rule.CONDITION_HOLDER);
		MATRIX.put("POST /api/v1/formats/check", Rule.MEDIATOR);
		MATRIX.put("POST /api/v1/formats/propose", Rule.MEDIATOR);
		MATRIX.put("POST /api/v1/formats/cascade", Rule.MEDIATOR);
		MATRIX.put("GET /api/v1/formats/scenarios", Rule.MEDIATOR);
		MATRIX.put("GET /api/v1/formats/scenarios/{id}", Rule.MEDIATOR);
		MATRIX.put("GET /texts", Rule.LOGGED_IN);
		MATRIX.put("POST /texts", Rule.MEDIATOR);
		MATRIX.put("GET /texts/{id}", Rule.FILER);
		MATRIX.put("GET /texts/{id}/revisions/{revision}", Rule.FILER);
		MATRIX.put("POST /texts/{id}/provisions", Rule.MEDIATOR);
		MATRIX.put("POST /texts/{id}/provisions/{eId}", Rule.MEDIATOR);
		MATRIX.put("POST /texts/{id}/wordings", Rule.FILER);
		MATRIX.put("POST /texts/{id}/stances", Rule.PARTICIPANT);
		MATRIX.put("POST /texts/{id}/cosponsors", Rule.PARTICIPANT);
		MATRIX.put("POST /texts/{id}/status", Rule.MEDIATOR);
		MATRIX.put("GET /texts/{id}/export", Rule.FILER);
		MATRIX.put("GET /texts/{id}/compare", Rule.FILER);
		MATRIX.put("GET /api/v1/texts/{id}/compare", Rule.FILER);
		MATRIX.put("GET /api/v1/texts/{id}/export", Rule.FILER);
		MATRIX.put("GET /api/v1/texts", Rule.LOGGED_IN);
		MATRIX.put("POST /api/v1/texts", Rule.MEDIATOR);
		MATRIX.put("POST /api/v1/texts/{id}/provisions", Rule.MEDIATOR);
		MATRIX.put("POST /api/v1/texts/{id}/wordings", Rule.FILER);
		MATRIX.put("POST /api/v1/texts/{id}/status", Rule.MEDIATOR);
		MATRIX.put("GET /api/v1/texts/{id}", Rule.FILER);
		MATRIX.put("POST /api/v1/texts/{id}/stances", Rule.PARTICIPANT);
		MATRIX.put("GET /texts/{id}/history", Rule.FILER);
		MATRIX.put("GET /api/v1/texts/{id}/history", Rule.FILER);
		MATRIX.put("POST /texts/{id}/heading", Rule.MEDIATOR);
		MATRIX.put("PUT /api/v1/texts/{id}/heading", Rule.MEDIATOR);
		MATRIX.put("POST /texts/{id}/translations", Rule.FILER);
		MATRIX.put("PUT /api/v1/texts/{id}/wordings/{wording}/russian", Rule.FILER);
		MATRIX.put("POST /texts/{id}/withdrawals", Rule.FILER);
		MATRIX.put("POST /api/v1/texts/{id}/wordings/{wording}/withdrawal", Rule.FILER);
		MATRIX.put("POST /api/v1/texts/{id}/wordings/{wording}/cosponsors", Rule.PARTICIPANT);
		MATRIX.put("GET /admin/process", Rule.ADMIN);
		MATRIX.put("POST /admin/process", Rule.ADMIN);
		MATRIX.put("GET /admin/process/format", Rule.ADMIN);
		MATRIX.put("GET /rounds/export", Rule.MEDIATOR);
		MATRIX.put("GET /api/v1/process/record", Rule.MEDIATOR);
		MATRIX.put("GET /api/v1/participant-groups", Rule.LOGGED_IN);
		MATRIX.put("GET /api/v1/documents", Rule.LOGGED_IN);
		MATRIX.put("POST /api/v1/documents", Rule.FILER);
		MATRIX.put("GET /api/v1/documents/{id}", Rule.DOCUMENT);
		MATRIX.put("PUT /api/v1/documents/{id}", Rule.REVISER);
		MATRIX.put("POST /api/v1/documents/{id}/files/{language}", Rule.REVISER);
		MATRIX.put("GET /api/v1/documents/{id}/files/{language}", Rule.DOCUMENT);
		MATRIX.put("DELETE /api/v1/documents/{id}/files/{language}", Rule.REVISER);
		MATRIX.put("POST /api/v1/tokens", Rule.BASIC);
		MATRIX.put("GET /api/v1/tokens", Rule.LOGGED_IN);
		MATRIX.put("DELETE /api/v1/tokens/{id}", Rule.TOKEN_OWNER);
		MATRIX.put("GET /api/v1/me", Rule.LOGGED_IN);
		MATRIX.put("GET /rounds/{number}/meetings/{id}/board", Rule.MEETING);
		MATRIX.put("GET /rounds/{number}/meetings/{id}/board/stream", Rule.MEETING);
		MATRIX.put("POST /rounds/{number}/meetings/{id}/board/current-item", Rule.MEETING_CHAIR);
		MATRIX.put("POST /rounds/{number}/meetings/{id}/board/speakers", Rule.MEETING_PARTICIPANT);
		MATRIX.put("POST /rounds/{number}/meetings/{id}/board/speakers/withdrawal", Rule.MEETING_PARTICIPANT);
		MATRIX.put("POST /rounds/{number}/meetings/{id}/board/speakers/next", Rule.MEETING_CHAIR);
		MATRIX.put("POST /rounds/{number}/meetings/{id}/board/speakers/order", Rule.MEETING_CHAIR);
		MATRIX.put("POST /rounds/{number}/meetings/{id}/board/speakers/status", Rule.MEETING_CHAIR);
		MATRIX.put("GET /api/v1/meetings/{id}/board", Rule.MEETING);
		MATRIX.put("GET /api/v1/meetings/{id}/board/stream", Rule.MEETING);
		MATRIX.put("PUT /api/v1/meetings/{id}/current-item", Rule.MEETING_CHAIR);
		MATRIX.put("POST /api/v1/meetings/{id}/speakers", Rule.MEETING_PARTICIPANT);
		MATRIX.put("POST /api/v1/meetings/{id}/speakers/withdrawal", Rule.MEETING_PARTICIPANT);
		MATRIX.put("POST /api/v1/meetings/{id}/speakers/next", Rule.MEETING_CHAIR);
		MATRIX.put("PUT /api/v1/meetings/{id}/speakers/order", Rule.MEETING_CHAIR);
		MATRIX.put("PUT /api/v1/meetings/{id}/speakers/status", Rule.MEETING_CHAIR);
		// the communiqué of round 5: published in the set-up, so that its readings are public; a draft's steps are the mediators'
		MATRIX.put("GET /rounds/{number}/communique", Rule.PUBLIC);
		MATRIX.put("GET /rounds/{number}/communique/export", Rule.PUBLIC);
		MATRIX.put("POST /rounds/{number}/communique", Rule.MEDIATOR);
		MATRIX.put("POST /rounds/{number}/communique/text/{language}", Rule.MEDIATOR);
		MATRIX.put("POST /rounds/{number}/communique/text/{language}/confirmation", Rule.MEDIATOR);
		MATRIX.put("POST /rounds/{number}/communique/text/{language}/withdrawal", Rule.MEDIATOR);
		MATRIX.put("POST /rounds/{number}/communique/approvals", Rule.MEDIATOR);
		MATRIX.put("POST /rounds/{number}/communique/sharing", Rule.MEDIATOR);
		MATRIX.put("POST /rounds/{number}/communique/publication", Rule.MEDIATOR);
		MATRIX.put("POST /rounds/{number}/communique/corrections", Rule.MEDIATOR);
		MATRIX.put("GET /api/v1/rounds/{number}/communique", Rule.PUBLIC);
		MATRIX.put("GET /api/v1/rounds/{number}/communique/published", Rule.PUBLIC);
		MATRIX.put("GET /api/v1/rounds/{number}/communique/export", Rule.PUBLIC);
		MATRIX.put("POST /api/v1/rounds/{number}/communique", Rule.MEDIATOR);
		MATRIX.put("PUT /api/v1/rounds/{number}/communique", Rule.MEDIATOR);
		MATRIX.put("POST /api/v1/rounds/{number}/communique/versions/{language}/confirmation", Rule.MEDIATOR);
		MATRIX.put("POST /api/v1/rounds/{number}/communique/versions/{language}/withdrawal", Rule.MEDIATOR);
		MATRIX.put("POST /api/v1/rounds/{number}/communique/approvals", Rule.MEDIATOR);
		MATRIX.put("POST /api/v1/rounds/{number}/communique/sharing", Rule.MEDIATOR);
		MATRIX.put("POST /api/v1/rounds/{number}/communique/publication", Rule.MEDIATOR);
		MATRIX.put("POST /api/v1/rounds/{number}/communique/corrections", Rule.MEDIATOR);
		// the incident mechanisms (public to read; the facilitators' steps are the mediators') and the register (its circle)
		MATRIX.put("GET /mechanisms", Rule.PUBLIC);
		MATRIX.put("GET /mechanisms/{mechanism}", Rule.PUBLIC);
		MATRIX.put("GET /mechanisms/{mechanism}/meetings/{id}", Rule.PUBLIC);
		MATRIX.put("POST /mechanisms/{mechanism}/meetings", Rule.MEDIATOR);
		MATRIX.put("POST /mechanisms/{mechanism}/meetings/{id}/agenda", Rule.MEDIATOR);
		MATRIX.put("POST /mechanisms/{mechanism}/meetings/{id}/joint-visits", Rule.MEDIATOR);
		MATRIX.put("POST /mechanisms/{mechanism}/meetings/{id}/close", Rule.MEDIATOR);
		MATRIX.put("POST /mechanisms/{mechanism}/suspension", Rule.MEDIATOR);
		MATRIX.put("POST /mechanisms/{mechanism}/resumption", Rule.MEDIATOR);
		MATRIX.put("GET /api/v1/mechanisms", Rule.PUBLIC);
		MATRIX.put("POST /api/v1/mechanisms", Rule.MEDIATOR);
		MATRIX.put("GET /api/v1/mechanisms/{id}", Rule.PUBLIC);
		MATRIX.put("GET /api/v1/mechanisms/{id}/meetings", Rule.PUBLIC);
		MATRIX.put("POST /api/v1/mechanisms/{id}/meetings", Rule.MEDIATOR);
		MATRIX.put("POST /api/v1/mechanisms/{id}/suspensions", Rule.MEDIATOR);
		MATRIX.put("POST /api/v1/mechanisms/{id}/resumption", Rule.MEDIATOR);
		MATRIX.put("GET /incidents", Rule.REGISTER);
		MATRIX.put("POST /incidents", Rule.REGISTER);
		MATRIX.put("GET /incidents/{id}", Rule.REGISTER);
		MATRIX.put("POST /incidents/{id}/accounts", Rule.REGISTER);
		MATRIX.put("POST /incidents/{id}/review", Rule.MEDIATOR);
		MATRIX.put("GET /api/v1/incidents", Rule.REGISTER);
		MATRIX.put("POST /api/v1/incidents", Rule.REGISTER);
		MATRIX.put("GET /api/v1/incidents/{id}", Rule.REGISTER);
		MATRIX.put("POST /api/v1/incidents/{id}/accounts", Rule.REGISTER);
		MATRIX.put("POST /api/v1/incidents/{id}/review", Rule.MEDIATOR);
		// the register's exports: its circle only (a viewer of no register gets 404, never an empty file)
		MATRIX.put("GET /api/v1/incidents.csv", Rule.REGISTER);
		MATRIX.put("GET /api/v1/incidents/export.json", Rule.REGISTER);
		MATRIX.put("GET /incidents/export.csv", Rule.REGISTER);
		MATRIX.put("GET /incidents/export.json", Rule.REGISTER);
		// the meetings that dealt with an incident: its circle reads them; the facilitators put it on a review
		MATRIX.put("GET /api/v1/incidents/{id}/meetings", Rule.REGISTER);
		MATRIX.put("POST /api/v1/incidents/{id}/meetings", Rule.MEDIATOR);
		MATRIX.put("POST /incidents/{id}/meetings", Rule.MEDIATOR);
		// merging a duplicate: the co-chairs and secretariat, after a confirmation page
		MATRIX.put("GET /incidents/{id}/merge", Rule.MEDIATOR);
		MATRIX.put("POST /incidents/{id}/merge", Rule.MEDIATOR);
		MATRIX.put("POST /api/v1/incidents/{id}/merge", Rule.MEDIATOR);
		// the hotline: each mechanism's circle (the matrix's activation is Ergneti's); relaying and the chain the desk's
		MATRIX.put("GET /api/v1/hotline/activations", Rule.REGISTER);
		MATRIX.put("POST /api/v1/hotline/activations", Rule.REGISTER);
		MATRIX.put("GET /api/v1/hotline/activations/{id}", Rule.REGISTER);
		MATRIX.put("POST /api/v1/hotline/activations/{id}/relay", Rule.MEDIATOR);
		MATRIX.put("POST /api/v1/hotline/activations/{id}/acknowledgement", Rule.REGISTER);
		MATRIX.put("POST /api/v1/hotline/activations/{id}/response", Rule.REGISTER);
		MATRIX.put("GET /api/v1/hotline/mechanisms/{mechanism}/log", Rule.REGISTER);
		MATRIX.put("GET /api/v1/hotline/mechanisms/{mechanism}/escalation-chain", Rule.REGISTER);
		MATRIX.put("PUT /api/v1/hotline/mechanisms/{mechanism}/escalation-chain", Rule.MEDIATOR);
		MATRIX.put("GET /mechanisms/{mechanism}/hotline", Rule.REGISTER);
		MATRIX.put("POST /mechanisms/{mechanism}/hotline", Rule.REGISTER);
		MATRIX.put("POST /mechanisms/{mechanism}/hotline/{id}/relay", Rule.MEDIATOR);
		MATRIX.put("POST /mechanisms/{mechanism}/hotline/{id}/acknowledgement", Rule.REGISTER);
		MATRIX.put("POST /mechanisms/{mechanism}/hotline/{id}/response", Rule.REGISTER);
		MATRIX.put("POST /mechanisms/{mechanism}/meetings/{id}/attendance", Rule.MEDIATOR);
		MATRIX.put("GET /mechanisms/{mechanism}/hotline/escalation-chain", Rule.MEDIATOR);
		MATRIX.put("POST /mechanisms/{mechanism}/hotline/escalation-chain", Rule.MEDIATOR);
		MATRIX.put("GET /hotline/console", Rule.MEDIATOR);
		MATRIX.put("GET /hotline/console/stream", Rule.MEDIATOR);
		// the commitments: the pages and files list what the reader sees; the matrix's commitment is group A's and the co-chairs'
		MATRIX.put("GET /commitments", Rule.PUBLIC);
		MATRIX.put("POST /commitments", Rule.MEDIATOR);
		MATRIX.put("GET /commitments/timeline", Rule.PUBLIC);
		MATRIX.put("GET /commitments/export", Rule.PUBLIC);
		MATRIX.put("GET /commitments/{id}", Rule.COMMITMENT);
		MATRIX.put("POST /commitments/{id}/progress", Rule.MEDIATOR);
		MATRIX.put("POST /commitments/{id}/readings", Rule.COMMITMENT_SIDE);
		MATRIX.put("GET /api/v1/commitments", Rule.LOGGED_IN);
		MATRIX.put("POST /api/v1/commitments", Rule.MEDIATOR);
		MATRIX.put("GET /api/v1/commitments/{id}", Rule.COMMITMENT);
		MATRIX.put("POST /api/v1/commitments/{id}/progress", Rule.MEDIATOR);
		MATRIX.put("POST /api/v1/commitments/{id}/readings", Rule.COMMITMENT_SIDE);
		MATRIX.put("GET /error", Rule.ERROR_PAGE);
		MATRIX.put("GET /v3/api-docs", Rule.PUBLIC);
		MATRIX.put("GET /v3/api-docs.yaml", Rule.PUBLIC);
		MATRIX.put("GET /v3/api-docs/swagger-config", Rule.PUBLIC);
		MATRIX.put("GET /swagger-ui.html", Rule.PUBLIC);
		MATRIX.put("GET /feeds/communiques.atom", Rule.PUBLIC);
		MATRIX.put("GET /calendar/rounds.ics", Rule.PUBLIC);
		MATRIX.put("GET /feeds/personal/{secret}/communiques.atom", Rule.FEED_ADDRESS_HOLDER);
		MATRIX.put("GET /feeds/personal/{secret}/rounds.ics", Rule.FEED_ADDRESS_HOLDER);
		MATRIX.put("GET /profile/feeds", Rule.LOGGED_IN);
		MATRIX.put("POST /profile/feeds", Rule.LOGGED_IN);
		MATRIX.put("POST /profile/feeds/{id}/revoke", Rule.FEED_ADDRESS_HOLDER);
		MATRIX.put("GET /search", Rule.PUBLIC);
		MATRIX.put("GET /api/v1/search", Rule.PUBLIC);
		MATRIX.put("GET /actuator", Rule.PUBLIC);
		MATRIX.put("GET /actuator/health", Rule.PUBLIC);
		MATRIX.put("GET /actuator/health/**", Rule.PUBLIC);
		MATRIX.put("GET /actuator/info", Rule.PUBLIC);
	}

	/**
	 * The pages among the matrix's endpoints: each GET route answered with a view (HTML), not the API, not an
	 * export, not a stream, with who may see it ({@code "/rounds/{number}/attendance" -> PUBLIC}). A page added to
	 * the matrix is here without more ado; the accessibility browser tests walk them.
	 */
	public static Map<String, Rule> pages(ApplicationContext context) {
		Map<String, HandlerMethod> handlers = handlers(context);
		Map<String, Rule> pages = new LinkedHashMap<>();
		MATRIX.forEach((endpoint, rule) -> {
			HandlerMethod handler = handlers.get(endpoint);
			if (endpoint.startsWith("GET ") && rule != Rule.ERROR_PAGE && handler != null && rendersAView(handler)) {
				pages.put(endpoint.substring(4), rule);
			}
		});
		return pages;
	}

	private static boolean rendersAView(HandlerMethod handler) {
		Class<?> type = handler.getReturnType().getParameterType();
		boolean body = handler.hasMethodAnnotation(org.springframework.web.bind.annotation.ResponseBody.class)
				|| org.springframework.core.annotation.AnnotatedElementUtils.hasAnnotation(handler.getBeanType(),
						org.springframework.web.bind.annotation.ResponseBody.class);
		return !body && (type == String.class || type == org.springframework.web.servlet.ModelAndView.class);
	}

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	DocumentRegistry documents;

	@Autowired
	AccessPolicy policy;

	@Autowired
	AccountManagement accounts;

	@Autowired
	ApiTokens apiTokens;

	private final Map<String, Viewer> viewers = new LinkedHashMap<>();
	private final Map<Viewer, MockHttpSession> sessions = new java.util.HashMap<>();
	private final Map<Viewer, String> tokens = new java.util.HashMap<>();
	private final Map<AudienceKind, DocumentDetail> byAudience = new EnumMap<>(AudienceKind.class);
	private Viewer tokenOwner;
	private IssuedToken token;
	private UUID targetAccount;

	@BeforeAll
	void setUp() throws Exception {
		viewers.put("anonymous", Viewer.anonymous());
		viewers.put("co-chair EU", fixtures.viewer(Role.CO_CHAIR, Institution.EU, null));
		viewers.put("co-chair UN", fixtures.viewer(Role.CO_CHAIR, Institution.UN, null));
		viewers.put("co-chair OSCE", fixtures.viewer(Role.CO_CHAIR, Institution.OSCE, null));
		viewers.put("secretariat", fixtures.viewer(Role.SECRETARIAT, null, null));
		viewers.put("participant of group A", fixtures.viewer(Role.PARTICIPANT, null, "GE"));
		viewers.put("participant of group B", fixtures.viewer(Role.PARTICIPANT, null, "RU"));
		viewers.put("administrator", fixtures.viewer(Role.ADMIN, null, null));
		for (Viewer viewer : viewers.values()) {
			if (!viewer.isAnonymous()) {
				sessions.put(viewer, login(viewer));
				tokens.put(viewer, apiTokens.issue(viewer, "matrix").secret());
			}
		}
		Viewer author = viewers.get("participant of group A");
		Viewer secretariat = viewers.get("secretariat");
		UUID groupA = author.groupId();
		byAudience.put(AudienceKind.PUBLIC, file(secretariat, Audience.everyone(), groupA));
		byAudience.put(AudienceKind.CO_CHAIRS, file(secretariat, Audience.coChairs(), null));
		byAudience.put(AudienceKind.ALL_PARTICIPANTS, file(author, Audience.allParticipants(), groupA));
		byAudience.put(AudienceKind.GROUP_AND_CO_CHAIRS, file(author, Audience.groupAndCoChairs(groupA), groupA));
		byAudience.put(AudienceKind.GROUP_ONLY, file(author, Audience.groupOnly(groupA), groupA));
		tokenOwner = fixtures.viewer(Role.PARTICIPANT, null, "US");
		token = apiTokens.issue(tokenOwner, "matrix");
		sessions.put(tokenOwner, login(tokenOwner));
		tokens.put(tokenOwner, apiTokens.issue(tokenOwner, "owner's API access").secret());
		targetAccount = fixtures.viewer(Role.PARTICIPANT, null, "SO").accountId();
		Viewer coChair = fixtures.coChair(Institution.EU);
		matrixText = negotiatingTexts.create(coChair, new NegotiatingTexts.NewText("GID/MATRIX/TEXT/"
				+ UUID.randomUUID().toString().substring(0, 6), "Matrix text", null, null, Audience.allParticipants(),
				List.of("GE", "RU"))).id();
		negotiatingTexts.addProvision(coChair, matrixText);
		matrixWording = negotiatingTexts.propose(coChair, matrixText, "para_1", new NegotiatingTexts.NewWording(
				"A wording of the co-chairs.", null, null, false));
		negotiatingTexts.circulate(coChair, matrixText);
		// a stance on it: its withdrawal is refused (409) to whoever may try, and the wording stays for every endpoint
		negotiatingTexts.state(fixtures.participant("GE"), matrixText, matrixWording, StanceKind.ACCEPT, null);
		matrixIncident = incidentRegister.report(secretariat, new org.mediationdesk.incidents.NewIncident("ERG",
				org.mediationdesk.incidents.IncidentKind.DETENTION, List.of(), "2026-03-14",
				org.mediationdesk.incidents.TimePrecision.DAY, new org.mediationdesk.incidents.Place("near the line",
						org.mediationdesk.incidents.PlacePrecision.ALONG_THE_LINE, null, null), null, null, null,
				"A resident was detained near the line.", null), LanguageCode.EN).publicId();
		ergnetiMeeting = mechanisms.meetings(secretariat, "ERG").get(0).id();
		matrixActivation = hotline.activate(secretariat, new org.mediationdesk.hotline.NewActivation("ERG",
				List.of("GE", "RU"), org.mediationdesk.hotline.Urgency.ROUTINE, "Matrix activation",
				"An activation of the Ergneti hotline, sent by the operator.", null, null, null)).id();
		matrixMeeting = roundManagement.addMeeting(secretariat, MEETING_ROUND, new org.mediationdesk.process.NewMeeting(
				org.mediationdesk.process.MeetingKind.SIDELINE_MEETING, "Matrix sideline meeting", null, null, null, null,
				List.of("GE"))).id();
		matrixCommitment = commitments.record(secretariat, new org.mediationdesk.commitments.NewCommitment(
				"Matrix commitment", null, null, "A commitment in confidence to one group.", null, null,
				new org.mediationdesk.commitments.Makers(List.of("GE"), false, null),
				new org.mediationdesk.commitments.CommitmentSource(org.mediationdesk.commitments.SourceKind.ROUND_DECISION, 5,
						null, null), Audience.groupAndCoChairs(groupA),
				new org.mediationdesk.commitments.NewProgress(5, org.mediationdesk.commitments.CommitmentStatus.RAISED,
						"The question was raised.", null, null)), LanguageCode.EN).id();
		// round 5's communiqué, published: everyone reads it; a correction opened by the matrix stays the mediators'
		if (communiques.published(coChair, 5).isEmpty()) {
			if (communiques.page(coChair, 5).mayDraft()) {
				communiques.draft(coChair, 5);
			}
			org.mediationdesk.communique.CommuniqueDrafts.writePlaceholders(communiques, coChair, 5);
			String hash = communiques.current(coChair, 5).sha256();
			for (Institution institution : Institution.values()) {
				communiques.approve(fixtures.coChair(institution), 5, hash);
			}
			communiques.publish(coChair, 5, null);
		}
	}

	private MockHttpSession login(Viewer viewer) throws Exception {
		return (MockHttpSession) mvc
			.perform(SecurityMockMvcRequestBuilders.formLogin().user(viewer.username()).password(Fixtures.PASSWORD))
			.andReturn()
			.getRequest()
			.getSession();
	}

	/** A concept of the glossary that the matrix may delete; it is put back before each request about it. */
	static final String MATRIX_CONCEPT = "matrix-concept";

	@Autowired
	Glossary glossary;

	@Autowired
	FormatConditions conditions;

	@Autowired
	NegotiatingTexts negotiatingTexts;

	@Autowired
	FeedAddresses feedAddresses;

	@Autowired
	org.mediationdesk.notifications.Notifications notifications;

	@Autowired
	org.mediationdesk.communique.Communiques communiques;

	@Autowired
	org.mediationdesk.incidents.IncidentRegister incidentRegister;

	@Autowired
	org.mediationdesk.incidents.Mechanisms mechanisms;

	@Autowired
	org.mediationdesk.hotline.Hotline hotline;

	@Autowired
	org.mediationdesk.commitments.Commitments commitments;

	/** A commitment in confidence to group A and the co-chairs, raised in round 5. */
	UUID matrixCommitment;

	/** An activation of the Ergneti hotline, to groups A and B, relayed as the operator sent it. */
	UUID matrixActivation;

	/** An incident of the Ergneti register, and the latest meeting of that mechanism. */
	String matrixIncident;

	UUID ergnetiMeeting;

	/** A text for all participants, circulated once, for the texts' endpoints; and its one wording, the co-chairs'. */
	UUID matrixText;

	UUID matrixWording;

	/** A sideline meeting to which only group A is invited, for the boards' endpoints, and its round. */
	UUID matrixMeeting;

	static final int MEETING_ROUND = 21;

	@Autowired
	org.mediationdesk.process.RoundRecord rounds;

	@Autowired
	org.mediationdesk.process.RoundManagement roundManagement;

	private void ensureConcept() {
		if (glossary.concept(MATRIX_CONCEPT).isEmpty()) {
			glossary.save("matrix", null, new GlossaryFile.ConceptEntry(MATRIX_CONCEPT, "test", Map.of("en", "Matrix"),
					List.of(new GlossaryFile.FormEntry(LanguageCode.EN, "matrixland", true, List.of(), Severity.OK, Map.of(),
							null))));
		}
	}

	/** Puts the English file back, so that every viewer meets a document that has one. */
	private void ensureFile(DocumentDetail document) {
		Viewer reviser = document.audience().kind() == AudienceKind.GROUP_ONLY ? viewers.get("participant of group A")
				: viewers.get("secretariat");
		if (!documents.get(reviser, document.id()).in(LanguageCode.EN).map(version -> version.hasFile()).orElse(false)) {
			documents.attach(reviser, document.id(), LanguageCode.EN, "matrix.pdf", "%PDF-1.4\n%%EOF\n".getBytes());
		}
	}

	private DocumentDetail file(Viewer by, Audience audience, UUID group) {
		String symbol = "GID/MATRIX/" + audience.kind() + "/" + UUID.randomUUID().toString().substring(0, 6);
		AuthorKind author = group == null ? AuthorKind.CO_CHAIRS : AuthorKind.PARTICIPANT_GROUP;
		DocumentDetail filed = documents.file(by, new DocumentDraft(symbol, "Matrix " + audience.kind(),
				DocumentKind.NON_PAPER, author, group, audience, NEWEST,
				Map.of(LanguageCode.EN, "text")));
		return documents.attach(by, filed.id(), LanguageCode.EN, "matrix.pdf", "%PDF-1.4\n%%EOF\n".getBytes());
	}

	@Test
	void declaresEveryRegisteredEndpoint() {
		assertThat(registeredEndpoints()).containsExactlyInAnyOrderElementsOf(MATRIX.keySet());
	}

	@Test
	void answersEveryViewerAsTheMatrixSays() throws Exception {
		List<String> violations = new ArrayList<>();
		for (Map.Entry<String, Rule> endpoint : MATRIX.entrySet()) {
			String method = endpoint.getKey().substring(0, endpoint.getKey().indexOf(' '));
			String pattern = endpoint.getKey().substring(endpoint.getKey().indexOf(' ') + 1);
			Rule rule = endpoint.getValue();
			if (rule == Rule.ERROR_PAGE) {
				continue;
			}
			if (rule == Rule.BASIC) {
				checkBasic(pattern, violations);
				continue;
			}
			List<AudienceKind> audiences = rule == Rule.DOCUMENT || rule == Rule.REVISER
					? List.of(AudienceKind.values()) : List.of(AudienceKind.PUBLIC);
			for (AudienceKind audience : audiences) {
				DocumentDetail document = byAudience.get(audience);
				// the boards' meeting belongs to a round of its own, which no other test reads meeting by meeting
				String path = (pattern.contains("/board")
						? pattern.replace("/rounds/{number}/meetings/", "/rounds/" + MEETING_ROUND + "/meetings/") : pattern)
					.replace("{id}", idFor(pattern, document))
					.replace("{token}", "no-such-invitation")
					.replace("{code}", "matrix-404")
					.replace("{revision}", "1")
					.replace("{eId}", "para_1")
					.replace("{mechanism}", "ERG")
					.replace("{wording}", String.valueOf(matrixWording))
					.replace("{number}", "5")
					.replace("{language}", "EN")
					.replace("{secret}", "M".repeat(43))
					.replace("/**", "/liveness");
				for (Map.Entry<String, Viewer> named : viewers.entrySet()) {
					Viewer viewer = named.getValue();
					// the API answers only to a token, except for the public record of the rounds
					boolean allowed = allowed(rule, viewer, document)
							&& !(path.startsWith("/api/") && viewer.isAnonymous() && rule != Rule.PUBLIC);
					if (path.contains("/files")) {
						ensureFile(document);
					}
					if (path.startsWith("/terminology/glossary/" + MATRIX_CONCEPT)) {
						ensureConcept();
					}
					int status = perform(method, path, viewer);
					String label = method + " " + path + " [" + audience + "] as " + named.getKey();
					expect(violations, label, allowed, viewer, path, status);
				}
			}
			if (rule == Rule.CONDITION_HOLDER) {
				Viewer holder = viewers.get("participant of group A");
				String code = conditions.state(holder, new Scenario.Condition(null, null, ConditionType.REFUSES_VENUE, null,
						null, null, null, null, null, null, null, "Matrixville")).id();
				int status = perform(method, pattern.replace("{code}", code), holder);
				if (status >= 400) {
					violations.add(endpoint.getKey() + " as the condition's group answered " + status);
				}
			}
			if (rule == Rule.FEED_ADDRESS_HOLDER) {
				// the secret stands for its holder whoever sends it; the holder revokes their own address
				CreatedFeedAddress own = feedAddresses.create(tokenOwner);
				String secret = own.calendar().substring(own.calendar().indexOf("/personal/") + 10,
						own.calendar().lastIndexOf('/'));
				String path = pattern.replace("{secret}", secret).replace("{id}", own.id().toString());
				for (Viewer sender : List.of(Viewer.anonymous(), tokenOwner)) {
					if (path.startsWith("/profile") && sender.isAnonymous()) {
						continue;
					}
					int status = perform(method, path, sender);
					if (status >= 400) {
						violations.add(endpoint.getKey() + " with the address's secret, as its holder, answered " + status);
					}
				}
			}
			if (rule == Rule.INVITATION) {
				// a real, open invitation's link answers anyone, without login; the one above (unknown) nobody
				String link = accounts.create(viewers.get("administrator"), new org.mediationdesk.identity.NewAccount(
						"invited-" + UUID.randomUUID().toString().substring(0, 8), "Invited for the matrix",
						new org.mediationdesk.identity.Assignment(Role.SECRETARIAT, null, null))).invitationLink();
				int status = perform(method, link, Viewer.anonymous());
				if (status >= 400) {
					violations.add(endpoint.getKey() + " with an open invitation's link answered " + status);
				}
			}
			if (rule == Rule.TOKEN_OWNER) {
				IssuedToken own = apiTokens.issue(tokenOwner, "owner check");
				int status = perform(method, pattern.replace("{id}", own.id().toString()), tokenOwner);
				if (status >= 400) {
					violations.add(endpoint.getKey() + " as the token's holder answered " + status);
				}
			}
		}
		assertThat(violations).isEmpty();
	}

	@Test
	void leavesNoTraceOfHiddenDocumentsInListsAndCounts() throws Exception {
		List<String> violations = new ArrayList<>();
		for (DocumentDetail document : byAudience.values()) {
			for (Map.Entry<String, Viewer> named : viewers.entrySet()) {
				Viewer viewer = named.getValue();
				boolean allowed = policy.maySee(viewer, document.audience());
				// the search page echoes the searched symbol in its form, so there only the document's link counts
				// the home page lists no documents (it is the record and each role's open items): nothing to trace there
				List<String> lists = new ArrayList<>(List.of("/documents?text=" + document.symbol()));
				if (!viewer.isAnonymous()) {
					lists.add("/api/v1/documents?text=" + document.symbol());
				}
				for (String list : lists) {
					String body = send(MockMvcRequestBuilders.get(list), list, viewer).getContentAsString();
					if (list.startsWith("/documents?") && !body.contains(allowed ? ">1 document<" : ">0 documents<")) {
						violations.add(list + " as " + named.getKey() + ": wrong count on the page");
					}
					boolean traced = body.contains(document.id().toString())
							|| (!list.startsWith("/documents?") && body.contains(document.symbol()));
					if (traced != allowed) {
						violations.add(list + " as " + named.getKey() + ": expected " + (allowed ? "" : "no ") + "trace");
					}
					if (list.startsWith("/api") && !body.contains("\"total\":" + (allowed ? 1 : 0))) {
						violations.add(list + " as " + named.getKey() + ": wrong count in " + body);
					}
				}
			}
		}
		assertThat(violations).isEmpty();
	}

	/**
	 * The secretariat is the co-chairs' staff: it prepares their drafts and rounds, so it reads the co-chairs'
	 * private drafts as they do. Everyone else (a participant, an administrator, the public) finds no such text.
	 */
	@Test
	void theSecretariatReadsTheCoChairsPrivateDraftAndNobodyElseDoes() throws Exception {
		UUID draft = negotiatingTexts.create(fixtures.coChair(Institution.UN), new NegotiatingTexts.NewText(
				"GID/MATRIX/PRIVATE/" + UUID.randomUUID().toString().substring(0, 6), "Matrix private draft", null, null,
				Audience.allParticipants(), null)).id();
		List<String> violations = new ArrayList<>();
		for (Map.Entry<String, Viewer> named : viewers.entrySet()) {
			Viewer viewer = named.getValue();
			boolean allowed = viewer.isMediator();
			for (String path : List.of("/texts/" + draft, "/api/v1/texts/" + draft, "/texts/" + draft + "/history",
					"/api/v1/texts/" + draft + "/export?format=akn")) {
				MockHttpServletResponse response = send(MockMvcRequestBuilders.get(path), path, viewer);
				expect(violations, "GET " + path + " as " + named.getKey(), allowed, viewer, path, response.getStatus());
				if (allowed && path.endsWith(draft.toString())
						&& !response.getContentAsString().contains("Matrix private draft")) {
					violations.add("GET " + path + " as " + named.getKey() + ": the draft is not shown");
				}
			}
			if (!allowed && !viewer.isAnonymous()) {
				String list = send(MockMvcRequestBuilders.get("/texts"), "/texts", viewer).getContentAsString();
				if (list.contains("Matrix private draft")) {
					violations.add("GET /texts as " + named.getKey() + ": lists the private draft");
				}
			}
		}
		assertThat(viewers.get("secretariat").isMediator()).isTrue();
		assertThat(violations).isEmpty();
	}

	/**
	 * The matrix's sideline meeting (group A invited): its kind and day are public, its topic only for group A and
	 * the co-chairs and secretariat; group B, an administrator and the public read the round without it.
	 */
	@Test
	void aClosedMeetingsTopicIsForItsInvitedGroupAndTheMediatorsOnly() throws Exception {
		List<String> violations = new ArrayList<>();
		for (Map.Entry<String, Viewer> named : viewers.entrySet()) {
			Viewer viewer = named.getValue();
			boolean told = viewer.isMediator() || viewer.belongsTo(groupA());
			for (String path : List.of("/rounds/" + MEETING_ROUND, "/api/v1/rounds/" + MEETING_ROUND + "/meetings",
					"/api/v1/rounds/" + MEETING_ROUND)) {
				MockHttpServletResponse response = send(MockMvcRequestBuilders.get(path), path, viewer);
				String body = response.getContentAsString();
				if (response.getStatus() != 200 || body.contains("Matrix sideline meeting") != told) {
					violations.add("GET " + path + " as " + named.getKey() + ": " + response.getStatus()
							+ (told ? ", topic missing" : ", topic shown"));
				}
				if (path.startsWith("/api/") && !body.contains("SIDELINE_MEETING")) {
					violations.add("GET " + path + " as " + named.getKey() + ": the meeting itself is missing");
				}
			}
		}
		assertThat(violations).isEmpty();
	}

	private void expect(List<String> violations, String label, boolean allowed, Viewer viewer, String path, int status) {
		boolean api = path.startsWith("/api/");
		if (allowed) {
			if (status == 401 || status == 403 || status == 404 || status >= 500) {
				violations.add(label + ": allowed, but answered " + status);
			}
		}
		else if (viewer.isAnonymous()) {
			boolean needsLogin = path.startsWith("/profile") || path.equals("/documents/new")
					|| path.startsWith("/notifications");
			int expected = api ? 401 : needsLogin ? 302 : 404;
			if (status != expected) {
				violations.add(label + ": anonymous, expected " + expected + " but answered " + status);
			}
		}
		else if (status != 404) {
			violations.add(label + ": not allowed, expected 404 but answered " + status);
		}
	}

	private boolean allowed(Rule rule, Viewer viewer, DocumentDetail document) {
		Predicate<Viewer> mayFile = candidate -> candidate.isMediator() || candidate.isParticipant();
		return switch (rule) {
			case PUBLIC -> true;
			case LOGGED_IN -> !viewer.isAnonymous();
			case ADMIN -> viewer.isAdmin();
			case FILER -> mayFile.test(viewer);
			case MEDIATOR -> viewer.isMediator();
			case PARTICIPANT -> viewer.isParticipant();
			case DOCUMENT -> policy.maySee(viewer, document.audience());
			case REVISER -> policy.maySee(viewer, document.audience()) && policy.mayAssign(viewer, document.audience())
					&& (viewer.isMediator() || viewer.belongsTo(document.authorGroup()));
			// the matrix's meeting is a sideline meeting to which group A (and not group B) is invited
			case MEETING -> viewer.isMediator() || viewer.belongsTo(groupA());
			case MEETING_CHAIR -> viewer.isMediator();
			// Ergneti's groups include group A (GE) and group B (RU)
			case REGISTER -> viewer.isMediator() || viewer.belongsTo(groupA())
					|| viewer.belongsTo(viewers.get("participant of group B").groupId());
			case MEETING_PARTICIPANT -> viewer.belongsTo(groupA());
			case COMMITMENT -> viewer.isMediator() || viewer.belongsTo(groupA());
			case COMMITMENT_SIDE -> viewer.belongsTo(groupA());
			case NOTIFICATION_OWNER -> viewer.equals(viewers.get("participant of group A"));
			case TOKEN_OWNER, CONDITION_HOLDER, FEED_ADDRESS_HOLDER, INVITATION, BASIC, ERROR_PAGE -> false;
		};
	}

	private UUID groupA() {
		return viewers.get("participant of group A").groupId();
	}

	private String idFor(String pattern, DocumentDetail document) {
		if (pattern.startsWith("/api/v1/hotline/activations/") || pattern.startsWith("/mechanisms/{mechanism}/hotline/")) {
			return matrixActivation.toString();
		}
		if (pattern.contains("/board") || pattern.startsWith("/api/v1/meetings/")) {
			return matrixMeeting.toString();
		}
		if (pattern.contains("/rounds/{number}/meetings/") || pattern.contains("/attendance/{id}")) {
			// a meeting of round 5 with attendance, and the first entry recorded in it
			java.util.List<java.util.Map<String, Object>> found = jdbc.sql("SELECT e.meeting_id, e.id FROM attendance_event e"
					+ " JOIN round_meeting m ON m.id = e.meeting_id JOIN round r ON r.id = m.round_id"
					+ " WHERE r.number = 5 AND e.group_id IS NOT NULL AND NOT EXISTS"
					+ " (SELECT 1 FROM attendance_event c WHERE c.corrects = e.id) ORDER BY e.recorded_at, e.id")
				.query()
				.listOfRows();
			return String.valueOf(found.get(0).get(pattern.contains("/meetings/") ? "meeting_id" : "id"));
		}
		if (pattern.startsWith("/commitments/") || pattern.startsWith("/api/v1/commitments/")) {
			return matrixCommitment.toString();
		}
		if (pattern.startsWith("/mechanisms/")) {
			return ergnetiMeeting.toString();
		}
		if (pattern.startsWith("/api/v1/mechanisms/")) {
			return "ERG";
		}
		if (pattern.startsWith("/incidents/") || pattern.startsWith("/api/v1/incidents/")) {
			return matrixIncident;
		}
		if (pattern.contains("/tokens/")) {
			return token.id().toString();
		}
		if (pattern.startsWith("/admin/accounts/")) {
			return targetAccount.toString();
		}
		if (pattern.contains("/notifications/")) {
			// participant A's notification of the matrix text's circulation (their group's stance is awaited)
			return notifications.list(viewers.get("participant of group A"), 0, java.util.Locale.ENGLISH).items().get(0)
				.id().toString();
		}
		if (pattern.startsWith("/terminology/glossary/")) {
			return MATRIX_CONCEPT;
		}
		if (pattern.contains("/formats/scenarios/")) {
			return "round-5-report-title";
		}
		if (pattern.startsWith("/texts/") || pattern.startsWith("/api/v1/texts/")) {
			return matrixText.toString();
		}
		return document.id().toString();
	}

	private int perform(String method, String path, Viewer viewer) throws Exception {
		boolean upload = method.equals("POST") && (path.endsWith("/files") || path.endsWith("/files/EN"));
		AbstractMockHttpServletRequestBuilder<?> request = upload
				? MockMvcRequestBuilders.multipart(path)
					.file(new MockMultipartFile("file", "again.pdf", AttachmentType.PDF.mediaType(), "%PDF-1.4\n".getBytes()))
					.param("language", "EN")
				: MockMvcRequestBuilders.request(HttpMethod.valueOf(method), path);
		if ((path.startsWith("/api/v1/rounds") && !path.endsWith("/accounts") || path.startsWith("/api/v1/terminology")
				|| path.startsWith("/api/v1/formats") || path.startsWith("/api/v1/texts")
				|| path.startsWith("/api/v1/mechanisms") || path.startsWith("/api/v1/incidents")
				|| path.startsWith("/api/v1/commitments"))
				&& (method.equals("POST") || method.equals("PUT"))) {
			// an empty body: what answers is the access decision, then the validation
			((MockHttpServletRequestBuilder) request).contentType("application/json").content("{}");
		}
		if (path.endsWith("/accounts") && path.startsWith("/api/") && method.equals("POST")) {
			((MockHttpServletRequestBuilder) request).contentType("application/json")
				.content("{\"sourceKind\":\"PRESS\",\"outlet\":\"Matrix\",\"summary\":\"s\","
						+ "\"audience\":{\"kind\":\"ALL_PARTICIPANTS\"}}");
		}
		if (path.startsWith("/api/v1/documents") && !upload && (method.equals("POST") || method.equals("PUT"))) {
			// a well-formed document, so that what answers is the access decision, not the validation
			((MockHttpServletRequestBuilder) request).contentType("application/json")
				.content("{\"symbol\":\"GID/MATRIX/API/" + UUID.randomUUID().toString().substring(0, 8)
						+ "\",\"title\":\"t\",\"kind\":\"DRAFT\",\"authorKind\":\"CO_CHAIRS\","
						+ "\"audience\":{\"kind\":\"ALL_PARTICIPANTS\"},\"circulationDate\":\"2026-11-20\",\"version\":0}");
		}
		if (!method.equals("GET")) {
			request.with(csrf());
		}
		return send(request, path, viewer).getStatus();
	}

	/** Sends a request as the viewer: in their login session for pages, with their own token for the API. */
	private MockHttpServletResponse send(AbstractMockHttpServletRequestBuilder<?> request, String path, Viewer viewer)
			throws Exception {
		if (!viewer.isAnonymous()) {
			if (path.startsWith("/api/")) {
				request.header("Authorization", "Bearer " + tokens.get(viewer));
			}
			else {
				request.session(sessions.get(viewer));
			}
		}
		return mvc.perform(request).andReturn().getResponse();
	}

	private void checkBasic(String path, List<String> violations) throws Exception {
		String username = fixtures.account(Role.SECRETARIAT, null, null);
		int good = mvc.perform(MockMvcRequestBuilders.post(path).with(httpBasic(username, Fixtures.PASSWORD)))
			.andReturn().getResponse().getStatus();
		int bad = mvc.perform(MockMvcRequestBuilders.post(path).with(httpBasic(username, "wrong")))
			.andReturn().getResponse().getStatus();
		int none = mvc.perform(MockMvcRequestBuilders.post(path)).andReturn().getResponse().getStatus();
		if (good != 201 || bad != 401 || none != 401) {
			violations.add("POST " + path + ": basic " + good + ", wrong password " + bad + ", none " + none);
		}
	}

	private Set<String> registeredEndpoints() {
		return new TreeSet<>(handlers(context).keySet());
	}

	/**
	 * Every endpoint the application registers ({@code "POST /rounds/{number}/status"}) with the method that
	 * answers it: the registry that the matrix declares and that other tests walk.
	 */
	static Map<String, HandlerMethod> handlers(ApplicationContext context) {
		Map<String, HandlerMethod> endpoints = new java.util.TreeMap<>();
		for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class)
			.values()) {
			mapping.getHandlerMethods().forEach((info, handler) -> {
				Set<String> methods = new TreeSet<>();
				info.getMethodsCondition().getMethods().forEach(method -> methods.add(method.name()));
				if (methods.isEmpty()) {
					methods.add("GET");
				}
				for (String pattern : info.getPatternValues()) {
					for (String method : methods) {
						endpoints.put(method + " " + pattern, handler);
					}
				}
			});
		}
		return endpoints;
	}
}
