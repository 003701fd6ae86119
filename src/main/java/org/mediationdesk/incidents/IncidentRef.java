package org.mediationdesk.incidents;

/** An incident named on a meeting's page: its public id, its kind, its place and where its review stands. */
public record IncidentRef(String publicId, IncidentKind kind, String placeName, ReviewState state) {
}
