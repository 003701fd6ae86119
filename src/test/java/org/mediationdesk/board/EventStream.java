package org.mediationdesk.board;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * A client of a Server-Sent Events stream over real HTTP, for tests and the benchmark: each event's data, as it
 * arrives, with the time it arrived.
 */
final class EventStream implements AutoCloseable {

	/** One event: its data, and when it was read (System.nanoTime()). */
	record Event(String data, long arrivedAt) {
	}

	private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
	private final List<Event> all = java.util.Collections.synchronizedList(new ArrayList<>());
	private final int status;
	private final Stream<String> lines;
	private final Thread reader;
	private final CountDownLatch ended = new CountDownLatch(1);
	private Supplier<String> diagnosis = () -> "";

	private EventStream(HttpResponse<Stream<String>> response) {
		this.status = response.statusCode();
		this.lines = response.body();
		this.reader = new Thread(() -> {
			StringBuilder data = new StringBuilder();
			try {
				lines.forEach(line -> {
					if (line.startsWith("data:")) {
						data.append(line.substring(5));
					}
					else if (line.isEmpty() && !data.isEmpty()) {
						Event event = new Event(data.toString(), System.nanoTime());
						data.setLength(0);
						all.add(event);
						events.add(event);
					}
				});
			}
			catch (UncheckedIOException | IllegalStateException closed) {
				// the stream ended, or was closed here before it was read
			}
			finally {
				ended.countDown();
			}
		}, "event-stream");
		reader.setDaemon(true);
		reader.start();
	}

	/** Opens a stream; {@code bearer} may be {@code null} (anonymous). */
	static EventStream open(HttpClient client, String url, String bearer) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream")
			.header("Accept-Language", "en");
		if (bearer != null) {
			request.header("Authorization", "Bearer " + bearer);
		}
		try {
			return new EventStream(client.send(request.build(), HttpResponse.BodyHandlers.ofLines()));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	int status() {
		return status;
	}

	/** The next event that matches, waiting at most {@code within}; {@code null} if none came. */
	Event next(Predicate<String> matching, Duration within) throws InterruptedException {
		long end = System.nanoTime() + within.toNanos();
		while (true) {
			long left = end - System.nanoTime();
			if (left <= 0) {
				return null;
			}
			Event event = events.poll(left, TimeUnit.NANOSECONDS);
			if (event == null) {
				return null;
			}
			if (matching.test(event.data())) {
				return event;
			}
		}
	}

	/** What the server says of the stream's topic when an expected event does not come. */
	EventStream diagnosedBy(Supplier<String> diagnosis) {
		this.diagnosis = diagnosis;
		return this;
	}

	/**
	 * The next event that matches, waiting at most {@code within}; if none comes, fails saying what was expected,
	 * what the stream received, and what the server says of the topic.
	 */
	Event expect(Predicate<String> matching, Duration within, String what) throws InterruptedException {
		Event event = next(matching, within);
		if (event == null) {
			throw new AssertionError(what + ": nothing that matches came within " + within + "; the stream received "
					+ received().size() + " events" + (ended.getCount() == 0 ? " and was ended" : "") + "; "
					+ diagnosis.get());
		}
		return event;
	}

	/** Whether the server ended the stream within {@code within}. */
	boolean ends(Duration within) throws InterruptedException {
		return ended.await(within.toNanos(), TimeUnit.NANOSECONDS);
	}

	/** Every event received so far. */
	List<String> received() {
		synchronized (all) {
			return all.stream().map(Event::data).toList();
		}
	}

	@Override
	public void close() {
		lines.close();
		reader.interrupt();
	}
}
