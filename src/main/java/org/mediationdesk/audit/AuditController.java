package org.mediationdesk.audit;

import org.mediationdesk.identity.Viewer;
import org.mediationdesk.identity.Viewers;
import org.mediationdesk.shared.DeskException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's view of the audit log, the state of its chain and its latest signed checkpoint, which the
 * administrator publishes (with the public key) so that a later rewrite of the log can be shown.
 */
@Controller
class AuditController {

	private final AuditLog log;
	private final Checkpoints checkpoints;

	AuditController(AuditLog log, Checkpoints checkpoints) {
		this.log = log;
		this.checkpoints = checkpoints;
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
		model.addAttribute("status", verify ? checkpoints.verify() : null);
		model.addAttribute("checkpoint", checkpoints.latest().map(CheckpointView::of).orElse(null));
		model.addAttribute("publicKey", checkpoints.key().publicKeyPem());
		model.addAttribute("keyId", checkpoints.key().keyId());
		model.addAttribute("page", current);
		model.addAttribute("pages", pages);
		model.addAttribute("total", total);
		return "audit/show";
	}

	/** Signs the head now, if it moved since the latest checkpoint. */
	@PostMapping("/admin/audit/checkpoint")
	String checkpoint(RedirectAttributes redirect) {
		if (!Viewers.current().isAdmin()) {
			throw new DeskException.NotFound();
		}
		Checkpoints.Signing signing = checkpoints.sign();
		switch (signing.outcome()) {
			case SIGNED -> redirect.addFlashAttribute("notice", "audit.checkpoint.signed");
			case UNCHANGED -> redirect.addFlashAttribute("notice", "audit.checkpoint.unchanged");
			case EMPTY -> redirect.addFlashAttribute("notice", "audit.checkpoint.empty");
			case REFUSED -> {
				redirect.addFlashAttribute("problem", "audit.checkpoint.refused");
				redirect.addFlashAttribute("problemArguments", new Object[] { signing.reason() });
			}
		}
		return "redirect:/admin/audit";
	}
}
