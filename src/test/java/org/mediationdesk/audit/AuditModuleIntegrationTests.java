package org.mediationdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mediationdesk.ModuleTestDatabase;
import org.mediationdesk.TestDatabase;
import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.confidentiality.AudienceScoped;
import org.mediationdesk.identity.Role;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.shared.AuditableEvent;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.Institution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit log alone: every auditable event joins the hash chain in the transaction of the change it tells (a
 * change undone leaves no entry), an entry keeps the audience of what it is about, and only administrators read
 * the log.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "shared",
		webEnvironment = WebEnvironment.NONE)
@ExtendWith(TestDatabase.class)
@ContextConfiguration(initializers = ModuleTestDatabase.class)
class AuditModuleIntegrationTests {

	private static final Viewer ADMIN = new Viewer(UUID.randomUUID(), "admin-module", Role.ADMIN, null, null);

	private static final Viewer CO_CHAIR = new Viewer(UUID.randomUUID(), "cc-module", Role.CO_CHAIR, Institution.UN,
			null);

	/** Something that happened, told by a module the audit log does not know. */
	record SomethingHappened(String objectId) implements AuditableEvent {

		@Override
		public String actor() {
			return "cc-module";
		}

		@Override
		public String action() {
			return "something.happened";
		}

		@Override
		public String objectType() {
			return "something";
		}
	}

	/** The same, in confidence to one group's own workspace. */
	record SomethingPrivate(String objectId, Audience audience) implements AuditableEvent, AudienceScoped {

		@Override
		public String actor() {
			return "participant-module";
		}

		@Override
		public String action() {
			return "something.happened";
		}

		@Override
		public String objectType() {
			return "something";
		}
	}

	@Autowired
	AuditLog log;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void appendsEachEventToAnIntactChainInTheTransactionOfTheChange() {
		long before = log.count(ADMIN);

		transaction.executeWithoutResult(status -> events.publishEvent(new SomethingHappened("first")));

		assertThat(log.count(ADMIN)).isEqualTo(before + 1);
		ChainStatus chain = log.verify();
		assertThat(chain.intact()).isTrue();
		assertThat(chain.entries()).isGreaterThanOrEqualTo(before + 1);
	}

	@Test
	void keepsNoEntryOfAChangeThatWasUndone() {
		long before = log.count(ADMIN);

		assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
			events.publishEvent(new SomethingHappened("undone"));
			throw new IllegalStateException("the change fails after its event");
		})).isInstanceOf(IllegalStateException.class);

		assertThat(log.count(ADMIN)).isEqualTo(before);
		assertThat(log.verify().intact()).isTrue();
	}

	@Test
	void showsTheAdministratorThatAGroupsPrivateWorkHappenedAndWhenButNothingOfIt() {
		long before = log.count(ADMIN);

		transaction.executeWithoutResult(status -> events.publishEvent(
				new SomethingPrivate("private", Audience.groupOnly(UUID.randomUUID()))));

		assertThat(log.count(ADMIN)).as("recorded in the chain, and on the page as an entry withheld")
			.isEqualTo(before + 1);
		AuditView newest = log.page(ADMIN, AuditFilter.NONE, 0).get(0);
		assertThat(newest.isWithheld()).isTrue();
		assertThat(newest.occurredAt()).isNotNull();
		assertThat(newest.hash()).hasSize(64);
		assertThat(List.of(String.valueOf(newest.actor()), String.valueOf(newest.action()),
				String.valueOf(newest.objectId()), String.valueOf(newest.detail()))).containsOnly("null");
		assertThat(log.count(ADMIN, new AuditFilter("participant-module", null, null, null, null, null)))
			.as("a filter by person says nothing of it").isZero();
		assertThat(log.count(ADMIN, new AuditFilter(null, null, "something", "private", null, null)))
			.as("nor a filter by object").isZero();
		assertThat(log.verify().intact()).isTrue();
	}

	@Test
	void letsOnlyAdministratorsReadTheLog() {
		assertThatThrownBy(() -> log.count(CO_CHAIR)).isInstanceOf(DeskException.NotFound.class);
		assertThatThrownBy(() -> log.count(Viewer.anonymous())).isInstanceOf(DeskException.NotFound.class);
	}
}
