package org.mediationdesk.hotline;

/** A message between the sides, or the advance notice of a sensitive activity (an exercise, works near the line). */
public enum ActivationKind {
	MESSAGE, ADVANCE_NOTICE
}
