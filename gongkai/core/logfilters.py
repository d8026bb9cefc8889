"""Keep private links out of the logs.

The path of an applicant's tracking link (and of a writer's message link) is the only key to
the case: anyone who reads a log line holding it can read the case. ``RedactPrivateLinks`` is
attached to every handler in settings.LOGGING and replaces the token in any record.
"""

import logging
import re

#: /apply/track/<token>/…, /apply/received/<token>/, /participate/messages/track/<token>/
PRIVATE_LINK = re.compile(r"(/(?:apply/(?:track|received)|messages/track)/)[^/\s?#\"']+")


def redact(text: str) -> str:
    return PRIVATE_LINK.sub(r"\1[redacted]", text)


class RedactPrivateLinks(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a malformed record: leave it to the handler, as logging would
            return True
        if PRIVATE_LINK.search(message):
            record.msg, record.args = redact(message), ()
        return True
