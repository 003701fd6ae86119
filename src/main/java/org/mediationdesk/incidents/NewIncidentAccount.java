package org.mediationdesk.incidents;

/**
 * A source's account of an incident: what happened in its words, its sources, and optionally who in its view is
 * responsible and its figures. A participant gives their own group's; the co-chairs and secretariat give the
 * facilitators'.
 */
public record NewIncidentAccount(String text, String sources, String responsible, Counts casualties) {
}
