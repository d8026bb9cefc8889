"""Form fields shared by the request forms: ISO date pickers, checked multi-file uploads."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from ..validators import ATTACHMENT_MAX_COUNT, attachment_check


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """A file field that takes several files; each is checked by content and size."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        files = data if isinstance(data, list | tuple) else ([data] if data else [])
        files = [super(MultipleFileField, self).clean(f, initial) for f in files]
        if len(files) > ATTACHMENT_MAX_COUNT:
            raise ValidationError(
                _("Attach at most %(count)d files.") % {"count": ATTACHMENT_MAX_COUNT},
                code="too_many",
            )
        for upload in files:
            attachment_check(upload)
        return files
