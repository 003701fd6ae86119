package org.mediationdesk.process;

import org.mediationdesk.identity.Viewer;
import org.mediationdesk.shared.LanguageCode;

/**
 * A part of a round that another module records, such as its attendance or the accounts of it, for the
 * round's JSON. Each part is given as the viewer may see it; the module that owns it asks the access policy.
 */
public interface RoundPart {

	/** The name of the part in the round's JSON. */
	String name();

	/** The part for this round, as the viewer may see it. */
	Object of(Viewer viewer, int number, LanguageCode language);
}
