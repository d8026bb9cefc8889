"""Search models: one indexed document per source object, and the jieba user dictionary."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from gongkai.core.models import BaseModel


class SearchDocument(BaseModel):
    """The searchable copy of one source object (item, normative document, list, attachment).

    The backend's index (an FTS5 table or a tsvector table) is keyed by ``sort_key``, which orders
    documents by publication time, so "newest matches first" is the index's natural order.
    """

    class Kind(models.TextChoices):
        ITEM = "item", _("Disclosure item")
        POLICY = "policy", _("Policy document")
        INTERPRETATION = "interpretation", _("Policy interpretation")
        NORMATIVE = "normative", _("Normative document")
        LIST = "list", _("List")
        ATTACHMENT = "attachment", _("Attachment")
        GAZETTE = "gazette", _("Government gazette")
        OTHER = "other", _("Other")

    kind = models.CharField(_("kind"), max_length=16, choices=Kind, default=Kind.ITEM)
    object_type = models.CharField(_("source type"), max_length=64)
    object_id = models.CharField(_("source id"), max_length=64)
    org = models.ForeignKey(
        "orgs.Organisation",
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("organisation"),
    )
    org_name = models.CharField(_("organisation name"), max_length=200, blank=True)
    title = models.CharField(_("title"), max_length=500)
    body = models.TextField(_("text"), blank=True)
    attachments_text = models.TextField(_("attachments' text"), blank=True)
    url = models.CharField(_("link"), max_length=500, blank=True)
    doc_number = models.CharField(_("official document number"), max_length=100, blank=True)
    index_number = models.CharField(_("index number"), max_length=64, blank=True)
    keywords = models.CharField(_("keywords"), max_length=200, blank=True)
    theme = models.CharField(_("theme"), max_length=100, blank=True, db_index=True)
    genre = models.CharField(_("genre"), max_length=100, blank=True, db_index=True)
    # 公文种类 from the 文号 (doc_classes.doc_class, PUB-GENRE-1): 国发, 国办函, 云卫发, 其他
    doc_class = models.CharField(_("document class"), max_length=16, blank=True, db_index=True)
    year = models.PositiveSmallIntegerField(_("year"), null=True, blank=True, db_index=True)
    validity = models.CharField(_("validity"), max_length=32, blank=True, db_index=True)
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)
    is_public = models.BooleanField(_("public"), default=True)
    sort_key = models.BigIntegerField(_("index key"), unique=True, editable=False)

    class Meta:
        verbose_name = _("search document")
        verbose_name_plural = _("search documents")
        constraints = [
            models.UniqueConstraint(
                fields=["object_type", "object_id"], name="search_doc_unique_source"
            ),
        ]

    def __str__(self) -> str:
        return self.title


class SearchText(models.Model):
    """The canonical text (services.match_text) of one indexed document, which phrases are
    checked against.

    Kept apart from the document row and keyed like the index (``sort_key``), so that the check
    over a query's candidates reads one narrow row per candidate, not the document's full text
    and every other column before it.
    """

    sort_key = models.BigIntegerField(primary_key=True)
    text = models.TextField()

    class Meta:
        verbose_name = _("search text")
        verbose_name_plural = _("search texts")

    def __str__(self) -> str:
        return str(self.sort_key)


class SearchTerm(BaseModel):
    """A word jieba must keep whole: an organisation name or a policy term."""

    class Kind(models.TextChoices):
        ORGANISATION = "org", _("Organisation name")
        POLICY = "policy", _("Policy term")
        OTHER = "other", _("Other")

    word = models.CharField(_("word"), max_length=64, unique=True)
    kind = models.CharField(_("kind"), max_length=16, choices=Kind, default=Kind.POLICY)
    frequency = models.PositiveIntegerField(
        _("frequency"),
        null=True,
        blank=True,
        help_text=_("Empty: high enough that jieba keeps the word whole."),
    )

    class Meta:
        verbose_name = _("search term")
        verbose_name_plural = _("search terms")
        ordering = ["word"]

    def __str__(self) -> str:
        return self.word
