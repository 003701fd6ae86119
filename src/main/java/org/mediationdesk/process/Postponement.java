package org.mediationdesk.process;

import java.time.LocalDate;

/** A date a round was planned for and did not keep: when it was announced, and why. */
record Postponement(LocalDate plannedStart, LocalDate plannedEnd, LocalDate announced, String reason) {
}
