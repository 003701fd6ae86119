package org.mediationdesk.hotline.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;

import org.mediationdesk.hotline.ActivationKind;
import org.mediationdesk.hotline.ActivationView;
import org.mediationdesk.hotline.Hotline;
import org.mediationdesk.hotline.HotlineLog;
import org.mediationdesk.hotline.HotlinePush;
import org.mediationdesk.hotline.LogEntry;
import org.mediationdesk.hotline.NewActivation;
import org.mediationdesk.hotline.SenderKind;
import org.mediationdesk.hotline.Urgency;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.identity.Viewers;
import org.mediationdesk.incidents.MechanismView;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.Refusals;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The hotline's pages: a mechanism's hotline (its open activations with only the steps that apply, the form to
 * activate it, and the shared log), and the operator's console, which updates itself. Each step posts and comes
 * back; a refusal comes back with its reason and what was typed.
 */
@Controller
class HotlineController {

	private final Hotline hotline;
	private final HotlineLog log;
	private final HotlinePush push;
	private final Clock clock;

	HotlineController(Hotline hotline, HotlineLog log, HotlinePush push, Clock clock) {
		this.hotline = hotline;
		this.log = log;
		this.push = push;
		this.clock = clock;
	}

	/** An activation as typed in the form; the addressees are group codes. */
	record ActivationForm(List<String> to, Urgency urgency, ActivationKind kind, SenderKind as, String subject,
			String message, String incident) {

		NewActivation toActivation(String mechanism) {
			return new NewActivation(mechanism, to, urgency, subject, message, incident, kind, as);
		}
	}

	@GetMapping("/mechanisms/{mechanism}/hotline")
	String show(@PathVariable String mechanism, Model model) {
		Viewer viewer = Viewers.current();
		MechanismView view = log.mechanism(viewer, mechanism);
		model.addAttribute("mechanism", view);
		model.addAttribute("activations", log.activations(viewer, view.code()));
		List<LogEntry> entries = new ArrayList<>(log.log(viewer, view.code()));
		Collections.reverse(entries);
		model.addAttribute("entries", entries);
		model.addAttribute("addressees", view.groups().stream().filter(group -> !viewer.belongsTo(group.id())).toList());
		model.addAttribute("urgencies", Urgency.values());
		model.addAttribute("kinds", ActivationKind.values());
		model.addAttribute("desk", viewer.isMediator());
		model.addAttribute("facilitator", viewer.isMediator() && view.facilitators().contains(viewer.institution()));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new ActivationForm(List.of(), Urgency.URGENT, ActivationKind.MESSAGE,
					SenderKind.OPERATOR, "", "", ""));
		}
		return "hotline/log";
	}

	@PostMapping("/mechanisms/{mechanism}/hotline")
	String activate(@PathVariable String mechanism, @ModelAttribute("form") ActivationForm form,
			RedirectAttributes redirect) {
		Viewer viewer = Viewers.current();
		String code = log.mechanism(viewer, mechanism).code();
		try {
			hotline.activate(viewer, form.toActivation(code));
			redirect.addFlashAttribute("notice", "hotline.sentNotice");
		}
		catch (DeskException.Invalid | DeskException.Conflict refused) {
			Refusals.flash(redirect, refused);
			redirect.addFlashAttribute("form", form);
		}
		return "redirect:/mechanisms/" + code + "/hotline";
	}

	@PostMapping("/mechanisms/{mechanism}/hotline/{id}/relay")
	String relay(@PathVariable String mechanism, @PathVariable UUID id, RedirectAttributes redirect) {
		return step(mechanism, redirect, "hotline.relayedNotice", viewer -> hotline.relay(viewer, id));
	}

	@PostMapping("/mechanisms/{mechanism}/hotline/{id}/acknowledgement")
	String acknowledge(@PathVariable String mechanism, @PathVariable UUID id, RedirectAttributes redirect) {
		return step(mechanism, redirect, "hotline.acknowledgedNotice", viewer -> hotline.acknowledge(viewer, id));
	}

	@PostMapping("/mechanisms/{mechanism}/hotline/{id}/response")
	String respond(@PathVariable String mechanism, @PathVariable UUID id,
			@RequestParam(required = false) String response, RedirectAttributes redirect) {
		return step(mechanism, redirect, "hotline.respondedNotice", viewer -> hotline.respond(viewer, id, response));
	}

	private String step(String mechanism, RedirectAttributes redirect, String notice, Consumer<Viewer> step) {
		Viewer viewer = Viewers.current();
		String code = log.mechanism(viewer, mechanism).code();
		try {
			step.accept(viewer);
			redirect.addFlashAttribute("notice", notice);
		}
		catch (DeskException.Invalid | DeskException.Conflict refused) {
			Refusals.flash(redirect, refused);
		}
		return "redirect:/mechanisms/" + code + "/hotline";
	}

	/** The operator's console: the open activations of every mechanism, overdue first; the table alone for htmx. */
	@GetMapping("/hotline/console")
	String console(Model model, @RequestHeader(name = "HX-Request", required = false) String htmx,
			@RequestHeader(name = "HX-History-Restore-Request", required = false) String historyRestore,
			HttpServletResponse response) {
		List<ActivationView> open = log.console(Viewers.current());
		model.addAttribute("activations", open);
		model.addAttribute("escalations", log.escalations(Viewers.current(), open.stream().map(ActivationView::id).toList()));
		model.addAttribute("now", clock.millis());
		response.addHeader("Vary", "HX-Request");
		return htmx != null && historyRestore == null ? "hotline/console :: console" : "hotline/console";
	}

	@GetMapping(path = "/hotline/console/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@ResponseBody
	SseEmitter stream(Locale locale) {
		return push.watch(Viewers.current(), locale);
	}
}
