package org.mediationdesk.process;

import java.time.LocalDate;

/** A decision of a round, such as the dates of the next one. */
record RoundDecision(String text, DecisionStatus status, LocalDate decidedOn) {
}
