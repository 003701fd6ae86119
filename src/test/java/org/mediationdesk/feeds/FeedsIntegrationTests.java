package org.mediationdesk.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mediationdesk.Fixtures;
import org.mediationdesk.IntegrationTest;
import org.mediationdesk.identity.AccountManagement;
import org.mediationdesk.identity.Role;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.participants.GroupView;
import org.mediationdesk.process.MeetingKind;
import org.mediationdesk.process.MeetingView;
import org.mediationdesk.process.NewMeeting;
import org.mediationdesk.process.RoundRecord;
import org.mediationdesk.process.RoundView;
import org.mediationdesk.shared.Institution;
import org.mediationdesk.shared.LanguageCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;

/**
 * The Atom feed and the calendar, public and at personal addresses: what each viewer's feed carries is what they may
 * see, and a personal address stands for its holder only while it is in use and their account enabled.
 */
@IntegrationTest
@RecordApplicationEvents
class FeedsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	RoundRecord rounds;

	@Autowired
	org.mediationdesk.process.RoundManagement roundManagement;

	@Autowired
	FeedAddresses addresses;

	@Autowired
	AccountManagement accounts;

	@Autowired
	ApplicationEvents events;

	private MockHttpServletResponse get(String path, String... acceptLanguage) throws Exception {
		var request = MockMvcRequestBuilders.get(path);
		if (acceptLanguage.length > 0) {
			request.header("Accept-Language", acceptLanguage[0]);
		}
		return mvc.perform(request).andReturn().getResponse();
	}

	private static String secret(CreatedFeedAddress created) {
		String path = created.calendar();
		return path.substring(path.indexOf("/personal/") + "/personal/".length(), path.lastIndexOf('/'));
	}

	/** The lines of the calendar that belong to the event with this UID, unfolded. */
	private static String event(String calendar, String uid) {
		String unfolded = calendar.replace("\r\n ", "").replace("\r\n", "\n");
		int at = unfolded.indexOf("UID:" + uid);
		assertThat(at).as("the event " + uid).isPositive();
		return unfolded.substring(unfolded.lastIndexOf("BEGIN:VEVENT", at), unfolded.indexOf("END:VEVENT", at));
	}

	@Test
	void aMeetingsHiddenPartsAndTheCoChairsNoteNeverReachAFeedOfSomeoneWhoMayNotSeeThem() throws Exception {
		Viewer coChair = fixtures.viewer(Role.CO_CHAIR, Institution.OSCE, null);
		Viewer participant = fixtures.viewer(Role.PARTICIPANT, null, "GE");
		// a round with the co-chairs' internal note, and a sideline meeting in it: who met is for the co-chairs, what
		// about and where for them and the group invited
		RoundView noted = java.util.stream.IntStream.rangeClosed(1, 64)
			.mapToObj(number -> rounds.round(coChair, number))
			.filter(round -> round.internalNote() != null && round.startDate() != null)
			.findFirst()
			.orElseThrow();
		GroupView invited = fixtures.group("SO");
		MeetingView sideline = roundManagement.addMeeting(coChair, noted.number(), new NewMeeting(MeetingKind.SIDELINE_MEETING,
				"Crossing points", noted.startDate(), null, "Palais des Nations", null, List.of(invited.code())));
		String uid = "meeting-" + sideline.id() + "@mediationdesk";
		String hiddenLabel = invited.label(LanguageCode.EN);
		String note = noted.internalNote().substring(0, Math.min(40, noted.internalNote().length()));

		String mine = get(FeedsController.personal(secret(addresses.create(coChair)), "rounds.ics")).getContentAsString();
		assertThat(event(mine, uid)).contains("Crossing points", "Palais des Nations", hiddenLabel);
		assertThat(event(mine, "round-" + noted.number() + "@mediationdesk").replace("\n", "")).contains(note);

		String theirs = get(FeedsController.personal(secret(addresses.create(participant)), "rounds.ics"))
			.getContentAsString();
		String everyones = get("/calendar/rounds.ics").getContentAsString();
		String invitedOnes = get(FeedsController.personal(secret(addresses.create(fixtures.viewer(Role.PARTICIPANT, null,
				invited.code()))), "rounds.ics")).getContentAsString();
		assertThat(event(invitedOnes, uid)).as("the invited group reads its topic and place")
			.contains("Crossing points", "Palais des Nations").doesNotContain(hiddenLabel);
		for (String calendar : List.of(theirs, everyones)) {
			String meeting = event(calendar, uid);
			// the public parts of the meeting are there (that it takes place, its day); its topic and place are for
			// the groups invited to it; who was invited is in no field, under no name
			assertThat(meeting).contains("DTSTART").doesNotContain("Crossing points", "Palais des Nations");
			for (LanguageCode language : LanguageCode.values()) {
				assertThat(meeting).doesNotContain(invited.label(language));
			}
			assertThat(meeting).doesNotContain("Invited").doesNotContain(":" + invited.code() + "\n");
			assertThat(calendar.replace("\r\n ", "")).doesNotContain(note);
		}
	}

	@Test
	void theCalendarIsValidAndMarksRoundsThatDidNotTakePlace() throws Exception {
		MockHttpServletResponse response = get("/calendar/rounds.ics");
		assertThat(response.getContentType()).startsWith("text/calendar");
		Calendar calendar = new CalendarBuilder().build(new StringReader(response.getContentAsString()));
		List<VEvent> events = calendar.getComponents("VEVENT");
		assertThat(events).isNotEmpty();
		assertThat(events).allSatisfy(event -> assertThat(event.getUid()).isPresent());
		// the first round of the reference record broke off: it is in the calendar, cancelled and marked
		String first = event(response.getContentAsString(), "round-1@mediationdesk");
		assertThat(first).contains("STATUS:CANCELLED", "SUMMARY:[Collapsed]");
		assertThat(event(get("/calendar/rounds.ics?lang=ru").getContentAsString(), "round-1@mediationdesk"))
			.contains("SUMMARY:[Сорван]");
	}

	@Test
	void theAtomFeedAnnouncesAChangeToARoundInTheReadersLanguage() throws Exception {
		Viewer coChair = fixtures.coChair(Institution.UN);
		RoundView convened = roundManagement.convene(coChair, LocalDate.of(2031, 5, 6), LocalDate.of(2031, 5, 7), "Feedville", true);
		String english = get("/feeds/communiques.atom").getContentAsString();
		assertThat(english).contains("<title>Round " + convened.number() + " convened</title>", "Feedville",
				"Pending confirmation by all participants");
		String russian = get("/feeds/communiques.atom", "ru-RU,ru;q=0.9").getContentAsString();
		assertThat(russian).contains("<title>Созван раунд " + convened.number() + "</title>", "<dc:language>ru</dc:language>")
			.doesNotContain("convened</title>");
		assertThat(get("/feeds/communiques.atom?lang=ru").getContentAsString()).contains("Созван раунд");
		// the feed names nothing the public does not see: no co-chairs' note, no invited groups
		assertThat(english).doesNotContain("Co-chairs’ note").doesNotContain("Invited:");
	}

	/**
	 * A calendar read again while nothing changed is the one written before (the same validator, and 304 to a client
	 * that sends it back); the first reading after a change has it, in every feed and for every reader.
	 */
	@Test
	void aFeedIsWrittenAgainOnlyAfterAChange() throws Exception {
		MockHttpServletResponse first = get("/calendar/rounds.ics");
		String etag = first.getHeader("ETag");
		assertThat(etag).isNotBlank();
		assertThat(get("/calendar/rounds.ics").getHeader("ETag")).isEqualTo(etag);
		MockHttpServletResponse again = mvc.perform(MockMvcRequestBuilders.get("/calendar/rounds.ics")
			.header("If-None-Match", etag)).andReturn().getResponse();
		assertThat(again.getStatus()).isEqualTo(304);
		assertThat(again.getContentAsString()).isEmpty();
		Viewer coChair = fixtures.viewer(Role.CO_CHAIR, Institution.EU, null);
		String calendar = FeedsController.personal(secret(addresses.create(coChair)), "rounds.ics");
		assertThat(get(calendar).getContentAsString()).doesNotContain("Cachetown");
		RoundView convened = roundManagement.convene(coChair, LocalDate.of(2032, 3, 2), LocalDate.of(2032, 3, 3), "Cachetown",
				true);
		MockHttpServletResponse changed = get("/calendar/rounds.ics");
		assertThat(changed.getHeader("ETag")).isNotEqualTo(etag);
		assertThat(changed.getContentAsString()).contains("round-" + convened.number() + "@mediationdesk", "Cachetown");
		assertThat(mvc.perform(MockMvcRequestBuilders.get("/calendar/rounds.ics").header("If-None-Match", etag))
			.andReturn().getResponse().getStatus()).isEqualTo(200);
		assertThat(get(calendar).getContentAsString()).contains("Cachetown");
		assertThat(get("/feeds/communiques.atom").getContentAsString()).contains("Cachetown");
	}

	/**
	 * The public feeds are kept by shared caches for a minute and read differently by language: they say that they
	 * vary with Accept-Language, so that a Russian reader never gets the English copy a cache kept.
	 */
	@Test
	void thePublicFeedsSayThatTheyVaryWithTheReadersLanguage() throws Exception {
		for (String path : FeedsController.paths()) {
			MockHttpServletResponse english = get(path, "en");
			MockHttpServletResponse russian = get(path, "ru");
			assertThat(english.getHeader("Cache-Control")).as(path).contains("public");
			assertThat(english.getHeaders("Vary")).as(path).anySatisfy(vary -> assertThat(vary).contains("Accept-Language"));
			assertThat(russian.getHeaders("Vary")).as(path).anySatisfy(vary -> assertThat(vary).contains("Accept-Language"));
			assertThat(russian.getContentAsString()).as(path).isNotEqualTo(english.getContentAsString());
		}
		Viewer participant = fixtures.viewer(Role.PARTICIPANT, null, "GE");
		String calendar = FeedsController.personal(secret(addresses.create(participant)), "rounds.ics");
		assertThat(get(calendar, "ru").getHeaders("Vary")).anySatisfy(vary -> assertThat(vary).contains("Accept-Language"));
	}

	@Test
	void aPersonalAddressAnswersOnlyWhileItIsInUseAndItsAccountEnabled() throws Exception {
		Viewer participant = fixtures.viewer(Role.PARTICIPANT, null, "RU");
		CreatedFeedAddress created = addresses.create(participant);
		String calendar = FeedsController.personal(secret(created), "rounds.ics");
		String atom = FeedsController.personal(secret(created), "communiques.atom");
		assertThat(get(calendar).getStatus()).isEqualTo(200);
		assertThat(get(atom).getStatus()).isEqualTo(200);
		assertThat(get(atom).getContentType()).startsWith("application/atom+xml");
		// the address opens no session: it stands for its holder for this request only
		assertThat(mvc.perform(MockMvcRequestBuilders.get(calendar)).andReturn().getRequest().getSession(false)).isNull();
		assertThat(get(FeedsController.personal("x".repeat(43), "rounds.ics")).getStatus()).isEqualTo(404);
		assertThat(get(FeedsController.personal("short", "rounds.ics")).getStatus()).isEqualTo(404);

		assertThat(addresses.list(participant)).extracting(FeedAddressView::id).containsExactly(created.id());
		addresses.revoke(participant, created.id());
		assertThat(get(calendar).getStatus()).isEqualTo(404);
		assertThat(get(atom).getStatus()).isEqualTo(404);
		assertThat(addresses.list(participant).get(0).active()).isFalse();
		assertThat(events.stream(FeedAddressChanged.class).filter(event -> event.addressId().equals(created.id())))
			.extracting(FeedAddressChanged::revoked)
			.containsExactly(false, true);

		CreatedFeedAddress another = addresses.create(participant);
		String again = FeedsController.personal(secret(another), "rounds.ics");
		assertThat(get(again).getStatus()).isEqualTo(200);
		accounts.disable(fixtures.admin(), participant.accountId());
		assertThat(get(again).getStatus()).isEqualTo(404);
	}

	@Test
	void nobodyRevokesAnotherUsersAddress() {
		Viewer holder = fixtures.viewer(Role.PARTICIPANT, null, "GE");
		Viewer other = fixtures.viewer(Role.PARTICIPANT, null, "GE");
		CreatedFeedAddress created = addresses.create(holder);
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> addresses.revoke(other, created.id()))
			.isInstanceOf(org.mediationdesk.shared.DeskException.NotFound.class);
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> addresses.revoke(other, UUID.randomUUID()))
			.isInstanceOf(org.mediationdesk.shared.DeskException.NotFound.class);
		assertThat(addresses.list(holder).get(0).active()).isTrue();
	}
}
