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
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.mediationdesk.identity.AccountChanged;
import org.mediationdesk.identity.AccountDisabled;
import org.mediationdesk.identity.AccountRoleChanged;
import org.mediationdesk.identity.Hold;
import org.mediationdesk.identity.Holds;
import org.mediationdesk.shared.DeskException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import tools.jackson.databind.json.JsonMapper;

/**
 * The one stream component of the live screens. A screen opens a stream on a topic ({@link #open}); whoever
 * changes something publishes the change on its topic ({@link #publish}) as a function that gives, for each
 * watcher, what that watcher may see of it, built through the access policy. A watcher for whom it gives nothing
 * is sent nothing. Changes go out only after the transaction that made them commits, never for a change that was
 * rolled back.
 *
 * <p>A stream keeps no access its watcher has lost: before every change it is sent, and as soon as the watcher's
 * account changes, the watcher is checked again ({@link Holds}: one read of the access versions of the accounts
 * watching, and a fresh read only of an account whose version moved). A disabled account, a revoked token or an
 * ended login ends the stream; a changed role or group goes on as the account stands now; a watcher who may no
 * longer see the topic is ended, not merely sent nothing.
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
	private final Holds holds;
	private final Reauthorisation reauthorisation;
	private final ThreadPoolExecutor dispatcher = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
			new LinkedBlockingQueue<>(), daemon("live-dispatch"));
	private final ExecutorService senders = Executors.newFixedThreadPool(4, daemon("live-send"));
	private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(daemon("live-heartbeat"));
	private final AtomicLong sequence = new AtomicLong();
	/** How many changes the dispatcher has begun to deliver: a stream that opened meanwhile is sent its view again. */
	private final AtomicLong deliveries = new AtomicLong();

	LiveStreams(JsonMapper json, Holds holds) {
		this.json = json;
		this.holds = holds;
		this.reauthorisation = new Reauthorisation(holds);
		heartbeats.scheduleAtFixedRate(this::beat, HEARTBEAT.toSeconds(), HEARTBEAT.toSeconds(), TimeUnit.SECONDS);
	}

	/**
	 * Opens a stream for a watcher on a topic, starting with what the watcher may see of it now. {@code view} gives
	 * what a watcher may see of the topic now; it is asked here, in the request (a refusal, or nothing, answers 404:
	 * the topic is not there for them), and again whenever the watcher's account changes while the stream is open.
	 *
	 * <p>The stream holds the watcher's access as it was when it opened ({@link Holds#take}: the account, and the
	 * API token the request came with) and checks it again before every change it is sent and as soon as the
	 * account changes: a disabled account, a revoked token or an ended login ends the stream; a changed role or
	 * group goes on with what the account may see now, or ends the stream if that is nothing of the topic.
	 *
	 * @param event the name of the stream's events, the first and those that follow
	 */
	public SseEmitter open(Watcher watcher, String topic, String event, Function<Watcher, Optional<?>> view) {
		Objects.requireNonNull(watcher, "watcher");
		long mark = deliveries.get();
		Object first = view.apply(watcher).orElseThrow(DeskException.NotFound::new);
		Hold hold = holds.take(watcher.viewer()).orElse(null);
		SseEmitter emitter = new SseEmitter(TIME_LIMIT.toMillis());
		Subscription subscription = new Subscription(watcher, hold, topic, event, view, emitter, System.nanoTime(), QUEUE,
				senders);
		// written to only once the request has left its filters, which still write the response's headers
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request instanceof ServletRequestAttributes servlet) {
			subscription.holdBack();
			if (!StreamGate.hold(servlet.getRequest(), subscription::release)) {
				subscription.release();
			}
		}
		emitter.onCompletion(() -> forget(subscription));
		emitter.onTimeout(() -> end(subscription));
		emitter.onError(failure -> forget(subscription));
		// the first event is queued before the stream can be sent any change, so that it comes first
		subscription.offer(SseEmitter.event()
			.id(Long.toString(sequence.incrementAndGet()))
			.name(event)
			.reconnectTime(RECONNECT_MILLIS)
			.data(json.writeValueAsString(first)));
		topics.compute(topic, (key, watching) -> {
			Set<Subscription> set = watching == null ? ConcurrentHashMap.newKeySet() : watching;
			set.add(subscription);
			return set;
		});
		limit(watcher);
		dispatcher.execute(() -> safely(() -> settle(subscription, mark)));
		return emitter;
	}

	/**
	 * Publishes a change on a topic, after the current transaction commits (at once without one). Each watcher's
	 * payload is asked of {@code payloadFor} once per distinct watcher, after each watcher's access was checked
	 * again. An empty answer sends that watcher nothing of this change; a refusal ({@link DeskException.NotFound})
	 * says the watcher may no longer see the topic at all, and ends their stream.
	 */
	public void publish(String topic, String event, Function<Watcher, Optional<?>> payloadFor) {
		afterCommit(() -> dispatcher.execute(() -> safely(() -> deliver(topic, event, payloadFor))));
	}

	/** How many streams are open on a topic on this node. */
	public int watching(String topic) {
		return (int) topics.getOrDefault(topic, Set.of()).stream().filter(found -> !found.closed()).count();
	}

	/**
	 * What this node's streams on a topic are doing, in a line per stream: whose, how many events each was sent, how
	 * many wait and were dropped; and how many changes wait for the dispatcher. For an operator's log and for a test
	 * that must say why a change did not arrive.
	 */
	public String describe(String topic) {
		StringBuilder description = new StringBuilder();
		description.append(deliveries.get()).append(" changes delivered on this node, ")
			.append(dispatcher.getQueue().size()).append(" waiting; on ").append(topic).append(':');
		for (Subscription subscription : topics.getOrDefault(topic, Set.of())) {
			description.append("\n  ").append(subscription.describe());
		}
		return description.toString();
	}

	@EventListener
	void on(AccountDisabled event) {
		recheck(event.accountId());
	}

	@EventListener
	void on(AccountRoleChanged event) {
		recheck(event.accountId());
	}

	@EventListener
	void on(AccountChanged event) {
		recheck(event.accountId());
	}

	/** Once the change of an account commits, checks that account's streams again, at once. */
	private void recheck(UUID accountId) {
		afterCommit(() -> dispatcher.execute(() -> safely(() -> {
			List<Subscription> held = new ArrayList<>();
			topics.values().forEach(watching -> watching.stream()
				.filter(found -> found.hold() != null && found.hold().accountId().equals(accountId))
				.forEach(held::add));
			reauthorisation.check(held).forEach((subscription, outcome) -> {
				switch (outcome) {
					case ENDED -> end(subscription);
					case NARROWED -> resend(subscription);
					case SAME -> {
					}
				}
			});
		})));
	}

	/**
	 * The stream's first check, once it is registered: the watcher as their account stands now (it may have changed
	 * since the request was authenticated), and the view again if a change was delivered while it opened.
	 */
	private void settle(Subscription subscription, long mark) {
		Reauthorisation.Outcome outcome = reauthorisation.check(List.of(subscription)).get(subscription);
		if (outcome == Reauthorisation.Outcome.ENDED) {
			end(subscription);
		}
		else if (outcome == Reauthorisation.Outcome.NARROWED || deliveries.get() != mark) {
			resend(subscription);
		}
	}

	/** Sends a stream what its watcher may see of the topic now, or ends it if that is nothing. */
	private void resend(Subscription subscription) {
		Built view = build(subscription.watcher(), subscription.view());
		if (view.hidden() || view.data() == null) {
			end(subscription);
			return;
		}
		subscription.offer(SseEmitter.event()
			.id(Long.toString(sequence.incrementAndGet()))
			.name(subscription.event())
			.data(view.data()));
	}

	private void deliver(String topic, String event, Function<Watcher, Optional<?>> payloadFor) {
		deliveries.incrementAndGet();
		Set<Subscription> watching = topics.get(topic);
		if (watching == null || watching.isEmpty()) {
			return;
		}
		List<Subscription> open = watching.stream().filter(found -> !found.closed()).toList();
		Map<Subscription, Reauthorisation.Outcome> outcomes = reauthorisation.check(open);
		Map<Watcher, Built> built = new HashMap<>();
		for (Subscription subscription : open) {
			if (outcomes.get(subscription) == Reauthorisation.Outcome.ENDED) {
				end(subscription);
				continue;
			}
			Built payload = built.computeIfAbsent(subscription.watcher(), watcher -> build(watcher, payloadFor));
			if (payload.hidden()) {
				end(subscription);
			}
			else if (payload.data() != null) {
				subscription.offer(SseEmitter.event()
					.id(Long.toString(sequence.incrementAndGet()))
					.name(event)
					.data(payload.data()));
			}
		}
	}

	/** What a watcher is sent: the data, or nothing ({@code null}), or that the topic is hidden from them now. */
	private record Built(String data, boolean hidden) {
	}

	private Built build(Watcher watcher, Function<Watcher, Optional<?>> payloadFor) {
		try {
			return new Built(payloadFor.apply(watcher).map(json::writeValueAsString).orElse(null), false);
		}
		catch (DeskException.NotFound hidden) {
			return new Built(null, true);
		}
		catch (RuntimeException failed) {
			log.warn("A live change could not be built for {}: {}", watcher.viewer().username(), failed.toString());
			return new Built(null, false);
		}
	}

	private static void afterCommit(Runnable action) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					action.run();
				}
			});
		}
		else {
			action.run();
		}
	}

	/** A task of the dispatcher: what goes wrong in it is logged, and the next task still runs. */
	private static void safely(Runnable task) {
		try {
			task.run();
		}
		catch (RuntimeException failed) {
			log.warn("A live stream task failed: {}", failed.toString());
		}
	}

	private void beat() {
		try {
			for (Set<Subscription> watching : topics.values()) {
				for (Subscription subscription : watching) {
					if (!subscription.closed() && subscription.idle()) {
						subscription.offer(SseEmitter.event().comment("heartbeat"));
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
