"""Consultations on draft decisions (意见征集) and the public message box (留言信箱)."""

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from gongkai.core.models import BaseModel, new_access_token
from gongkai.core.pagecache import PublicContentQuerySet

from .states import ConsultationStatus, Decision, MessageStatus


class Consultation(BaseModel):
    """A draft decision put out for public comment (PLAN-CONSULT-1)."""

    org = models.ForeignKey(
        "orgs.Organisation",
        models.PROTECT,
        related_name="consultations",
        verbose_name=_("organisation"),
    )
    title = models.CharField(_("title"), max_length=200)
    draft = models.TextField(_("draft text"), help_text=_("The draft as published, in HTML."))
    basis = models.TextField(
        _("explanatory notes"),
        help_text=_("Why the decision is made and on what basis (起草说明)."),
    )
    feedback_method = models.TextField(
        _("how to give feedback"),
        help_text=_("Besides the online form: post, e-mail, fax, in person …"),
    )
    starts_on = models.DateField(_("comments from"))
    ends_on = models.DateField(_("comments until"))
    status = models.CharField(
        _("status"),
        max_length=24,
        choices=ConsultationStatus,
        default=ConsultationStatus.DRAFT,
    )
    status_changed_at = models.DateTimeField(_("status changed at"), null=True, blank=True)
    published_on = models.DateField(_("published on"), null=True, blank=True, editable=False)
    outcome_summary = models.TextField(_("adoption of opinions"), blank=True)
    outcome_published_on = models.DateField(
        _("outcome published on"), null=True, blank=True, editable=False
    )
    comments_received = models.PositiveIntegerField(
        _("comments received"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("Counted when the outcome is published."),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("created by"),
    )

    # Public pages show consultations: queryset writes drop the cached pages too.
    objects = PublicContentQuerySet.as_manager()

    class Meta:
        verbose_name = _("consultation")
        verbose_name_plural = _("consultations")
        ordering = ["-starts_on", "-pk"]
        indexes = [models.Index(fields=["status", "ends_on"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__gte=F("starts_on")),
                name="participation_consultation_period",
                violation_error_message=_("The comment period cannot end before it starts."),
            )
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("participation:consultation_detail", args=[self.pk])

    def get_public_url(self) -> str:
        return reverse("participate:consultation", args=[self.pk])


class Comment(models.Model):
    """A comment of the public on a consultation; never published verbatim or with identity."""

    consultation = models.ForeignKey(
        Consultation, models.CASCADE, related_name="comments", verbose_name=_("consultation")
    )
    name = models.CharField(_("name of the writer"), max_length=50, blank=True)
    contact = models.CharField(_("contact"), max_length=100, blank=True)
    content = models.TextField(_("comment"), max_length=5000)
    submission_key = models.CharField(
        _("submission key"),
        max_length=64,
        unique=True,
        null=True,
        blank=True,
        editable=False,
        help_text=_("The form's one-time key: submitting it twice makes one comment."),
    )
    created_at = models.DateTimeField(_("received at"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("comment")
        verbose_name_plural = _("comments")
        ordering = ["consultation", "created_at", "pk"]

    def __str__(self) -> str:
        return self.content[:40]


class OpinionGroup(models.Model):
    """One group of similar opinions in a published outcome, and what became of it."""

    consultation = models.ForeignKey(
        Consultation, models.CASCADE, related_name="opinions", verbose_name=_("consultation")
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    summary = models.TextField(_("opinions"), help_text=_("The opinions, summarised."))
    decision = models.CharField(_("adoption"), max_length=16, choices=Decision)
    reason = models.TextField(
        _("reason for not adopting"),
        blank=True,
        help_text=_("Required for opinions not or only partly adopted."),
    )

    # A published outcome shows its groups, created in bulk.
    objects = PublicContentQuerySet.as_manager()

    class Meta:
        verbose_name = _("opinion group")
        verbose_name_plural = _("opinion groups")
        ordering = ["consultation", "position", "pk"]

    def __str__(self) -> str:
        return self.summary[:40]


class Message(BaseModel):
    """A message from the public to an organisation, its reply and, with consent, the Q&A."""

    org = models.ForeignKey(
        "orgs.Organisation",
        models.PROTECT,
        related_name="public_messages",
        verbose_name=_("organisation"),
    )
    number = models.CharField(_("message number"), max_length=32, unique=True)
    access_token = models.CharField(
        _("access token"), max_length=64, unique=True, default=new_access_token, editable=False
    )
    subject = models.CharField(_("subject"), max_length=100)
    content = models.TextField(_("message text"), max_length=5000)
    name = models.CharField(_("name of the writer"), max_length=50)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    consent_publish = models.BooleanField(
        _("agrees to publication"),
        default=False,
        help_text=_(
            "Only then may the message and its reply be published, without name or contact."
        ),
    )
    submission_key = models.CharField(
        _("submission key"),
        max_length=64,
        unique=True,
        null=True,
        blank=True,
        editable=False,
        help_text=_("The form's one-time key: submitting it twice makes one message."),
    )
    status = models.CharField(
        _("status"), max_length=16, choices=MessageStatus, default=MessageStatus.RECEIVED
    )
    status_changed_at = models.DateTimeField(_("status changed at"), null=True, blank=True)
    reply = models.TextField(_("reply"), blank=True)
    replied_at = models.DateTimeField(_("replied at"), null=True, blank=True, editable=False)
    replied_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("replied by"),
    )
    public_subject = models.CharField(
        _("published subject"), max_length=100, blank=True, editable=False
    )
    public_content = models.TextField(_("published message"), blank=True, editable=False)
    public_reply = models.TextField(_("published reply"), blank=True, editable=False)
    published_at = models.DateTimeField(_("published at"), null=True, blank=True, editable=False)

    # Public pages show published messages: queryset writes drop the cached pages too.
    objects = PublicContentQuerySet.as_manager()

    class Meta:
        verbose_name = _("public message")
        verbose_name_plural = _("public messages")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["org", "status"])]
        constraints = [
            models.CheckConstraint(
                condition=~Q(status=MessageStatus.PUBLISHED) | Q(consent_publish=True),
                name="participation_message_published_with_consent",
                violation_error_message=_("A message may be published only if its writer agreed."),
            )
        ]

    def __str__(self) -> str:
        return self.number

    def get_absolute_url(self) -> str:
        return reverse("participation:message_detail", args=[self.pk])

    def get_public_url(self) -> str:
        return reverse("participate:message", args=[self.pk])
