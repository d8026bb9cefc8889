"""The production command serves the demo: `gongkai serve` (collectstatic, then gunicorn) on a free
loopback port, DEBUG off, HTTPS switched off as `make demo` does, over a fresh data folder in which
`gongkai migrate` and `gongkai demo` ran. Chromium opens the portal and signs in to the office with
the demo's published password (allowed: the browser is on loopback). Every response carries the
Content-Security-Policy and the page reports no violation of it.
"""

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from gongkai.core.demo import DEMO_PASSWORD
from gongkai.core.tests.skips import own_sqlite_process

from .conftest import DESKTOP, check_wording, shot

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def gongkai(env: dict, *args: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "gongkai", *args],
        env=env, cwd=ROOT, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.fixture(scope="module")
def production_server(tmp_path_factory):
    data = tmp_path_factory.mktemp("production")
    keep = ("PATH", "HOME", "LANG", "TMPDIR")
    env = {k: v for k, v in os.environ.items() if k in keep}
    env |= {
        "DJANGO_SETTINGS_MODULE": "gongkai.settings.base",
        "DJANGO_DEBUG": "0",
        "GONGKAI_HTTPS": "0",
        "GONGKAI_DATA_DIR": str(data),
        "GONGKAI_WEB_WORKERS": "2",
        "GONGKAI_LOG_LEVEL": "WARNING",
    }
    gongkai(env, "migrate", "--noinput", "-v0")
    gongkai(env, "demo")
    port = free_port()
    log = (data / "serve.log").open("w")
    server = subprocess.Popen(
        [sys.executable, "-m", "gongkai", "serve", "--bind", f"127.0.0.1:{port}"],
        env=env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while True:
        try:
            urllib.request.urlopen(url + "/", timeout=5)  # noqa: S310 (loopback)
            break
        except OSError:
            assert server.poll() is None, (data / "serve.log").read_text()
            assert time.monotonic() < deadline, "gunicorn did not answer in 120 s"
            time.sleep(0.5)
    yield url, data / "serve.log"
    server.terminate()
    server.wait(timeout=30)
    log.close()


@own_sqlite_process
def test_the_production_command_serves_the_demo_to_a_browser(browser, production_server):
    url, log = production_server
    context = browser.new_context(viewport=DESKTOP, locale="zh-CN", base_url=url)
    page = context.new_page()
    page.set_default_timeout(30000)
    violations = []
    page.on("console", lambda m: "Content Security Policy" in m.text and violations.append(m.text))
    responses = []
    page.on("response", lambda r: responses.append(r))
    try:
        page.goto("/")
        assert page.get_by_role("heading", name="政府信息公开", level=1).is_visible()
        shot(page, "production-portal-home")
        page.goto("/office/login/")
        shot(page, "production-office-login")
        page.get_by_label("用户名").fill("coordinator")
        page.get_by_label("密码").fill(DEMO_PASSWORD)
        page.get_by_role("button", name="登录").click()
        page.get_by_role("heading", name="工作台").wait_for()
        check_wording(page, "production-office-dashboard", names=("coordinator", "Coordinator"))
        # The rich-text editor finds its modules through the inline import map the policy
        # allows by its hash (the hashed file names of collected static files are in it).
        page.goto("/office/participation/new/")
        page.locator(".prose-editor .ProseMirror").click()
        page.locator(".prose-menubar").get_by_role("button", name="编号列表").click()
        page.keyboard.type("第一条")
        page.locator(".prose-editor .ProseMirror ol > li").wait_for()
        shot(page, "production-editor")
        page.goto("/nonexistent/")
        assert page.get_by_role("heading", name="页面不存在").is_visible()
        shot(page, "production-not-found")
    finally:
        context.close()
    served = [r for r in responses if r.url.startswith(url)]
    assert "gunicorn" in served[0].headers.get("server", "")
    pages = [r for r in served if "text/html" in r.headers.get("content-type", "")]
    assert pages and all("content-security-policy" in r.headers for r in pages)
    statics = [r for r in served if "/static/" in r.url]
    assert statics and all(r.status == 200 for r in statics)  # collected, hashed, served
    assert all("immutable" in r.headers.get("cache-control", "") for r in statics)
    assert violations == []
