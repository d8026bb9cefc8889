"""Organisations (a tree of any depth), their aliases, and users' roles in them."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from gongkai.core.models import BaseModel
from gongkai.core.pagecache import PublicContentQuerySet

from .roles import Role


class Organisation(BaseModel):
    class Kind(models.TextChoices):
        REGION = "region", _("Region (government)")
        AGENCY = "agency", _("Agency (department)")
        UNIT = "unit", _("Unit (division, office)")

    parent = models.ForeignKey(
        "self",
        models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
        verbose_name=_("parent organisation"),
    )
    name = models.CharField(_("official name"), max_length=200)
    short_name = models.CharField(_("short name"), max_length=100, blank=True)
    site_name = models.CharField(
        _("column name"),
        max_length=100,
        blank=True,
        help_text=_(
            "The name the public column shows in its header and on the sign-in page, such as "
            "平度市人民政府信息公开; left empty, the official name is shown."
        ),
    )
    kind = models.CharField(_("kind"), max_length=16, choices=Kind, default=Kind.AGENCY)
    code = models.CharField(
        _("organisation code"),
        max_length=32,
        blank=True,
        help_text=_("9-digit organisation code or 18-character unified social credit code."),
    )
    name_match = models.CharField(max_length=200, db_index=True, editable=False, default="")
    short_match = models.CharField(max_length=100, db_index=True, editable=False, default="")
    path = models.CharField(_("tree path"), max_length=500, db_index=True, editable=False)
    depth = models.PositiveSmallIntegerField(_("depth"), default=0, editable=False)
    sort_order = models.IntegerField(_("sort order"), default=0)
    is_active = models.BooleanField(_("active"), default=True)

    objects = PublicContentQuerySet.as_manager()

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["path"]
        constraints = [
            models.UniqueConstraint(fields=["parent", "name"], name="org_unique_name_under_parent"),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def display_name(self) -> str:
        return self.short_name or self.name

    def ancestor_ids(self) -> list[int]:
        return [int(p) for p in self.path.strip("/").split("/") if p][:-1]


class OrgAlias(BaseModel):
    """Another name for an organisation, e.g. 省卫生计生委 for 云南省卫生和计划生育委员会."""

    org = models.ForeignKey(
        Organisation, models.CASCADE, related_name="aliases", verbose_name=_("organisation")
    )
    alias = models.CharField(_("alias"), max_length=200)
    key = models.CharField(_("match key"), max_length=200, db_index=True, editable=False)
    scope = models.ForeignKey(
        Organisation,
        models.CASCADE,
        null=True,
        blank=True,
        related_name="scoped_aliases",
        verbose_name=_("valid within"),
        help_text=_("Empty: valid everywhere. Otherwise only in documents of this organisation."),
    )

    objects = PublicContentQuerySet.as_manager()

    class Meta:
        verbose_name = _("alias")
        verbose_name_plural = _("aliases")
        ordering = ["alias"]
        constraints = [
            models.UniqueConstraint(
                fields=["key"], condition=models.Q(scope=None), name="alias_unique_global"
            ),
            models.UniqueConstraint(fields=["key", "scope"], name="alias_unique_in_scope"),
        ]

    def __str__(self) -> str:
        return f"{self.alias} → {self.org}"


class Membership(BaseModel):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        models.CASCADE,
        related_name="memberships",
        verbose_name=_("user"),
    )
    org = models.ForeignKey(
        Organisation, models.CASCADE, related_name="memberships", verbose_name=_("organisation")
    )
    role = models.CharField(_("role"), max_length=16, choices=Role)

    objects = PublicContentQuerySet.as_manager()

    class Meta:
        verbose_name = _("role assignment")
        verbose_name_plural = _("role assignments")
        constraints = [
            models.UniqueConstraint(fields=["user", "org", "role"], name="membership_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.org} · {self.get_role_display()}"
