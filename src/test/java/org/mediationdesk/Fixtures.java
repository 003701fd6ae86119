package org.mediationdesk;

import java.util.UUID;

import org.mediationdesk.identity.AccountManagement;
import org.mediationdesk.identity.Assignment;
import org.mediationdesk.identity.Role;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.participants.GroupView;
import org.mediationdesk.participants.ParticipantDirectory;
import org.mediationdesk.shared.Institution;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Accounts and viewers for tests, each with a fresh username so test classes never collide. */
@Component
public class Fixtures {

	public static final String PASSWORD = "correct horse battery staple";

	private final ObjectProvider<AccountManagement> accounts;
	private final ObjectProvider<ParticipantDirectory> directory;

	/** Asked for when used, so that a module test without identity or participants boots with the fixtures too. */
	Fixtures(ObjectProvider<AccountManagement> accounts, ObjectProvider<ParticipantDirectory> directory) {
		this.accounts = accounts;
		this.directory = directory;
	}

	/** A real account with the password {@link #PASSWORD}; returns its username. */
	public String account(Role role, Institution institution, String groupCode) {
		String username = role.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-"
				+ UUID.randomUUID().toString().substring(0, 8);
		UUID group = groupCode == null ? null : group(groupCode).id();
		accounts.getObject().openAtFirstStart(username, "Test " + username, new Assignment(role, institution, group), PASSWORD);
		return username;
	}

	/** A real account, as the viewer it stands for. */
	public Viewer viewer(Role role, Institution institution, String groupCode) {
		String username = account(role, institution, groupCode);
		return accounts.getObject().list(admin())
			.stream()
			.filter(account -> account.username().equals(username))
			.map(account -> new Viewer(account.id(), username, role, account.institution(), account.groupId()))
			.findFirst()
			.orElseThrow();
	}

	public GroupView group(String code) {
		return directory.getObject().groupByCode(code).orElseThrow();
	}

	public Viewer participant(String groupCode) {
		return new Viewer(UUID.randomUUID(), "p-" + groupCode, Role.PARTICIPANT, null, group(groupCode).id());
	}

	public Viewer coChair(Institution institution) {
		return new Viewer(UUID.randomUUID(), "cc-" + institution, Role.CO_CHAIR, institution, null);
	}

	public Viewer secretariat() {
		return new Viewer(UUID.randomUUID(), "secretariat", Role.SECRETARIAT, null, null);
	}

	public Viewer admin() {
		return new Viewer(UUID.randomUUID(), "admin-test", Role.ADMIN, null, null);
	}

	/** A Spring Security authentication for a viewer, for MockMvc requests. */
	public static Authentication authentication(Viewer viewer) {
		return UsernamePasswordAuthenticationToken.authenticated(viewer, null,
				AuthorityUtils.createAuthorityList(viewer.role().authority()));
	}
}
