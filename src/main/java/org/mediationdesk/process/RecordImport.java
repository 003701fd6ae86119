package org.mediationdesk.process;

/**
 * An import of a process record file under way: what the parts loaded so far recorded, for the parts that
 * attach to it. The process's part records the process and the meetings of each round; the attendance record
 * attaches its events to those meetings.
 */
public final class RecordImport {

	private ProcessRecordFile.LoadedRecord process;

	/** The process and its meetings as the process's part recorded them. */
	public ProcessRecordFile.LoadedRecord process() {
		if (process == null) {
			throw new IllegalStateException("The process's part of the file is loaded before the parts that attach to it");
		}
		return process;
	}

	void loaded(ProcessRecordFile.LoadedRecord process) {
		this.process = process;
	}
}
