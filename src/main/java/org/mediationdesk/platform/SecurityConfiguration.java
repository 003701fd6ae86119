package org.mediationdesk.platform;

import org.mediationdesk.identity.AccountManagement;
import org.mediationdesk.identity.AccountRefreshFilter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
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

/**
 * Three filter chains. {@code POST /api/v1/tokens} is the only place that accepts HTTP Basic: it trades a
 * password for a personal token. The rest of {@code /api/**} is stateless and takes only bearer tokens. The
 * pages use form login with CSRF, session fixation protection and a Content-Security-Policy that allows no
 * inline script. What a viewer may not reach answers 404, like everything else they may not see; a form
 * sent without a valid CSRF token (usually an expired session) answers 403 and says so.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

	private static final String[] MEDIATORS = { "CO_CHAIR", "SECRETARIAT" };
	private static final String[] FILERS = { "CO_CHAIR", "SECRETARIAT", "PARTICIPANT" };

	/** Forms that only the co-chairs and secretariat send: planning and running rounds. */
	private static final RequestMatcher MEDIATORS_ONLY_PAGES = anyPost("/rounds", "/rounds/*/postponement",
			"/rounds/*/status", "/rounds/*/sessions", "/rounds/*/outcomes", "/rounds/*/decisions",
			"/rounds/*/attendance", "/participants/people", "/terminology/check", "/terminology/glossary",
			"/terminology/glossary/*", "/terminology/glossary/*/delete", "/terminology/glossary/import",
			"/formats/scenarios/*", "/formats/scenarios/*/cascade", "/texts", "/texts/*/provisions", "/texts/*/status",
			"/texts/*/provisions/*", "/texts/*/heading");
	private static final RequestMatcher MEDIATORS_ONLY_API = new OrRequestMatcher(anyPost("/api/v1/rounds",
			"/api/v1/rounds/*/postponement", "/api/v1/rounds/*/status", "/api/v1/rounds/*/sessions",
			"/api/v1/rounds/*/outcomes", "/api/v1/rounds/*/decisions", "/api/v1/rounds/*/attendance",
			"/api/v1/terminology/check", "/api/v1/terminology/render", "/api/v1/formats/check", "/api/v1/formats/propose",
			"/api/v1/formats/cascade", "/api/v1/texts", "/api/v1/texts/*/provisions", "/api/v1/texts/*/status"),
			PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.PUT, "/api/v1/texts/*/heading"));
	/** Forms that participants send too: their own group's accounts. */
	private static final RequestMatcher FILERS_ONLY_PAGES = anyPost("/rounds/*/accounts", "/formats/conditions",
			"/formats/conditions/*/delete", "/texts/*/wordings", "/texts/*/stances", "/texts/*/cosponsors",
			"/texts/*/translations", "/texts/*/withdrawals");
	private static final RequestMatcher FILERS_ONLY_API = new OrRequestMatcher(anyPost("/api/v1/rounds/*/accounts",
			"/api/v1/texts/*/stances", "/api/v1/texts/*/wordings", "/api/v1/texts/*/wordings/*/withdrawal",
			"/api/v1/texts/*/wordings/*/cosponsors"),
			PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.PUT, "/api/v1/texts/*/wordings/*/russian"));

	/** Pages that do not exist for anyone without the right role, not even as a login prompt. */
	private static final RequestMatcher ADMINISTRATION = new OrRequestMatcher(
			PathPatternRequestMatcher.withDefaults().matcher("/admin/**"), MEDIATORS_ONLY_PAGES, FILERS_ONLY_PAGES);

	private static RequestMatcher anyPost(String... patterns) {
		List<RequestMatcher> matchers = new ArrayList<>();
		for (String pattern : patterns) {
			matchers.add(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, pattern));
		}
		return new OrRequestMatcher(matchers);
	}
	private static final LoginUrlAuthenticationEntryPoint LOGIN = new LoginUrlAuthenticationEntryPoint("/login");

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
			+ " img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
			+ " frame-ancestors 'none'";

	@Bean
	@Order(1)
	SecurityFilterChain tokenIssuing(HttpSecurity http, ApiProblems problems) throws Exception {
		return http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/v1/tokens"))
			.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
			.httpBasic(basic -> basic.authenticationEntryPoint(problems::unauthorized))
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.exceptionHandling(errors -> errors.authenticationEntryPoint(problems::unauthorized))
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain api(HttpSecurity http, AccountManagement accounts, ApiProblems problems) throws Exception {
		return http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests.requestMatchers(MEDIATORS_ONLY_API)
				.hasAnyRole(MEDIATORS)
				.requestMatchers(FILERS_ONLY_API)
				.hasAnyRole(FILERS)
				// the public record reads without a token; a token that is sent must still be valid
				.requestMatchers(HttpMethod.GET, "/api/v1/rounds", "/api/v1/rounds/**")
				.permitAll()
				.anyRequest()
				.authenticated())
			.addFilterBefore(new ApiTokenFilter(accounts, problems), AnonymousAuthenticationFilter.class)
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.exceptionHandling(errors -> errors.authenticationEntryPoint(problems::unauthorized)
				.accessDeniedHandler(problems::notFound))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)))
			.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain pages(HttpSecurity http, AccountManagement accounts) throws Exception {
		return http.addFilterAfter(new AccountRefreshFilter(accounts), SecurityContextHolderFilter.class)
			.authorizeHttpRequests(requests -> requests.requestMatchers("/admin/**")
				.hasRole("ADMIN")
				.requestMatchers(MEDIATORS_ONLY_PAGES)
				.hasAnyRole(MEDIATORS)
				.requestMatchers(FILERS_ONLY_PAGES)
				.hasAnyRole(FILERS)
				.requestMatchers("/profile/**", "/documents/new")
				.authenticated()
				.anyRequest()
				.permitAll())
			.formLogin(login -> login.loginPage("/login").failureUrl("/login?error").permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/?loggedOut"))
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			.exceptionHandling(errors -> errors.accessDeniedHandler(SecurityConfiguration::deny)
				.authenticationEntryPoint(SecurityConfiguration::requireLogin))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions(frame -> frame.deny())
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
			.build();
	}

	/** Pages that need a login send anonymous visitors to it, except the administration, which is not there. */
	private static void requireLogin(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException failure) throws IOException, ServletException {
		if (ADMINISTRATION.matches(request)) {
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
		}
		else {
			LOGIN.commence(request, response, failure);
		}
	}

	private static void deny(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException {
		response.sendError(denied instanceof CsrfException ? HttpServletResponse.SC_FORBIDDEN
				: HttpServletResponse.SC_NOT_FOUND);
	}
}
