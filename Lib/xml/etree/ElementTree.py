"""ElementTree: XML documents as trees of Element objects.

An element has a tag, a dict of attributes (attrib), a text (before its
first child), a tail (after its end tag, before the next sibling) and a
list of child elements.  ElementTree wraps a whole document; parse(),
XML()/fromstring() and iterparse() read XML with the expat-compatible
parser, ElementTree.write() and tostring() write it back.

This is the API of ElementTree 1.2.6 as shipped with Python 2.5.
"""

__all__ = [
    "Comment", "dump", "Element", "ElementTree", "fromstring",
    "iselement", "iterparse", "parse", "PI", "ProcessingInstruction",
    "QName", "SubElement", "tostring", "TreeBuilder", "VERSION", "XML",
    "XMLParser", "XMLTreeBuilder",
]

import re
import sys

import ElementPath

VERSION = "1.2.6"


class _ElementInterface:
    """An element of the tree (made with Element() or SubElement())."""

    tag = None
    attrib = None
    text = None
    tail = None

    def __init__(self, tag, attrib):
        self.tag = tag
        self.attrib = attrib
        self._children = []

    def __repr__(self):
        return "<Element %s at %x>" % (self.tag, id(self))

    def makeelement(self, tag, attrib):
        """A new element of the same kind (not attached)."""
        return Element(tag, attrib)

    def __len__(self):
        return len(self._children)

    def __getitem__(self, index):
        return self._children[index]

    def __setitem__(self, index, element):
        assert iselement(element)
        self._children[index] = element

    def __delitem__(self, index):
        del self._children[index]

    def __getslice__(self, start, stop):
        return self._children[start:stop]

    def __setslice__(self, start, stop, elements):
        for element in elements:
            assert iselement(element)
        self._children[start:stop] = list(elements)

    def __delslice__(self, start, stop):
        del self._children[start:stop]

    def append(self, element):
        assert iselement(element)
        self._children.append(element)

    def insert(self, index, element):
        assert iselement(element)
        self._children.insert(index, element)

    def remove(self, element):
        assert iselement(element)
        self._children.remove(element)

    def getchildren(self):
        return self._children

    def find(self, path):
        return ElementPath.find(self, path)

    def findtext(self, path, default=None):
        return ElementPath.findtext(self, path, default)

    def findall(self, path):
        return ElementPath.findall(self, path)

    def clear(self):
        """Remove attributes, children, text and tail."""
        self.attrib.clear()
        self._children = []
        self.text = self.tail = None

    def get(self, key, default=None):
        return self.attrib.get(key, default)

    def set(self, key, value):
        self.attrib[key] = value

    def keys(self):
        return self.attrib.keys()

    def items(self):
        return self.attrib.items()

    def getiterator(self, tag=None):
        """This element and its descendants (with that tag, if given;
        '*' means any), in document order, as a list."""
        if tag == "*":
            tag = None
        result = []
        stack = [self]
        while stack:
            node = stack.pop()
            if tag is None or node.tag == tag:
                result.append(node)
            children = node._children
            stack.extend(children[::-1])
        return result

_Element = _ElementInterface


def Element(tag, attrib={}, **extra):
    """Make an element; keyword arguments become attributes too."""
    attrib = attrib.copy()
    attrib.update(extra)
    return _ElementInterface(tag, attrib)


def SubElement(parent, tag, attrib={}, **extra):
    """Make an element and append it to parent."""
    attrib = attrib.copy()
    attrib.update(extra)
    element = parent.makeelement(tag, attrib)
    parent.append(element)
    return element


def Comment(text=None):
    """A comment element (its tag is this function)."""
    element = Element(Comment)
    element.text = text
    return element


def ProcessingInstruction(target, text=None):
    """A processing instruction element (its tag is this function)."""
    element = Element(ProcessingInstruction)
    element.text = target
    if text:
        element.text = element.text + " " + text
    return element

PI = ProcessingInstruction


class QName:
    """A qualified name '{uri}local', usable as tag or attribute name."""

    def __init__(self, text_or_uri, tag=None):
        if tag:
            text_or_uri = "{%s}%s" % (text_or_uri, tag)
        self.text = text_or_uri

    def __str__(self):
        return self.text

    def __hash__(self):
        return hash(self.text)

    def __cmp__(self, other):
        if isinstance(other, QName):
            return cmp(self.text, other.text)
        return cmp(self.text, other)


def iselement(element):
    """True for element objects (anything with a tag)."""
    return isinstance(element, _ElementInterface) or hasattr(element, "tag")


# ------------------------------------------------------------ writing

# prefixes used for well-known namespaces
_namespace_map = {
    "http://www.w3.org/XML/1998/namespace": "xml",
    "http://www.w3.org/1999/xhtml": "html",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf",
    "http://schemas.xmlsoap.org/wsdl/": "wsdl",
}

_NON_ASCII_OR_SPECIAL = re.compile(u'[&<>"\u0080-\U0010ffff]')
_SPECIAL_NAMES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"}


def _raise_serialization_error(text):
    raise TypeError("cannot serialize %r (type %s)"
                    % (text, type(text).__name__))


def _char_ref(match):
    char = match.group()
    name = _SPECIAL_NAMES.get(char)
    if name is not None:
        return name
    return "&#%d;" % ord(char)


def _encode_entity(text):
    """Text as pure ASCII, with character references for the rest."""
    return _NON_ASCII_OR_SPECIAL.sub(_char_ref, text).encode("ascii")


def _encode(text, encoding):
    try:
        return text.encode(encoding)
    except AttributeError:
        return text


def _escape_cdata(text, encoding=None):
    try:
        if encoding:
            try:
                text = _encode(text, encoding)
            except UnicodeError:
                return _encode_entity(text)
        if "&" in text:
            text = text.replace("&", "&amp;")
        if "<" in text:
            text = text.replace("<", "&lt;")
        if ">" in text:
            text = text.replace(">", "&gt;")
        return text
    except (TypeError, AttributeError):
        _raise_serialization_error(text)


def _escape_attrib(text, encoding=None):
    try:
        if encoding:
            try:
                text = _encode(text, encoding)
            except UnicodeError:
                return _encode_entity(text)
        for char, name in (("&", "&amp;"), ("'", "&apos;"), ('"', "&quot;"),
                           ("<", "&lt;"), (">", "&gt;")):
            if char in text:
                text = text.replace(char, name)
        return text
    except (TypeError, AttributeError):
        _raise_serialization_error(text)


def fixtag(tag, namespaces):
    """'{uri}local' -> ('prefix:local', xmlns attribute or None),
    choosing (and recording in namespaces) a prefix for uri."""
    if isinstance(tag, QName):
        tag = tag.text
    uri, local = tag[1:].split("}", 1)
    prefix = namespaces.get(uri)
    if prefix is None:
        prefix = _namespace_map.get(uri)
        if prefix is None:
            prefix = "ns%d" % len(namespaces)
        namespaces[uri] = prefix
        if prefix == "xml":
            xmlns = None
        else:
            xmlns = ("xmlns:%s" % prefix, uri)
    else:
        xmlns = None
    return "%s:%s" % (prefix, local), xmlns


def _is_qualified(name):
    try:
        return isinstance(name, QName) or name[:1] == "{"
    except TypeError:
        _raise_serialization_error(name)


class ElementTree:
    """A whole document: a root element, parsed from a file or given."""

    def __init__(self, element=None, file=None):
        assert element is None or iselement(element)
        self._root = element
        if file:
            self.parse(file)

    def getroot(self):
        return self._root

    def _setroot(self, element):
        assert iselement(element)
        self._root = element

    def parse(self, source, parser=None):
        """Read the document from a file name or file object."""
        if not hasattr(source, "read"):
            source = open(source, "rb")
        if not parser:
            parser = XMLTreeBuilder()
        while 1:
            data = source.read(32768)
            if not data:
                break
            parser.feed(data)
        self._root = parser.close()
        return self._root

    def getiterator(self, tag=None):
        assert self._root is not None
        return self._root.getiterator(tag)

    def find(self, path):
        assert self._root is not None
        if path[:1] == "/":
            path = "." + path
        return self._root.find(path)

    def findtext(self, path, default=None):
        assert self._root is not None
        if path[:1] == "/":
            path = "." + path
        return self._root.findtext(path, default)

    def findall(self, path):
        assert self._root is not None
        if path[:1] == "/":
            path = "." + path
        return self._root.findall(path)

    def write(self, file, encoding="us-ascii"):
        """Write the document to a file name or file object; for other
        encodings than us-ascii and utf-8 an XML declaration comes
        first."""
        assert self._root is not None
        if not hasattr(file, "write"):
            file = open(file, "wb")
        if not encoding:
            encoding = "us-ascii"
        elif encoding != "utf-8" and encoding != "us-ascii":
            file.write("<?xml version='1.0' encoding='%s'?>\n" % encoding)
        self._write(file, self._root, encoding, {})

    def _write(self, file, node, encoding, namespaces):
        tag = node.tag
        if tag is Comment:
            file.write("<!-- %s -->" % _escape_cdata(node.text, encoding))
        elif tag is ProcessingInstruction:
            file.write("<?%s?>" % _escape_cdata(node.text, encoding))
        else:
            declared = []
            if _is_qualified(tag):
                tag, xmlns = fixtag(tag, namespaces)
                if xmlns:
                    declared.append(xmlns)
            file.write("<" + _encode(tag, encoding))
            items = node.items()
            if items or declared:
                items.sort()
                for key, value in items:
                    if _is_qualified(key):
                        key, xmlns = fixtag(key, namespaces)
                        if xmlns:
                            declared.append(xmlns)
                    file.write(' %s="%s"' % (_encode(key, encoding),
                                             _escape_attrib(value, encoding)))
                for key, value in declared:
                    file.write(' %s="%s"' % (_encode(key, encoding),
                                             _escape_attrib(value, encoding)))
            if node.text or len(node):
                file.write(">")
                if node.text:
                    file.write(_escape_cdata(node.text, encoding))
                for child in node:
                    self._write(file, child, encoding, namespaces)
                file.write("</" + _encode(tag, encoding) + ">")
            else:
                file.write(" />")
            for key, uri in declared:
                del namespaces[uri]
        if node.tail:
            file.write(_escape_cdata(node.tail, encoding))


def dump(elem):
    """Write an element (or tree) to sys.stdout, for debugging."""
    if not isinstance(elem, ElementTree):
        elem = ElementTree(elem)
    elem.write(sys.stdout)
    tail = elem.getroot().tail
    if not tail or tail[-1] != "\n":
        sys.stdout.write("\n")


class _ListWriter:
    def __init__(self):
        self.parts = []
        self.write = self.parts.append


def tostring(element, encoding=None):
    """The XML text of element (and its tail) as a string."""
    out = _ListWriter()
    ElementTree(element).write(out, encoding)
    return "".join(out.parts)


# ------------------------------------------------------------ reading

def parse(source, parser=None):
    """Read a document into an ElementTree."""
    tree = ElementTree()
    tree.parse(source, parser)
    return tree


class TreeBuilder:
    """Builds a tree from start(tag, attrib), data(text), end(tag)
    calls; close() returns the root element."""

    def __init__(self, element_factory=None):
        self._data = []
        self._elem = []
        self._last = None
        self._tail = 0
        if element_factory is None:
            element_factory = _ElementInterface
        self._factory = element_factory

    def close(self):
        assert len(self._elem) == 0, "missing end tags"
        assert self._last is not None, "missing toplevel element"
        return self._last

    def _flush(self):
        if self._data:
            if self._last is not None:
                text = "".join(self._data)
                if self._tail:
                    assert self._last.tail is None, "internal error (tail)"
                    self._last.tail = text
                else:
                    assert self._last.text is None, "internal error (text)"
                    self._last.text = text
            self._data = []

    def data(self, data):
        self._data.append(data)

    def start(self, tag, attrs):
        self._flush()
        elem = self._factory(tag, attrs)
        self._last = elem
        if self._elem:
            self._elem[-1].append(elem)
        self._elem.append(elem)
        self._tail = 0
        return elem

    def end(self, tag):
        self._flush()
        self._last = self._elem.pop()
        assert self._last.tag == tag, \
            "end tag mismatch (expected %s, got %s)" % (self._last.tag, tag)
        self._tail = 1
        return self._last


def _ascii_if_possible(text):
    """Pure-ASCII text as str, anything else stays unicode."""
    try:
        return text.encode("ascii")
    except UnicodeError:
        return text


class XMLTreeBuilder:
    """Feeds XML to a target (a TreeBuilder by default): feed(data)...
    close() returns what the target's close() returns."""

    def __init__(self, html=0, target=None):
        from xml.parsers import expat
        self._parser = parser = expat.ParserCreate(None, "}")
        if target is None:
            target = TreeBuilder()
        self._target = target
        self._names = {}
        parser.DefaultHandlerExpand = self._default
        parser.StartElementHandler = self._start
        parser.EndElementHandler = self._end
        parser.CharacterDataHandler = self._data
        parser.buffer_text = 1
        parser.ordered_attributes = 1
        parser.specified_attributes = 1
        self._doctype = None
        self.entity = {}
        self.version = "Expat %d.%d.%d" % expat.version_info

    def _fixname(self, key):
        name = self._names.get(key)
        if name is None:
            name = key
            if "}" in name:
                name = "{" + name
            name = _ascii_if_possible(name)
            self._names[key] = name
        return name

    def _start(self, tag, attrib_in):
        fixname = self._fixname
        attrib = {}
        for i in range(0, len(attrib_in), 2):
            attrib[fixname(attrib_in[i])] = _ascii_if_possible(attrib_in[i + 1])
        return self._target.start(fixname(tag), attrib)

    def _data(self, text):
        return self._target.data(_ascii_if_possible(text))

    def _end(self, tag):
        return self._target.end(self._fixname(tag))

    def _default(self, text):
        if text[:1] == "&":
            # an entity the parser could not resolve
            try:
                value = self.entity[text[1:-1]]
            except KeyError:
                from xml.parsers import expat
                raise expat.error(
                    "undefined entity %s: line %d, column %d" %
                    (text, self._parser.ErrorLineNumber,
                     self._parser.ErrorColumnNumber))
            self._target.data(value)

    def doctype(self, name, pubid, system):
        """Called with the document type declaration (does nothing)."""
        pass

    def feed(self, data):
        self._parser.Parse(data, 0)

    def close(self):
        self._parser.Parse("", 1)
        tree = self._target.close()
        del self._target, self._parser
        return tree

XMLParser = XMLTreeBuilder


def XML(text):
    """Parse a string into its root element."""
    parser = XMLTreeBuilder()
    parser.feed(text)
    return parser.close()

fromstring = XML


def XMLID(text):
    """Parse a string; returns (root, {id attribute value: element})."""
    parser = XMLTreeBuilder()
    parser.feed(text)
    tree = parser.close()
    ids = {}
    for elem in tree.getiterator():
        id = elem.get("id")
        if id:
            ids[id] = elem
    return tree, ids


class iterparse:
    """Iterate over (event, element) pairs while a document is read;
    events are 'start', 'end' (the default), 'start-ns' (value
    (prefix, uri)) and 'end-ns' (value None).  After the loop the root
    element is in the root attribute."""

    def __init__(self, source, events=None):
        if not hasattr(source, "read"):
            source = open(source, "rb")
        self._file = source
        self._events = []
        self._index = 0
        self.root = self._root = None
        self._parser = builder = XMLTreeBuilder()
        parser = builder._parser
        queue = self._events
        if events is None:
            events = ["end"]
        for event in events:
            if event == "start":
                def on_start(tag, attrib_in, start=builder._start):
                    queue.append(("start", start(tag, attrib_in)))
                parser.StartElementHandler = on_start
            elif event == "end":
                def on_end(tag, end=builder._end):
                    queue.append(("end", end(tag)))
                parser.EndElementHandler = on_end
            elif event == "start-ns":
                def on_start_ns(prefix, uri):
                    queue.append(("start-ns",
                                  (_ascii_if_possible(prefix or ""),
                                   _ascii_if_possible(uri or ""))))
                parser.StartNamespaceDeclHandler = on_start_ns
            elif event == "end-ns":
                def on_end_ns(prefix):
                    queue.append(("end-ns", None))
                parser.EndNamespaceDeclHandler = on_end_ns
            else:
                raise ValueError("unknown event %r" % (event,))

    def next(self):
        while 1:
            if self._index < len(self._events):
                item = self._events[self._index]
                self._index += 1
                return item
            del self._events[:]
            self._index = 0
            if self._parser is None:
                self.root = self._root
                raise StopIteration
            data = self._file.read(16384)
            if data:
                self._parser.feed(data)
            else:
                self._root = self._parser.close()
                self._parser = None

    def __iter__(self):
        return self
