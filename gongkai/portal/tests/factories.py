"""Guide versions and rule documents taken through review and publication, as the office does."""

from gongkai.portal.models import GuideVersion, RuleDocument
from gongkai.portal.services import (
    GUIDE_STAGE,
    RULE_STAGE,
    guide_publish,
    guide_save,
    rule_publish,
    rule_save,
)
from gongkai.publishing.tests.factories import approve_request


def found_texts(target, stage: str) -> tuple[str, ...]:
    """Every finding's text: a guide holds only the office's own public lines (保留)."""
    from gongkai.publishing.services.reviews import review_latest

    return tuple(f.text for f in review_latest(target=target, stage=stage).findings.all())


def publish_guide(*, org, actor, fields) -> GuideVersion:
    """Save a guide version, have its review approved keeping the office's lines, publish it."""
    version = guide_save(org=org, actor=actor, fields=fields)
    approve_request(version, GUIDE_STAGE, keep=found_texts(version, GUIDE_STAGE))
    return guide_publish(version=version, actor=actor)


def publish_rule(*, org, actor, fields, rule=None, upload=None, keep=()) -> RuleDocument:
    """Submit a rule document, have its review approved and publish it."""
    rule = rule_save(org=org, actor=actor, fields=fields, rule=rule, upload=upload)
    approve_request(rule, RULE_STAGE, keep=keep)
    return rule_publish(rule=rule, actor=actor)
