package org.mediationdesk.board;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.mediationdesk.Fixtures;
import org.mediationdesk.MediationDeskApplication;
import org.mediationdesk.identity.ApiTokens;
import org.mediationdesk.identity.Role;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.participants.ParticipantDirectory;
import org.mediationdesk.process.MeetingKind;
import org.mediationdesk.process.MeetingView;
import org.mediationdesk.process.RoundRecord;
import org.mediationdesk.shared.Institution;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The live board's latency in one run: the application on a fresh embedded database, 200 streams of one meeting's
 * board held open over real HTTP (co-chairs, the secretariat and participants of five groups, 10 streams per
 * account), then attendance entries recorded through the API one after another; for each entry, the time from
 * sending it to the updated board read on each of the 200 streams. The baseline, measured in the same run: a
 * plain GET of the same board over the API (one request, one answer). Run with {@code bench/board.sh}.
 */
public final class BoardBenchmark {

	private static final int STREAMS_PER_ACCOUNT = 10;
	private static final int ENTRIES = Integer.getInteger("entries", 30);
	private static final Duration WAIT = Duration.ofSeconds(30);

	private BoardBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path data = Files.createTempDirectory("board-bench");
		ConfigurableApplicationContext context = SpringApplication.run(MediationDeskApplication.class,
				"--server.port=0", "--mediationdesk.data-dir=" + data, "--mediationdesk.demo-accounts=false",
				"--mediationdesk.admin-password=admin-password-for-the-benchmark",
				"--mediationdesk.jobs.audit-checkpoint.enabled=false", "--logging.level.root=WARN",
				"--spring.main.banner-mode=off");
		int exit = 0;
		try {
			run(context);
		}
		catch (Exception | AssertionError failed) {
			failed.printStackTrace();
			exit = 1;
		}
		finally {
			context.close();
		}
		System.exit(exit);
	}

	private static void run(ConfigurableApplicationContext context) throws Exception {
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		String base = "http://localhost:" + port;
		Fixtures fixtures = context.getBean(Fixtures.class);
		ApiTokens tokens = context.getBean(ApiTokens.class);
		RoundRecord rounds = context.getBean(RoundRecord.class);
		ParticipantDirectory directory = context.getBean(ParticipantDirectory.class);

		Viewer secretariat = fixtures.viewer(Role.SECRETARIAT, null, null);
		int number = context.getBean(org.mediationdesk.process.RoundManagement.class).convene(secretariat, LocalDate.of(2031, 5, 6), LocalDate.of(2031, 5, 7), null, false).number();
		MeetingView meeting = rounds.meetings(number).stream()
			.filter(found -> found.kind() == MeetingKind.WORKING_GROUP_I).findFirst().orElseThrow();

		List<Viewer> watchers = new ArrayList<>();
		for (Institution institution : Institution.values()) {
			watchers.add(fixtures.viewer(Role.CO_CHAIR, institution, null));
		}
		watchers.add(fixtures.viewer(Role.SECRETARIAT, null, null));
		List<String> groups = List.of("GE", "RU", "US", "AB", "SO");
		for (int i = 0; watchers.size() < 20; i++) {
			watchers.add(fixtures.viewer(Role.PARTICIPANT, null, groups.get(i % groups.size())));
		}
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		String recorder = tokens.issue(secretariat, "benchmark").secret();
		List<EventStream> streams = new ArrayList<>();
		String streamUrl = base + "/api/v1/meetings/" + meeting.id() + "/board/stream";
		for (Viewer watcher : watchers) {
			String token = tokens.issue(watcher, "benchmark").secret();
			for (int s = 0; s < STREAMS_PER_ACCOUNT; s++) {
				streams.add(EventStream.open(http, streamUrl, token));
			}
		}
		for (EventStream stream : streams) {
			if (stream.status() != 200 || stream.next(data -> true, WAIT) == null) {
				throw new AssertionError("a stream did not open: " + stream.status());
			}
		}
		System.out.printf("%d streams open on one meeting's board (%d accounts: co-chairs, secretariat, participants)%n",
				streams.size(), watchers.size());

		// the baseline: the same board, asked for and answered once
		List<Double> plain = new ArrayList<>();
		HttpRequest get = HttpRequest.newBuilder(URI.create(base + "/api/v1/meetings/" + meeting.id() + "/board"))
			.header("Authorization", "Bearer " + recorder).build();
		for (int i = 0; i < ENTRIES + 10; i++) {
			long start = System.nanoTime();
			HttpResponse<String> answer = http.send(get, HttpResponse.BodyHandlers.ofString());
			if (answer.statusCode() != 200) {
				throw new AssertionError("GET board answered " + answer.statusCode());
			}
			if (i >= 10) {
				plain.add((System.nanoTime() - start) / 1e6);
			}
		}

		// entries: one group present, then walking out and returning, again and again, each on the meeting's day
		UUID group = directory.groupByCode("GE").orElseThrow().id();
		List<String> kinds = List.of("PRESENT", "WALKED_OUT", "RETURNED");
		List<Double> recorded = new ArrayList<>();
		List<Double> delivered = new ArrayList<>();
		for (int i = 0; i < ENTRIES; i++) {
			String kind = i == 0 ? kinds.get(0) : kinds.get(1 + (i - 1) % 2);
			String body = "{\"meetingId\":\"" + meeting.id() + "\",\"groupId\":\"" + group + "\",\"kind\":\"" + kind
					+ "\",\"occurredOn\":\"" + meeting.heldOn() + "\"}";
			HttpRequest post = HttpRequest.newBuilder(URI.create(base + "/api/v1/rounds/" + number + "/attendance"))
				.header("Authorization", "Bearer " + recorder).header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body)).build();
			long start = System.nanoTime();
			HttpResponse<String> answer = http.send(post, HttpResponse.BodyHandlers.ofString());
			recorded.add((System.nanoTime() - start) / 1e6);
			if (answer.statusCode() != 201) {
				throw new AssertionError("recording answered " + answer.statusCode() + ": " + answer.body());
			}
			for (EventStream stream : streams) {
				EventStream.Event event = stream.next(data -> true, WAIT);
				if (event == null) {
					throw new AssertionError("a stream received no board within " + WAIT.toSeconds() + " s");
				}
				delivered.add((event.arrivedAt() - start) / 1e6);
			}
		}
		streams.forEach(EventStream::close);

		System.out.printf("baseline: GET of the board over the API, %d requests: median %.1f ms, p95 %.1f ms%n",
				plain.size(), percentile(plain, 50), percentile(plain, 95));
		System.out.printf("entry recorded through the API (until its answer), %d entries: median %.1f ms, p95 %.1f ms%n",
				recorded.size(), percentile(recorded, 50), percentile(recorded, 95));
		double median = percentile(delivered, 50);
		double p95 = percentile(delivered, 95);
		System.out.printf("entry sent -> updated board read on each of %d streams, %d readings: median %.1f ms, p95 %.1f ms,"
				+ " max %.1f ms (target < 1000 ms)%n", streams.size(), delivered.size(), median, p95,
				percentile(delivered, 100));
		System.out.printf("ratio to the baseline: median %.1fx, p95 %.1fx%n", median / percentile(plain, 50),
				p95 / percentile(plain, 95));
	}

	private static double percentile(List<Double> values, int percent) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
	}
}
