"""Domain errors: rule violations that users can understand and correct."""


class DomainError(Exception):
    """A business rule refused an action; the message is shown to the user as written."""

    def __init__(self, message: str, *, code: str = "invalid", field: str | None = None):
        super().__init__(message)
        self.message = message
        self.code = code
        self.field = field

    def __str__(self) -> str:
        return self.message


class PermissionDeniedError(DomainError):
    """The actor lacks the role the action needs."""

    def __init__(self, message: str, *, code: str = "permission_denied"):
        super().__init__(message, code=code)


class BadRequestError(DomainError):
    """A parameter of the request cannot be used (a year out of range, a malformed date): the
    answer is HTTP 400 with the message, on a page or in the API, never a server error."""

    def __init__(self, message: str, *, field: str | None = None):
        super().__init__(message, code="bad_request", field=field)
