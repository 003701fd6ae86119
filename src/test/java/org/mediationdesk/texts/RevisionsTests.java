package org.mediationdesk.texts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

class RevisionsTests {

	private final Revisions revisions = new Revisions(null, JsonMapper.builder().build());

	/**
	 * A revision as the first format stored it: the text's view when circulated, with "alternatives", their
	 * "textEn", and fields that later views added (cosponsors, the Russian chapeau) missing.
	 */
	private static final String FIRST_FORMAT = """
			{"id":"2b0c3c9e-4a53-4c55-9d6f-0a4f8b112233","symbol":"GID/NUF/1","title":"Joint statement",
			 "titleRu":null,"chapeau":"The participants,","status":"CIRCULATED","revision":1,
			 "requiredGroups":["GE","RU"],"revealed":false,
			 "provisions":[{"eId":"para_1","number":1,"settledBy":null,"alternatives":[
			   {"id":"6f1c2f7e-3b1a-4a53-9c55-2d6f0a4f8b11","sponsor":"CO_CHAIRS","textEn":"Refrain from [any] use of force.",
			    "textRu":"Воздерживаться от [любого] применения силы.","introducedIn":1,"confidential":false,"brackets":1,
			    "revealed":false,"stances":{}}]},
			  {"eId":"para_3","number":2,"settledBy":null,"alternatives":[]}],
			 "sealed":0,"openProvisions":2,"openBrackets":1,"openAlternatives":1,"seen":4}
			""";

	@Test
	void readsARevisionStoredInTheFirstFormat() {
		RevisionSnapshot snapshot = revisions.read(1, FIRST_FORMAT);
		assertThat(snapshot.format()).isEqualTo(1);
		TextView view = snapshot.view(UUID.randomUUID(), 1);
		assertThat(view.symbol()).isEqualTo("GID/NUF/1");
		assertThat(view.chapeauRu()).isNull();
		assertThat(view.provisions()).extracting(TextView.ProvisionView::eId).containsExactly("para_1", "para_3");
		assertThat(view.provisions().get(0).wordings()).singleElement().satisfies(wording -> {
			assertThat(wording.textEn()).isEqualTo("Refrain from [any] use of force.");
			assertThat(wording.textRu()).startsWith("Воздерживаться");
			assertThat(wording.sponsors()).containsExactly("CO_CHAIRS");
			assertThat(wording.brackets()).isEqualTo(1);
			assertThat(wording.stances()).isEmpty();
		});
		assertThat(List.of(view.openProvisions(), view.openBrackets(), view.openWordings())).containsExactly(2, 1, 1);
	}

	@Test
	void writesTheCurrentFormatWithItsNumberAndReadsItBack() {
		RevisionSnapshot snapshot = new RevisionSnapshot(RevisionSnapshot.FORMAT, "GID/NUF/2", "Title", "Название", null,
				null, List.of("GE"), List.of(new RevisionSnapshot.ProvisionEntry("para_1", null,
						List.of(new RevisionSnapshot.WordingEntry(UUID.randomUUID(), "GE", List.of("RU"), "Words.", null, 1)))));
		String stored = JsonMapper.builder().build().writeValueAsString(snapshot);
		assertThat(stored).contains("\"format\":" + RevisionSnapshot.FORMAT);
		assertThat(revisions.read(RevisionSnapshot.FORMAT, stored)).isEqualTo(snapshot);
	}
}
