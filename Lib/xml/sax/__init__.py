"""Simple API for XML (SAX) 2 for Python.

parse() and parseString() run a ContentHandler over a document;
make_parser() returns a reader from the first working module of
default_parser_list (the expat driver, xml.sax.expatreader).
"""

from xmlreader import InputSource
from handler import ContentHandler, ErrorHandler
from _exceptions import SAXException, SAXNotRecognizedException, \
     SAXParseException, SAXNotSupportedException, SAXReaderNotAvailable


def parse(source, handler, errorHandler=ErrorHandler()):
    parser = make_parser()
    parser.setContentHandler(handler)
    parser.setErrorHandler(errorHandler)
    parser.parse(source)


def parseString(string, handler, errorHandler=ErrorHandler()):
    try:
        from cStringIO import StringIO
    except ImportError:
        from StringIO import StringIO
    if errorHandler is None:
        errorHandler = ErrorHandler()
    parser = make_parser()
    parser.setContentHandler(handler)
    parser.setErrorHandler(errorHandler)
    source = InputSource()
    source.setByteStream(StringIO(string))
    parser.parse(source)


default_parser_list = ["xml.sax.expatreader"]

_false = 0
if _false:
    import xml.sax.expatreader

try:
    import os as _os
    if "PY_SAX_PARSER" in _os.environ:
        default_parser_list = _os.environ["PY_SAX_PARSER"].split(",")
    del _os
except (ImportError, AttributeError):
    pass


def make_parser(parser_list=[]):
    """Create a SAX reader from the first module, of parser_list and
    then default_parser_list, that provides create_parser()."""
    for parser_name in list(parser_list) + default_parser_list:
        try:
            return _create_parser(parser_name)
        except ImportError:
            import sys
            if parser_name in sys.modules:
                # the module exists but failed: let that be seen
                raise
        except SAXReaderNotAvailable:
            pass
    raise SAXReaderNotAvailable("No parsers found", None)


def _create_parser(parser_name):
    module = __import__(parser_name, {}, {}, ["create_parser"])
    return module.create_parser()
