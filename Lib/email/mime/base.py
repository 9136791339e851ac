"""MIMEBase: the base of the MIME message classes."""

__all__ = ['MIMEBase']

from email import message


class MIMEBase(message.Message):
    """A Message with Content-Type and MIME-Version headers."""

    def __init__(self, _maintype, _subtype, **_params):
        """Content-Type is _maintype/_subtype with _params as its
        parameters."""
        message.Message.__init__(self)
        self.add_header('Content-Type', '%s/%s' % (_maintype, _subtype),
                        **_params)
        self['MIME-Version'] = '1.0'
