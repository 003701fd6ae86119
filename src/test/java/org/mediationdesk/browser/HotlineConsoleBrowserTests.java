package org.mediationdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mediationdesk.Fixtures;
import org.mediationdesk.IntegrationTest;
import org.mediationdesk.hotline.ActivationView;
import org.mediationdesk.hotline.Hotline;
import org.mediationdesk.hotline.HotlineIntegrationTestsSupport;
import org.mediationdesk.hotline.NewActivation;
import org.mediationdesk.hotline.Urgency;
import org.mediationdesk.identity.Role;
import org.mediationdesk.identity.Viewer;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The operator's console in a real headless Chromium: an activation sent elsewhere appears without a reload, its
 * clock running; once every addressee has answered it leaves the console, again without a reload; one that the
 * escalation engine marks overdue (ticked at a moment of the test's choosing, no waiting for a clock) is said in the
 * console's polite live region and stands before those not overdue, again without a reload (it is sent in 1997,
 * before every other clock test's year, so that the tick fires its step alone).
 */
@ExtendWith(Browser.class)
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HotlineConsoleBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Hotline hotline;

	private ChromeDriverService service;
	private ChromeDriver desk;

	@BeforeAll
	void startBrowser() {
		service = Browser.service();
		desk = Browser.start(service);
	}

	@AfterAll
	void stopBrowser() {
		if (desk != null) {
			desk.quit();
		}
		if (service != null) {
			service.stop();
		}
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private WebDriverWait waiting() {
		return new WebDriverWait(desk, Duration.ofSeconds(10));
	}

	@Autowired
	ApplicationContext context;

	private void logIn() {
		String username = fixtures.account(Role.SECRETARIAT, null, null);
		desk.get(url("/login?lang=en"));
		desk.findElement(By.id("username")).sendKeys(username);
		desk.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD);
		desk.findElement(By.cssSelector("#login-form button[type=submit]")).click();
		waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("current-user"), username));
	}

	@Test
	void showsANewActivationWithItsClockAndDropsItOnceAnsweredWithoutReload() {
		logIn();
		desk.get(url("/hotline/console"));
		waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("console-live-status")));
		desk.executeScript("window.consoleMarker = 'not reloaded';");

		String subject = "Browser console " + UUID.randomUUID().toString().substring(0, 8);
		Viewer operator = fixtures.viewer(Role.SECRETARIAT, null, null);
		ActivationView sent = hotline.activate(operator, new NewActivation("ERG", List.of("SO"), Urgency.EMERGENCY,
				subject, "A message for the console.", null, null, null));
		By row = By.cssSelector("#console tr[data-activation='" + sent.id() + "']");
		waiting().until(ExpectedConditions.textToBePresentInElementLocated(row, subject));
		String clock = desk.findElement(By.cssSelector("#console tr[data-activation='" + sent.id() + "'] .clock")).getText();
		assertThat(clock).as("about 15 minutes left").matches("0:1[45]:\\d\\d");

		Viewer tskhinvali = fixtures.participant("SO");
		hotline.acknowledge(tskhinvali, sent.id());
		hotline.respond(tskhinvali, sent.id(), "Received; nothing to report.");
		waiting().until(ExpectedConditions.invisibilityOfElementLocated(row));
		assertThat(desk.executeScript("return window.consoleMarker;")).as("the page was not reloaded")
			.isEqualTo("not reloaded");
	}

	@Test
	void announcesAnActivationTheEngineMarksOverdueAndSortsItFirstWithoutReload() {
		logIn();
		HotlineIntegrationTestsSupport hotlineAt = HotlineIntegrationTestsSupport.of(context);
		String subject = "Overdue console " + UUID.randomUUID().toString().substring(0, 8);
		ActivationView late = hotlineAt.sentAt(Instant.parse("1997-06-01T08:00:00Z"), subject);
		ActivationView fresh = hotline.activate(fixtures.viewer(Role.SECRETARIAT, null, null), new NewActivation("ERG",
				List.of("RU"), Urgency.ROUTINE, "Fresh " + subject, "Not overdue.", null, null, null));
		desk.get(url("/hotline/console"));
		waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("console-live-status")));
		desk.executeScript("window.consoleMarker = 'not reloaded';");
		assertThat(desk.findElement(By.id("console-announcer")).getText()).as("the first look says nothing").isEmpty();

		assertThat(hotlineAt.tick(late.acknowledgeBy())).as("the engine marks it").isPositive();
		By announcer = By.id("console-announcer");
		waiting().until(ExpectedConditions.attributeContains(announcer, "textContent", subject));
		assertThat(desk.findElement(announcer).getAttribute("textContent"))
			.contains("Overdue: “" + subject + "” (ERG) went to escalation step 1, The operator supervisors.");
		assertThat(desk.findElement(announcer).getAttribute("aria-live")).isEqualTo("polite");
		@SuppressWarnings("unchecked")
		List<String> order = (List<String>) desk.executeScript("return Array.from(document.querySelectorAll("
				+ "'#console tr[data-activation]')).map(function (row) { return row.getAttribute('data-activation'); });");
		assertThat(order.indexOf(late.id().toString())).as("overdue first").isNotNegative()
			.isLessThan(order.indexOf(fresh.id().toString()));
		assertThat(desk.executeScript("return document.querySelector(\"#console tr[data-activation='" + late.id()
				+ "'] .escalated\").textContent;")).isEqualTo("Escalation step 1: The operator supervisors");
		assertThat(desk.executeScript("return window.consoleMarker;")).as("the page was not reloaded")
			.isEqualTo("not reloaded");
	}
}
