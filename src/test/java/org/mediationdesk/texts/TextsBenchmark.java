package org.mediationdesk.texts;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.mediationdesk.MediationDeskApplication;
import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.identity.Role;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.participants.ParticipantDirectory;
import org.mediationdesk.shared.Institution;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A negotiating text of 200 provisions with 4 wordings each and 6 groups' stances on every wording:
 * the compiled view with its stance matrix, a Word export, and the comparison of two revisions that differ in
 * 20 provisions, each timed warm. Runs the application on an in-memory database. Run with
 * {@code bench/texts.sh}.
 */
public final class TextsBenchmark {

	private TextsBenchmark() {
	}

	public static void main(String[] args) {
		try (ConfigurableApplicationContext context = SpringApplication.run(MediationDeskApplication.class,
				"--spring.datasource.url=jdbc:h2:mem:texts-bench;MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
				"--mediationdesk.reference-record=false", "--mediationdesk.demo-accounts=false", "--server.port=0",
				"--logging.level.root=WARN")) {
			NegotiatingTexts texts = context.getBean(NegotiatingTexts.class);
			TextReading reading = context.getBean(TextReading.class);
			ParticipantDirectory directory = context.getBean(ParticipantDirectory.class);
			Viewer coChair = new Viewer(UUID.randomUUID(), "bench-co-chair", Role.CO_CHAIR, Institution.EU, null);
			List<String> groups = List.of("GE", "RU", "US", "AB", "SO", "TB-AB");
			List<Viewer> sides = groups.stream()
				.map(code -> new Viewer(UUID.randomUUID(), "bench-" + code, Role.PARTICIPANT, null,
						directory.groupByCode(code).orElseThrow().id()))
				.toList();
			long start = System.nanoTime();
			UUID id = texts.create(coChair, new NegotiatingTexts.NewText("BENCH/1", "A long statement", null, "The participants,",
					Audience.allParticipants(), groups)).id();
			texts.share(coChair, id, null);
			List<String> provisions = new ArrayList<>();
			List<UUID> wordings = new ArrayList<>();
			for (int p = 0; p < 200; p++) {
				String eId = texts.addProvision(coChair, id);
				provisions.add(eId);
				for (int a = 0; a < 4; a++) {
					wordings.add(texts.propose(coChair, id, eId, new NegotiatingTexts.NewWording("Provision " + p
							+ ", wording " + a + ": the participants [reaffirm] their commitment to [the] security arrangements"
							+ " along the dividing line and to the return of displaced persons.", null, null, false)));
				}
			}
			texts.circulate(coChair, id);
			for (UUID wording : wordings) {
				for (int g = 0; g < sides.size(); g++) {
					texts.state(sides.get(g), id, wording, StanceKind.values()[(g + wording.hashCode()) & 3], null);
				}
			}
			for (int p = 0; p < 20; p++) {
				texts.propose(coChair, id, provisions.get(p * 10), new NegotiatingTexts.NewWording(
						"A fifth wording for provision " + p * 10 + ".", null, null, false));
			}
			texts.circulate(coChair, id);
			System.out.printf("set up: 200 provisions, 820 wordings, 4,800 stances, 2 revisions in %.1f s%n",
					(System.nanoTime() - start) / 1e9);
			Viewer moscow = sides.get(1);
			org.springframework.jdbc.core.simple.JdbcClient jdbc = context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class);
			// the baseline: reading the text's rows, building nothing
			double baseline = median(() -> jdbc.sql("SELECT e_id FROM text_provision WHERE text_id = :t").param("t", id).query().listOfRows()
					.size() + jdbc.sql("SELECT * FROM text_wording WHERE text_id = :t").param("t", id).query().listOfRows().size()
					+ jdbc.sql("SELECT * FROM text_stance WHERE text_id = :t").param("t", id).query().listOfRows().size());
			System.out.printf("  %-58s median %6.1f ms (the baseline)%n", "reading the text's rows, building nothing", baseline);
			report("compiled view with the stance matrix (a participant)", baseline, () -> reading.text(moscow, id));
			report("compiled view with the stance matrix (a co-chair)", baseline, () -> reading.text(coChair, id));
			report("the view with its version, as its ETag (a participant)", baseline,
					() -> TextVersion.of(reading.text(moscow, id)));
			report("Word export", baseline, () -> reading.export(moscow, id, "docx"));
			report("Word export in Russian", baseline, () -> reading.export(moscow, id, "docx",
					org.mediationdesk.shared.LanguageCode.RU));
			report("PDF export in Russian (fonts embedded)", baseline, () -> reading.export(moscow, id, "pdf",
					org.mediationdesk.shared.LanguageCode.RU));
			TextHistory history = reading.history(coChair, id, 0);
			report("history, first page of " + history.items().size() + " (" + history.total() + " changes)", baseline,
					() -> reading.history(coChair, id, 0));
			report("comparison of Rev. 1 and Rev. 2 (20 provisions differ)", baseline, () -> reading.compare(moscow, id, 1, 2));
		}
	}

	interface Run {
		Object run();
	}

	private static void report(String what, double baseline, Run run) {
		double median = median(run);
		System.out.printf("  %-58s median %6.1f ms, %5.1fx the baseline (target < 200 ms)%n", what, median, median / baseline);
	}

	private static double median(Run run) {
		for (int i = 0; i < 20; i++) {
			run.run();
		}
		List<Double> times = new ArrayList<>();
		for (int i = 0; i < 25; i++) {
			long start = System.nanoTime();
			run.run();
			times.add((System.nanoTime() - start) / 1e6);
		}
		times.sort(Double::compare);
		return times.get(times.size() / 2);
	}
}
