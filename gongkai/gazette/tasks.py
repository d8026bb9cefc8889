"""Background jobs of the gazette app."""

from huey.contrib.djhuey import db_task

from .services.digitisation import issue_digitise


@db_task()
def digitise_issue(issue_id: int) -> str:
    """Read an issue's PDF: its text layer, or Tesseract for scanned pages (queued on upload)."""
    return issue_digitise(issue_id=issue_id)
