package com.maiagentgateway.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by its chromedriver, a fresh profile per browser,
 * 1280×800 as an admin's laptop. No Selenium Manager: nothing is downloaded.
 */
public final class Browser implements AutoCloseable {

    static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");

    /** One browser per language for the whole run, by its languages; the JVM's end closes them. */
    private static final Map<String, Browser> SHARED = new ConcurrentHashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> SHARED.values().forEach(Browser::close)));
    }

    private final ChromeDriver driver;
    private final Path profile;
    private final Path screenshots;
    private final Path downloads;

    public Browser() {
        this("en-US");
    }

    /** A browser whose languages are these (its Accept-Language), as a user set them: "zh-TW,zh", "ja". */
    public Browser(String languages) {
        try {
            profile = Files.createTempDirectory("maiagent-chromium-");
            downloads = Files.createDirectories(profile.resolve("downloads"));
            screenshots = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
            Files.createDirectories(screenshots);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=1280,800", "--lang=" + languages.split(",")[0],
                "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false, "intl.accept_languages", languages));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    /**
     * The run's browser of these languages (starting one costs about 2 s), as the last class left it but for what one
     * class must not see of another's: no cookies (so no session), no downloads, no dialog open. Browser classes run
     * one after another; a browser from here is never closed by its user.
     */
    public static Browser shared(String languages) {
        Browser browser = SHARED.computeIfAbsent(languages, Browser::new);
        try {
            browser.driver.switchTo().alert().dismiss();
        } catch (NoAlertPresentException none) {
            // as it should be
        }
        browser.driver.manage().deleteAllCookies();
        browser.clearDownloads();
        return browser;
    }

    /** Where the browser saves downloads (inside its temporary profile). */
    public Path downloads() {
        return downloads;
    }

    /** Empties the downloads directory, so that a test sees only what it downloads itself. */
    public void clearDownloads() {
        try (var files = Files.list(downloads)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public Browser open(String url) {
        driver.get(url);
        return this;
    }

    public WebElement find(By by) {
        return waitFor().until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public String text(By by) {
        return find(by).getText();
    }

    public void type(By by, String text) {
        WebElement field = find(by);
        field.clear();
        field.sendKeys(text);
    }

    /**
     * Waits, asking again when the page was being replaced under the question: a form post or an
     * ajax update can detach the element between finding and reading it, which Chromium reports as
     * a stale element or as "Node with given id does not belong to the document". A wait that never
     * comes true still fails, with the last such error as its cause.
     */
    public WebDriverWait waitFor() {
        // Asked every 50 ms, not Selenium's default 500: most waits are for an ajax answer that takes tens of ms.
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15), Duration.ofMillis(50));
        wait.ignoring(StaleElementReferenceException.class);
        wait.ignoring(WebDriverException.class);
        return wait;
    }

    /** Keeps what the page looks like now under target/screenshots, for people to look at. */
    public Path screenshot(String name) {
        try {
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Path target = screenshots.resolve(name + ".png");
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profile);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp profile left behind is harmless
        }
    }
}
