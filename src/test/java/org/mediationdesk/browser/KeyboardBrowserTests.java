package org.mediationdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mediationdesk.Fixtures;
import org.mediationdesk.IntegrationTest;
import org.mediationdesk.attendance.AttendanceKind;
import org.mediationdesk.attendance.AttendanceRecord;
import org.mediationdesk.attendance.NewAttendance;
import org.mediationdesk.board.BoardCommands;
import org.mediationdesk.communique.CommuniqueDrafts;
import org.mediationdesk.communique.Communiques;
import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.identity.Role;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.process.MeetingKind;
import org.mediationdesk.process.RoundAction;
import org.mediationdesk.process.RoundManagement;
import org.mediationdesk.process.RoundRecord;
import org.mediationdesk.shared.Institution;
import org.mediationdesk.shared.LanguageCode;
import org.mediationdesk.texts.NegotiatingTexts;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A round's cycle in real headless Chromium with the keyboard only (Tab, Enter, the arrows, and typing into fields):
 * convene a round, record a presence, give the floor, state a stance, approve the communiqué. Every stop of the
 * focus shows a focus ring; after every step the focus lands where the change shows (the part of the page the step
 * changed, or the message saying what was done), not at the top of the page; the skip link leads past the
 * navigation; and the board tells a screen reader, politely, of a walkout and of the floor given. axe checks each
 * page as the steps leave it.
 */
@ExtendWith(Browser.class)
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KeyboardBrowserTests {

	/** Whether the focused element shows a focus ring; empty if it does, else what is wrong. */
	private static final String FOCUS_SHOWN = """
			var e = document.activeElement;
			if (!e || e === document.body) { return 'nothing has the focus'; }
			// the ring as it ends up: Bootstrap fades it in (a transition of 0.15 s), which is started (by reading the
			// style) and run to its end
			var s = getComputedStyle(e), r = e.getBoundingClientRect();
			s.boxShadow;
			e.getAnimations().forEach(function (a) { a.finish(); });
			var ring = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || (s.boxShadow && s.boxShadow !== 'none');
			var seen = r.width > 2 && r.height > 2 && s.visibility !== 'hidden';
			var name = e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' "' + (e.textContent || '').trim().substring(0, 40) + '"';
			return ring && seen ? '' : name + (seen ? ': no focus ring (outline ' + s.outlineStyle + ' ' + s.outlineWidth
				+ ', shadow ' + s.boxShadow + ')' : ': focused but not shown');
			""";

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	RoundRecord rounds;

	@Autowired
	RoundManagement roundManagement;

	@Autowired
	BoardCommands boards;

	@Autowired
	AttendanceRecord attendance;

	@Autowired
	NegotiatingTexts texts;

	@Autowired
	Communiques communiques;

	private ChromeDriverService service;
	private ChromeDriver driver;
	private WebDriverWait wait;
	private final List<String> violations = new ArrayList<>();

	@BeforeAll
	void startBrowser() {
		service = Browser.service();
		driver = Browser.start(service, 1400, 900, "--lang=en-US");
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

	private void press(CharSequence... keys) {
		new Actions(driver).sendKeys(keys).perform();
	}

	private WebElement focused() {
		return driver.switchTo().activeElement();
	}

	private void assertFocusShown(String where) {
		String problem = (String) driver.executeScript(FOCUS_SHOWN);
		if (!problem.isEmpty()) {
			fail(where + ": the focus does not show: " + problem);
		}
	}

	/** Presses Tab until the element has the focus, checking at each stop that the focus shows. */
	private void tabTo(By locator) {
		WebElement target = driver.findElement(locator);
		if (focused().equals(target)) {
			return;
		}
		for (int stop = 0; stop < 200; stop++) {
			press(Keys.TAB);
			if (focused().getTagName().equals("body")) {
				// past the last stop of the page, the focus goes to the browser and comes back at the first
				continue;
			}
			assertFocusShown("tabbing to " + locator + " on " + driver.getCurrentUrl());
			if (focused().equals(target)) {
				return;
			}
		}
		fail("Tab never reached " + locator + " on " + driver.getCurrentUrl());
	}

	/** After a step: the focus is on this element, shows, and the page breaks no rule of WCAG 2.1 A/AA. */
	private void assertLandedOn(By locator, String step) {
		assertThat(focused()).as(step + ": the focus lands where the change shows, " + locator)
			.isEqualTo(driver.findElement(locator));
		assertFocusShown(step);
		Browser.screenshot(driver, "keyboard-" + step.replaceAll("[^A-Za-z0-9]+", "-"));
		violations.addAll(AxeCheck.violations(driver, step));
	}

	private void logIn(String username) {
		driver.manage().deleteAllCookies();
		driver.get(url("/login?lang=en"));
		tabTo(By.id("username"));
		press(username, Keys.TAB, Fixtures.PASSWORD, Keys.ENTER);
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
	}

	@Test
	void runsARoundsCycleWithTheKeyboardOnly() {
		String coChair = fixtures.account(Role.CO_CHAIR, Institution.OSCE, null);
		logIn(coChair);

		// the skip link is the first stop, shows when reached, and leads past the navigation
		driver.get(url("/rounds"));
		press(Keys.TAB);
		assertThat(focused().getAttribute("href")).endsWith("#main");
		assertFocusShown("the skip link");
		assertThat(focused().getRect().getWidth()).as("the skip link shows when it has the focus").isGreaterThan(20);
		Browser.screenshot(driver, "keyboard-skip-link");
		press(Keys.ENTER, Keys.TAB);
		assertThat((Boolean) driver.executeScript("return document.activeElement.closest('#main') !== null;"))
			.as("after the skip link, Tab goes on in the main content, not the navigation").isTrue();

		int number = convene();
		recordAPresence(number);
		giveTheFloor(number);
		stateAStance();
		logIn(coChair);
		approveTheCommunique(number);
		assertThat(violations).as(String.join("\n", violations)).isEmpty();
	}

	/**
	 * Circulating, revealing the stances and freezing a text each ask first, saying what will happen; declining
	 * changes nothing; once done, the notice (where the focus lands) says what was done.
	 */
	@Test
	void asksBeforeCirculatingRevealingOrFreezingAndSaysWhatWasDone() {
		Viewer un = fixtures.coChair(Institution.UN);
		UUID text = texts.create(un, new NegotiatingTexts.NewText("GID/KEYS/" + UUID.randomUUID().toString()
			.substring(0, 6), "A text revealed and frozen with the keyboard", null, null, Audience.allParticipants(),
				List.of("GE", "RU"))).id();
		texts.addProvision(un, text);
		UUID wording = texts.propose(un, text, "para_1", new NegotiatingTexts.NewWording(
				"The participants [reaffirm] their commitment.", null, null, false));
		texts.circulate(un, text);
		texts.state(fixtures.participant("GE"), text, wording, org.mediationdesk.texts.StanceKind.ACCEPT, null);
		logIn(fixtures.account(Role.CO_CHAIR, Institution.EU, null));
		driver.get(url("/texts/" + text));

		tabTo(By.id("action-reveal"));
		press(Keys.ENTER);
		org.openqa.selenium.Alert question = wait.until(ExpectedConditions.alertIsPresent());
		assertThat(question.getText()).startsWith("Reveal every stance?").contains("even if not all groups have stated");
		question.dismiss();
		assertThat(driver.findElements(By.cssSelector("#flash .alert"))).as("declined: nothing was done").isEmpty();
		press(Keys.ENTER);
		wait.until(ExpectedConditions.alertIsPresent()).accept();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#flash .alert")));
		assertLandedOn(By.cssSelector("#flash .alert"), "revealed the stances");
		assertThat(focused().getText()).startsWith("Every stance stated so far is revealed");

		tabTo(By.id("circulate"));
		press(Keys.ENTER);
		assertThat(wait.until(ExpectedConditions.alertIsPresent()).getText()).startsWith("Circulate Rev. 2");
		driver.switchTo().alert().accept();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("flash"), "Rev. 2 circulated"));
		assertLandedOn(By.cssSelector("#flash .alert"), "circulated Rev. 2");
		assertThat(focused().getText()).isEqualTo("Rev. 2 circulated to everyone who reads the text; the stances of"
				+ " 2 groups are awaited.");

		tabTo(By.id("action-freeze"));
		press(Keys.ENTER);
		question = wait.until(ExpectedConditions.alertIsPresent());
		assertThat(question.getText()).startsWith("Freeze the text for consultation?");
		question.accept();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("flash"), "frozen"));
		assertLandedOn(By.cssSelector("#flash .alert"), "froze the text");
		assertThat(focused().getText()).startsWith("The text is frozen for consultation");
		assertThat(violations).as(String.join("\n", violations)).isEmpty();
	}

	/** Opens the form to convene a round, types today's date, and sends it; the round's page says it was convened. */
	private int convene() {
		driver.get(url("/rounds"));
		tabTo(By.cssSelector("#convene summary"));
		press(Keys.ENTER);
		press(Keys.TAB);
		assertThat(focused().getAttribute("id")).isEqualTo("start");
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		// Chromium's date field in American English: month, day, year
		press(String.format("%02d%02d%d", today.getMonthValue(), today.getDayOfMonth(), today.getYear()));
		assertThat(focused().getAttribute("value")).isEqualTo(today.toString());
		// Enter in the field sends the form (the next Tab stop would be the date field's own calendar button, which
		// Chromium rings inside the field, out of reach of the check)
		press(Keys.ENTER);
		wait.until(ExpectedConditions.urlMatches("/rounds/\\d+$"));
		int number = Integer.parseInt(driver.getCurrentUrl().replaceAll(".*/rounds/(\\d+)$", "$1"));
		assertLandedOn(By.cssSelector("#flash .alert"), "convened round " + number);
		assertThat(focused().getText()).contains("convened");
		return number;
	}

	/** Chooses a group with the arrows in the second working group's form and records it present. */
	private void recordAPresence(int number) {
		driver.get(url("/rounds/" + number + "/attendance"));
		tabTo(By.id("group-WORKING_GROUP_II"));
		press(Keys.ARROW_DOWN);
		String group = new Select(focused()).getFirstSelectedOption().getText();
		tabTo(By.cssSelector("#record-WORKING_GROUP_II button[value=PRESENT]"));
		press(Keys.ENTER);
		wait.until(ExpectedConditions.urlContains("#record-WORKING_GROUP_II"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("attendance"), group + " present"));
		assertLandedOn(By.id("record-WORKING_GROUP_II"), "recorded a presence in round " + number);
		assertThat(focused().getText()).contains("Recorded.");
	}

	/**
	 * Gives the floor from the board of the second working group to the group that asked for it; then, while the
	 * board is watched, a walkout and the floor given to another group are announced in its live region.
	 */
	private void giveTheFloor(int number) {
		Viewer secretariat = fixtures.secretariat();
		UUID meeting = rounds.meetings(secretariat, number).stream()
			.filter(m -> m.kind() == MeetingKind.WORKING_GROUP_II)
			.findFirst()
			.orElseThrow()
			.id();
		boards.setCurrentItem(secretariat, meeting, "IDP", LanguageCode.EN);
		boards.ask(fixtures.participant("GE"), meeting, LanguageCode.EN);
		driver.get(url("/rounds/" + number + "/meetings/" + meeting + "/board"));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("board-live-status")));
		tabTo(By.id("give-floor"));
		press(Keys.ENTER);
		wait.until(ExpectedConditions.urlContains("#board-speakers"));
		String tbilisi = fixtures.group("GE").label();
		wait.until(ExpectedConditions.textToBe(By.id("current-speaker-name"), tbilisi));
		assertLandedOn(By.id("board-speakers"), "gave the floor in round " + number);

		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("board-live-status")));
		// a group that the keyboard did not record: its presence, then its walkout
		String sukhumi = fixtures.group("AB").label();
		for (AttendanceKind kind : List.of(AttendanceKind.PRESENT, AttendanceKind.WALKED_OUT)) {
			attendance.record(secretariat, number, new NewAttendance(meeting, fixtures.group("AB").id(), kind,
					LocalDate.now(ZoneOffset.UTC), null, null, null));
		}
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("board-announcer"), sukhumi + " walked out"));
		boards.ask(fixtures.participant("US"), meeting, LanguageCode.EN);
		boards.next(secretariat, meeting, LanguageCode.EN);
		String abroad = fixtures.group("US").label();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("board-announcer"), abroad + " has the floor."));
		WebElement announcer = driver.findElement(By.id("board-announcer"));
		assertThat(announcer.getAttribute("aria-live")).isEqualTo("polite");
		assertThat(announcer.getText()).as("said once, not again with every update").doesNotContain("walked out");
	}

	/** A participant chooses a stance with the arrows and states it; the matrix updates in place, focus stays. */
	private void stateAStance() {
		Viewer coChair = fixtures.coChair(Institution.UN);
		UUID text = texts.create(coChair, new NegotiatingTexts.NewText("GID/KEYS/" + UUID.randomUUID().toString()
			.substring(0, 6), "A text stated on with the keyboard", null, null, Audience.allParticipants(),
				List.of("GE", "RU"))).id();
		texts.addProvision(coChair, text);
		UUID wording = texts.propose(coChair, text, "para_1", new NegotiatingTexts.NewWording(
				"The participants [reaffirm] their commitment.", null, null, false));
		texts.circulate(coChair, text);
		logIn(fixtures.account(Role.PARTICIPANT, null, "GE"));
		driver.get(url("/texts/" + text));
		tabTo(By.id("stance-" + wording));
		press(Keys.ARROW_DOWN);
		String chosen = new Select(focused()).getFirstSelectedOption().getText();
		tabTo(By.id("state-" + wording));
		press(Keys.ENTER);
		wait.until(ExpectedConditions.textToBe(By.cssSelector("td[data-group=GE]"), chosen));
		assertLandedOn(By.id("state-" + wording), "stated a stance");
	}

	/** A co-chair approves the round's communiqué from its page; the approval shows where the focus lands. */
	private void approveTheCommunique(int number) {
		Viewer coChair = fixtures.coChair(Institution.EU);
		// a communiqué is drafted for a round that was held, and approved once nothing in it is left to write
		roundManagement.change(fixtures.viewer(Role.SECRETARIAT, null, null), number, RoundAction.MARK_HELD, null);
		CommuniqueDrafts.draftReady(communiques, coChair, number);
		driver.get(url("/rounds/" + number + "/communique"));
		tabTo(By.id("approve"));
		press(Keys.ENTER);
		wait.until(ExpectedConditions.urlContains("#approvals"));
		assertLandedOn(By.id("approvals"), "approved the communiqué of round " + number);
		assertThat(driver.findElement(By.id("approval-osce")).getText()).contains("approved by");
	}
}
