"""Every write of the portal: guide versions, rule documents and annual reports, all audited."""

from .common import require_coordinator
from .guides import (
    GUIDE_FIELDS,
    GUIDE_STAGE,
    guide_pending,
    guide_publish,
    guide_save,
    guide_withdraw,
)
from .reports import (
    REPORT_STAGE,
    annual_report_delete,
    annual_report_publish,
    annual_report_save,
    annual_report_submit_computed,
)
from .rules import (
    RULE_FIELDS,
    RULE_STAGE,
    rule_delete,
    rule_pending_values,
    rule_publish,
    rule_save,
    rule_withdraw,
)

__all__ = [
    "GUIDE_FIELDS",
    "GUIDE_STAGE",
    "REPORT_STAGE",
    "RULE_FIELDS",
    "RULE_STAGE",
    "annual_report_delete",
    "annual_report_publish",
    "annual_report_save",
    "annual_report_submit_computed",
    "guide_pending",
    "guide_publish",
    "guide_save",
    "guide_withdraw",
    "require_coordinator",
    "rule_delete",
    "rule_pending_values",
    "rule_publish",
    "rule_save",
    "rule_withdraw",
]
