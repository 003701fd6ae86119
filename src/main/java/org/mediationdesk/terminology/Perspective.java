package org.mediationdesk.terminology;

/**
 * Whose wording a form is: the Georgian official usage, the Russian official usage, the Abkhaz and the South
 * Ossetian usage, that of international organisations, and that of the international press.
 */
public enum Perspective {
	GE, RU, AB, SO, INTL, MEDIA
}
