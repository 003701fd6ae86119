package org.mediationdesk.communique;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.mediationdesk.attendance.AttendanceKind;
import org.mediationdesk.attendance.AttendanceLine;
import org.mediationdesk.attendance.AttendanceRecord;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.process.AgendaItemView;
import org.mediationdesk.process.DecisionStatus;
import org.mediationdesk.process.MeetingKind;
import org.mediationdesk.process.RoundRecord;
import org.mediationdesk.process.RoundStatus;
import org.mediationdesk.process.RoundView;
import org.mediationdesk.process.WorkingGroup;
import org.mediationdesk.shared.LanguageCode;
import org.mediationdesk.shared.Localized;
import org.springframework.stereotype.Component;

/**
 * The parts of the draft that the record writes. Each reads the record as the public reads it (a round is public;
 * the attendance through its public projection, which never says who), so that nothing attributed can reach the
 * communiqué.
 */
final class RecordSections {

	private RecordSections() {
	}

	private static RoundView round(RoundRecord rounds, int number) {
		return rounds.round(Viewer.anonymous(), number);
	}

	/** The round's number, place and dates. */
	@Component
	static class Opening implements CommuniqueSection {

		private final RoundRecord rounds;
		private final Phrases phrases;

		Opening(RoundRecord rounds, Phrases phrases) {
			this.rounds = rounds;
			this.phrases = phrases;
		}

		@Override
		public String name() {
			return "opening";
		}

		@Override
		public int position() {
			return 100;
		}

		@Override
		public List<String> paragraphs(int number, LanguageCode language) {
			RoundView round = round(rounds, number);
			String venue = venue(round, language);
			if (venue == null) {
				venue = phrases.say(language, "communique.text.venueUnknown");
			}
			if (round.startDate() == null) {
				return List.of(phrases.say(language, "communique.text.openingUndated", number, venue));
			}
			return List.of(phrases.say(language, "communique.text.opening", number, venue,
					phrases.dates(language, round.startDate(), round.endDate())));
		}

		/**
		 * The venue in the language of the version, as the record writes it: the round's own version in that language,
		 * else the English one (the process's fallback, {@code Localized.in}): nothing is translated here, and what
		 * the record has only in English stays in English until the record has a version, or the co-chairs edit it.
		 */
		static String venue(RoundView round, LanguageCode language) {
			Localized.Shown shown = round.texts() == null || round.texts().venue() == null ? null
					: round.texts().venue().in(language);
			return shown != null ? shown.text() : round.venue();
		}
	}

	/** Per working group, what became of each standing agenda item. */
	@Component
	static class WorkingGroups implements CommuniqueSection {

		private final RoundRecord rounds;
		private final Phrases phrases;

		WorkingGroups(RoundRecord rounds, Phrases phrases) {
			this.rounds = rounds;
			this.phrases = phrases;
		}

		@Override
		public String name() {
			return "working-groups";
		}

		@Override
		public int position() {
			return 200;
		}

		@Override
		public List<String> paragraphs(int number, LanguageCode language) {
			RoundView round = round(rounds, number);
			Map<String, AgendaItemView> items = rounds.agenda()
				.stream()
				.collect(Collectors.toMap(AgendaItemView::code, Function.identity(), (a, b) -> a));
			List<String> paragraphs = new ArrayList<>();
			for (WorkingGroup group : WorkingGroup.values()) {
				String name = phrases.say(language, "communique.text.group." + group.name());
				List<String> sentences = new ArrayList<>();
				for (RoundView.OutcomeView outcome : round.outcomes()) {
					AgendaItemView item = items.get(outcome.itemCode());
					if (item != null && item.workingGroup() == group) {
						sentences.add(phrases.say(language, "communique.text.outcome." + outcome.outcome().name(),
								item.title(language)));
					}
				}
				paragraphs.add(sentences.isEmpty() ? phrases.say(language, "communique.text.groupMet", name)
						: phrases.say(language, "communique.text.groupIntro", name) + " " + Phrases.sentences(sentences));
			}
			return paragraphs;
		}
	}

	/** The decisions of the round that stand. */
	@Component
	static class Decisions implements CommuniqueSection {

		private final RoundRecord rounds;
		private final Phrases phrases;

		Decisions(RoundRecord rounds, Phrases phrases) {
			this.rounds = rounds;
			this.phrases = phrases;
		}

		@Override
		public String name() {
			return "decisions";
		}

		@Override
		public int position() {
			return 300;
		}

		@Override
		public List<String> paragraphs(int number, LanguageCode language) {
			List<String> sentences = round(rounds, number).decisions()
				.stream()
				.filter(decision -> decision.status() != DecisionStatus.SUPERSEDED)
				.map(decision -> phrases.say(language, "communique.text.decision." + decision.status().name(),
						Phrases.closed(decision.text())))
				.toList();
			return sentences.isEmpty() ? List.of() : List.of(String.join(" ", sentences));
		}
	}

	/**
	 * A neutral sentence for each walkout in a working group: in which group and before which item, by "some
	 * participants". It reads the attendance's public projection, which names no one; however many left, it is one
	 * walkout per item.
	 */
	@Component
	static class Walkouts implements CommuniqueSection {

		private final AttendanceRecord attendance;
		private final Phrases phrases;

		Walkouts(AttendanceRecord attendance, Phrases phrases) {
			this.attendance = attendance;
			this.phrases = phrases;
		}

		@Override
		public String name() {
			return "walkouts";
		}

		@Override
		public int position() {
			return 400;
		}

		@Override
		public List<String> paragraphs(int number, LanguageCode language) {
			Set<String> sentences = new LinkedHashSet<>();
			for (AttendanceLine line : attendance.forRound(Viewer.anonymous(), number, language)) {
				if (line.kind() != AttendanceKind.WALKED_OUT) {
					continue;
				}
				String meeting = phrases.say(language, "communique.text.meeting." + meetingKey(line.meeting()));
				sentences.add(line.agendaItem() == null ? phrases.say(language, "communique.text.walkout", meeting)
						: phrases.say(language, "communique.text.walkoutBeforeItem", meeting, line.agendaItem()));
			}
			return sentences.isEmpty() ? List.of() : List.of(String.join(" ", sentences));
		}

		private static String meetingKey(MeetingKind kind) {
			return switch (kind) {
				case WORKING_GROUP_I -> "WG1";
				case WORKING_GROUP_II -> "WG2";
				default -> "other";
			};
		}
	}

	/**
	 * The paragraph on the incident prevention and response mechanisms, held for the co-chairs to write until a module
	 * that records the mechanisms declares a section named {@code incident-mechanisms}.
	 */
	@Component
	static class IncidentMechanismsPlaceholder implements CommuniqueSection {

		private final Phrases phrases;

		IncidentMechanismsPlaceholder(Phrases phrases) {
			this.phrases = phrases;
		}

		@Override
		public String name() {
			return "incident-mechanisms";
		}

		@Override
		public int position() {
			return 500;
		}

		@Override
		public List<String> paragraphs(int number, LanguageCode language) {
			return List.of(phrases.say(language, "communique.text.incidentMechanisms"));
		}

		@Override
		public boolean placeholder() {
			return true;
		}
	}

	/**
	 * The one sentence on the next round. The rule, in the order it is applied:
	 * <ol>
	 * <li>If a decision of the round that stands mentions the next round ("next round", "следующий раунд", "შემდეგი
	 * რაუნდი"), the decisions paragraph already says it: this section says nothing, so that the communiqué does not
	 * say it twice, or two different ways.</li>
	 * <li>Else, if the next round (the one numbered after it) is convened with dates, and is not suspended or
	 * collapsed, the sentence gives its dates as a range, "pending confirmation by all participants" while its dates
	 * await it.</li>
	 * <li>Else nothing: the record does not say that the participants agreed on anything about the next round, and a
	 * communiqué does not invent it ("at a date to be announced"). The co-chairs write it if they said it.</li>
	 * </ol>
	 */
	@Component
	static class NextRound implements CommuniqueSection {

		/** How a decision names the next round, in each language a decision may be written in. */
		static final Pattern MENTIONS_NEXT_ROUND = Pattern.compile(
				"\\bnext\\s+round\\b|следующ\\p{L}*\\s+раунд|შემდეგ\\p{L}*\\s+რაუნდ",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

		private final RoundRecord rounds;
		private final Phrases phrases;

		NextRound(RoundRecord rounds, Phrases phrases) {
			this.rounds = rounds;
			this.phrases = phrases;
		}

		@Override
		public String name() {
			return "next-round";
		}

		@Override
		public int position() {
			return 600;
		}

		@Override
		public List<String> paragraphs(int number, LanguageCode language) {
			boolean decided = round(rounds, number).decisions()
				.stream()
				.filter(decision -> decision.status() != DecisionStatus.SUPERSEDED)
				.anyMatch(decision -> MENTIONS_NEXT_ROUND.matcher(decision.text()).find());
			if (decided) {
				return List.of();
			}
			// asked only if it exists: a refusal inside the record's transaction would spoil the draft's
			if (rounds.latestNumber().filter(latest -> latest > number).isEmpty()) {
				return List.of();
			}
			RoundView next = round(rounds, number + 1);
			if (next.startDate() == null || next.status() == RoundStatus.SUSPENDED
					|| next.status() == RoundStatus.COLLAPSED) {
				return List.of();
			}
			String dates = phrases.dates(language, next.startDate(), next.endDate());
			return List.of(next.pendingConfirmation() ? phrases.say(language, "communique.text.nextRoundPending", dates)
					: phrases.say(language, "communique.text.nextRound", dates));
		}
	}
}
