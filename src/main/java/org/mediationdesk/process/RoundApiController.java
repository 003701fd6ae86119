package org.mediationdesk.process;

import org.mediationdesk.identity.Viewers;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The timeline and the rounds over JSON, each as the caller may see it. */
@RestController
@RequestMapping("/api/v1/rounds")
class RoundApiController {

	private final RoundRecord record;

	RoundApiController(RoundRecord record) {
		this.record = record;
	}

	@GetMapping
	RoundPage timeline(@RequestParam(defaultValue = "0") int page) {
		return record.timeline(page);
	}

	@GetMapping("/{number}")
	RoundView round(@PathVariable int number) {
		return record.round(Viewers.current(), number);
	}
}
