package org.mediationdesk.communique;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.mediationdesk.attendance.AttendanceKind;
import org.mediationdesk.attendance.AttendanceLine;
import org.mediationdesk.attendance.AttendanceRecord;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.process.AgendaItemView;
import org.mediationdesk.process.DecisionStatus;
import org.mediationdesk.process.MeetingKind;
import org.mediationdesk.process.RoundRecord;
import org.mediationdesk.process.RoundView;
import org.mediationdesk.process.WorkingGroup;
import org.mediationdesk.shared.LanguageCode;
import org.springframework.stereotype.Component;
import org.mediationdesk.process.RoundSummary;

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
			String venue = round.venue() == null ? phrases.say(language, "communique.text.venueUnknown") : round.venue();
			if (round.startDate() == null) {
				return List.of(phrases.say(language, "communique.text.openingUndated", number, venue));
			}
			return List.of(phrases.say(language, "communique.text.opening", number, venue,
					phrases.dates(language, round.startDate(), round.endDate())));
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
						: phrases.say(language, "communique.text.groupIntro", name) + " " + String.join(" ", sentences));
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
						decision.text()))
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

	/** The next round's dates, pending confirmation by all participants when so. */
	@Component
	static class NextRound implements CommuniqueSection {

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
			// asked only if it exists: a refusal inside the record's transaction would spoil the draft's
			List<RoundSummary> newest = rounds.timeline(0).items();
			if (newest.isEmpty() || newest.get(0).number() <= number) {
				return List.of(phrases.say(language, "communique.text.nextRoundUnknown"));
			}
			RoundView next = round(rounds, number + 1);
			if (next.startDate() == null) {
				return List.of(phrases.say(language, "communique.text.nextRoundUnknown"));
			}
			String dates = phrases.dates(language, next.startDate(), next.endDate());
			return List.of(next.pendingConfirmation() ? phrases.say(language, "communique.text.nextRoundPending", dates)
					: phrases.say(language, "communique.text.nextRound", dates));
		}
	}
}
