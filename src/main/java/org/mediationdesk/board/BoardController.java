package org.mediationdesk.board;

import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.mediationdesk.identity.Viewer;
import org.mediationdesk.identity.Viewers;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.LanguageCode;
import org.mediationdesk.shared.Refusals;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;

/**
 * A meeting's board as a page that updates itself: the page follows the board's stream and fetches its board
 * fragment again after each event (or every few seconds when no stream can be held). Each action is a form that
 * comes back to the board.
 */
@Controller
@RequestMapping("/rounds/{number}/meetings/{id}/board")
class BoardController {

	/** The time on the board: the server's, in UTC, to the second (the page keeps it running). */
	private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss")
		.withZone(ZoneOffset.UTC);

	private final MeetingBoards boards;
	private final BoardCommands commands;
	private final BoardPush push;

	BoardController(MeetingBoards boards, BoardCommands commands, BoardPush push) {
		this.boards = boards;
		this.commands = commands;
		this.push = push;
	}

	@GetMapping
	String show(@PathVariable int number, @PathVariable UUID id, Locale locale, Model model,
			@RequestHeader(name = "HX-Request", required = false) String htmx,
			@RequestHeader(name = "HX-History-Restore-Request", required = false) String historyRestore,
			HttpServletResponse response) {
		Viewer viewer = Viewers.current();
		BoardView board = boards.board(viewer, number, id, LanguageCode.ofInterface(locale));
		model.addAttribute("board", board);
		model.addAttribute("clock", CLOCK.format(board.now()));
		response.addHeader("Vary", "HX-Request");
		return htmx != null && historyRestore == null ? "board/show :: board" : "board/show";
	}

	@GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@ResponseBody
	SseEmitter stream(@PathVariable int number, @PathVariable UUID id, Locale locale) {
		Viewer viewer = Viewers.current();
		boards.board(viewer, number, id, LanguageCode.ofInterface(locale));
		return push.watch(viewer, id, locale);
	}

	@PostMapping("/current-item")
	String currentItem(@PathVariable int number, @PathVariable UUID id, @RequestParam(required = false) String item,
			Locale locale, RedirectAttributes redirect) {
		return act(number, id, redirect, "board.itemSet", "board-item",
				viewer -> commands.setCurrentItem(viewer, id, item, LanguageCode.ofInterface(locale)));
	}

	@PostMapping("/speakers")
	String ask(@PathVariable int number, @PathVariable UUID id, Locale locale, RedirectAttributes redirect) {
		return act(number, id, redirect, "speakers.asked", SPEAKERS, viewer -> commands.ask(viewer, id, LanguageCode.ofInterface(locale)));
	}

	@PostMapping("/speakers/withdrawal")
	String withdraw(@PathVariable int number, @PathVariable UUID id, Locale locale, RedirectAttributes redirect) {
		return act(number, id, redirect, "speakers.withdrawn", SPEAKERS,
				viewer -> commands.withdraw(viewer, id, LanguageCode.ofInterface(locale)));
	}

	@PostMapping("/speakers/next")
	String next(@PathVariable int number, @PathVariable UUID id, Locale locale, RedirectAttributes redirect) {
		return act(number, id, redirect, "speakers.floorGiven", SPEAKERS,
				viewer -> commands.next(viewer, id, LanguageCode.ofInterface(locale)));
	}

	@PostMapping("/speakers/order")
	String move(@PathVariable int number, @PathVariable UUID id, @RequestParam(required = false) String group,
			@RequestParam(required = false) String direction, Locale locale, RedirectAttributes redirect) {
		return act(number, id, redirect, "speakers.ordered", SPEAKERS, viewer -> commands.move(viewer, id, group,
				!"later".equals(direction), LanguageCode.ofInterface(locale)));
	}

	@PostMapping("/speakers/status")
	String status(@PathVariable int number, @PathVariable UUID id, @RequestParam(required = false) String closed,
			Locale locale, RedirectAttributes redirect) {
		boolean close = "true".equals(closed);
		return act(number, id, redirect, close ? "speakers.closed" : "speakers.reopened", SPEAKERS,
				viewer -> commands.close(viewer, id, close, LanguageCode.ofInterface(locale)));
	}

	/** The board's list of speakers, where a step on the list shows (and the keyboard's focus lands after it). */
	private static final String SPEAKERS = "board-speakers";

	/**
	 * Runs an action on the board of a meeting of this round, and comes back to the board with its outcome, at the
	 * part of the board that changed ({@code section}), where the page puts the focus.
	 */
	private String act(int number, UUID id, RedirectAttributes redirect, String notice, String section,
			Function<Viewer, BoardView> action) {
		Viewer viewer = Viewers.current();
		boards.board(viewer, number, id, LanguageCode.EN);
		try {
			action.apply(viewer);
			redirect.addFlashAttribute("notice", notice);
		}
		catch (DeskException.Invalid | DeskException.Conflict refused) {
			Refusals.flash(redirect, refused);
		}
		return "redirect:/rounds/" + number + "/meetings/" + id + "/board#" + section;
	}
}
