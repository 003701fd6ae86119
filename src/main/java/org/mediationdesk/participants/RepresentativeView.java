package org.mediationdesk.participants;

import java.util.UUID;

import org.mediationdesk.shared.Institution;
import org.mediationdesk.shared.Localized;

/** A co-chair representative as the directory shows them; {@code titles}: the title in every language written. */
public record RepresentativeView(UUID id, Institution institution, String name, String title, String period,
		Localized titles) {
}
