package org.mediationdesk.incidents;

import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.SingleLine;

/**
 * Where an incident happened: a neutral place name (the glossary's neutral form where names are contested), how
 * exactly the place is known, and for a point its latitude and longitude (WGS 84).
 */
public record Place(String name, PlacePrecision precision, Double lat, Double lon) {

	/** The place checked: a name, a precision, coordinates for a point only, each in its range. */
	Place checked() {
		String named = name == null ? "" : SingleLine.clean(name).strip();
		if (named.isEmpty() || named.length() > 200) {
			throw new DeskException.Invalid("incidents.placeNameRequired", 200);
		}
		if (precision == null) {
			throw new DeskException.Invalid("incidents.placePrecisionRequired");
		}
		if (precision.hasCoordinates() != (lat != null && lon != null) || (lat == null) != (lon == null)) {
			throw new DeskException.Invalid("incidents.coordinatesForPointOnly");
		}
		if (lat != null && (lat < -90 || lat > 90 || lon < -180 || lon > 180 || lat.isNaN() || lon.isNaN())) {
			throw new DeskException.Invalid("incidents.coordinatesOutOfRange");
		}
		return new Place(named, precision, lat, lon);
	}
}
