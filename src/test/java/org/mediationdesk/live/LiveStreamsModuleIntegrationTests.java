package org.mediationdesk.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mediationdesk.ModuleTestDatabase;
import org.mediationdesk.TestDatabase;
import org.mediationdesk.identity.Role;
import org.mediationdesk.identity.Viewer;
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
 * its transaction commits. The streams are opened by a screen of this test's own, as the board's screen opens them.
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

	private static final Viewer CO_CHAIR = new Viewer(UUID.randomUUID(), "cc-live", Role.CO_CHAIR, Institution.OSCE,
			null);

	private static final Viewer PARTICIPANT = new Viewer(UUID.randomUUID(), "ge-live", Role.PARTICIPANT, null,
			UUID.randomUUID());

	@Autowired
	LiveStreams streams;

	@Autowired
	TransactionTemplate transactions;

	private MockMvc screens;

	private String topic;

	/** A screen that opens a stream on a topic for a viewer, as a module's controller does. */
	@RestController
	static class Screen {

		private final LiveStreams streams;

		Screen(LiveStreams streams) {
			this.streams = streams;
		}

		@GetMapping("/watch")
		SseEmitter watch(@RequestParam String topic, @RequestParam String who) {
			Viewer viewer = who.equals("co-chair") ? CO_CHAIR : PARTICIPANT;
			return streams.open(new Watcher(viewer, Locale.ENGLISH), topic, "board", Map.of("opened", who));
		}
	}

	@BeforeEach
	void opensAScreen() {
		screens = MockMvcBuilders.standaloneSetup(new Screen(streams)).build();
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
		streams.publish(topic, "board", watcher -> {
			if (!watcher.viewer().isMediator()) {
				throw new DeskException.NotFound();
			}
			return Optional.of(Map.of("note", "also for the mediators"));
		});
		streams.publish(topic, "board", watcher -> Optional.of(Map.of("note", "for everyone")));

		String toCoChair = awaitContaining(coChair, "for everyone");
		assertThat(toCoChair).contains("event:board", "in confidence to the mediators", "also for the mediators");
		// the changes go out in order, so once the last one is there, the earlier ones would be too
		String toParticipant = awaitContaining(participant, "for everyone");
		assertThat(toParticipant).doesNotContain("in confidence", "also for the mediators");
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
