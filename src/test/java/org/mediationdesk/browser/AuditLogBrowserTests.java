package org.mediationdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mediationdesk.Fixtures;
import org.mediationdesk.IntegrationTest;
import org.mediationdesk.identity.Role;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In real headless Chromium, in English and in Russian: someone's login is refused and the form keeps their name;
 * the administrator opens the audit log, narrows it to that person, and reads the refusal as a sentence of their
 * language, with the person's name and no code of the program.
 */
@ExtendWith(Browser.class)
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditLogBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

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

	@ParameterizedTest
	@CsvSource({ "en, Login refused: wrong name or password, Person", "ru, Вход не выполнен: неверное имя или пароль, Кто" })
	void readsTheAuditLogNarrowedToOnePerson(String language, String refusal, String personLabel) {
		String participant = fixtures.account(Role.PARTICIPANT, null, "GE");
		String admin = fixtures.account(Role.ADMIN, null, null);
		driver.manage().deleteAllCookies();

		// a refused login: the name stays in the form, the message stands by the field
		driver.get(url("/login?lang=" + language));
		driver.findElement(By.id("username")).sendKeys(participant);
		driver.findElement(By.id("password")).sendKeys("not the password");
		driver.findElement(By.cssSelector("#login-form button[type=submit]")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-error")));
		assertThat(driver.findElement(By.id("username")).getAttribute("value")).isEqualTo(participant);
		assertThat(driver.findElement(By.id("password")).getAttribute("aria-describedby")).isEqualTo("login-error");

		driver.findElement(By.id("username")).clear();
		driver.findElement(By.id("username")).sendKeys(admin);
		driver.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD);
		driver.findElement(By.cssSelector("#login-form button[type=submit]")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("current-user"), admin));

		driver.get(url("/admin/audit?lang=" + language));
		assertThat(driver.findElement(By.cssSelector("label[for=filter-person]")).getText()).isEqualTo(personLabel);
		new Select(driver.findElement(By.id("filter-person"))).selectByValue(participant);
		Browser.click(driver, By.id("apply-filter"));
		wait.until(ExpectedConditions.urlContains("person=" + participant));

		List<WebElement> rows = driver.findElements(By.cssSelector("#audit-entries tbody tr"));
		assertThat(rows).hasSize(1);
		String row = rows.get(0).getText();
		assertThat(row).contains(refusal).contains("Test " + participant).doesNotContain("login.failed")
			.doesNotContain("BadCredentialsException");
		assertThat(new Select(driver.findElement(By.id("filter-person"))).getFirstSelectedOption().getAttribute("value"))
			.as("the filter shows what it narrows to").isEqualTo(participant);
		assertThat(driver.findElement(By.id("export-csv")).getAttribute("href")).contains("person=" + participant);
		Browser.screenshot(driver, "audit-log-filtered-" + language);

		driver.findElement(By.id("logout")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login-link")));
	}
}
