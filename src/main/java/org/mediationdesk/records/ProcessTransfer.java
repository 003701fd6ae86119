package org.mediationdesk.records;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.mediationdesk.identity.Viewer;
import org.mediationdesk.participants.ParticipantDirectory;
import org.mediationdesk.process.ProcessFile;
import org.mediationdesk.process.ProcessFileReader;
import org.mediationdesk.process.ProcessFileRejected;
import org.mediationdesk.process.RecordExport;
import org.mediationdesk.process.RecordImport;
import org.mediationdesk.process.RecordPart;
import org.mediationdesk.process.RoundRecord;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports and exports a process record file across the modules that own its parts (each a {@link RecordPart}:
 * the process and its rounds, the attendance record, the accounts). An import is checked whole, by every
 * part, before anything is written, and is written in one transaction: a file is imported entirely or not at
 * all.
 */
@Service
public class ProcessTransfer {

	/** The reference record of the Geneva International Discussions, in the process record format. */
	static final String REFERENCE_RECORD = "reference/gid-record.json";

	private final ProcessFileReader files;
	private final ParticipantDirectory directory;
	private final RoundRecord rounds;
	/** The parts of the file, the process's first. */
	private final List<RecordPart> parts;
	private final ApplicationEventPublisher events;

	ProcessTransfer(ProcessFileReader files, ParticipantDirectory directory, RoundRecord rounds,
			List<RecordPart> parts, ApplicationEventPublisher events) {
		this.files = files;
		this.directory = directory;
		this.rounds = rounds;
		this.parts = List.copyOf(parts);
		this.events = events;
	}

	/** What an import recorded: the rounds, and what the attendance record and the accounts recorded of them. */
	public record Imported(String processCode, int rounds, int attendanceEvents, int accounts) {
	}

	/**
	 * Imports a process record file into an installation that has no process yet. Throws
	 * {@link org.mediationdesk.process.ProcessFileRejected} with every problem found (line, field, what) if
	 * the file is not valid, and a conflict if a process is recorded already; nothing is written then.
	 */
	@Transactional
	public Imported importFile(String actor, byte[] content) {
		ProcessFileReader.Read read = files.read(content);
		directory.loadReferenceDirectory();
		for (RecordPart part : parts) {
			part.check(read.file(), read.problems());
		}
		read.problems().rejectIfAny();
		RecordImport loading = new RecordImport();
		Map<String, Integer> recorded = new HashMap<>();
		for (RecordPart part : parts) {
			recorded.put(part.name(), part.load(read.file(), loading));
		}
		Imported imported = new Imported(loading.process().processCode(), read.file().rounds().size(),
				recorded.getOrDefault("attendance", 0), recorded.getOrDefault("accounts", 0));
		events.publishEvent(new ProcessRecordTransferred(actor, ProcessRecordTransferred.Direction.IMPORTED,
				imported.processCode(), imported.rounds() + " rounds"));
		return imported;
	}

	/** Loads the reference record into an installation without a process; false if one is there already. */
	@Transactional
	public boolean loadReferenceRecord() {
		if (rounds.process().isPresent()) {
			return false;
		}
		try (InputStream in = new ClassPathResource(REFERENCE_RECORD).getInputStream()) {
			importFile("system", in.readAllBytes());
			return true;
		}
		catch (IOException e) {
			throw new UncheckedIOException("The reference record " + REFERENCE_RECORD + " cannot be read", e);
		}
		catch (ProcessFileRejected rejected) {
			throw new IllegalStateException("The reference record " + REFERENCE_RECORD + " is not valid: "
					+ rejected.problems(), rejected);
		}
	}

	/**
	 * The process record as a file, for the co-chairs and secretariat: everything they may see, which leaves
	 * out each group's private accounts.
	 */
	@Transactional
	public byte[] export(Viewer viewer) {
		RecordExport exporting = new RecordExport();
		for (RecordPart part : parts) {
			part.export(viewer, exporting);
		}
		ProcessFile file = exporting.file();
		events.publishEvent(new ProcessRecordTransferred(viewer.username(), ProcessRecordTransferred.Direction.EXPORTED,
				file.process().code(), file.rounds().size() + " rounds"));
		return files.write(file);
	}
}
