package org.mediationdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mediationdesk.IntegrationTest;
import org.mediationdesk.StatementCounting;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Every page of the access matrix, opened by each kind of reader who may open it, sends at most as many different SQL
 * statements as its budget below allows, counted at the data source on the second opening (what stays cached between
 * requests is warm). Different statements, because they do not depend on how much the other tests of the run have
 * added to the record; what a page reads once per item of a list is printed beside (all it sent, the most repeated
 * statement), and the pages known to do so are named in {@link #BUDGETS}. When a page's cost grows, read what it
 * needs with fewer statements (a join, an {@code IN} list, {@code shared.RequestMemo} for what several parts of a page
 * read) before raising its budget; a new page gets a budget here, from the count this test printed for it.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatementBudgetIntegrationTests {

	/**
	 * The most different statements any reader's opening of the page may send. Pages that still read per item of a
	 * list (to fix, and measured in docs/performance.md): the home page and a round's page (each commitment's steps
	 * and readings), the texts (each text's parts), the incident register, an incident and a mechanism's pages (each
	 * meeting's items and joint visits).
	 */
	static final Map<String, Integer> BUDGETS = new TreeMap<>(Map.ofEntries(
			Map.entry("GET /", 32),
			Map.entry("GET /admin/accounts", 6),
			Map.entry("GET /admin/accounts/new", 5),
			Map.entry("GET /admin/accounts/{id}", 5),
			Map.entry("GET /admin/audit", 19),
			Map.entry("GET /admin/process", 6),
			Map.entry("GET /admin/process/format", 5),
			Map.entry("GET /commitments", 11),
			Map.entry("GET /commitments/timeline", 10),
			Map.entry("GET /commitments/{id}", 10),
			Map.entry("GET /documents", 8),
			Map.entry("GET /documents/new", 6),
			Map.entry("GET /documents/{id}", 8),
			Map.entry("GET /documents/{id}/edit", 8),
			Map.entry("GET /formats", 6),
			Map.entry("GET /formats/conditions", 7),
			Map.entry("GET /formats/scenarios/{id}", 6),
			Map.entry("GET /hotline/console", 10),
			Map.entry("GET /incidents", 19),
			Map.entry("GET /incidents/{id}", 19),
			Map.entry("GET /login", 6),
			Map.entry("GET /mechanisms", 9),
			Map.entry("GET /mechanisms/{mechanism}", 12),
			Map.entry("GET /mechanisms/{mechanism}/hotline", 11),
			Map.entry("GET /mechanisms/{mechanism}/hotline/escalation-chain", 10),
			Map.entry("GET /mechanisms/{mechanism}/meetings/{id}", 18),
			Map.entry("GET /notifications", 8),
			Map.entry("GET /participants", 8),
			Map.entry("GET /profile", 7),
			Map.entry("GET /profile/feeds", 7),
			Map.entry("GET /profile/password", 6),
			Map.entry("GET /profile/second-factor", 6),
			Map.entry("GET /rounds", 10),
			Map.entry("GET /rounds/{number}", 24),
			Map.entry("GET /rounds/{number}/accounts", 12),
			Map.entry("GET /rounds/{number}/attendance", 18),
			Map.entry("GET /rounds/{number}/attendance/{id}/correction", 15),
			Map.entry("GET /rounds/{number}/communique", 12),
			Map.entry("GET /rounds/{number}/meetings/{id}", 13),
			Map.entry("GET /rounds/{number}/meetings/{id}/board", 15),
			Map.entry("GET /search", 6),
			Map.entry("GET /terminology", 6),
			Map.entry("GET /terminology/glossary", 6),
			Map.entry("GET /terminology/glossary/new", 6),
			Map.entry("GET /terminology/glossary/{id}", 6),
			Map.entry("GET /texts", 12),
			Map.entry("GET /texts/{id}", 14),
			Map.entry("GET /texts/{id}/compare", 14),
			Map.entry("GET /texts/{id}/history", 13),
			Map.entry("GET /texts/{id}/revisions/{revision}", 8)));

	@Autowired
	ApplicationContext context;

	private PageTour tour;

	@BeforeAll
	void setUp() throws Exception {
		tour = new PageTour(context);
	}

	@Test
	void everyPageKeepsWithinItsStatementBudget() throws Exception {
		Map<String, Integer> costliest = new TreeMap<>();
		Map<String, String> costliestReader = new TreeMap<>();
		Map<String, String> statements = new TreeMap<>();
		Map<String, String> sent = new TreeMap<>();
		for (String endpoint : PageTour.pages()) {
			String address = tour.address(endpoint);
			for (String reader : tour.readers()) {
				tour.open(address, reader, "en");
				StatementCounting.reset();
				MockHttpServletResponse response = tour.open(address, reader, "en");
				int count = StatementCounting.distinct();
				if (PageTour.opened(response) && count >= costliest.getOrDefault(endpoint, -1)) {
					costliest.put(endpoint, count);
					costliestReader.put(endpoint, reader);
					statements.put(endpoint, StatementCounting.repeated());
					sent.put(endpoint, StatementCounting.count() + " sent, the most repeated " + StatementCounting.mostRepeated() + "×");
				}
			}
		}
		List<String> over = new ArrayList<>();
		StringBuilder table = new StringBuilder("Different statements per page (the costliest reader's), and all it sent:\n");
		costliest.forEach((endpoint, count) -> {
			Integer budget = BUDGETS.get(endpoint);
			table.append(String.format("  %-60s %4d  (%s; budget %s; %s)%n", endpoint, count, costliestReader.get(endpoint),
					budget == null ? "none" : budget, sent.get(endpoint)));
			if (budget == null) {
				over.add(endpoint + " has no budget: add Map.entry(\"" + endpoint + "\", " + count + ") to BUDGETS");
			}
			else if (count > budget) {
				over.add(endpoint + " as " + costliestReader.get(endpoint) + " sent " + count
						+ " different statements, over its budget of " + budget + ": read what it needs with fewer statements"
						+ " (a join, an IN list, shared.RequestMemo for what several parts read) before raising it."
						+ " Its statements:\n" + statements.get(endpoint));
			}
		});
		System.out.println(table);
		// -Dstatements.of="GET /rounds/{number}" prints what a page sent
		if (System.getProperty("statements.of") != null) {
			for (String endpoint : System.getProperty("statements.of").split(",")) {
				System.out.println(endpoint + ":\n" + statements.get(endpoint));
			}
		}
		assertThat(costliest.keySet()).as("every page opens for someone, so that each was counted")
			.containsAll(PageTour.pages());
		assertThat(costliest.get("GET /rounds/{number}")).as("the count reaches the data source").isPositive();
		assertThat(over).isEmpty();
	}
}
