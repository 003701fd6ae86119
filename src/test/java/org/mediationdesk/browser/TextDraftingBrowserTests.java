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
import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.identity.Role;
import org.mediationdesk.shared.Institution;
import org.mediationdesk.texts.NegotiatingTexts;
import org.mediationdesk.texts.TextReading;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In real headless Chromium, in English and in Russian: the co-chairs draft a text privately (a participant
 * meets a 404 where it is), a refused new-text form keeps what was typed, a multi-line wording shows its nested
 * brackets as it is typed and once proposed, the co-chairs share the text, and a participant states a stance,
 * which has no default, with a comment.
 */
@ExtendWith(Browser.class)
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TextDraftingBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	NegotiatingTexts texts;

	@Autowired
	TextReading reading;

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

	private void open(String path, String language) {
		driver.get(url(path + (path.contains("?") ? "&" : "?") + "lang=" + language));
	}

	private void click(By locator) {
		Browser.click(driver, locator);
	}

	/** Accepts the question asked before an action that cannot be undone. */
	private void confirm() {
		try {
			new WebDriverWait(driver, Duration.ofSeconds(3)).until(ExpectedConditions.alertIsPresent()).accept();
		}
		catch (TimeoutException noQuestion) {
			throw new AssertionError("the action was not confirmed first", noQuestion);
		}
	}

	@Test
	void draftsPrivatelySharesAndTakesAStanceWithACommentInEnglish() {
		draftShareAndState("en", "Provision 1", "Choose…");
	}

	@Test
	void draftsPrivatelySharesAndTakesAStanceWithACommentInRussian() {
		draftShareAndState("ru", "Положение 1", "Выберите…");
	}

	private void draftShareAndState(String language, String provisionLabel, String placeholder) {
		String coChair = fixtures.account(Role.CO_CHAIR, Institution.EU, null);
		String tbilisi = fixtures.account(Role.PARTICIPANT, null, "GE");
		String taken = "GID/DRAFT/" + UUID.randomUUID().toString().substring(0, 6);
		texts.create(fixtures.coChair(Institution.EU), new NegotiatingTexts.NewText(taken, "Taken", null, null,
				Audience.allParticipants(), null));
		String title = "Statement drafted in private (" + language + ")";

		// a refused new text keeps what was typed, with the message by the field
		logIn(coChair);
		open("/texts", language);
		driver.findElement(By.id("symbol")).sendKeys(taken);
		driver.findElement(By.id("title")).sendKeys(title);
		driver.findElement(By.id("chapeau")).sendKeys("The participants,");
		click(By.id("create-text"));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("symbol-problem")));
		assertThat(driver.findElement(By.id("title")).getAttribute("value")).isEqualTo(title);
		assertThat(driver.findElement(By.id("chapeau")).getAttribute("value")).isEqualTo("The participants,");
		assertThat(driver.findElement(By.id("symbol")).getAttribute("class")).contains("is-invalid");
		Browser.screenshot(driver, "text-new-refused-" + language);
		driver.findElement(By.id("symbol")).clear();
		String symbol = taken + "/" + language.toUpperCase();
		driver.findElement(By.id("symbol")).sendKeys(symbol);
		click(By.id("create-text"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("private-draft")));
		String page = driver.getCurrentUrl().replaceAll("\\?.*", "").replace(url(""), "");
		UUID id = UUID.fromString(page.substring("/texts/".length()));

		// a provision and a multi-line wording with nested brackets, shown as it is typed
		click(By.id("add-provision"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section#para_1 h2")));
		assertThat(driver.findElement(By.cssSelector("section#para_1 h2")).getText()).startsWith(provisionLabel)
			.doesNotContain("para_1");
		assertThat(new Select(driver.findElement(By.id("provision"))).getFirstSelectedOption().getText())
			.isEqualTo(provisionLabel);
		WebElement wording = driver.findElement(By.id("textEn"));
		assertThat(wording.getTagName()).isEqualTo("textarea");
		wording.sendKeys("The participants [reaffirm [their] commitment]");
		wording.sendKeys(org.openqa.selenium.Keys.ENTER);
		wording.sendKeys("to the ceasefire of 12 August 2008.");
		assertThat(driver.findElement(By.id("textEn-preview")).isDisplayed()).isTrue();
		assertThat(driver.findElements(By.cssSelector("#textEn-preview .br-2"))).hasSize(2);
		assertThat(driver.findElement(By.cssSelector("#textEn-preview .in-2")).getText()).isEqualTo("their");
		Browser.screenshot(driver, "text-wording-preview-" + language);
		click(By.id("propose"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section#para_1 .wording .br-2")));

		// nobody else sees the private draft
		logIn(tbilisi);
		open("/texts/" + id, language);
		assertThat(driver.findElements(By.id("text-body"))).isEmpty();
		assertThat(driver.getPageSource()).doesNotContain(title);
		open("/texts", language);
		assertThat(driver.getPageSource()).doesNotContain(symbol);

		// the co-chairs share it, naming the groups whose stances it needs
		logIn(coChair);
		open("/texts/" + id, language);
		assertThat(driver.findElements(By.cssSelector("#co-chairs button[value=unfreeze]"))).isEmpty();
		click(By.id("required-GE"));
		click(By.id("required-RU"));
		click(By.id("share"));
		confirm();
		wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("private-draft")));
		assertThat(reading.text(fixtures.coChair(Institution.EU), id).requiredGroups()).containsExactly("GE", "RU");

		// a participant reads it, brackets marked, and states a stance: none is chosen for them
		logIn(tbilisi);
		open("/texts/" + id, language);
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("text-body")));
		assertThat(driver.findElement(By.cssSelector("section#para_1 .wording")).getText())
			.isEqualTo("The participants [reaffirm [their] commitment]\nto the ceasefire of 12 August 2008.");
		assertThat(driver.findElement(By.cssSelector("section#para_1 .wording .in-2")).getText()).isEqualTo("their");
		Select stance = new Select(driver.findElement(By.name("stance")));
		assertThat(stance.getFirstSelectedOption().getAttribute("value")).isEmpty();
		assertThat(stance.getFirstSelectedOption().getText()).isEqualTo(placeholder);
		driver.findElement(By.name("comment")).sendKeys("Subject to instructions from the capital.");
		click(By.cssSelector("form.stance-form button[type=submit]"));
		assertThat(driver.executeScript("return document.querySelector('select[name=stance]').validity.valueMissing;"))
			.as("without a choice the stance is not sent").isEqualTo(true);
		assertThat(driver.findElement(By.cssSelector("td[data-group=GE]")).getText()).isEqualTo("—");
		assertThat(driver.findElement(By.name("comment")).getAttribute("value")).isEqualTo("Subject to instructions from the capital.");
		stance.selectByValue("RESERVE");
		click(By.cssSelector("form.stance-form button[type=submit]"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("td[data-group=GE] .stance-comment")));
		assertThat(driver.findElement(By.cssSelector("td[data-group=GE] .stance-comment")).getText())
			.isEqualTo("Subject to instructions from the capital.");
		assertThat(driver.findElement(By.cssSelector("td[data-group=GE]")).getText()).isNotEqualTo("—");
		assertThat(driver.findElements(By.cssSelector(".stance-legend"))).isNotEmpty();
		Browser.screenshot(driver, "text-stance-with-comment-" + language);
		assertThat(List.of(driver.findElement(By.tagName("main")).getText())).noneMatch(text -> text.contains("CO_CHAIRS"));
	}
}
