"""What the portal's services share: who may write, file checks, the reviewed texts."""

from pathlib import PurePath
from typing import Any

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import models
from django.utils.translation import gettext as _

from gongkai.core.errors import DomainError
from gongkai.core.officezip import office_zip_check
from gongkai.orgs.models import Organisation
from gongkai.orgs.roles import Role
from gongkai.orgs.selectors import user_has_role

REPORT_TYPES = {".pdf": b"%PDF", ".html": b"", ".htm": b""}
RULE_TYPES = {".pdf": b"%PDF", ".docx": b"PK", ".doc": b"", ".ofd": b"PK"}
MAX_UPLOAD = 20 * 1024 * 1024


def require_coordinator(*, actor, org: Organisation) -> None:
    """Only the organisation's disclosure office (or one above it) edits its portal columns."""
    if not user_has_role(user=actor, org=org, roles={Role.COORDINATOR}):
        raise DomainError(
            _("Only the disclosure office of %(org)s may change its portal columns.")
            % {"org": org.name},
            code="not_coordinator",
        )


def snapshot(obj, fields) -> dict[str, Any]:
    return {name: getattr(obj, name) for name in fields}


def check_file(upload: UploadedFile, allowed: dict[str, bytes]) -> None:
    """Refuse a file of another type, too large, or whose content does not match its type.

    Personal data in it is the confidentiality review's business: the reviewer sees the file's
    findings and the public gets the file masked as decided (PUB-SECRET-1).
    """
    suffix = PurePath(upload.name or "").suffix.lower()
    if suffix not in allowed:
        raise DomainError(
            _("Upload a file of one of these types: %(types)s.")
            % {"types": "、".join(sorted(allowed))},
            code="file_type",
        )
    if upload.size > MAX_UPLOAD:
        raise DomainError(_("The file is larger than 20 MB."), code="file_size")
    magic = allowed[suffix]
    head = upload.read(len(magic) or 1)
    upload.seek(0)
    if magic and not head.startswith(magic):
        raise DomainError(_("The file is not a PDF document."), code="file_content")
    if magic == b"PK":  # .docx and .ofd are zip packages
        office_zip_check(upload, name=upload.name)


def clean_reviewed(obj: models.Model) -> None:
    """Validate a row about to be published with its reviewed texts; a masked value that no
    longer fits its field (an e-mail address masked beyond recognition) stops publication."""
    try:
        obj.full_clean()
    except ValidationError as exc:
        fields = [f for f in exc.message_dict if f != "__all__"]
        names = "、".join(str(obj._meta.get_field(f).verbose_name) for f in fields)
        raise DomainError(
            _("After masking, these fields are no longer valid: %(fields)s. Correct them and "
              "submit again.") % {"fields": names},
            code="masked_invalid",
        ) from exc  # fmt: skip
