package org.mediationdesk.process;

import org.mediationdesk.identity.Viewer;

/**
 * A module's part of a process record file: the process and its rounds, the attendance record, the accounts.
 * The import and export of the file ({@code records}) go through each part in order, so that no module needs to
 * know the others: every part checks the file before any loads it, and the file is written whole or not at all.
 *
 * <p>Parts run in the order of their {@link org.springframework.core.annotation.Order @Order}: the process's own
 * part first, since its meetings are what the other parts attach to; then the attendance record, then the
 * accounts (so problems are listed in the file's order of parts).
 */
public interface RecordPart {

	/** The name of the part; the import's summary counts what each part recorded under it. */
	String name();

	/** Checks this part of a file, adding what is wrong to the file's problems; writes nothing. */
	void check(ProcessFile file, FileProblems problems);

	/**
	 * Records this part of a checked file, attaching it to what the parts before it recorded; returns how many
	 * entries it recorded (rounds, attendance events, accounts).
	 */
	int load(ProcessFile file, RecordImport loading);

	/** Adds this part, as the viewer may see it, to the file being exported. */
	void export(Viewer viewer, RecordExport exporting);
}
