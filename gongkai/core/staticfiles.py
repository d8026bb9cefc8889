"""Static files with DEBUG off: compressed, each name carrying its content hash.

`gongkai serve` runs `collectstatic` first. Should a server be started without it (a bare
`gunicorn gongkai.wsgi`, `runserver` with DEBUG off), pages still render: with no manifest at all
the plain names are used, and whitenoise finds the files in the apps (``WHITENOISE_USE_FINDERS``).
A manifest that lacks one file is still an error, as Django makes it.
"""

from whitenoise.storage import CompressedManifestStaticFilesStorage


class StaticStorage(CompressedManifestStaticFilesStorage):
    def stored_name(self, name: str) -> str:
        if not self.hashed_files:  # nothing collected yet
            return name
        return super().stored_name(name)
