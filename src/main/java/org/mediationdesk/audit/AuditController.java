package org.mediationdesk.audit;

import org.mediationdesk.identity.Viewer;
import org.mediationdesk.identity.Viewers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The administrator's view of the audit log and the state of its chain. */
@Controller
class AuditController {

	private final AuditLog log;

	AuditController(AuditLog log) {
		this.log = log;
	}

	/** The log, newest first; the whole chain is recomputed only when asked ({@code ?verify=true}). */
	@GetMapping("/admin/audit")
	String show(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "false") boolean verify,
			Model model) {
		Viewer viewer = Viewers.current();
		long total = log.count(viewer);
		int pages = (int) Math.max(1, (total + AuditLog.PAGE_SIZE - 1) / AuditLog.PAGE_SIZE);
		int current = Math.min(Math.max(0, page), pages - 1);
		model.addAttribute("entries", log.page(viewer, current));
		model.addAttribute("status", verify ? log.verify() : null);
		model.addAttribute("page", current);
		model.addAttribute("pages", pages);
		model.addAttribute("total", total);
		return "audit/show";
	}
}
