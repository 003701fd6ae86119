package org.mediationdesk.incidents;

/** The dead, wounded and detained as one source counts them; a count not given is {@code null}. */
public record Casualties(Figures dead, Figures wounded, Figures detained) {

	public static Casualties none() {
		return new Casualties(null, null, null);
	}

	public boolean isEmpty() {
		return dead == null && wounded == null && detained == null;
	}
}
