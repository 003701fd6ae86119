package org.mediationdesk.incidents;

/** How exactly a place is known: a point with coordinates, near a named place, a district, or along the line. */
public enum PlacePrecision {
	POINT, NEAR, DISTRICT, ALONG_THE_LINE;

	public boolean hasCoordinates() {
		return this == POINT;
	}
}
