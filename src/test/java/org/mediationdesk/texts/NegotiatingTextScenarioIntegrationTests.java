package org.mediationdesk.texts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mediationdesk.Fixtures;
import org.mediationdesk.IntegrationTest;
import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.terminology.TerminologyGate;
import org.mediationdesk.shared.Institution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A non-use-of-force statement walked through three revisions: the co-chairs' draft, rival wordings from
 * two sides, sealed stances then their reveal, a freeze, a reservation lifted, every provision settled, and the
 * text agreed; with what each side may see checked at each step.
 */
@IntegrationTest
class NegotiatingTextScenarioIntegrationTests {

	@Autowired
	NegotiatingTexts texts;

	@Autowired
	org.mediationdesk.texts.TextReading reading;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aStatementOnTheNonUseOfForce() {
		Viewer coChair = fixtures.coChair(Institution.EU);
		Viewer tbilisi = fixtures.participant("GE");
		Viewer moscow = fixtures.participant("RU");
		Viewer sukhum = fixtures.participant("AB");
		Viewer tskhinval = fixtures.participant("SO");
		String symbol = "GID/NUF/" + UUID.randomUUID().toString().substring(0, 6);

		TextView created = texts.create(coChair, new NegotiatingTexts.NewText(symbol, "Joint statement on the non-use of force",
				null, "The participants of the Geneva International Discussions,", Audience.allParticipants(),
				List.of("GE", "RU", "AB", "SO")));
		UUID id = created.id();
		String first = texts.addProvision(coChair, id);
		String second = texts.addProvision(coChair, id);
		assertThat(List.of(first, second)).containsExactly("para_1", "para_2");
		UUID commitment = texts.propose(coChair, id, first, new NegotiatingTexts.NewWording(
				"Reaffirm their commitment not to use force [or the threat of force].", null, null, false));
		UUID arrangements = texts.propose(coChair, id, second, new NegotiatingTexts.NewWording(
				"Support [international] security arrangements along the dividing line.", null, null, false));
		assertThat(texts.circulate(coChair, id)).isEqualTo(1);
		assertThat(counts(reading.text(moscow, id))).as("open provisions, brackets, wordings after Rev. 1")
			.containsExactly(2, 2, 2);

		// rival wordings from two sides, and one confided to the co-chairs
		UUID tbilisiWording = texts.propose(tbilisi, id, second, new NegotiatingTexts.NewWording(
				"Support international security arrangements along the occupation line.", null, "RU", false));
		texts.propose(moscow, id, second, new NegotiatingTexts.NewWording(
				"Respect the state border between the sides.", null, null, false));
		UUID confided = texts.propose(tskhinval, id, second, new NegotiatingTexts.NewWording(
				"Refrain from [any] use of force along the line.", null, null, true));
		assertThat(jdbc.sql("SELECT sponsor FROM text_wording WHERE id = :id").param("id", tbilisiWording)
			.query(String.class).single()).as("a participant proposes for their own group only").isEqualTo("GE");
		assertThat(wordingIds(reading.text(moscow, id), second)).hasSize(3).doesNotContain(confided);
		assertThat(wordingIds(reading.text(tskhinval, id), second)).contains(confided);
		assertThat(wordingIds(reading.text(coChair, id), second)).contains(confided);
		texts.cosponsor(sukhum, id, reading.text(sukhum, id).provisions().get(1).wordings().stream()
			.filter(wording -> wording.sponsor().equals("RU")).findFirst().orElseThrow().id());
		assertThat(reading.text(tbilisi, id).provisions().get(1).wordings()).filteredOn(a -> a.sponsor().equals("RU"))
			.singleElement()
			.satisfies(wording -> assertThat(wording.sponsors()).containsExactly("RU", "AB"));
		assertThatThrownBy(() -> texts.cosponsor(moscow, id, confided)).isInstanceOf(DeskException.NotFound.class);
		assertThat(counts(reading.text(moscow, id))).as("the confided wording and its bracket are not counted for others")
			.containsExactly(2, 2, 4);
		assertThat(counts(reading.text(coChair, id))).containsExactly(2, 3, 5);
		assertThat(texts.circulate(coChair, id)).isEqualTo(2);
		assertThat(reading.findingsInParticipantsWordings(coChair, id).get(tbilisiWording))
			.as("the co-chairs see whose vocabulary a side's wording uses; it is never altered")
			.extracting(org.mediationdesk.terminology.Finding::text)
			.containsExactly("occupation line");

		// sealed stances: each side sees its own, the co-chairs only how many
		texts.state(tbilisi, id, commitment, StanceKind.ACCEPT, null);
		assertThat(stances(reading.text(tbilisi, id), commitment)).containsOnlyKeys("GE");
		assertThat(stances(reading.text(moscow, id), commitment)).isEmpty();
		TextView forCoChairs = reading.text(coChair, id);
		assertThat(stances(forCoChairs, commitment)).isEmpty();
		assertThat(forCoChairs.sealed()).isEqualTo(1);
		assertThat(reading.text(moscow, id).sealed()).as("a group learns nothing of the others' stances").isZero();
		for (Viewer side : List.of(moscow, sukhum, tskhinval)) {
			texts.state(side, id, commitment, StanceKind.CAN_LIVE_WITH, null);
		}
		assertThat(stances(reading.text(moscow, id), commitment)).as("everyone has stated: the stances show")
			.containsOnlyKeys("GE", "RU", "AB", "SO");
		assertThat(reading.text(coChair, id).provisions().get(0).settledBy()).isEqualTo(commitment);
		assertThat(counts(reading.text(moscow, id))).as("provision 1 settled: only provision 2 stays open")
			.containsExactly(1, 1, 3);
		assertThatThrownBy(() -> texts.state(coChair, id, commitment, StanceKind.ACCEPT, null))
			.as("the co-chairs state no stance").isInstanceOf(DeskException.NotFound.class);

		// the third revision goes to capitals: frozen, stances still allowed
		assertThat(texts.circulate(coChair, id)).isEqualTo(3);
		texts.freeze(coChair, id, true);
		assertThatThrownBy(() -> texts.propose(moscow, id, second, new NegotiatingTexts.NewWording("Another wording.",
				null, null, false))).isInstanceOf(DeskException.Conflict.class).hasMessage("texts.notEditable");
		texts.state(tbilisi, id, arrangements, StanceKind.ACCEPT, null);
		texts.state(moscow, id, arrangements, StanceKind.RESERVE, "pending instructions from the capital");
		texts.state(sukhum, id, arrangements, StanceKind.CAN_LIVE_WITH, null);
		assertThat(stances(reading.text(sukhum, id), arrangements)).containsOnlyKeys("AB");
		texts.reveal(coChair, id);
		assertThat(stances(reading.text(sukhum, id), arrangements)).containsOnlyKeys("GE", "RU", "AB");
		texts.state(sukhum, id, arrangements, StanceKind.ACCEPT, null);
		assertThat(stances(reading.text(moscow, id), arrangements)).as("a stance stated after the reveal is sealed again:"
				+ " the others still see the one revealed").containsOnlyKeys("GE", "RU", "AB")
			.extractingByKey("AB").extracting(TextView.StanceView::kind).isEqualTo(StanceKind.CAN_LIVE_WITH);
		assertThat(reading.text(coChair, id).openProvisions()).isEqualTo(1);
		assertThatThrownBy(() -> texts.agree(coChair, id)).isInstanceOf(DeskException.Conflict.class)
			.hasMessage("texts.notSettled");

		// the reservation is lifted and the last side states: every provision settled, the text agreed
		texts.state(moscow, id, arrangements, StanceKind.ACCEPT, null);
		texts.state(tskhinval, id, arrangements, StanceKind.ACCEPT, null);
		TextView settled = reading.text(coChair, id);
		assertThat(settled.settled()).isTrue();
		assertThat(settled.openProvisions()).isZero();
		assertThat(settled.openBrackets()).isZero();
		assertThat(texts.agree(coChair, id).status()).isEqualTo(TextStatus.AGREED_AD_REFERENDUM);
		assertThat(texts.agree(coChair, id).status()).isEqualTo(TextStatus.AGREED);
		assertThatThrownBy(() -> texts.state(moscow, id, arrangements, StanceKind.REJECT, null))
			.isInstanceOf(DeskException.Conflict.class).hasMessage("texts.closed");

		// revisions are snapshots of the tabled wording, without stances or confided wordings
		assertThat(reading.revisions(moscow, id)).containsExactly(1, 2, 3);
		assertThat(wordingIds(reading.revision(moscow, id, 1), second)).containsExactly(arrangements);
		assertThat(wordingIds(reading.revision(coChair, id, 2), second)).hasSize(3).doesNotContain(confided);
		assertThat(reading.revision(coChair, id, 3).provisions()).allSatisfy(provision -> assertThat(provision.wordings())
			.allSatisfy(wording -> assertThat(wording.stances()).isEmpty()));

		// the second revision against the first: the new wordings of provision 2, word by word
		Comparison comparison = reading.compare(moscow, id, 1, 2);
		assertThat(comparison.provisions()).extracting(Comparison.ProvisionChange::eId, Comparison.ProvisionChange::status)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("para_1", Comparison.Status.UNCHANGED),
					org.assertj.core.groups.Tuple.tuple("para_2", Comparison.Status.CHANGED));
		assertThat(comparison.provisions().get(1).words()).filteredOn(words -> words.piece() == Comparison.Piece.ADDED)
			.extracting(Comparison.Words::text)
			.anySatisfy(added -> assertThat(added).contains("occupation line"))
			.noneSatisfy(added -> assertThat(added).contains("use of force along"));

		// who may see the text at all
		assertThatThrownBy(() -> reading.text(Viewer.anonymous(), id)).isInstanceOf(DeskException.NotFound.class);
		assertThatThrownBy(() -> reading.text(fixtures.admin(), id)).isInstanceOf(DeskException.NotFound.class);

		List<String> trail = jdbc.sql("SELECT action FROM audit_entry WHERE object_id = :symbol ORDER BY seq")
			.param("symbol", symbol).query(String.class).list();
		assertThat(trail).startsWith("text.created").contains("text.circulated", "text.stance-stated", "text.revealed",
				"text.frozen", "text.agreed-ad-referendum").endsWith("text.agreed");
		assertThat(trail).filteredOn("text.circulated"::equals).hasSize(3);

		// the history: each side sees its own stances and everyone's public steps, never another's stance
		List<TextHistory.Change> moscowHistory = reading.history(moscow, id, 0).items();
		assertThat(moscowHistory).filteredOn(change -> change.change().equals("stance-stated"))
			.isNotEmpty()
			.allSatisfy(change -> assertThat(change.side()).isEqualTo("RU"));
		assertThat(moscowHistory).filteredOn(change -> change.change().equals("wording-proposed"))
			.extracting(TextHistory.Change::side).as("Tskhinval's wording in confidence is not in Moscow's history, nor"
					+ " the co-chairs' wordings proposed while the text was their private draft")
			.containsExactly("RU", "GE");
		assertThat(reading.history(coChair, id, 0).items()).filteredOn(change -> change.change().equals("stance-stated"))
			.extracting(TextHistory.Change::side)
			.contains("GE", "RU", "AB", "SO");
		assertThat(moscowHistory.get(0).change()).isEqualTo("agreed");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE object_id = :symbol AND detail LIKE '%ACCEPT%'")
			.param("symbol", symbol).query(Integer.class).single()).as("the log does not say what a side stated").isZero();
	}

	@Test
	void refusesToCirculateWhileTheCoChairsOwnWordingTakesASide() {
		Viewer coChair = fixtures.coChair(Institution.UN);
		assertThatThrownBy(() -> texts.create(coChair, new NegotiatingTexts.NewText("GID/HIDDEN/" + UUID.randomUUID()
				.toString().substring(0, 6), "A draft", null, null, Audience.coChairs(), List.of("GE", "RU"))))
			.as("a group whose stance is required must see the text").hasMessage("texts.requiredCannotSee");
		TextView text = texts.create(coChair, new NegotiatingTexts.NewText("GID/GATE/" + UUID.randomUUID().toString()
				.substring(0, 6), "A draft\u00a0with a non-breaking space", null, null, Audience.groupAndCoChairs(
						fixtures.group("RU").id()), List.of("ru")));
		assertThat(text.requiredGroups()).as("group codes as the directory spells them").containsExactly("RU");
		String provision = texts.addProvision(coChair, text.id());
		texts.propose(coChair, text.id(), provision, new NegotiatingTexts.NewWording(
				"Patrols along the occupation line will stop.", null, null, false));
		assertThatThrownBy(() -> texts.circulate(coChair, text.id())).isInstanceOfSatisfying(TerminologyGate.Refused.class,
				refused -> assertThat(refused.blockers()).as("the refusal names the provision and wording at fault")
					.singleElement()
					.satisfies(blocker -> {
						assertThat(blocker.finding().suggestion()).isEqualTo("dividing line");
						assertThat(blocker.place()).isEqualTo(new TerminologyGate.Place("wording", provision, 1, 1));
						assertThat(blocker.language()).isEqualTo(org.mediationdesk.shared.LanguageCode.EN);
					}));
		assertThatThrownBy(() -> texts.propose(coChair, text.id(), provision, new NegotiatingTexts.NewWording(
				"[[[[too deep]]]]", null, null, false))).hasMessage("texts.bracketsTooDeep");
		assertThatThrownBy(() -> texts.propose(coChair, text.id(), provision, new NegotiatingTexts.NewWording(
				"[open", null, null, false))).hasMessage("texts.bracketsUnbalanced");
		assertThatThrownBy(() -> reading.text(fixtures.participant("GE"), text.id()))
			.as("a text for one group and the co-chairs").isInstanceOf(DeskException.NotFound.class);
		assertThat(reading.export(coChair, text.id(), "pdf").content()).as("a PDF despite the non-breaking space")
			.startsWith("%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
	}

	@Test
	void exportsOnlyWhatTheCallerMaySee() throws Exception {
		Viewer coChair = fixtures.coChair(Institution.OSCE);
		TextView text = texts.create(coChair, new NegotiatingTexts.NewText("GID/EXPORT/" + UUID.randomUUID().toString()
				.substring(0, 6), "Statement for export", null, "The participants,", Audience.allParticipants(),
				List.of("GE", "RU", "SO")));
		texts.share(coChair, text.id(), null);
		String provision = texts.addProvision(coChair, text.id());
		texts.propose(coChair, text.id(), provision, new NegotiatingTexts.NewWording(
				"Reaffirm [their] commitment.", null, null, false));
		texts.propose(fixtures.participant("SO"), text.id(), provision, new NegotiatingTexts.NewWording(
				"Confided wording from Tskhinval.", null, null, true));
		texts.circulate(coChair, text.id());
		texts.state(fixtures.participant("GE"), text.id(), reading.text(coChair, text.id()).provisions().get(0).wordings()
			.get(0).id(), StanceKind.REJECT, "sealed reason");
		Viewer moscow = fixtures.participant("RU");

		TextReading.Export docx = reading.export(moscow, text.id(), "docx");
		String word;
		try (org.apache.poi.xwpf.usermodel.XWPFDocument document = new org.apache.poi.xwpf.usermodel.XWPFDocument(
				new java.io.ByteArrayInputStream(docx.content()));
				org.apache.poi.xwpf.extractor.XWPFWordExtractor extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document)) {
			word = extractor.getText();
			assertThat(document.getFootnotes()).isNotEmpty();
			assertThat(document.getHeaderList().get(0).getText()).contains(text.symbol()).contains("Rev. 1");
		}
		assertThat(word).contains("Statement for export", "Reaffirm [their] commitment.")
			.doesNotContain("Confided wording", "sealed reason", "REJECT");

		TextReading.Export pdf = reading.export(moscow, text.id(), "pdf");
		String printed;
		try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.content())) {
			printed = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
		}
		assertThat(printed).contains("Reaffirm [their] commitment.").doesNotContain("Confided wording");

		TextReading.Export akn = reading.export(moscow, text.id(), "akn");
		javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		org.w3c.dom.Document xml = factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(akn.content()));
		assertThat(xml.getDocumentElement().getNamespaceURI()).isEqualTo(TextExports.AKN);
		assertThat(xml.getElementsByTagNameNS(TextExports.AKN, "paragraph").item(0).getAttributes().getNamedItem("eId")
			.getNodeValue()).isEqualTo("para_1");
		assertThat(xml.getElementsByTagNameNS(TextExports.AKN, "blockContainer").getLength()).isEqualTo(1);
		assertThat(new String(reading.export(fixtures.participant("SO"), text.id(), "akn").content(),
				java.nio.charset.StandardCharsets.UTF_8)).as("its sponsor sees the confided wording").contains("Confided wording");
		assertThatThrownBy(() -> reading.export(Viewer.anonymous(), text.id(), "docx")).isInstanceOf(DeskException.NotFound.class);
		assertThatThrownBy(() -> reading.export(moscow, text.id(), "odt")).hasMessage("texts.exportFormat");
	}

	@Test
	void showsRemovedAndMovedProvisionsWhenRevisionsAreCompared() {
		Viewer coChair = fixtures.coChair(Institution.EU);
		TextView text = texts.create(coChair, new NegotiatingTexts.NewText("GID/ORDER/" + UUID.randomUUID().toString()
				.substring(0, 6), "Order", null, null, Audience.allParticipants(), List.of("GE", "RU")));
		for (int p = 1; p <= 3; p++) {
			String eId = texts.addProvision(coChair, text.id());
			texts.propose(coChair, text.id(), eId, new NegotiatingTexts.NewWording("Wording " + p + ".", null, null, false));
		}
		texts.circulate(coChair, text.id());
		texts.rearrange(coChair, text.id(), "para_3", NegotiatingTexts.Rearrangement.UP);
		texts.rearrange(coChair, text.id(), "para_1", NegotiatingTexts.Rearrangement.REMOVE);
		assertThatThrownBy(() -> texts.rearrange(coChair, text.id(), "para_3", NegotiatingTexts.Rearrangement.UP)).hasMessage("texts.cannotMove");
		assertThat(texts.addProvision(coChair, text.id())).as("ids are never given again").isEqualTo("para_4");
		texts.circulate(coChair, text.id());
		assertThat(reading.text(coChair, text.id()).provisions()).extracting(TextView.ProvisionView::eId)
			.containsExactly("para_3", "para_2", "para_4");
		Comparison comparison = reading.compare(fixtures.participant("GE"), text.id(), 1, 2);
		assertThat(comparison.provisions()).extracting(Comparison.ProvisionChange::eId, Comparison.ProvisionChange::status)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("para_3", Comparison.Status.UNCHANGED),
					org.assertj.core.groups.Tuple.tuple("para_2", Comparison.Status.UNCHANGED),
					org.assertj.core.groups.Tuple.tuple("para_4", Comparison.Status.ADDED),
					org.assertj.core.groups.Tuple.tuple("para_1", Comparison.Status.DELETED));
		assertThat(comparison.provisions()).as("two provisions swapped: one of them moved, not both")
			.filteredOn(Comparison.ProvisionChange::moved)
			.hasSize(1);
		assertThatThrownBy(() -> texts.propose(coChair, text.id(), "para_1", new NegotiatingTexts.NewWording("Late.",
				null, null, false))).as("a removed provision takes no wording").isInstanceOf(DeskException.NotFound.class);
		assertThatThrownBy(() -> texts.rearrange(fixtures.participant("GE"), text.id(), "para_2", NegotiatingTexts.Rearrangement.UP))
			.isInstanceOf(DeskException.NotFound.class);
		assertThat(reading.findingsInParticipantsWordings(coChair, text.id())).isEmpty();
	}

	/** Open provisions, brackets and wordings, as the page shows them. */
	private static List<Integer> counts(TextView text) {
		return List.of(text.openProvisions(), text.openBrackets(), text.openWordings());
	}

	private static List<UUID> wordingIds(TextView text, String eId) {
		return text.provisions().stream().filter(p -> p.eId().equals(eId)).findFirst().orElseThrow().wordings()
			.stream().map(TextView.WordingView::id).toList();
	}

	private static java.util.Map<String, TextView.StanceView> stances(TextView text, UUID wording) {
		return text.provisions().stream().flatMap(p -> p.wordings().stream()).filter(a -> a.id().equals(wording))
			.findFirst().orElseThrow().stances();
	}
}
