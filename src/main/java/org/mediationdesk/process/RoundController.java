package org.mediationdesk.process;

import org.mediationdesk.identity.Viewers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public timeline of the process and the page of each round. */
@Controller
class RoundController {

	private final RoundRecord record;

	RoundController(RoundRecord record) {
		this.record = record;
	}

	@GetMapping("/rounds")
	String timeline(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("process", record.process().orElse(null));
		model.addAttribute("result", record.timeline(page));
		return "rounds/list";
	}

	@GetMapping("/rounds/{number}")
	String show(@PathVariable int number, Model model) {
		model.addAttribute("process", record.process().orElse(null));
		model.addAttribute("round", record.round(Viewers.current(), number));
		return "rounds/show";
	}
}
