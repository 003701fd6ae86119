package org.mediationdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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

/**
 * The operator's console in a real headless Chromium: an activation sent elsewhere appears without a reload, its
 * clock running; once every addressee has answered it leaves the console, again without a reload.
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

	@Test
	void showsANewActivationWithItsClockAndDropsItOnceAnsweredWithoutReload() {
		String username = fixtures.account(Role.SECRETARIAT, null, null);
		desk.get(url("/login?lang=en"));
		desk.findElement(By.id("username")).sendKeys(username);
		desk.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD);
		desk.findElement(By.cssSelector("#login-form button[type=submit]")).click();
		waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("current-user"), username));
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
}
