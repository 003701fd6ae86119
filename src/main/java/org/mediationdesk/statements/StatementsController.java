package org.mediationdesk.statements;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.mediationdesk.confidentiality.AccessPolicy;
import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.identity.Viewers;
import org.mediationdesk.participants.GroupView;
import org.mediationdesk.participants.ParticipantDirectory;
import org.mediationdesk.process.RoundRecord;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.Refusals;
import org.mediationdesk.shared.LanguageCode;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Content;
import java.util.stream.Collectors;

/** The accounts of a round side by side, and the form and API to record another. */
@Controller
class StatementsController {

	private final Statements statements;
	private final RoundRecord rounds;
	private final ParticipantDirectory directory;
	private final AccessPolicy policy;

	StatementsController(Statements statements, RoundRecord rounds, ParticipantDirectory directory,
			AccessPolicy policy) {
		this.statements = statements;
		this.rounds = rounds;
		this.directory = directory;
		this.policy = policy;
	}

	/** The page form; {@code audience} is an audience's form key. */
	record AccountForm(SourceKind sourceKind, UUID groupId, String outlet,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate published, String url, String summary,
			String audience) {

		NewStatement toNewStatement() {
			return new NewStatement(sourceKind, groupId, outlet, published, url, summary, Audience.parse(audience));
		}
	}

	@GetMapping("/rounds/{number}/accounts")
	String show(@PathVariable int number, Locale locale, Model model) {
		Viewer viewer = Viewers.current();
		model.addAttribute("round", rounds.round(viewer, number));
		model.addAttribute("accounts", statements.forRound(viewer, number, LanguageCode.ofInterface(locale)));
		model.addAttribute("mayRecord", statements.mayRecord(viewer));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new AccountForm(SourceKind.PRESS, null, "", null, "", "",
					policy.narrowestAssignable(viewer).key()));
		}
		model.addAttribute("sourceKinds", viewer.isParticipant() ? List.of(SourceKind.PARTICIPANT_GROUP)
				: List.of(SourceKind.values()));
		model.addAttribute("groups", directory.allGroups());
		model.addAttribute("groupsById", directory.allGroups()
			.stream()
			.collect(Collectors.toMap(GroupView::id, group -> group)));
		model.addAttribute("audiences", policy.assignable(viewer, directory.allGroups().stream().map(GroupView::id).toList()));
		return "rounds/accounts";
	}

	@PostMapping("/rounds/{number}/accounts")
	String record(@PathVariable int number, @ModelAttribute("form") AccountForm form, RedirectAttributes redirect) {
		Viewer viewer = Viewers.current();
		if (!statements.mayRecord(viewer)) {
			throw new DeskException.NotFound();
		}
		try {
			statements.record(viewer, number, form.toNewStatement());
			redirect.addFlashAttribute("notice", "account.recorded");
		}
		catch (DeskException.Invalid refused) {
			Refusals.flash(redirect, refused);
			redirect.addFlashAttribute("form", form);
		}
		return "redirect:/rounds/" + number + "/accounts";
	}

	@Operation(summary = "The sources' accounts of a round that the caller may see, each labelled with its source")
	@GetMapping("/api/v1/rounds/{number}/accounts")
	@ResponseBody
	List<StatementView> list(@PathVariable int number, Locale locale) {
		return statements.forRound(Viewers.current(), number, LanguageCode.ofInterface(locale));
	}

	@Operation(summary = "Records a source's account of a round (a side's statement, a press report), with its audience",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
			examples = @ExampleObject(name = "A press report, public", value = "{\"sourceKind\": \"PRESS\", \"outlet\": \"Civil Georgia\", \"published\": \"2025-06-27\"," + " \"url\": \"https://civil.ge/\", \"summary\": \"The report names the next round for the autumn.\"," + " \"audience\": {\"kind\": \"PUBLIC\"}}"))))
	@PostMapping("/api/v1/rounds/{number}/accounts")
	@ResponseBody
	@ResponseStatus(HttpStatus.CREATED)
	StatementView create(@PathVariable int number, @RequestBody NewStatement account) {
		return statements.record(Viewers.current(), number, account);
	}

}
