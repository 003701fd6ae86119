package org.mediationdesk.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mediationdesk.Fixtures;
import org.mediationdesk.ModuleTestDatabase;
import org.mediationdesk.TestDatabase;
import org.mediationdesk.identity.AccountManagement;
import org.mediationdesk.identity.Assignment;
import org.mediationdesk.identity.Role;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.participants.ParticipantDirectory;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.Institution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The live module alone (with {@code shared} and {@code identity}): a change published on a topic reaches, as a
 * Server-Sent Event, each watcher for whom the publisher gives something, and no one else; and it goes out only once
 * its transaction commits; a watcher who may no longer see the topic, or whose account was disabled, is ended, and one
 * whose role changed goes on as the account stands now. The streams are opened by a screen of this test's own, as the
 * board's screen opens them.
 *
 * <p>{@code participants} is booted too, though this module does not use it: the test fixtures of the root package
 * open accounts through {@code identity}, whose accounts need a {@code GroupDirectory}, which the participants'
 * directory provides.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES,
		extraIncludes = { "shared", "identity", "participants" },
		webEnvironment = org.springframework.boot.test.context.SpringBootTest.WebEnvironment.NONE)
@ExtendWith(TestDatabase.class)
@ContextConfiguration(initializers = ModuleTestDatabase.class)
class LiveStreamsModuleIntegrationTests {

	@Autowired
	LiveStreams streams;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AccountManagement accounts;

	@Autowired
	ParticipantDirectory directory;

	private final Map<String, Viewer> viewers = new ConcurrentHashMap<>();

	@Autowired
	TransactionTemplate transactions;

	private MockMvc screens;

	private String topic;

	/**
	 * A screen that opens a stream on a topic for a viewer, as a module's controller does: what the viewer may see
	 * of the topic is the role they watch it as.
	 */
	@RestController
	static class Screen {

		private final LiveStreams streams;
		private final Map<String, Viewer> viewers;

		Screen(LiveStreams streams, Map<String, Viewer> viewers) {
			this.streams = streams;
			this.viewers = viewers;
		}

		@GetMapping("/watch")
		SseEmitter watch(@RequestParam String topic, @RequestParam String who) {
			return streams.open(new Watcher(viewers.get(who), Locale.ENGLISH), topic, "board",
					watcher -> Optional.of(Map.of("opened", who, "as", watcher.viewer().role().name())));
		}
	}

	@BeforeEach
	void opensAScreen() {
		directory.loadReferenceDirectory();
		viewers.put("co-chair", fixtures.viewer(Role.CO_CHAIR, Institution.OSCE, null));
		viewers.put("participant", fixtures.viewer(Role.PARTICIPANT, null, "GE"));
		screens = MockMvcBuilders.standaloneSetup(new Screen(streams, viewers)).build();
		topic = "test-board:" + UUID.randomUUID();
	}

	private MockHttpServletResponse watch(String who) throws Exception {
		return screens.perform(get("/watch").param("topic", topic).param("who", who)).andReturn().getResponse();
	}

	/** The stream's text once it holds {@code expected}; fails if it does not within a few seconds. */
	private static String awaitContaining(MockHttpServletResponse stream, String expected) throws Exception {
		long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		String received = stream.getContentAsString();
		while (!received.contains(expected) && System.nanoTime() < end) {
			Thread.sleep(20);
			received = stream.getContentAsString();
		}
		assertThat(received).contains(expected);
		return received;
	}

	@Test
	void sendsAChangeToTheWatcherWhoMaySeeItAndNothingToTheOneWhoMayNot() throws Exception {
		MockHttpServletResponse coChair = watch("co-chair");
		MockHttpServletResponse participant = watch("participant");
		awaitContaining(coChair, "\"opened\":\"co-chair\"");
		awaitContaining(participant, "\"opened\":\"participant\"");
		assertThat(streams.watching(topic)).isEqualTo(2);

		streams.publish(topic, "board", watcher -> watcher.viewer().isMediator()
				? Optional.of(Map.of("note", "in confidence to the mediators")) : Optional.empty());
		streams.publish(topic, "board", watcher -> Optional.of(Map.of("note", "for everyone")));

		String toCoChair = awaitContaining(coChair, "for everyone");
		assertThat(toCoChair).contains("event:board", "in confidence to the mediators");
		// the changes go out in order, so once the last one is there, the earlier ones would be too
		String toParticipant = awaitContaining(participant, "for everyone");
		assertThat(toParticipant).doesNotContain("in confidence");
	}

	@Test
	void endsTheStreamOfAWatcherWhoMayNoLongerSeeTheTopic() throws Exception {
		MockHttpServletResponse coChair = watch("co-chair");
		MockHttpServletResponse participant = watch("participant");
		awaitContaining(participant, "\"opened\":\"participant\"");

		streams.publish(topic, "board", watcher -> {
			if (!watcher.viewer().isMediator()) {
				throw new DeskException.NotFound();
			}
			return Optional.of(Map.of("note", "for the mediators"));
		});
		awaitWatching(1);
		streams.publish(topic, "board", watcher -> Optional.of(Map.of("note", "for everyone")));

		assertThat(awaitContaining(coChair, "for everyone")).contains("for the mediators");
		assertThat(participant.getContentAsString()).doesNotContain("for the mediators", "for everyone");
	}

	@Test
	void endsTheStreamsOfADisabledAccountAtOnce() throws Exception {
		MockHttpServletResponse participant = watch("participant");
		MockHttpServletResponse coChair = watch("co-chair");
		awaitContaining(participant, "\"opened\":\"participant\"");
		awaitContaining(coChair, "\"opened\":\"co-chair\"");
		awaitWatching(2);

		accounts.disable(fixtures.admin(), viewers.get("participant").accountId());

		awaitWatching(1);
		streams.publish(topic, "board", watcher -> Optional.of(Map.of("note", "after the disabling")));
		awaitContaining(coChair, "after the disabling");
		assertThat(participant.getContentAsString()).doesNotContain("after the disabling");
	}

	@Test
	void goesOnAsTheAccountStandsNowOnceItsRoleChanged() throws Exception {
		MockHttpServletResponse coChair = watch("co-chair");
		awaitContaining(coChair, "\"as\":\"CO_CHAIR\"");

		accounts.assign(fixtures.admin(), viewers.get("co-chair").accountId(),
				new Assignment(Role.PARTICIPANT, null, fixtures.group("GE").id()));

		// the view is sent again at once, as the account stands now, before any change
		String now = awaitContaining(coChair, "\"as\":\"PARTICIPANT\"");
		assertThat(now.indexOf("\"as\":\"PARTICIPANT\"")).isGreaterThan(now.indexOf("\"as\":\"CO_CHAIR\""));
		streams.publish(topic, "board", watcher -> watcher.viewer().isMediator()
				? Optional.of(Map.of("note", "in confidence to the mediators")) : Optional.empty());
		streams.publish(topic, "board", watcher -> Optional.of(Map.of("note", "for everyone")));
		assertThat(awaitContaining(coChair, "for everyone")).doesNotContain("in confidence");
		assertThat(streams.watching(topic)).isEqualTo(1);
	}

	/** Waits until the topic has this many open streams; fails if it does not within a few seconds. */
	private void awaitWatching(int expected) throws InterruptedException {
		long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (streams.watching(topic) != expected && System.nanoTime() < end) {
			Thread.sleep(20);
		}
		assertThat(streams.watching(topic)).isEqualTo(expected);
	}

	@Test
	void sendsAChangeOnlyOnceItsTransactionCommits() throws Exception {
		MockHttpServletResponse coChair = watch("co-chair");
		awaitContaining(coChair, "\"opened\":\"co-chair\"");

		transactions.executeWithoutResult(status -> {
			streams.publish(topic, "board", watcher -> Optional.of(Map.of("note", "rolled back")));
			status.setRollbackOnly();
		});
		transactions.executeWithoutResult(status -> {
			streams.publish(topic, "board", watcher -> Optional.of(Map.of("note", "committed")));
			assertThat(new String(coChair.getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8))
				.as("not before the commit")
				.doesNotContain("committed");
		});

		assertThat(awaitContaining(coChair, "committed")).doesNotContain("rolled back");
	}

	@Test
	void sendsNothingOnATopicTheWatcherDoesNotFollow() throws Exception {
		MockHttpServletResponse coChair = watch("co-chair");
		awaitContaining(coChair, "\"opened\":\"co-chair\"");

		streams.publish("another-board:" + UUID.randomUUID(), "board", watcher -> Optional.of(Map.of("note", "elsewhere")));
		streams.publish(topic, "board", watcher -> Optional.of(Map.of("note", "here")));

		assertThat(awaitContaining(coChair, "here")).doesNotContain("elsewhere");
	}
}
