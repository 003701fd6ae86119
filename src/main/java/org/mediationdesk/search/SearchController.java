package org.mediationdesk.search;

import java.util.Locale;

import org.mediationdesk.identity.Viewer;
import org.mediationdesk.identity.Viewers;
import org.mediationdesk.shared.LanguageCode;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The search page of the public record. */
@Controller
class SearchController {

	private final PublicSearch search;

	SearchController(PublicSearch search) {
		this.search = search;
	}

	@GetMapping("/search")
	String search(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") String page,
			Locale locale, Model model) {
		Viewer viewer = Viewers.current();
		SearchResults results = search.search(viewer, q, SearchApiController.pageNumber(page),
				LanguageCode.ofInterface(locale));
		model.addAttribute("results", results);
		model.addAttribute("loggedIn", !viewer.isAnonymous());
		model.addAttribute("kinds", PublicSearch.kinds());
		return "search/results";
	}
}
