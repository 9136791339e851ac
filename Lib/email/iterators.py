"""Ways of iterating over the parts of a message tree."""

__all__ = ['body_line_iterator', 'typed_subpart_iterator', 'walk']

import sys
from cStringIO import StringIO


def walk(self):
    """Yield this message and every subpart below it, depth first."""
    yield self
    if self.is_multipart():
        for sub in self.get_payload():
            for part in sub.walk():
                yield part


def body_line_iterator(msg, decode=False):
    """Yield the lines of every string payload in the message tree."""
    for part in msg.walk():
        payload = part.get_payload(decode=decode)
        if isinstance(payload, basestring):
            for line in StringIO(payload):
                yield line


def typed_subpart_iterator(msg, maintype='text', subtype=None):
    """Yield the parts of the tree whose type is maintype/subtype
    (any subtype when subtype is None)."""
    for part in msg.walk():
        if part.get_content_maintype() != maintype:
            continue
        if subtype is None or part.get_content_subtype() == subtype:
            yield part


def _structure(msg, fp=None, level=0, include_default=False):
    """Print the content types of the message tree, indented."""
    if fp is None:
        fp = sys.stdout
    line = ' ' * (level * 4) + msg.get_content_type()
    if include_default:
        line = line + ' [%s]' % msg.get_default_type()
    fp.write(line + '\n')
    if msg.is_multipart():
        for sub in msg.get_payload():
            _structure(sub, fp, level + 1, include_default)
