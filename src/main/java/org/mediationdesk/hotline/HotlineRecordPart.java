package org.mediationdesk.hotline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.mediationdesk.identity.Viewer;
import org.mediationdesk.incidents.MechanismView;
import org.mediationdesk.process.FileProblems;
import org.mediationdesk.process.ProcessFile;
import org.mediationdesk.process.ProcessFile.EscalationStepEntry;
import org.mediationdesk.process.ProcessFile.MechanismEntry;
import org.mediationdesk.process.RecordExport;
import org.mediationdesk.process.RecordImport;
import org.mediationdesk.process.RecordPart;
import org.mediationdesk.shared.DeskException;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The hotline's part of a process record file, after the mechanisms': each mechanism's own escalation chain
 * ({@code mechanisms[].escalationChain}), checked by the chain's rules, loaded once the mechanisms are, and exported
 * for the mechanisms that have one (the others follow the default chain of the settings).
 */
@Component
@Order(5)
class HotlineRecordPart implements RecordPart {

	private final EscalationChains chains;
	private final HotlineCircles circles;

	HotlineRecordPart(EscalationChains chains, HotlineCircles circles) {
		this.chains = chains;
		this.circles = circles;
	}

	@Override
	public String name() {
		return "escalation chains";
	}

	@Override
	public void check(ProcessFile file, FileProblems problems) {
		for (int i = 0; i < file.mechanisms().size(); i++) {
			List<EscalationStepEntry> chain = file.mechanisms().get(i).escalationChain();
			if (chain.isEmpty()) {
				continue;
			}
			try {
				EscalationChains.checked(steps(chain));
			}
			catch (DeskException.Invalid refused) {
				problems.add("/mechanisms/" + i + "/escalationChain", refused.code(), refused.arguments());
			}
		}
	}

	@Override
	public int load(ProcessFile file, RecordImport loading) {
		Map<String, UUID> byCode = circles.all().values().stream()
			.collect(Collectors.toMap(MechanismView::code, MechanismView::id));
		int loaded = 0;
		for (MechanismEntry entry : file.mechanisms()) {
			if (!entry.escalationChain().isEmpty() && byCode.containsKey(entry.code())) {
				chains.replace(byCode.get(entry.code()), steps(entry.escalationChain()));
				loaded++;
			}
		}
		return loaded;
	}

	@Override
	public void export(Viewer viewer, RecordExport exporting) {
		viewer.requireMediator();
		Map<String, MechanismView> byCode = circles.all().values().stream()
			.collect(Collectors.toMap(MechanismView::code, Function.identity()));
		List<MechanismEntry> entries = new ArrayList<>();
		for (MechanismEntry entry : exporting.mechanisms()) {
			MechanismView mechanism = byCode.get(entry.code());
			List<EscalationStep> own = mechanism == null ? List.of() : chains.own(mechanism.id());
			entries.add(own.isEmpty() ? entry : entry.withEscalationChain(own.stream()
				.map(step -> new EscalationStepEntry((int) step.delay().toMinutes(), step.target().name(), step.accounts()))
				.toList()));
		}
		exporting.mechanisms(entries);
	}

	/** The steps an entry gives; an unknown target or a missing delay is refused as the chain's rules say. */
	private static List<EscalationStep> steps(List<EscalationStepEntry> entries) {
		List<EscalationStep> steps = new ArrayList<>();
		for (int i = 0; i < entries.size(); i++) {
			EscalationStepEntry entry = entries.get(i);
			if (entry == null || entry.delayMinutes() == null) {
				throw new DeskException.Invalid("hotline.chainDelayRange", i + 1, Duration.ofDays(30).toMinutes());
			}
			EscalationTarget target;
			try {
				target = EscalationTarget.valueOf(String.valueOf(entry.target()));
			}
			catch (IllegalArgumentException unknown) {
				throw new DeskException.Invalid("hotline.chainTargetRequired", i + 1);
			}
			steps.add(new EscalationStep(Duration.ofMinutes(entry.delayMinutes()), target, entry.accounts()));
		}
		return steps;
	}
}
