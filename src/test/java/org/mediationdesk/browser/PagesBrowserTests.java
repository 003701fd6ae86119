package org.mediationdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mediationdesk.Fixtures;
import org.mediationdesk.IntegrationTest;
import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.documents.AuthorKind;
import org.mediationdesk.documents.DocumentDraft;
import org.mediationdesk.documents.DocumentKind;
import org.mediationdesk.documents.DocumentRegistry;
import org.mediationdesk.identity.Role;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.shared.Institution;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.StaleElementReferenceException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In real headless Chromium: a participant files a document for their group only, and a participant of
 * another group and a co-chair can neither find nor open it; the public timeline of rounds without login;
 * the interface in Russian; the htmx filter of the document list.
 */
@ExtendWith(Browser.class)
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagesBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	DocumentRegistry documents;

	@Autowired
	org.mediationdesk.texts.NegotiatingTexts texts;

	@Autowired
	org.mediationdesk.texts.TextReading reading;

	@Autowired
	org.mediationdesk.process.RoundManagement roundManagement;

	/** A round meeting today, so that its attendance is taken live. */
	private int roundToday() {
		return roundManagement.convene(fixtures.secretariat(), LocalDate.now(java.time.ZoneOffset.UTC), null, null, false).number();
	}

	private ChromeDriverService service;
	private ChromeDriver driver;
	private WebDriverWait wait;

	@BeforeAll
	void startBrowser() {
		service = Browser.service();
		driver = Browser.start(service);
		wait = new WebDriverWait(driver, Duration.ofSeconds(15));
		// a form posted replaces the page under a wait that reads it: the element read may belong to the page before
		// (Chromium says "does not belong to the document"); the next look reads the new one
		wait.ignoring(StaleElementReferenceException.class).ignoring(WebDriverException.class);
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

	private void logOut() {
		// a page may have been left at a form lower down (the attendance form keeps its place): log out from the top
		driver.get(url("/rounds"));
		click(By.id("logout"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login-link")));
	}

	@Test
	void keepsGroupOnlyDocumentFromOtherGroupsAndCoChairs() {
		String author = fixtures.account(Role.PARTICIPANT, null, "GE");
		String otherGroup = fixtures.account(Role.PARTICIPANT, null, "RU");
		String coChair = fixtures.account(Role.CO_CHAIR, Institution.EU, null);
		String symbol = "GE/2026/" + UUID.randomUUID().toString().substring(0, 6);

		logIn(author);
		driver.get(url("/documents/new"));
		driver.findElement(By.id("symbol")).sendKeys(symbol);
		driver.findElement(By.id("title")).sendKeys("Position on freedom of movement");
		new Select(driver.findElement(By.id("audience"))).selectByVisibleText("participants from Tbilisi only");
		driver.findElement(By.id("textEn")).sendKeys("Our **own** wording.");
		click(By.id("save-document"));
		wait.until(ExpectedConditions.textToBe(By.id("document-symbol"), symbol));
		assertThat(driver.findElement(By.id("document-audience")).getText()).isEqualTo("participants from Tbilisi only");
		assertThat(driver.findElement(By.cssSelector(".document-text strong")).getText()).isEqualTo("own");
		String documentUrl = driver.getCurrentUrl();
		driver.get(url("/documents?text=" + symbol));
		assertThat(driver.findElement(By.id("document-table")).getText()).contains(symbol);
		Browser.screenshot(driver, "group-only-document-author");
		logOut();

		for (String outsider : new String[] { otherGroup, coChair }) {
			logIn(outsider);
			driver.get(url("/documents?text=" + symbol));
			assertThat(driver.findElement(By.id("document-count")).getText()).isEqualTo("0 documents");
			assertThat(driver.findElements(By.id("documents-empty"))).hasSize(1);
			driver.get(documentUrl);
			assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Error 404");
			assertThat(driver.getPageSource()).doesNotContain(symbol).doesNotContain("Position on freedom");
			logOut();
		}
	}

	@Test
	void showsThePublicTimelineOfRoundsWithoutLogin() {
		driver.manage().deleteAllCookies();
		driver.get(url("/rounds?lang=en"));
		assertThat(driver.findElement(By.id("timeline")).getText()).contains("Round ", "Held");
		driver.get(url("/rounds"));
		while (driver.findElements(By.linkText("Round 1")).isEmpty()) {
			click(By.linkText("Next"));
		}
		click(By.linkText("Round 1"));
		wait.until(ExpectedConditions.textToBe(By.id("round-title"), "Round 1"));
		assertThat(driver.findElement(By.id("round-status")).getText()).isEqualTo("Collapsed");
		assertThat(driver.findElement(By.id("round-dates")).getText()).contains("15 October 2008");
		assertThat(driver.findElements(By.id("internal-note"))).isEmpty();
	}

	@Test
	void recordsAWalkoutAsTheSecretariatThatThePublicSeesUnattributed() {
		int number = roundToday();
		logIn(fixtures.account(Role.SECRETARIAT, null, null));
		driver.get(url("/rounds/" + number + "/attendance"));
		new Select(driver.findElement(By.id("group-WORKING_GROUP_II"))).selectByVisibleText("participants from Moscow");
		click(By.cssSelector("#record-WORKING_GROUP_II button[value=PRESENT]"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("attendance")));
		new Select(driver.findElement(By.id("group-WORKING_GROUP_II"))).selectByVisibleText("participants from Moscow");
		new Select(driver.findElement(By.id("item-WORKING_GROUP_II"))).selectByValue("IDP");
		driver.findElement(By.id("reason-WORKING_GROUP_II")).sendKeys("Will not discuss the item today");
		click(By.cssSelector("#record-WORKING_GROUP_II button[value=WALKED_OUT]"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("attendance"), "participants from Moscow walked out"));
		logOut();

		driver.get(url("/rounds/" + number + "/attendance"));
		String record = driver.findElement(By.id("attendance")).getText();
		assertThat(record).contains("A walkout by some participants").doesNotContain("Moscow")
			.doesNotContain("Will not discuss");
		assertThat(driver.findElements(By.id("record-attendance"))).isEmpty();
	}

	@Test
	void recordsTwoEntriesInARowKeepingTheGroupAndItemAndThePlaceOnThePage() {
		int number = roundToday();
		logIn(fixtures.account(Role.SECRETARIAT, null, null));
		driver.get(url("/rounds/" + number + "/attendance"));
		new Select(driver.findElement(By.id("group-WORKING_GROUP_II"))).selectByVisibleText("participants from Tskhinval(i)");
		new Select(driver.findElement(By.id("item-WORKING_GROUP_II"))).selectByValue("IDP");
		click(By.cssSelector("#record-WORKING_GROUP_II button[value=PRESENT]"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("attendance")));
		assertThat(driver.getCurrentUrl()).as("back at the form, not the top of the page").endsWith("#record-WORKING_GROUP_II");
		assertThat(new Select(driver.findElement(By.id("group-WORKING_GROUP_II"))).getFirstSelectedOption().getText())
			.isEqualTo("participants from Tskhinval(i)");
		assertThat(new Select(driver.findElement(By.id("item-WORKING_GROUP_II"))).getFirstSelectedOption()
			.getAttribute("value")).isEqualTo("IDP");
		assertThat(driver.findElement(By.id("record-WORKING_GROUP_II")).getText()).contains("Recorded.");
		// the second entry is one click: the group and item are still chosen
		click(By.cssSelector("#record-WORKING_GROUP_II button[value=WALKED_OUT]"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("attendance"),
				"participants from Tskhinval(i) walked out"));
		assertThat(new Select(driver.findElement(By.id("group-WORKING_GROUP_II"))).getFirstSelectedOption().getText())
			.isEqualTo("participants from Tskhinval(i)");
		// a second click of the same walkout is refused by the form it came from, and nothing is stored
		click(By.cssSelector("#record-WORKING_GROUP_II button[value=WALKED_OUT]"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("record-WORKING_GROUP_II"),
				"Nothing was recorded again"));
		assertThat(driver.findElement(By.id("attendance")).getText().split("walked out", -1)).hasSize(2);
		Browser.screenshot(driver, "attendance-two-entries");
		logOut();
	}

	@Test
	void checksADraftAndShowsWhoseWordingItIsAndTheNeutralVersion() {
		logIn(fixtures.account(Role.CO_CHAIR, org.mediationdesk.shared.Institution.OSCE, null));
		driver.get(url("/terminology"));
		driver.findElement(By.id("text")).sendKeys("Patrols were seen along the occupation line near Sukhum.");
		click(By.id("check"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("verdict")));
		assertThat(driver.findElement(By.id("verdict")).getText()).contains("Does not pass");
		assertThat(driver.findElements(By.cssSelector("#marked-text mark.finding-blocker"))).extracting(e -> e.getText())
			.containsExactly("occupation line");
		assertThat(driver.findElements(By.cssSelector("#marked-text mark.finding-warning"))).extracting(e -> e.getText())
			.containsExactly("Sukhum");
		assertThat(driver.findElement(By.id("neutral-rendering")).getText()).contains("dividing line").contains("Sukhumi");
		assertThat(driver.findElements(By.cssSelector("#profile meter"))).isNotEmpty();
		Browser.screenshot(driver, "terminology-check");
		logOut();
		driver.get(url("/terminology"));
		assertThat(driver.findElements(By.id("check-form"))).as("no one else has the page").isEmpty();
	}

	@Test
	void answersAWhatIfInTheFormatPlannerWithoutReloadingThePage() {
		logIn(fixtures.account(Role.SECRETARIAT, null, null));
		driver.get(url("/formats/scenarios/round-5-report-title"));
		assertThat(driver.findElement(By.id("verdict")).getText()).contains("cannot seat everyone");
		assertThat(driver.findElement(By.id("conflicts")).getText()).contains("(ab-1)");
		driver.executeScript("window.notReloaded = true;");
		click(By.id("document-0"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("verdict"), "can attend"));
		assertThat(driver.findElements(By.id("conflicts"))).isEmpty();
		assertThat(driver.executeScript("return window.notReloaded === true;")).isEqualTo(true);
		Browser.screenshot(driver, "format-planner");
	}

	@Test
	void proposesAWordingAndStatesAStanceThatTheMatrixShows() {
		Viewer coChair = fixtures.coChair(Institution.UN);
		org.mediationdesk.texts.TextView text = texts.create(coChair, new org.mediationdesk.texts.NegotiatingTexts.NewText(
				"GID/BROWSER/" + UUID.randomUUID().toString().substring(0, 6), "A statement for the browser test", null,
				null, Audience.allParticipants(), List.of("GE", "RU")));
		texts.share(coChair, text.id(), null);
		texts.addProvision(coChair, text.id());
		logIn(fixtures.account(Role.PARTICIPANT, null, "GE"));
		driver.get(url("/texts/" + text.id()));
		driver.findElement(By.id("textEn")).sendKeys("The participants [reaffirm] their commitment.");
		click(By.id("propose"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("td[data-group=GE]")));
		assertThat(driver.findElement(By.cssSelector("td[data-group=GE]")).getText()).isEqualTo("—");
		driver.executeScript("window.notReloaded = true;");
		new Select(driver.findElement(By.name("stance"))).selectByValue("ACCEPT");
		click(By.cssSelector("form[hx-post] button[type=submit]"));
		wait.until(ExpectedConditions.textToBe(By.cssSelector("td[data-group=GE]"), "accepts"));
		assertThat(driver.findElement(By.id("flash")).getText()).as("the notice comes with the new matrix")
			.contains("Your group's stance was stated");
		assertThat(driver.findElement(By.cssSelector("td[data-group=RU]")).getText()).isEqualTo("—");
		assertThat(driver.executeScript("return window.notReloaded === true;")).isEqualTo(true);
		Browser.screenshot(driver, "text-stance-matrix");
		logOut();
	}

	@Test
	void keepsWhatASecondWriterTypedWhenAnotherCoChairChangedTheHeadingMeanwhile() {
		Viewer un = fixtures.coChair(Institution.UN);
		org.mediationdesk.texts.TextView text = texts.create(un, new org.mediationdesk.texts.NegotiatingTexts.NewText(
				"GID/BROWSER/" + UUID.randomUUID().toString().substring(0, 6), "A heading edited twice", null,
				"The participants,", Audience.allParticipants(), List.of("GE", "RU")));
		texts.share(un, text.id(), null);
		logIn(fixtures.account(Role.CO_CHAIR, Institution.EU, null));
		driver.get(url("/texts/" + text.id()));
		click(By.cssSelector("#heading summary"));
		driver.findElement(By.id("heading-chapeau")).clear();
		driver.findElement(By.id("heading-chapeau")).sendKeys("The participants, meeting in Geneva,");
		texts.editHeading(un, text.id(), new org.mediationdesk.texts.NegotiatingTexts.Heading("A heading edited twice", null,
				"The participants of the discussions,", null));
		click(By.id("save-heading"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("changed-meanwhile")));
		assertThat(driver.findElement(By.id("changed-meanwhile")).getText()).contains("changed the heading (the chapeau)");
		assertThat(driver.findElement(By.id("heading-chapeau")).getAttribute("value")).as("what was typed is not lost")
			.isEqualTo("The participants, meeting in Geneva,");
		assertThat(driver.findElement(By.id("heading-now")).getText()).contains("The participants of the discussions,");
		Browser.screenshot(driver, "text-changed-meanwhile");
		click(By.id("save-heading"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("flash"), "The heading was saved."));
		assertThat(reading.text(un, text.id()).chapeau()).isEqualTo("The participants, meeting in Geneva,");
		assertThat(driver.findElement(By.id("history")).getText()).contains("changed the heading (the chapeau)");
		logOut();
	}

	@Test
	void switchesTheInterfaceToRussianAndKeepsIt() {
		logIn(fixtures.account(Role.SECRETARIAT, null, null));
		driver.get(url("/documents"));
		driver.findElement(By.cssSelector("#language-switch a[lang=ru]")).click();
		wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "ru"));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Документы");
		driver.get(url("/participants"));
		assertThat(driver.findElement(By.cssSelector("#groups tbody")).getText()).contains("участники из Тбилиси");
		Browser.screenshot(driver, "participants-ru");
		driver.findElement(By.cssSelector("#language-switch a[lang=en]")).click();
		wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
	}

	@Test
	void filtersTheDocumentListWithoutReloadingThePage() {
		String marker = UUID.randomUUID().toString().substring(0, 6);
		Viewer secretariat = fixtures.secretariat();
		for (DocumentKind kind : new DocumentKind[] { DocumentKind.INFORMATION_NOTE, DocumentKind.DRAFT }) {
			documents.file(secretariat, new DocumentDraft("GID/FILTER/" + marker + "/" + kind, "Filter " + marker,
					kind, AuthorKind.SECRETARIAT, null, Audience.coChairs(), LocalDate.now(), Map.of()));
		}
		logIn(fixtures.account(Role.CO_CHAIR, Institution.OSCE, null));
		driver.get(url("/documents?text=" + marker));
		assertThat(driver.findElement(By.id("document-table")).getText()).contains("DRAFT", "INFORMATION_NOTE");
		driver.executeScript("window.notReloaded = true;");
		new Select(driver.findElement(By.id("kind"))).selectByVisibleText("Information note");
		wait.until(ExpectedConditions.urlContains("kind=INFORMATION_NOTE"));
		wait.until(ExpectedConditions.textToBe(By.id("document-count"), "1 document"));
		assertThat(driver.findElement(By.id("document-table")).getText()).contains("INFORMATION_NOTE").doesNotContain("DRAFT");
		assertThat(driver.executeScript("return window.notReloaded === true;")).isEqualTo(true);
	}
}
