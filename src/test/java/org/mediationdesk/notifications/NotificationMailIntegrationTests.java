package org.mediationdesk.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mediationdesk.Fixtures;
import org.mediationdesk.IntegrationTest;
import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.identity.Invitations;
import org.mediationdesk.identity.AccountManagement;
import org.mediationdesk.identity.Assignment;
import org.mediationdesk.identity.CreatedAccount;
import org.mediationdesk.identity.EmailNotifications;
import org.mediationdesk.identity.NewAccount;
import org.mediationdesk.identity.Role;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.shared.Institution;
import org.mediationdesk.shared.LanguageCode;
import org.mediationdesk.texts.NegotiatingTexts;
import org.mediationdesk.texts.TextView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.MimeMessage;

/**
 * Notifications and invitations by e-mail, through a real SMTP server (GreenMail) that the test starts on a free
 * port: who receives what, in which language, with which link, and who receives nothing.
 */
@IntegrationTest
class NotificationMailIntegrationTests {

	static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

	static {
		SMTP.start();
	}

	@DynamicPropertySource
	static void smtp(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
		registry.add("mediationdesk.public-base-url", () -> "http://desk.test");
		// the scheduled run stays out of the way; the tests send what is due themselves
		registry.add("mediationdesk.jobs.mail-outbox.interval", () -> "PT1H");
	}

	@AfterAll
	static void stop() {
		SMTP.stop();
	}

	@Autowired
	Fixtures fixtures;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Invitations invitations;

	@Autowired
	NegotiatingTexts texts;

	@Autowired
	org.mediationdesk.process.RoundManagement roundManagement;

	@Autowired
	Notifications notifications;

	@Autowired
	OutboxSender sender;

	@Autowired
	MailOutbox outbox;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@BeforeEach
	void emptyMailboxes() throws Exception {
		sender.sendDue();
		SMTP.purgeEmailFromAllMailboxes();
	}

	/** A real account that wants each notification by e-mail, in a language, at a fresh address. */
	private Viewer mailed(Role role, Institution institution, String group, LanguageCode language) {
		Viewer viewer = fixtures.viewer(role, institution, group);
		accounts.changeEmail(fixtures.admin(), viewer.accountId(), viewer.username() + "@example.org");
		accounts.choosePreferences(viewer, language, EmailNotifications.EACH);
		return viewer;
	}

	private static String address(Viewer viewer) {
		return viewer.username() + "@example.org";
	}

	private List<MimeMessage> deliveredTo(Viewer viewer) throws Exception {
		return Arrays.stream(SMTP.getReceivedMessages()).filter(message -> {
			try {
				return message.getRecipients(RecipientType.TO)[0].toString().equals(address(viewer));
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		}).toList();
	}

	@Test
	void mailsACirculatedTextToItsRequiredGroupInItsLanguageAndNothingToThoseOutsideItsAudience() throws Exception {
		Viewer tbilisi = mailed(Role.PARTICIPANT, null, "GE", LanguageCode.RU);
		Viewer outsider = mailed(Role.PARTICIPANT, null, "RU", LanguageCode.EN);
		Viewer coChair = mailed(Role.CO_CHAIR, Institution.EU, null, LanguageCode.EN);
		String secret = "Confidential heading " + UUID.randomUUID().toString().substring(0, 8);
		TextView text = texts.create(fixtures.coChair(Institution.UN), new NegotiatingTexts.NewText("GID/MAIL/"
				+ UUID.randomUUID().toString().substring(0, 6), secret, null, null,
				Audience.groupAndCoChairs(fixtures.group("GE").id()), List.of("GE")));
		String eId = texts.addProvision(fixtures.coChair(Institution.UN), text.id());
		UUID wording = texts.propose(fixtures.coChair(Institution.UN), text.id(), eId,
				new NegotiatingTexts.NewWording("A wording.", null, null, false));
		texts.circulate(fixtures.coChair(Institution.UN), text.id());

		assertThat(sender.sendDue()).isPositive();
		List<MimeMessage> toTbilisi = deliveredTo(tbilisi);
		assertThat(toTbilisi).hasSize(1);
		assertThat(toTbilisi.get(0).getSubject()).contains(text.symbol()).contains(secret)
			.contains("разослан").contains("ожидается позиция вашей группы");
		String body = GreenMailUtil.getBody(toTbilisi.get(0));
		assertThat(toTbilisi.get(0).getContent().toString()).contains("http://desk.test/texts/" + text.id())
			.contains("http://desk.test/profile");
		assertThat(body).isNotEmpty();

		assertThat(deliveredTo(outsider)).as("a group outside the text's audience is told nothing").isEmpty();
		assertThat(deliveredTo(coChair)).as("the co-chairs are not a required group").isEmpty();
		for (MimeMessage message : SMTP.getReceivedMessages()) {
			if (!message.getRecipients(RecipientType.TO)[0].toString().equals(address(tbilisi))) {
				assertThat(message.getSubject() + message.getContent()).doesNotContain(secret);
			}
		}
		assertThat(notifications.list(outsider, 0, Locale.ENGLISH).items()).extracting(NotificationView::text)
			.noneMatch(line -> line.contains(secret) || line.contains(text.symbol()));
		assertThat(notifications.list(tbilisi, 0, Locale.forLanguageTag("ru")).items().get(0).text())
			.contains(secret).contains("разослан");

		// a stance stated: the co-chairs hear which group stated, by e-mail in their language, never what
		texts.state(tbilisi, text.id(), wording, org.mediationdesk.texts.StanceKind.ACCEPT, null);
		sender.sendDue();
		assertThat(deliveredTo(coChair)).extracting(MimeMessage::getSubject)
			.containsExactly(text.symbol() + ": the participants from Tbilisi stated a stance.");
		assertThat(deliveredTo(outsider)).isEmpty();
	}

	@Test
	void tellsEveryoneOfAPostponedRoundWithTheDateInTheirLanguage() throws Exception {
		Viewer english = mailed(Role.SECRETARIAT, null, null, LanguageCode.EN);
		Viewer russian = mailed(Role.PARTICIPANT, null, "RU", LanguageCode.RU);
		Viewer quiet = fixtures.viewer(Role.PARTICIPANT, null, "GE");
		Viewer coChair = fixtures.coChair(Institution.OSCE);
		int number = roundManagement.convene(coChair, LocalDate.of(2031, 3, 18), LocalDate.of(2031, 3, 19), null, false).number();
		long before = notifications.unread(quiet);
		roundManagement.postpone(coChair, number, LocalDate.of(2031, 6, 2), LocalDate.of(2031, 6, 3), "Dates agreed");
		sender.sendDue();

		assertThat(deliveredTo(english)).extracting(MimeMessage::getSubject)
			.containsExactly("Round " + number + " is postponed to June 2, 2031.");
		assertThat(deliveredTo(russian)).extracting(MimeMessage::getSubject)
			.containsExactly("Раунд " + number + " перенесён на 2 июня 2031 г.");
		assertThat(deliveredTo(english).get(0).getContent().toString()).contains("http://desk.test/rounds/" + number);
		assertThat(notifications.unread(quiet)).as("in the application, without e-mail").isEqualTo(before + 1);
		assertThat(notifications.list(quiet, 0, Locale.ENGLISH).items().get(0).link()).isEqualTo("/rounds/" + number);
	}

	@Test
	void invitesByMailWithAOneTimeLinkThatSetsThePasswordOnce() throws Exception {
		String username = "invited-" + UUID.randomUUID().toString().substring(0, 8);
		CreatedAccount created = accounts.create(fixtures.admin(), new NewAccount(username, "Invited Person",
				username + "@Example.org", LanguageCode.EN, new Assignment(Role.SECRETARIAT, null, null)));
		assertThat(created.mailed()).isTrue();
		assertThat(created.invitationLink()).as("nothing to hand over: the link went by e-mail").isNull();
		assertThat(created.account().email()).isEqualTo(username + "@example.org");
		sender.sendDue();
		MimeMessage[] received = SMTP.getReceivedMessages();
		assertThat(received).hasSize(1);
		assertThat(received[0].getRecipients(RecipientType.TO)[0].toString()).isEqualTo(username + "@example.org");
		assertThat(received[0].getSubject()).isEqualTo("Your account on Mediation Desk");
		String content = received[0].getContent().toString();
		Matcher link = Pattern.compile("http://desk\\.test(/invitations/[A-Za-z0-9_-]+)").matcher(content);
		assertThat(link.find()).as(content).isTrue();
		String path = link.group(1);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE body LIKE :token").param("token", "%" + path + "%")
			.query(Long.class).single()).as("a sent message's body, with its one-time link, is not kept").isZero();

		String password = "a password of my own";
		assertThat(loginRedirect(username, password)).as("no login before the password is chosen").endsWith("/login?error");
		assertThat(mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
			.contains(username).contains("Invited Person");
		String refused = mvc.perform(post(path).with(csrf()).param("newPassword", "short").param("confirmation", "short"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("is-invalid");
		mvc.perform(post(path).with(csrf()).param("newPassword", password).param("confirmation", password))
			.andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login"));
		assertThat(loginRedirect(username, password)).isIn("/", "http://desk.test/");

		mvc.perform(get(path)).andExpect(status().isNotFound());
		mvc.perform(post(path).with(csrf()).param("newPassword", "yet another password").param("confirmation",
				"yet another password")).andExpect(status().isNotFound());
		assertThat(loginRedirect(username, "yet another password")).endsWith("/login?error");
	}

	@Test
	void refusesAnExpiredInvitationAndAnEarlierOneOnceANewOneIsSent() throws Exception {
		String username = "late-" + UUID.randomUUID().toString().substring(0, 8);
		CreatedAccount created = accounts.create(fixtures.admin(), new NewAccount(username, "Late Person",
				username + "@example.org", LanguageCode.KA, new Assignment(Role.SECRETARIAT, null, null)));
		sender.sendDue();
		MimeMessage first = SMTP.getReceivedMessages()[0];
		assertThat(first.getSubject()).as("in the account's language").isEqualTo("თქვენი ანგარიში Mediation Desk-ში");
		String firstPath = path(first);
		mvc.perform(get(firstPath)).andExpect(status().isOk());

		invitations.reinvite(fixtures.admin(), created.account().id());
		sender.sendDue();
		String secondPath = path(SMTP.getReceivedMessages()[1]);
		// the earlier link ends with a new invitation
		mvc.perform(get(firstPath)).andExpect(status().isNotFound());
		mvc.perform(get(secondPath)).andExpect(status().isOk());

		jdbc.sql("UPDATE account_invitation SET expires_at = :past WHERE account_id = :id AND used_at IS NULL")
			.param("past", java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(60)))
			.param("id", created.account().id())
			.update();
		mvc.perform(get(secondPath)).andExpect(status().isNotFound());
		mvc.perform(post(secondPath).with(csrf()).param("newPassword", "a password of my own").param("confirmation",
				"a password of my own")).andExpect(status().isNotFound());
		mvc.perform(get("/invitations/" + "x".repeat(43))).andExpect(status().isNotFound());
	}

	@Test
	void sendsAMessageOnceEvenWhenTwoSendersReachForIt() throws Exception {
		outbox.queue("once@example.org", "Once", "Only once.");
		UUID id = outbox.due(50).stream().filter(candidate -> jdbc.sql("SELECT recipient FROM mail_outbox WHERE id = :id")
			.param("id", candidate).query(String.class).single().equals("once@example.org")).findFirst().orElseThrow();
		assertThat(outbox.claim(id)).isPresent();
		assertThat(outbox.claim(id)).as("the second sender finds it claimed").isEmpty();
		assertThat(sender.sendDue()).as("claimed by another sender: not sent here").isZero();

		jdbc.sql("UPDATE mail_outbox SET claimed_until = NULL WHERE id = :id").param("id", id).update();
		assertThat(sender.sendDue()).isEqualTo(1);
		assertThat(sender.sendDue()).isZero();
		assertThat(outbox.claim(id)).as("a sent message is never claimed again").isEmpty();
		assertThat(SMTP.getReceivedMessages()).hasSize(1);
	}

	@Test
	void retriesAFailedMessageLaterEachTimeAndGivesUpInTheEnd() {
		outbox.queue("retry@example.org", "Retry", "Again.");
		UUID id = jdbc.sql("SELECT id FROM mail_outbox WHERE recipient = 'retry@example.org'").query(UUID.class).single();
		java.time.Instant previous = java.time.Instant.EPOCH;
		for (int attempt = 1; attempt <= MailOutbox.MAX_ATTEMPTS; attempt++) {
			jdbc.sql("UPDATE mail_outbox SET next_attempt_at = :now WHERE id = :id")
				.param("now", java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1))).param("id", id).update();
			var claimed = outbox.claim(id).orElseThrow();
			outbox.failed(claimed, "SMTP down");
			java.time.Instant next = jdbc.sql("SELECT next_attempt_at FROM mail_outbox WHERE id = :id").param("id", id)
				.query(java.sql.Timestamp.class).single().toInstant();
			assertThat(outbox.due(50)).doesNotContain(id);
			if (attempt < MailOutbox.MAX_ATTEMPTS) {
				assertThat(next).as("attempt " + attempt + " waits longer than the one before").isAfter(previous)
					.isAfter(java.time.Instant.now().plusSeconds(50));
				previous = next;
			}
		}
		jdbc.sql("UPDATE mail_outbox SET next_attempt_at = :now WHERE id = :id")
			.param("now", java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1))).param("id", id).update();
		assertThat(outbox.claim(id)).as("given up after " + MailOutbox.MAX_ATTEMPTS + " attempts").isEmpty();
		assertThat(previous).as("the pause grows to hours").isAfter(java.time.Instant.now().plus(java.time.Duration.ofHours(4)));
	}

	private static String path(MimeMessage message) throws Exception {
		Matcher link = Pattern.compile("http://desk\\.test(/invitations/[A-Za-z0-9_-]+)")
			.matcher(message.getContent().toString());
		assertThat(link.find()).isTrue();
		return link.group(1);
	}

	private String loginRedirect(String username, String password) throws Exception {
		return mvc.perform(SecurityMockMvcRequestBuilders.formLogin().user(username).password(password))
			.andReturn().getResponse().getRedirectedUrl();
	}

	@Autowired
	org.mediationdesk.hotline.Hotline hotline;

	@Autowired
	HotlineNotifications hotlineNotifications;

	private int relayNotices(Viewer viewer) {
		return jdbc.sql("SELECT COUNT(*) FROM notification WHERE account_id = :account"
				+ " AND message_key = 'notification.hotlineRelayed'").param("account", viewer.accountId())
			.query(Integer.class).single();
	}

	private int mentioning(String words) {
		return jdbc.sql("SELECT COUNT(*) FROM notification WHERE arguments LIKE :words OR link LIKE :words")
			.param("words", "%" + words + "%").query(Integer.class).single()
				+ jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE body LIKE :words OR subject LIKE :words")
					.param("words", "%" + words + "%").query(Integer.class).single();
	}

	@Test
	void aRelayTellsEachAddresseeGroupsAccountsOnceInTheApplicationAndByMail() throws Exception {
		Viewer tskhinvali = mailed(Role.PARTICIPANT, null, "SO", LanguageCode.RU);
		Viewer moscow = mailed(Role.PARTICIPANT, null, "RU", LanguageCode.EN);
		Viewer tbilisi = mailed(Role.PARTICIPANT, null, "GE", LanguageCode.EN);
		Viewer secretariat = fixtures.viewer(Role.SECRETARIAT, null, null);
		org.mediationdesk.hotline.ActivationView sent = hotline.activate(tbilisi, new org.mediationdesk.hotline.NewActivation(
				"ERG", List.of("SO", "RU"), org.mediationdesk.hotline.Urgency.URGENT, "Relay notice", "Cattle crossed the line.",
				null, null, null));
		assertThat(relayNotices(tskhinvali) + relayNotices(moscow)).as("nothing before the relay").isZero();
		hotline.relay(secretariat, sent.id());
		sender.sendDue();
		assertThat(relayNotices(tskhinvali)).isEqualTo(1);
		assertThat(relayNotices(moscow)).isEqualTo(1);
		assertThat(relayNotices(tbilisi)).as("the sender's group is not an addressee").isZero();
		assertThat(deliveredTo(moscow)).extracting(MimeMessage::getSubject).singleElement().asString()
			.startsWith("An urgent hotline activation of ERG was relayed to your group: acknowledge it by ");
		assertThat(deliveredTo(tskhinvali)).extracting(MimeMessage::getSubject).singleElement().asString()
			.startsWith("Вашей группе передан срочный вызов горячей линии механизма ERG");
		assertThat(deliveredTo(moscow).get(0).getContent().toString())
			.contains("http://desk.test/mechanisms/ERG/hotline#activation-" + sent.id());
		assertThat(deliveredTo(tbilisi)).isEmpty();

		org.mediationdesk.hotline.HotlineEvent.ActivationRelayed again = new org.mediationdesk.hotline.HotlineEvent.ActivationRelayed(
				secretariat.username(), sent.id(), sent.mechanismId(), "ERG", sent.addressees().stream()
					.map(addressee -> addressee.group().id()).toList(), sent.urgency(), sent.acknowledgeBy());
		hotlineNotifications.activationRelayed(new Announcement<>(UUID.randomUUID(), again));
		sender.sendDue();
		assertThat(relayNotices(moscow)).as("one notification per addressee per activation, whatever tells it again")
			.isEqualTo(1);
		assertThat(deliveredTo(moscow)).hasSize(1);
	}

	@Test
	void aMessageConfidedToTheOperatorIsInNoNotificationBeforeItsRelayNorAfter() throws Exception {
		Viewer tskhinvali = mailed(Role.PARTICIPANT, null, "SO", LanguageCode.EN);
		Viewer tbilisi = fixtures.viewer(Role.PARTICIPANT, null, "GE");
		mailed(Role.SECRETARIAT, null, null, LanguageCode.EN);
		String secret = "Confided " + UUID.randomUUID().toString().substring(0, 8);
		org.mediationdesk.hotline.ActivationView sent = hotline.activate(tbilisi, new org.mediationdesk.hotline.NewActivation(
				"ERG", List.of("SO"), org.mediationdesk.hotline.Urgency.EMERGENCY, secret + " subject", secret + " message",
				null, null, null));
		sender.sendDue();
		assertThat(relayNotices(tskhinvali)).isZero();
		assertThat(deliveredTo(tskhinvali)).isEmpty();
		assertThat(mentioning(secret)).isZero();
		assertThat(mentioning(sent.id().toString())).as("no notification even points at it").isZero();
		hotline.relay(fixtures.viewer(Role.SECRETARIAT, null, null), sent.id());
		sender.sendDue();
		assertThat(relayNotices(tskhinvali)).isEqualTo(1);
		assertThat(deliveredTo(tskhinvali)).hasSize(1);
		assertThat(mentioning(secret)).as("the subject and the message stay on the hotline's pages").isZero();
	}
}
