package org.mediationdesk.identity;

import org.mediationdesk.shared.LanguageCode;

import java.util.UUID;

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

import jakarta.servlet.http.HttpServletRequest;

/** Every user's own page: who they are, changing their password, and their personal API tokens. */
@Controller
@RequestMapping("/profile")
class ProfileController {

	private final AccountManagement accounts;
	private final ApiTokens tokens;
	private final SecondFactor secondFactor;
	private final Logins logins;

	ProfileController(AccountManagement accounts, ApiTokens tokens, SecondFactor secondFactor, Logins logins) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.secondFactor = secondFactor;
		this.logins = logins;
	}

	record PasswordForm(String currentPassword, String newPassword, String confirmation) {
	}

	record TokenForm(String name) {
	}

	record PreferencesForm(LanguageCode language, EmailNotifications emailNotifications) {
	}

	/** The holder's language for what is sent to them, and whether each notification also comes by e-mail. */
	@PostMapping("/preferences")
	String choosePreferences(@ModelAttribute("preferencesForm") PreferencesForm form, BindingResult result,
			RedirectAttributes redirect) {
		if (result.hasErrors() || form.language() == null || form.emailNotifications() == null) {
			redirect.addFlashAttribute("problem", "preferences.invalid");
			return "redirect:/profile";
		}
		accounts.choosePreferences(Viewers.current(), form.language(), form.emailNotifications());
		redirect.addFlashAttribute("notice", "preferences.saved");
		return "redirect:/profile";
	}

	@GetMapping
	String show(Model model) {
		Viewer viewer = Viewers.current();
		model.addAttribute("account", accounts.self(viewer).orElseThrow(DeskException.NotFound::new));
		model.addAttribute("tokens", tokens.list(viewer));
		model.addAttribute("secondFactor", secondFactor.status(viewer));
		model.addAttribute("minLength", Passwords.MIN_LENGTH);
		model.addAttribute("languages", LanguageCode.values());
		model.addAttribute("emailChoices", EmailNotifications.values());
		model.addAttribute("mailAvailable", accounts.mailAvailable());
		if (!model.containsAttribute("passwordForm")) {
			model.addAttribute("passwordForm", new PasswordForm("", "", ""));
		}
		if (!model.containsAttribute("tokenForm")) {
			model.addAttribute("tokenForm", new TokenForm(""));
		}
		return "profile/show";
	}

	/**
	 * The password form on a page of its own: where an account opened or reset by an administrator is held
	 * until its holder has chosen a password.
	 */
	@GetMapping("/password")
	String passwordForm(Model model) {
		if (!model.containsAttribute("passwordForm")) {
			model.addAttribute("passwordForm", new PasswordForm("", "", ""));
		}
		model.addAttribute("minLength", Passwords.MIN_LENGTH);
		model.addAttribute("required", mustChangePassword());
		return "profile/password";
	}

	@PostMapping("/password")
	String changePassword(@ModelAttribute("passwordForm") PasswordForm form, BindingResult result, Model model,
			HttpServletRequest request, RedirectAttributes redirect) {
		boolean required = mustChangePassword();
		if (form.newPassword() == null || !form.newPassword().equals(form.confirmation())) {
			result.rejectValue("confirmation", "password.confirmationMismatch");
			return required ? passwordForm(model) : show(model);
		}
		Viewer viewer = Viewers.current();
		try {
			accounts.changeOwnPassword(viewer, form.currentPassword(), form.newPassword());
		}
		catch (DeskException.Invalid e) {
			result.reject(e.code(), e.arguments(), e.code());
			return required ? passwordForm(model) : show(model);
		}
		// other sessions of this account end; this one stays open, under a new session id
		request.changeSessionId();
		AccountRefreshFilter.replace(request, logins.currentUser(viewer));
		redirect.addFlashAttribute("notice", "password.changed");
		return required ? "redirect:/" : "redirect:/profile";
	}

	private static boolean mustChangePassword() {
		return LoginSteps.currentUser().map(user -> user.gate() == DeskUser.Gate.CHANGE_PASSWORD).orElse(false);
	}

	@PostMapping("/tokens")
	String issueToken(@ModelAttribute("tokenForm") TokenForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			IssuedToken token = tokens.issue(Viewers.current(), form.name());
			redirect.addFlashAttribute("issuedToken", token);
			return "redirect:/profile";
		}
		catch (DeskException.Invalid e) {
			result.reject(e.code(), e.arguments(), e.code());
			return show(model);
		}
	}

	@PostMapping("/tokens/{id}/revoke")
	String revokeToken(@PathVariable UUID id, RedirectAttributes redirect) {
		tokens.revoke(Viewers.current(), id);
		redirect.addFlashAttribute("notice", "token.revoked");
		return "redirect:/profile";
	}
}
