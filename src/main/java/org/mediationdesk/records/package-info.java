/**
 * The process record file: the whole record of a process in one JSON file, imported into an installation
 * without a process and exported by the co-chairs and secretariat (described in {@code docs/process-record.md}).
 *
 * <ul>
 * <li><b>Process record file</b>: the process, its standing agenda, its rounds with their meetings and each
 * meeting's attendance, the accounts of the rounds, and the related meetings.</li>
 * <li><b>Part</b>: what one module owns of the file ({@link org.mediationdesk.process.RecordPart}): the
 * process and its rounds, the attendance record, the accounts. This module goes through the parts in order and
 * knows none of them.</li>
 * <li><b>Import</b>: whole or nothing. Every part checks the file before any writes, and every problem is
 * named with its line and field; an installation runs one process, so a second import is refused.</li>
 * <li><b>Export</b>: what the co-chairs and secretariat see, which leaves out each group's private
 * accounts.</li>
 * </ul>
 *
 * The reference record of the Geneva International Discussions is imported this way on the first start, and
 * {@code process import|export FILE} does the same at the command line.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Records",
		allowedDependencies = { "shared", "identity", "participants", "process", "confidentiality" })
package org.mediationdesk.records;
