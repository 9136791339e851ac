"""A package for parsing, handling and generating email messages."""

__version__ = '4.0.1'

__all__ = [
    'base64MIME', 'Charset', 'Encoders', 'Errors', 'Generator', 'Header',
    'Iterators', 'Message', 'MIMEAudio', 'MIMEBase', 'MIMEImage',
    'MIMEMessage', 'MIMEMultipart', 'MIMENonMultipart', 'MIMEText',
    'Parser', 'quopriMIME', 'Utils', 'message_from_string',
    'message_from_file',
    # the 2.5 lower-case module names
    'base64mime', 'charset', 'encoders', 'errors', 'generator', 'header',
    'iterators', 'message', 'mime', 'parser', 'quoprimime', 'utils',
    ]

import sys


def message_from_string(s, *args, **kws):
    """Parse the string s into a Message object (see email.parser.Parser)."""
    from email.parser import Parser
    return Parser(*args, **kws).parsestr(s)


def message_from_file(fp, *args, **kws):
    """Read fp to its end and parse it into a Message object."""
    from email.parser import Parser
    return Parser(*args, **kws).parse(fp)


class _DeferredModule(object):
    """Stands in for an old-style email module name (email.Utils,
    email.MIMEText, ...) and imports the real module on first use."""

    def __init__(self, target):
        self.__name__ = target

    def __getattr__(self, attr):
        real = __import__(self.__name__, {}, {}, ['__name__'])
        self.__dict__.update(real.__dict__)
        return getattr(real, attr)

    def __repr__(self):
        return "<email alias for module '%s'>" % self.__name__


def _install_aliases():
    pkg = sys.modules[__name__]
    plain = {'Charset': 'charset', 'Encoders': 'encoders',
             'Errors': 'errors', 'FeedParser': 'feedparser',
             'Generator': 'generator', 'Header': 'header',
             'Iterators': 'iterators', 'Message': 'message',
             'Parser': 'parser', 'Utils': 'utils',
             'base64MIME': 'base64mime', 'quopriMIME': 'quoprimime'}
    for old, new in plain.items():
        alias = _DeferredModule('email.' + new)
        sys.modules['email.' + old] = alias
        setattr(pkg, old, alias)
    for kind in ('Audio', 'Base', 'Image', 'Message', 'Multipart',
                 'NonMultipart', 'Text', 'Application'):
        alias = _DeferredModule('email.mime.' + kind.lower())
        sys.modules['email.MIME' + kind] = alias
        setattr(pkg, 'MIME' + kind, alias)

_install_aliases()
del _install_aliases
