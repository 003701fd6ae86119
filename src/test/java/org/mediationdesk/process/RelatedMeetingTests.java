package org.mediationdesk.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** A related meeting reads back the groups that met, in their order, and none where the record names none. */
class RelatedMeetingTests {

	@Test
	void readsBackTheGroupsThatMetInTheirOrder() {
		RelatedMeetingView view = RelatedMeeting.of(UUID.randomUUID(), "Consultations in Moscow", LocalDate.of(2009, 2,
				10), null, "Moscow", "RU,AB,SO", "Positions for the talks.", "Press report").view();

		assertThat(view.groups()).containsExactly("RU", "AB", "SO");
		assertThat(view.title()).isEqualTo("Consultations in Moscow");
		assertThat(view.heldOn()).isEqualTo(LocalDate.of(2009, 2, 10));
	}

	@Test
	void namesNoGroupWhereTheRecordNamesNone() {
		assertThat(RelatedMeeting.of(UUID.randomUUID(), "Meeting", null, "early 2009", null, null, null, null).view()
			.groups()).isEmpty();
		assertThat(RelatedMeeting.of(UUID.randomUUID(), "Meeting", null, "early 2009", null, " ", null, null).view()
			.groups()).isEmpty();
	}
}
