package org.mediationdesk.commitments.web;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.mediationdesk.commitments.CommitmentView;
import org.mediationdesk.shared.AkomaNtoso;
import org.mediationdesk.shared.ApprovedText;
import org.mediationdesk.shared.LanguageCode;
import org.springframework.context.MessageSource;

/**
 * The commitments a reader may see as a file, in one language: CSV (UTF-8, one line per round that discussed a
 * commitment) or Akoma Ntoso 3.0 (a {@code doc} of name {@code commitments}: one {@code hcontainer} per commitment,
 * its text and one paragraph per round). Statuses in the language's words; no direction control goes out.
 */
final class CommitmentFiles {

	private CommitmentFiles() {
	}

	static byte[] csv(List<CommitmentView> commitments, LanguageCode language, MessageSource messages) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		PrintWriter out = new PrintWriter(bytes, false, StandardCharsets.UTF_8);
		out.print("\uFEFF");
		row(out, List.of("commitment", "code", "makers", "round", "status", "note", "audience", "source"));
		for (CommitmentView commitment : commitments) {
			for (CommitmentView.Step step : commitment.steps()) {
				List<String> makers = new ArrayList<>(commitment.makerLabels());
				if (commitment.makers().coChairs()) {
					makers.add(messages.getMessage("commitments.makers.coChairs", null, language.locale()));
				}
				if (commitment.makers().mechanism() != null) {
					makers.add(commitment.makers().mechanism());
				}
				row(out, List.of(commitment.title().in(language).text(),
						commitment.code() == null ? commitment.id().toString() : commitment.code(), String.join("; ", makers),
						String.valueOf(step.round()), status(messages, step, language),
						step.note().in(language).text(), messages.getMessage("commitments.audience." + commitment.audience(),
								null, language.locale()),
						commitment.source().link() == null ? "" : commitment.source().link()));
			}
		}
		out.flush();
		return bytes.toByteArray();
	}

	private static String status(MessageSource messages, CommitmentView.Step step, LanguageCode language) {
		return messages.getMessage("commitments.status." + step.status().name(), null, language.locale());
	}

	private static void row(PrintWriter out, List<String> values) {
		List<String> cells = new ArrayList<>();
		for (String value : values) {
			String text = value == null ? "" : ApprovedText.neutral(value);
			// a cell that a spreadsheet would read as a formula starts with an apostrophe
			if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
				text = "'" + text;
			}
			cells.add("\"" + text.replace("\"", "\"\"") + "\"");
		}
		out.print(String.join(",", cells));
		out.print("\r\n");
	}

	static byte[] akomaNtoso(List<CommitmentView> commitments, LanguageCode language, LocalDate today,
			MessageSource messages) {
		String iso = switch (language) {
			case EN -> "eng";
			case RU -> "rus";
			case KA -> "kat";
		};
		String work = "/akn/int/doc/commitments/" + today;
		String title = messages.getMessage("commitments.title", null, language.locale());
		AkomaNtoso akn = AkomaNtoso.document("doc", "commitments")
			.meta(new AkomaNtoso.Identification(work, work + "/" + iso, today, "export", iso),
					new AkomaNtoso.Organization("coChairs", messages.getMessage("commitments.makers.coChairs", null,
							language.locale())), List.of())
			.preface(title, messages.getMessage("commitments.file.subtitle", new Object[] { commitments.size() },
					language.locale()))
			.start("mainBody");
		int number = 1;
		for (CommitmentView commitment : commitments) {
			akn.start("hcontainer", "eId", "hcontainer_" + number++, "name", "commitment")
				.element("heading", ApprovedText.neutral(commitment.title().in(language).text()))
				.start("content")
				.element("p", ApprovedText.neutral(commitment.text().in(language).text()));
			for (CommitmentView.Step step : commitment.steps()) {
				akn.element("p", messages.getMessage("commitments.file.step", new Object[] { step.round(),
						status(messages, step, language), ApprovedText.neutral(step.note().in(language).text()) },
						language.locale()));
			}
			akn.end().end();
		}
		if (commitments.isEmpty()) {
			akn.start("hcontainer", "eId", "hcontainer_1", "name", "commitment").start("content").empty("p").end().end();
		}
		return akn.end().bytes();
	}
}
