package org.mediationdesk.process;

/** The outcome of one standing agenda item in a round. */
record AgendaOutcome(String itemCode, AgendaOutcomeKind outcome) {
}
