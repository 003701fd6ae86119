package org.mediationdesk.attendance;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.mediationdesk.identity.Viewer;
import org.mediationdesk.process.FileProblems;
import org.mediationdesk.process.ProcessFile;
import org.mediationdesk.process.RecordExport;
import org.mediationdesk.process.RecordImport;
import org.mediationdesk.process.RecordPart;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The attendance record's part of a process record file: each meeting's entries, after the process's part. */
@Component
@Order(2)
class AttendanceRecordPart implements RecordPart {

	private final AttendanceRecord attendance;

	AttendanceRecordPart(AttendanceRecord attendance) {
		this.attendance = attendance;
	}

	@Override
	public String name() {
		return "attendance";
	}

	@Override
	public void check(ProcessFile file, FileProblems problems) {
		attendance.check(file, problems);
	}

	@Override
	public int load(ProcessFile file, RecordImport loading) {
		return attendance.load(file, loading.process());
	}

	@Override
	public void export(Viewer viewer, RecordExport exporting) {
		Map<UUID, List<ProcessFile.AttendanceEntry>> byMeeting = attendance.export(viewer);
		exporting.attendance(meeting -> byMeeting.getOrDefault(meeting, List.of()));
	}
}
