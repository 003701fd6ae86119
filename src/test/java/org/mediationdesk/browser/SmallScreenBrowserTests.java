package org.mediationdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mediationdesk.Fixtures;
import org.mediationdesk.IntegrationTest;
import org.mediationdesk.identity.Role;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * On a phone held upright (390 pixels wide), in real headless Chromium: no page scrolls sideways, the
 * navigation folds behind a menu button, tables read as lists, and the interface speaks Georgian when asked.
 */
@ExtendWith(Browser.class)
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SmallScreenBrowserTests {

	private static final List<String> PAGES = List.of("/", "/rounds", "/rounds/64", "/rounds/64/attendance",
			"/rounds/1/accounts", "/documents", "/participants", "/texts", "/terminology", "/terminology/glossary",
			"/formats", "/profile");

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
		driver = Browser.start(service, 390, 844);
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

	private void logIn(String username, String language) {
		driver.manage().deleteAllCookies();
		driver.get(url("/login?lang=" + language));
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD);
		driver.findElement(By.cssSelector("#login-form button[type=submit]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
	}

	private long overflow() {
		return (Long) driver.executeScript(
				"return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
	}

	@Test
	void noPageScrollsSidewaysForTheSecretariatInAnyLanguage() {
		logIn(fixtures.account(Role.SECRETARIAT, null, null), "en");
		List<String> wide = new ArrayList<>();
		for (String language : List.of("en", "ru", "ka")) {
			for (String page : PAGES) {
				driver.get(url(page + "?lang=" + language));
				if (overflow() > 0) {
					wide.add(page + " (" + language + "): " + overflow() + " px too wide");
					Browser.screenshot(driver, "small-screen-wide" + page.replace('/', '-') + "-" + language);
				}
			}
		}
		assertThat(wide).isEmpty();
	}

	@Test
	void theNavigationFoldsBehindAMenuButton() {
		driver.manage().deleteAllCookies();
		driver.get(url("/rounds?lang=en"));
		WebElement rounds = driver.findElement(By.cssSelector("#navigation a[href='/rounds']"));
		assertThat(rounds.isDisplayed()).as("the navigation is folded").isFalse();
		driver.findElement(By.id("navigation-toggle")).click();
		wait.until(ExpectedConditions.visibilityOf(rounds));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-link")));
		Browser.screenshot(driver, "small-screen-menu");
		assertThat(overflow()).isLessThanOrEqualTo(0);
	}

	@Test
	void aTableReadsAsAListWithEachValueUnderItsHeading() {
		driver.manage().deleteAllCookies();
		driver.get(url("/participants?lang=en"));
		WebElement row = driver.findElement(By.cssSelector("#groups tbody tr"));
		assertThat(row.getCssValue("display")).isEqualTo("block");
		WebElement cell = row.findElement(By.tagName("td"));
		assertThat(cell.getDomAttribute("data-label")).isNotBlank();
		Object heading = driver.executeScript(
				"return getComputedStyle(arguments[0], '::before').getPropertyValue('content');", cell);
		assertThat(String.valueOf(heading)).contains(cell.getDomAttribute("data-label"));
		Browser.screenshot(driver, "small-screen-table");
	}

	@Test
	void theInterfaceSpeaksGeorgianWhenAskedAndKeepsIt() {
		driver.manage().deleteAllCookies();
		driver.get(url("/documents?lang=en"));
		driver.findElement(By.id("navigation-toggle")).click();
		WebElement georgian = driver.findElement(By.cssSelector("#language-switch a[lang=ka]"));
		wait.until(ExpectedConditions.visibilityOf(georgian));
		assertThat(georgian.getText()).isEqualTo("ქართული");
		georgian.click();
		wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "ka"));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("დოკუმენტები");
		driver.get(url("/participants"));
		assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("ka");
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("მონაწილეები და თანათავმჯდომარეები");
		assertThat(driver.findElement(By.cssSelector("#navigation a[href='/rounds']")).getDomProperty("textContent"))
			.isEqualTo("რაუნდები");
		Browser.screenshot(driver, "small-screen-participants-ka");
	}
}
