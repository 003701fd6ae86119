package org.mediationdesk.texts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mediationdesk.Fixtures;
import org.mediationdesk.IntegrationTest;
import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.shared.Institution;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * When a text awaits a group's stance ({@link TextReading#awaitingStanceOf}), the one rule the home page and the
 * notifications follow: once the co-chairs share it, while a tabled wording of an open provision has no stance of
 * the group; not before, and not once the group has stated on every such wording.
 */
@IntegrationTest
class AwaitedStanceIntegrationTests {

	@Autowired
	NegotiatingTexts texts;

	@Autowired
	TextReading reading;

	@Autowired
	Fixtures fixtures;

	@Test
	void aTextSharedWithAGroupAwaitsItsStanceUntilTheGroupStatesOne() {
		Viewer coChair = fixtures.coChair(Institution.EU);
		UUID id = texts.create(coChair, new NegotiatingTexts.NewText("GID/AWAIT/" + UUID.randomUUID().toString()
			.substring(0, 6), "Awaited", null, null, Audience.allParticipants(), List.of("GE", "RU"))).id();
		String eId = texts.addProvision(coChair, id);
		UUID wording = texts.propose(coChair, id, eId, new NegotiatingTexts.NewWording("A wording.", null, null, false));
		Viewer tbilisi = fixtures.participant("GE");
		Viewer moscow = fixtures.participant("RU");
		Viewer sukhum = fixtures.participant("AB");
		assertThat(reading.awaitsStanceOf(tbilisi, id)).as("the co-chairs' private draft asks nobody yet").isFalse();

		texts.share(coChair, id, null);
		assertThat(reading.awaitsStanceOf(tbilisi, id)).isTrue();
		assertThat(reading.awaitingStanceOf(tbilisi)).extracting(TextView::id).contains(id);
		assertThat(reading.awaitsStanceOf(sukhum, id)).as("the text does not ask that group's stance").isFalse();
		assertThat(reading.awaitingStanceOf(sukhum)).extracting(TextView::id).doesNotContain(id);
		assertThat(reading.awaitingStanceOf(coChair)).as("the co-chairs state no stance").isEmpty();

		texts.state(tbilisi, id, wording, StanceKind.REJECT, null);
		assertThat(reading.awaitsStanceOf(tbilisi, id)).as("stated, though the provision stays open").isFalse();
		assertThat(reading.awaitingStanceOf(tbilisi)).extracting(TextView::id).doesNotContain(id);
		assertThat(reading.awaitsStanceOf(moscow, id)).as("another required group has still to state").isTrue();

		texts.propose(coChair, id, eId, new NegotiatingTexts.NewWording("Another wording.", null, null, false));
		assertThat(reading.awaitsStanceOf(tbilisi, id)).as("a new wording tabled asks again").isTrue();
	}
}
