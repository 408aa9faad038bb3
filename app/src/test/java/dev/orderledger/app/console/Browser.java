package dev.orderledger.app.console;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.events.EventFiringDecorator;
import org.openqa.selenium.support.events.WebDriverListener;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

/**
 * A real browser for the console's tests: Debian's Chromium, headless, driven through its chromedriver
 * ({@code .ci/run} installs both when they are missing). Each {@code Browser} is a person of their own: its
 * own profile and cookies. Screenshots go to {@code target/console-screenshots/} for a person to look at.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "console-screenshots");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private static final java.util.concurrent.atomic.AtomicInteger LAST = new java.util.concurrent.atomic.AtomicInteger();
    /** How long a page may take to load, and an element to appear: a reconciliation replays the whole journal. */
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    /** Whether a click on this element loads a page: a link or a form's submit button, not an htmx request. */
    private static final String LOADS_A_PAGE = """
            const element = arguments[0];
            if (element.closest('[hx-get],[hx-post],[hx-put],[hx-patch],[hx-delete]')) return false;
            const link = element.closest('a[href]');
            if (link) return !link.getAttribute('href').startsWith('#');
            const button = element.closest('button,input[type=submit]');
            if (!button || button.type !== 'submit' || !button.form) return false;
            return button.formNoValidate || button.form.noValidate || button.form.checkValidity();
            """;

    private final WebDriver driver;
    private final String base;

    Browser(String base, int width, int height) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("the console's browser tests need Debian's chromium and chromium-driver "
                    + "(apt-get install chromium chromium-driver; .ci/run installs them)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // --no-sandbox: CI runs as root, where Chromium's sandbox cannot start
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=" + width + "," + height, "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver chromium = new ChromeDriver(service, options);
        chromium.manage().timeouts().pageLoadTimeout(PATIENCE);
        this.driver = new EventFiringDecorator<WebDriver>(new WaitsForThePageAClickLoads(chromium)).decorate(chromium);
        this.base = base;
    }

    void open(String path) {
        driver.get(base + path);
    }

    String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    String title() {
        return driver.getTitle();
    }

    /** The element, once the page shows it. */
    WebElement find(By by) {
        return new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /**
     * Marks the page the browser shows now; {@link #samePage} then tells whether it is still that page, so that
     * a test can tell a part swapped in place (htmx) from a page loaded anew.
     */
    void markPage() {
        ((JavascriptExecutor) driver).executeScript("window.consoleTestMark = true;");
    }

    boolean samePage() {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript("return window.consoleTestMark === true;"));
    }

    /** Fills the sign-in form and sends it, as a person would. */
    void signIn(String login, String password) {
        open("/console/login");
        find(By.id("login")).sendKeys(login);
        find(By.id("password")).sendKeys(password);
        find(By.cssSelector("main form button[type=submit]")).click();
    }

    /**
     * The accessibility rules the page breaks, as axe-core (a WebJar of the tests) finds them with the WCAG 2 A
     * and AA rules (labels, contrast, names of controls, landmarks...): one line per rule broken, naming the
     * first elements at fault; empty when the page passes.
     */
    @SuppressWarnings("unchecked")
    List<String> accessibilityProblems() {
        JavascriptExecutor page = (JavascriptExecutor) driver;
        page.executeScript(AXE.get());
        Object found = page.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa']}})
                    .then(result => done(result.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
                        + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))))
                    .catch(failed => done(['axe did not run: ' + failed]));
                """);
        return (List<String>) found;
    }

    /** axe-core's script, read once from its WebJar. */
    private static final java.util.function.Supplier<String> AXE = new java.util.function.Supplier<>() {
        private volatile String script;

        @Override
        public String get() {
            if (script == null) {
                script = webJar("axe-core", "axe.min.js");
            }
            return script;
        }
    };

    private static String webJar(String name, String file) {
        ClassLoader loader = Browser.class.getClassLoader();
        try (var properties = loader.getResourceAsStream("META-INF/maven/org.webjars.npm/" + name + "/pom.properties")) {
            java.util.Properties pom = new java.util.Properties();
            pom.load(properties);
            try (var script = loader.getResourceAsStream("META-INF/resources/webjars/" + name + "/" + pom.getProperty("version")
                    + "/" + file)) {
                return new String(script.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
        } catch (IOException | NullPointerException missing) {
            throw new IllegalStateException("the tests need the WebJar " + name + " on their classpath", missing);
        }
    }

    /** Saves what the browser shows now as {@code target/console-screenshots/<name>.png}. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path shot = SCREENSHOTS.resolve(name + ".png");
            Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), shot,
                    StandardCopyOption.REPLACE_EXISTING);
            return shot;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves the page the browser ended on, as {@code last-<n>.png} and its HTML beside it: what a failed test saw. */
    private void keepLastPage() {
        try {
            Path shot = screenshot("last-" + LAST.incrementAndGet());
            Files.writeString(shot.resolveSibling(shot.getFileName().toString().replace(".png", ".html")), driver.getPageSource());
        } catch (RuntimeException | IOException unavailable) {
            // the browser is gone already: nothing to keep
        }
    }

    /**
     * Makes a click that loads a page return once the page it leads to is there, as a person waits for it:
     * WebDriver's click may return before the browser has even left the page, and a test would then read
     * the page it left (an element not there yet, or the message of the previous submission).
     */
    private static final class WaitsForThePageAClickLoads implements WebDriverListener {

        private final ChromeDriver chromium;
        private WebElement leaving;

        WaitsForThePageAClickLoads(ChromeDriver chromium) {
            this.chromium = chromium;
        }

        @Override
        public void beforeClick(WebElement element) {
            leaving = Boolean.TRUE.equals(chromium.executeScript(LOADS_A_PAGE, element))
                    ? chromium.findElement(By.tagName("html")) : null;
        }

        @Override
        public void afterClick(WebElement element) {
            if (leaving != null) {
                WebDriverWait wait = new WebDriverWait(chromium, PATIENCE);
                wait.until(ExpectedConditions.stalenessOf(leaving));
                wait.until(loaded -> "complete".equals(chromium.executeScript("return document.readyState;")));
                leaving = null;
            }
        }
    }

    @Override
    public void close() {
        keepLastPage();
        driver.quit();
    }
}
