"""Test settings: fast hashing, in-memory mail, jobs run in-process."""

import os
import tempfile

os.environ.setdefault("DJANGO_DEBUG", "0")
os.environ.setdefault("DJANGO_SECRET_KEY", "test-only-not-secret")
# The test server speaks plain HTTP; the HTTPS settings have their own tests.
os.environ.setdefault("GONGKAI_HTTPS", "0")
os.environ.setdefault("GONGKAI_DATA_DIR", tempfile.mkdtemp(prefix="gongkai-test-"))

from .base import *  # noqa: E402,F403
from .base import HUEY  # noqa: E402

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
HUEY = {**HUEY, "immediate": True}
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
ALLOWED_HOSTS = ["*"]
# Many tests post the public forms from one address; the limit's own test switches it on.
RATELIMIT_ENABLE = False
