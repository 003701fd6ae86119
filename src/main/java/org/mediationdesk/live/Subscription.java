package org.mediationdesk.live;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One open stream: its watcher, its topic, and its own bounded queue of events waiting to be written. Writing
 * happens on the senders' threads, one subscription at a time, so a screen that reads slowly holds up only
 * itself; when its queue is full, its oldest waiting event is dropped (each event of a board is the whole board,
 * so the newest is what counts).
 */
final class Subscription {

	private final Watcher watcher;
	private final String topic;
	private final SseEmitter emitter;
	private final long openedAt;
	private final int capacity;
	private final ArrayDeque<SseEmitter.SseEventBuilder> waiting = new ArrayDeque<>();
	private final AtomicBoolean draining = new AtomicBoolean();
	private volatile boolean closed;
	private long dropped;

	Subscription(Watcher watcher, String topic, SseEmitter emitter, long openedAt, int capacity) {
		this.watcher = watcher;
		this.topic = topic;
		this.emitter = emitter;
		this.openedAt = openedAt;
		this.capacity = capacity;
	}

	Watcher watcher() {
		return watcher;
	}

	String topic() {
		return topic;
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
	void offer(SseEmitter.SseEventBuilder event, Executor senders) {
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
		schedule(senders);
	}

	private void schedule(Executor senders) {
		if (draining.compareAndSet(false, true)) {
			try {
				senders.execute(() -> drain(senders));
			}
			catch (RuntimeException rejected) {
				draining.set(false);
				close();
			}
		}
	}

	private void drain(Executor senders) {
		try {
			SseEmitter.SseEventBuilder next;
			while (!closed && (next = poll()) != null) {
				emitter.send(next);
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
			schedule(senders);
		}
	}

	private synchronized SseEmitter.SseEventBuilder poll() {
		return waiting.pollFirst();
	}

	/** Ends the stream; the browser reconnects if it still wants it. */
	void close() {
		if (closed) {
			return;
		}
		closed = true;
		synchronized (this) {
			waiting.clear();
		}
		try {
			emitter.complete();
		}
		catch (RuntimeException alreadyGone) {
			// nothing left to end
		}
	}
}
