package org.mediationdesk.pagecache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mediationdesk.ModuleTestDatabase;
import org.mediationdesk.TestDatabase;
import org.mediationdesk.shared.AuditableEvent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The page cache alone (with {@code shared} and {@code identity}) in front of pages of this test's own: an anonymous
 * visitor's public page is rendered once and then answered from memory with validators, a request with credentials
 * always reaches the page, and any committed change (an {@link AuditableEvent}) drops what was kept, a rolled-back
 * one does not. The filter reads the visitor's language with the web layer's {@code LocaleResolver}, so this test
 * runs in a (mock) servlet environment; without one the module has nothing to filter.
 *
 * <p>{@code participants} is booted too, though this module does not use it: the test fixtures of the root package
 * open accounts through {@code identity}, whose accounts need a {@code GroupDirectory}, which the participants'
 * directory provides.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES,
		extraIncludes = { "shared", "identity", "participants" },
		webEnvironment = org.springframework.boot.test.context.SpringBootTest.WebEnvironment.MOCK)
@ExtendWith(TestDatabase.class)
@ContextConfiguration(initializers = ModuleTestDatabase.class)
class AnonymousPageCacheModuleIntegrationTests {

	@Autowired
	AnonymousPageCache cache;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	private final Pages pages = new Pages();

	private MockMvc mvc;

	/** A change as a module announces it. */
	record SomethingChanged(String actor) implements AuditableEvent {

		@Override
		public String action() {
			return "test.changed";
		}

		@Override
		public String objectType() {
			return "test";
		}

		@Override
		public String objectId() {
			return "1";
		}
	}

	/** Public pages that count how often they are rendered. */
	@RestController
	static class Pages {

		final AtomicInteger renders = new AtomicInteger();

		@GetMapping("/rounds/{number}")
		ResponseEntity<String> round(@PathVariable int number) {
			return ResponseEntity.ok()
				.contentType(MediaType.parseMediaType("text/html;charset=UTF-8"))
				.body("<p>Round " + number + ", rendering " + renders.incrementAndGet() + "</p>");
		}

		@GetMapping("/documents")
		ResponseEntity<String> documents() {
			renders.incrementAndGet();
			return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body("<p>Documents</p>");
		}
	}

	@BeforeEach
	void putsTheCacheInFrontOfThePages() {
		cache.clear();
		pages.renders.set(0);
		mvc = MockMvcBuilders.standaloneSetup(pages).addFilters(cache).build();
	}

	private MockHttpServletResponse answer(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse();
	}

	@Test
	void rendersAPublicPageOnceAndAnswersFromMemoryWithValidators() throws Exception {
		MockHttpServletResponse first = answer(get("/rounds/3"));
		MockHttpServletResponse second = answer(get("/rounds/3"));

		assertThat(pages.renders).hasValue(1);
		assertThat(second.getContentAsString()).isEqualTo(first.getContentAsString()).contains("rendering 1");
		assertThat(second.getHeader("ETag")).isNotBlank().isEqualTo(first.getHeader("ETag"));
		assertThat(second.getHeader("Cache-Control")).isEqualTo("public, max-age=60");
		assertThat(second.getHeader("Last-Modified")).isNotBlank();
		MockHttpServletResponse unchanged = answer(get("/rounds/3").header("If-None-Match", second.getHeader("ETag")));
		assertThat(unchanged.getStatus()).isEqualTo(304);
		assertThat(unchanged.getContentAsByteArray()).isEmpty();
		assertThat(pages.renders).hasValue(1);
	}

	@Test
	void alwaysRendersThePageForARequestWithCredentialsOrForAPageThatIsNotPublic() throws Exception {
		answer(get("/rounds/4"));
		MockHttpServletResponse withToken = answer(get("/rounds/4").header("Authorization", "Bearer abc"));

		assertThat(withToken.getContentAsString()).contains("rendering 2");
		assertThat(withToken.getHeader("Cache-Control")).isNull();

		answer(get("/documents"));
		answer(get("/documents"));
		assertThat(pages.renders).as("the documents page is not one of the kept pages").hasValue(4);
	}

	@Test
	void dropsTheKeptPagesAfterACommittedChangeButNotAfterARolledBackOne() throws Exception {
		answer(get("/rounds/5"));

		transactions.executeWithoutResult(status -> {
			events.publishEvent(new SomethingChanged("cc-pagecache"));
			status.setRollbackOnly();
		});
		assertThat(answer(get("/rounds/5")).getContentAsString()).contains("rendering 1");

		transactions.executeWithoutResult(status -> events.publishEvent(new SomethingChanged("cc-pagecache")));
		assertThat(answer(get("/rounds/5")).getContentAsString()).contains("rendering 2");
	}
}
