package org.mediationdesk.shared;

import java.util.List;

/**
 * What a module has published for anyone to read, for the public feeds and the search. Each module that
 * publishes something declares one bean; only what the public may see belongs here.
 */
public interface PublicEntries {

	List<PublicEntry> publicEntries();
}
