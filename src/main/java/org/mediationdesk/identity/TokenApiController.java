package org.mediationdesk.identity;

import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Personal API tokens over the API. {@code POST /api/v1/tokens} takes HTTP Basic credentials and returns a
 * new token once; every other call needs a bearer token.
 */
@RestController
@RequestMapping("/api/v1")
class TokenApiController {

	private final AccountManagement accounts;
	private final ApiTokens tokens;

	TokenApiController(AccountManagement accounts, ApiTokens tokens) {
		this.accounts = accounts;
		this.tokens = tokens;
	}

	record TokenRequest(String name) {
	}

	record Me(UUID id, String username, String displayName, Role role, String institution, UUID groupId) {
	}

	@PostMapping("/tokens")
	@ResponseStatus(HttpStatus.CREATED)
	IssuedToken issue(@RequestBody(required = false) TokenRequest request) {
		String name = request == null || request.name() == null ? "API token" : request.name();
		return tokens.issue(Viewers.current(), name);
	}

	@GetMapping("/tokens")
	List<TokenView> list() {
		return tokens.list(Viewers.current());
	}

	@DeleteMapping("/tokens/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revoke(@PathVariable UUID id) {
		tokens.revoke(Viewers.current(), id);
	}

	@GetMapping("/me")
	Me me() {
		AccountView account = accounts.self(Viewers.current()).orElseThrow(org.mediationdesk.shared.DeskException.NotFound::new);
		return new Me(account.id(), account.username(), account.displayName(), account.role(),
				account.institution() == null ? null : account.institution().name(), account.groupId());
	}
}
