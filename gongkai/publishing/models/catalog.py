"""The basic catalog (主动公开基本目录) of an organisation and the State Council themes."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from gongkai.core.models import BaseModel
from gongkai.core.pagecache import PublicContentQuerySet


class Theme(models.Model):
    """One node of the State Council theme tree (主题分类, PUB-THEME-1), loaded as data."""

    scheme = models.CharField(_("scheme"), max_length=32, default="gov.cn-2019")
    parent = models.ForeignKey(
        "self",
        models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
        verbose_name=_("parent theme"),
    )
    number = models.PositiveSmallIntegerField(_("number"))
    name = models.CharField(_("name"), max_length=60)

    objects = PublicContentQuerySet.as_manager()

    class Meta:
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        ordering = ["scheme", "parent__number", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["scheme", "parent", "number"], name="publishing_theme_unique_number"
            )
        ]

    def __str__(self) -> str:
        return f"{self.parent.name}\\{self.name}" if self.parent_id else self.name


class CatalogEntry(BaseModel):
    """One entry of an organisation's basic catalog (PUB-SCOPE-4, PUB-BASIC-2); items file here."""

    org = models.ForeignKey(
        "orgs.Organisation",
        models.PROTECT,
        related_name="catalog_entries",
        verbose_name=_("organisation"),
    )
    parent = models.ForeignKey(
        "self",
        models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
        verbose_name=_("parent entry"),
    )
    code = models.CharField(_("entry number"), max_length=32)
    name = models.CharField(_("name"), max_length=200)
    subject = models.CharField(_("disclosing body"), max_length=200, blank=True)
    content = models.TextField(_("disclosure content"), blank=True)
    time_limit = models.CharField(
        _("disclosure time limit"),
        max_length=200,
        blank=True,
        default="信息形成（变更）之日起20个工作日内",
    )
    channel = models.CharField(_("disclosure channel"), max_length=300, blank=True)
    legal_basis = models.TextField(_("legal basis"), blank=True)
    sort_order = models.IntegerField(_("sort order"), default=0)
    version = models.PositiveIntegerField(_("version"), default=1)
    effective_from = models.DateField(_("effective from"))

    objects = PublicContentQuerySet.as_manager()

    class Meta:
        verbose_name = _("catalog entry")
        verbose_name_plural = _("catalog entries")
        ordering = ["org", "sort_order", "code"]
        constraints = [
            models.UniqueConstraint(fields=["org", "code"], name="publishing_catalog_unique_code")
        ]

    def __str__(self) -> str:
        return f"{self.code} {self.name}"


class CatalogEntryVersion(models.Model):
    """A catalog entry as it stood from ``effective_from`` (kept when the entry changes)."""

    entry = models.ForeignKey(
        CatalogEntry, models.CASCADE, related_name="versions", verbose_name=_("catalog entry")
    )
    version = models.PositiveIntegerField(_("version"))
    effective_from = models.DateField(_("effective from"))
    data = models.JSONField(_("disclosure content"), default=dict)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("changed by"),
    )

    objects = PublicContentQuerySet.as_manager()

    class Meta:
        verbose_name = _("catalog entry version")
        verbose_name_plural = _("catalog entry versions")
        ordering = ["entry", "-version"]
        constraints = [
            models.UniqueConstraint(
                fields=["entry", "version"], name="publishing_catalog_unique_version"
            )
        ]

    def __str__(self) -> str:
        return f"{self.entry} v{self.version}"
