package org.mediationdesk.live;

import java.util.Locale;

import org.mediationdesk.identity.Viewer;

/**
 * Who holds a stream open: the viewer, and the language of their screen (a payload is built in it).
 *
 * @param locale the language of the screen that opened the stream
 */
public record Watcher(Viewer viewer, Locale locale) {
}
