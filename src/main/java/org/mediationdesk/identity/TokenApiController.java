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
import org.mediationdesk.shared.DeskException;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.Operation;

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

	@Operation(summary = "Issues a personal API token for the account whose HTTP Basic credentials are sent; its secret is shown this once",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					examples = @ExampleObject(name = "A named token", value = "{\"name\": \"Secretariat scripts\"}"))))
	@PostMapping("/tokens")
	@ResponseStatus(HttpStatus.CREATED)
	IssuedToken issue(@RequestBody(required = false) TokenRequest request) {
		String name = request == null || request.name() == null ? "API token" : request.name();
		return tokens.issue(Viewers.current(), name);
	}

	@Operation(summary = "The caller's API tokens, without their secrets",
			responses = @ApiResponse(responseCode = "200", content = @Content(
					examples = @ExampleObject(name = "One token", value = "[{\"id\": \"97f21cb3-f9fd-4387-b1be-1929935b83a1\", \"name\": \"Secretariat scripts\","
							+ " \"createdAt\": \"2026-12-07T13:44:16Z\", \"revokedAt\": null}]"))))
	@GetMapping("/tokens")
	List<TokenView> list() {
		return tokens.list(Viewers.current());
	}

	@Operation(summary = "Revokes one of the caller's API tokens: it acts for nobody from now on")
	@DeleteMapping("/tokens/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revoke(@PathVariable UUID id) {
		tokens.revoke(Viewers.current(), id);
	}

	@Operation(summary = "The account the call is made for: its name, role, institution or group",
			responses = @ApiResponse(responseCode = "200", content = @Content(
					examples = @ExampleObject(name = "A co-chair", value = "{\"id\": \"e36e6053-91fe-4847-b8e2-0ae8083b520c\", \"username\": \"cochair-eu\", \"displayName\": \"EU co-chair\","
							+ " \"role\": \"CO_CHAIR\", \"institution\": \"EU\", \"groupId\": null}"))))
	@GetMapping("/me")
	Me me() {
		AccountView account = accounts.self(Viewers.current()).orElseThrow(DeskException.NotFound::new);
		return new Me(account.id(), account.username(), account.displayName(), account.role(),
				account.institution() == null ? null : account.institution().name(), account.groupId());
	}
}
