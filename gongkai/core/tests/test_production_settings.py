"""The production profile's settings, read from the environment in a fresh process.

docs/gongkai.env is the environment docs/deploy.md documents: under it (with a generated secret
key and a data folder of the test's own), `gongkai check --deploy` reports no issue at all.
"""

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
PRINT_SETTINGS = """
import json, django
django.setup()
from django.conf import settings as s
print(json.dumps({name: getattr(s, name, None) for name in [
    "DEBUG", "SECURE_SSL_REDIRECT", "SESSION_COOKIE_SECURE", "CSRF_COOKIE_SECURE",
    "SECURE_HSTS_SECONDS", "SECURE_HSTS_INCLUDE_SUBDOMAINS", "SECURE_HSTS_PRELOAD",
    "SECURE_PROXY_SSL_HEADER", "SESSION_COOKIE_AGE", "SESSION_EXPIRE_AT_BROWSER_CLOSE",
    "EMAIL_BACKEND", "EMAIL_HOST", "EMAIL_PORT", "EMAIL_USE_TLS", "EMAIL_HOST_USER",
]}))
"""


def documented_environment() -> dict[str, str]:
    env = {}
    for line in (ROOT / "docs" / "gongkai.env").read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, value = line.partition("=")
            env[name.strip()] = value.strip()
    return env


def run(env: dict[str, str], data_dir: Path, *args: str) -> subprocess.CompletedProcess:
    """Run in a clean environment: none of the test run's own variables leak in."""
    base = {k: v for k, v in os.environ.items() if k in ("PATH", "HOME", "LANG", "TMPDIR")}
    full = {**base, **env, "GONGKAI_DATA_DIR": str(data_dir)}
    full["DJANGO_SETTINGS_MODULE"] = "gongkai.settings.base"
    return subprocess.run(
        [sys.executable, *args], env=full, cwd=ROOT, capture_output=True, text=True, timeout=120
    )


def test_check_deploy_reports_nothing_under_the_documented_environment(tmp_path):
    env = documented_environment()
    assert env["DJANGO_DEBUG"] == "0" and env["GONGKAI_HTTPS"] == "1"
    env["DJANGO_SECRET_KEY"] = secrets.token_urlsafe(50)  # as the file says to generate it
    result = run(env, tmp_path, "-m", "gongkai", "check", "--deploy", "--fail-level", "DEBUG")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout
    assert "WARNING" not in result.stdout + result.stderr


def test_without_a_key_and_with_https_off_check_deploy_names_what_is_missing(tmp_path):
    env = {"DJANGO_DEBUG": "0", "GONGKAI_HTTPS": "0", "DJANGO_SECRET_KEY": "short"}
    result = run(env, tmp_path, "-m", "gongkai", "check", "--deploy")
    for warning in ("security.W004", "security.W008", "security.W009", "security.W012"):
        assert warning in result.stderr + result.stdout


@pytest.mark.parametrize(
    "env, expected",
    [
        (  # DEBUG off and nothing said: HTTPS everywhere
            {"DJANGO_DEBUG": "0"},
            {"SECURE_SSL_REDIRECT": True, "SESSION_COOKIE_SECURE": True, "CSRF_COOKIE_SECURE": True,
             "SECURE_HSTS_SECONDS": 31_536_000, "SECURE_HSTS_INCLUDE_SUBDOMAINS": True,
             "SECURE_HSTS_PRELOAD": True, "SECURE_PROXY_SSL_HEADER": None,
             "SESSION_COOKIE_AGE": 8 * 3600, "SESSION_EXPIRE_AT_BROWSER_CLOSE": True},
        ),
        (  # the demo on http://127.0.0.1:8000
            {"DJANGO_DEBUG": "0", "GONGKAI_HTTPS": "0"},
            {"SECURE_SSL_REDIRECT": False, "SESSION_COOKIE_SECURE": False,
             "CSRF_COOKIE_SECURE": False, "SECURE_HSTS_SECONDS": 0},
        ),
        (  # a proxy ending TLS, a shorter HSTS while trying it out, a longer staff session
            {"DJANGO_DEBUG": "0", "GONGKAI_PROXY_SSL_HEADER": "X-Forwarded-Proto",
             "GONGKAI_HSTS_SECONDS": "3600", "GONGKAI_HSTS_PRELOAD": "0",
             "GONGKAI_SESSION_SECONDS": "36000", "GONGKAI_SESSION_BROWSER_CLOSE": "0"},
            {"SECURE_PROXY_SSL_HEADER": ["HTTP_X_FORWARDED_PROTO", "https"],
             "SECURE_HSTS_SECONDS": 3600, "SECURE_HSTS_PRELOAD": False,
             "SESSION_COOKIE_AGE": 36000, "SESSION_EXPIRE_AT_BROWSER_CLOSE": False},
        ),
        (  # the agency's mail server
            {"DJANGO_DEBUG": "0", "EMAIL_URL": "smtp+tls://gongkai:pw@mail.example.gov.cn:587"},
            {"EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
             "EMAIL_HOST": "mail.example.gov.cn", "EMAIL_PORT": 587, "EMAIL_USE_TLS": True,
             "EMAIL_HOST_USER": "gongkai"},
        ),
    ],
)  # fmt: skip
def test_settings_follow_the_environment(tmp_path, env, expected):
    result = run({"DJANGO_SECRET_KEY": "k" * 60, **env}, tmp_path, "-c", PRINT_SETTINGS)
    assert result.returncode == 0, result.stderr
    values = json.loads(result.stdout.splitlines()[-1])
    assert {name: values[name] for name in expected} == expected


@pytest.mark.django_db
def test_a_staff_session_lasts_a_working_day_and_ends_with_the_browser(client, coordinator):
    data = {"username": "coordinator", "password": "pw-coordinator"}
    response = client.post("/office/login/", data)
    assert response.status_code == 302
    assert client.session.get_expiry_age() == 8 * 3600
    cookie = response.cookies["sessionid"]
    assert cookie["max-age"] == "" and cookie["expires"] == ""  # a browser-session cookie
