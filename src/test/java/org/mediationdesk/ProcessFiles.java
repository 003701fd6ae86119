package org.mediationdesk;

import java.util.List;

import org.mediationdesk.process.ProcessFile;
import org.mediationdesk.process.WorkingGroup;

/** Process record files for module tests, which start on an empty database and need a process to convene rounds in. */
public final class ProcessFiles {

	private ProcessFiles() {
	}

	/** A process with one agenda item (displaced persons, in Working Group II) and no rounds yet. */
	public static ProcessFile oneItem(String code, String name) {
		return new ProcessFile(ProcessFile.FORMAT_VERSION,
				new ProcessFile.ProcessEntry(code, name, null, "Geneva", null, List.of()),
				List.of(new ProcessFile.AgendaEntry("IDP", WorkingGroup.WG2, "Displaced persons", null)), List.of(),
				List.of(), List.of());
	}
}
