"""Exception classes and message defect classes of the email package."""


class MessageError(Exception):
    """Root of all exceptions the email package raises."""


class MessageParseError(MessageError):
    """A message could not be parsed."""


class HeaderParseError(MessageParseError):
    """A header could not be parsed."""


class BoundaryError(MessageParseError):
    """A multipart boundary could not be found or was malformed."""


class MultipartConversionError(MessageError, TypeError):
    """A non-multipart message cannot take subparts."""


class CharsetError(MessageError):
    """An illegal charset name was given."""


# Defects are not raised: the parser records them in msg.defects.

class MessageDefect:
    """Base of the problems the parser found but recovered from."""

    def __init__(self, line=None):
        self.line = line


class NoBoundaryInMultipartDefect(MessageDefect):
    """A multipart/* message has no boundary parameter."""


class StartBoundaryNotFoundDefect(MessageDefect):
    """The declared start boundary never appears in the body."""


class FirstHeaderLineIsContinuationDefect(MessageDefect):
    """The first header line starts with whitespace."""


class MisplacedEnvelopeHeaderDefect(MessageDefect):
    """A 'Unix-from' line appears in the middle of the headers."""


class MalformedHeaderDefect(MessageDefect):
    """A header line could not be understood."""


class MultipartInvariantViolationDefect(MessageDefect):
    """A message says it is multipart but has no subparts."""
