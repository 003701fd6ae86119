package org.mediationdesk.communique;

import java.time.ZoneOffset;
import java.util.Locale;

import org.mediationdesk.identity.Viewer;
import org.mediationdesk.identity.Viewers;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.LanguageCode;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** A communiqué's files, for the page and the API alike: an edition the viewer may see, in a language it has. */
@Component
class CommuniqueDownloads {

	private final Communiques communiques;
	private final Phrases phrases;

	CommuniqueDownloads(Communiques communiques, Phrases phrases) {
		this.communiques = communiques;
		this.phrases = phrases;
	}

	ResponseEntity<byte[]> download(int number, Integer edition, String format, String language) {
		Viewer viewer = Viewers.current();
		CommuniqueView communique = communiques.edition(viewer, number, edition);
		LanguageCode chosen = LanguageCode.parse(language)
			.orElseThrow(() -> new DeskException.Invalid("communique.exportLanguage"));
		String kind = format == null ? "" : format.trim().toLowerCase(Locale.ROOT);
		if (!kind.equals("pdf") && !kind.equals("akn")) {
			throw new DeskException.Invalid("communique.exportFormat");
		}
		if (!communique.has(chosen)) {
			throw new DeskException.Invalid("communique.noTextIn", phrases.say(chosen, "language." + chosen.name()));
		}
		String subtitle = communique.published() != null
				? phrases.say(chosen, "communique.export.published",
						phrases.date(chosen, communique.published().atOffset(ZoneOffset.UTC).toLocalDate()))
				: phrases.say(chosen, "communique.export.draft");
		CommuniqueExports.Heading heading = new CommuniqueExports.Heading(communique.titles().get(chosen), subtitle,
				phrases.say(chosen, "communique.export.coChairs"), chosen);
		byte[] content = kind.equals("pdf") ? CommuniqueExports.pdf(heading, communique.paragraphs(chosen))
				: CommuniqueExports.akn(heading, communique, communique.paragraphs(chosen));
		String name = "communique-round-" + number + "-edition-" + communique.edition() + "-"
				+ chosen.name().toLowerCase(Locale.ROOT) + (kind.equals("pdf") ? ".pdf" : ".akn.xml");
		return ResponseEntity.ok()
			.contentType(kind.equals("pdf") ? MediaType.APPLICATION_PDF : MediaType.APPLICATION_XML)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(content);
	}
}
