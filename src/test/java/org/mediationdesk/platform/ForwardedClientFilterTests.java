package org.mediationdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mediationdesk.shared.StartRefused;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import jakarta.servlet.http.HttpServletRequest;

/**
 * {@code X-Forwarded-For} is believed only from the configured proxies, and then only as far as they vouch for it:
 * the client is the right-most address that is not a trusted proxy.
 */
class ForwardedClientFilterTests {

	private static HttpServletRequest seen(List<String> trusted, String peer, String... forwardedFor) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
		request.setRemoteAddr(peer);
		for (String header : forwardedFor) {
			request.addHeader("X-Forwarded-For", header);
		}
		request.addHeader("X-Forwarded-Proto", "https");
		MockFilterChain chain = new MockFilterChain();
		new ForwardedClientFilter(TrustedProxies.of(trusted)).doFilter(request, new MockHttpServletResponse(), chain);
		return (HttpServletRequest) chain.getRequest();
	}

	@Test
	void ignoresTheHeadersOfAClientThatIsNoTrustedProxyEvenOnAPrivateAddress() throws Exception {
		HttpServletRequest request = seen(List.of("192.0.2.10"), "10.1.2.3", "203.0.113.99");
		assertThat(request.getRemoteAddr()).isEqualTo("10.1.2.3");
		assertThat(request.isSecure()).isFalse();
		assertThat(seen(List.of(), "10.1.2.3", "203.0.113.99").getRemoteAddr()).as("no proxies by default")
			.isEqualTo("10.1.2.3");
	}

	@Test
	void takesTheRightMostUntrustedAddressFromATrustedProxy() throws Exception {
		HttpServletRequest request = seen(List.of("192.0.2.10"), "192.0.2.10", "1.1.1.1, 198.51.100.7");
		assertThat(request.getRemoteAddr()).as("what the client wrote itself (1.1.1.1) is ignored")
			.isEqualTo("198.51.100.7");
		assertThat(request.isSecure()).isTrue();
		assertThat(request.getScheme()).isEqualTo("https");
		assertThat(seen(List.of("192.0.2.10"), "192.0.2.10").getRemoteAddr()).as("without the header")
			.isEqualTo("192.0.2.10");
	}

	@Test
	void walksAChainOfTrustedProxies() throws Exception {
		List<String> trusted = List.of("192.0.2.0/28", "10.0.0.0/8", "fd00::/8");
		assertThat(seen(trusted, "10.0.0.2", "6.6.6.6, 198.51.100.7, 192.0.2.3").getRemoteAddr())
			.isEqualTo("198.51.100.7");
		assertThat(seen(trusted, "10.0.0.2", "6.6.6.6, 198.51.100.7", "192.0.2.3").getRemoteAddr())
			.as("over several headers").isEqualTo("198.51.100.7");
		assertThat(seen(trusted, "fd00::1", "2001:db8::5, fd00::2").getRemoteAddr()).isEqualTo("2001:db8::5");
		assertThat(seen(trusted, "10.0.0.2", "10.0.0.9, 192.0.2.3").getRemoteAddr())
			.as("all trusted: the left-most").isEqualTo("10.0.0.9");
		assertThat(seen(trusted, "10.0.0.2", "nonsense, 192.0.2.3").getRemoteAddr())
			.as("not an address: the last hop vouched for").isEqualTo("192.0.2.3");
		assertThat(seen(trusted, "10.0.0.2", "198.51.100.7, 192.0.2.16").getRemoteAddr())
			.as("just outside a range").isEqualTo("192.0.2.16");
	}

	@Test
	void refusesToStartOnAnEntryThatIsNoAddress() {
		assertThatThrownBy(() -> TrustedProxies.of(List.of("10.0.0.0/8", "proxy.example.org")))
			.isInstanceOf(StartRefused.class)
			.hasMessageContaining("mediationdesk.security.trusted-proxies")
			.hasMessageContaining("proxy.example.org");
		assertThatThrownBy(() -> TrustedProxies.of(List.of("10.0.0.0/33"))).isInstanceOf(StartRefused.class);
		assertThatThrownBy(() -> TrustedProxies.of(List.of("a.b.c.d"))).as("a name, never looked up")
			.isInstanceOf(StartRefused.class);
		assertThat(TrustedProxies.literal("dead.beef.cafe.f00d")).isNull();
		assertThat(TrustedProxies.literal("10.0.0")).isNull();
		assertThat(TrustedProxies.literal("[2001:db8::1]")).hasSize(16);
	}
}
