package org.mediationdesk.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** A value read several times in one safe request is read once; a POST, and work outside a request, read afresh. */
class RequestMemoTests {

	private final AtomicInteger reads = new AtomicInteger();

	private String read() {
		return "read " + reads.incrementAndGet();
	}

	private static void inRequest(String method) {
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest(method, "/rounds/64")));
	}

	@AfterEach
	void leaveTheRequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void aGetReadsOncePerKey() {
		inRequest("GET");
		assertThat(RequestMemo.once("round:64", this::read)).isEqualTo("read 1");
		assertThat(RequestMemo.once("round:64", this::read)).isEqualTo("read 1");
		assertThat(RequestMemo.once("round:63", this::read)).isEqualTo("read 2");
		assertThat(RequestMemo.onceOptional("none", Optional::empty)).isEmpty();
		inRequest("GET");
		assertThat(RequestMemo.once("round:64", this::read)).as("the next request reads again").isEqualTo("read 3");
	}

	@Test
	void aPostAndWorkOutsideARequestReadEachTime() {
		inRequest("POST");
		RequestMemo.once("round:64", this::read);
		assertThat(RequestMemo.once("round:64", this::read)).isEqualTo("read 2");
		RequestContextHolder.resetRequestAttributes();
		RequestMemo.once("round:64", this::read);
		assertThat(RequestMemo.once("round:64", this::read)).isEqualTo("read 4");
	}
}
