package org.tamar.test.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Selenium, for browser tests of the pages.
 *
 * <p>Without Chromium installed, browser tests are skipped, except when {@code CI=true}: there they
 * fail, so CI never passes without them.
 */
public final class Browser implements AutoCloseable {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private final WebDriver driver;
  private final String baseUrl;

  private Browser(WebDriver driver, String baseUrl) {
    this.driver = driver;
    this.baseUrl = baseUrl;
  }

  /** Starts a fresh browser profile against the application at {@code http://localhost:port}. */
  public static Browser open(int port) {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!installed && "true".equals(System.getenv("CI"))) {
      throw new IllegalStateException("Chromium and chromedriver are required in CI: apt-get install chromium chromium-driver");
    }
    Assumptions.assumeTrue(installed, "Debian chromium and chromium-driver are not installed");

    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    // The background-networking flags stop Chromium from calling Google services, which this
    // machine's closed network refuses.
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,1024");
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
    return new Browser(driver, "http://localhost:" + port);
  }

  public WebDriver driver() {
    return driver;
  }

  /** Opens a path of the application, such as {@code /booking?lang=zh-HK}. */
  public Browser visit(String path) {
    driver.get(baseUrl + path);
    return this;
  }

  public WebElement find(By by) {
    return driver.findElement(by);
  }

  public List<WebElement> findAll(By by) {
    return driver.findElements(by);
  }

  /**
   * Clicks a link or button that loads a new page, and waits until that page has loaded. A marker
   * set on the old page's window distinguishes the two pages, so no element of the old page is
   * touched while Chromium replaces it.
   */
  public void clickAndWaitForNewPage(By target) {
    JavascriptExecutor script = (JavascriptExecutor) driver;
    script.executeScript("window.tamarOldPage = true;");
    driver.findElement(target).click();
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .ignoring(WebDriverException.class)
        .until(
            current ->
                Boolean.TRUE.equals(
                    script.executeScript(
                        "return window.tamarOldPage === undefined"
                            + " && document.readyState === 'complete';")));
  }

  public String heading() {
    return driver.findElement(By.tagName("h1")).getText();
  }

  public String pageText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  /** Checks the current page with axe-core (WCAG 2.x A and AA rules) and fails on any violation. */
  public void assertAccessible() {
    Results results =
        new AxeBuilder()
            .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
            .analyze(driver);
    String violations =
        results.getViolations().stream().map(Browser::describe).collect(Collectors.joining("\n"));
    assertThat(violations).as("axe-core violations on %s", driver.getCurrentUrl()).isEmpty();
  }

  private static String describe(Rule rule) {
    String targets =
        rule.getNodes().stream()
            .map(node -> String.valueOf(node.getTarget()))
            .collect(Collectors.joining(", "));
    return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at " + targets;
  }

  @Override
  public void close() {
    driver.quit();
  }
}
