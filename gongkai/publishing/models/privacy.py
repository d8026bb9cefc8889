"""Rules the coordinator adds to what the privacy scanner treats as personal data."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from gongkai.core.models import BaseModel
from gongkai.core.pagecache import PublicContentQuerySet


class PrivacyRule(BaseModel):
    """A column heading, label or public-line label added to the scanner's built-in ones
    (PUB-SECRET-1: personal privacy is de-identified before publication, 《条例》第十五条)."""

    class Category(models.TextChoices):
        COLUMN = "column", _("Table column heading")
        LABEL = "label", _("Label before a value in the text")
        PUBLIC = "public", _("Label of an agency's public line (not masked)")
        OFFICIAL = "official", _("Title before an official acting in office (not masked)")

    class Kind(models.TextChoices):
        NAME = "name", _("Personal name")
        ID_NUMBER = "id_number", _("ID number")
        PHONE = "phone", _("Telephone number")
        ADDRESS = "address", _("Address")
        BANK_CARD = "bank_card", _("Bank card or account number")
        IM_ACCOUNT = "im_account", _("WeChat or QQ account")

    category = models.CharField(_("category"), max_length=16, choices=Category)
    kind = models.CharField(_("personal data"), max_length=16, choices=Kind, blank=True)
    word = models.CharField(_("heading or label"), max_length=20)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, models.PROTECT, related_name="+", verbose_name=_("added by")
    )

    objects = PublicContentQuerySet.as_manager()

    class Meta:
        verbose_name = _("privacy rule")
        verbose_name_plural = _("privacy rules")
        ordering = ["category", "word"]
        constraints = [
            models.UniqueConstraint(
                fields=["category", "word"], name="publishing_privacy_rule_unique_word"
            )
        ]

    def __str__(self) -> str:
        return self.word
