package org.mediationdesk.process;

import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * An export of the process record file under way. The attendance record gives each meeting's entries and the
 * accounts give theirs; the process's part assembles the file around them, with each meeting's attendance in
 * its place.
 */
public final class RecordExport {

	private Function<UUID, List<ProcessFile.AttendanceEntry>> attendance = meeting -> List.of();
	private List<ProcessFile.AccountEntry> accounts = List.of();
	private List<ProcessFile.MechanismEntry> mechanisms = List.of();
	private List<ProcessFile.IncidentEntry> incidents = List.of();
	private List<ProcessFile.CommitmentEntry> commitments = List.of();
	private BiFunction<Function<UUID, List<ProcessFile.AttendanceEntry>>, List<ProcessFile.AccountEntry>, ProcessFile> assembly;

	/** The attendance entries of each meeting, by the meeting's id. */
	public void attendance(Function<UUID, List<ProcessFile.AttendanceEntry>> byMeeting) {
		this.attendance = byMeeting;
	}

	/** The accounts of the rounds. */
	public void accounts(List<ProcessFile.AccountEntry> accounts) {
		this.accounts = accounts;
	}

	/** The incident mechanisms and their meetings. */
	public void mechanisms(List<ProcessFile.MechanismEntry> mechanisms) {
		this.mechanisms = List.copyOf(mechanisms);
	}

	/** The incident mechanisms given so far, for a later part to add to (the hotline, their escalation chains). */
	public List<ProcessFile.MechanismEntry> mechanisms() {
		return mechanisms;
	}

	/** The incidents of the mechanisms' registers, with their accounts. */
	public void incidents(List<ProcessFile.IncidentEntry> incidents) {
		this.incidents = List.copyOf(incidents);
	}

	/** The commitments, with their steps and the sides' readings. */
	public void commitments(List<ProcessFile.CommitmentEntry> commitments) {
		this.commitments = List.copyOf(commitments);
	}

	void assembledBy(
			BiFunction<Function<UUID, List<ProcessFile.AttendanceEntry>>, List<ProcessFile.AccountEntry>, ProcessFile> assembly) {
		this.assembly = assembly;
	}

	/** The file, with every part that was added. */
	public ProcessFile file() {
		if (assembly == null) {
			throw new IllegalStateException("The process's part of the file was not exported");
		}
		return assembly.apply(attendance, accounts).withMechanisms(mechanisms).withIncidents(incidents)
			.withCommitments(commitments);
	}
}
