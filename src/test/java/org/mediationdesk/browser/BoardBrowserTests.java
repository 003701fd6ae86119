package org.mediationdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

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
import org.mediationdesk.identity.Role;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.participants.ParticipantDirectory;
import org.mediationdesk.process.MeetingKind;
import org.mediationdesk.process.MeetingView;
import org.mediationdesk.process.NewMeeting;
import org.mediationdesk.process.RoundRecord;
import org.mediationdesk.shared.Institution;
import org.mediationdesk.shared.LanguageCode;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In two real headless Chromium windows, a co-chair's and a participant's, on the same meeting's board: a walkout
 * recorded elsewhere appears on both without a reload (attributed for the co-chair, neutral for the participant),
 * and the list of speakers is driven from the two windows, each seeing the other's step without reloading.
 */
@ExtendWith(Browser.class)
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BoardBrowserTests {

	/** A round of the reference record that no other test reads meeting by meeting. */
	private static final int ROUND = 22;

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	RoundRecord rounds;

	@Autowired
	org.mediationdesk.process.RoundManagement roundManagement;

	@Autowired
	AttendanceRecord attendance;

	@Autowired
	BoardCommands boards;

	@Autowired
	ParticipantDirectory directory;

	private ChromeDriverService chairService;
	private ChromeDriverService participantService;
	private ChromeDriver chair;
	private ChromeDriver participant;

	@BeforeAll
	void startBrowsers() {
		chairService = Browser.service();
		participantService = Browser.service();
		chair = Browser.start(chairService);
		participant = Browser.start(participantService);
	}

	@AfterAll
	void stopBrowsers() {
		for (ChromeDriver driver : new ChromeDriver[] { chair, participant }) {
			if (driver != null) {
				driver.quit();
			}
		}
		for (ChromeDriverService service : new ChromeDriverService[] { chairService, participantService }) {
			if (service != null) {
				service.stop();
			}
		}
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private static WebDriverWait waiting(ChromeDriver driver) {
		return new WebDriverWait(driver, Duration.ofSeconds(10));
	}

	private void logIn(ChromeDriver driver, String username) {
		driver.get(url("/login?lang=en"));
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD);
		driver.findElement(By.cssSelector("#login-form button[type=submit]")).click();
		waiting(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("current-user"), username));
	}

	/** Opens the board, waits until its stream is held, and marks the window so that a reload would show. */
	private void openBoard(ChromeDriver driver, String board) {
		driver.get(url(board));
		waiting(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("board-live-status")));
		driver.executeScript("window.boardMarker = 'not reloaded';");
	}

	private static void assertNotReloaded(ChromeDriver driver) {
		assertThat(driver.executeScript("return window.boardMarker;")).as("the page was not reloaded")
			.isEqualTo("not reloaded");
	}

	private static void click(ChromeDriver driver, By locator) {
		Browser.click(driver, locator);
	}

	@Test
	void updatesBothBoardsWithoutReloadAttributedForTheCoChairNeutralForTheParticipant() {
		Viewer secretariat = fixtures.viewer(Role.SECRETARIAT, null, null);
		MeetingView meeting = roundManagement.addMeeting(secretariat, ROUND, new NewMeeting(MeetingKind.PLENARY, null,
				rounds.round(secretariat, ROUND).startDate(), null, null, null, List.of("GE", "RU", "US", "AB", "SO")));
		boards.setCurrentItem(secretariat, meeting.id(), "IDP", LanguageCode.EN);
		String board = "/rounds/" + ROUND + "/meetings/" + meeting.id() + "/board";
		logIn(chair, fixtures.account(Role.CO_CHAIR, Institution.OSCE, null));
		logIn(participant, fixtures.account(Role.PARTICIPANT, null, "GE"));
		openBoard(chair, board);
		openBoard(participant, board);
		String moscow = directory.groupByCode("RU").orElseThrow().label();
		String tbilisi = directory.groupByCode("GE").orElseThrow().label();

		for (AttendanceKind kind : List.of(AttendanceKind.PRESENT, AttendanceKind.WALKED_OUT)) {
			attendance.record(secretariat, ROUND, new NewAttendance(meeting.id(),
					directory.groupByCode("RU").orElseThrow().id(), kind, meeting.heldOn(), null, null, null));
		}
		waiting(chair).until(ExpectedConditions.textToBePresentInElementLocated(By.id("board-seats"),
				moscow + " walked out"));
		waiting(participant).until(ExpectedConditions.textToBePresentInElementLocated(By.id("board-notes"),
				"A walkout by some participants"));
		assertNotReloaded(chair);
		assertNotReloaded(participant);
		assertThat(participant.findElement(By.id("board")).getText()).doesNotContain(moscow);
		Browser.screenshot(chair, "board-co-chair-after-walkout");
		Browser.screenshot(participant, "board-participant-after-walkout");

		// the participant asks for the floor; the co-chair's board shows it without a reload
		click(participant, By.id("ask-floor"));
		waiting(participant).until(ExpectedConditions.visibilityOfElementLocated(By.id("withdraw-floor")));
		waiting(participant).until(ExpectedConditions.visibilityOfElementLocated(By.id("board-live-status")));
		participant.executeScript("window.boardMarker = 'not reloaded';");
		waiting(chair).until(ExpectedConditions.textToBePresentInElementLocated(By.id("speakers-waiting"), tbilisi));
		assertNotReloaded(chair);

		// the co-chair gives the floor; the participant's board shows their group speaking without a reload
		click(chair, By.id("give-floor"));
		waiting(participant).until(ExpectedConditions.textToBePresentInElementLocated(By.id("current-speaker-name"),
				tbilisi));
		assertNotReloaded(participant);
		waiting(participant).until(ExpectedConditions.presenceOfElementLocated(By.id("speaking-time")));
		Browser.screenshot(participant, "board-participant-speaking");
	}
}
