package org.mediationdesk.board;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.mediationdesk.identity.Viewers;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.LanguageCode;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * A meeting's board over JSON and as a stream of Server-Sent Events, each as the caller may see it; what the
 * co-chairs, the secretariat and participants do on it. An illegal step answers 409 with the reason; a meeting
 * the caller may not see, 404.
 */
@RestController
@RequestMapping("/api/v1/meetings/{id}")
class BoardApiController {

	private static final String BOARD_EXAMPLE = "{\"meetingId\": \"5b0e6f4e-2c1a-4d7e-9a51-0f6f3c1d2e7a\","
			+ " \"roundNumber\": 65, \"meeting\": \"WORKING_GROUP_II\", \"now\": \"2026-12-03T10:15:00Z\","
			+ " \"attributed\": false, \"currentItem\": {\"code\": \"WG2-IDP\", \"title\": \"Refugees and IDPs\"},"
			+ " \"seats\": [], \"notes\": [{\"kind\": \"WALKED_OUT\", \"item\": \"Refugees and IDPs\"}],"
			+ " \"speakers\": {\"item\": \"WG2-IDP\", \"closed\": false, \"current\": {\"position\": 0, \"groupCode\": null,"
			+ " \"group\": null, \"own\": false, \"since\": \"2026-12-03T10:12:30Z\", \"elapsedSeconds\": 150},"
			+ " \"waiting\": [{\"position\": 1, \"groupCode\": \"GE\", \"group\": \"participants from Tbilisi\", \"own\": true}],"
			+ " \"spoken\": 2}, \"availableActions\": [\"WITHDRAW\"]}";

	private final MeetingBoards boards;
	private final BoardCommands commands;
	private final BoardPush push;

	BoardApiController(MeetingBoards boards, BoardCommands commands, BoardPush push) {
		this.boards = boards;
		this.commands = commands;
		this.push = push;
	}

	record CurrentItem(String item) {
	}

	record Order(List<String> groups) {
	}

	record ListStatus(Boolean closed) {
	}

	@Operation(summary = "A meeting's board as the caller may see it: the current item, the attendance (attributed for"
			+ " the co-chairs and secretariat, the public projection for participants), the list of speakers, the time",
			responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json",
					examples = @ExampleObject(name = "As a participant sees it", value = BOARD_EXAMPLE))))
	@GetMapping("/board")
	BoardView board(@PathVariable UUID id, Locale locale) {
		return boards.board(Viewers.current(), id, LanguageCode.ofInterface(locale));
	}

	@Operation(summary = "The board as a stream of Server-Sent Events: the board now, then the whole board again"
			+ " (event \"board\") after each change, each as the caller may see it; a comment line every 15 s",
			responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/event-stream",
					examples = @ExampleObject(name = "The first event", value = "id: 1\nevent: board\nretry: 3000\ndata: "
							+ BOARD_EXAMPLE + "\n\n"))))
	@GetMapping(path = "/board/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter stream(@PathVariable UUID id, Locale locale) {
		return push.watch(Viewers.current(), id, locale);
	}

	@Operation(summary = "Moves the meeting to an agenda item (co-chairs and secretariat)",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					examples = @ExampleObject(name = "Refugees and IDPs", value = "{\"item\": \"WG2-IDP\"}"))))
	@PutMapping("/current-item")
	BoardView currentItem(@PathVariable UUID id, @RequestBody CurrentItem body, Locale locale) {
		return commands.setCurrentItem(Viewers.current(), id, body.item(), LanguageCode.ofInterface(locale));
	}

	@Operation(summary = "Asks for the floor on the current item for the caller's group (participants); 409 if the"
			+ " group is on the list already or the list is closed")
	@PostMapping("/speakers")
	BoardView ask(@PathVariable UUID id, Locale locale) {
		return commands.ask(Viewers.current(), id, LanguageCode.ofInterface(locale));
	}

	@Operation(summary = "Withdraws the caller's group's request for the floor (participants); 409 if it is not waiting")
	@PostMapping("/speakers/withdrawal")
	BoardView withdraw(@PathVariable UUID id, Locale locale) {
		return commands.withdraw(Viewers.current(), id, LanguageCode.ofInterface(locale));
	}

	@Operation(summary = "Gives the floor to the next group on the list, ending the current turn (co-chairs and"
			+ " secretariat); 409 if nobody is waiting or speaking")
	@PostMapping("/speakers/next")
	BoardView next(@PathVariable UUID id, Locale locale) {
		return commands.next(Viewers.current(), id, LanguageCode.ofInterface(locale));
	}

	@Operation(summary = "Puts the waiting groups in another order, by their codes (co-chairs and secretariat); 409"
			+ " unless it names exactly the groups waiting",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					examples = @ExampleObject(name = "Three groups waiting", value = "{\"groups\": [\"RU\", \"GE\", \"US\"]}"))))
	@PutMapping("/speakers/order")
	BoardView order(@PathVariable UUID id, @RequestBody Order body, Locale locale) {
		return commands.order(Viewers.current(), id, body.groups(), LanguageCode.ofInterface(locale));
	}

	@Operation(summary = "Closes the list of speakers of the current item, or opens it again (co-chairs and secretariat)",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					examples = @ExampleObject(name = "Close the list", value = "{\"closed\": true}"))))
	@PutMapping("/speakers/status")
	BoardView status(@PathVariable UUID id, @RequestBody ListStatus body, Locale locale) {
		if (body.closed() == null) {
			throw new DeskException.Invalid("speakers.closedRequired");
		}
		return commands.close(Viewers.current(), id, body.closed(), LanguageCode.ofInterface(locale));
	}
}
