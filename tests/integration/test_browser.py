"""The built site in headless Chromium (Debian's chromium + chromedriver, driven by Selenium):
search for an actor, follow the result to the briefing, and on to the actor page. Screenshots of the
home, briefing and actor pages are kept in test-output/."""
import functools
import http.server
import os
import shutil
import threading
from pathlib import Path

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
"""

if CHROMIUM is None or DRIVER is None:
    if os.environ.get("CI"):
        pytest.fail("chromium and chromedriver are required in CI (.ci/run installs them)", pytrace=False)
    pytest.skip("Debian's chromium and chromium-driver are not installed", allow_module_level=True)

webdriver = pytest.importorskip("selenium.webdriver")
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support import expected_conditions as EC  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    project = make_project(tmp_path_factory.mktemp("browser"),
                           {SAMPLE.name: SAMPLE.read_bytes(), "healey-estonia.txt": SECOND})
    proc = mkdocs_build(project)
    assert proc.returncode == 0, proc.stderr
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(project / "site"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
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


def test_search_actor_then_briefing_then_actor_page(served, browser):
    OUT.mkdir(exist_ok=True)
    wait = WebDriverWait(browser, 20)
    browser.get(served)
    wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, ".briefing-list")))
    browser.save_screenshot(str(OUT / "home.png"))
    assert "Healey" in browser.find_element(By.CSS_SELECTOR, ".briefing-list").text

    browser.find_element(By.CSS_SELECTOR, "label.md-search__icon, .md-search__input").click()
    box = wait.until(EC.element_to_be_clickable((By.CSS_SELECTOR, "input.md-search__input")))
    box.send_keys("Sandvik")

    def result_for_the_briefing(driver):
        for a in driver.find_elements(By.CSS_SELECTOR, ".md-search-result__item a"):
            if "000-cc9a268175d66e70" in (a.get_attribute("href") or "") and a.is_displayed():
                return a
        return False

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
