package org.mediationdesk.identity;

import org.mediationdesk.shared.DeskException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page of an invitation's one-time link, reached without login: the invited person chooses their password
 * here, under the same rules as every password, and then logs in. A link that is unknown, used or expired finds
 * nothing (404), like any page that is not there.
 */
@Controller
@RequestMapping("/invitations/{token}")
class InvitationController {

	private final Invitations invitations;

	InvitationController(Invitations invitations) {
		this.invitations = invitations;
	}

	record ChoiceForm(String newPassword, String confirmation) {
	}

	@GetMapping
	String show(@PathVariable String token, Model model) {
		model.addAttribute("invitation", invitations.find(token).orElseThrow(DeskException.NotFound::new));
		model.addAttribute("token", token);
		model.addAttribute("minLength", Passwords.MIN_LENGTH);
		if (!model.containsAttribute("choiceForm")) {
			model.addAttribute("choiceForm", new ChoiceForm("", ""));
		}
		return "invitation/show";
	}

	@PostMapping
	String choose(@PathVariable String token, @ModelAttribute("choiceForm") ChoiceForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		invitations.find(token).orElseThrow(DeskException.NotFound::new);
		if (form.newPassword() == null || !form.newPassword().equals(form.confirmation())) {
			result.rejectValue("confirmation", "password.confirmationMismatch");
			return show(token, model);
		}
		try {
			invitations.accept(token, form.newPassword());
		}
		catch (DeskException.Invalid e) {
			result.rejectValue("newPassword", e.code(), e.arguments(), e.code());
			return show(token, model);
		}
		redirect.addFlashAttribute("notice", "invitation.accepted");
		return "redirect:/login";
	}
}
