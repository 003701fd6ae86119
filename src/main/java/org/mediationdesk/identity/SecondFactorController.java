package org.mediationdesk.identity;

import java.util.List;

import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.Refusals;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * A user's second factor: enrolment (a QR code for the authenticator app, confirmed by a first code), the
 * recovery codes shown once, new recovery codes, and removal where the role does not require it. The secret
 * offered for enrolment stays in the session until a code confirms it.
 */
@Controller
@RequestMapping("/profile/second-factor")
class SecondFactorController {

	static final String OFFERED = SecondFactorController.class.getName() + ".OFFERED";

	private final SecondFactor secondFactor;

	SecondFactorController(SecondFactor secondFactor) {
		this.secondFactor = secondFactor;
	}

	@GetMapping
	String show(Model model, HttpSession session) {
		Viewer viewer = Viewers.current();
		SecondFactor.Status status = secondFactor.status(viewer);
		model.addAttribute("status", status);
		if (!status.enrolled()) {
			String offered = session.getAttribute(OFFERED) instanceof String secret ? secret : null;
			SecondFactor.Enrolment enrolment = secondFactor.offerEnrolment(viewer, offered);
			session.setAttribute(OFFERED, enrolment.secret());
			model.addAttribute("enrolment", enrolment);
			model.addAttribute("secretGroups", String.join(" ", enrolment.secret().split("(?<=\\G.{4})")));
		}
		return "profile/second-factor";
	}

	@PostMapping
	String enrol(@RequestParam(name = "code", required = false) String code, HttpSession session,
			RedirectAttributes redirect) {
		if (!(session.getAttribute(OFFERED) instanceof String secret)) {
			return "redirect:/profile/second-factor";
		}
		return act(redirect, () -> {
			List<String> codes = secondFactor.enrol(Viewers.current(), secret, code);
			session.removeAttribute(OFFERED);
			redirect.addFlashAttribute("recoveryCodes", codes);
			redirect.addFlashAttribute("notice", "secondFactor.enrolled");
		});
	}

	@PostMapping("/recovery-codes")
	String renewRecoveryCodes(@RequestParam(name = "code", required = false) String code, HttpServletRequest request,
			RedirectAttributes redirect) {
		return act(redirect, () -> {
			redirect.addFlashAttribute("recoveryCodes", secondFactor.renewRecoveryCodes(Viewers.current(), code, request.getRemoteAddr()));
			redirect.addFlashAttribute("notice", "secondFactor.recoveryCodesRenewed");
		});
	}

	@PostMapping("/remove")
	String remove(@RequestParam(name = "code", required = false) String code, HttpServletRequest request,
			RedirectAttributes redirect) {
		return act(redirect, () -> {
			secondFactor.remove(Viewers.current(), code, request.getRemoteAddr());
			redirect.addFlashAttribute("notice", "secondFactor.removed");
		});
	}

	private static String act(RedirectAttributes redirect, Runnable action) {
		try {
			action.run();
		}
		catch (DeskException.Invalid | DeskException.Conflict refused) {
			Refusals.flash(redirect, refused);
		}
		return "redirect:/profile/second-factor";
	}
}
