package org.mediationdesk.platform;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.mediationdesk.documents.DocumentQuery;
import org.mediationdesk.identity.LoginDelayedException;
import org.mediationdesk.identity.LoginSteps;
import org.mediationdesk.documents.DocumentRegistry;
import org.mediationdesk.identity.Viewers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.security.web.WebAttributes;
import org.springframework.web.bind.annotation.GetMapping;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/** The start page and the login page. */
@Controller
class HomeController {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

	private final DocumentRegistry documents;

	HomeController(DocumentRegistry documents) {
		this.documents = documents;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("recent", documents.search(Viewers.current(), DocumentQuery.all()));
		return "home";
	}

	/** The login form; after a refused try, with until when this address must wait, if it must. */
	@GetMapping("/login")
	String login(HttpServletRequest request, Model model) {
		HttpSession session = request.getSession(false);
		if (request.getParameterMap().containsKey("error") && session != null
				&& session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof LoginDelayedException delayed) {
			model.addAttribute("retryAt", TIME.format(delayed.retryAt()));
		}
		if (request.getParameterMap().containsKey("error") && session != null
				&& session.getAttribute(LoginSteps.TYPED_USERNAME) instanceof String typed) {
			model.addAttribute("typedUsername", typed);
		}
		model.addAttribute("loginRefused", request.getParameterMap().containsKey("error") && !model.containsAttribute("retryAt"));
		return "login";
	}
}
