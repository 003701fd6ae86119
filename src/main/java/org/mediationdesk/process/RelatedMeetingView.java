package org.mediationdesk.process;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A related meeting outside the rounds; {@code groups} are the codes of the participant groups that met. */
public record RelatedMeetingView(UUID id, String title, LocalDate heldOn, String dateNote, String place,
		List<String> groups, String summary, String source) {
}
