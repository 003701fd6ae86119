package org.mediationdesk.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mediationdesk.Fixtures;
import org.mediationdesk.IntegrationTest;
import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.identity.AccountManagement;
import org.mediationdesk.identity.Assignment;
import org.mediationdesk.identity.CreatedAccount;
import org.mediationdesk.identity.EmailNotifications;
import org.mediationdesk.identity.NewAccount;
import org.mediationdesk.identity.Role;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.Institution;
import org.mediationdesk.shared.LanguageCode;
import org.mediationdesk.texts.NegotiatingTexts;
import org.mediationdesk.texts.TextView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The in-application notifications, in the installation without an SMTP server: who is told, the list, the count,
 * marking read; and that nothing is queued for e-mail and an invitation's link is handed over instead.
 */
@IntegrationTest
class NotificationsIntegrationTests {

	@Autowired
	Fixtures fixtures;

	@Autowired
	AccountManagement accounts;

	@Autowired
	NegotiatingTexts texts;

	@Autowired
	org.mediationdesk.process.RoundManagement roundManagement;

	@Autowired
	Notifications notifications;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	private TextView circulatedFor(String group, String title) {
		Viewer coChair = fixtures.coChair(Institution.EU);
		TextView text = texts.create(coChair, new NegotiatingTexts.NewText("GID/NOTE/"
				+ UUID.randomUUID().toString().substring(0, 6), title, null, null,
				Audience.groupAndCoChairs(fixtures.group(group).id()), List.of(group)));
		String eId = texts.addProvision(coChair, text.id());
		texts.propose(coChair, text.id(), eId, new NegotiatingTexts.NewWording("A wording.", null, null, false));
		texts.circulate(coChair, text.id());
		return text;
	}

	@Test
	void tellsOnlyTheRequiredGroupWhoMaySeeTheTextAndCountsWhatItTells() throws Exception {
		Viewer sukhumi = fixtures.viewer(Role.PARTICIPANT, null, "AB");
		Viewer moscow = fixtures.viewer(Role.PARTICIPANT, null, "RU");
		accounts.changeEmail(fixtures.admin(), moscow.accountId(), moscow.username() + "@example.org");
		accounts.choosePreferences(moscow, LanguageCode.EN, EmailNotifications.EACH);
		long moscowBefore = notifications.unread(moscow);
		String hidden = "Hidden from Moscow " + UUID.randomUUID().toString().substring(0, 6);
		TextView text = circulatedFor("AB", hidden);

		assertThat(notifications.unread(moscow)).as("outside the text's audience").isEqualTo(moscowBefore);
		assertThat(mvc.perform(get("/notifications").with(authentication(Fixtures.authentication(moscow))))
			.andReturn().getResponse().getContentAsString()).doesNotContain(hidden).doesNotContain(text.symbol());
		assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE recipient = :address")
			.param("address", moscow.username() + "@example.org").query(Long.class).single())
			.as("no SMTP server here: nothing is queued, and nothing fails").isZero();

		NotificationPage page = notifications.list(sukhumi, 0, Locale.ENGLISH);
		assertThat(page.unread()).isEqualTo(1);
		assertThat(page.items().get(0).text()).isEqualTo(text.symbol() + " «" + hidden
				+ "» was circulated (revision 1): your group's stance is awaited.");
		assertThat(page.items().get(0).link()).isEqualTo("/texts/" + text.id());
		String html = mvc.perform(get("/notifications").with(authentication(Fixtures.authentication(sukhumi))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(html).contains(hidden).contains("id=\"unread-notifications\"");

		// the group's account moves to another group: what it may no longer see is gone from its list and count
		accounts.assign(fixtures.admin(), sukhumi.accountId(), new Assignment(Role.PARTICIPANT, null,
				fixtures.group("RU").id()));
		Viewer moved = new Viewer(sukhumi.accountId(), sukhumi.username(), Role.PARTICIPANT, null, fixtures.group("RU").id());
		assertThat(notifications.list(moved, 0, Locale.ENGLISH).items()).extracting(NotificationView::text)
			.noneMatch(line -> line.contains(hidden));
		assertThat(notifications.unread(moved)).isZero();
	}

	@Test
	void marksOneAndAllReadForItsHolderOnly() throws Exception {
		Viewer holder = fixtures.viewer(Role.PARTICIPANT, null, "SO");
		Viewer other = fixtures.viewer(Role.PARTICIPANT, null, "SO");
		circulatedFor("SO", "First");
		circulatedFor("SO", "Second");
		NotificationPage page = notifications.list(holder, 0, Locale.ENGLISH);
		assertThat(page.items()).extracting(NotificationView::text).first().asString().contains("Second");
		UUID newest = page.items().get(0).id();

		assertThatThrownBy(() -> notifications.markRead(other, newest)).isInstanceOf(DeskException.NotFound.class);
		mvc.perform(post("/api/v1/notifications/{id}/read", newest).with(csrf())
			.with(authentication(Fixtures.authentication(other)))).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/notifications/{id}/read", newest).with(csrf())
			.with(authentication(Fixtures.authentication(holder)))).andExpect(status().isNoContent());
		assertThat(notifications.unread(holder)).isEqualTo(page.unread() - 1);
		assertThat(notifications.unread(other)).isEqualTo(notifications.list(other, 0, Locale.ENGLISH).unread());

		mvc.perform(get("/api/v1/notifications").with(authentication(Fixtures.authentication(holder))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].read").value(true))
			.andExpect(jsonPath("$.items[1].read").value(false))
			.andExpect(jsonPath("$.pageSize").value(Notifications.PAGE_SIZE));
		mvc.perform(post("/notifications/read").with(csrf()).with(authentication(Fixtures.authentication(holder))))
			.andExpect(status().is3xxRedirection());
		assertThat(notifications.unread(holder)).isZero();
		assertThat(notifications.unread(other)).as("another's stay unread").isPositive();
	}

	@Test
	void showsAnEmptyListPlainly() throws Exception {
		Viewer admin = fixtures.viewer(Role.ADMIN, null, null);
		String html = mvc.perform(get("/notifications").with(authentication(Fixtures.authentication(admin))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("id=\"notifications-empty\"").doesNotContain("id=\"unread-notifications\"");
	}

	@Test
	void tellsEveryoneLoggedInOfAPostponedRoundButNotWhoPostponedIt() {
		Viewer participant = fixtures.viewer(Role.PARTICIPANT, null, "GE");
		Viewer secretariat = fixtures.viewer(Role.SECRETARIAT, null, null);
		int number = roundManagement.convene(secretariat, LocalDate.of(2032, 3, 18), LocalDate.of(2032, 3, 19), null, false).number();
		roundManagement.postpone(secretariat, number, null, null, "Consultations continue");
		assertThat(notifications.list(participant, 0, Locale.forLanguageTag("ru")).items().get(0).text())
			.isEqualTo("Раунд " + number + " перенесён до согласования новых дат.");
		assertThat(notifications.list(secretariat, 0, Locale.ENGLISH).items()).extracting(NotificationView::text)
			.noneMatch(line -> line.startsWith("Round " + number + " "));
	}

	@Test
	void handsTheInvitationLinkOverWhenNoMailIsSent() throws Exception {
		String username = "handed-" + UUID.randomUUID().toString().substring(0, 8);
		CreatedAccount created = accounts.create(fixtures.admin(), new NewAccount(username, "Handed Over",
				username + "@example.org", LanguageCode.RU, new Assignment(Role.PARTICIPANT, null, fixtures.group("GE").id())));
		assertThat(created.mailed()).isFalse();
		assertThat(created.invitationLink()).startsWith("/invitations/");
		assertThat(accounts.recipients()).extracting(recipient -> recipient.viewer().username())
			.as("not told of anything before the holder chose a password").doesNotContain(username);
		assertThatThrownBy(() -> accounts.create(fixtures.admin(), new NewAccount("other-" + username.substring(7),
				"Same Address", username.toUpperCase(Locale.ROOT) + "@EXAMPLE.ORG", LanguageCode.EN,
				new Assignment(Role.SECRETARIAT, null, null))))
			.isInstanceOf(DeskException.Conflict.class).hasMessageContaining("account.emailTaken");
		assertThatThrownBy(() -> accounts.changeEmail(fixtures.admin(), created.account().id(), "not an address"))
			.isInstanceOf(DeskException.Invalid.class);
		mvc.perform(get(created.invitationLink())).andExpect(status().isOk());

		// a password the administrator hands over instead ends the invitation, and the account can log in with it
		String handed = accounts.resetPassword(fixtures.admin(), created.account().id());
		mvc.perform(get(created.invitationLink())).andExpect(status().isNotFound());
		assertThat(mvc.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders
			.formLogin().user(username).password(handed)).andReturn().getResponse().getRedirectedUrl())
			.doesNotContain("error");
	}
}
