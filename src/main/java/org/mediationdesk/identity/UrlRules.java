package org.mediationdesk.identity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.SingleResultAuthorizationManager;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Who may reach a module's URLs, decided before the module's controller runs. Each module with such URLs
 * declares them in one component; the platform's security configuration assembles every module's rules. A
 * pattern under {@code /api/} is a rule of the JSON API (which answers a request without a valid token with 401,
 * and otherwise needs a login unless the rule lets anyone in); any other pattern is a page's (which lets anyone
 * in unless a rule says otherwise).
 *
 * <p>What a viewer may not reach answers 404, as everything else they may not see: an anonymous visitor to a
 * page for administrators, for the co-chairs and secretariat or for participants finds nothing there, not a
 * login prompt; only the pages that need a login (and no particular role) send them to log in. The rules of
 * the stricter kinds come first, so a pattern under a rule for anyone does not open a URL that a stricter rule
 * closes. A controller still asks the viewer ({@link Viewer#requireMediator()} and friends) for what depends
 * on more than the role, such as the document or the group in the path.
 */
public interface UrlRules {

	/** Declares this module's rules. */
	void declare(Declaration urls);

	/** Who may reach a URL, strictest first. */
	enum Access {
		/** Administrators only. */
		ADMINISTRATORS,
		/** The co-chairs and the secretariat. */
		MEDIATORS,
		/** The co-chairs, the secretariat and participants: whoever acts in the talks. */
		PARTICIPANTS_AND_MEDIATORS,
		/** Any logged-in account. */
		LOGGED_IN,
		/** Everyone, without login. */
		ANYONE;

		/** The check for this kind of URL, in Spring Security's terms: the one place where roles meet URLs. */
		public AuthorizationManager<RequestAuthorizationContext> authorization() {
			return switch (this) {
				case ADMINISTRATORS -> AuthorityAuthorizationManager.hasRole(Role.ADMIN.name());
				case MEDIATORS -> AuthorityAuthorizationManager.hasAnyRole(Role.CO_CHAIR.name(), Role.SECRETARIAT.name());
				case PARTICIPANTS_AND_MEDIATORS -> AuthorityAuthorizationManager.hasAnyRole(Role.CO_CHAIR.name(),
						Role.SECRETARIAT.name(), Role.PARTICIPANT.name());
				case LOGGED_IN -> AuthenticatedAuthorizationManager.authenticated();
				case ANYONE -> SingleResultAuthorizationManager.permitAll();
			};
		}
	}

	/** One rule: who may reach the URLs that match a pattern with a method ({@code null}: any method). */
	record Rule(Access access, HttpMethod method, String pattern) {

		/** Whether this is a rule of the JSON API rather than of a page. */
		public boolean api() {
			return pattern.startsWith("/api/");
		}
	}

	/** The rules the modules declare. */
	final class Declaration {

		private final List<Rule> rules = new ArrayList<>();

		/** URLs for administrators only, by any method. */
		public Declaration administratorsOnly(String... patterns) {
			return add(Access.ADMINISTRATORS, null, patterns);
		}

		/** URLs for the co-chairs and the secretariat only. */
		public Declaration mediatorsOnly(HttpMethod method, String... patterns) {
			return add(Access.MEDIATORS, method, patterns);
		}

		/** URLs for the co-chairs, the secretariat and participants. */
		public Declaration participantsAndMediators(HttpMethod method, String... patterns) {
			return add(Access.PARTICIPANTS_AND_MEDIATORS, method, patterns);
		}

		/** URLs for any logged-in account, by any method. */
		public Declaration loggedIn(String... patterns) {
			return add(Access.LOGGED_IN, null, patterns);
		}

		/** URLs for everyone; for the API, without a token (a token that is sent must still be valid). */
		public Declaration anyone(HttpMethod method, String... patterns) {
			return add(Access.ANYONE, method, patterns);
		}

		/** Every rule declared so far, in the order declared. */
		public List<Rule> rules() {
			return List.copyOf(rules);
		}

		private Declaration add(Access access, HttpMethod method, String... patterns) {
			if (patterns.length == 0) {
				throw new IllegalArgumentException("A rule for " + access + " names no URL");
			}
			Arrays.stream(patterns).map(pattern -> new Rule(access, method, pattern)).forEach(rules::add);
			return this;
		}
	}
}
