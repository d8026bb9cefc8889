"""Coordinators extend what the privacy scanner treats as personal data (PUB-SECRET-1)."""

from django.utils.translation import gettext as _

from gongkai.core.audit import audit_record
from gongkai.core.errors import DomainError
from gongkai.core.permissions import user_roles
from gongkai.orgs.roles import Role

from ..models import PrivacyRule
from ..privacy.rules import DEFAULT_RULES

_VALUED = (PrivacyRule.Category.COLUMN, PrivacyRule.Category.LABEL)


def builtin_words(category: str) -> dict[str, str]:
    """The scanner's built-in words of a category, each with its kind ('' if it has none)."""
    if category == PrivacyRule.Category.COLUMN:
        return dict(DEFAULT_RULES.columns)
    if category == PrivacyRule.Category.LABEL:
        return dict(DEFAULT_RULES.labels)
    words = (
        DEFAULT_RULES.public if category == PrivacyRule.Category.PUBLIC else DEFAULT_RULES.official
    )
    return dict.fromkeys(words, "")


def privacy_rule_add(*, actor, category: str, kind: str, word: str) -> PrivacyRule:
    """Add a heading or label; the scanner reads it from the next scan on.

    PUB-SECRET-1 (《条例》第十五条): which data counts as personal is the coordinator's to extend.
    """
    if Role.COORDINATOR not in user_roles(actor):
        raise DomainError(_("Only the coordinator can add personal-data rules."), code="forbidden")
    word = "".join(word.split())
    if not 2 <= len(word) <= 20:
        raise DomainError(_("Write the heading or label as it appears, 2 to 20 characters."))
    if category in _VALUED and not kind:
        raise DomainError(_("Choose which personal data the heading or label announces."))
    if category not in _VALUED:
        kind = ""
    if (
        word in builtin_words(category)
        or PrivacyRule.objects.filter(category=category, word=word).exists()
    ):
        raise DomainError(_("“%(word)s” is already in the list.") % {"word": word})
    rule = PrivacyRule(category=category, kind=kind, word=word, created_by=actor)
    rule.full_clean()
    rule.save()
    audit_record(actor=actor, obj=rule, action="publishing.privacy_rule_add")
    return rule
