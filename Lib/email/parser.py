"""Parsers that turn message text into Message object trees."""

__all__ = ['Parser', 'HeaderParser']

from cStringIO import StringIO

from email.feedparser import FeedParser
from email.message import Message


class Parser:
    """Parse a whole message from a file or a string."""

    def __init__(self, *args, **kws):
        # Parser(_class=Message, strict=False); strict is ignored.
        if len(args) >= 1:
            if '_class' in kws:
                raise TypeError("Multiple values for keyword arg '_class'")
            kws['_class'] = args[0]
        if len(args) == 2:
            if 'strict' in kws:
                raise TypeError("Multiple values for keyword arg 'strict'")
            kws['strict'] = args[1]
        if len(args) > 2:
            raise TypeError('Too many arguments')
        self._class = kws.pop('_class', Message)
        kws.pop('strict', None)
        if kws:
            raise TypeError('Unexpected keyword arguments')

    def parse(self, fp, headersonly=False):
        """Read fp to the end and return the message; with headersonly
        true the body is kept as an unparsed string."""
        feeder = FeedParser(self._class)
        if headersonly:
            feeder._set_headersonly()
        while True:
            data = fp.read(8192)
            if not data:
                break
            feeder.feed(data)
        return feeder.close()

    def parsestr(self, text, headersonly=False):
        """Parse a message held in a string."""
        return self.parse(StringIO(text), headersonly=headersonly)


class HeaderParser(Parser):
    """A Parser that only parses the headers."""

    def parse(self, fp, headersonly=True):
        return Parser.parse(self, fp, True)

    def parsestr(self, text, headersonly=True):
        return Parser.parsestr(self, text, True)
