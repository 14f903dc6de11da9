"""The built site in headless Chromium (Debian's chromium + chromedriver, driven by Selenium): the search
(Pagefind's index, the header dialog and the search page, under the site root and under a sub-path), then
following a result to the briefing and on to the actor page. Screenshots are kept in test-output/."""
import functools
import http.server
import os
import shutil
import threading
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import quote

import pytest

from tests.conftest import ROOT, SAMPLE, make_project, mkdocs_build

pytestmark = pytest.mark.browser


def _find(env: str, names: tuple[str, ...]) -> Path | None:
    if os.environ.get(env):
        return Path(os.environ[env])
    for name in names:
        found = shutil.which(name)
        if found:
            return Path(found)
    return None


# Debian: chromium + chromium-driver; GitHub's Ubuntu runners: google-chrome + chromedriver.
CHROMIUM = _find("BRIEFING_CHROME", ("chromium", "chromium-browser", "google-chrome"))
DRIVER = _find("BRIEFING_CHROMEDRIVER", ("chromedriver",))
OUT = ROOT / "test-output"
SECOND = """Healey visits troops

Defence Secretary John Healey visited British troops in Estonia on Friday.
Healey said the UK would keep its forces there "for as long as it takes".
Soldiers at the camp have adopted a quokka called Major as their mascot.
"""
BROWN_1 = """Brown sets out spending plans

Chancellor Gordon Brown said on Wednesday that the government would spend £2bn on new hospitals.
"We will not let the health service down," Gordon Brown told MPs.
The Conservatives said the plans could not be paid for.
"""
BROWN_2 = """Pensions row grows

Gordon Brown defended the pensions plan on Monday.
Brown said the reforms were fair to every pensioner.
Critics said many pensioners in Brownhills would lose out.
"""
MARKUP = """Campaigners test the site

Campaigners wrote <img src=x onerror="window.__injected=1"> and <script>window.__injected=2</script> on a zanzibarite banner.
"""

if CHROMIUM is None or DRIVER is None:
    if os.environ.get("CI"):
        pytest.fail("chromium and chromedriver are required in CI (.ci/run installs them)", pytrace=False)
    pytest.skip("Debian's chromium and chromium-driver are not installed", allow_module_level=True)

webdriver = pytest.importorskip("selenium.webdriver")
from selenium.common.exceptions import StaleElementReferenceException, TimeoutException  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support import expected_conditions as EC  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    project = make_project(tmp_path_factory.mktemp("browser"),
                           {SAMPLE.name: SAMPLE.read_bytes(), "healey-estonia.txt": SECOND,
                            "brown-spending.txt": BROWN_1, "brown-pensions.txt": BROWN_2, "markup.txt": MARKUP})
    proc = mkdocs_build(project)
    assert proc.returncode == 0, proc.stderr
    # the same site at the root and under a sub-path, as on a GitHub Pages project site
    root = tmp_path_factory.mktemp("www")
    shutil.copytree(project / "site", root / "news" / "briefs")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(project / "site"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    sub_handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(root))
    sub_server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), sub_handler)
    threading.Thread(target=sub_server.serve_forever, daemon=True).start()
    yield SimpleNamespace(root=f"http://127.0.0.1:{server.server_address[1]}/",
                          sub=f"http://127.0.0.1:{sub_server.server_address[1]}/news/briefs/")
    server.shutdown()
    sub_server.shutdown()


@pytest.fixture(scope="module")
def sharded(served, tmp_path_factory):
    """The same articles with the search index split into shards of about one page (option
    search_shard_pages), served at the root."""
    project = make_project(tmp_path_factory.mktemp("sharded"),
                           {SAMPLE.name: SAMPLE.read_bytes(), "healey-estonia.txt": SECOND,
                            "brown-spending.txt": BROWN_1, "brown-pensions.txt": BROWN_2, "markup.txt": MARKUP})
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert "      seeds_dir: seeds\n" in text
    config.write_text(text.replace("      seeds_dir: seeds\n", "      seeds_dir: seeds\n      search_shard_pages: 1\n"),
                      encoding="utf-8")
    proc = mkdocs_build(project)
    assert proc.returncode == 0, proc.stderr
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(project / "site"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield SimpleNamespace(root=f"http://127.0.0.1:{server.server_address[1]}/", site=project / "site")
    server.shutdown()


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    opts = webdriver.ChromeOptions()
    opts.binary_location = str(CHROMIUM)
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--window-size=1280,1600", f"--user-data-dir={tmp_path_factory.mktemp('chrome')}"):
        opts.add_argument(flag)
    driver = webdriver.Chrome(service=webdriver.ChromeService(executable_path=str(DRIVER)), options=opts)
    yield driver
    driver.quit()


RESULT = ".briefing-search__result a.briefing-search__title"


def results(driver, within: str = "") -> list[str]:
    """The hrefs of the search results shown (in ``within``, a CSS selector), once there are some."""
    links = driver.find_elements(By.CSS_SELECTOR, f"{within} {RESULT}".strip())
    return [a.get_attribute("href") for a in links if a.get_attribute("href")]


def search_page(browser, base: str, query: str) -> list[str]:
    browser.get(f"{base}search/?q={quote(query)}")
    return WebDriverWait(browser, 20).until(lambda d: results(d))


def test_search_actor_then_briefing_then_actor_page(served, browser):
    OUT.mkdir(exist_ok=True)
    wait = WebDriverWait(browser, 20)
    browser.get(served.root)
    wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, ".briefing-list")))
    browser.save_screenshot(str(OUT / "home.png"))
    assert "Healey" in browser.find_element(By.CSS_SELECTOR, ".briefing-list").text

    browser.find_element(By.CSS_SELECTOR, "body").send_keys("/")  # the keyboard shortcut opens the dialog
    box = wait.until(EC.element_to_be_clickable((By.CSS_SELECTOR, "dialog[open] .briefing-search__input")))
    box.send_keys("Sandvik")

    def result_for_the_briefing(driver):
        for a in driver.find_elements(By.CSS_SELECTOR, f"dialog[open] {RESULT}"):
            if "000-cc9a268175d66e70" in (a.get_attribute("href") or "") and a.is_displayed():
                return a
        return False

    browser.save_screenshot(str(OUT / "search-dialog.png"))
    wait.until(result_for_the_briefing).click()
    # navigation.instant swaps the page in place: wait for the new URL, not just for an element
    wait.until(lambda d: "/briefings/000-cc9a268175d66e70/" in d.current_url
               and d.find_elements(By.CSS_SELECTOR, ".briefing-actors"))
    browser.save_screenshot(str(OUT / "briefing.png"))
    table = browser.find_element(By.CSS_SELECTOR, ".briefing-actors").text
    assert "John Healey" in table and "Defence Secretary" in table
    link = browser.find_element(By.CSS_SELECTOR, ".briefing-actors a.briefing-actor-link")
    assert link.text == "John Healey"
    link.click()

    wait.until(lambda d: "/actors/" in d.current_url
               and d.find_element(By.CSS_SELECTOR, "article h1").text.startswith("John Healey"))
    heading = browser.find_element(By.CSS_SELECTOR, "article h1")
    browser.save_screenshot(str(OUT / "actor.png"))
    assert heading.text.startswith("John Healey")
    body = browser.find_element(By.CSS_SELECTOR, "article").text
    assert "Healey visits troops" in body and "for as long as it takes" in body


def test_an_actors_name_finds_the_actor_page_first(served, browser):
    found = search_page(browser, served.root, "Gordon Brown")
    browser.save_screenshot(str(OUT / "search-page.png"))
    assert found[0].endswith("/actors/gordon-brown/")
    assert any("/briefings/brown-spending/" in h for h in found) and any("/briefings/brown-pensions/" in h for h in found)


def test_a_search_index_in_shards_finds_what_one_index_finds(served, sharded, browser):
    import json
    shards = json.loads((sharded.site / "pagefind" / "shards.json").read_text(encoding="utf-8"))["shards"]
    assert len(shards) >= 3  # the pages really are spread over several indexes

    def filters(d):  # every filter value with its count within the results, once drawn with the counts
        d.find_element(By.CSS_SELECTOR, ".briefing-search__toggle").click()
        return WebDriverWait(d, 20, ignored_exceptions=(StaleElementReferenceException,)).until(
            lambda d: sorted(v.text for v in d.find_elements(By.CSS_SELECTOR, ".briefing-search__value")) or None)

    for query in ("Gordon Brown", "quokka mascot", "Brown"):
        whole = [h.removeprefix(served.root) for h in search_page(browser, served.root, query)]
        whole_filters = filters(browser)
        split = [h.removeprefix(sharded.root) for h in search_page(browser, sharded.root, query)]
        assert sorted(split) == sorted(whole), query
        assert filters(browser) == whole_filters, query  # the shards' counts add up


def test_a_phrase_only_in_the_article_text_finds_its_briefing(served, browser):
    assert search_page(browser, served.root, "quokka mascot") == [served.root + "briefings/healey-estonia/"]


def test_a_filter_narrows_the_results(served, browser):
    wait = WebDriverWait(browser, 20)
    everything = search_page(browser, served.root, "Brown")
    assert any("/briefings/" in h for h in everything) and any("/actors/" in h for h in everything)
    browser.find_element(By.CSS_SELECTOR, ".briefing-search__toggle").click()

    def tick_actor_pages(d):  # Page: Actor, once the filters are shown (they are drawn again with the counts)
        for label in d.find_elements(By.CSS_SELECTOR, ".briefing-search__value"):
            if label.text.startswith("Actor "):
                label.find_element(By.CSS_SELECTOR, "input").click()
                return True
        return False

    WebDriverWait(browser, 20, ignored_exceptions=(StaleElementReferenceException,)).until(tick_actor_pages)
    wait.until(lambda d: "filtered from" in d.find_element(By.CSS_SELECTOR, ".briefing-search__status").text)
    narrowed = wait.until(lambda d: results(d))
    assert narrowed and all("/actors/" in h for h in narrowed) and len(narrowed) < len(everything)


def test_the_search_page_keeps_the_query_in_its_address(served, browser):
    wait = WebDriverWait(browser, 20)
    assert search_page(browser, served.root, "quokka")
    box = browser.find_element(By.CSS_SELECTOR, ".briefing-search__input")
    assert box.get_attribute("value") == "quokka"
    box.send_keys(Keys.CONTROL, "a")
    box.send_keys("pensions")
    wait.until(lambda d: d.current_url.endswith("search/?q=pensions"))
    wait.until(lambda d: any("/briefings/brown-pensions/" in h for h in results(d)))


def test_search_works_under_a_sub_path(served, browser):
    found = search_page(browser, served.sub, "Gordon Brown")
    assert found[0] == served.sub + "actors/gordon-brown/"
    browser.find_element(By.CSS_SELECTOR, RESULT).click()
    WebDriverWait(browser, 20).until(lambda d: d.current_url == served.sub + "actors/gordon-brown/")
    assert browser.find_element(By.CSS_SELECTOR, "article h1").text.startswith("Gordon Brown")


def test_article_markup_found_by_search_stays_text(served, browser):
    found = search_page(browser, served.root, "zanzibarite")
    assert found == [served.root + "briefings/markup/"]
    excerpt = browser.find_element(By.CSS_SELECTOR, ".briefing-search__excerpt")
    assert not excerpt.find_elements(By.CSS_SELECTOR, "img, script")
    assert browser.execute_script("return window.__injected === undefined")


def test_an_amount_finds_the_articles_with_that_amount(served, browser):
    found = search_page(browser, served.root, "£2bn")
    # the one article with that sum, and the page that tracks its commitment
    assert sorted(found) == [served.root + "briefings/brown-spending/", served.root + "commitments/government-2bn-health/"]


def test_the_search_follows_the_light_and_the_dark_palette(served, browser):
    wait = WebDriverWait(browser, 20)
    colours = []
    browser.get(served.root + "about/")
    for _ in range(2):  # the light palette, then the dark one by Material's toggle
        browser.find_element(By.CSS_SELECTOR, "[data-briefing-search-open]").click()
        wait.until(EC.visibility_of_element_located((By.CSS_SELECTOR, "dialog[open] .briefing-search__input")))
        colours.append(browser.execute_script(
            "const s = (q) => getComputedStyle(document.querySelector(q));"
            "return [s('dialog[open]').backgroundColor, s('body').backgroundColor, s('dialog[open]').color];"))
        browser.find_element(By.CSS_SELECTOR, "[data-briefing-search-close]").click()
        browser.find_element(By.CSS_SELECTOR, "label.md-header__button[for^='__palette']:not([hidden])").click()
    (light_bg, light_body, light_text), (dark_bg, dark_body, dark_text) = colours
    assert light_bg == light_body and dark_bg == dark_body and light_bg != dark_bg and light_text != dark_text


WIDER_THAN_SCREEN = """
const width = document.documentElement.clientWidth;
const wide = [];
for (const el of document.querySelectorAll("body *")) {
  const r = el.getBoundingClientRect();
  if (r.width === 0 || r.height === 0 || r.right <= width + 1 || r.left >= width) continue;
  if (el.closest(".md-sidebar, .md-search, dialog:not([open]), [hidden]")) continue;  // off-screen by design
  wide.push(el.tagName.toLowerCase() + "." + el.className + " " + Math.round(r.right));
}
return [document.documentElement.scrollWidth, width, wide.slice(0, 5)];
"""


@pytest.mark.parametrize("width", [390, 1400])
@pytest.mark.parametrize("page", ["", "briefings/000-cc9a268175d66e70/", "actors/john-healey/", "actors/",
                                  "actors/a-z/j/", "quotes/", "quotes/j/", "commitments/", "tags/", "search/?q=Brown"])
def test_no_page_is_wider_than_the_screen(served, browser, page, width):
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                            {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 600})
    try:
        browser.get(served.root + page)
        WebDriverWait(browser, 20).until(lambda d: d.execute_script("return document.readyState") == "complete")
        if page.startswith("search"):
            WebDriverWait(browser, 20).until(lambda d: results(d))
        scroll, visible, wide = browser.execute_script(WIDER_THAN_SCREEN)
        name = (page.strip("/").replace("/", "-").replace("?q=", "-") or "home") + f"-{width}.png"
        browser.save_screenshot(str(OUT / name))
        assert scroll <= visible and not wide, (page, width, wide)
    finally:
        browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def test_a_briefing_shows_its_top_actors_and_folds_the_rest(served, browser):
    browser.get(served.root + "briefings/000-cc9a268175d66e70/")
    # wait for the table: right after a test that emulated another screen, the page may still be settling
    tables = WebDriverWait(browser, 20).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".briefing-actors table"))
    shown = tables[0].find_elements(By.CSS_SELECTOR, "tbody tr")
    assert len(shown) == 8 and shown[0].is_displayed()
    folded = browser.find_element(By.CSS_SELECTOR, "details.briefing-more")
    assert "more actor" in folded.text and not folded.get_attribute("open")


def test_index_tables_sort_and_filter_in_the_browser(served, browser):
    wait = WebDriverWait(browser, 20)
    browser.get(served.root + "commitments/")
    wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, ".briefing-filters")))
    # the table of calls and warnings: two kinds, so a Kind filter
    select = wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, ".briefing-filters select[aria-label='Kind']")))
    bar = select.find_element(By.XPATH, "..")
    table = bar.find_element(By.XPATH, "following-sibling::div[contains(@class, 'briefing-filterable')][1]//table")
    rows = table.find_elements(By.CSS_SELECTOR, "tbody tr")
    kinds = [r.find_elements(By.CSS_SELECTOR, "td")[3].text for r in rows]
    option = select.find_elements(By.CSS_SELECTOR, "option")[1]
    option.click()
    value = option.get_attribute("value")
    visible = [r for r in rows if r.is_displayed()]
    assert len(visible) == kinds.count(value) < len(rows)
    assert all(r.find_elements(By.CSS_SELECTOR, "td")[3].text == value for r in visible)
    option.find_element(By.XPATH, "../option[1]").click()  # all kinds again
    assert all(r.is_displayed() for r in rows)

    def actors():
        return [r.find_elements(By.CSS_SELECTOR, "td")[0].text for r in table.find_elements(By.CSS_SELECTOR, "tbody tr")]

    header = table.find_elements(By.CSS_SELECTOR, "thead th")[0]
    header.click()
    first = actors()
    assert first in (sorted(first, key=str.lower), sorted(first, key=str.lower, reverse=True))
    header.click()
    assert actors() == list(reversed(first)) and len(set(first)) > 1


def test_feeds_are_linked_from_the_pages(served, browser):
    def links(d):
        return [e.get_attribute("href") for e in
                d.find_elements(By.CSS_SELECTOR, "link[rel=alternate][type='application/atom+xml']")]

    for page, feed in (("", "feeds/briefings.xml"), ("actors/john-healey/", "feeds/actors/john-healey.xml")):
        browser.get(served.root + page)
        # the page, loaded in full: on a busy machine the browser may still show the page before it (a CI run once
        # found no links at all, with the previous page's requests still going out)
        url, href = served.root + page, served.root + feed
        WebDriverWait(browser, 20).until(lambda d, url=url: d.current_url == url
                                         and d.execute_script("return document.readyState") == "complete")
        try:
            WebDriverWait(browser, 20).until(lambda d, href=href: href in links(d))
        except TimeoutException:
            raise AssertionError(f"no link to {feed} on /{page}: {links(browser)}") from None


def test_a_quotes_page_filters_by_kind_and_words(served, browser):
    wait = WebDriverWait(browser, 20)
    browser.get(served.root + "quotes/j/")
    select = wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, ".briefing-filters select[aria-label='Kind']")))
    quotes = browser.find_elements(By.CSS_SELECTOR, "li.briefing-quote")
    assert {"briefing-quote-direct", "briefing-quote-indirect"} <= {c for q in quotes for c in q.get_attribute("class").split()}
    select.find_elements(By.CSS_SELECTOR, "option")[1].click()  # direct
    shown = [q for q in quotes if q.is_displayed()]
    assert shown and len(shown) < len(quotes) and all("briefing-quote-direct" in q.get_attribute("class") for q in shown)
    select.find_elements(By.CSS_SELECTOR, "option")[0].click()
    box = browser.find_element(By.CSS_SELECTOR, ".briefing-filters input")
    box.send_keys("as long as it takes")
    shown = [q for q in quotes if q.is_displayed()]
    assert len(shown) >= 1 and all("as long as it takes" in q.text for q in shown)
