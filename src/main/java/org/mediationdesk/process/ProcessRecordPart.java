package org.mediationdesk.process;

import org.mediationdesk.identity.Viewer;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The process's part of a process record file: the process, its agenda, its rounds and their meetings, and its
 * related meetings. It comes first: the other parts attach to its meetings.
 */
@Component
@Order(1)
class ProcessRecordPart implements RecordPart {

	private final ProcessRecordFile file;

	ProcessRecordPart(ProcessRecordFile file) {
		this.file = file;
	}

	@Override
	public String name() {
		return "process";
	}

	@Override
	public void check(ProcessFile file, FileProblems problems) {
		this.file.check(file, problems);
	}

	@Override
	public int load(ProcessFile file, RecordImport loading) {
		loading.loaded(this.file.load(file));
		return file.rounds().size();
	}

	@Override
	public void export(Viewer viewer, RecordExport exporting) {
		exporting.assembledBy((attendanceOf, accounts) -> file.export(viewer, attendanceOf, accounts));
	}
}
