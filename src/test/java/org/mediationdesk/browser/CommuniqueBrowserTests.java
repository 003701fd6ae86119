package org.mediationdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mediationdesk.Fixtures;
import org.mediationdesk.IntegrationTest;
import org.mediationdesk.communique.Communiques;
import org.mediationdesk.identity.Role;
import org.mediationdesk.shared.Institution;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In real headless Chromium: the three co-chairs sign off a round's communiqué one after the other, each for their
 * institution, and only then does the page offer its publication; not while a placeholder remains, nor while a
 * version renders an earlier English text.
 */
@ExtendWith(Browser.class)
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommuniqueBrowserTests {

	/** A round of the reference record that no other test drafts a communiqué for. */
	static final int ROUND = 63;

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Communiques communiques;

	private ChromeDriverService service;
	private ChromeDriver driver;
	private WebDriverWait wait;

	@BeforeAll
	void startBrowser() {
		service = Browser.service();
		driver = Browser.start(service);
		wait = new WebDriverWait(driver, Duration.ofSeconds(15));
	}

	@AfterAll
	void stopBrowser() {
		if (driver != null) {
			driver.quit();
		}
		if (service != null) {
			service.stop();
		}
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private void logIn(String username) {
		driver.manage().deleteAllCookies();
		driver.get(url("/login?lang=en"));
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD);
		driver.findElement(By.cssSelector("#login-form button[type=submit]")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("current-user"), username));
	}

	private void click(By locator) {
		Browser.click(driver, locator);
	}

	@Test
	void threeCoChairsSignOffTheCommuniqueEachForTheirInstitution() {
		String secretariat = fixtures.account(Role.SECRETARIAT, null, null);
		logIn(secretariat);
		driver.get(url("/rounds/" + ROUND + "/communique"));
		click(By.id("draft"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("versions")));
		assertThat(driver.findElement(By.id("approvals")).getText()).contains("awaiting approval");
		assertThat(driver.findElements(By.id("approve"))).as("the secretariat approves for no institution").isEmpty();
		assertThat(driver.findElement(By.id("placeholders")).getText()).as("what remains to be written, per language")
			.contains("to be written", "Russian", "Georgian");
		org.mediationdesk.communique.CommuniqueDrafts.writePlaceholders(communiques, fixtures.coChair(Institution.EU), ROUND);

		// an edit of the English in the browser leaves the Russian and Georgian versions behind: no approval until a
		// co-chair confirms the one and withdraws the other
		logIn(fixtures.account(Role.CO_CHAIR, Institution.EU, null));
		driver.get(url("/rounds/" + ROUND + "/communique?lang=en"));
		driver.findElement(By.id("text-en")).sendKeys("\n\nThe co-chairs thanked the hosts.");
		click(By.cssSelector("#version-en button[type=submit]"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("out-of-date-ru")));
		assertThat(driver.findElement(By.id("out-of-date-ka")).getText()).isEqualTo("to be brought up to date");
		assertThat(driver.findElements(By.id("approve"))).as("no approval while a version is behind").isEmpty();
		Browser.screenshot(driver, "communique-to-be-brought-up-to-date");
		click(By.cssSelector("#confirm-ru button"));
		driver.switchTo().alert().accept();
		wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("out-of-date-ru")));
		click(By.cssSelector("#withdraw-ka button"));
		driver.switchTo().alert().accept();
		wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("out-of-date-ka")));
		assertThat(driver.findElement(By.id("version-ka")).getText()).contains("withdrawn from this edition");

		for (Institution institution : Institution.values()) {
			String coChair = fixtures.account(Role.CO_CHAIR, institution, null);
			logIn(coChair);
			driver.get(url("/rounds/" + ROUND + "/communique"));
			assertThat(driver.findElements(By.id("publish-now-form"))).as("no publication before the third approval")
				.isEmpty();
			click(By.id("approve"));
			String row = "approval-" + institution.name().toLowerCase(java.util.Locale.ROOT);
			wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(row), "approved by " + coChair));
			assertThat(driver.findElements(By.id("approve"))).as("approved once").isEmpty();
			Browser.screenshot(driver, "communique-approved-" + institution.name().toLowerCase(java.util.Locale.ROOT));
		}
		assertThat(driver.findElement(By.id("publish-now-form")).getAttribute("data-confirm")).isNotBlank();
		assertThat(driver.findElement(By.id("share-form")).getAttribute("data-confirm")).isNotBlank();
		assertThat(communiques.page(fixtures.coChair(Institution.EU), ROUND).working().approvedByAll()).isTrue();
	}
}
