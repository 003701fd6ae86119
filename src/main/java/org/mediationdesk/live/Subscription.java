package org.mediationdesk.live;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import org.mediationdesk.identity.Hold;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One open stream: its watcher, its topic, and its own bounded queue of events waiting to be written. Writing
 * happens on the senders' threads, one subscription at a time, so a screen that reads slowly holds up only
 * itself; when its queue is full, its oldest waiting event is dropped (each event of a board is the whole board,
 * so the newest is what counts). Ending a stream happens on the senders' threads too: whoever ends it (the dispatcher,
 * which serves every topic) never waits for a screen's write.
 *
 * <p>It also holds what its watcher's access was last checked against: the {@link Hold} taken when it opened, and
 * the account's access version as last seen ({@link #UNCHECKED} until the first check). When the version moves, the
 * watcher is read again: the stream goes on as whom the account stands for now, or ends.
 */
final class Subscription {

	/** The access version of a subscription not yet checked since it opened. */
	static final long UNCHECKED = -1;

	private volatile Watcher watcher;
	private final Hold hold;
	private volatile long version = UNCHECKED;
	private final String topic;
	private final String event;
	private final Function<Watcher, Optional<?>> view;
	private final SseEmitter emitter;
	private final long openedAt;
	private final int capacity;
	private final Executor senders;
	private final ArrayDeque<SseEmitter.SseEventBuilder> waiting = new ArrayDeque<>();
	private final AtomicBoolean draining = new AtomicBoolean();
	private volatile boolean closed;
	/** Until the request that opened it has left the filters, nothing is written to the stream. */
	private volatile boolean held;
	private long dropped;
	private long sent;

	Subscription(Watcher watcher, Hold hold, String topic, String event, Function<Watcher, Optional<?>> view,
			SseEmitter emitter, long openedAt, int capacity, Executor senders) {
		this.watcher = watcher;
		this.hold = hold;
		this.topic = topic;
		this.event = event;
		this.view = view;
		this.emitter = emitter;
		this.openedAt = openedAt;
		this.capacity = capacity;
		this.senders = senders;
	}

	Watcher watcher() {
		return watcher;
	}

	/** What the watcher's access hangs on; {@code null} for the public, whose access nobody withdraws. */
	Hold hold() {
		return hold;
	}

	long version() {
		return version;
	}

	/** The watcher's access was checked at this access version and is unchanged. */
	void confirm(long checked) {
		this.version = checked;
	}

	/** The watcher's account was changed: the stream goes on for whom it stands for now. */
	void narrow(Watcher now, long checked) {
		this.watcher = now;
		this.version = checked;
	}

	String topic() {
		return topic;
	}

	/** The name of this stream's events. */
	String event() {
		return event;
	}

	/** What the watcher may see of the topic now (a refusal if nothing). */
	Function<Watcher, Optional<?>> view() {
		return view;
	}

	long openedAt() {
		return openedAt;
	}

	boolean closed() {
		return closed;
	}

	synchronized boolean idle() {
		return waiting.isEmpty();
	}

	synchronized long dropped() {
		return dropped;
	}

	/** Queues an event and makes sure a sender writes it; the oldest waiting event goes if the queue is full. */
	void offer(SseEmitter.SseEventBuilder event) {
		if (closed) {
			return;
		}
		synchronized (this) {
			if (waiting.size() >= capacity) {
				waiting.pollFirst();
				dropped++;
			}
			waiting.addLast(event);
		}
		schedule();
	}

	/** Nothing is written until {@link #release()}: the request that opened the stream is still in its filters. */
	void holdBack() {
		held = true;
	}

	/** The request has left its filters: what waits is written now, or the stream ended if it was ended meanwhile. */
	void release() {
		held = false;
		if (closed) {
			completeOnASender();
		}
		else {
			schedule();
		}
	}

	private void schedule() {
		if (held) {
			return;
		}
		if (draining.compareAndSet(false, true)) {
			try {
				senders.execute(this::drain);
			}
			catch (RuntimeException rejected) {
				draining.set(false);
				close();
			}
		}
	}

	private void drain() {
		try {
			SseEmitter.SseEventBuilder next;
			while (!closed && (next = poll()) != null) {
				emitter.send(next);
				synchronized (this) {
					sent++;
				}
			}
		}
		catch (IOException | IllegalStateException gone) {
			// the screen went away (or the stream timed out): it is forgotten by the completion callback
			close();
		}
		finally {
			draining.set(false);
		}
		if (!closed && !idle()) {
			schedule();
		}
	}

	private synchronized SseEmitter.SseEventBuilder poll() {
		return waiting.pollFirst();
	}

	/**
	 * Ends the stream; the browser reconnects if it still wants it. Nothing more is sent; the response is completed
	 * on a sender's thread, after a write in progress, if any.
	 */
	void close() {
		if (closed) {
			return;
		}
		closed = true;
		synchronized (this) {
			waiting.clear();
		}
		if (!held) {
			completeOnASender();
		}
	}

	private void completeOnASender() {
		try {
			senders.execute(this::complete);
		}
		catch (RuntimeException rejected) {
			complete();
		}
	}

	private void complete() {
		try {
			emitter.complete();
		}
		catch (RuntimeException alreadyGone) {
			// nothing left to end
		}
	}

	/** What an operator (or a failing test) needs to know of this stream: whose, and what it was sent. */
	synchronized String describe() {
		return watcher.viewer().username() + " (" + watcher.viewer().role() + (closed ? ", ended" : "") + "): " + sent
				+ " sent, " + waiting.size() + " waiting, " + dropped + " dropped, access version "
				+ (version == UNCHECKED ? "unchecked" : version);
	}
}
