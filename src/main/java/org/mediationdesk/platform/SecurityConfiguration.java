package org.mediationdesk.platform;

import org.mediationdesk.identity.AccountManagement;
import org.mediationdesk.identity.ApiTokens;
import org.mediationdesk.identity.AccountGateFilter;
import org.mediationdesk.identity.AccountRefreshFilter;
import org.mediationdesk.identity.LoginSteps;
import org.mediationdesk.shared.PublicAddress;
import org.mediationdesk.identity.UrlRules;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.DispatcherType;

/**
 * Three filter chains. {@code POST /api/v1/tokens} is the only place that accepts HTTP Basic: it trades a
 * password for a personal token. The rest of {@code /api/**} is stateless and takes only bearer tokens. The
 * pages use form login with CSRF, session fixation protection and a Content-Security-Policy that allows no
 * inline script. What a viewer may not reach answers 404, like everything else they may not see; a form
 * sent without a valid CSRF token (usually an expired session) answers 403 and says so. Who may reach which
 * URL each module declares for its own URLs ({@link UrlRules}); this configuration only assembles them.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

	/** Browser features no page uses, switched off for the pages and anything they might embed. */
	static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(), gyroscope=(),"
			+ " magnetometer=(), microphone=(), payment=(), usb=()";
	static final long STRICT_TRANSPORT_SECONDS = 365L * 24 * 60 * 60;

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
			+ " img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
			+ " frame-ancestors 'none'";

	/** Every module's rules for its URLs, by who may reach them, for the API and for the pages. */
	private final Map<UrlRules.Access, RequestMatcher> apiRules = new EnumMap<>(UrlRules.Access.class);
	private final Map<UrlRules.Access, RequestMatcher> pageRules = new EnumMap<>(UrlRules.Access.class);
	/** Pages that do not exist for anyone without the right role, not even as a login prompt. */
	private final RequestMatcher administration;
	private final LoginSteps steps;
	private final PublicAddress address;
	private final boolean strictTransport;

	SecurityConfiguration(List<UrlRules> modules, LoginSteps steps, PublicAddress address,
			PlatformProperties properties) {
		this.steps = steps;
		this.address = address;
		this.strictTransport = properties.security().strictTransportSecurity();
		UrlRules.Declaration declared = new UrlRules.Declaration();
		modules.forEach(module -> module.declare(declared));
		for (UrlRules.Access access : UrlRules.Access.values()) {
			matcher(declared, access, true).ifPresent(matcher -> apiRules.put(access, matcher));
			matcher(declared, access, false).ifPresent(matcher -> pageRules.put(access, matcher));
		}
		List<RequestMatcher> hidden = new ArrayList<>();
		for (UrlRules.Access access : List.of(UrlRules.Access.ADMINISTRATORS, UrlRules.Access.MEDIATORS,
				UrlRules.Access.PARTICIPANTS_AND_MEDIATORS)) {
			if (pageRules.containsKey(access)) {
				hidden.add(pageRules.get(access));
			}
		}
		administration = hidden.isEmpty() ? request -> false : new OrRequestMatcher(hidden);
	}

	private static Optional<RequestMatcher> matcher(UrlRules.Declaration declared, UrlRules.Access access, boolean api) {
		List<RequestMatcher> matchers = declared.rules()
			.stream()
			.filter(rule -> rule.access() == access && rule.api() == api)
			.map(rule -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(rule.method(), rule.pattern()))
			.toList();
		return matchers.isEmpty() ? Optional.empty() : Optional.of(new OrRequestMatcher(matchers));
	}

	/**
	 * The modules' rules in a chain, strictest first: administrators, the co-chairs and secretariat, whoever acts
	 * in the talks, any login, anyone.
	 */
	private static void authorize(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests,
			Map<UrlRules.Access, RequestMatcher> rules) {
		rules.forEach((access, matcher) -> requests.requestMatchers(matcher).access(access.authorization()));
	}

	@Bean
	@Order(1)
	SecurityFilterChain tokenIssuing(HttpSecurity http, ApiProblems problems) throws Exception {
		return http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/v1/tokens"))
			.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
			.httpBasic(basic -> basic.authenticationEntryPoint(problems::unauthorized))
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.exceptionHandling(errors -> errors.authenticationEntryPoint(problems::unauthorized))
			.headers(this::transportAndPermissions)
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, ApiProblems problems) throws Exception {
		return http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> {
				// the closing dispatch of a stream (Server-Sent Events) continues a request authorised when it
				// opened; being stateless, it carries no token of its own
				requests.dispatcherTypeMatchers(DispatcherType.ASYNC).permitAll();
				authorize(requests, apiRules);
				// the rest of the API answers only to a token (and a token that is sent must be valid everywhere)
				requests.anyRequest().authenticated();
			})
			.addFilterBefore(new ApiTokenFilter(tokens, problems), AnonymousAuthenticationFilter.class)
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.exceptionHandling(errors -> errors.authenticationEntryPoint(problems::unauthorized)
				.accessDeniedHandler(problems::notFound))
			.headers(headers -> transportAndPermissions(
					headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))))
			.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain pages(HttpSecurity http, AccountManagement accounts) throws Exception {
		return http.addFilterAfter(new AccountRefreshFilter(accounts), SecurityContextHolderFilter.class)
			.addFilterAfter(new AccountGateFilter(steps), AccountRefreshFilter.class)
			.authorizeHttpRequests(requests -> {
				authorize(requests, pageRules);
				requests.anyRequest().permitAll();
			})
			.csrf(csrf -> csrf.csrfTokenRequestHandler(new TamperProofCsrfHandler()))
			.formLogin(login -> login.loginPage("/login")
				.successHandler(steps.afterLogin())
				.failureHandler(steps.failure())
				.permitAll())
			.logout(logout -> logout
				.logoutSuccessHandler((request, response, authentication) -> response.sendRedirect(address.of("/?loggedOut"))))
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			.exceptionHandling(errors -> errors.accessDeniedHandler(SecurityConfiguration::deny)
				.authenticationEntryPoint(this::requireLogin))
			.headers(headers -> transportAndPermissions(
					headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
						.frameOptions(frame -> frame.deny())
						.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))))
			.build();
	}

	/**
	 * Permissions-Policy everywhere; in production (behind a TLS-terminating proxy, so the request itself may
	 * look plain) Strict-Transport-Security on every answer, so that browsers keep to https.
	 */
	private HeadersConfigurer<HttpSecurity> transportAndPermissions(HeadersConfigurer<HttpSecurity> headers) {
		headers.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY));
		if (strictTransport) {
			headers.httpStrictTransportSecurity(hsts -> hsts.requestMatcher(AnyRequestMatcher.INSTANCE)
				.maxAgeInSeconds(STRICT_TRANSPORT_SECONDS)
				.includeSubDomains(true));
		}
		else {
			headers.httpStrictTransportSecurity(hsts -> hsts.disable());
		}
		return headers;
	}

	/** Pages that need a login send anonymous visitors to it, except the administration, which is not there. */
	private void requireLogin(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException failure) throws IOException, ServletException {
		if (administration.matches(request)) {
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
		}
		else {
			steps.toLogin().commence(request, response, failure);
		}
	}

	private static void deny(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException {
		response.sendError(denied instanceof CsrfException ? HttpServletResponse.SC_FORBIDDEN
				: HttpServletResponse.SC_NOT_FOUND);
	}
}
