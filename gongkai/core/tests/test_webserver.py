"""`gongkai serve`'s gunicorn command line, from the environment."""

import json

import pytest

from gongkai.core.webserver import gunicorn_argv


def option(argv: list, name: str) -> str:
    return argv[argv.index(name) + 1]


def test_workers_follow_the_cpu_count_unless_the_environment_says_otherwise():
    assert option(gunicorn_argv({}, cpus=4), "--workers") == "9"
    assert option(gunicorn_argv({}, cpus=None), "--workers") == "3"
    assert option(gunicorn_argv({"GONGKAI_WEB_WORKERS": "2"}, cpus=16), "--workers") == "2"


def test_bind_timeout_and_request_limits():
    argv = gunicorn_argv({"GONGKAI_BIND": "0.0.0.0:9000", "GONGKAI_WEB_TIMEOUT": "120"}, 2)
    assert argv[1:4] == ["-m", "gunicorn", "gongkai.wsgi:application"]
    assert option(argv, "--bind") == "0.0.0.0:9000"
    assert option(gunicorn_argv({}, 2, bind="127.0.0.1:8123"), "--bind") == "127.0.0.1:8123"
    assert option(gunicorn_argv({}, 2), "--bind") == "127.0.0.1:8000"
    assert option(argv, "--timeout") == "120"
    assert option(argv, "--limit-request-line") == "4094"
    assert option(argv, "--limit-request-fields") == "100"
    assert option(argv, "--max-requests") == "1000"


def test_static_names_carry_their_hash_once_collected_and_plain_names_before(tmp_path, settings):
    from gongkai.core.staticfiles import StaticStorage

    settings.STATIC_ROOT = tmp_path
    assert StaticStorage().url("gongkai/gongkai.css") == "/static/gongkai/gongkai.css"
    manifest = {"paths": {"gongkai/gongkai.css": "gongkai/gongkai.0123456789ab.css"}}
    (tmp_path / "staticfiles.json").write_text(json.dumps({**manifest, "version": "1.1"}))
    collected = StaticStorage()
    assert collected.url("gongkai/gongkai.css") == "/static/gongkai/gongkai.0123456789ab.css"
    with pytest.raises(ValueError, match="Missing staticfiles manifest entry"):
        collected.url("gongkai/not-collected.js")
