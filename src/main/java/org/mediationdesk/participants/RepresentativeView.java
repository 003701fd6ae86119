package org.mediationdesk.participants;

import java.util.UUID;

import org.mediationdesk.shared.Institution;

/** A co-chair representative as the directory shows them. */
public record RepresentativeView(UUID id, Institution institution, String name, String title, String period) {
}
