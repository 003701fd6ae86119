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
 * Every page of the access matrix, opened by each kind of reader who may open it, costs at most the SQL statements its
 * budget below allows, counted at the data source on the second opening (what stays cached between requests is
 * warm). A page that reads a row per item of a list (a statement per meeting, per account) passes its budget as soon
 * as the reference record is loaded, and fails here. When a page's cost grows, make it read with one statement what
 * it reads with many (a join, an {@code IN} list, a read per request through {@code shared.RequestMemo}) before
 * raising its budget; a new page gets a budget here, with the count this test printed for it.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatementBudgetIntegrationTests {

	/** The most statements any reader's opening of the page may issue. */
	static final Map<String, Integer> BUDGETS = new TreeMap<>(Map.ofEntries(
			Map.entry("GET /", 27),
			Map.entry("GET /admin/accounts", 6),
			Map.entry("GET /admin/accounts/new", 5),
			Map.entry("GET /admin/accounts/{id}", 6),
			Map.entry("GET /admin/audit", 27),
			Map.entry("GET /admin/process", 6),
			Map.entry("GET /admin/process/format", 5),
			Map.entry("GET /documents", 8),
			Map.entry("GET /documents/new", 6),
			Map.entry("GET /documents/{id}", 8),
			Map.entry("GET /documents/{id}/edit", 8),
			Map.entry("GET /formats", 6),
			Map.entry("GET /formats/conditions", 7),
			Map.entry("GET /formats/scenarios/{id}", 6),
			Map.entry("GET /hotline/console", 13),
			Map.entry("GET /incidents", 27),
			Map.entry("GET /incidents/{id}", 14),
			Map.entry("GET /login", 6),
			Map.entry("GET /mechanisms", 11),
			Map.entry("GET /mechanisms/{mechanism}", 53),
			Map.entry("GET /mechanisms/{mechanism}/hotline", 22),
			Map.entry("GET /mechanisms/{mechanism}/meetings/{id}", 65),
			Map.entry("GET /notifications", 9),
			Map.entry("GET /participants", 14),
			Map.entry("GET /profile", 9),
			Map.entry("GET /profile/feeds", 7),
			Map.entry("GET /profile/password", 6),
			Map.entry("GET /profile/second-factor", 7),
			Map.entry("GET /rounds", 10),
			Map.entry("GET /rounds/{number}", 20),
			Map.entry("GET /rounds/{number}/accounts", 12),
			Map.entry("GET /rounds/{number}/attendance", 20),
			Map.entry("GET /rounds/{number}/attendance/{id}/correction", 15),
			Map.entry("GET /rounds/{number}/communique", 12),
			Map.entry("GET /rounds/{number}/meetings/{id}", 16),
			Map.entry("GET /rounds/{number}/meetings/{id}/board", 21),
			Map.entry("GET /search", 6),
			Map.entry("GET /terminology", 6),
			Map.entry("GET /terminology/glossary", 6),
			Map.entry("GET /terminology/glossary/new", 6),
			Map.entry("GET /terminology/glossary/{id}", 6),
			Map.entry("GET /texts", 12),
			Map.entry("GET /texts/{id}", 32),
			Map.entry("GET /texts/{id}/compare", 18),
			Map.entry("GET /texts/{id}/history", 15),
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
		for (String endpoint : PageTour.pages()) {
			String address = tour.address(endpoint);
			for (String reader : tour.readers()) {
				tour.open(address, reader, "en");
				StatementCounting.reset();
				MockHttpServletResponse response = tour.open(address, reader, "en");
				int count = StatementCounting.count();
				if (PageTour.opened(response) && count >= costliest.getOrDefault(endpoint, -1)) {
					costliest.put(endpoint, count);
					costliestReader.put(endpoint, reader);
					statements.put(endpoint, StatementCounting.repeated());
				}
			}
		}
		List<String> over = new ArrayList<>();
		StringBuilder table = new StringBuilder("Statements per page (the costliest reader's):\n");
		costliest.forEach((endpoint, count) -> {
			Integer budget = BUDGETS.get(endpoint);
			table.append(String.format("  %-60s %4d  (%s; budget %s)%n", endpoint, count, costliestReader.get(endpoint),
					budget == null ? "none" : budget));
			if (budget == null) {
				over.add(endpoint + " has no budget: add Map.entry(\"" + endpoint + "\", " + count + ") to BUDGETS");
			}
			else if (count > budget) {
				over.add(endpoint + " as " + costliestReader.get(endpoint) + " issued " + count + " statements, over its budget of "
						+ budget + ": read lists with one statement (a join, an IN list, shared.RequestMemo) before raising it."
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
