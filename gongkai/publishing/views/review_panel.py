"""What the shared review panel shows: findings, highlighted texts and the preview as published."""

import re

from django.urls import reverse
from django.utils.translation import gettext as _

from ..models import InformationItem, PrivacyFinding, PublicationRequest, RequestStatus
from ..privacy import html_text
from ..services.confidentiality import item_preview_body, item_referred_by
from ..services.reviews import may_review, published_texts
from ..states import REVIEWING, Status

_BLANK_LINES = re.compile(r"\n[ \t]*(?:\n[ \t]*)+")


def highlighted(text: str, findings: list[PrivacyFinding]) -> list[dict]:
    """Split a text into plain pieces and findings, for highlighting in order."""
    pieces, pos = [], 0
    for f in sorted(findings, key=lambda f: f.start):
        if f.start < pos:
            continue
        pieces.append({"text": text[pos : f.start]})
        pieces.append({"text": text[f.start : f.end], "finding": f})
        pos = f.end
    pieces.append({"text": text[pos:]})
    for piece in pieces:  # display only: blank lines left by block tags are dropped
        if "finding" not in piece:
            piece["text"] = _BLANK_LINES.sub("\n", piece["text"])
    pieces[0]["text"] = pieces[0]["text"].lstrip()
    return pieces


def _counts(findings: list[PrivacyFinding]) -> int:
    return sum(f.decision == PrivacyFinding.Decision.PENDING for f in findings)


def item_panel(user, item: InformationItem) -> dict:
    """The panel of an item's review: its body and attachments."""
    findings = list(item.findings.select_related("attachment"))
    for f in findings:
        f.where = f.attachment.name if f.attachment_id else _("Body")
    body_findings = [f for f in findings if f.attachment_id is None]
    reviewing = item.status in REVIEWING and may_review(
        user=user,
        org=item.org,
        referred=item.status == Status.REFERRED,
        referred_by_id=item_referred_by(item),
    )
    return {
        "findings": findings,
        "pending": _counts(findings),
        "reviewing": reviewing,
        "accept_all_url": reverse("publishing:accept_all", args=[item.pk]),
        "texts": [{"label": _("Body"), "pieces": highlighted(html_text(item.body), body_findings)}],
        "notes": [
            {
                "name": a.name,
                "url": reverse("publishing:attachment_download", args=[a.pk]),
                "text": a.scan_note,
            }
            for a in item.attachments.filter(removed=False)
            if a.scan_note
        ],
        "preview": [{"label": item.title, "html": True, "text": item_preview_body(item)}],
    }


def request_panel(user, request: PublicationRequest) -> dict:
    """The panel of a publication request: each text it will publish."""
    findings = list(request.findings.all())
    labels = {p["key"]: p["label"] for p in request.parts}
    for f in findings:
        f.where = labels.get(f.part, "")
    texts = []
    for part in request.parts:
        text = html_text(part["text"]) if part.get("html") else part["text"]
        mine = [f for f in findings if f.part == part["key"]]
        if mine:
            texts.append({"label": part["label"], "pieces": highlighted(text, mine)})
    status = request.status
    reviewing = status in (RequestStatus.PENDING, RequestStatus.REFERRED) and may_review(
        user=user,
        org=request.org,
        referred=status == RequestStatus.REFERRED,
        referred_by_id=request.referred_by_id,
    )
    return {
        "findings": findings,
        "pending": _counts(findings),
        "reviewing": reviewing,
        "accept_all_url": reverse("publishing:request_accept_all", args=[request.pk]),
        "texts": texts,
        "notes": [],
        "preview": list(published_texts(request, pending_masked=True).values()),
    }
