"""Core XML support for Python.

This package holds the XML modules of the standard library:

dom -- the W3C Document Object Model: the node-type constants, the
       DOMException hierarchy, the DOM implementation registry, and the
       minidom and pulldom implementations.

parsers -- the expat-compatible, non-validating XML parser
           (xml.parsers.expat).

sax -- the Simple API for XML (SAX 2) over that parser.

etree -- the ElementTree API.
"""

__all__ = ["dom", "parsers", "sax", "etree"]

# As in 2.5, a sufficiently recent PyXML installation (package _xmlplus)
# takes over the name "xml" when it is present.
_MINIMUM_XMLPLUS_VERSION = (0, 8, 4)

try:
    import _xmlplus
except ImportError:
    pass
else:
    try:
        _v = _xmlplus.version_info
    except AttributeError:
        # a PyXML too old to say its version is ignored
        pass
    else:
        if _v >= _MINIMUM_XMLPLUS_VERSION:
            import sys
            _xmlplus.__path__.extend(__path__)
            sys.modules[__name__] = _xmlplus
        del _v
