package org.mediationdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mediationdesk.ModuleTestDatabase;
import org.mediationdesk.TestDatabase;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.Institution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ContextConfiguration;

/**
 * Identity alone: accounts are opened, given roles and disabled by administrators only, and each of these is told
 * as a typed event. The participant groups, which the participants module supplies in the application, are none
 * here: the accounts opened are the co-chairs' and the secretariat's.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.STANDALONE, extraIncludes = "shared",
		webEnvironment = WebEnvironment.NONE)
@ExtendWith(TestDatabase.class)
@ContextConfiguration(initializers = ModuleTestDatabase.class)
class IdentityModuleIntegrationTests {

	private static final Viewer ADMIN = new Viewer(UUID.randomUUID(), "admin-module", Role.ADMIN, null, null);

	private static final Viewer CO_CHAIR = new Viewer(UUID.randomUUID(), "cc-module", Role.CO_CHAIR, Institution.EU,
			null);

	/** No participant groups: the participants module is not booted, and a participant's account needs one. */
	@TestConfiguration
	static class NoGroups {

		@Bean
		GroupDirectory groups() {
			return List::of;
		}
	}

	@Autowired
	AccountManagement accounts;

	@Autowired
	ApiTokens tokens;

	@Autowired
	Holds holds;

	@Test
	void opensAnAccountByInvitationAndTellsWhoOpenedIt(Scenario scenario) {
		String username = "delegate-" + UUID.randomUUID().toString().substring(0, 8);
		scenario.stimulate(() -> accounts.create(ADMIN, new NewAccount(username, "A co-chair",
				new Assignment(Role.CO_CHAIR, Institution.UN, null))))
			.andWaitForEventOfType(AccountCreated.class)
			.matchingMappedValue(AccountCreated::username, username)
			.toArriveAndVerify(event -> {
				assertThat(event.actor()).isEqualTo("admin-module");
				assertThat(event.assignment().institution()).isEqualTo(Institution.UN);
				assertThat(event.action()).isEqualTo("account.created");
			});
	}

	@Test
	void changesARoleAndTellsTheRoleBeforeAndAfter(Scenario scenario) {
		UUID id = open("secretary");
		scenario.stimulate(() -> accounts.assign(ADMIN, id, new Assignment(Role.CO_CHAIR, Institution.OSCE, null)))
			.andWaitForEventOfType(AccountRoleChanged.class)
			.matchingMappedValue(AccountRoleChanged::accountId, id)
			.toArriveAndVerify(event -> {
				assertThat(event.previous().role()).isEqualTo(Role.SECRETARIAT);
				assertThat(event.assignment().role()).isEqualTo(Role.CO_CHAIR);
			});
	}

	@Test
	void disablesAnAccountAndTellsIt(Scenario scenario) {
		UUID id = open("leaving");
		scenario.stimulate(() -> accounts.disable(ADMIN, id))
			.andWaitForEventOfType(AccountDisabled.class)
			.matchingMappedValue(AccountDisabled::accountId, id)
			.toArrive();
		assertThat(accounts.get(ADMIN, id).enabled()).isFalse();
	}

	@Test
	void refusesEveryoneButAnAdministratorAsIfNothingWereThere() {
		UUID id = open("someone");

		assertThatThrownBy(() -> accounts.list(CO_CHAIR)).isInstanceOf(DeskException.NotFound.class);
		assertThatThrownBy(() -> accounts.get(CO_CHAIR, id)).isInstanceOf(DeskException.NotFound.class);
		assertThatThrownBy(() -> accounts.disable(CO_CHAIR, id)).isInstanceOf(DeskException.NotFound.class);
		assertThatThrownBy(() -> accounts.create(CO_CHAIR, new NewAccount("intruder", "Intruder",
				new Assignment(Role.ADMIN, null, null)))).isInstanceOf(DeskException.NotFound.class);
		assertThat(accounts.get(ADMIN, id).enabled()).isTrue();
	}

	@Test
	void countsUpTheAccessVersionWithEveryChangeAndLetsAHoldStandOnlyWhileItMay() {
		String username = "holder-" + UUID.randomUUID().toString().substring(0, 8);
		accounts.openAtFirstStart(username, "Holder", new Assignment(Role.SECRETARIAT, null, null),
				"a password for this test only");
		UUID id = accounts.list(ADMIN).stream().filter(found -> found.username().equals(username)).findFirst()
			.orElseThrow().id();
		Viewer holder = new Viewer(id, username, Role.SECRETARIAT, null, null);
		IssuedToken token = tokens.issue(holder, "a screen");
		Hold byToken = new Hold(id, token.id(), null);
		Hold byLogin = holds.take(holder).orElseThrow();
		assertThat(byLogin.tokenId()).as("no token outside a request that came with one").isNull();
		long opened = holds.versions(List.of(id)).get(id);
		assertThat(holds.standing(byLogin)).contains(holder);
		assertThat(holds.standing(byToken)).contains(holder);

		accounts.assign(ADMIN, id, new Assignment(Role.CO_CHAIR, Institution.UN, null));
		long assigned = holds.versions(List.of(id)).get(id);
		assertThat(assigned).isGreaterThan(opened);
		assertThat(holds.standing(byToken)).hasValueSatisfying(now -> assertThat(now.role()).isEqualTo(Role.CO_CHAIR));

		tokens.revoke(holder, token.id());
		assertThat(holds.versions(List.of(id)).get(id)).isGreaterThan(assigned);
		assertThat(holds.standing(byToken)).as("a revoked token stands for nobody").isEmpty();

		accounts.assign(ADMIN, id, new Assignment(Role.SECRETARIAT, null, null));
		assertThat(holds.standing(byLogin)).isPresent();
		accounts.disable(ADMIN, id);
		assertThat(holds.standing(byLogin)).as("a disabled account stands for nobody").isEmpty();
		assertThat(holds.versions(List.of(id, UUID.randomUUID()))).containsOnlyKeys(id);
		assertThat(holds.take(Viewer.anonymous())).isEmpty();
	}

	private UUID open(String prefix) {
		String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
		return accounts.create(ADMIN, new NewAccount(username, "Someone", new Assignment(Role.SECRETARIAT, null, null)))
			.account()
			.id();
	}
}
