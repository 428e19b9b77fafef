package gongkai.web;

import gongkai.report.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The search page in a real headless Chromium: search, facet, figure filter, report view,
 * a shared link reopened in a new browser, and hostile text shown as text everywhere.
 * Chromium and chromedriver are required: without them this test fails, it does not skip.
 */
class BrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final String PHRASE = "人口普查";
    /** The script elements of web/index.html: ECharts, views, facets, chart, toolbar, report, agency, diff, leads, app. */
    static final int PAGE_SCRIPTS = 10;

    @TempDir
    static Path tmp;

    @RegisterExtension
    static final TestServer server = TestServer.samples();

    @Test
    void journalistSearchesFiltersOpensAReportAndSharesTheLink() throws Exception {
        assertTrue(Files.isExecutable(CHROMIUM), "install Debian's chromium: apt-get install -y chromium chromium-driver");
        assertTrue(Files.isExecutable(CHROMEDRIVER), "install Debian's chromium-driver");
        String sharedUrl;
        List<String> sharedIds;
        WebDriver driver = newDriver("a");
        try {
            driver.get(server.base() + "/");
            waitReady(driver, null);

            // 1. A query typed into the box.
            String stamp = readyStamp(driver);
            WebElement box = driver.findElement(By.id("q"));
            box.sendKeys(PHRASE, Keys.ENTER);
            waitReady(driver, stamp);
            assertEquals(ids(r -> contains(r, PHRASE)), Set.copyOf(hitIds(driver)));
            assertHostileShownAsText(driver);
            assertTrue(driver.findElements(By.cssSelector("#facets .facet[data-dim=agency]")).stream()
                    .anyMatch(b -> b.getText().contains(SampleReports.SCRIPT)), "hostile agency is a facet label, as text");

            // 2. A facet clicked: year 2020.
            stamp = readyStamp(driver);
            driver.findElement(By.cssSelector("#facets .facet[data-dim=year][data-value='2020']")).click();
            waitReady(driver, stamp);
            assertEquals(PHRASE + " year:2020", driver.findElement(By.id("q")).getAttribute("value"));
            assertEquals(ids(r -> contains(r, PHRASE) && Integer.valueOf(2020).equals(r.year())), Set.copyOf(hitIds(driver)));

            // 3. A figure filter: penalty decisions at least 5.
            stamp = readyStamp(driver);
            driver.findElement(By.cssSelector("#ff-key option[value='penalty.decisions']")).click();
            driver.findElement(By.id("ff-min")).sendKeys("5");
            driver.findElement(By.id("ff-add")).click();
            waitReady(driver, stamp);
            Set<String> expected = ids(r -> contains(r, PHRASE) && Integer.valueOf(2020).equals(r.year())
                    && atLeast(r, "penalty.decisions", 5));
            assertFalse(expected.isEmpty());
            assertEquals(expected, Set.copyOf(hitIds(driver)));
            sharedUrl = driver.getCurrentUrl();
            sharedIds = hitIds(driver);
            screenshot(driver, "target/results.png");

            // 4. A report opened: every figure shown as the extractor read it, every missing one as missing.
            String id = sharedIds.stream().filter(i -> !i.equals(SampleReports.HOSTILE_ID)).findFirst().orElse(sharedIds.get(0));
            stamp = readyStamp(driver);
            driver.findElement(By.cssSelector(".open-report[data-id='" + id + "']")).click();
            waitReady(driver, stamp);
            assertTrue(driver.getCurrentUrl().contains("view=report") && driver.getCurrentUrl().contains("id=" + id));
            Report report = server.reports.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
            assertFiguresShown(driver, report);
            assertEquals(6, driver.findElements(By.cssSelector("#report-body section.part")).size());
            WebElement original = driver.findElement(By.cssSelector("#report-body a.original"));
            assertEquals(Path.of(report.source()).getFileName().toString(), original.getText(), "the file's name, not its path");
            assertTrue(original.getDomAttribute("href").endsWith("/api/reports/" + id + "/original"));
            screenshot(driver, "target/report.png");

            // 5. The hostile report's own view.
            driver.get(server.base() + "/?view=report&id=" + SampleReports.HOSTILE_ID);
            waitReady(driver, null);
            assertTrue(driver.findElement(By.cssSelector(".report-title")).getText().contains(SampleReports.SCRIPT));
            assertTrue(driver.findElement(By.cssSelector("[data-section=overview]")).getText().contains(SampleReports.IMG));
            assertNoInjection(driver);
        } finally {
            driver.quit();
        }

        // 6. The shared link, in a fresh browser, shows the same results in the same order.
        WebDriver other = newDriver("b");
        try {
            other.get(sharedUrl);
            waitReady(other, null);
            assertEquals(sharedIds, hitIds(other));
            assertEquals(PHRASE + " year:2020 penalty.decisions:>=5", other.findElement(By.id("q")).getAttribute("value"));
        } finally {
            other.quit();
        }
    }

    @Test
    void historyAndDiffOfHongzeShowTheFiguresOfBothReports() throws Exception {
        // Read from the two PDFs: 行政处罚 4119 (2023) and 2776 (2024); new applications 21 and 95.
        List<Report> hongze = server.reports.stream().filter(r -> HONGZE.equals(r.agencyId()))
                .sorted(java.util.Comparator.comparing(Report::year)).toList();
        assertEquals(List.of(2023, 2024), hongze.stream().map(Report::year).toList());
        WebDriver driver = newDriver("history");
        try {
            // From a hit to its agency's history.
            driver.get(server.base() + "/?q=" + java.net.URLEncoder.encode("agency_id:\"" + HONGZE + "\"", java.nio.charset.StandardCharsets.UTF_8));
            waitReady(driver, null);
            String stamp = readyStamp(driver);
            driver.findElement(By.cssSelector(".hit[data-id='" + hongze.get(1).id() + "'] .agency-link")).click();
            waitReady(driver, stamp);
            assertTrue(driver.getCurrentUrl().contains("view=agency"), driver.getCurrentUrl());
            assertEquals("4119", cell(driver, "penalty.decisions", 2023).getAttribute("data-value"));
            assertEquals("2776", cell(driver, "penalty.decisions", 2024).getAttribute("data-value"));
            assertEquals("-1343", cell(driver, "penalty.decisions", 2024).findElement(By.cssSelector(".change")).getAttribute("data-change"));
            assertEquals("95", cell(driver, "apply.new.total", 2024).getAttribute("data-value"));
            assertEquals("apply.new.total", driver.findElement(By.id("agency-chart")).getAttribute("data-figure"));
            assertFalse(driver.findElements(By.cssSelector("#agency-chart canvas")).isEmpty(), "the chart is drawn");
            assertFalse(driver.findElements(By.cssSelector("[data-section=cross-year] li[data-rule='cross_year.carried.total']")).isEmpty());
            screenshot(driver, "target/agency.png");

            // From the history to the diff of 2024 against 2023.
            stamp = readyStamp(driver);
            driver.findElement(By.cssSelector(".agency-reports .diff-link")).click();
            waitReady(driver, stamp);
            WebElement row = driver.findElement(By.cssSelector(".diff-table tr[data-key='penalty.decisions']"));
            List<WebElement> tds = row.findElements(By.tagName("td"));
            assertEquals(List.of("4119", "2776", "-1343"), tds.stream().map(td -> td.getAttribute("data-value")).toList());
            assertFalse(driver.findElements(By.cssSelector("[data-section=overview] li.change.changed ins")).isEmpty(),
                    "2023 became 2024 inside a changed sentence");
            screenshot(driver, "target/diff.png");

            // The report view's own link compares it with the year before.
            driver.get(server.base() + "/?view=report&id=" + hongze.get(1).id());
            waitReady(driver, null);
            stamp = readyStamp(driver);
            driver.findElement(By.cssSelector("#report-body .diff-link")).click();
            waitReady(driver, stamp);
            assertTrue(driver.findElement(By.cssSelector(".diff-sides .from")).getText().contains("2023"));
            assertTrue(driver.findElement(By.cssSelector(".diff-sides .to")).getText().contains("2024"));
        } finally {
            driver.quit();
        }
    }

    @Test
    void leadsListTheReportsWhoseProseContradictsTheirTablesAndTheReportQuotesTheSentence() throws Exception {
        WebDriver driver = newDriver("prose-leads");
        try {
            driver.get(server.base() + "/");
            waitReady(driver, null);
            driver.findElement(By.cssSelector("#leads summary")).click();
            By listed = By.cssSelector("#leads [data-lead='text'] li");
            waitFor(driver, listed);
            // every sample whose prose states a figure its table contradicts (see ProseChecksApiTest)
            Set<String> expected = ids(r -> r.failedChecks().stream().anyMatch(c -> c.startsWith("text.")));
            assertEquals(3, expected.size());
            Set<String> shown = new java.util.TreeSet<>();
            for (WebElement li : driver.findElements(listed)) shown.add(li.getAttribute("data-id"));
            assertEquals(expected, shown);
            String pingtan = server.reports.stream().filter(r -> r.source().endsWith("平潭综合实验区_2022.txt"))
                    .map(Report::id).findFirst().orElseThrow();
            String stamp = readyStamp(driver);
            driver.findElement(By.cssSelector("#leads [data-lead='text'] li[data-id='" + pingtan + "'] a")).click();
            waitReady(driver, stamp);
            WebElement check = driver.findElement(By.cssSelector(".failed-check[data-rule='text.apply.new.total']"));
            assertTrue(check.findElement(By.cssSelector(".check-sentence")).getText().contains("全区收到政府信息公开申请75件"),
                    check.getText());
            screenshot(driver, "target/prose-leads.png");
        } finally {
            driver.quit();
        }
    }

    @Test
    void leadsListTheLowestDisclosureRateAndTheRateFilterTakesPercent() throws Exception {
        String rate = "rate.disclosed";
        WebDriver driver = newDriver("leads");
        try {
            driver.get(server.base() + "/");
            waitReady(driver, null);
            driver.findElement(By.cssSelector("#leads summary")).click();
            By first = By.cssSelector("#leads [data-lead='" + rate + "'] li");
            waitFor(driver, first);
            screenshot(driver, "target/leads.png");
            Report lowest = server.reports.stream().filter(r -> r.figures().get(rate) != null)
                    .min(java.util.Comparator.comparing(r -> r.figures().get(rate))).orElseThrow();
            WebElement lead = driver.findElement(first);
            assertEquals(0, lowest.figures().get(rate).compareTo(new BigDecimal(
                    lead.findElement(By.cssSelector(".lead-value")).getAttribute("data-value"))), lead.getText());
            // The most-copied block is offered exactly when the field list names copy.prev_year.
            boolean listed = new String(server.get("/api/fields").body(), java.nio.charset.StandardCharsets.UTF_8)
                    .contains("\"copy.prev_year\"");
            assertEquals(listed, !driver.findElements(By.cssSelector("#leads [data-lead='copy.prev_year']")).isEmpty());
            String stamp = readyStamp(driver);
            lead.findElement(By.tagName("a")).click();
            waitReady(driver, stamp);
            assertTrue(driver.getCurrentUrl().contains("view=report"), driver.getCurrentUrl());

            // 40 with the unit % for a rate filters 公开率 ≤ 40%.
            driver.get(server.base() + "/");
            waitReady(driver, null);
            stamp = readyStamp(driver);
            driver.findElement(By.cssSelector("#ff-key option[value='" + rate + "']")).click();
            assertTrue(driver.findElement(By.id("ff-unit")).isDisplayed());
            driver.findElement(By.id("ff-max")).sendKeys("40");
            driver.findElement(By.id("ff-add")).click();
            waitReady(driver, stamp);
            assertEquals(rate + ":<=40%", driver.findElement(By.id("q")).getAttribute("value"));
            Set<String> expected = ids(r -> r.figures().get(rate) != null && r.figures().get(rate).compareTo(new BigDecimal("0.4")) <= 0);
            assertFalse(expected.isEmpty());
            assertEquals(expected, Set.copyOf(hitIds(driver)));
            screenshot(driver, "target/rate-filter.png");
        } finally {
            driver.quit();
        }
    }

    static final String HONGZE = "320813:人民政府";

    /** Every text ECharts drew in #chart as [text, inside the chart's box]; rects are in the chart's own pixels. */
    static final String CHART_TEXTS = "const c = echarts.getInstanceByDom(document.getElementById('chart'));"
            + "const w = c.getWidth(), h = c.getHeight(), out = [];"
            + "for (const e of c.getZr().storage.getDisplayList(true)) {"
            + "  if (!e.style || typeof e.style.text !== 'string' || !e.style.text) continue;"
            + "  const r = e.getBoundingRect().clone(); if (e.transform) r.applyTransform(e.transform);"
            + "  out.push([String(e.style.text), r.x >= -0.5 && r.y >= -0.5 && r.x + r.width <= w + 0.5 && r.y + r.height <= h + 0.5]);"
            + "}"
            + "return out;";

    @Test
    void everyFacetValueCountsWhatItsClickFinds() throws Exception {
        WebDriver driver = newDriver("facets");
        try {
            driver.get(server.base() + "/");
            waitReady(driver, null);
            @SuppressWarnings("unchecked")
            List<List<Object>> shown = (List<List<Object>>) ((JavascriptExecutor) driver).executeScript(
                    "return [...document.querySelectorAll('#facets .facet')].map(b => "
                            + "[b.dataset.dim, b.dataset.value, b.querySelector('.count').textContent]);");
            assertTrue(shown.size() > 20, "facet values shown: " + shown.size());
            Set<String> dims = new java.util.TreeSet<>();
            for (List<Object> facet : shown) {
                String dim = (String) facet.get(0), value = (String) facet.get(1);
                dims.add(dim);
                driver.get(server.base() + "/");
                waitReady(driver, null);
                String stamp = readyStamp(driver);
                // Clicked by script: values past the tenth sit behind "更多 more" but are on the page.
                ((JavascriptExecutor) driver).executeScript("[...document.querySelectorAll('#facets .facet')]"
                        + ".find(b => b.dataset.dim === arguments[0] && b.dataset.value === arguments[1]).click();", dim, value);
                waitReady(driver, stamp);
                String total = driver.findElement(By.id("total")).getText();
                assertTrue(total.startsWith("共 " + facet.get(2) + " 份报告"),
                        dim + "=" + value + " shows " + facet.get(2) + " but its click finds: " + total);
            }
            assertTrue(dims.containsAll(Set.of("year", "province", "agency")), dims.toString());
        } finally {
            driver.quit();
        }
    }

    @Test
    void chartLabelsStayInsideItsBoxAndYearsReadNewestFirst() throws Exception {
        String figure = "apply.new.total";
        BigDecimal total = server.reports.stream().map(r -> r.figures().get(figure)).filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        WebDriver driver = newDriver("chart");
        try {
            driver.get(server.base() + "/?chart=" + figure + "&by=year&measure=sum");
            waitReady(driver, null);
            List<Integer> years = driver.findElements(By.cssSelector("#facets .facet[data-dim=year]")).stream()
                    .map(b -> Integer.valueOf(b.getDomAttribute("data-value"))).toList();
            assertTrue(years.size() > 2, years.toString());
            assertEquals(years.stream().sorted(java.util.Comparator.reverseOrder()).toList(), years, "years newest first");

            waitFor(driver, By.cssSelector("#chart canvas"));
            waitFor(driver, By.cssSelector("#chart-table td[data-value]"));
            @SuppressWarnings("unchecked")
            List<List<Object>> texts = (List<List<Object>>) ((JavascriptExecutor) driver).executeScript(CHART_TEXTS);
            assertTrue(texts.size() > 3, String.valueOf(texts));
            for (List<Object> t : texts) assertEquals(Boolean.TRUE, t.get(1), "label cut at the chart's edge: " + t.get(0));
            // The table under the chart holds the exact values: over all years they add up to the samples' total.
            BigDecimal tableSum = driver.findElements(By.cssSelector("#chart-table td[data-value]")).stream()
                    .map(td -> td.getDomAttribute("data-value")).filter(v -> !v.isEmpty()).map(BigDecimal::new)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(0, total.compareTo(tableSum), total + " vs " + tableSum);
            ((JavascriptExecutor) driver).executeScript("document.getElementById('chart-box').scrollIntoView()");
            screenshot(driver, "target/chart.png");
        } finally {
            driver.quit();
        }
    }

    @Test
    void phoneLayoutFoldsFiltersIntoADrawerAndSlashFocusesTheSearch() throws Exception {
        String q = PHRASE + " year:2020";
        WebDriver driver = newPhoneDriver("phone");
        try {
            driver.get(server.base() + "/?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8));
            waitReady(driver, null);
            long width = (Long) ((JavascriptExecutor) driver).executeScript("return window.innerWidth");
            long scroll = (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth");
            Object wide = ((JavascriptExecutor) driver).executeScript("return [...document.querySelectorAll('body *')]"
                    + ".filter(e => e.getBoundingClientRect().right > 391 && e.getClientRects().length)"
                    + ".slice(-8).map(e => e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))");
            assertEquals(390L, width, "wider than the phone: " + wide);
            assertTrue(scroll <= width, "page wider than the phone: " + scroll + " > " + width + ": " + wide);
            assertFalse(driver.findElement(By.id("filter-bar")).isDisplayed());
            assertFalse(driver.findElement(By.id("facets")).isDisplayed());
            assertTrue(driver.findElement(By.cssSelector("#chips .chip[data-clause='year:2020']")).isDisplayed());
            screenshot(driver, "target/phone.png");
            driver.findElement(By.id("filters-toggle")).click();
            assertTrue(driver.findElement(By.id("filter-bar")).isDisplayed());
            assertTrue(driver.findElement(By.id("facets")).isDisplayed());
            screenshot(driver, "target/phone-filters.png");

            driver.findElement(By.id("total")).click();
            new org.openqa.selenium.interactions.Actions(driver).sendKeys("/").perform();
            assertEquals("q", driver.switchTo().activeElement().getDomAttribute("id"));
            assertEquals(q, driver.findElement(By.id("q")).getDomProperty("value"), "the slash is not typed into the box");

            // Removing the chip drops its clause from the query.
            String stamp = readyStamp(driver);
            driver.findElement(By.cssSelector("#chips .chip[data-clause='year:2020']")).click();
            waitReady(driver, stamp);
            assertEquals(PHRASE, driver.findElement(By.id("q")).getDomProperty("value"));
        } finally {
            driver.quit();
        }
    }

    /** 平潭综合实验区 2020: table 3 prints 总计 20 for 自然人, while its result rows add up to 26 (6+6+4+3+3+4). */
    static final String PINGTAN_2020 = "41f109e22835e62c";

    @Test
    void aFailedCheckOutlinesTheCellsItsRuleNamesNotTheWholeColumn() throws Exception {
        WebDriver driver = newDriver("checks");
        try {
            driver.get(server.base() + "/?view=report&id=" + PINGTAN_2020);
            waitReady(driver, null);
            List<String> failed = driver.findElements(By.cssSelector(".failed-check")).stream().map(WebElement::getText).toList();
            assertTrue(failed.contains("申请结果合计 · 自然人 20 ≠ 26"), failed.toString());
            Set<String> outlined = driver.findElements(By.cssSelector("#report-body table[data-table='3'] td.failed")).stream()
                    .map(e -> e.getDomAttribute("data-key")).collect(Collectors.toSet());
            Set<String> expected = new java.util.HashSet<>();
            for (String column : List.of("person", "total")) {
                for (String row : List.of("total", "granted", "partial", "unable.no_info", "unable.unclear", "rejected.repeat", "other")) {
                    expected.add("apply." + row + "." + column);
                }
            }
            assertEquals(expected, outlined, "the totals and the rows that add up to the wrong sum, not the whole column");
            WebElement zero = driver.findElement(By.cssSelector("#report-body td[data-key='apply.denied.secret.person']"));
            assertFalse(String.valueOf(zero.getDomAttribute("class")).contains("failed"), "a zero term is not outlined");
            assertTrue(zero.getDomAttribute("title").contains("申请结果合计 · 自然人"), "its rule stays in the tooltip");
        } finally {
            driver.quit();
        }
    }

    @Test
    void exportAndChartAreOfferedOnlyWhenThereAreResults() throws Exception {
        WebDriver driver = newDriver("toolbar");
        try {
            driver.get(server.base() + "/?q=" + java.net.URLEncoder.encode(PHRASE, java.nio.charset.StandardCharsets.UTF_8));
            waitReady(driver, null);
            WebElement csv = driver.findElement(By.id("export"));
            assertTrue(csv.getDomAttribute("href").startsWith("/api/export.csv?"), csv.getDomAttribute("href"));
            assertTrue(csv.getDomAttribute("href").contains("labels=zh"), "Chinese headers by default");
            assertTrue(driver.findElement(By.id("export-xlsx")).getDomAttribute("href").startsWith("/api/export.xlsx?q="));
            driver.findElement(By.id("export-zh")).click();
            assertTrue(csv.getDomAttribute("href").contains("labels=keys"), "the page option");
            assertTrue(driver.findElement(By.id("chart-draw")).isEnabled());

            for (String q : List.of("没有这种报告的词语", "\"人口")) {
                String stamp = readyStamp(driver);
                WebElement box = driver.findElement(By.id("q"));
                box.clear();
                box.sendKeys(q, Keys.ENTER);
                waitDrawn(driver, stamp);
                for (String id : List.of("export", "export-xlsx")) {
                    WebElement a = driver.findElement(By.id(id));
                    assertEquals("true", a.getDomAttribute("aria-disabled"), id + " for " + q);
                    assertEquals(null, a.getDomAttribute("href"), id + " for " + q);
                }
                assertFalse(driver.findElement(By.id("chart-draw")).isEnabled(), q);
                driver.findElement(By.cssSelector("#chart-box summary")).click();
                assertEquals(null, driver.findElement(By.id("chart-box")).getDomAttribute("open"), "a disabled chart does not open: " + q);
            }
            assertTrue(driver.findElement(By.id("error")).isDisplayed(), "the malformed query says why");
        } finally {
            driver.quit();
        }
    }

    @Test
    void oldResultsAreDimmedWhileNewOnesLoad() throws Exception {
        WebDriver driver = newDriver("dim");
        try {
            driver.get(server.base() + "/?q=" + java.net.URLEncoder.encode(PHRASE, java.nio.charset.StandardCharsets.UTF_8));
            waitReady(driver, null);
            List<String> before = hitIds(driver);
            // Every answer now comes 1.5 s late, so the moment between asking and answering can be seen.
            ((JavascriptExecutor) driver).executeScript("const f = window.fetch;"
                    + "window.fetch = (...a) => new Promise((r) => setTimeout(r, 1500)).then(() => f(...a));");
            String stamp = readyStamp(driver);
            WebElement box = driver.findElement(By.id("q"));
            box.clear();
            box.sendKeys("统计局", Keys.ENTER);
            Thread.sleep(500);
            assertEquals("true", driver.findElement(By.id("results-view")).getDomAttribute("aria-busy"));
            assertEquals(before, hitIds(driver), "the old results stay on screen");
            assertTrue(Double.parseDouble(driver.findElement(By.id("results")).getCssValue("opacity")) < 0.6, "dimmed");
            waitReady(driver, stamp);
            assertEquals(null, driver.findElement(By.id("results-view")).getDomAttribute("aria-busy"));
            assertEquals("1", driver.findElement(By.id("results")).getCssValue("opacity"));
            assertEquals(ids(r -> contains(r, "统计局")), Set.copyOf(hitIds(driver)));
        } finally {
            driver.quit();
        }
    }

    @Test
    void aPagePastTheLastOffersTheLastPage() throws Exception {
        WebDriver driver = newDriver("past");
        try {
            driver.get(server.base() + "/?page=99");
            waitReady(driver, null);
            int reports = server.reports.size();
            int last = (reports + 9) / 10;
            WebElement offer = driver.findElement(By.cssSelector("#results .past-last button.last-page"));
            assertEquals(String.valueOf(last), offer.getDomAttribute("data-page"));
            assertTrue(driver.findElements(By.cssSelector("#pager button[data-page='" + last + "']")).size() > 0,
                    "the pager lists the last pages too");
            String stamp = readyStamp(driver);
            offer.click();
            waitReady(driver, stamp);
            assertTrue(driver.getCurrentUrl().contains("page=" + last), driver.getCurrentUrl());
            assertEquals(reports - 10 * (last - 1), hitIds(driver).size());
        } finally {
            driver.quit();
        }
    }

    private static WebElement cell(WebDriver driver, String key, int year) {
        return driver.findElement(By.cssSelector(".agency-figures td[data-key='" + key + "'][data-year='" + year + "']"));
    }

    private static void waitFor(WebDriver driver, By what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (driver.findElements(what).isEmpty()) {
            assertTrue(System.nanoTime() < deadline, "not shown within 20 s: " + what);
            Thread.sleep(50);
        }
    }

    private static void assertFiguresShown(WebDriver driver, Report report) {
        assertFalse(report.figures().isEmpty(), "the report opened has figures");
        for (var e : report.figures().entrySet()) {
            WebElement td = driver.findElement(By.cssSelector("#report-body td[data-key='" + e.getKey() + "']"));
            assertEquals(0, e.getValue().compareTo(new BigDecimal(td.getAttribute("data-value"))), e.getKey());
        }
        for (String key : report.missing()) {
            WebElement td = driver.findElement(By.cssSelector("#report-body td[data-key='" + key + "']"));
            assertEquals("—", td.getText(), key);
            assertTrue(td.getAttribute("title").contains("缺失/missing"), key);
        }
    }

    private static void assertHostileShownAsText(WebDriver driver) {
        WebElement hit = driver.findElement(By.cssSelector(".hit[data-id='" + SampleReports.HOSTILE_ID + "']"));
        assertTrue(hit.findElement(By.cssSelector(".snippets")).getText().contains(SampleReports.SCRIPT), hit.getText());
        assertTrue(hit.findElement(By.cssSelector(".snippets mark")).getText().contains(PHRASE));
        assertTrue(hit.findElement(By.cssSelector("h3")).getText().contains(SampleReports.IMG));
        assertNoInjection(driver);
    }

    /** No alert opened, no image element made, and no script beyond the page's own files (each with a src on this server). */
    private static void assertNoInjection(WebDriver driver) {
        assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert());
        assertEquals(0, driver.findElements(By.cssSelector("img")).size());
        List<WebElement> scripts = driver.findElements(By.cssSelector("script"));
        assertEquals(PAGE_SCRIPTS, scripts.size());
        for (WebElement s : scripts) assertTrue(s.getDomAttribute("src").startsWith("/"), "a page script, not an injected one");
    }

    private static Set<String> ids(Predicate<Report> p) {
        return server.reports.stream().filter(p).map(Report::id).collect(Collectors.toSet());
    }

    private static boolean contains(Report r, String phrase) {
        return r.text() != null && r.text().contains(phrase);
    }

    private static boolean atLeast(Report r, String key, int min) {
        BigDecimal v = r.figures().get(key);
        return v != null && v.compareTo(BigDecimal.valueOf(min)) >= 0;
    }

    private static List<String> hitIds(WebDriver driver) {
        return driver.findElements(By.cssSelector("#results .hit")).stream().map(e -> e.getAttribute("data-id")).toList();
    }

    private static String readyStamp(WebDriver driver) {
        return (String) ((JavascriptExecutor) driver).executeScript("return document.body.dataset.ready || ''");
    }

    /** Waits until the page has drawn again since {@code before} (or at all, when null), showing no error. */
    private static void waitReady(WebDriver driver, String before) throws InterruptedException {
        waitDrawn(driver, before);
        WebElement error = driver.findElement(By.id("error"));
        assertFalse(error.isDisplayed(), "page shows an error: " + error.getText());
    }

    /** Waits until the page has drawn again since {@code before}, whether or not it shows an error. */
    private static void waitDrawn(WebDriver driver, String before) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            String now = readyStamp(driver);
            if (!now.isEmpty() && !now.equals(before)) break;
            assertTrue(System.nanoTime() < deadline, "page did not redraw within 20 s");
            Thread.sleep(50);
        }
    }

    private static void screenshot(WebDriver driver, String path) throws Exception {
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.createDirectories(Path.of(path).getParent());
        Files.write(Path.of(path), png);
    }

    private static WebDriver newDriver(String profile) throws Exception {
        return newDriver(profile, 1400, 1800);
    }

    /** Headless Chromium's window is at least 500 px wide; a phone's 390 px is emulated. */
    private static WebDriver newPhoneDriver(String profile) throws Exception {
        ChromeOptions options = chromeOptions(profile, 500, 844);
        options.setExperimentalOption("mobileEmulation", java.util.Map.of("deviceMetrics",
                java.util.Map.of("width", 390, "height", 844, "pixelRatio", 1.0)));
        return new ChromeDriver(service(), options);
    }

    private static WebDriver newDriver(String profile, int width, int height) throws Exception {
        return new ChromeDriver(service(), chromeOptions(profile, width, height));
    }

    private static ChromeDriverService service() {
        return new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
    }

    private static ChromeOptions chromeOptions(String profile, int width, int height) throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=" + width + "," + height, "--lang=zh-CN",
                "--user-data-dir=" + Files.createDirectories(tmp.resolve("chrome-" + profile)));
        return options;
    }
}
