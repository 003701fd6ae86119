package org.mediationdesk.identity;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The second step of a login, after the right password, for an account with a second factor: the code from
 * the authenticator app, or one of the recovery codes. Without a password step in this session (or after five
 * minutes) it sends back to the login form.
 */
@Controller
@RequestMapping("/login/code")
class SecondStepController {

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

	private final SecondFactor secondFactor;
	private final LoginSteps steps;
	private final ApplicationEventPublisher events;

	SecondStepController(SecondFactor secondFactor, LoginSteps steps, ApplicationEventPublisher events) {
		this.secondFactor = secondFactor;
		this.steps = steps;
		this.events = events;
	}

	@GetMapping
	String form(HttpServletRequest request) {
		return steps.pending(request).isPresent() ? "login/code" : "redirect:" + steps.toPath("/login");
	}

	@PostMapping
	String check(@RequestParam(name = "code", required = false) String code, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		var pending = steps.pending(request);
		if (pending.isEmpty()) {
			return "redirect:" + steps.toPath("/login");
		}
		var attempt = UsernamePasswordAuthenticationToken.unauthenticated(pending.get().username(), null);
		try {
			DeskUser user = secondFactor.secondStep(pending.get().accountId(), code, request.getRemoteAddr());
			return "redirect:" + steps.complete(request, response, user);
		}
		catch (LoginDelayedException delayed) {
			events.publishEvent(new AuthenticationFailureLockedEvent(attempt, delayed));
			model.addAttribute("retryAt", TIME.format(delayed.retryAt()));
			return "login/code";
		}
		catch (WrongCodeException wrong) {
			events.publishEvent(new AuthenticationFailureBadCredentialsEvent(attempt, wrong));
			model.addAttribute("wrongCode", true);
			return "login/code";
		}
	}
}
