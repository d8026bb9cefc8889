"""Work-plan parser: read a 政务公开 work plan into its task tree (pure Python, no Django)."""

from .errors import ParseError
from .fold import unit_key
from .model import ParsedPlan, ParsedTask
from .pipeline import parse_blocks, parse_document, parse_file

__all__ = [
    "ParseError",
    "ParsedPlan",
    "ParsedTask",
    "parse_blocks",
    "parse_document",
    "parse_file",
    "unit_key",
]
