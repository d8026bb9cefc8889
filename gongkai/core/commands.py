"""A base for Gongkai's management commands whose help is translated."""

from argparse import ArgumentParser
from typing import Any

from django.core.management.base import BaseCommand


class TranslatedCommand(BaseCommand):
    """A command whose ``help`` may be a lazy translation.

    argparse formats the description with a regular expression, which refuses Django's lazy
    strings (``gongkai reports --help`` failed with a TypeError): the help is made a string, in
    the language active when the parser is built.
    """

    def create_parser(self, prog_name: str, subcommand: str, **kwargs: Any) -> ArgumentParser:
        self.help = str(self.help)
        return super().create_parser(prog_name, subcommand, **kwargs)
