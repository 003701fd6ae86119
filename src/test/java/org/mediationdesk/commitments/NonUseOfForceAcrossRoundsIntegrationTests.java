package org.mediationdesk.commitments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.mediationdesk.Fixtures;
import org.mediationdesk.IntegrationTest;
import org.mediationdesk.communique.Communiques;
import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.process.RoundAction;
import org.mediationdesk.process.RoundManagement;
import org.mediationdesk.shared.Institution;
import org.mediationdesk.shared.LanguageCode;
import org.mediationdesk.terminology.TerminologyGate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The non-use-of-force demand across six rounds: raised in the first, stalled in the next three, agreed pending
 * confirmation in the fifth (a step kept from the public), fulfilled in the sixth. After each round, the next
 * round's page, the round's communiqué draft, the co-chairs' home, each side's home and the public timeline show
 * what they should: the public never the step kept from it, a side whose group the commitment does not name never
 * it on its home, and nothing once it is fulfilled.
 */
@IntegrationTest
class NonUseOfForceAcrossRoundsIntegrationTests {

	private static final List<CommitmentStatus> PATH = List.of(CommitmentStatus.RAISED, CommitmentStatus.STALLED,
			CommitmentStatus.STALLED, CommitmentStatus.STALLED, CommitmentStatus.AGREED_PENDING_CONFIRMATION,
			CommitmentStatus.FULFILLED);

	@Autowired
	Commitments commitments;

	@Autowired
	CommitmentViews views;

	@Autowired
	RoundManagement rounds;

	@Autowired
	Communiques communiques;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MockMvc mvc;

	@Test
	void aDemandRaisedStalledAgreedPendingConfirmationAndFulfilledShowsRightAtEveryRound() throws Exception {
		Viewer coChair = fixtures.coChair(Institution.OSCE);
		Viewer tbilisi = fixtures.participant("GE");
		Viewer moscow = fixtures.participant("RU");
		Viewer sukhumi = fixtures.participant("AB");
		String title = "Joint statement on the non-use of force " + System.nanoTime();
		LocalDate day = LocalDate.of(2026, 1, 5);
		int number = rounds.convene(coChair, day, null, null, false).number();
		List<Integer> numbers = new ArrayList<>();
		String id = null;
		int keptRound = -1;
		for (int step = 0; step < PATH.size(); step++) {
			rounds.change(coChair, number, RoundAction.MARK_HELD, null);
			numbers.add(number);
			CommitmentStatus status = PATH.get(step);
			boolean keptFromPublic = status == CommitmentStatus.AGREED_PENDING_CONFIRMATION;
			String note = "Round " + (step + 1) + ": the participants discussed the statement.";
			if (step == 0) {
				id = commitments.record(coChair, new NewCommitment(title, "Совместное заявление о неприменении силы",
						null, "A joint statement on the non-use of force by the participants.", null, null,
						new Makers(List.of("GE", "RU"), false, null), new CommitmentSource(SourceKind.ROUND_DECISION, number,
								null, null), Audience.everyone(), new NewProgress(number, status, note, null, null)),
						LanguageCode.EN).id().toString();
				readings(id, tbilisi, moscow);
			}
			else {
				commitments.progress(coChair, id, new NewProgress(number, status, note, null, null, keptFromPublic, null),
						LanguageCode.EN);
			}
			keptRound = keptFromPublic ? number : keptRound;
			day = day.plusDays(7);
			int next = rounds.convene(coChair, day, null, null, false).number();
			checkNextRound(next, id, status, keptFromPublic, coChair);
			checkCommunique(coChair, number, title, status, keptFromPublic);
			checkHomes(id, status, coChair, tbilisi, moscow, sukhumi);
			checkTimeline(id, numbers, keptRound, coChair);
			number = next;
		}
		assertThat(views.commitment(Viewer.anonymous(), id, LanguageCode.EN).steps()).extracting(CommitmentView.Step::status)
			.containsExactly(CommitmentStatus.RAISED, CommitmentStatus.STALLED, CommitmentStatus.STALLED,
					CommitmentStatus.STALLED, CommitmentStatus.FULFILLED);
		String closed = id;
		int after = number;
		assertThatThrownBy(() -> commitments.progress(coChair, closed, new NewProgress(after, CommitmentStatus.IN_PROGRESS,
				"n", null, null), LanguageCode.EN)).hasFieldOrPropertyWithValue("code", "commitments.closed");
		// a note that takes a side never goes out: the terminology gate refuses it before anything is recorded
		String other = commitments.record(coChair, new NewCommitment("Freedom of movement " + System.nanoTime(), null, null,
				"The crossings stay open.", null, null, new Makers(List.of("SO"), false, null), new CommitmentSource(
						SourceKind.ROUND_DECISION, numbers.get(0), null, null), Audience.everyone(), new NewProgress(numbers.get(0),
								CommitmentStatus.RAISED, "The question was raised.", null, null)), LanguageCode.EN).id().toString();
		assertThatThrownBy(() -> commitments.progress(coChair, other, new NewProgress(after, CommitmentStatus.IN_PROGRESS,
				"The situation in the Tskhinvali region was discussed.", null, null), LanguageCode.EN))
			.isInstanceOf(TerminologyGate.Refused.class);
		assertThat(views.commitment(coChair, other, LanguageCode.EN).steps()).hasSize(1);
	}

	private void readings(String id, Viewer tbilisi, Viewer moscow) throws Exception {
		commitments.read(tbilisi, id, new NewReading("Our pledge of 2010 stands; a reciprocal one is awaited."),
				LanguageCode.EN);
		mvc.perform(MockMvcRequestBuilders.post("/commitments/" + id + "/readings").param("text",
				"A legally binding agreement with guarantees is needed.")
			.with(authentication(Fixtures.authentication(moscow)))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()));
		Document page = page("/commitments/" + id, moscow);
		assertThat(page.select("#reading-list [data-side]").eachAttr("data-side")).containsExactly("GE", "RU");
		assertThat(page.select("#reading-list").text()).contains("Our pledge of 2010 stands", "legally binding");
	}

	/** The next round's page lists it as open, with its status as it came and the rounds that carried it. */
	private void checkNextRound(int next, String id, CommitmentStatus status, boolean keptFromPublic, Viewer coChair)
			throws Exception {
		for (Viewer viewer : List.of(Viewer.anonymous(), coChair)) {
			Document page = page("/rounds/" + next, viewer);
			Element open = link(page.select("#round-commitments-open"), id);
			CommitmentStatus seen = viewer.isAnonymous() && keptFromPublic ? CommitmentStatus.STALLED : status;
			if (!seen.open()) {
				assertThat(open).as("fulfilled: no longer open on round %d", next).isNull();
				continue;
			}
			assertThat(open).as("open on round %d as %s: %s", next, viewer.username(), page.select("main").html()).isNotNull();
			assertThat(open.parent().text()).contains(label(seen));
		}
	}

	/** The communiqué draft of the round has the commitment's sentence, unless the step is kept from the public. */
	private void checkCommunique(Viewer coChair, int number, String title, CommitmentStatus status, boolean keptFromPublic) {
		communiques.draft(coChair, number);
		String english = communiques.current(coChair, number).texts().get(LanguageCode.EN);
		String russian = communiques.current(coChair, number).texts().get(LanguageCode.RU);
		if (keptFromPublic) {
			assertThat(english).doesNotContain(title);
			return;
		}
		String sentence = switch (status) {
			case RAISED -> "The question of “" + title + "” was raised.";
			case STALLED -> "The participants discussed “" + title + "” without reaching a common understanding.";
			case FULFILLED -> "The co-chairs welcomed that “" + title + "” has been fulfilled.";
			default -> throw new IllegalStateException(status.name());
		};
		assertThat(english).contains(sentence);
		String paragraph = java.util.Arrays.stream(english.split("\n\n")).filter(p -> p.contains(title)).findFirst()
			.orElseThrow();
		assertThat(paragraph).as("a sentence of the bundles, no placeholder").doesNotContain("[", "{");
		assertThat(russian).contains("«Совместное заявление о неприменении силы»");
	}

	/** The co-chairs' home and the homes of the sides it names list it while it is open; another side's never. */
	private void checkHomes(String id, CommitmentStatus status, Viewer coChair, Viewer tbilisi, Viewer moscow,
			Viewer sukhumi) throws Exception {
		Document home = page("/", coChair);
		assertThat(link(home.select("#open-commitment-list"), id) != null).isEqualTo(status.open());
		if (status.pendingConfirmation()) {
			assertThat(home.select("#pending-confirmations").text()).doesNotStartWith("None");
		}
		for (Viewer side : List.of(tbilisi, moscow)) {
			Element mine = link(page("/", side).select("#group-commitment-list"), id);
			assertThat(mine).as("on the home of %s", side.username()).isNotNull();
			assertThat(mine.parent().text()).contains(label(status));
		}
		assertThat(link(page("/", sukhumi).select("#group-commitments"), id)).isNull();
	}

	/** The public timeline shows only the public steps (the one kept from it, never); the co-chairs' every step. */
	private void checkTimeline(String id, List<Integer> numbers, int hiddenRound, Viewer coChair) throws Exception {
		Element publicRow = row(page("/commitments/timeline", Viewer.anonymous()), id);
		Element fullRow = row(page("/commitments/timeline", coChair), id);
		List<String> all = numbers.stream().map(String::valueOf).toList();
		List<String> shown = numbers.stream().filter(n -> n != hiddenRound).map(String::valueOf).toList();
		assertThat(fullRow.select("[data-round]").eachAttr("data-round")).containsExactlyElementsOf(all);
		assertThat(publicRow.select("[data-round]").eachAttr("data-round")).containsExactlyElementsOf(shown);
	}

	private Element row(Document page, String id) {
		Element row = page.selectFirst("#commitment-timeline g[data-commitment=" + id + "]");
		assertThat(row).isNotNull();
		return row;
	}

	private static Element link(org.jsoup.select.Elements within, String id) {
		return within.select("a[href=/commitments/" + id + "]").first();
	}

	private static String label(CommitmentStatus status) {
		return switch (status) {
			case RAISED -> "Raised";
			case STALLED -> "Stalled";
			case AGREED_PENDING_CONFIRMATION -> "Agreed, pending confirmation";
			case FULFILLED -> "Fulfilled";
			default -> throw new IllegalStateException(status.name());
		};
	}

	private Document page(String path, Viewer viewer) throws Exception {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.get(path).param("lang", "en");
		if (!viewer.isAnonymous()) {
			request.with(authentication(Fixtures.authentication(viewer)));
		}
		var response = mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).as("GET %s", path).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}
}
