package org.mediationdesk.commitments.web;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.mediationdesk.commitments.CommitmentStatus;
import org.mediationdesk.commitments.CommitmentView;
import org.mediationdesk.shared.LanguageCode;

/**
 * The timeline of the commitments drawn as SVG on the server: one row per commitment, one column per round that
 * discussed any of them, a mark in each round that moved a commitment (its colour and shape the status it left
 * with), and a line from its first round to its last. The page gives the same as a table beside it.
 */
record TimelineLayout(int width, int height, List<Column> columns, List<Row> rows) {

	static final int LABEL = 300;
	static final int COLUMN = 44;
	static final int ROW = 34;
	static final int HEAD = 40;

	/** A round's column: its number and the x of its centre. */
	record Column(int round, int x) {
	}

	/** A commitment's row: its title, where it starts and ends, and its marks. */
	record Row(String id, String title, String titleLang, int y, int fromX, int toX, List<Mark> marks, List<String> cells) {
	}

	/** A step: where it is drawn, its round and status, its colour. */
	record Mark(int x, int round, CommitmentStatus status, String colour, boolean closing) {
	}

	static TimelineLayout of(List<CommitmentView> commitments, LanguageCode language) {
		TreeSet<Integer> rounds = new TreeSet<>();
		commitments.forEach(commitment -> rounds.addAll(commitment.rounds()));
		List<Column> columns = new ArrayList<>();
		int i = 0;
		for (int round : rounds) {
			columns.add(new Column(round, LABEL + COLUMN / 2 + i++ * COLUMN));
		}
		List<Row> rows = new ArrayList<>();
		int y = HEAD + ROW / 2;
		for (CommitmentView commitment : commitments) {
			List<Mark> marks = new ArrayList<>();
			List<String> cells = new ArrayList<>();
			for (Column column : columns) {
				CommitmentView.Step step = commitment.stepOf(column.round());
				cells.add(step == null ? null : step.status().name());
				if (step != null) {
					marks.add(new Mark(column.x(), column.round(), step.status(), colour(step.status()),
							!step.status().open()));
				}
			}
			int from = marks.isEmpty() ? LABEL : marks.get(0).x();
			int to = marks.isEmpty() ? LABEL : marks.get(marks.size() - 1).x();
			rows.add(new Row(commitment.code() != null ? commitment.code() : commitment.id().toString(),
					commitment.title().in(language).text(), commitment.title().in(language).tag(), y, from, to, marks,
					cells));
			y += ROW;
		}
		return new TimelineLayout(LABEL + Math.max(1, columns.size()) * COLUMN + 10, HEAD + rows.size() * ROW + 10,
				columns, rows);
	}

	/** Each status's colour, with contrast enough against white for a mark of its size. */
	static String colour(CommitmentStatus status) {
		return switch (status) {
			case RAISED -> "#5c636a";
			case AGREED -> "#0a58ca";
			case AGREED_PENDING_CONFIRMATION -> "#6f42c1";
			case IN_PROGRESS -> "#087990";
			case STALLED -> "#b35900";
			case FULFILLED -> "#146c43";
			case WITHDRAWN -> "#212529";
		};
	}
}
