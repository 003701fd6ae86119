package org.mediationdesk.texts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.mediationdesk.confidentiality.AccessPolicy;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.LanguageCode;
import org.mediationdesk.terminology.Finding;
import org.mediationdesk.terminology.Severity;
import org.mediationdesk.terminology.TerminologyCheck;
import org.mediationdesk.terminology.TextKind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The negotiating texts as each reader may see them: the list, a text, its history, its revisions and their
 * comparison, what its Russian version lacks, and its exports. A text is there only for its audience; within
 * it, a wording in confidence only for its sponsor and the co-chairs, a sealed stance only for its group.
 */
@Service
public class TextReading {

	private final TextStore store;
	private final TextViews views;
	private final TextHistoryLog history;
	private final Revisions revisions;
	private final Sides sides;
	private final AccessPolicy policy;
	private final TerminologyCheck terminology;
	private final MessageSource messages;
	private final ApplicationEventPublisher events;

	TextReading(TextStore store, TextViews views, TextHistoryLog history, Revisions revisions, Sides sides,
			AccessPolicy policy, TerminologyCheck terminology, MessageSource messages, ApplicationEventPublisher events) {
		this.store = store;
		this.views = views;
		this.history = history;
		this.revisions = revisions;
		this.sides = sides;
		this.policy = policy;
		this.terminology = terminology;
		this.messages = messages;
		this.events = events;
	}

	/** The texts the viewer may see, by symbol. */
	@Transactional(readOnly = true)
	public List<TextView> list(Viewer viewer) {
		return store.all().stream().filter(text -> policy.maySee(viewer, text.audience()))
			.map(text -> views.view(viewer, text))
			.toList();
	}

	@Transactional(readOnly = true)
	public TextView text(Viewer viewer, UUID textId) {
		return views.view(viewer, load(viewer, textId));
	}

	/**
	 * The texts that await the stance of the viewer's group, by symbol; none for anyone who is not a participant of
	 * a group. A text awaits a group's stance when all of these hold:
	 * <ul>
	 * <li>the group may see the text, and the text asks its stance (the group is one of its required groups);</li>
	 * <li>stances are being taken: the co-chairs have shared the text or circulated it (it is no longer their
	 * private draft), and it is not yet agreed ad referendum, agreed or abandoned (a shared draft, circulated or
	 * frozen: when the text itself takes a stance);</li>
	 * <li>some wording of a provision not yet settled is tabled to all (not in confidence to the co-chairs) and
	 * has no stance of the group.</li>
	 * </ul>
	 * A group that has stated on every such wording is not awaited, even while the provisions stay open because
	 * other groups have not stated, or have not accepted.
	 */
	@Transactional(readOnly = true)
	public List<TextView> awaitingStanceOf(Viewer viewer) {
		String group = sides.groupOf(viewer);
		if (group == null) {
			return List.of();
		}
		return store.all().stream()
			.filter(text -> policy.maySee(viewer, text.audience()) && asksStanceNow(text, group))
			.map(text -> views.view(viewer, text))
			.filter(view -> unanswered(view, group))
			.toList();
	}

	/** Whether the text awaits the stance of the viewer's group, as {@link #awaitingStanceOf} says; not if hidden. */
	@Transactional(readOnly = true)
	public boolean awaitsStanceOf(Viewer viewer, UUID textId) {
		String group = sides.groupOf(viewer);
		return group != null && store.find(textId)
			.filter(text -> policy.maySee(viewer, text.audience()) && asksStanceNow(text, group))
			.map(text -> unanswered(views.view(viewer, text), group))
			.orElse(false);
	}

	private static boolean asksStanceNow(NegotiatingText text, String group) {
		return !text.privateDraft() && text.openForStances() && text.requiredGroups().contains(group);
	}

	/** A tabled wording of an unsettled provision without the group's stance (its own stances it always sees). */
	private static boolean unanswered(TextView text, String group) {
		return text.provisions().stream()
			.filter(provision -> provision.settledBy() == null)
			.flatMap(provision -> provision.wordings().stream())
			.anyMatch(wording -> !wording.confidential() && !wording.stances().containsKey(group));
	}

	/** The text's history as the viewer may see it, newest first, a page of {@value #HISTORY_PAGE} at a time. */
	@Transactional(readOnly = true)
	public TextHistory history(Viewer viewer, UUID textId, int page) {
		requireVisible(viewer, textId);
		return history.page(viewer, textId, page);
	}

	/** How many changes a page of a text's history shows. */
	public static final int HISTORY_PAGE = TextHistoryLog.PAGE;

	/** The numbers of the text's revisions, oldest first. */
	@Transactional(readOnly = true)
	public List<Integer> revisions(Viewer viewer, UUID textId) {
		requireVisible(viewer, textId);
		return revisions.numbers(textId);
	}

	/** A revision as circulated: its provisions and tabled wordings, without stances. */
	@Transactional(readOnly = true)
	public TextView revision(Viewer viewer, UUID textId, int number) {
		requireVisible(viewer, textId);
		return revisions.find(textId, number).orElseThrow(DeskException.NotFound::new).view(textId, number);
	}

	/** Compares two revisions of a text, provision by provision and word by word. */
	@Transactional(readOnly = true)
	public Comparison compare(Viewer viewer, UUID textId, int from, int to) {
		return Comparison.of(from, revision(viewer, textId, from), to, revision(viewer, textId, to));
	}

	/**
	 * What the Russian version lacks, or has out of step with the English: the title ({@code part}
	 * {@code null}), the chapeau ({@code chapeau}), or a wording of a provision (its id, its number and the
	 * wording's number).
	 */
	public record Missing(Gap gap, String part, int provisionNumber, int wording, String sponsor) {

		public enum Gap {
			/** No Russian version. */
			MISSING,
			/** The English changed after the Russian was aligned with it. */
			OUT_OF_DATE,
			/** The Russian leaves open a different number of bracketed passages than the English. */
			BRACKETS
		}
	}

	/**
	 * What the Russian version lacks or has out of step with the English, as the viewer may see the text. The
	 * English of a wording is never edited, so its Russian cannot fall behind it otherwise than in brackets.
	 */
	@Transactional(readOnly = true)
	public List<Missing> missingInRussian(Viewer viewer, UUID textId) {
		NegotiatingText loaded = load(viewer, textId);
		TextView text = views.view(viewer, loaded);
		List<Missing> missing = new ArrayList<>();
		if (text.titleRu() == null) {
			missing.add(new Missing(Missing.Gap.MISSING, null, 0, 0, null));
		}
		else if (loaded.titleRuOutOfDate()) {
			missing.add(new Missing(Missing.Gap.OUT_OF_DATE, null, 0, 0, null));
		}
		if (text.chapeau() != null && text.chapeauRu() == null) {
			missing.add(new Missing(Missing.Gap.MISSING, "chapeau", 0, 0, null));
		}
		else if (loaded.chapeauRuOutOfDate()) {
			missing.add(new Missing(Missing.Gap.OUT_OF_DATE, "chapeau", 0, 0, null));
		}
		for (TextView.ProvisionView provision : text.provisions()) {
			for (int w = 0; w < provision.wordings().size(); w++) {
				TextView.WordingView wording = provision.wordings().get(w);
				if (wording.textRu() == null) {
					missing.add(new Missing(Missing.Gap.MISSING, provision.eId(), provision.number(), w + 1, wording.sponsor()));
				}
				else if (new Wording(wording.textRu()).brackets() != wording.brackets()) {
					missing.add(new Missing(Missing.Gap.BRACKETS, provision.eId(), provision.number(), w + 1, wording.sponsor()));
				}
			}
		}
		return missing;
	}

	/**
	 * For the co-chairs: the loaded terms in the participants' wordings they may see, by wording. Never
	 * altered: a side's wording stays its own; the co-chairs only see whose vocabulary it uses.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, List<Finding>> findingsInParticipantsWordings(Viewer viewer, UUID textId) {
		Map<UUID, List<Finding>> findings = new LinkedHashMap<>();
		for (TextView.ProvisionView provision : text(viewer.requireMediator(), textId).provisions()) {
			for (TextView.WordingView wording : provision.wordings()) {
				if (!wording.sponsor().equals(SponsoredWording.CO_CHAIRS)) {
					List<Finding> loaded = terminology.check(wording.textEn(), LanguageCode.EN, TextKind.PARTICIPANT)
						.findings()
						.stream()
						.filter(finding -> finding.severity() != Severity.OK)
						.toList();
					if (!loaded.isEmpty()) {
						findings.put(wording.id(), loaded);
					}
				}
			}
		}
		return findings;
	}

	/**
	 * A text exported as a file, with its tag: the version of what the viewer may see of the text, the form, the
	 * language and the day (the file is dated), so that a client that has the file already is answered "not modified".
	 */
	public record Export(String fileName, String mediaType, byte[] content, String tag) {
	}

	/** The text as a file for the viewer, in English. */
	@Transactional
	public Export export(Viewer viewer, UUID textId, String format) {
		return export(viewer, textId, format, LanguageCode.EN);
	}

	/**
	 * The text as a file for the viewer: Word ({@code docx}), PDF ({@code pdf}) or Akoma Ntoso ({@code akn}),
	 * holding only what the viewer may see, and no stances; in English or Russian. In Russian, a heading or
	 * wording that has no Russian version yet stands in English, marked as such. Who took the text out of the
	 * platform, and in which form, is on record like a document's download.
	 */
	@Transactional
	public Export export(Viewer viewer, UUID textId, String format, LanguageCode language) {
		Export export = file(viewer, textId, format, language);
		recordExport(viewer, textId, export.fileName());
		return export;
	}

	/**
	 * The file as {@link #export} makes it, without putting its reading on record: for a download that may end in
	 * "not modified" or answer a {@code HEAD}, which take nothing out of the platform ({@link #recordExport} then).
	 */
	@Transactional(readOnly = true)
	Export file(Viewer viewer, UUID textId, String format, LanguageCode language) {
		NegotiatingText loaded = load(viewer, textId);
		if (language != LanguageCode.EN && language != LanguageCode.RU) {
			throw new DeskException.Invalid("texts.exportLanguage");
		}
		Locale locale = language.locale();
		TextExports.Labels labels = new TextExports.Labels() {

			@Override
			public String language() {
				return language == LanguageCode.RU ? "rus" : "eng";
			}

			@Override
			public String get(String code, Object... arguments) {
				return messages.getMessage(code, arguments, locale);
			}
		};
		TextView view = views.view(viewer, loaded);
		TextView text = language == LanguageCode.RU ? TextViews.inRussian(view, labels.get("texts.export.englishOnly")) : view;
		String name = text.symbol().replaceAll("[^A-Za-z0-9._-]+", "-") + (text.revision() > 0 ? "-rev" + text.revision() : "")
				+ (language == LanguageCode.RU ? "-ru" : "");
		String kind = format == null ? "" : format.toLowerCase(Locale.ROOT);
		String tag = TextVersion.of(view).tag() + "-" + kind + "-" + language.name().toLowerCase(Locale.ROOT) + "-"
				+ LocalDate.now();
		return switch (kind) {
			case "docx" -> new Export(name + ".docx",
					"application/vnd.openxmlformats-officedocument.wordprocessingml.document", TextExports.docx(text, labels),
					tag);
			case "pdf" -> new Export(name + ".pdf", "application/pdf", TextExports.pdf(text, labels), tag);
			case "akn" -> new Export(name + ".akn.xml", "application/akn+xml", TextExports.akn(text, labels), tag);
			default -> throw new DeskException.Invalid("texts.exportFormat");
		};
	}

	/** Puts on record that the viewer took the text out of the platform as this file (one audit entry). */
	@Transactional
	void recordExport(Viewer viewer, UUID textId, String fileName) {
		NegotiatingText loaded = load(viewer, textId);
		events.publishEvent(new TextEvent.TextExported(loaded.id(), loaded.symbol(), viewer.username(),
				viewer.isMediator() ? SponsoredWording.CO_CHAIRS : String.valueOf(sides.groupOf(viewer)), loaded.audience(),
				fileName));
	}

	/** Only that the viewer may see the text (404 otherwise), without reading its provisions and wordings. */
	private void requireVisible(Viewer viewer, UUID textId) {
		store.findHeading(textId).filter(text -> policy.maySee(viewer, text.audience()))
			.orElseThrow(DeskException.NotFound::new);
	}

	private NegotiatingText load(Viewer viewer, UUID textId) {
		return store.find(textId).filter(text -> policy.maySee(viewer, text.audience()))
			.orElseThrow(DeskException.NotFound::new);
	}
}
