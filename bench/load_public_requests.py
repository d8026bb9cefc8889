"""Submit public disclosure requests concurrently while a web worker is killed; lose nothing.

Run by hand (not part of the test suite), with PostgreSQL and, if you like, Redis running::

    python bench/load_public_requests.py \
        --database postgres://postgres@127.0.0.1:5432/gk_bench --redis redis://127.0.0.1:6379/7

The script drops and recreates the named database, runs ``gongkai migrate`` and ``gongkai demo``,
starts gunicorn with 4 workers on a free loopback port (the production profile: DEBUG off), and
submits ``--requests`` requests through the public online form, ``--concurrency`` at a time, each
as a browser would: GET the form (CSRF cookie, one-time submission key), POST it, follow the
redirect to the acknowledgement page and read the tracking number shown there. Partway through
it kills one gunicorn worker with SIGKILL; gunicorn starts another. A submission whose
connection broke or that got an error is sent again once with the same submission key, as a
person pressing "submit" again would.

At the end it checks in the database that every acknowledged tracking number is stored exactly
once with the text that was sent, and that no submission was stored twice, then prints the
throughput and the latency (median, p95) of the POSTs. The exit status is 1 if anything was
lost or doubled.
"""

import argparse
import http.cookiejar
import os
import re
import secrets
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from gongkai.core.idnumbers import id_check_char

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def id_number(serial: int) -> str:
    """A checksum-valid identity card number of a fictional person."""
    base = f"11010119900101{serial % 1000:03d}"
    return base + id_check_char(base)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Outcome:
    marker: str
    number: str = ""
    attempts: int = 0
    errors: list[str] = field(default_factory=list)
    seconds: list[float] = field(default_factory=list)


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def _opener():
    jar = http.cookiejar.CookieJar()
    return urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)


def _field(html: str, name: str) -> str:
    found = re.search(rf'name="{name}"[^>]*value="([^"]*)"', html) or re.search(
        rf'value="([^"]*)"[^>]*name="{name}"', html
    )
    if not found:
        raise RuntimeError(f"no {name} in the form")
    return found.group(1)


def submit(base: str, n: int, run: str) -> Outcome:
    """One applicant: load the form, post it (again once if it failed), read the number."""
    outcome = Outcome(marker=f"压测{run}-{n:04d}")
    opener = _opener()
    try:
        html = opener.open(f"{base}/apply/form/", timeout=60).read().decode()
    except (OSError, urllib.error.URLError) as exc:  # the worker serving the GET was killed
        outcome.errors.append(f"GET {exc}")
        html = opener.open(f"{base}/apply/form/", timeout=60).read().decode()
    org = re.search(r'<option value="(\d+)"', html).group(1)
    data = urllib.parse.urlencode(
        {
            "csrfmiddlewaretoken": _field(html, "csrfmiddlewaretoken"),
            "submission_key": _field(html, "submission_key"),
            "org": org,
            "applicant_type": "person",
            "applicant_name": f"压测申请人{n}",
            "id_type": "id_card",
            "id_document": id_number(n),
            "phone": "13800000000",
            "description": f"请公开2025年度部门预算说明。{outcome.marker}",
            "delivery_method": "online",
        }
    ).encode()
    for _attempt in range(2):
        outcome.attempts += 1
        started = time.perf_counter()
        try:
            request = urllib.request.Request(
                f"{base}/apply/form/", data=data, headers={"Referer": f"{base}/apply/form/"}
            )
            try:
                opener.open(request, timeout=60)
                outcome.errors.append("POST answered without a redirect")
                continue
            except urllib.error.HTTPError as exc:
                if exc.code != 302:
                    outcome.errors.append(f"POST HTTP {exc.code}")
                    continue
                location = exc.headers["Location"]
            outcome.seconds.append(time.perf_counter() - started)
            page = opener.open(urllib.parse.urljoin(base, location), timeout=60).read().decode()
            outcome.number = re.search(r"<strong>([0-9A-Z-]+)</strong>", page).group(1)
            return outcome
        except (OSError, urllib.error.URLError, AttributeError) as exc:
            outcome.errors.append(f"POST {type(exc).__name__}: {exc}")
    return outcome


def workers_of(master: int) -> list[int]:
    children = Path(f"/proc/{master}/task/{master}/children")
    return [int(pid) for pid in children.read_text().split()] if children.exists() else []


def prepare(env: dict, database: str) -> None:
    parsed = urllib.parse.urlparse(database)
    name = parsed.path.lstrip("/")
    admin = parsed._replace(path="/postgres").geturl()
    import psycopg

    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    for command in (["migrate", "-v0"], ["demo"]):
        subprocess.run([BIN / "gongkai", *command], env=env, check=True, stdout=subprocess.DEVNULL)


def stored(env: dict, run: str) -> dict[str, list[str]]:
    """Tracking numbers stored per marker of this run, read with the application's settings."""
    code = (
        "import django, json; django.setup()\n"
        "from gongkai.applications.models import Application\n"
        f"rows = Application.objects.filter(description__contains='压测{run}-')"
        ".values_list('number', 'description')\n"
        "print(json.dumps(list(rows)))"
    )
    import json

    out = subprocess.run(
        [sys.executable, "-c", code], env=env, check=True, capture_output=True, text=True
    ).stdout
    found: dict[str, list[str]] = {}
    for number, description in json.loads(out.strip().splitlines()[-1]):
        marker = re.search(rf"压测{run}-\d+", description).group(0)
        found.setdefault(marker, []).append(number)
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database", required=True, help="a PostgreSQL URL; it is recreated")
    parser.add_argument("--redis", default="", help="a Redis URL for the cache (optional)")
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--kill-after", type=int, default=60, help="submissions done, then kill")
    parser.add_argument("--skip-setup", action="store_true", help="reuse the database as it is")
    args = parser.parse_args()

    data_dir = tempfile.mkdtemp(prefix="gongkai-bench-")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "gongkai.settings.base",
        "DATABASE_URL": args.database,
        "REDIS_URL": args.redis,
        "GONGKAI_DATA_DIR": data_dir,
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(40),
        "DJANGO_DEBUG": "false",
        "GONGKAI_PUBLIC_POST_RATE": "100000/h",
        "GONGKAI_LOG_LEVEL": "WARNING",
    }
    if not args.skip_setup:
        print("preparing the database (migrate, demo) …", flush=True)
        prepare(env, args.database)

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [BIN / "gunicorn", "gongkai.wsgi:application", "--workers", str(args.workers),
         "--bind", f"127.0.0.1:{port}", "--timeout", "60", "--graceful-timeout", "5",
         "--log-level", "warning"],
        env=env, cwd=ROOT,
    )  # fmt: skip
    try:
        for _ in range(300):
            try:
                urllib.request.urlopen(f"{base}/apply/form/", timeout=5).read()
                break
            except OSError:
                time.sleep(0.2)
        while len(workers_of(server.pid)) < args.workers:
            time.sleep(0.2)
        return run_load(args, env, base, server.pid)
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(30)


def run_load(args, env: dict, base: str, master: int) -> int:
    run = secrets.token_hex(3)
    done = 0
    lock = threading.Lock()
    killed: list[int] = []

    def one(n: int) -> Outcome:
        nonlocal done
        outcome = submit(base, n, run)
        with lock:
            done += 1
            if done == args.kill_after and not killed:
                victim = workers_of(master)[0]
                os.kill(victim, signal.SIGKILL)
                killed.append(victim)
        return outcome

    print(
        f"{args.requests} requests, {args.concurrency} at a time, {args.workers} workers, "
        f"one killed after {args.kill_after} …",
        flush=True,
    )
    started = time.perf_counter()
    with ThreadPoolExecutor(args.concurrency) as pool:
        outcomes = list(pool.map(one, range(args.requests)))
    elapsed = time.perf_counter() - started

    found = stored(env, run)
    acknowledged = [o for o in outcomes if o.number]
    lost = [o for o in acknowledged if o.number not in found.get(o.marker, [])]
    doubled = {m: numbers for m, numbers in found.items() if len(numbers) > 1}
    unacknowledged_stored = [o for o in outcomes if not o.number and o.marker in found]
    first_failed = [o for o in outcomes if o.errors]
    latencies = sorted(s for o in outcomes for s in o.seconds)
    errors: dict[str, int] = {}
    for o in outcomes:
        for e in o.errors:
            errors[e[:60]] = errors.get(e[:60], 0) + 1

    print(f"killed worker pid {killed[0] if killed else '—'}; workers now {workers_of(master)}")
    print(f"acknowledged: {len(acknowledged)} of {args.requests}")
    print(f"  needed a second submit: {len(first_failed)}; errors seen: {errors or 'none'}")
    print(f"stored: {sum(len(v) for v in found.values())}; acknowledged but missing: {len(lost)}")
    print(f"stored twice: {len(doubled)}; stored without acknowledgement: "
          f"{len(unacknowledged_stored)}")  # fmt: skip
    print(f"throughput: {args.requests / elapsed:.1f} submissions/s ({elapsed:.1f} s)")
    if latencies:
        p95 = latencies[min(len(latencies) - 1, int(0.95 * len(latencies)))]
        print(f"POST latency: median {statistics.median(latencies) * 1000:.0f} ms, "
              f"p95 {p95 * 1000:.0f} ms")  # fmt: skip
    ok = not lost and not doubled and len(acknowledged) == args.requests
    print("OK: nothing lost or doubled" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
