package org.mediationdesk.incidents;

import java.time.Clock;

import org.mediationdesk.identity.Viewer;
import org.mediationdesk.process.FileProblems;
import org.mediationdesk.process.ProcessFile;
import org.mediationdesk.process.RecordExport;
import org.mediationdesk.process.RecordImport;
import org.mediationdesk.process.RecordPart;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The mechanisms' part of a process record file, after the accounts: the mechanisms with their meetings, then the
 * incidents of their registers with their accounts. They attach to nothing of the rounds.
 */
@Component
@Order(4)
class IncidentsRecordPart implements RecordPart {

	private final MechanismFile file;
	private final IncidentFile incidents;
	private final Clock clock;

	IncidentsRecordPart(MechanismFile file, IncidentFile incidents, Clock clock) {
		this.file = file;
		this.incidents = incidents;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "mechanisms";
	}

	@Override
	public void check(ProcessFile file, FileProblems problems) {
		this.file.check(file, problems);
		incidents.check(file, problems);
	}

	@Override
	public int load(ProcessFile file, RecordImport loading) {
		return this.file.load(file, clock.instant()) + incidents.load(file);
	}

	@Override
	public void export(Viewer viewer, RecordExport exporting) {
		viewer.requireMediator();
		exporting.mechanisms(file.export());
		exporting.incidents(incidents.export());
	}
}
