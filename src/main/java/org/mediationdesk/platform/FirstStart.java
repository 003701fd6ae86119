package org.mediationdesk.platform;

import java.util.ArrayList;
import java.util.List;

import org.mediationdesk.identity.AccountManagement;
import org.mediationdesk.identity.Assignment;
import org.mediationdesk.identity.Role;
import org.mediationdesk.participants.GroupView;
import org.mediationdesk.participants.ParticipantDirectory;
import org.mediationdesk.records.ProcessTransfer;
import org.mediationdesk.shared.Institution;
import org.mediationdesk.terminology.Glossary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import java.util.Locale;

/**
 * On the first start into an empty database: loads the reference directory, the reference glossary and the
 * reference record of the Geneva International Discussions (unless {@code mediationdesk.reference-record=false}), creates the
 * administrator and prints once how to log in; in evaluation mode (the embedded database) also creates one demo account per
 * role and says loudly that this mode is not for production.
 */
@Component
@ConditionalOnProperty(name = CommandLine.COMMAND_PROPERTY, matchIfMissing = true, havingValue = "none")
class FirstStart implements ApplicationRunner {

	private static final Logger LOG = LoggerFactory.getLogger(FirstStart.class);

	private final ParticipantDirectory directory;
	private final AccountManagement accounts;
	private final Mode mode;
	private final String adminPassword;
	private final boolean demoAccounts;
	private final ProcessTransfer transfer;
	private final Glossary glossary;
	private final boolean referenceRecord;

	FirstStart(ParticipantDirectory directory, AccountManagement accounts, Mode mode, ProcessTransfer transfer,
			Glossary glossary, PlatformProperties properties) {
		this.directory = directory;
		this.transfer = transfer;
		this.glossary = glossary;
		this.referenceRecord = properties.referenceRecord();
		this.accounts = accounts;
		this.mode = mode;
		this.adminPassword = properties.adminPassword();
		this.demoAccounts = properties.demoAccounts();
	}

	@Override
	public void run(ApplicationArguments args) {
		if (directory.loadReferenceDirectory()) {
			LOG.info("Loaded the reference directory of co-chairs and participant groups");
		}
		if (glossary.loadReference()) {
			LOG.info("Loaded the reference glossary of contested names and loaded terms");
		}
		if (referenceRecord) {
			if (transfer.loadReferenceRecord()) {
				LOG.info("Loaded the reference record of the Geneva International Discussions");
			}
		}
		if (mode.evaluation()) {
			LOG.warn("*** EVALUATION MODE: embedded database under {}. Not for production: use the prod profile"
					+ " with PostgreSQL (see README). ***", mode.databaseDescription());
		}
		if (accounts.hasAdministrator()) {
			return;
		}
		boolean preset = !adminPassword.isBlank();
		String password = accounts.openAtFirstStart("admin", "Administrator", new Assignment(Role.ADMIN, null, null),
				adminPassword);
		List<String> lines = new ArrayList<>();
		lines.add("Mediation Desk is ready. Log in at " + mode.baseUrl() + "/login");
		lines.add("  administrator: admin / " + (preset ? "(the password in MEDIATIONDESK_ADMIN_PASSWORD)" : password));
		if (mode.evaluation() && demoAccounts) {
			lines.add("Evaluation accounts (NOT FOR PRODUCTION; shown only this once):");
			demo(lines, "cochair-eu", "EU co-chair (demo)", new Assignment(Role.CO_CHAIR, Institution.EU, null));
			demo(lines, "cochair-un", "UN co-chair (demo)", new Assignment(Role.CO_CHAIR, Institution.UN, null));
			demo(lines, "cochair-osce", "OSCE co-chair (demo)", new Assignment(Role.CO_CHAIR, Institution.OSCE, null));
			demo(lines, "secretariat", "Secretariat (demo)", new Assignment(Role.SECRETARIAT, null, null));
			for (GroupView group : directory.allGroups()) {
				String username = "participant-" + group.code().toLowerCase(Locale.ROOT);
				demo(lines, username, "Demo participant, " + group.label(),
						new Assignment(Role.PARTICIPANT, null, group.id()));
			}
		}
		String rule = "=".repeat(72);
		System.out.println(rule + System.lineSeparator() + String.join(System.lineSeparator(), lines)
				+ System.lineSeparator() + rule);
	}

	private void demo(List<String> lines, String username, String displayName, Assignment assignment) {
		String password = accounts.openAtFirstStart(username, displayName, assignment, null);
		lines.add(String.format("  %-16s %-22s %s", assignment.role(), username, password));
	}
}
