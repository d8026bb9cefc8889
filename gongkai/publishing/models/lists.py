"""Lists (清单): structured tables with per-type columns, versions and public feedback."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from gongkai.core.models import BaseModel
from gongkai.core.pagecache import PublicContentQuerySet


class ListType(models.Model):
    """A kind of list and its columns; the first column identifies a row across versions."""

    code = models.SlugField(_("code"), max_length=32, unique=True)
    name = models.CharField(_("name"), max_length=100)
    columns = models.JSONField(_("columns"), default=list, help_text=_("Column headings in order."))

    objects = PublicContentQuerySet.as_manager()

    class Meta:
        verbose_name = _("list type")
        verbose_name_plural = _("list types")
        ordering = ["pk"]

    def __str__(self) -> str:
        return self.name


class DisclosureList(BaseModel):
    """One organisation's list of one type, e.g. 省卫生计生委权责清单."""

    org = models.ForeignKey(
        "orgs.Organisation", models.PROTECT, related_name="+", verbose_name=_("organisation")
    )
    list_type = models.ForeignKey(
        ListType, models.PROTECT, related_name="lists", verbose_name=_("list type")
    )
    title = models.CharField(_("title"), max_length=200)

    objects = PublicContentQuerySet.as_manager()

    class Meta:
        verbose_name = _("list")
        verbose_name_plural = _("lists")
        ordering = ["org", "list_type", "title"]
        constraints = [
            models.UniqueConstraint(fields=["org", "title"], name="publishing_list_unique_title")
        ]

    def __str__(self) -> str:
        return self.title

    def get_public_url(self) -> str:
        from django.urls import reverse

        return reverse("info:list", args=[self.pk])


class ListVersionStatus(models.TextChoices):
    """A version is public only once its confidentiality review passed (PUB-SECRET-1)."""

    PENDING = "pending", _("Not published")
    PUBLISHED = "published", _("Published")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class ListVersion(models.Model):
    """The rows of a list from one publication on; earlier versions are kept.

    Until it is published the rows are those imported; on publication they are replaced by the
    rows as reviewed (personal data masked).
    """

    disclosure_list = models.ForeignKey(
        DisclosureList, models.CASCADE, related_name="versions", verbose_name=_("list")
    )
    number = models.PositiveIntegerField(_("version"))
    rows = models.JSONField(_("rows"), default=list)
    note = models.CharField(_("what changed"), max_length=300, blank=True)
    status = models.CharField(
        _("status"), max_length=16, choices=ListVersionStatus, default=ListVersionStatus.PUBLISHED
    )
    published_on = models.DateField(_("date published"), null=True, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, models.PROTECT, related_name="+", verbose_name=_("published by")
    )

    objects = PublicContentQuerySet.as_manager()

    class Meta:
        verbose_name = _("list version")
        verbose_name_plural = _("list versions")
        ordering = ["disclosure_list", "-number"]
        constraints = [
            models.UniqueConstraint(
                fields=["disclosure_list", "number"], name="publishing_list_version_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.disclosure_list} v{self.number}"

    @property
    def is_pending(self) -> bool:
        """Imported, not yet reviewed and published."""
        return self.status == ListVersionStatus.PENDING

    @property
    def is_published(self) -> bool:
        return self.status == ListVersionStatus.PUBLISHED


class ListFeedback(models.Model):
    """A comment left by the public in a list's feedback box; the contact stays internal."""

    disclosure_list = models.ForeignKey(
        DisclosureList, models.CASCADE, related_name="feedback", verbose_name=_("list")
    )
    name = models.CharField(_("name"), max_length=50, blank=True)
    contact = models.CharField(_("contact"), max_length=100, blank=True)
    message = models.TextField(_("message"), max_length=2000)
    created_at = models.DateTimeField(_("received at"), auto_now_add=True)

    objects = PublicContentQuerySet.as_manager()

    class Meta:
        verbose_name = _("list feedback")
        verbose_name_plural = _("list feedback")
        ordering = ["disclosure_list", "-created_at"]

    def __str__(self) -> str:
        return self.message[:40]
