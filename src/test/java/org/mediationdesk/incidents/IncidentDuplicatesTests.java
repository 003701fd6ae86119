package org.mediationdesk.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** What makes two incidents likely duplicates as to their place: the same name, or points a few kilometres apart. */
class IncidentDuplicatesTests {

	@Test
	void takesTheSamePlaceNameWhateverItsCaseOrSpaces() {
		assertThat(IncidentDuplicates.samePlace(new Place("near Odzisi", PlacePrecision.NEAR, null, null),
				new Place(" Near ODZISI ", PlacePrecision.NEAR, null, null))).isTrue();
		assertThat(IncidentDuplicates.samePlace(new Place("near Odzisi", PlacePrecision.NEAR, null, null),
				new Place("near Ergneti", PlacePrecision.NEAR, null, null))).isFalse();
	}

	@Test
	void takesPointsWithinFiveKilometresAndNoFarther() {
		Place here = new Place("one", PlacePrecision.POINT, 42.30, 44.00);
		assertThat(IncidentDuplicates.samePlace(here, new Place("two", PlacePrecision.POINT, 42.31, 44.01))).isTrue();
		assertThat(IncidentDuplicates.samePlace(here, new Place("two", PlacePrecision.POINT, 42.40, 44.00))).isFalse();
		assertThat(IncidentDuplicates.samePlace(here, new Place("two", PlacePrecision.NEAR, null, null))).isFalse();
		// a tenth of a degree of latitude is some 11.1 km
		assertThat(IncidentDuplicates.kilometres(42.30, 44.00, 42.40, 44.00)).isCloseTo(11.12, within(0.05));
	}
}
