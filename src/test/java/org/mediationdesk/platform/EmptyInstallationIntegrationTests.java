package org.mediationdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mediationdesk.Fixtures;
import org.mediationdesk.TestDatabase;
import org.mediationdesk.identity.Role;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.shared.Institution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * An installation started without the reference record ({@code mediationdesk.reference-record=false}, the way to an
 * import) has no process until one is imported. Its public pages, feeds and API answer, with an empty state that says
 * what comes next in each language: where to import the record, for an administrator; that an administrator imports
 * it, for the co-chairs; that it is not yet published, for everyone else. Nothing answers with a server error.
 */
@ExtendWith(TestDatabase.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK,
		properties = { "mediationdesk.demo-accounts=false", "mediationdesk.admin-password=admin-password-for-tests",
				"mediationdesk.reference-record=false", "mediationdesk.jobs.audit-checkpoint.enabled=false",
				"mediationdesk.jobs.communique-publication.enabled=false",
				"mediationdesk.jobs.event-resubmission.enabled=false" })
@ContextConfiguration(initializers = EmptyInstallationIntegrationTests.EmptyDatabase.class)
@AutoConfigureMockMvc
class EmptyInstallationIntegrationTests {

	/** A database of its own, empty, and audit checkpoints of its own, apart from the other tests'. */
	static class EmptyDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			try {
				Path directory = Files.createTempDirectory(Files.createDirectories(Path.of("target", "audit-checkpoints")),
						"empty-");
				Map<String, Object> settings = new HashMap<>();
				settings.put("mediationdesk.audit.checkpoint-key", directory.resolve("audit-checkpoint.key").toString());
				settings.put("mediationdesk.audit.checkpoint-file", directory.resolve("audit-checkpoints.txt").toString());
				settings.put("spring.datasource.url", TestDatabase.freshUrl());
				settings.put("spring.datasource.username", TestDatabase.user());
				settings.put("spring.datasource.password", TestDatabase.password());
				context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("empty-database", settings));
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
	}

	static final List<String> PUBLIC = List.of("/", "/rounds", "/rounds/1", "/communiques", "/feeds/communiques.atom",
			"/calendar/rounds.ics", "/api/v1/rounds", "/api/v1/rounds/1", "/api/v1/rounds/related-meetings", "/search?q=x",
			"/documents", "/texts", "/participants", "/rounds/export", "/api/v1/process/record");

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	private MockHttpServletResponse get(String path, Viewer viewer, String language) throws Exception {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.get(path).header("Accept-Language", language);
		if (viewer != null) {
			request.with(authentication(Fixtures.authentication(viewer)));
		}
		return mvc.perform(request).andReturn().getResponse();
	}

	@Test
	void answersEveryPublicAddressWithoutAServerErrorForEveryone() throws Exception {
		List<Viewer> viewers = new ArrayList<>();
		viewers.add(null);
		viewers.add(fixtures.viewer(Role.CO_CHAIR, Institution.OSCE, null));
		viewers.add(fixtures.viewer(Role.ADMIN, null, null));
		viewers.add(fixtures.viewer(Role.PARTICIPANT, null, "GE"));
		List<String> failures = new ArrayList<>();
		for (Viewer viewer : viewers) {
			for (String path : PUBLIC) {
				String who = path + " as " + (viewer == null ? "anonymous" : viewer.role());
				try {
					int status = get(path, viewer, "en").getStatus();
					if (status >= 500) {
						failures.add(who + ": " + status);
					}
				}
				catch (Exception escaped) {
					failures.add(who + ": " + escaped);
				}
			}
		}
		assertThat(failures).isEmpty();
		assertThat(get("/api/v1/rounds", null, "en").getContentAsString()).contains("\"items\":[]").contains("\"total\":0");
		assertThat(get("/calendar/rounds.ics", null, "en").getContentAsString()).contains("BEGIN:VCALENDAR");
		assertThat(get("/feeds/communiques.atom", null, "en").getContentAsString()).contains("<feed");
	}

	@Test
	void tellsThePublicThatTheRecordIsNotYetPublishedInEachLanguage() throws Exception {
		for (String path : List.of("/", "/rounds")) {
			MockHttpServletResponse english = get(path, null, "en");
			assertThat(english.getStatus()).as(path).isEqualTo(200);
			assertThat(english.getContentAsString()).as(path).contains("not yet published").doesNotContain("import-record");
			assertThat(get(path, null, "ru").getContentAsString()).as(path).contains("ещё не опубликована");
			assertThat(get(path, null, "ka").getContentAsString()).as(path).contains("ჯერ არ გამოქვეყნებულა");
		}
	}

	@Test
	void tellsTheCoChairsWhoImportsTheRecordAndTheAdministratorWhere() throws Exception {
		Viewer coChair = fixtures.viewer(Role.CO_CHAIR, Institution.EU, null);
		Viewer admin = fixtures.viewer(Role.ADMIN, null, null);
		for (String path : List.of("/", "/rounds")) {
			MockHttpServletResponse forCoChair = get(path, coChair, "en");
			assertThat(forCoChair.getStatus()).as(path).isEqualTo(200);
			assertThat(forCoChair.getContentAsString()).as(path).contains("An administrator imports")
				.contains("process import");
			assertThat(get(path, coChair, "ru").getContentAsString()).as(path).contains("Администратор импортирует");
			MockHttpServletResponse forAdmin = get(path, admin, "en");
			assertThat(forAdmin.getStatus()).as(path).isEqualTo(200);
			assertThat(forAdmin.getContentAsString()).as(path).contains("id=\"import-record\" href=\"/admin/process\"")
				.contains("process import");
			assertThat(get(path, admin, "ka").getContentAsString()).as(path).contains("id=\"import-record\"")
				.contains("გააკეთეთ პროცესის ჩანაწერის ფაილის იმპორტი");
		}
	}
}
