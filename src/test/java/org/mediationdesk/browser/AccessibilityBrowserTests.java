package org.mediationdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mediationdesk.Fixtures;
import org.mediationdesk.IntegrationTest;
import org.mediationdesk.identity.Role;
import org.mediationdesk.platform.AccessMatrixIntegrationTests;
import org.mediationdesk.platform.AccessMatrixIntegrationTests.Rule;
import org.mediationdesk.shared.Institution;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * axe-core in real headless Chromium over every page of the access matrix, once each as a role that sees it, in
 * English at 1400 px; and over the pages used most (home, round, attendance, board, text, communiqué, search) in
 * Russian and Georgian and on a phone (390 px). No page may break a rule of WCAG 2.1 levels A and AA
 * ({@link AxeCheck#EXCLUDED} lists any rule left out, with why). One browser and one application serve it all.
 */
@ExtendWith(Browser.class)
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ApplicationContext context;

	@Autowired
	Clock clock;

	private ChromeDriverService service;
	private ChromeDriver driver;
	private WebDriverWait wait;
	private AccessibilityScene scene;
	private final Map<Role, String> accounts = new LinkedHashMap<>();
	private Role loggedIn;

	@BeforeAll
	void startBrowser() {
		service = Browser.service();
		driver = Browser.start(service, 1400, 900);
		wait = new WebDriverWait(driver, Duration.ofSeconds(15));
		scene = AccessibilityScene.build(context);
		accounts.put(Role.CO_CHAIR, fixtures.account(Role.CO_CHAIR, Institution.OSCE, null));
		accounts.put(Role.SECRETARIAT, fixtures.account(Role.SECRETARIAT, null, null));
		accounts.put(Role.PARTICIPANT, fixtures.account(Role.PARTICIPANT, null, "GE"));
		accounts.put(Role.ADMIN, fixtures.account(Role.ADMIN, null, null));
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

	/** Logs in as an account of this role ({@code null}: nobody), unless already. */
	private void as(Role role) {
		if (java.util.Objects.equals(role, loggedIn)) {
			return;
		}
		driver.manage().deleteAllCookies();
		loggedIn = role;
		if (role == null) {
			return;
		}
		driver.get(url("/login?lang=en"));
		driver.findElement(By.id("username")).sendKeys(accounts.get(role));
		driver.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD);
		driver.findElement(By.cssSelector("#login-form button[type=submit]")).click();
		// on a phone the navigation is folded away: the logout button is there, not shown
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
	}

	/**
	 * Who looks at a page: the widest view among those who see it. The co-chairs see every control of a round (its
	 * forms, the recording of attendance, approving); the login pages and an invitation are for whoever is not logged
	 * in; a participant's pages are a participant's.
	 */
	private static Role viewerOf(String pattern, Rule rule) {
		if (pattern.startsWith("/login") || rule == Rule.INVITATION) {
			return null;
		}
		return switch (rule) {
			case ADMIN -> Role.ADMIN;
			case PARTICIPANT, MEETING_PARTICIPANT, NOTIFICATION_OWNER, CONDITION_HOLDER -> Role.PARTICIPANT;
			case LOGGED_IN -> pattern.equals("/formats/conditions") ? Role.PARTICIPANT : Role.CO_CHAIR;
			case FILER -> pattern.equals("/formats/conditions") ? Role.PARTICIPANT : Role.CO_CHAIR;
			default -> Role.CO_CHAIR;
		};
	}

	/** Opens a page and checks it; a page that sends elsewhere is not the page, and says so. */
	private List<String> check(String path, String label) {
		driver.get(url(path));
		String landed = URI.create(driver.getCurrentUrl()).getPath();
		String wanted = URI.create(url(path)).getPath();
		if (!landed.equals(wanted)) {
			return List.of(label + ": opened " + landed + " instead: give AccessibilityScene what this page needs");
		}
		return AxeCheck.violations(driver, label);
	}

	@Test
	void everyPageOfTheAccessMatrixBreaksNoRuleOfWcag21AA() throws Exception {
		Map<String, Rule> pages = AccessMatrixIntegrationTests.pages(context);
		assertThat(pages).as("the matrix's pages").containsKeys("/", "/rounds/{number}", "/texts/{id}",
				"/rounds/{number}/meetings/{id}/board");
		// one login per role: the pages in the order of who looks at them
		Map<Role, List<String>> byViewer = new LinkedHashMap<>();
		pages.forEach((pattern, rule) -> byViewer.computeIfAbsent(viewerOf(pattern, rule), r -> new ArrayList<>())
			.add(pattern));
		long started = System.nanoTime();
		List<String> violations = new ArrayList<>();
		int checked = 0;
		for (Map.Entry<Role, List<String>> group : byViewer.entrySet()) {
			for (String pattern : group.getValue()) {
				if (pattern.equals("/login/code")) {
					continue;
				}
				as(group.getKey());
				violations.addAll(check(scene.path(pattern) + "?lang=en", "GET " + pattern + " as "
						+ (group.getKey() == null ? "a visitor" : group.getKey()) + " (en, 1400 px)"));
				checked++;
			}
		}
		violations.addAll(secondStepOfTheLogin());
		checked++;
		// the error page, as anyone meets it: a document that is not there
		as(null);
		violations.addAll(check("/documents/" + java.util.UUID.randomUUID() + "?lang=en", "the 404 page (en, 1400 px)"));
		checked++;
		System.out.printf("axe: %d pages of the access matrix checked in %.1f s%n", checked,
				(System.nanoTime() - started) / 1e9);
		assertThat(violations).as(violations.size() + " violations of WCAG 2.1 A/AA:\n" + String.join("\n", violations))
			.isEmpty();
	}

	/**
	 * Content in another language than the page's says which: on a Russian page the English wording, title and
	 * chapeau of a text are marked English and its Russian wording Russian; a document's English version is marked
	 * English while its heading speaks the reader's language; the names of the interface languages speak their own.
	 */
	@Test
	void marksContentInAnotherLanguageWithItsLanguage() {
		as(Role.PARTICIPANT);
		driver.get(url("/texts/" + scene.text() + "?lang=ru"));
		assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ru");
		assertThat(driver.findElement(By.cssSelector(".wording[lang=en]")).getText()).contains("reaffirm");
		assertThat(driver.findElement(By.cssSelector(".wording[lang=ru]")).getText()).contains("подтверждают");
		assertThat(driver.findElement(By.cssSelector("h1 span[lang=en]")).getText())
			.isEqualTo("A statement checked for accessibility");
		assertThat(driver.findElement(By.cssSelector("p[lang=en]")).getText()).isEqualTo("The participants,");
		assertThat(driver.findElements(By.cssSelector("#language-switch a")))
			.extracting(link -> link.getAttribute("lang")).containsExactly("en", "ru", "ka");
		as(Role.CO_CHAIR);
		driver.get(url("/documents/" + scene.document() + "?lang=ka"));
		assertThat(driver.findElement(By.cssSelector(".document-text")).getAttribute("lang")).isEqualTo("en");
		assertThat(driver.findElement(By.cssSelector(".card-header")).findElements(By.xpath("ancestor-or-self::*[@lang]")))
			.as("the version's heading is in the reader's language").extracting(e -> e.getAttribute("lang"))
			.containsExactly("ka");
		driver.get(url("/?lang=en"));
	}

	/** The check can fail: an image without a text and grey on grey, put into a page, are found and named. */
	@Test
	void findsAndNamesAViolationWhereThereIsOne() {
		as(null);
		driver.get(url("/?lang=en"));
		driver.executeScript("""
				var main = document.querySelector('main');
				main.insertAdjacentHTML('afterbegin', '<img id="no-text" src="/no-such-image.png">'
					+ '<p id="faint">Faint words</p>');
				var faint = document.getElementById('faint');
				faint.style.color = '#ccc';
				faint.style.background = '#ddd';""");
		String found = String.join("\n", AxeCheck.violations(driver, "the home page, spoilt"));
		assertThat(found).contains("the home page, spoilt: rule image-alt", "#no-text", "to do:", "rule color-contrast",
				"#faint");
	}

	/** The pages used most, as whoever uses them most, in Russian and Georgian at 1400 px and in English on a phone. */
	@Test
	void theMostUsedPagesBreakNoRuleInRussianGeorgianAndOnAPhone() {
		Map<String, Role> sample = new LinkedHashMap<>();
		sample.put("/", Role.CO_CHAIR);
		sample.put("/rounds/{number}", Role.CO_CHAIR);
		sample.put("/rounds/{number}/attendance", Role.SECRETARIAT);
		sample.put("/rounds/{number}/meetings/{id}/board", Role.SECRETARIAT);
		sample.put("/texts/{id}", Role.PARTICIPANT);
		sample.put("/rounds/{number}/communique", Role.CO_CHAIR);
		sample.put("/search", null);
		long started = System.nanoTime();
		List<String> violations = new ArrayList<>();
		int checked = 0;
		try {
			for (String[] variant : new String[][] { { "ru", "1400" }, { "ka", "1400" }, { "en", "390" } }) {
				driver.manage().window().setSize(new Dimension(Integer.parseInt(variant[1]), 900));
				for (Map.Entry<String, Role> page : sample.entrySet()) {
					as(page.getValue());
					String path = scene.path(page.getKey()) + (page.getKey().equals("/search") ? "?q=round&" : "?")
							+ "lang=" + variant[0];
					violations.addAll(check(path, "GET " + page.getKey() + " as "
							+ (page.getValue() == null ? "a visitor" : page.getValue()) + " (" + variant[0] + ", "
							+ variant[1] + " px)"));
					checked++;
					if (variant[1].equals("390")) {
						Browser.screenshot(driver, "a11y-390-" + page.getKey().replaceAll("[^a-z]+", "-"));
					}
				}
			}
		}
		finally {
			driver.manage().window().setSize(new Dimension(1400, 900));
			as(null);
		}
		System.out.printf("axe: %d most used pages checked in Russian, Georgian and at 390 px in %.1f s%n", checked,
				(System.nanoTime() - started) / 1e9);
		assertThat(violations).as(violations.size() + " violations of WCAG 2.1 A/AA:\n" + String.join("\n", violations))
			.isEmpty();
	}

	/**
	 * The second step of the login, which only an account with a second factor meets: one is enrolled through its
	 * page, logged out, and logged in again up to the code.
	 */
	private List<String> secondStepOfTheLogin() throws Exception {
		String username = fixtures.account(Role.PARTICIPANT, null, "RU");
		as(null);
		driver.get(url("/login?lang=en"));
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD);
		driver.findElement(By.cssSelector("#login-form button[type=submit]")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("current-user"), username));
		driver.get(url("/profile/second-factor"));
		String secret = driver.findElement(By.id("enrolment-key")).getText().replaceAll("\\s", "");
		driver.findElement(By.id("enrol-code")).sendKeys(code(secret));
		Browser.click(driver, By.cssSelector("#enrol-form button[type=submit]"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("recovery-codes")));
		driver.manage().deleteAllCookies();
		driver.get(url("/login?lang=en"));
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD);
		driver.findElement(By.cssSelector("#login-form button[type=submit]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("code-form")));
		List<String> found = AxeCheck.violations(driver, "GET /login/code as a visitor (en, 1400 px)");
		driver.manage().deleteAllCookies();
		return found;
	}

	private String code(String secret) throws Exception {
		TimeBasedOneTimePasswordGenerator totp = new TimeBasedOneTimePasswordGenerator();
		byte[] key = base32(secret);
		return totp.generateOneTimePasswordString(new SecretKeySpec(key, totp.getAlgorithm()), clock.instant());
	}

	private static byte[] base32(String text) {
		String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
		java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
		long buffer = 0;
		int bits = 0;
		for (char c : text.toUpperCase(java.util.Locale.ROOT).replace("=", "").toCharArray()) {
			buffer = (buffer << 5) | alphabet.indexOf(c);
			bits += 5;
			if (bits >= 8) {
				bytes.write((int) (buffer >> (bits - 8)) & 0xff);
				bits -= 8;
			}
		}
		return bytes.toByteArray();
	}
}
