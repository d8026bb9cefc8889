"""Allow ``python -m gongkai``."""

from gongkai.cli import main

main()
