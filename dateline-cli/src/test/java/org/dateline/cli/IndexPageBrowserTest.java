package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page a run writes, read by a person in a real headless Chromium (Debian's). */
class IndexPageBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    static Path out;

    @BeforeAll
    static void runOnTheSummits() {
        if (!Files.isExecutable(CHROMIUM)) {
            if ("true".equals(System.getenv("CI"))) fail("CI must install Debian's chromium (.ci/run does)");
            Assumptions.abort("Chromium is not installed (apt-get install chromium): skipping the browser test");
        }
        int code = DatelineCli.execute(new PrintWriter(new StringWriter(), true), new PrintWriter(new StringWriter(), true),
                "run", Path.of("..", "examples", "summits").toString(), "--out", out.toString(), "--no-index");
        assertThat(code).isZero();
    }

    @Test
    void aPersonSeesTheTimelineAndOpensAnArticleFromItsSource() throws Exception {
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                     .setExecutablePath(CHROMIUM)
                     .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                             "--disable-component-update", "--disable-sync", "--no-first-run")))) {
            Page page = browser.newPage();
            page.navigate(out.resolve("index.html").toUri().toString());

            assertThat(page.locator("section.storyline h2").first().textContent()).isNotBlank();
            assertThat(page.content()).contains("2019-06-26");

            Locator source = page.locator("section.storyline a[href^='#']").first();
            String target = source.getAttribute("href").substring(1);
            Locator article = page.locator("[id='" + target + "']");
            source.click();
            page.waitForFunction("id => document.getElementById(id).open === true", target);
            assertThat(article.locator("p").first().isVisible()).isTrue();

            page.screenshot(new Page.ScreenshotOptions().setPath(out.resolve("index.png")).setFullPage(true));
            assertThat(Files.size(out.resolve("index.png"))).isGreaterThan(10_000);
        }
    }
}
