"""The copies of attached files the public downloads."""

import secrets

from django.db import models
from django.utils.translation import gettext_lazy as _

from gongkai.core.pagecache import PublicContentQuerySet


def published_path(instance: "PublishedFile", filename: str) -> str:
    """A random folder per copy, like the originals' (models.items.attachment_path)."""
    return f"publishing/published/{secrets.token_hex(16)}/{filename}"


class PublishedFile(models.Model):
    """What the public downloads for one attachment from one publication on: the findings the
    reviewer chose to mask masked, and the file's metadata (author, GPS location) removed.

    A version lists the copies it published (``ItemVersion.attachments[*]["file"]``), so a
    later publication never changes what an earlier version served.
    """

    attachment = models.ForeignKey(
        "publishing.Attachment",
        models.CASCADE,
        related_name="published_files",
        verbose_name=_("attachment"),
    )
    file = models.FileField(_("file"), upload_to=published_path, max_length=300)
    masked = models.BooleanField(_("findings masked"), default=False)
    created_at = models.DateTimeField(_("made at"), auto_now_add=True)

    objects = PublicContentQuerySet.as_manager()

    class Meta:
        verbose_name = _("published file")
        verbose_name_plural = _("published files")
        ordering = ["attachment", "-created_at"]

    def __str__(self) -> str:
        return self.attachment.name if self.attachment_id else ""
