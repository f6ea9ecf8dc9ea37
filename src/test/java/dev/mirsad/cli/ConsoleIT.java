package dev.mirsad.cli;

import dev.mirsad.testing.BadFiles;
import dev.mirsad.testing.MirsadJar;
import dev.mirsad.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The operator's console in a real browser (headless Chromium) against serve on the packaged jar: the
 * list of nights, a failed night's page with its rejected files, and a restart from the page that
 * completes. Each page is saved as a screenshot under docs/, which the README shows.
 */
class ConsoleIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String PASSWORD = "console-test-password";
    private static final String FAILING_FILE = "zz-refused-by-the-database.txt";
    private static final Duration PATIENCE = Duration.ofMinutes(3);

    @TempDir
    Path input;
    private WebDriver browser;
    private MirsadJar.Running serve;

    @AfterEach
    void close() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (serve != null) {
            serve.terminate();
            serve.await(Duration.ofSeconds(30));
        }
    }

    @Test
    void anOperatorSeesAFailedNightWithItsRejectedFilesAndRestartsItFromThePage() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "the console's browser test needs Debian's Chromium: apt-get install chromium chromium-driver");
        BadFiles.writeTo(input);
        Files.copy(Path.of("input/seeds/000_9503a997efecff43.txt"), input.resolve("good.txt"));
        Files.copy(Path.of("input/seeds/001_6c22a9322c8a761d.txt"), input.resolve(FAILING_FILE));
        TestDatabase database = TestDatabase.fresh();
        int port = MirsadJar.freePort();
        MirsadJar jar = new MirsadJar(Map.of("SPRING_DATASOURCE_URL", database.url(),
                "SPRING_DATASOURCE_USERNAME", "root", "SPRING_DATASOURCE_PASSWORD", "",
                "SERVER_PORT", Integer.toString(port), "MIRSAD_CONSOLE_PASSWORD", PASSWORD,
                "MIRSAD_INPUTS", input.toString(), "MIRSAD_CHUNKSIZE", "2",
                "MIRSAD_SCHEDULE", "0 0 3 1 1 *"));
        assertThat(jar.run("status").exitCode()).as("creates the schema").isZero();
        JdbcTemplate jdbc = database.jdbc();
        // The database refuses one article, as a failing disk or constraint would: the night fails there.
        jdbc.execute("CREATE TRIGGER refuse_one_file BEFORE INSERT ON article FOR EACH ROW BEGIN"
                + " IF NEW.file_name = '" + FAILING_FILE + "' THEN"
                + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'refused for the test'; END IF; END");
        serve = jar.start("serve");
        String base = "http://127.0.0.1:" + port;
        awaitUp(base);
        browser = chromium();

        browser.get(base + "/");
        assertThat(browser.findElement(By.id("nights")).getText()).contains("No night has run yet.");
        browser.findElement(By.id("run-last-night")).click();
        assertThat(browser.getCurrentUrl()).as("an action asks for the credential").contains("/login");
        browser.findElement(By.id("username")).sendKeys("operator");
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        browser.findElement(By.id("run-last-night")).click();
        awaitPage(base + "/", text -> text.contains("FAILED"));

        browser.findElement(By.linkText("1")).click();
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("FAILED");
        String rejected = browser.findElement(By.id("rejected")).getText();
        assertThat(rejected).contains("ENCRYPTED").contains("EMPTY_TEXT");
        screenshot("console-failed-night.png");

        jdbc.execute("DROP TRIGGER refuse_one_file");
        browser.findElement(By.id("restart")).click();
        awaitPage(base + "/", text -> text.contains("COMPLETED"));
        assertThat(browser.findElement(By.id("nights")).getText()).contains("FAILED").contains("COMPLETED");
        screenshot("console-nights.png");
        browser.findElement(By.linkText("2")).click();
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("COMPLETED");
        assertThat(browser.findElement(By.id("steps")).getText()).as("the scan was done by the failed execution")
                .contains("importStep").contains("summaryStep").doesNotContain("scanStep");
        screenshot("console-night.png");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM v_article_source WHERE file_name = ?", Long.class,
                FAILING_FILE)).as("the restarted night took the refused file").isOne();
    }

    private WebDriver chromium() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,860");
        ChromeDriverService driver = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver chrome = new ChromeDriver(driver, options);
        chrome.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        return chrome;
    }

    /** Reloads the page until its text shows what is awaited (a night's page reloads itself too). */
    private void awaitPage(String url, Predicate<String> shown) throws InterruptedException {
        Instant end = Instant.now().plus(PATIENCE);
        while (true) {
            browser.get(url);
            String text = browser.findElement(By.tagName("body")).getText();
            if (shown.test(text)) {
                return;
            }
            assertThat(Instant.now()).as("the page never showed what was awaited:\n" + text).isBefore(end);
            Thread.sleep(500);
        }
    }

    private static void awaitUp(String base) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Instant end = Instant.now().plus(PATIENCE);
        while (true) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // serve is still starting
            }
            assertThat(Instant.now()).as("serve did not start").isBefore(end);
            Thread.sleep(200);
        }
    }

    private void screenshot(String name) throws IOException {
        Files.write(Path.of("docs", name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
