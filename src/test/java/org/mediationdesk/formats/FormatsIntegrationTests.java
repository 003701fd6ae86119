package org.mediationdesk.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mediationdesk.Fixtures;
import org.mediationdesk.IntegrationTest;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.Institution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/** The format planner over the API, on its pages and on the command line; the groups' confided conditions. */
@IntegrationTest
class FormatsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	FormatConditions conditions;

	@Autowired
	JdbcClient jdbc;

	private static <B extends AbstractMockHttpServletRequestBuilder<B>> B as(B request, Viewer viewer) {
		return request.with(authentication(Fixtures.authentication(viewer))).with(csrf());
	}

	private static String json(String id) {
		return ReferenceScenarios.JSON.writeValueAsString(ReferenceScenarios.byId(id).orElseThrow().scenario());
	}

	private String page(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void answersTheCoChairsOverTheApiAndNoOneElse() throws Exception {
		Viewer coChair = fixtures.coChair(Institution.EU);
		mvc.perform(as(post("/api/v1/formats/check"), coChair).contentType("application/json").content(json("round-1-plenary")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.feasible").value(false))
			.andExpect(jsonPath("$.absent[0]").value("GE"))
			.andExpect(jsonPath("$.conflicts[0].conditions[0]").value("ge-1"))
			.andExpect(jsonPath("$.conflicts[0].conditions[1]").value("ru-1"))
			.andExpect(jsonPath("$.conflicts[0].explanation").value(org.hamcrest.Matchers.startsWith("Participants from Tbilisi")));
		mvc.perform(as(post("/api/v1/formats/propose"), coChair).contentType("application/json").content(json("round-1-plenary")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.formats[0].format.kind").value("WORKING_GROUP"))
			.andExpect(jsonPath("$.formats[0].attending.length()").value(5));
		mvc.perform(as(post("/api/v1/formats/cascade"), coChair).contentType("application/json")
			.content("{\"scenario\": " + json("round-1-plenary") + ", \"leaves\": \"AB\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.leaves[0].group").value("RU"))
			.andExpect(jsonPath("$.leaves[0].because").value("ru-1"));
		mvc.perform(as(get("/api/v1/formats/scenarios/round-1-plenary"), coChair))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.roundNumber").value(1))
			.andExpect(jsonPath("$.round").value(1));
		mvc.perform(as(post("/api/v1/formats/check"), fixtures.participant("RU")).contentType("application/json")
			.content(json("round-1-plenary"))).andExpect(status().isNotFound());
		String itself = json("round-1-plenary").replace("\"other\":\"AB\"", "\"other\":\"GE\"");
		mvc.perform(as(post("/api/v1/formats/check"), coChair).contentType("application/json").content(itself))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(
					"conditions[0].other: a condition about the group itself")));
	}

	@Test
	void showsThePlannerWithWhatIfChangesAndCascades() throws Exception {
		Viewer coChair = fixtures.coChair(Institution.UN);
		String planner = page(as(get("/formats/scenarios/round-5-report-title"), coChair));
		assertThat(planner).contains("The format cannot seat everyone it aims to seat")
			.contains("will not attend while a tabled document says &quot;Abkhazia, Georgia&quot; (ab-1)");

		String withdrawn = page(as(post("/formats/scenarios/round-5-report-title"), coChair).param("submitted", "true")
			.param("kind", "WORKING_GROUP")
			.param("seated", "GE", "RU", "US", "AB", "SO"));
		assertThat(withdrawn).as("without the report, everyone attends").contains("Everyone the format aims to seat can attend");

		String cascade = page(as(post("/formats/scenarios/round-1-plenary/cascade"), coChair).param("leaves", "AB"));
		assertThat(cascade).contains("Step 1: participants from Moscow leave (ru-1");

		assertThat(page(as(get("/formats").param("round", "1"), coChair))).contains("/formats/scenarios/round-1-plenary")
			.doesNotContain("/formats/scenarios/round-5-report-title");
		assertThat(page(as(get("/rounds/1"), coChair))).contains("/formats?round=1");
		assertThat(page(get("/rounds/1"))).doesNotContain("/formats?round=1");
	}

	@Test
	void keepsEachGroupsConditionsFromTheOtherGroups() throws Exception {
		Viewer tbilisi = fixtures.participant("GE");
		Viewer moscow = fixtures.participant("RU");
		Viewer coChair = fixtures.coChair(Institution.OSCE);
		mvc.perform(as(post("/formats/conditions"), tbilisi).param("type", "REFUSES_VENUE").param("venue", "Secretville"))
			.andExpect(status().is3xxRedirection());
		Scenario.Condition stated = conditions.visibleTo(tbilisi)
			.stream()
			.filter(condition -> "Secretville".equals(condition.venue()))
			.findFirst()
			.orElseThrow();
		assertThat(stated.group()).isEqualTo("GE");
		assertThat(page(as(get("/formats/conditions"), tbilisi))).contains("Secretville");
		assertThat(page(as(get("/formats/conditions"), moscow))).doesNotContain("Secretville");
		assertThat(page(as(get("/formats/conditions"), coChair))).contains("Secretville");
		assertThat(page(as(get("/formats/scenarios/stated"), coChair))).contains(stated.id());
		mvc.perform(as(get("/formats/scenarios/stated"), tbilisi)).andExpect(status().isNotFound());

		mvc.perform(as(post("/formats/conditions/{code}/delete", stated.id()), moscow)).andExpect(status().isNotFound());
		mvc.perform(as(post("/formats/conditions/{code}/delete", stated.id()), fixtures.admin())).andExpect(status().isNotFound());
		assertThat(page(as(get("/formats/conditions"), coChair))).as("withdrawing failed for the others").contains("Secretville");
		assertThat(jdbc.sql("SELECT audience_kind FROM audit_entry WHERE object_id = :code AND action = 'format-condition.stated'")
			.param("code", stated.id())
			.query(String.class)
			.single()).isEqualTo("GROUP_AND_CO_CHAIRS");
		mvc.perform(as(post("/formats/conditions/{code}/delete", stated.id()), tbilisi)).andExpect(status().is3xxRedirection());
		assertThat(conditions.visibleTo(coChair)).noneMatch(condition -> condition.id().equals(stated.id()));
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> conditions.withdraw(tbilisi, stated.id()))
			.isInstanceOf(DeskException.NotFound.class);
	}

	@Test
	void answersOnTheCommandLineWithoutTheApplication(@TempDir Path directory) throws Exception {
		Path file = Files.writeString(directory.resolve("scenario.json"), json("round-1-plenary"));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit = FormatsCommand.run(new String[] { "formats", "cascade", file.toString(), "--leaves", "AB" },
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"group\" : \"RU\"", "\"because\" : \"ru-1\"");
		int usage = FormatsCommand.run(new String[] { "formats", "cascade", file.toString() }, new PrintStream(out),
				new PrintStream(err));
		assertThat(usage).isEqualTo(2);
		Path broken = Files.writeString(directory.resolve("broken.json"), "{\"groups\": [\"GE\"], \"conditions\": [{\"id\": \"x\","
				+ " \"group\": \"GE\", \"type\": \"WANTS_CAKE\"}]}");
		ByteArrayOutputStream problems = new ByteArrayOutputStream();
		assertThat(FormatsCommand.run(new String[] { "formats", "check", broken.toString() }, new PrintStream(out),
				new PrintStream(problems, true, StandardCharsets.UTF_8))).isEqualTo(2);
		assertThat(problems.toString(StandardCharsets.UTF_8)).contains("not a scenario").contains("WANTS_CAKE");
		assertThat(List.of(exit, usage)).containsExactly(0, 2);
	}
}
