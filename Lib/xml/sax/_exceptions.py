"""The exception classes of the SAX interface."""


class SAXException(Exception):
    """An error or warning from the XML parser or the application; it
    may wrap another exception."""

    def __init__(self, msg, exception=None):
        self._msg = msg
        self._exception = exception
        Exception.__init__(self, msg)

    def getMessage(self):
        """The message of this exception."""
        return self._msg

    def getException(self):
        """The wrapped exception, or None."""
        return self._exception

    def __str__(self):
        return self._msg

    def __getitem__(self, ix):
        # guard against treating the exception as a sequence
        raise AttributeError("__getitem__")


class SAXParseException(SAXException):
    """A parse error, with the location given by the parser's locator."""

    def __init__(self, msg, exception, locator):
        SAXException.__init__(self, msg, exception)
        self._locator = locator
        # read the location now: the locator moves on with the parser
        self._systemId = locator.getSystemId()
        self._colnum = locator.getColumnNumber()
        self._linenum = locator.getLineNumber()

    def getColumnNumber(self):
        return self._colnum

    def getLineNumber(self):
        return self._linenum

    def getPublicId(self):
        return self._locator.getPublicId()

    def getSystemId(self):
        return self._systemId

    def __str__(self):
        sysid = self.getSystemId()
        if sysid is None:
            sysid = "<unknown>"
        line = self.getLineNumber()
        if line is None:
            line = "?"
        col = self.getColumnNumber()
        if col is None:
            col = "?"
        return "%s:%s:%s: %s" % (sysid, line, col, self._msg)


class SAXNotRecognizedException(SAXException):
    """A feature or property name the reader does not know."""


class SAXNotSupportedException(SAXException):
    """A feature or property the reader knows but cannot provide (now)."""


class SAXReaderNotAvailable(SAXNotSupportedException):
    """No parser module could create a reader."""
