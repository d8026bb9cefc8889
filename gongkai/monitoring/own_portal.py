"""Gongkai's own portal as a monitored site: its columns found from the project's own URL
names, so the checks follow the portal wherever its pages move."""

from django.conf import settings
from django.db import transaction
from django.urls import reverse

from .models import Column, Site
from .services import column_save, site_save
from .states import ColumnKind

#: The portal's columns: URL name, column name as the portal shows it, class.
OWN_COLUMNS = [
    ("portal:statutory", "法定主动公开内容", ColumnKind.DISCLOSURE),
    ("portal:guide", "公开指南", ColumnKind.DISCLOSURE),
    ("portal:rules", "公开制度", ColumnKind.DISCLOSURE),
    ("portal:annual_reports", "年度报告", ColumnKind.DISCLOSURE),
    ("portal:browse", "分类浏览", ColumnKind.NOTICE_POLICY),
    ("participate:messages", "留言信箱", ColumnKind.INTERACTION),
]


def own_portal_url() -> str:
    """The portal's public address (GONGKAI_PUBLIC_URL; the local server by default)."""
    url = getattr(settings, "GONGKAI_PUBLIC_URL", "") or "http://127.0.0.1:8000/"
    return url.rstrip("/") + reverse("portal:home")


@transaction.atomic
def own_portal_register(*, actor=None, base_url: str | None = None, org=None) -> Site:
    """Register (or bring up to date) Gongkai's own portal and its columns; idempotent."""
    base_url = base_url or own_portal_url()
    root = base_url.rstrip("/")
    site = Site.objects.filter(own_portal=True).first()
    fields = {"name": "政府信息公开专栏", "base_url": base_url, "own_portal": True}
    if org is not None:
        fields["org"] = org
    if site is None:
        site = site_save(actor=actor, **fields)
    elif any(getattr(site, k) != v for k, v in fields.items()):
        site = site_save(actor=actor, site=site, **fields)
    for name, title, kind in OWN_COLUMNS:
        url = root + reverse(name)
        column = Column.objects.filter(site=site, title=title).first()
        if column is None:
            column_save(actor=actor, site=site, url=url, title=title, kind=kind)
        elif column.url != url:
            column_save(actor=actor, site=site, column=column, url=url)
    return site
