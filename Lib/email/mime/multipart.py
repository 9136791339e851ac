"""MIMEMultipart: a multipart/* container message."""

__all__ = ['MIMEMultipart']

from email.mime.base import MIMEBase


class MIMEMultipart(MIMEBase):
    """A multipart/<_subtype> message."""

    def __init__(self, _subtype='mixed', boundary=None, _subparts=None,
                 **_params):
        """boundary: the boundary string (made up when the message is
        generated if None); _subparts: initial subparts."""
        MIMEBase.__init__(self, 'multipart', _subtype, **_params)
        if _subparts:
            for part in _subparts:
                self.attach(part)
        if boundary:
            self.set_boundary(boundary)
