"""Read an agency's request settings, and build from them the rules the other modules apply.

``request_settings_get`` is the one way to read the settings: an agency that never saved its
own gets the defaults of the rules (an unsaved row). Every other reader goes through it:
``clock_rules_for`` (the reply clock), ``report_rows_for`` (annual-report rows),
``remedy_a_types_for`` (remedy wording), ``fee_scale_for`` (fee bands).
"""

from collections.abc import Mapping

from gongkai.orgs.models import Organisation

from .clock_events import ClockRules
from .models_settings import SETTING_FIELDS, RemedyWording, RequestSettings
from .states import REMEDY_A_TYPES, ReplyType

#: The settings field holding the row of each reply type whose row is configurable.
ROW_FIELDS: dict[str, str] = {
    ReplyType.R_PUBLISHED: "row_published",
    ReplyType.R_SPECIAL_STATUTE: "row_special_statute",
    ReplyType.R_NOT_OURS: "row_not_ours",
    ReplyType.R_CORRECT_RECORD: "row_correct_record",
}


def request_settings_get(*, org: Organisation) -> RequestSettings:
    """Return ``org``'s settings, or the defaults of the rules (unsaved) if it has none."""
    row = RequestSettings.objects.filter(org=org).first()
    return row if row is not None else RequestSettings(org=org)


def request_settings_defaults() -> dict[str, object]:
    """Return the default of every setting, as the rules state it."""
    return {name: RequestSettings._meta.get_field(name).get_default() for name in SETTING_FIELDS}


def clock_rules_for(*, org: Organisation) -> ClockRules:
    """Return the reply-clock rules of ``org``: the one place ClockRules is built from settings.

    REQ-FEE-5 (国办函〔2020〕109号): whether the fee notice pauses the clock, and the payment
    window in working days; every other period is fixed by 《条例》 and keeps its default.
    """
    row = request_settings_get(org=org)
    return ClockRules(fee_payment_days=row.fee_payment_days, fee_pauses_clock=row.fee_pauses_clock)


def report_rows_for(*, org: Organisation) -> Mapping[str, str]:
    """Return the AR-T3 row ``org`` counts each configurable reply type under (REQ-REPLY-1)."""
    row = request_settings_get(org=org)
    return {reply_type: getattr(row, field) for reply_type, field in ROW_FIELDS.items()}


def remedy_a_types_for(*, org: Organisation) -> frozenset[str]:
    """Return the reply types whose letters print remedy wording A (REQ-REMEDY-3).

    R-WITHHOLD always does (《行政复议法》 (2023) 第二十三条第一款第（四）项); R-PARTIAL as
    the agency chose (default A).
    """
    row = request_settings_get(org=org)
    if row.partial_remedy_wording == RemedyWording.A:
        return REMEDY_A_TYPES
    return REMEDY_A_TYPES - {ReplyType.R_PARTIAL}


def fee_scale_for(*, org: Organisation) -> dict[str, int]:
    """Return ``org``'s per-request bands from the 31st request (REQ-FEE-3, 109号 第四条)."""
    row = request_settings_get(org=org)
    return {"band_size": row.fee_band_size, "band_step": row.fee_band_step}
