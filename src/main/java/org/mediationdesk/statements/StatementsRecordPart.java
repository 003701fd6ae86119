package org.mediationdesk.statements;

import org.mediationdesk.identity.Viewer;
import org.mediationdesk.process.FileProblems;
import org.mediationdesk.process.ProcessFile;
import org.mediationdesk.process.RecordExport;
import org.mediationdesk.process.RecordImport;
import org.mediationdesk.process.RecordPart;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The accounts' part of a process record file: each account of a round, after the process and its attendance. */
@Component
@Order(3)
class StatementsRecordPart implements RecordPart {

	private final Statements statements;

	StatementsRecordPart(Statements statements) {
		this.statements = statements;
	}

	@Override
	public String name() {
		return "accounts";
	}

	@Override
	public void check(ProcessFile file, FileProblems problems) {
		statements.check(file, problems);
	}

	@Override
	public int load(ProcessFile file, RecordImport loading) {
		return statements.load(file);
	}

	@Override
	public void export(Viewer viewer, RecordExport exporting) {
		exporting.accounts(statements.export(viewer));
	}
}
