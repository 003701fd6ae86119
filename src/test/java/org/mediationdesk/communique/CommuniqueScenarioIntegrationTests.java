package org.mediationdesk.communique;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.mediationdesk.Fixtures;
import org.mediationdesk.IntegrationTest;
import org.mediationdesk.attendance.AttendanceKind;
import org.mediationdesk.attendance.AttendanceRecord;
import org.mediationdesk.identity.Role;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.participants.GroupView;
import org.mediationdesk.participants.ParticipantDirectory;
import org.mediationdesk.process.RoundPart;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.Institution;
import org.mediationdesk.shared.LanguageCode;
import org.mediationdesk.shared.PublicEntries;
import org.mediationdesk.shared.PublicEntry;
import org.mediationdesk.terminology.TerminologyGate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A round ends: from the record of the round to the draft, edits in three languages, a refusal by the terminology
 * gate, three approvals, an edit that withdraws them, approvals again, an embargo, a publication exactly once by the
 * job (two runs at once), the communiqué public on its page and in the API in English and Russian, and a correction.
 */
@IntegrationTest
class CommuniqueScenarioIntegrationTests {

	/** The round of the reference record whose communiqué this story writes (it has a walkout in Working Group II). */
	static final int ROUND = 64;

	@Autowired
	Communiques communiques;

	@Autowired
	PublicationJob job;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	List<PublicEntries> publicEntries;

	@Autowired
	List<RoundPart> roundParts;

	@Autowired
	AttendanceRecord attendance;

	@Autowired
	ParticipantDirectory directory;

	@Test
	void aRoundEndsWithItsCommuniquePublishedOnceAndCorrectedAfter() throws Exception {
		Viewer eu = fixtures.viewer(Role.CO_CHAIR, Institution.EU, null);
		Viewer un = fixtures.viewer(Role.CO_CHAIR, Institution.UN, null);
		Viewer osce = fixtures.viewer(Role.CO_CHAIR, Institution.OSCE, null);
		Viewer secretariat = fixtures.viewer(Role.SECRETARIAT, null, null);
		Viewer participant = fixtures.viewer(Role.PARTICIPANT, null, "GE");
		Viewer anonymous = Viewer.anonymous();

		// the record of the round → the draft, with one action (by the secretariat), in three languages
		CommuniqueView draft = communiques.draft(secretariat, ROUND);
		assertThat(draft.status()).isEqualTo(CommuniqueStatus.DRAFT);
		assertThat(draft.texts()).containsOnlyKeys(LanguageCode.EN, LanguageCode.RU, LanguageCode.KA);
		assertThat(draft.text(LanguageCode.EN)).contains("Round 64", "Working Group I", "Working Group II",
				"some participants walked out before the item", "Incident Prevention and Response Mechanisms");
		assertThat(draft.text(LanguageCode.RU)).contains("Раунд 64", "некоторые участники покинули заседание");
		assertThat(draft.text(LanguageCode.KA)).contains("ზოგიერთმა მონაწილემ");
		assertThatThrownBy(() -> communiques.draft(eu, ROUND)).isInstanceOf(DeskException.Conflict.class);

		// a draft is the co-chairs' and the secretariat's: 404 for the participants and the public
		assertThatThrownBy(() -> communiques.current(participant, ROUND)).isInstanceOf(DeskException.NotFound.class);
		assertThatThrownBy(() -> communiques.current(anonymous, ROUND)).isInstanceOf(DeskException.NotFound.class);
		mvc.perform(get("/rounds/" + ROUND + "/communique")).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/rounds/" + ROUND + "/communique")).andExpect(status().isNotFound());
		assertThat(part().of(anonymous, ROUND, LanguageCode.EN)).isNull();
		assertThat(((CommuniqueSummary) part().of(eu, ROUND, LanguageCode.EN)).published()).isNull();

		// edits in three languages; Georgian first emptied: missing, never English in its place
		communiques.edit(eu, ROUND, LanguageCode.KA, "  ", null);
		assertThat(communiques.current(eu, ROUND).missing()).containsExactly(LanguageCode.KA);
		String english = "Round 64 of the discussions was held in Geneva on 25 and 26 June 2025.\n\n"
				+ "In Working Group II, some participants walked out before the item on displaced persons could be"
				+ " addressed.\n\nThe participants agreed to hold the next round in the autumn.";
		communiques.edit(eu, ROUND, LanguageCode.EN, english + "\n\nThe situation in the Tskhinvali region was discussed.",
				null);
		communiques.edit(un, ROUND, LanguageCode.RU, "Раунд 64 дискуссий состоялся в Женеве.\n\n"
				+ "Участники договорились провести следующий раунд осенью.", null);
		communiques.edit(osce, ROUND, LanguageCode.KA, "დისკუსიების რაუნდი 64 გაიმართა ჟენევაში.", null);

		// a blocker refused: the gate names the passage and its neutral form
		assertThatThrownBy(() -> communiques.approve(eu, ROUND, null)).isInstanceOfSatisfying(TerminologyGate.Refused.class,
				refused -> {
					assertThat(refused.blockers()).isNotEmpty();
					TerminologyGate.Blocker blocker = refused.blockers().get(0);
					assertThat(blocker.language()).isEqualTo(LanguageCode.EN);
					assertThat(blocker.place().provisionNumber()).isEqualTo(4);
					assertThat(blocker.finding().text()).isEqualTo("Tskhinvali region");
					assertThat(blocker.finding().suggestion()).isNotBlank();
				});
		MvcResult refusal = mvc.perform(post("/rounds/" + ROUND + "/communique/approvals")
			.with(authentication(Fixtures.authentication(eu))).with(csrf())).andReturn();
		assertThat(refusal.getFlashMap().get("gate")).as("the page shows the blockers").isNotNull();
		communiques.edit(eu, ROUND, LanguageCode.EN, english, null);

		// the English changed after the Russian and Georgian versions were written: both are to be brought up to date,
		// and nothing is approved until a co-chair confirms them
		assertThat(communiques.current(eu, ROUND).outOfDate()).containsExactly(LanguageCode.RU, LanguageCode.KA);
		assertThatThrownBy(() -> communiques.approve(eu, ROUND, null)).isInstanceOf(DeskException.Conflict.class)
			.hasMessage("communique.versionsOutOfDate");
		communiques.confirmVersion(un, ROUND, LanguageCode.RU);
		communiques.confirmVersion(osce, ROUND, LanguageCode.KA);
		assertThat(communiques.current(eu, ROUND).outOfDate()).isEmpty();

		// three approvals of the exact text, each with its SHA-256
		String hash = communiques.current(eu, ROUND).sha256();
		assertThatThrownBy(() -> communiques.publish(eu, ROUND, null)).isInstanceOf(DeskException.Conflict.class)
			.hasMessage("communique.approvalsMissing");
		communiques.approve(eu, ROUND, hash);
		assertThatThrownBy(() -> communiques.approve(eu, ROUND, hash)).isInstanceOf(DeskException.Conflict.class);
		assertThatThrownBy(() -> communiques.approve(secretariat, ROUND, hash)).isInstanceOf(DeskException.Invalid.class);
		communiques.approve(un, ROUND, hash);
		CommuniqueView approved = communiques.approve(osce, ROUND, hash);
		assertThat(approved.missingApprovals()).isEmpty();
		assertThat(approved.activeApprovals()).extracting(CommuniqueView.ApprovalView::sha256).containsOnly(hash);
		assertThat(auditDetails("communique.approved")).anyMatch(detail -> detail.contains("sha256 " + hash));

		// an edit withdraws them; those who had approved are shown it
		communiques.edit(un, ROUND, LanguageCode.RU, "Раунд 64 дискуссий состоялся в Женеве 25 и 26 июня 2025 года.\n\n"
				+ "Участники договорились провести следующий раунд осенью.", null);
		CommuniqueView edited = communiques.current(eu, ROUND);
		assertThat(edited.activeApprovals()).isEmpty();
		assertThat(edited.missingApprovals()).containsExactlyInAnyOrder(Institution.values());
		assertThat(communiques.page(eu, ROUND).withdrawn()).isNotNull();
		assertThat(communiques.page(secretariat, ROUND).withdrawn()).isNull();
		String page = mvc.perform(get("/rounds/" + ROUND + "/communique").with(authentication(Fixtures.authentication(eu))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"withdrawn\"", "data-confirm=");
		assertThat(auditDetails("communique.approvalsWithdrawn")).anyMatch(detail -> detail.contains(eu.username())
				&& detail.contains(un.username()) && detail.contains(osce.username()));
		assertThatThrownBy(() -> communiques.approve(eu, ROUND, hash)).as("the text read is no longer the text")
			.isInstanceOf(DeskException.Stale.class);

		// shared with the participants for information: they read it; the public still does not
		communiques.share(eu, ROUND);
		assertThat(communiques.current(participant, ROUND).approvals()).as("approvals are the co-chairs'").isEmpty();
		assertThatThrownBy(() -> communiques.current(anonymous, ROUND)).isInstanceOf(DeskException.NotFound.class);

		// approvals again, then an embargo
		String again = communiques.current(eu, ROUND).sha256();
		for (Viewer coChair : List.of(osce, eu, un)) {
			communiques.approve(coChair, ROUND, again);
		}
		assertThatThrownBy(() -> communiques.publish(eu, ROUND, clock.instant().minusSeconds(60)))
			.isInstanceOf(DeskException.Invalid.class);
		// a whole millisecond: the databases keep microseconds and may round the last digit of a finer time
		Instant embargo = clock.instant().plus(Duration.ofMillis(400)).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
		CommuniqueView embargoed = communiques.publish(eu, ROUND, embargo);
		assertThat(embargoed.status()).isEqualTo(CommuniqueStatus.EMBARGOED);
		job.publishDue();
		assertThat(communiques.current(eu, ROUND).status()).as("not before its time").isEqualTo(CommuniqueStatus.EMBARGOED);
		while (!clock.instant().isAfter(embargo)) {
			Thread.sleep(50); // waits for the embargo time to pass; nothing is asserted about how long it took
		}

		// two runs of the job at once (as on two nodes): published exactly once, under the job's lock
		long before = auditDetails("communique.published").size();
		atOnce(() -> {
			job.publishDue();
			return 0;
		});
		job.publishDue();
		assertThat(auditDetails("communique.published")).hasSize((int) before + 1);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM shedlock WHERE name = :name").param("name", PublicationJob.LOCK)
			.query(Long.class).single()).as("the job ran under ShedLock's lock").isEqualTo(1);
		CommuniqueView published = communiques.current(anonymous, ROUND);
		assertThat(published.status()).isEqualTo(CommuniqueStatus.PUBLISHED);
		assertThat(published.published()).isEqualTo(embargo.truncatedTo(java.time.temporal.ChronoUnit.MICROS));
		assertThat(published.approvals()).isEmpty();
		assertThatThrownBy(() -> communiques.edit(eu, ROUND, LanguageCode.EN, "Changed.", null))
			.isInstanceOf(DeskException.Conflict.class);

		// visible on the page and in the API, in English and Russian
		String publicEn = mvc.perform(get("/rounds/" + ROUND + "/communique").param("lang", "en"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(publicEn).contains("some participants walked out before the item on displaced persons")
			.doesNotContain("id=\"versions\"", "id=\"approvals\"");
		String publicRu = mvc.perform(get("/rounds/" + ROUND + "/communique").param("lang", "ru"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(publicRu).contains("Раунд 64 дискуссий состоялся в Женеве 25 и 26 июня 2025 года.");
		String api = mvc.perform(get("/api/v1/rounds/" + ROUND + "/communique")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(api).contains("\"status\":\"PUBLISHED\"", "Round 64 of the discussions", "Раунд 64 дискуссий");
		assertThat(((CommuniqueSummary) part().of(anonymous, ROUND, LanguageCode.RU)).paragraphs()).first().asString().startsWith("Раунд 64");
		assertThat(publicEntries.stream().flatMap(entries -> entries.publicEntries().stream())
			.filter(entry -> entry.kind().equals("communique") && entry.path().startsWith("/rounds/64/")))
			.singleElement()
			.satisfies(entry -> assertThat(entry.texts()).containsKeys(LanguageCode.EN, LanguageCode.RU, LanguageCode.KA));

		// exports: PDF with its letters embedded, Akoma Ntoso valid against the OASIS schema, in each language
		String printed;
		byte[] pdf = mvc.perform(get("/rounds/" + ROUND + "/communique/export").param("format", "pdf").param("language", "ka"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			printed = new PDFTextStripper().getText(document);
		}
		assertThat(printed).contains("ჟენევაში");
		Path schema = Path.of("target", "akn", "xsd", "akomantoso30.xsd");
		javax.xml.validation.Validator validator = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
			.newSchema(schema.toFile())
			.newValidator();
		for (LanguageCode language : LanguageCode.values()) {
			byte[] akn = mvc.perform(get("/api/v1/rounds/" + ROUND + "/communique/export").param("format", "akn")
				.param("language", language.name().toLowerCase(Locale.ROOT))).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsByteArray();
			validator.validate(new StreamSource(new ByteArrayInputStream(akn)));
			assertThat(new String(akn, StandardCharsets.UTF_8)).contains("<statement name=\"communique\"");
		}

		// a correction after: a new dated edition that says what it corrects; both stay public
		CommuniqueView correction = communiques.correct(un, ROUND);
		assertThat(correction.edition()).isEqualTo(2);
		assertThat(correction.corrects()).isEqualTo(1);
		assertThat(correction.text(LanguageCode.EN)).startsWith("This version").contains("corrects the communiqué");
		communiques.edit(un, ROUND, LanguageCode.EN, "This version corrects the date of the next round.\n\n" + english,
				null);
		// the Russian still says "[укажите, что исправлено]": refused, naming it; the Georgian is withdrawn from it
		assertThatThrownBy(() -> communiques.approve(eu, ROUND, null)).isInstanceOfSatisfying(Unfinished.class,
				refused -> assertThat(refused.placeholders()).extracting(CommuniqueView.Placeholder::language)
					.containsExactly(LanguageCode.RU, LanguageCode.KA));
		String russian = communiques.current(un, ROUND).text(LanguageCode.RU);
		communiques.edit(un, ROUND, LanguageCode.RU, russian.replace("[укажите, что исправлено]",
				"исправлена дата следующего раунда"), null);
		communiques.withdrawVersion(osce, ROUND, LanguageCode.KA);
		String corrected = communiques.current(un, ROUND).sha256();
		for (Viewer coChair : List.of(eu, un, osce)) {
			communiques.approve(coChair, ROUND, corrected);
		}
		communiques.publish(osce, ROUND, null);
		assertThat(communiques.published(anonymous, ROUND)).extracting(CommuniqueView::edition).containsExactly(2, 1);
		String both = mvc.perform(get("/rounds/" + ROUND + "/communique").param("lang", "en"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(both).contains("id=\"edition-1\"", "id=\"edition-2\"", "This version corrects the date of the next round.");
		String georgian = mvc.perform(get("/rounds/" + ROUND + "/communique").param("lang", "ka"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(georgian).as("the correction has no Georgian version, and says so")
			.contains("id=\"withdrawn-2\"", "ამ რედაქციას არ აქვს ვერსია ენაზე „ქართული“").doesNotContain("id=\"withdrawn-1\"");
		assertThat(communiques.current(anonymous, ROUND).edition()).isEqualTo(2);
	}

	@Test
	void theWalkoutSentenceNeverNamesASideInTheReferenceRecord() {
		Viewer coChair = fixtures.viewer(Role.CO_CHAIR, Institution.EU, null);
		List<String> names = new ArrayList<>();
		List<String> codes = new ArrayList<>();
		for (GroupView group : directory.allGroups()) {
			for (LanguageCode language : LanguageCode.values()) {
				names.add(group.label(language));
			}
			codes.add(group.code());
		}
		names.addAll(List.of("Tbilisi", "Moscow", "Sukhum", "Tskhinval", "Washington", "Тбилиси", "Москв", "Сухум",
				"Цхинвал", "თბილის", "მოსკოვ", "სოხუმ", "ცხინვალ"));
		int rounds = 0;
		for (int number = 1; number <= 64; number++) {
			boolean walkout = attendance.forRound(coChair, number, LanguageCode.EN)
				.stream()
				.anyMatch(line -> line.kind() == AttendanceKind.WALKED_OUT);
			if (!walkout) {
				continue;
			}
			rounds++;
			for (LanguageCode language : LanguageCode.values()) {
				List<String> sentences = new RecordSectionsProbe(communiques).walkouts(number, language);
				assertThat(sentences).as("round %d in %s", number, language).isNotEmpty();
				for (String sentence : sentences) {
					for (String name : names) {
						assertThat(sentence).as("round %d in %s", number, language).doesNotContainIgnoringCase(name);
					}
					for (String code : codes) {
						assertThat(sentence).as("round %d in %s", number, language).doesNotContainPattern("\\b" + code + "\\b");
					}
				}
			}
		}
		assertThat(rounds).as("the reference record has rounds with walkouts").isPositive();
	}

	@Test
	void twoRunsAtOnceWithoutTheLockStillPublishOnce() throws Exception {
		int round = 62;
		Viewer eu = fixtures.viewer(Role.CO_CHAIR, Institution.EU, null);
		CommuniqueDrafts.draftReady(communiques, eu, round);
		String hash = communiques.current(eu, round).sha256();
		for (Institution institution : Institution.values()) {
			communiques.approve(fixtures.coChair(institution), round, hash);
		}
		Instant embargo = clock.instant().plus(Duration.ofMillis(200));
		communiques.publish(eu, round, embargo);
		while (!clock.instant().isAfter(embargo)) {
			Thread.sleep(50); // waits for the embargo time to pass; nothing is asserted about how long it took
		}
		// the conditional update alone: of two runs at once, one publishes it
		assertThat(atOnce(communiques::publishDue)).isEqualTo(1);
		assertThat(communiques.current(Viewer.anonymous(), round).status()).isEqualTo(CommuniqueStatus.PUBLISHED);
		assertThat(communiques.publishDue()).isZero();
	}

	/** Runs the work twice at the same moment, on two threads, and answers the sum of what both runs answered. */
	private static int atOnce(Callable<Integer> work) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<Integer>> runs = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				runs.add(pool.submit(() -> {
					start.await();
					return work.call();
				}));
			}
			start.countDown();
			return runs.get(0).get() + runs.get(1).get();
		}
		finally {
			pool.shutdown();
		}
	}

	/** The walkout sentences of a round's draft: the paragraph that the walkout section writes. */
	record RecordSectionsProbe(Communiques communiques) {

		List<String> walkouts(int number, LanguageCode language) {
			String marker = switch (language) {
				case EN -> "some participants walked out";
				case RU -> "некоторые участники покинули";
				case KA -> "ზოგიერთმა მონაწილემ";
			};
			return communiques.fromRecord(number, language).stream().filter(paragraph -> paragraph.contains(marker)).toList();
		}
	}

	private RoundPart part() {
		return roundParts.stream().filter(part -> part.name().equals("communique")).findFirst().orElseThrow();
	}

	private List<String> auditDetails(String action) {
		return jdbc.sql("SELECT detail FROM audit_entry WHERE action = :action").param("action", action)
			.query(String.class).list();
	}
}
