package org.mediationdesk.live;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.mediationdesk.shared.DeskException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import tools.jackson.databind.json.JsonMapper;
import java.util.concurrent.ThreadFactory;

/**
 * The one stream component of the live screens. A screen opens a stream on a topic ({@link #open}); whoever
 * changes something publishes the change on its topic ({@link #publish}) as a function that gives, for each
 * watcher, what that watcher may see of it, built through the access policy. A watcher for whom it gives nothing
 * is sent nothing. Changes go out only after the transaction that made them commits, never for a change that was
 * rolled back.
 *
 * <p>Per node: the streams are held in this node's memory (see the module's description for several nodes).
 */
@Component
public class LiveStreams {

	private static final Logger log = LoggerFactory.getLogger(LiveStreams.class);

	/** How long a stream stays open before the browser is asked to reconnect. */
	static final Duration TIME_LIMIT = Duration.ofMinutes(30);

	/** How often an idle stream gets a comment line, so that no proxy closes it as dead. */
	static final Duration HEARTBEAT = Duration.ofSeconds(15);

	/** How many events may wait for one slow screen before its oldest are dropped. */
	static final int QUEUE = 16;

	/** How many streams one account may hold open at once; the oldest is ended when another opens. */
	static final int PER_ACCOUNT = 12;

	/** How many streams this node holds at most; beyond it the oldest is ended. */
	static final int PER_NODE = 5000;

	/** How long the browser waits before reconnecting a stream that ended. */
	static final long RECONNECT_MILLIS = 3000;

	private final Map<String, Set<Subscription>> topics = new ConcurrentHashMap<>();
	private final JsonMapper json;
	private final ExecutorService dispatcher = Executors.newSingleThreadExecutor(daemon("live-dispatch"));
	private final ExecutorService senders = Executors.newFixedThreadPool(4, daemon("live-send"));
	private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(daemon("live-heartbeat"));
	private final AtomicLong sequence = new AtomicLong();

	LiveStreams(JsonMapper json) {
		this.json = json;
		heartbeats.scheduleAtFixedRate(this::beat, HEARTBEAT.toSeconds(), HEARTBEAT.toSeconds(), TimeUnit.SECONDS);
	}

	/**
	 * Opens a stream for a watcher on a topic, starting with what the watcher may see now. The caller has
	 * already decided that the watcher may follow the topic at all (404 otherwise).
	 *
	 * @param event the name of the first event (and of the events of this kind that follow)
	 * @param first what the watcher may see now, sent as the stream's first event
	 */
	public SseEmitter open(Watcher watcher, String topic, String event, Object first) {
		Objects.requireNonNull(watcher, "watcher");
		SseEmitter emitter = new SseEmitter(TIME_LIMIT.toMillis());
		Subscription subscription = new Subscription(watcher, topic, emitter, System.nanoTime(), QUEUE);
		emitter.onCompletion(() -> forget(subscription));
		emitter.onTimeout(() -> {
			forget(subscription);
			subscription.close();
		});
		emitter.onError(failure -> forget(subscription));
		topics.computeIfAbsent(topic, key -> ConcurrentHashMap.newKeySet()).add(subscription);
		limit(watcher);
		subscription.offer(SseEmitter.event()
			.id(Long.toString(sequence.incrementAndGet()))
			.name(event)
			.reconnectTime(RECONNECT_MILLIS)
			.data(json.writeValueAsString(first)), senders);
		return emitter;
	}

	/**
	 * Publishes a change on a topic, after the current transaction commits (at once without one). Each watcher's
	 * payload is asked of {@code payloadFor} once per distinct watcher; an empty answer, or a refusal, sends that
	 * watcher nothing.
	 */
	public void publish(String topic, String event, Function<Watcher, Optional<?>> payloadFor) {
		Runnable dispatch = () -> dispatcher.execute(() -> deliver(topic, event, payloadFor));
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					dispatch.run();
				}
			});
		}
		else {
			dispatch.run();
		}
	}

	/** How many streams are open on a topic on this node. */
	public int watching(String topic) {
		return (int) topics.getOrDefault(topic, Set.of()).stream().filter(found -> !found.closed()).count();
	}

	private void deliver(String topic, String event, Function<Watcher, Optional<?>> payloadFor) {
		Set<Subscription> watching = topics.get(topic);
		if (watching == null || watching.isEmpty()) {
			return;
		}
		Map<Watcher, Optional<String>> built = new HashMap<>();
		for (Subscription subscription : watching) {
			if (subscription.closed()) {
				continue;
			}
			Optional<String> payload = built.computeIfAbsent(subscription.watcher(), watcher -> build(watcher, payloadFor));
			payload.ifPresent(data -> subscription.offer(SseEmitter.event()
				.id(Long.toString(sequence.incrementAndGet()))
				.name(event)
				.data(data), senders));
		}
	}

	private Optional<String> build(Watcher watcher, Function<Watcher, Optional<?>> payloadFor) {
		try {
			return payloadFor.apply(watcher).map(json::writeValueAsString);
		}
		catch (DeskException.NotFound hidden) {
			return Optional.empty();
		}
		catch (RuntimeException failed) {
			log.warn("A live change could not be built for {}: {}", watcher.viewer().username(), failed.toString());
			return Optional.empty();
		}
	}

	private void beat() {
		try {
			for (Set<Subscription> watching : topics.values()) {
				for (Subscription subscription : watching) {
					if (!subscription.closed() && subscription.idle()) {
						subscription.offer(SseEmitter.event().comment("heartbeat"), senders);
					}
				}
			}
		}
		catch (RuntimeException failed) {
			log.warn("Heartbeat failed: {}", failed.toString());
		}
	}

	/** Keeps an account within its share of streams, and the node within its own. */
	private void limit(Watcher watcher) {
		List<Subscription> all = new ArrayList<>();
		topics.values().forEach(all::addAll);
		all.removeIf(Subscription::closed);
		all.sort(Comparator.comparingLong(Subscription::openedAt));
		if (watcher.viewer().accountId() != null) {
			List<Subscription> own = all.stream()
				.filter(found -> watcher.viewer().accountId().equals(found.watcher().viewer().accountId()))
				.toList();
			for (int i = 0; i < own.size() - PER_ACCOUNT; i++) {
				end(own.get(i));
			}
		}
		for (int i = 0; i < all.size() - PER_NODE; i++) {
			end(all.get(i));
		}
	}

	private void end(Subscription subscription) {
		forget(subscription);
		subscription.close();
	}

	private void forget(Subscription subscription) {
		topics.computeIfPresent(subscription.topic(), (topic, watching) -> {
			watching.remove(subscription);
			return watching.isEmpty() ? null : watching;
		});
	}

	/** Ends every stream before the server stops, so that a graceful shutdown does not wait for them. */
	@EventListener(ContextClosedEvent.class)
	void endAll() {
		topics.values().forEach(watching -> List.copyOf(watching).forEach(this::end));
		heartbeats.shutdownNow();
		dispatcher.shutdown();
		senders.shutdown();
	}

	private static ThreadFactory daemon(String name) {
		AtomicLong count = new AtomicLong();
		return runnable -> {
			Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}
}
