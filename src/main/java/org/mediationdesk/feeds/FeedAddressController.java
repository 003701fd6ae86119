package org.mediationdesk.feeds;

import java.util.UUID;

import org.mediationdesk.identity.Viewer;
import org.mediationdesk.identity.Viewers;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.Refusals;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.mediationdesk.shared.PublicAddress;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** A user's own feed addresses: the list, a new one (its address shown once), revoking one. */
@Controller
class FeedAddressController {

	private final FeedAddresses addresses;
	private final PublicAddress publicAddress;

	FeedAddressController(FeedAddresses addresses, PublicAddress publicAddress) {
		this.addresses = addresses;
		this.publicAddress = publicAddress;
	}

	@GetMapping("/profile/feeds")
	String list(Model model) {
		Viewer viewer = Viewers.current().requireLoggedIn();
		model.addAttribute("addresses", addresses.list(viewer));
		// a calendar application needs the whole address: without a configured public address (evaluation mode), the
		// one this user reached the page at, shown only back to them
		model.addAttribute("base", publicAddress.configured() ? ""
				: ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
		model.addAttribute("publicCalendar", "/calendar/rounds.ics");
		model.addAttribute("publicAtom", "/feeds/communiques.atom");
		return "feeds/addresses";
	}

	@PostMapping("/profile/feeds")
	String create(RedirectAttributes redirect) {
		Viewer viewer = Viewers.current().requireLoggedIn();
		try {
			redirect.addFlashAttribute("created", addresses.create(viewer));
			redirect.addFlashAttribute("notice", "feeds.created");
		}
		catch (DeskException.Conflict refused) {
			Refusals.flash(redirect, refused);
		}
		return "redirect:/profile/feeds";
	}

	@PostMapping("/profile/feeds/{id}/revoke")
	String revoke(@PathVariable UUID id, RedirectAttributes redirect) {
		Viewer viewer = Viewers.current().requireLoggedIn();
		try {
			addresses.revoke(viewer, id);
			redirect.addFlashAttribute("notice", "feeds.revoked");
		}
		catch (DeskException.Conflict refused) {
			Refusals.flash(redirect, refused);
		}
		return "redirect:/profile/feeds";
	}
}
