"""Read every setting from the environment; defaults are safe (SQLite, in-process jobs, files)."""

import os
import secrets
from datetime import timedelta
from pathlib import Path

import environ
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()

DEBUG = env.bool("DJANGO_DEBUG", default=False)
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])

DATA_DIR = Path(env("GONGKAI_DATA_DIR", default="var")).resolve()
# The data folder holds the database, the uploads and the secret key: the service's user alone
# reads it (an existing folder is left as its administrator set it).
DATA_DIR.mkdir(parents=True, exist_ok=True, mode=0o700)


def _private_file(path: Path) -> Path:
    """Create ``path`` empty with mode 0600 if missing; take group and world access off it.

    SQLite gives its -wal and -shm files the mode of the database file.
    """
    if not path.exists():
        path.touch(mode=0o600)
    elif path.stat().st_mode & 0o077 and path.stat().st_uid == os.getuid():
        path.chmod(0o600)
    return path


def _secret_key() -> str:
    """Use DJANGO_SECRET_KEY, else a random key kept in the data folder (never a fixed default)."""
    if env("DJANGO_SECRET_KEY", default=""):
        return env("DJANGO_SECRET_KEY")
    key_file = DATA_DIR / "secret_key"
    if not key_file.exists():
        key_file.touch(mode=0o600)
        key_file.write_text(secrets.token_urlsafe(50))
    return key_file.read_text().strip()


SECRET_KEY = _secret_key()

# An unset or empty DATABASE_URL means the default: SQLite in the data folder.
DATABASES = {
    "default": env.db_url_config(
        env("DATABASE_URL", default="") or f"sqlite:///{DATA_DIR / 'gongkai.sqlite3'}"
    )
}
DATABASES["default"].setdefault("ATOMIC_REQUESTS", False)
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    if DATABASES["default"]["NAME"] not in ("", ":memory:"):
        _private_file(Path(DATABASES["default"]["NAME"]))
    # WAL and a busy timeout let the job worker and the web process share the file.
    DATABASES["default"]["OPTIONS"] = {
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = env("REDIS_URL", default="")

# Gongkai's apps come first so that their translations win over Django's for shared msgids.
INSTALLED_APPS = [
    "gongkai.core",
    "gongkai.orgs",
    "gongkai.workdays",
    "gongkai.plans",
    "gongkai.applications",
    "gongkai.publishing",
    "gongkai.participation",
    "gongkai.briefings",
    "gongkai.incidents",
    "gongkai.proposals",
    "gongkai.gazette",
    "gongkai.reports",
    "gongkai.monitoring",
    "gongkai.search",
    "gongkai.portal",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.forms",
    "rest_framework",
    "rest_framework.authtoken",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "django_htmx",
    "django_prose_editor",
    "huey.contrib.djhuey",
    "axes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "gongkai.core.headers.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "gongkai.core.middleware.RequestContextMiddleware",
    "gongkai.core.first_password.FirstPasswordMiddleware",
    "gongkai.core.middleware.DomainErrorMiddleware",
    "django_ratelimit.middleware.RatelimitMiddleware",
    "axes.middleware.AxesMiddleware",
]

# Public forms (requests, comments, messages, list feedback): submissions per client address and
# form, counted in the shared cache (gongkai.core.throttle; Redis when REDIS_URL is set, so
# that every worker and host counts together). Behind a proxy, name the header that carries the
# client's address (X-Real-IP, X-Forwarded-For); a missing or garbled value counts as the proxy's
# (gongkai.core.client, also used for the audit log).
GONGKAI_PUBLIC_POST_RATE = env("GONGKAI_PUBLIC_POST_RATE", default="20/h")
_ip_header = env("GONGKAI_CLIENT_IP_HEADER", default="").strip().upper().replace("-", "_")
GONGKAI_CLIENT_IP_HEADER = (
    _ip_header if _ip_header.startswith("HTTP_") else f"HTTP_{_ip_header}" if _ip_header else None
)
RATELIMIT_IP_META_KEY = "gongkai.core.client.client_address_for_limits"
RATELIMIT_VIEW = "gongkai.core.throttle.too_many_submissions"

ROOT_URLCONF = "gongkai.urls"
WSGI_APPLICATION = "gongkai.wsgi.application"

# Widget templates come from the project's engine, so core can word the empty choice of every
# select list as staff expect (请选择), never Django's "---------".
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "gongkai.core.context_processors.shell",
                "gongkai.portal.context_processors.portal",
            ],
        },
    },
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# Sign-in lockout (gongkai.core.lockout): an account is locked for one address after
# AXES_FAILURE_LIMIT failures from it, an address for every account after the higher limit.
AUTHENTICATION_BACKENDS = [
    "gongkai.core.lockout.LockoutBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_HANDLER = "gongkai.core.lockout.LockoutHandler"
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], "ip_address"]
AXES_FAILURE_LIMIT = env.int("GONGKAI_LOGIN_FAILURE_LIMIT", default=5)
GONGKAI_LOGIN_ADDRESS_FAILURE_LIMIT = env.int("GONGKAI_LOGIN_ADDRESS_FAILURE_LIMIT", default=30)
AXES_COOLOFF_TIME = timedelta(minutes=env.int("GONGKAI_LOGIN_COOLOFF_MINUTES", default=30))
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "gongkai.core.client.client_address"  # the one rule, as rate limits
AXES_LOCKOUT_CALLABLE = "gongkai.core.lockout.locked_out"
AXES_DISABLE_ACCESS_LOG = True  # successful sign-ins are not kept: the audit log is the record
AXES_VERBOSE = False
LOGIN_URL = "core:login"
LOGIN_REDIRECT_URL = "core:dashboard"
LOGOUT_REDIRECT_URL = "portal:home"

LANGUAGE_CODE = "zh-hans"
LANGUAGES = [("zh-hans", "简体中文")]
TIME_ZONE = "Asia/Shanghai"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
STATIC_ROOT.mkdir(parents=True, exist_ok=True)
MEDIA_URL = "/media/"
# Uploaded files: a folder here, a shared volume mounted on every web host (GONGKAI_MEDIA_ROOT),
# or an S3-compatible object store (docs/operations.md). Code reaches them only through the
# storage API, so the three behave alike.
MEDIA_ROOT = Path(env("GONGKAI_MEDIA_ROOT", default="") or DATA_DIR / "media")
FILE_UPLOAD_PERMISSIONS = 0o600
FILE_UPLOAD_DIRECTORY_PERMISSIONS = 0o700
GONGKAI_STORAGE = env("GONGKAI_STORAGE", default="") or (
    "s3" if env("AWS_STORAGE_BUCKET_NAME", default="") else "filesystem"
)
# With DEBUG off, static files are served as `gongkai collectstatic` left them in STATIC_ROOT
# (`gongkai serve` runs it first): compressed, with a content hash in each name so that browsers
# may keep them for a year (gongkai.core.staticfiles).
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "gongkai.core.staticfiles.StaticStorage"
    },
}
if GONGKAI_STORAGE == "s3":
    # Private objects: the public downloads them through Gongkai's views, never by bucket URL.
    _s3 = {
        "bucket_name": env("AWS_STORAGE_BUCKET_NAME"),
        "endpoint_url": env("AWS_S3_ENDPOINT_URL", default=""),
        "region_name": env("AWS_S3_REGION_NAME", default=""),
        "access_key": env("AWS_ACCESS_KEY_ID", default=""),
        "secret_key": env("AWS_SECRET_ACCESS_KEY", default=""),
        "location": env("AWS_LOCATION", default=""),
        "addressing_style": env("AWS_S3_ADDRESSING_STYLE", default=""),
    }
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            **{key: value for key, value in _s3.items() if value},
            "default_acl": None,
            "querystring_auth": True,
            "file_overwrite": False,  # a new upload never replaces another's file
        },
    }
elif GONGKAI_STORAGE != "filesystem":
    raise ImproperlyConfigured("GONGKAI_STORAGE must be filesystem or s3.")
WHITENOISE_USE_FINDERS = True
# Office and OFD files are zip packages: refused before parsing when they would expand beyond
# these (gongkai.core.officezip), so that a small "zip bomb" cannot tie up a worker.
GONGKAI_OFFICE_MAX_EXPANDED_MB = env.int("GONGKAI_OFFICE_MAX_EXPANDED_MB", default=64)
GONGKAI_OFFICE_MAX_ENTRIES = env.int("GONGKAI_OFFICE_MAX_ENTRIES", default=5000)
GONGKAI_OFFICE_MAX_RATIO = env.int("GONGKAI_OFFICE_MAX_RATIO", default=200)
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 25 * 1024 * 1024

EMAIL_BACKEND = env(
    "DJANGO_EMAIL_BACKEND", default="django.core.mail.backends.console.EmailBackend"
)
# The mail server, as one URL: smtp+tls://user:password@mail.example.gov.cn:587 (or smtps://
# for implicit TLS, smtp:// for a relay on the same network). It sets the SMTP backend.
if env("EMAIL_URL", default=""):
    vars().update(env.email_url("EMAIL_URL"))
DEFAULT_FROM_EMAIL = env("DJANGO_DEFAULT_FROM_EMAIL", default="gongkai@localhost")

if REDIS_URL:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}
    }
    HUEY = {
        "huey_class": "huey.RedisHuey",
        "name": "gongkai",
        "url": REDIS_URL,
        "immediate": False,
        "consumer": {"workers": env.int("GONGKAI_WORKERS", default=4), "worker_type": "thread"},
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    # Without Redis, jobs run in-process unless GONGKAI_JOBS=sqlite asks for a SQLite queue
    # served by `gongkai run_huey` (what `make demo` does, so reminders fire on schedule).
    _jobs = env("GONGKAI_JOBS", default="immediate")
    HUEY = {
        "huey_class": "huey.SqliteHuey",
        "name": "gongkai",
        "filename": str(_private_file(DATA_DIR / "jobs.sqlite3")),
        "immediate": _jobs == "immediate",
        "consumer": {"workers": 2, "worker_type": "thread"},
    }

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.SessionAuthentication",
        "rest_framework.authentication.TokenAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    # JSON only: the browsable API's pages carry inline style elements that the CSP refuses;
    # integrators read the OpenAPI description at /api/docs/ instead.
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
    "PAGE_SIZE": 50,
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Gongkai API",
    "DESCRIPTION": "政务公开平台接口 (Government information disclosure platform API)",
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    # The schema describes staff endpoints: signed-in users only. Token first, so that an
    # anonymous client gets 401 with a WWW-Authenticate header rather than 403.
    "SERVE_PERMISSIONS": ["rest_framework.permissions.IsAuthenticated"],
    "SERVE_AUTHENTICATION": [
        "rest_framework.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    # Choice sets that share a field name with another: named here, so that the schema (and
    # `check --deploy`, which builds it) has no naming collision.
    "ENUM_NAME_OVERRIDES": {
        "ItemKindEnum": "gongkai.publishing.models.items.Kind",
        "ConsultationStatusEnum": "gongkai.participation.states.ConsultationStatus",
        "BriefingKindEnum": "gongkai.briefings.kinds.EntryKind",
        "SpeakerRoleEnum": "gongkai.briefings.kinds.SpeakerRole",
        "IncidentKindEnum": "gongkai.incidents.states.IncidentKind",
        "IncidentStatusEnum": "gongkai.incidents.states.IncidentStatus",
        "ReleaseKindEnum": "gongkai.incidents.states.ReleaseKind",
        "ProposalKindEnum": "gongkai.proposals.states.ProposalKind",
        "ProposalStatusEnum": "gongkai.proposals.states.ProposalStatus",
        "GazetteIssueStatusEnum": "gongkai.gazette.states.IssueStatus",
    },
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"private_links": {"()": "gongkai.core.logfilters.RedactPrivateLinks"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler", "filters": ["private_links"]},
    },
    "root": {"handlers": ["console"], "level": env("GONGKAI_LOG_LEVEL", default="INFO")},
    "loggers": {
        "jieba": {"level": "WARNING"},
        # runserver's access lines, through the filtered handler too
        "django.server": {"handlers": ["console"], "level": "INFO", "propagate": False},
    },
}

# Security. With DEBUG off the site is served over HTTPS unless GONGKAI_HTTPS=0 says otherwise
# (the demo on http://127.0.0.1:8000 does): HTTP is redirected, cookies travel only over HTTPS,
# browsers are told to keep to HTTPS (HSTS). `gongkai check --deploy` lists what is missing.
GONGKAI_HTTPS = env.bool("GONGKAI_HTTPS", default=not DEBUG)
SECURE_SSL_REDIRECT = env.bool("GONGKAI_SSL_REDIRECT", default=GONGKAI_HTTPS)
SESSION_COOKIE_SECURE = env.bool("DJANGO_SECURE_COOKIES", default=GONGKAI_HTTPS)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_HSTS_SECONDS = env.int("GONGKAI_HSTS_SECONDS", default=31_536_000 if GONGKAI_HTTPS else 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("GONGKAI_HSTS_INCLUDE_SUBDOMAINS", default=True)
SECURE_HSTS_PRELOAD = env.bool("GONGKAI_HSTS_PRELOAD", default=True)
# Behind a proxy that ends TLS: the header it sets to say the client came over HTTPS, written
# as the proxy sends it (X-Forwarded-Proto). Only set it when the proxy always sets or strips it.
_proxy_ssl_header = env("GONGKAI_PROXY_SSL_HEADER", default="")
if _proxy_ssl_header:
    SECURE_PROXY_SSL_HEADER = ("HTTP_" + _proxy_ssl_header.upper().replace("-", "_"), "https")
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
# Only staff sign in: a working day's session that also ends when the browser closes.
SESSION_COOKIE_AGE = env.int("GONGKAI_SESSION_SECONDS", default=8 * 3600)
SESSION_EXPIRE_AT_BROWSER_CLOSE = env.bool("GONGKAI_SESSION_BROWSER_CLOSE", default=True)
# Content-Security-Policy of every response (gongkai.core.headers): scripts and style sheets
# come from this site's files only; no inline script anywhere. Gongkai's own templates write no
# style attribute (a test crawls them), but bodies of older documents and the editor's tables do
# (column widths, alignment): style attributes alone are allowed (style-src-attr), never a style
# element, which could hold selectors. One exception there: the
# rich-text editor (tiptap, in django-prose-editor) adds its base rules as a style element of
# fixed text, allowed by that text's hash (a browser test fails if an upgrade changes it).
TIPTAP_STYLE_HASH = "'sha256-PlumsSlvJ7vvWzjqibGAYKq92O3y/4JTxWWsWJvyUYA='"
GONGKAI_CSP = env(
    "GONGKAI_CSP",
    default="default-src 'self'; script-src 'self'; "
    f"style-src 'self' {TIPTAP_STYLE_HASH}; style-src-attr 'unsafe-inline'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
    "form-action 'self'; frame-ancestors 'none'",
)
GONGKAI_CSP_INLINE_SCRIPTS = ["gongkai.publishing.editor.importmap_text"]

# Gongkai's own settings.
GONGKAI_SITE_NAME = env("GONGKAI_SITE_NAME", default="政务公开平台")
# The organisation whose column this site is (its code or official name). Left empty, the only
# top-level government or agency is; with several, the site shows GONGKAI_SITE_NAME.
GONGKAI_SITE_ORG = env("GONGKAI_SITE_ORG", default="")
# Website monitoring: the portal's public address (Gongkai's own site is checked there; the local
# server by default) and the seconds after which a visit fails (国办秘函〔2019〕19号: 15 s).
GONGKAI_PUBLIC_URL = env("GONGKAI_PUBLIC_URL", default="")
GONGKAI_MONITOR_TIMEOUT = env.float("GONGKAI_MONITOR_TIMEOUT", default=15.0)
# A government portal scoring this much or more also scores its bonus items (MON-SCORE-1); a
# running check's progress on the site page refreshes every so many seconds.
GONGKAI_MONITORING_BONUS_FROM = env.int("GONGKAI_MONITORING_BONUS_FROM", default=80)
GONGKAI_MONITOR_POLL_SECONDS = env.int("GONGKAI_MONITOR_POLL_SECONDS", default=3)
# An applicant's private tracking link stops working this many days after the case is closed.
GONGKAI_TRACKING_DAYS_AFTER_CLOSE = env.int("GONGKAI_TRACKING_DAYS_AFTER_CLOSE", default=180)
# Incidents (EMG-1/2): the 48-hour response clock runs from when the incident is recorded
# ("recorded") or from its start ("start"); reminders go out at these fractions of each clock's
# period (and on expiry); the incident pages refresh their countdowns every so many seconds.
GONGKAI_INCIDENT_RESPONSE_FROM = env("GONGKAI_INCIDENT_RESPONSE_FROM", default="recorded")
GONGKAI_INCIDENT_REMINDER_FRACTIONS = tuple(
    float(x) for x in env.list("GONGKAI_INCIDENT_REMINDER_FRACTIONS", default=["0.5", "0.8"])
)
GONGKAI_INCIDENT_POLL_SECONDS = env.int("GONGKAI_INCIDENT_POLL_SECONDS", default=30)
# EMG-1 asks for releases to go on "as the work progresses" without a figure: after this many
# hours without a release, a running 特别重大/重大 emergency is flagged and the office reminded once
# per gap (the office's own interval).
GONGKAI_INCIDENT_FOLLOW_UP_HOURS = env.int("GONGKAI_INCIDENT_FOLLOW_UP_HOURS", default=24)
