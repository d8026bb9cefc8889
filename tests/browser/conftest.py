"""Playwright on Debian's chromium against the live test server; screenshots go to test-output/."""

import os
import re
import shutil
from pathlib import Path

import pytest

# Playwright's sync API runs an event loop in the test thread; the ORM calls the tests make
# between browser steps are synchronous and safe there.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("GONGKAI_CHROMIUM", "/usr/bin/chromium")
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-output" / "screenshots"
PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 900}


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser():
    if not shutil.which(CHROMIUM) and not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run `make test`, which installs Debian's chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        yield browser
        browser.close()


def _watch_policy(page) -> list[str]:
    """Collect the page's own scripts and styles that its Content-Security-Policy blocked.

    Images from other websites (pasted into the editor) are blocked on purpose and not counted.
    """
    violations: list[str] = []

    def note(message) -> None:
        text = message.text
        if "Content Security Policy" in text and ("script-src" in text or "style-src" in text):
            violations.append(f"{page.url}: {text}")

    page.on("console", note)
    return violations


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(viewport=DESKTOP, locale="zh-CN", base_url=live_server.url)
    page = context.new_page()
    page.set_default_timeout(15000)
    violations = _watch_policy(page)
    yield page
    context.close()
    assert violations == [], "the page broke its Content-Security-Policy"


@pytest.fixture
def phone_page(browser, live_server):
    context = browser.new_context(
        viewport=PHONE, locale="zh-CN", base_url=live_server.url, is_mobile=True, has_touch=True
    )
    page = context.new_page()
    page.set_default_timeout(15000)
    violations = _watch_policy(page)
    yield page
    context.close()
    assert violations == [], "the page broke its Content-Security-Policy"


def shot(page, name: str) -> Path:
    """Save a full-page screenshot under test-output/screenshots and return its path."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def login(page, username: str, password: str) -> None:
    page.goto("/office/login/")
    page.get_by_label("用户名").fill(username)
    page.get_by_label("密码").fill(password)
    page.get_by_role("button", name="登录").click()


def upload_plan(page, name: str, mime: str, content: bytes) -> None:
    """The coordinator signs in and uploads a work-plan file in the province's name."""
    login(page, "coordinator", "pw-coordinator")
    page.get_by_role("heading", name="工作台").wait_for()
    page.goto("/office/plans/upload/")
    page.get_by_label("发文机构").select_option(label="云南省卫生和计划生育委员会")
    page.get_by_label("工作要点文件").set_input_files(
        files=[{"name": name, "mimeType": mime, "buffer": content}]
    )
    page.get_by_role("button", name="上传并解析").click()


#: Rule IDs of the code (REQ-…, CAL-…, AR-…) never reach a screen: it cites the law.
RULE_ID = re.compile(r"\b(?:REQ|CAL|AR|PUB|PLAN|PORT|MON|PART)-[A-Z0-9]+")
#: Latin words staff may meet: file formats and the paper size of page fees.
ALLOWED_WORDS = {"PDF", "Word", "Excel", "OFD", "A4"}
WORD = re.compile(r"[A-Za-z]{2,}")
PLACEHOLDER = re.compile(r"\{\w+\}|%\(\w+\)[sd]")


def _read(page, names: tuple[str, ...]) -> str:
    """The text a person sees on the page, with select options and field hints."""
    text = page.inner_text("body")
    hints = page.eval_on_selector_all(
        "[placeholder], [title], [aria-label], option",
        "els => els.map(e => [e.placeholder, e.title, e.getAttribute('aria-label'),"
        " e.tagName === 'OPTION' ? e.textContent : ''].filter(Boolean).join(' '))",
    )
    text = " ".join([text, *hints])
    for name in names:  # the test accounts' own names are data, not wording
        text = text.replace(name, "")
    return re.sub(r"\S+@\S+", "", text)  # e-mail addresses are data too


#: The test accounts' names (root conftest.py): data on the page, not its wording.
TEST_USERS = tuple(
    n for u in ("coordinator", "editor", "reviewer", "supervisor") for n in (u, u.title())
)


def check_wording(page, name: str, names: tuple[str, ...] = TEST_USERS) -> None:
    """Screenshot the page and assert it speaks the office's language."""
    shot(page, name)
    text = _read(page, names)
    assert not RULE_ID.findall(text), (name, RULE_ID.findall(text))
    assert "---------" not in text, name
    assert not PLACEHOLDER.findall(text), (name, PLACEHOLDER.findall(text))
    english = sorted({w for w in WORD.findall(text) if w not in ALLOWED_WORDS})
    assert not english, (name, english)
    assert not re.search(r"[\u4e00-\u9fff][:]", text), (name, "half-width colon after Chinese")


def paste_html(page, selector: str, html: str) -> None:
    """Paste ``html`` into the element, as when staff copy from another document."""
    page.locator(selector).click()
    page.eval_on_selector(
        selector,
        """(el, html) => {
            const data = new DataTransfer();
            data.setData("text/html", html);
            data.setData("text/plain", html.replace(/<[^>]+>/g, ""));
            el.dispatchEvent(new ClipboardEvent("paste", {clipboardData: data, bubbles: true,
                                                          cancelable: true}));
        }""",
        html,
    )
