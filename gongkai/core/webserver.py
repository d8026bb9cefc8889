"""The production web server's command line: gunicorn with Gongkai's defaults, from the environment.

| variable | default | what |
|---|---|---|
| GONGKAI_BIND | 127.0.0.1:8000 | address the server listens on (the proxy's upstream) |
| GONGKAI_WEB_WORKERS | 2 × CPUs + 1 | worker processes |
| GONGKAI_WEB_TIMEOUT | 60 | seconds a request may take before its worker is restarted |
| GONGKAI_WEB_MAX_REQUESTS | 1000 | requests after which a worker is replaced (0: never) |

Request lines longer than 4094 bytes, more than 100 header fields or a header longer than 8190
bytes are refused by gunicorn itself; request bodies are limited by Django
(``DATA_UPLOAD_MAX_MEMORY_SIZE``, uploads) and by the proxy (``client_max_body_size``).
"""

import os
import sys
from collections.abc import Mapping

WSGI_APP = "gongkai.wsgi:application"
#: Workers' heartbeat files go to memory, not to a disk that may stall (gunicorn's advice).
HEARTBEAT_DIR = "/dev/shm"  # noqa: S108


def default_workers(cpus: int | None) -> int:
    """Gunicorn's rule of thumb for sync workers: two per core, plus one."""
    return 2 * (cpus or 1) + 1


def gunicorn_argv(environ: Mapping[str, str], cpus: int | None, bind: str | None = None) -> list:
    """The command line that runs gunicorn as configured by ``environ``."""
    workers = int(environ.get("GONGKAI_WEB_WORKERS") or default_workers(cpus))
    max_requests = int(environ.get("GONGKAI_WEB_MAX_REQUESTS") or 1000)
    argv = [
        sys.executable,
        "-m",
        "gunicorn",
        WSGI_APP,
        "--bind",
        bind or environ.get("GONGKAI_BIND") or "127.0.0.1:8000",
        "--workers",
        str(max(1, workers)),
        "--timeout",
        str(int(environ.get("GONGKAI_WEB_TIMEOUT") or 60)),
        "--graceful-timeout",
        "30",
        "--keep-alive",
        "5",
        "--limit-request-line",
        "4094",
        "--limit-request-fields",
        "100",
        "--limit-request-field_size",
        "8190",
        "--max-requests",
        str(max_requests),
        "--max-requests-jitter",
        str(max_requests // 10),
        "--access-logfile",
        "-",
        "--error-logfile",
        "-",
    ]
    if os.path.isdir(HEARTBEAT_DIR):
        argv += ["--worker-tmp-dir", HEARTBEAT_DIR]
    return argv
