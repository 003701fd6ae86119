package org.mediationdesk.notifications;

import java.util.Locale;
import java.util.UUID;

import org.mediationdesk.identity.Viewers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The reader's notifications page: newest first, a page at a time, each marked read on its own or all at once. */
@Controller
@RequestMapping("/notifications")
class NotificationsController {

	private final Notifications notifications;

	NotificationsController(Notifications notifications) {
		this.notifications = notifications;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
		model.addAttribute("notifications", notifications.list(Viewers.current(), page, locale));
		return "notifications/list";
	}

	@PostMapping("/{id}/read")
	String markRead(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page) {
		notifications.markRead(Viewers.current(), id);
		return "redirect:/notifications?page=" + Math.max(0, page);
	}

	@PostMapping("/read")
	String markAllRead(RedirectAttributes redirect) {
		notifications.markAllRead(Viewers.current());
		redirect.addFlashAttribute("notice", "notifications.allMarked");
		return "redirect:/notifications";
	}
}
