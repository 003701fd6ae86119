package org.mediationdesk.identity;

import java.util.UUID;

/** A token just issued, with its secret: the only time the secret is available. */
public record IssuedToken(UUID id, String name, String secret) {
}
