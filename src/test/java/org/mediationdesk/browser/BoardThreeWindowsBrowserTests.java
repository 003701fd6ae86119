package org.mediationdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mediationdesk.Fixtures;
import org.mediationdesk.IntegrationTest;
import org.mediationdesk.board.BoardCommands;
import org.mediationdesk.identity.Role;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.participants.GroupView;
import org.mediationdesk.participants.ParticipantDirectory;
import org.mediationdesk.process.MeetingKind;
import org.mediationdesk.process.MeetingView;
import org.mediationdesk.process.NewMeeting;
import org.mediationdesk.shared.Institution;
import org.mediationdesk.shared.LanguageCode;
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
 * The meeting room in three real headless Chromium windows: the secretariat's on the attendance page, a co-chair's
 * and a participant's on the meeting's board. A walkout the secretariat records on the attendance page reaches the
 * two boards without a reload: attributed for the co-chair (the group named), neutral for the participant (no
 * group named anywhere in the board's attendance). Then the list of speakers is driven from two windows: the
 * participant asks for the floor, the co-chair sees the request arrive and gives the floor, and the participant's
 * board shows their group speaking.
 * <p>
 * This test only shows that each update arrives, waiting a few seconds at most; it asserts no wall-clock time. That
 * an update arrives within a second is measured by {@code bench/board.sh} (200 open streams, median and p95).
 */
@ExtendWith(Browser.class)
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BoardThreeWindowsBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	org.mediationdesk.process.RoundManagement roundManagement;

	@Autowired
	BoardCommands boards;

	@Autowired
	ParticipantDirectory directory;

	@Autowired
	Clock clock;

	private final ChromeDriverService[] services = new ChromeDriverService[3];
	private final ChromeDriver[] drivers = new ChromeDriver[3];
	private ChromeDriver secretariat;
	private ChromeDriver chair;
	private ChromeDriver participant;

	@BeforeAll
	void startBrowsers() {
		for (int i = 0; i < 3; i++) {
			services[i] = Browser.service();
			drivers[i] = Browser.start(services[i]);
		}
		secretariat = drivers[0];
		chair = drivers[1];
		participant = drivers[2];
	}

	@AfterAll
	void stopBrowsers() {
		for (ChromeDriver driver : drivers) {
			if (driver != null) {
				driver.quit();
			}
		}
		for (ChromeDriverService service : services) {
			if (service != null) {
				service.stop();
			}
		}
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private static WebDriverWait waiting(ChromeDriver driver) {
		return new WebDriverWait(driver, Duration.ofSeconds(5));
	}

	private void logIn(ChromeDriver driver, String username) {
		driver.get(url("/login?lang=en"));
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD);
		driver.findElement(By.cssSelector("#login-form button[type=submit]")).click();
		new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("current-user"), username));
	}

	/** Opens the board, waits until its stream is held, and marks the window so that a reload would show. */
	private void openBoard(ChromeDriver driver, String board) {
		driver.get(url(board));
		new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("board-live-status")));
		driver.executeScript("window.boardMarker = 'not reloaded';");
	}

	private static void assertNotReloaded(ChromeDriver driver) {
		assertThat(driver.executeScript("return window.boardMarker;")).as("the page was not reloaded")
			.isEqualTo("not reloaded");
	}

	private static void click(ChromeDriver driver, WebElement element) {
		driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		element.click();
	}

	private static By meetingForm(UUID meetingId) {
		return By.xpath("//section[@id='record-attendance']//form[input[@name='meetingId' and @value='" + meetingId
				+ "']]");
	}

	/** On the attendance page, records what a group did at the meeting, and waits for the page to say it was. */
	private void record(UUID meetingId, GroupView group, String kind) {
		WebElement form = secretariat.findElement(meetingForm(meetingId));
		new Select(form.findElement(By.name("groupId"))).selectByValue(group.id().toString());
		WebElement button = form.findElement(By.cssSelector("button[name=kind][value=" + kind + "]"));
		click(secretariat, button);
		// while the next page replaces this one, Chromium may answer "does not belong to the document" for the old
		// button instead of calling it stale: asked again, it is stale
		waiting(secretariat).ignoring(org.openqa.selenium.WebDriverException.class)
			.until(ExpectedConditions.stalenessOf(button));
		waiting(secretariat).until(driver -> driver.findElement(meetingForm(meetingId))
			.findElements(By.cssSelector("[role=status]"))
			.stream()
			.anyMatch(WebElement::isDisplayed));
	}

	@Test
	void aWalkoutRecordedByTheSecretariatReachesBothBoardsAndTheSpeakersListIsDrivenFromTwoWindows() {
		Viewer secretariatViewer = fixtures.viewer(Role.SECRETARIAT, null, null);
		LocalDate today = LocalDate.now(clock);
		int round = roundManagement.convene(secretariatViewer, today, null, null, false).number();
		MeetingView meeting = roundManagement.addMeeting(secretariatViewer, round,
				new NewMeeting(MeetingKind.PLENARY, null, today, null, null, null, List.of("GE", "RU", "US", "AB", "SO")));
		boards.setCurrentItem(secretariatViewer, meeting.id(), "IDP", LanguageCode.EN);
		String board = "/rounds/" + round + "/meetings/" + meeting.id() + "/board";
		GroupView tbilisi = directory.groupByCode("GE").orElseThrow();
		GroupView moscow = directory.groupByCode("RU").orElseThrow();

		logIn(secretariat, fixtures.account(Role.SECRETARIAT, null, null));
		logIn(chair, fixtures.account(Role.CO_CHAIR, Institution.OSCE, null));
		logIn(participant, fixtures.account(Role.PARTICIPANT, null, "GE"));
		openBoard(chair, board);
		openBoard(participant, board);
		secretariat.get(url("/rounds/" + round + "/attendance?lang=en"));

		// the secretariat seats two groups, then records the participant's group walking out
		record(meeting.id(), moscow, "PRESENT");
		record(meeting.id(), tbilisi, "PRESENT");
		waiting(chair).until(ExpectedConditions.textToBePresentInElementLocated(By.id("board-seats"),
				tbilisi.label() + " present"));
		record(meeting.id(), tbilisi, "WALKED_OUT");

		waiting(chair).until(ExpectedConditions.textToBePresentInElementLocated(By.id("board-seats"),
				tbilisi.label() + " walked out"));
		assertThat(chair.findElement(By.id("board-seats")).getText()).contains(moscow.label() + " present");
		waiting(participant).until(ExpectedConditions.textToBePresentInElementLocated(By.id("board-notes"),
				"A walkout by some participants"));
		assertNotReloaded(chair);
		assertNotReloaded(participant);
		assertThat(participant.findElements(By.id("board-seats"))).as("no attributed seats for a participant").isEmpty();
		String participantsAttendance = participant.findElement(By.id("board-attendance")).getText();
		for (GroupView group : directory.allGroups()) {
			assertThat(participantsAttendance).as("the participant's attendance names no group")
				.doesNotContain(group.label());
		}
		Browser.screenshot(secretariat, "board3-secretariat-attendance");
		Browser.screenshot(chair, "board3-co-chair-after-walkout");
		Browser.screenshot(participant, "board3-participant-after-walkout");

		// the participant asks for the floor; the co-chair's board shows the request without a reload
		click(participant, participant.findElement(By.id("ask-floor")));
		waiting(participant).until(ExpectedConditions.visibilityOfElementLocated(By.id("withdraw-floor")));
		new WebDriverWait(participant, Duration.ofSeconds(10))
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("board-live-status")));
		participant.executeScript("window.boardMarker = 'not reloaded';");
		waiting(chair).until(ExpectedConditions.textToBePresentInElementLocated(By.id("speakers-waiting"),
				tbilisi.label()));
		assertNotReloaded(chair);

		// the co-chair gives the floor; the participant's board shows their group speaking without a reload
		click(chair, chair.findElement(By.id("give-floor")));
		waiting(participant).until(ExpectedConditions.textToBePresentInElementLocated(By.id("current-speaker-name"),
				tbilisi.label()));
		assertNotReloaded(participant);
		waiting(participant).until(ExpectedConditions.presenceOfElementLocated(By.id("speaking-time")));
		String attendanceAfterwards = participant.findElement(By.id("board-attendance")).getText();
		for (GroupView group : directory.allGroups()) {
			assertThat(attendanceAfterwards).as("the participant's attendance still names no group")
				.doesNotContain(group.label());
		}
		Browser.screenshot(participant, "board3-participant-speaking");
	}
}
