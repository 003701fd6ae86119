package org.mediationdesk.search;

import java.util.List;
import java.util.Locale;

import org.mediationdesk.identity.Viewers;
import org.mediationdesk.shared.LanguageCode;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** The search over JSON: the public record, and with a token also what its holder may see. */
@RestController
class SearchApiController {

	private final PublicSearch search;

	SearchApiController(PublicSearch search) {
		this.search = search;
	}

	/** The answer: the total of hits, and this page's. */
	record Answer(long total, int page, int pageSize, List<SearchResults.Hit> items) {
	}

	@Operation(summary = "Searches the public record (communiqués, rounds and their changes, public accounts); "
			+ "q takes words, \"phrases\", -excluded, prefix* and a | b, and never fails on what is typed; "
			+ "with a token, the documents, negotiating texts and accounts its holder may see follow the public hits",
			responses = @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(name = "Geneva",
					value = """
							{"total": 1, "page": 0, "pageSize": 10, "items": [{"kind": "round", "title": "Round 64",
							 "url": "/rounds/64", "snippet": "… held in Geneva …", "inEnglish": false}]}"""))))
	@GetMapping("/api/v1/search")
	Answer search(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") String page,
			Locale locale) {
		SearchResults results = search.search(Viewers.current(), q, pageNumber(page),
				LanguageCode.ofInterface(locale));
		return new Answer(results.total(), results.page(), results.pageSize(), results.items());
	}

	/** A page number as typed: what is not a number is the first page. */
	static int pageNumber(String page) {
		try {
			return Math.max(0, Integer.parseInt(page.strip()));
		}
		catch (NumberFormatException | NullPointerException e) {
			return 0;
		}
	}
}
