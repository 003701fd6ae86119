package org.mediationdesk.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Real headless Chromium for browser tests: Debian's chromium and chromedriver, given explicitly so that no
 * download is attempted. Without them the tests are skipped with a message, unless
 * {@code MEDIATIONDESK_REQUIRE_BROWSER=true} (set by CI), which makes them fail instead.
 */
public final class Browser implements ExecutionCondition {

	static final String CHROMIUM = System.getenv().getOrDefault("CHROMIUM_BIN", "/usr/bin/chromium");
	static final String CHROMEDRIVER = System.getenv().getOrDefault("CHROMEDRIVER_BIN", "/usr/bin/chromedriver");

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER))) {
			return ConditionEvaluationResult.enabled("Chromium found at " + CHROMIUM);
		}
		String message = "Chromium or ChromeDriver missing (" + CHROMIUM + ", " + CHROMEDRIVER
				+ "); install them with: apt-get install -y chromium chromium-driver";
		if ("true".equalsIgnoreCase(System.getenv("MEDIATIONDESK_REQUIRE_BROWSER"))) {
			throw new IllegalStateException(message + ". MEDIATIONDESK_REQUIRE_BROWSER=true, so this fails.");
		}
		return ConditionEvaluationResult.disabled(message);
	}

	static ChromeDriverService service() {
		return new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
	}

	static ChromeDriver start(ChromeDriverService service) {
		return start(service, 1280, 900);
	}

	/**
	 * A browser with a window of this size (390 wide is a phone held upright) and these further arguments
	 * ({@code --lang=en-US}: the order in which a date is typed).
	 */
	static ChromeDriver start(ChromeDriverService service, int width, int height, String... arguments) {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=" + width + "," + height);
		options.addArguments(arguments);
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		return driver;
	}

	/**
	 * Clicks an element once it stands still in the middle of the window: Bootstrap scrolls smoothly, and a click
	 * while the page still moves lands on whatever passes under the pointer.
	 */
	static void click(ChromeDriver driver, By locator) {
		WebElement element = driver.findElement(locator);
		driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		element.click();
	}

	static void screenshot(ChromeDriver driver, String name) {
		try {
			Path target = Path.of("target/screenshots", name + ".png");
			Files.createDirectories(target.getParent());
			Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target,
					java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}
}
