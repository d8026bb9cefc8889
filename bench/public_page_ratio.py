"""Requests per second of a public item page against a bare Django view reading the same row.

Run by hand (not part of the test suite)::

    python bench/public_page_ratio.py                        # SQLite, local-memory cache
    python bench/public_page_ratio.py --database postgres://postgres@127.0.0.1:5432/gk_bench \
        --redis redis://127.0.0.1:6379/7                      # the production profile

The script loads the demo into a fresh database (a PostgreSQL one named by --database is dropped
and recreated), starts gunicorn with ONE worker serving the platform plus a bare view
(bench/bare_view_wsgi.py), and then, in alternating rounds of --seconds each, keeps
--concurrency keep-alive clients busy on:

- ``bare``: /bare/<pk>/, the bare view (one query, no template);
- ``item``: /info/items/<pk>/, the public item page as readers get it (from the page cache);
- ``item-uncached``: the same page with a query string new at every request, so that every
  request renders the page (what the first reader after a change pays).

It prints the median req/s of each over the rounds and the ratios to ``bare``.
"""

import argparse
import http.client
import os
import secrets
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def prepare(env: dict, database: str) -> None:
    if database.startswith("postgres"):
        import psycopg

        parsed = urllib.parse.urlparse(database)
        admin = parsed._replace(path="/postgres").geturl()
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{parsed.path.lstrip("/")}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{parsed.path.lstrip("/")}"')
    for command in (["migrate", "-v0"], ["demo"]):
        subprocess.run([BIN / "gongkai", *command], env=env, check=True, stdout=subprocess.DEVNULL)


def an_item(env: dict) -> int:
    code = (
        "import django; django.setup()\n"
        "from gongkai.publishing.models import InformationItem\n"
        "print(InformationItem.objects.filter(is_public=True).order_by('pk').first().pk)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, check=True, capture_output=True, text=True
    ).stdout
    return int(out.strip().splitlines()[-1])


def hammer(port: int, path_for, seconds: float, concurrency: int) -> float:
    """Requests per second over ``seconds`` with ``concurrency`` keep-alive clients."""
    counts = [0] * concurrency
    stop = time.monotonic() + seconds

    def client(i: int) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        n = 0
        while time.monotonic() < stop:
            conn.request("GET", path_for(i, n))
            response = conn.getresponse()
            response.read()
            if response.status != 200:
                raise SystemExit(f"{path_for(i, n)}: HTTP {response.status}")
            n += 1
        counts[i] = n
        conn.close()

    threads = [threading.Thread(target=client, args=(i,)) for i in range(concurrency)]
    started = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return sum(counts) / (time.monotonic() - started)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database", default="", help="PostgreSQL URL (recreated); else SQLite")
    parser.add_argument("--redis", default="", help="a Redis URL for the cache (optional)")
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--concurrency", type=int, default=4)
    args = parser.parse_args()

    data_dir = tempfile.mkdtemp(prefix="gongkai-bench-")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "gongkai.settings.base",
        "DATABASE_URL": args.database or f"sqlite:///{data_dir}/bench.sqlite3",
        "REDIS_URL": args.redis,
        "GONGKAI_DATA_DIR": data_dir,
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(40),
        "DJANGO_DEBUG": "false",
        "GONGKAI_HTTPS": "0",
        "GONGKAI_LOG_LEVEL": "WARNING",
        "PYTHONPATH": os.pathsep.join([str(ROOT / "bench"), os.environ.get("PYTHONPATH", "")]),
    }
    print("preparing the database (migrate, demo) …", flush=True)
    prepare(env, env["DATABASE_URL"])
    pk = an_item(env)
    subprocess.run([BIN / "gongkai", "collectstatic", "--noinput", "-v0"], env=env, check=True)
    port = free_port()
    server = subprocess.Popen(
        [BIN / "gunicorn", "bare_view_wsgi:application", "--workers", "1",
         "--bind", f"127.0.0.1:{port}", "--log-level", "warning"],
        env=env, cwd=ROOT,
    )  # fmt: skip
    try:
        for _ in range(300):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/bare/{pk}/", timeout=5).read()
                break
            except OSError:
                time.sleep(0.2)
        run = secrets.token_hex(3)
        paths = {
            "bare": lambda i, n: f"/bare/{pk}/",
            "item": lambda i, n: f"/info/items/{pk}/",
            "item-uncached": lambda i, n: f"/info/items/{pk}/?r={run}-{i}-{n}",
        }
        for path_for in paths.values():  # warm up
            hammer(port, path_for, 1, args.concurrency)
        results: dict[str, list[float]] = {name: [] for name in paths}
        for _ in range(args.rounds):  # alternate, so that drift hits all alike
            for name, path_for in paths.items():
                results[name].append(hammer(port, path_for, args.seconds, args.concurrency))
        bare = statistics.median(results["bare"])
        for name, values in results.items():
            rate = statistics.median(values)
            print(f"{name:14} {rate:8.1f} req/s   ratio to bare {rate / bare:5.2f}")
        return 0
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(30)


if __name__ == "__main__":
    sys.exit(main())
