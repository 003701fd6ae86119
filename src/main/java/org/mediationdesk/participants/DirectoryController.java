package org.mediationdesk.participants;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.mediationdesk.identity.Viewer;
import org.mediationdesk.identity.Viewers;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.Refusals;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Content;

/** The directory page (co-chairs and groups for everyone; names of participants for those logged in). */
@Controller
class DirectoryController {

	private final ParticipantDirectory directory;

	DirectoryController(ParticipantDirectory directory) {
		this.directory = directory;
	}

	@GetMapping("/participants")
	String show(Model model) {
		Viewer viewer = Viewers.current();
		Map<GroupView, List<ParticipantView>> people = new LinkedHashMap<>();
		for (GroupView group : directory.allGroups()) {
			people.put(group, directory.participants(viewer, group.id()));
		}
		model.addAttribute("people", people);
		model.addAttribute("representatives", directory.representatives());
		model.addAttribute("showPeople", viewer.isParticipant() || viewer.isMediator());
		model.addAttribute("mayAdd", viewer.isMediator());
		return "participants/show";
	}

	@PostMapping("/participants/people")
	String add(@RequestParam(required = false) UUID groupId, @RequestParam(required = false) String name,
			@RequestParam(required = false, defaultValue = "") String function, RedirectAttributes redirect) {
		if (!Viewers.current().isMediator()) {
			throw new DeskException.NotFound();
		}
		try {
			directory.addParticipant(Viewers.current(), groupId, name, function);
			redirect.addFlashAttribute("notice", "participant.added");
		}
		catch (DeskException.Invalid e) {
			Refusals.flash(redirect, e);
			redirect.addFlashAttribute("typed", new Typed(groupId, name, function));
		}
		return "redirect:/participants";
	}

	/** What was typed into the form, shown again when it was refused. */
	record Typed(UUID groupId, String name, String function) {
	}

	@Operation(summary = "The participant groups, each with its labels",
			responses = @ApiResponse(responseCode = "200", content = @Content(
			examples = @ExampleObject(name = "One of the groups", value = "[{\"id\": \"3677d370-b7d3-4f44-a1c3-079c4f491b14\", \"code\": \"GE\", \"label\": \"participants from Tbilisi\"," + " \"labelRu\": \"участники из Тбилиси\", \"labelKa\": \"მონაწილეები თბილისიდან\"}]"))))
	@GetMapping("/api/v1/participant-groups")
	@ResponseBody
	List<GroupView> groups() {
		return directory.allGroups();
	}
}
