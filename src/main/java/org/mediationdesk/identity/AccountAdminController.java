package org.mediationdesk.identity;

import java.util.UUID;

import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.Refusals;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.mediationdesk.shared.Institution;
import org.mediationdesk.shared.LanguageCode;

/** The administrator's account pages: list, open, disable, re-enable, reset a password, assign a role. */
@Controller
@RequestMapping("/admin/accounts")
class AccountAdminController {

	private final AccountManagement accounts;
	private final Invitations invitations;
	private final GroupDirectory groups;

	AccountAdminController(AccountManagement accounts, Invitations invitations, GroupDirectory groups) {
		this.accounts = accounts;
		this.invitations = invitations;
		this.groups = groups;
	}

	@InitBinder
	void setAllowedFields(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("roles", Role.values());
		model.addAttribute("institutions", Institution.values());
		model.addAttribute("groups", groups.groups());
		model.addAttribute("languages", LanguageCode.values());
		model.addAttribute("mailAvailable", accounts.mailAvailable());
	}

	record EmailForm(String email) {
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("accounts", accounts.list(Viewers.current()));
		return "accounts/list";
	}

	@GetMapping("/new")
	String initCreationForm(Model model) {
		model.addAttribute("form", AccountForm.empty());
		return "accounts/new";
	}

	@PostMapping
	String processCreationForm(@Validated @ModelAttribute("form") AccountForm form, BindingResult result,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "accounts/new";
		}
		try {
			CreatedAccount created = accounts.create(Viewers.current(), new NewAccount(form.username(),
					form.displayName(), form.email(), form.language(),
					new Assignment(form.role(), form.institution(), form.groupId())));
			invited(created, redirect);
			return "redirect:/admin/accounts/" + created.account().id();
		}
		catch (DeskException.Invalid | DeskException.Conflict e) {
			if (e.code().startsWith("account.email")) {
				result.rejectValue("email", e.code(), e.arguments(), e.code());
			}
			else {
				result.reject(e.code(), e.arguments(), e.code());
			}
			return "accounts/new";
		}
	}

	/** Tells the administrator how the invitation went: by e-mail, or as a link to hand over, shown this once. */
	private static void invited(CreatedAccount created, RedirectAttributes redirect) {
		if (created.mailed()) {
			redirect.addFlashAttribute("notice", "invitation.mailed");
		}
		else {
			redirect.addFlashAttribute("invitationLink", created.invitationLink());
			redirect.addFlashAttribute("notice", "invitation.handOver");
		}
	}

	@PostMapping("/{id}/invitation")
	String reinvite(@PathVariable UUID id, RedirectAttributes redirect) {
		return act(id, redirect, () -> invited(invitations.reinvite(Viewers.current(), id), redirect));
	}

	@PostMapping("/{id}/email")
	String changeEmail(@PathVariable UUID id, @ModelAttribute("emailForm") EmailForm form, RedirectAttributes redirect) {
		return act(id, redirect, () -> {
			accounts.changeEmail(Viewers.current(), id, form.email());
			redirect.addFlashAttribute("notice", "account.emailChanged");
		});
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, Model model) {
		AccountView account = accounts.get(Viewers.current(), id);
		model.addAttribute("account", account);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", AccountForm.of(account));
		}
		model.addAttribute("emailForm", new EmailForm(account.email()));
		return "accounts/show";
	}

	@PostMapping("/{id}/assignment")
	String assign(@PathVariable UUID id, @ModelAttribute("form") AccountForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("account", accounts.get(Viewers.current(), id));
			return "accounts/show";
		}
		try {
			accounts.assign(Viewers.current(), id, new Assignment(form.role(), form.institution(), form.groupId()));
			redirect.addFlashAttribute("notice", "account.assigned");
			return "redirect:/admin/accounts/" + id;
		}
		catch (DeskException.Invalid e) {
			result.reject(e.code(), e.arguments(), e.code());
			model.addAttribute("account", accounts.get(Viewers.current(), id));
			return "accounts/show";
		}
	}

	@PostMapping("/{id}/disable")
	String disable(@PathVariable UUID id, RedirectAttributes redirect) {
		return act(id, redirect, () -> {
			accounts.disable(Viewers.current(), id);
			redirect.addFlashAttribute("notice", "account.disabled");
		});
	}

	@PostMapping("/{id}/enable")
	String enable(@PathVariable UUID id, RedirectAttributes redirect) {
		return act(id, redirect, () -> {
			accounts.enable(Viewers.current(), id);
			redirect.addFlashAttribute("notice", "account.reenabled");
		});
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable UUID id, RedirectAttributes redirect) {
		return act(id, redirect, () -> {
			redirect.addFlashAttribute("newPassword", accounts.resetPassword(Viewers.current(), id));
			redirect.addFlashAttribute("notice", "account.passwordReset");
		});
	}

	/** Runs an action on the account page; a refusal is shown there, with what to do. */
	private static String act(UUID id, RedirectAttributes redirect, Runnable action) {
		try {
			action.run();
		}
		catch (DeskException.Invalid | DeskException.Conflict refused) {
			Refusals.flash(redirect, refused);
		}
		return "redirect:/admin/accounts/" + id;
	}
}
