#!/usr/bin/env python3
"""End to end: `geokg serve` in headless Chromium.

Ingests examples/articles into a temporary database, starts `geokg serve
--port 0`, reads the URL it prints, then in Chromium (through Selenium and
chromedriver): loads the page, searches an actor, picks it from the
suggestions, checks its profile and its network drawing, clicks a relation
in the drawing and checks the evidence shown is the relation's, and saves a
screenshot. Exits 77 (CTest: skipped) with a message when Chromium,
chromedriver or Selenium is missing.

Usage: serve_browser_test.py GEOKG_BINARY EXAMPLES_DIR SCREENSHOT_PATH
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import urllib.parse
import urllib.request

SKIP = 77
SEARCH_TEXT = "Pakist"
EXPECTED_ACTOR = "Pakistan"


def skip(message):
    print("SKIPPED: " + message, file=sys.stderr)
    sys.exit(SKIP)


def browser_or_skip():
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        skip("python3-selenium is not installed (apt-get install python3-selenium)")
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    if not chromium or not driver:
        skip("chromium or chromedriver is not installed (apt-get install chromium chromium-driver)")
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1400,1000"):
        options.add_argument(arg)
    return webdriver.Chrome(service=Service(driver), options=options)


def start_server(geokg, db):
    server = subprocess.Popen([geokg, "serve", "--db", db, "--port", "0"], stdout=subprocess.PIPE, text=True)
    url = server.stdout.readline().strip()  # printed once it listens
    if not url.startswith("http://127.0.0.1:"):
        server.kill()
        sys.exit("geokg serve did not print its URL (got %r)" % url)
    return server, url


def api(url, path, params):
    with urllib.request.urlopen(url + path + "?" + urllib.parse.urlencode(params)) as response:
        return json.load(response)


def check_page(driver, url, screenshot):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as EC
    from selenium.webdriver.support.ui import WebDriverWait

    wait = WebDriverWait(driver, 30)
    driver.get(url)
    search = wait.until(EC.element_to_be_clickable((By.ID, "search")))
    search.send_keys(SEARCH_TEXT)
    first = wait.until(EC.visibility_of_element_located((By.CSS_SELECTOR, "#suggestions li[data-id]")))
    assert first.text.startswith(EXPECTED_ACTOR), first.text
    first.click()

    wait.until(EC.text_to_be_present_in_element((By.CSS_SELECTOR, "#profile h2"), EXPECTED_ACTOR))
    wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "#graph svg g.node")))
    nodes = driver.find_elements(By.CSS_SELECTOR, "#graph svg g.node")
    assert len(nodes) >= 3, "the network shows %d actors" % len(nodes)
    wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "#timeline .bars")))

    # Click a labelled relation in the drawing; its evidence must appear.
    label = driver.find_elements(By.CSS_SELECTOR, "#graph svg g.edge a text")[0]
    link = label.find_element(By.XPATH, "./ancestor::*[local-name()='a'][1]")
    href = link.get_attribute("href") or link.get_attribute("xlink:href")
    label.click()
    wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "#evidence .sentence")))
    edge = dict(urllib.parse.parse_qsl(href.split("#/edge?", 1)[1]))
    expected = api(url, "api/edge", edge)["relations"][0]["evidence"][0]["text"]
    shown = [s.text for s in driver.find_elements(By.CSS_SELECTOR, "#evidence .sentence")]
    assert any(expected.strip() in s for s in shown), "evidence %r not in %r" % (expected, shown)
    assert driver.find_element(By.ID, "message").get_attribute("hidden") is not None, \
        driver.find_element(By.ID, "message").text
    driver.save_screenshot(screenshot)
    print("searched %r, drew %d actors, clicked %s; evidence shown: %r" % (SEARCH_TEXT, len(nodes), href, expected))
    print("screenshot: " + screenshot)


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    geokg, examples, screenshot = sys.argv[1:]
    driver = browser_or_skip()
    server = None
    try:
        with tempfile.TemporaryDirectory() as tmp:
            db = os.path.join(tmp, "graph.db")
            subprocess.run([geokg, "ingest", "--db", db, examples], check=True, stderr=subprocess.DEVNULL)
            server, url = start_server(geokg, db)
            check_page(driver, url, screenshot)
            server.terminate()
            assert server.wait(timeout=30) == 0, "geokg serve did not exit cleanly on SIGTERM"
            server = None
    finally:
        driver.quit()
        if server:
            server.kill()


if __name__ == "__main__":
    main()
