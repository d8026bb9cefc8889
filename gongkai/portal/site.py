"""Whose column this site is: the name its header, page titles and sign-in page show.

The name is the organisation's own (its column name, or else its official name), never the host
name; the subtitle 政府信息公开 is left off when the name already says it, so that no page reads
"平度市政府政府信息公开". Read on every page, so kept in the cache under the generation of
public content (core.pagecache): until an organisation changes, by a save or a queryset write.
"""

from django.conf import settings
from django.core.cache import cache
from django.db.models import Q
from django.utils.translation import gettext as _

from gongkai.core.pagecache import current_generation
from gongkai.orgs.models import Organisation

CACHE_KEY = "portal:site-column"


def site_org() -> Organisation | None:
    """GONGKAI_SITE_ORG (a code or an official name), else the only top-level government or
    agency, else none."""
    roots = Organisation.objects.filter(
        is_active=True, kind__in=[Organisation.Kind.REGION, Organisation.Kind.AGENCY]
    )
    wanted = settings.GONGKAI_SITE_ORG.strip()
    if wanted:
        return roots.filter(Q(code=wanted) | Q(name=wanted)).order_by("depth", "pk").first()
    top = list(roots.filter(parent=None)[:2])
    return top[0] if len(top) == 1 else None


def column_name(org: Organisation) -> str:
    return (org.site_name or org.name).strip()


def subtitle_for(name: str) -> str:
    """The line under the name: 政府信息公开, unless the name already ends with what it says."""
    if name.endswith(("信息公开", "政务公开", "公开专栏")):
        return ""
    return _("Government information disclosure")


def _key() -> str:
    return f"{CACHE_KEY}:{current_generation()}"


def site_column() -> dict:
    key = _key()
    column = cache.get(key)
    if column is None:
        org = site_org()
        name = column_name(org) if org else settings.GONGKAI_SITE_NAME
        column = {"site_name": name, "site_subtitle": subtitle_for(name)}
        cache.set(key, column, 3600)
    return column
