package org.mediationdesk.platform;

import org.mediationdesk.documents.DocumentQuery;
import org.mediationdesk.documents.DocumentRegistry;
import org.mediationdesk.identity.Viewers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page and the login page. */
@Controller
class HomeController {

	private final DocumentRegistry documents;

	HomeController(DocumentRegistry documents) {
		this.documents = documents;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("recent", documents.search(Viewers.current(), DocumentQuery.all()));
		return "home";
	}

	@GetMapping("/login")
	String login() {
		return "login";
	}
}
