package org.mediationdesk.notifications;

import java.util.Locale;
import java.util.UUID;

import org.mediationdesk.identity.Viewers;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** The caller's notifications over the API: the same list, in the language of {@code Accept-Language}. */
@RestController
@RequestMapping("/api/v1/notifications")
class NotificationsApiController {

	private final Notifications notifications;

	NotificationsApiController(Notifications notifications) {
		this.notifications = notifications;
	}

	@Operation(summary = "The caller's notifications, newest first, a page of 20 at a time (from 0), with the unread count",
			responses = @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(
					name = "A text circulated", value = """
							{"items":[{"id":"5b0c3c4e-2f7a-4b7e-9d2b-0d1f6f1a9c11",
							"text":"GID/TEXT/1 «Non-use of force» was circulated (revision 2): your group's stance is awaited.",
							"link":"/texts/0f4d8a52-8d0e-4a43-a0a9-62c1f3d7a1b2","createdAt":"2026-12-03T09:15:00Z","read":false}],
							"page":0,"pageSize":20,"total":1,"unread":1}"""))))
	@GetMapping
	NotificationPage list(@RequestParam(defaultValue = "0") int page, Locale locale) {
		return notifications.list(Viewers.current(), page, locale);
	}

	@Operation(summary = "Marks one of the caller's notifications read (404 for another's or an unknown one)",
			responses = @ApiResponse(responseCode = "204", content = @Content(examples = @ExampleObject(name = "Marked read",
					value = ""))))
	@PostMapping("/{id}/read")
	ResponseEntity<Void> markRead(@PathVariable UUID id) {
		notifications.markRead(Viewers.current(), id);
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "Marks every notification of the caller's read",
			responses = @ApiResponse(responseCode = "204", content = @Content(examples = @ExampleObject(name = "All marked read",
					value = ""))))
	@PostMapping("/read")
	ResponseEntity<Void> markAllRead() {
		notifications.markAllRead(Viewers.current());
		return ResponseEntity.noContent().build();
	}
}
