package org.mediationdesk.communique;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.mediationdesk.Fixtures;
import org.mediationdesk.IntegrationTest;
import org.mediationdesk.identity.Role;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.Institution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The communiqué's page and API offer only the steps its aggregate says apply now, and its publication happens once
 * when the publication job and a co-chair's "publish now" reach for it at the same moment.
 */
@IntegrationTest
class CommuniqueActionsIntegrationTests {

	@Autowired
	Communiques communiques;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void offersOnlyTheStepsThatApplyNow() throws Exception {
		int round = 61;
		Viewer eu = fixtures.coChair(Institution.EU);
		Viewer secretariat = fixtures.viewer(Role.SECRETARIAT, null, null);
		Viewer participant = fixtures.viewer(Role.PARTICIPANT, null, "GE");
		communiques.draft(secretariat, round);
		assertThat(communiques.current(eu, round).availableActions()).as("nothing is approved while a placeholder stands")
			.containsExactlyInAnyOrder(CommuniqueAction.EDIT, CommuniqueAction.SHARE);
		assertThat(page(eu, round)).contains("id=\"placeholders\"", "id=\"publication-waits\"")
			.doesNotContain("id=\"approve-form\"", "id=\"publish-now-form\"", "id=\"embargo-form\"");
		CommuniqueDrafts.writePlaceholders(communiques, secretariat, round);

		assertThat(communiques.current(eu, round).availableActions()).containsExactlyInAnyOrder(CommuniqueAction.EDIT,
				CommuniqueAction.SHARE, CommuniqueAction.APPROVE);
		assertThat(communiques.current(secretariat, round).availableActions()).as("the secretariat does not approve")
			.containsExactlyInAnyOrder(CommuniqueAction.EDIT, CommuniqueAction.SHARE);
		assertThat(page(eu, round)).contains("id=\"approve-form\"", "id=\"share-form\"", "id=\"publication-waits\"")
			.doesNotContain("id=\"publish-now-form\"", "id=\"embargo-form\"", "id=\"correct-form\"");

		communiques.share(eu, round);
		assertThat(communiques.current(participant, round).availableActions()).as("the participants read it").isEmpty();
		String hash = communiques.current(eu, round).sha256();
		for (Institution institution : Institution.values()) {
			communiques.approve(fixtures.coChair(institution), round, hash);
		}
		assertThat(communiques.current(eu, round).availableActions()).containsExactlyInAnyOrder(CommuniqueAction.EDIT,
				CommuniqueAction.PUBLISH, CommuniqueAction.EMBARGO);
		assertThat(page(eu, round)).contains("id=\"publish-now-form\"", "id=\"embargo-form\"")
			.doesNotContain("id=\"approve-form\"", "id=\"share-form\"", "id=\"publication-waits\"");
		String api = mvc.perform(get("/api/v1/rounds/" + round + "/communique").with(authentication(Fixtures.authentication(eu))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(api).contains("\"availableActions\":[", "\"PUBLISH\"", "\"EMBARGO\"").doesNotContain("\"APPROVE\"");
		assertThat(api).as("the round's number, and for one release under its former name")
			.contains("\"roundNumber\":" + round, "\"round\":" + round);

		communiques.publish(eu, round, null);
		assertThat(communiques.current(eu, round).availableActions()).containsExactly(CommuniqueAction.CORRECT);
		assertThat(communiques.current(Viewer.anonymous(), round).availableActions()).isEmpty();
		assertThat(page(eu, round)).contains("id=\"correct-form\"").doesNotContain("id=\"versions\"");
		communiques.correct(eu, round);
		assertThat(communiques.published(eu, round)).singleElement()
			.satisfies(published -> assertThat(published.availableActions()).as("a correction is already in preparation").isEmpty());
		assertThat(page(eu, round)).doesNotContain("id=\"correct-form\"");
	}

	@Test
	void theJobAndAPublishNowAtOnceStillPublishOnce() throws Exception {
		int round = 60;
		Viewer eu = fixtures.coChair(Institution.EU);
		CommuniqueDrafts.draftReady(communiques, eu, round);
		String hash = communiques.current(eu, round).sha256();
		for (Institution institution : Institution.values()) {
			communiques.approve(fixtures.coChair(institution), round, hash);
		}
		Instant embargo = clock.instant().plus(Duration.ofMillis(200));
		communiques.publish(eu, round, embargo);
		while (!clock.instant().isAfter(embargo)) {
			Thread.sleep(50); // waits for the embargo time to pass; nothing is asserted about how long it took
		}
		long before = published();
		int byTheJob = atOnce(communiques::publishDue, () -> {
			try {
				communiques.publish(eu, round, null);
			}
			catch (DeskException.Conflict theJobWasFirst) {
				// "changed since you read it" or "no communiqué in preparation": the job's publication stands
			}
			return 0;
		});
		assertThat(published()).as("published once").isEqualTo(before + 1);
		assertThat(byTheJob).isBetween(0, 1);
		assertThat(communiques.current(Viewer.anonymous(), round).status()).isEqualTo(CommuniqueStatus.PUBLISHED);
		assertThat(communiques.publishDue()).isZero();
	}

	private String page(Viewer viewer, int round) throws Exception {
		return mvc.perform(get("/rounds/" + round + "/communique").with(authentication(Fixtures.authentication(viewer))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private long published() {
		return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'communique.published'").query(Long.class).single();
	}

	/** Runs two pieces of work at the same moment, on two threads, and answers the sum of what both answered. */
	@SafeVarargs
	private static int atOnce(Callable<Integer>... work) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(work.length);
		try {
			List<Future<Integer>> runs = new ArrayList<>();
			for (Callable<Integer> one : work) {
				runs.add(pool.submit(() -> {
					start.await();
					return one.call();
				}));
			}
			start.countDown();
			int sum = 0;
			for (Future<Integer> run : runs) {
				sum += run.get();
			}
			return sum;
		}
		finally {
			pool.shutdown();
		}
	}
}
