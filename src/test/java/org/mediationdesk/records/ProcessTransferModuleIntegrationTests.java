package org.mediationdesk.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mediationdesk.ModuleTestDatabase;
import org.mediationdesk.TestDatabase;
import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.identity.Role;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.process.FileProblems;
import org.mediationdesk.process.ProcessFile;
import org.mediationdesk.process.ProcessFileReader;
import org.mediationdesk.process.ProcessFileRejected;
import org.mediationdesk.process.RecordExport;
import org.mediationdesk.process.RecordImport;
import org.mediationdesk.process.RecordPart;
import org.mediationdesk.process.RoundRecord;
import org.mediationdesk.process.RoundStatus;
import org.mediationdesk.process.WorkingGroup;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.Institution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ContextConfiguration;

/**
 * The records module alone (with the modules it uses) goes through every {@link RecordPart} it is given and knows
 * none of them: here the process's own part and one more part of this test's. A file any part finds fault with is
 * refused whole, before any part writes; a valid file goes in once, and the export carries what each part adds.
 * The import is public; who took the record out is for the co-chairs.
 *
 * <p>All dependencies are booted: the process's record needs the access policy, which records does not use itself.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES,
		extraIncludes = { "shared", "identity" },
		webEnvironment = org.springframework.boot.test.context.SpringBootTest.WebEnvironment.NONE)
@ExtendWith(TestDatabase.class)
@ContextConfiguration(initializers = ModuleTestDatabase.class)
class ProcessTransferModuleIntegrationTests {

	private static final Viewer CO_CHAIR = new Viewer(UUID.randomUUID(), "cc-records", Role.CO_CHAIR, Institution.UN,
			null);

	/** The code of a process that the test's part refuses. */
	private static final String REFUSED = "REFUSED";

	@Autowired
	ProcessTransfer transfer;

	@Autowired
	ProcessFileReader files;

	@Autowired
	RoundRecord rounds;

	@Autowired
	NotesPart notes;

	private static ProcessFile file(String code) {
		return new ProcessFile(ProcessFile.FORMAT_VERSION,
				new ProcessFile.ProcessEntry(code, "Record test talks", null, "Geneva", null, List.of()),
				List.of(new ProcessFile.AgendaEntry("IDP", WorkingGroup.WG2, "Displaced persons", null)),
				List.of(new ProcessFile.RoundEntry(1, LocalDate.of(2008, 10, 15), null, null, RoundStatus.HELD, "Geneva",
						"The first round.", null, false, null, List.of(), List.of(), List.of(), List.of(), List.of())),
				List.of(), List.of());
	}

	@Test
	void refusesTheWholeFileWhenAnyPartFindsFaultBeforeAnyPartWrites(AssertablePublishedEvents events) {
		byte[] content = files.write(file(REFUSED));

		assertThatThrownBy(() -> transfer.importFile("admin-records", content))
			.isInstanceOfSatisfying(ProcessFileRejected.class, rejected -> assertThat(rejected.problems())
				.singleElement()
				.satisfies(problem -> assertThat(problem.code()).isEqualTo("import.refusedByNotes")));

		assertThat(notes.loaded).doesNotContain(REFUSED);
		assertThat(rounds.process().map(process -> process.code())).isNotEqualTo(java.util.Optional.of(REFUSED));
		assertThat(events.ofType(ProcessRecordTransferred.class)).isEmpty();
	}

	@Test
	void importsAFileOnceThroughEveryPartAndExportsItForTheCoChairsAlone(Scenario scenario) {
		byte[] content = files.write(file("RT"));
		scenario.stimulate(() -> transfer.importFile("admin-records", content))
			.andWaitForEventOfType(ProcessRecordTransferred.class)
			.matchingMappedValue(ProcessRecordTransferred::direction, ProcessRecordTransferred.Direction.IMPORTED)
			.toArriveAndVerify((event, imported) -> {
				assertThat(imported.processCode()).isEqualTo("RT");
				assertThat(imported.rounds()).isEqualTo(1);
				assertThat(event.processCode()).isEqualTo("RT");
				assertThat(event.audience()).as("that a process was imported is public").isEqualTo(Audience.everyone());
				assertThat(event.action()).isEqualTo("process.imported");
			});
		assertThat(notes.loaded).containsExactly("RT");
		assertThat(rounds.round(Viewer.anonymous(), 1).publicSummary()).isEqualTo("The first round.");

		assertThatThrownBy(() -> transfer.importFile("admin-records", files.write(file("OTHER"))))
			.as("an installation runs one process")
			.isInstanceOfSatisfying(DeskException.Conflict.class,
					refused -> assertThat(refused.code()).isEqualTo("import.processExists"));

		assertThatThrownBy(() -> transfer.export(new Viewer(UUID.randomUUID(), "p-records", Role.PARTICIPANT, null, null)))
			.isInstanceOf(DeskException.NotFound.class);
		scenario.stimulate(() -> transfer.export(CO_CHAIR))
			.andWaitForEventOfType(ProcessRecordTransferred.class)
			.matchingMappedValue(ProcessRecordTransferred::direction, ProcessRecordTransferred.Direction.EXPORTED)
			.toArriveAndVerify((event, exported) -> {
				assertThat(event.actor()).isEqualTo("cc-records");
				assertThat(event.audience()).isEqualTo(Audience.coChairs());
				ProcessFile read = files.read(exported).file();
				assertThat(read.process().code()).isEqualTo("RT");
				assertThat(read.rounds()).extracting(ProcessFile.RoundEntry::number).containsExactly(1);
				assertThat(read.accounts()).as("what the test's part added").extracting(ProcessFile.AccountEntry::outlet)
					.containsExactly("Notes of the test's part");
			});
	}

	/** A part of the file besides the process's own, as a module that owns one would add it. */
	static class NotesPart implements RecordPart {

		final List<String> loaded = new CopyOnWriteArrayList<>();

		@Override
		public String name() {
			return "notes";
		}

		@Override
		public void check(ProcessFile file, FileProblems problems) {
			if (REFUSED.equals(file.process().code())) {
				problems.add("/process/code", "import.refusedByNotes");
			}
		}

		@Override
		public int load(ProcessFile file, RecordImport loading) {
			loaded.add(loading.process().processCode());
			return 0;
		}

		@Override
		public void export(Viewer viewer, RecordExport exporting) {
			exporting.accounts(List.of(new ProcessFile.AccountEntry(1, "PRESS", null, "Notes of the test's part", null,
					null, "Kept by the test's part.", "PUBLIC", null)));
		}
	}

	@TestConfiguration
	static class Parts {

		@Bean
		@Order(2)
		NotesPart notesPart() {
			return new NotesPart();
		}
	}
}
