package org.mediationdesk.pagecache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.mediationdesk.Fixtures;
import org.mediationdesk.IntegrationTest;
import org.mediationdesk.identity.Role;
import org.mediationdesk.process.RoundManagement;
import org.mediationdesk.shared.Institution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * A logged-in reader's pages carry a validator: the same page asked again with it, unchanged, answers 304; a page
 * that changed, another session's validator, or a reader who logged out gets the page.
 */
@IntegrationTest
class ReaderPageValidatorsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	RoundManagement roundManagement;

	private MockHttpServletResponse get(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse();
	}

	private MockHttpSession login(String username) throws Exception {
		return (MockHttpSession) mvc
			.perform(SecurityMockMvcRequestBuilders.formLogin().user(username).password(Fixtures.PASSWORD))
			.andReturn()
			.getRequest()
			.getSession();
	}

	@Test
	void anUnchangedPageAnswers304ToItsOwnSessionOnly() throws Exception {
		MockHttpSession coChair = login(fixtures.account(Role.CO_CHAIR, Institution.OSCE, null));
		MockHttpSession other = login(fixtures.account(Role.CO_CHAIR, Institution.OSCE, null));
		for (String path : new String[] { "/rounds", "/rounds/7", "/texts", "/documents" }) {
			MockHttpServletResponse first = get(MockMvcRequestBuilders.get(path).session(coChair));
			String etag = first.getHeader("ETag");
			assertThat(first.getStatus()).as(path).isEqualTo(200);
			assertThat(etag).as(path).startsWith("W/\"");
			assertThat(first.getHeader("Cache-Control")).as(path).isEqualTo(ReaderPageValidators.PRIVATE);
			MockHttpServletResponse again = get(MockMvcRequestBuilders.get(path).session(coChair).header("If-None-Match", etag));
			assertThat(again.getStatus()).as(path).isEqualTo(304);
			assertThat(again.getContentAsByteArray()).as(path).isEmpty();
			MockHttpServletResponse theirs = get(MockMvcRequestBuilders.get(path).session(other).header("If-None-Match", etag));
			assertThat(theirs.getStatus()).as(path).isEqualTo(200);
			assertThat(theirs.getContentAsString()).as(path).isNotEmpty();
		}
	}

	@Test
	void aChangedPageIsSentAgain() throws Exception {
		MockHttpSession secretariat = login(fixtures.account(Role.SECRETARIAT, null, null));
		String etag = get(MockMvcRequestBuilders.get("/rounds").session(secretariat)).getHeader("ETag");
		int number = roundManagement.convene(fixtures.coChair(Institution.UN), LocalDate.of(2034, 4, 4),
				LocalDate.of(2034, 4, 5), "Validator Hall", false).number();
		MockHttpServletResponse changed = get(MockMvcRequestBuilders.get("/rounds").session(secretariat)
			.header("If-None-Match", etag));
		assertThat(changed.getStatus()).isEqualTo(200);
		assertThat(changed.getContentAsString()).contains("/rounds/" + number + "\"");
		assertThat(changed.getHeader("ETag")).isNotEqualTo(etag);
	}

	@Test
	void aReaderWhoLoggedOutIsNotToldTheirPageIsCurrent() throws Exception {
		MockHttpSession participant = login(fixtures.account(Role.PARTICIPANT, null, "GE"));
		String etag = get(MockMvcRequestBuilders.get("/rounds/7").session(participant)).getHeader("ETag");
		mvc.perform(MockMvcRequestBuilders.post("/logout").session(participant).with(SecurityMockMvcRequestPostProcessors.csrf()));
		MockHttpServletResponse after = get(MockMvcRequestBuilders.get("/rounds/7").header("If-None-Match", etag));
		assertThat(after.getStatus()).isEqualTo(200);
		assertThat(after.getContentAsString()).contains("/login");
	}
}
