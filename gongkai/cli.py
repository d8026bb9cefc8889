"""The ``gongkai`` command: Django's management commands plus Gongkai's own."""

import os
import sys


def main(argv: list[str] | None = None) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gongkai.settings.base")
    from django.core.management import execute_from_command_line
    from django.db.utils import OperationalError, ProgrammingError

    try:
        execute_from_command_line(["gongkai", *(sys.argv[1:] if argv is None else argv)])
    except (OperationalError, ProgrammingError):
        from django.conf import settings
        from django.utils import translation

        from gongkai.core.setup_check import NOT_MIGRATED, migrations_pending

        if not migrations_pending():
            raise  # a database error of another kind: keep its traceback
        with translation.override(settings.LANGUAGE_CODE):
            print(f"gongkai: {NOT_MIGRATED}", file=sys.stderr)
        sys.exit(2)


if __name__ == "__main__":
    main()
