"""Helpers for SAX applications: escaping, an XML writer
(XMLGenerator), a pass-through filter (XMLFilterBase) and input source
preparation."""

import handler
import xmlreader

_StringTypes = (str, unicode)


def _replace_all(data, table):
    for key, value in table.items():
        if key in data:
            data = data.replace(key, value)
    return data


def escape(data, entities={}):
    """Escape '&', '<' and '>' in data, then the extra replacements in
    the entities dict."""
    data = data.replace("&", "&amp;")
    data = data.replace(">", "&gt;")
    data = data.replace("<", "&lt;")
    if entities:
        data = _replace_all(data, entities)
    return data


def unescape(data, entities={}):
    """Undo escape(): '&lt;', '&gt;', the entities given, and last
    '&amp;'."""
    data = data.replace("&lt;", "<")
    data = data.replace("&gt;", ">")
    if entities:
        data = _replace_all(data, entities)
    return data.replace("&amp;", "&")


def quoteattr(data, entities={}):
    """Escape data for use as an attribute value and add the quotes,
    choosing the kind that needs no further escaping when possible."""
    table = {"\n": "&#10;", "\r": "&#13;", "\t": "&#9;"}
    table.update(entities)
    data = escape(data, table)
    if '"' not in data:
        return '"%s"' % data
    if "'" not in data:
        return "'%s'" % data
    return '"%s"' % data.replace('"', "&quot;")


class XMLGenerator(handler.ContentHandler):
    """A ContentHandler that writes the events it receives as XML."""

    def __init__(self, out=None, encoding="iso-8859-1"):
        if out is None:
            import sys
            out = sys.stdout
        handler.ContentHandler.__init__(self)
        self._out = out
        self._ns_contexts = [{}]
        self._current_context = self._ns_contexts[-1]
        self._undeclared_ns_maps = []
        self._encoding = encoding

    def _write(self, text):
        if isinstance(text, unicode):
            text = text.encode(self._encoding, "xmlcharrefreplace")
        self._out.write(text)

    def _qname(self, name):
        uri, local = name
        if uri:
            prefix = self._current_context.get(uri)
            if prefix:
                return prefix + ":" + local
        return local

    def startDocument(self):
        self._write('<?xml version="1.0" encoding="%s"?>\n' % self._encoding)

    def startPrefixMapping(self, prefix, uri):
        self._ns_contexts.append(self._current_context.copy())
        self._current_context[uri] = prefix
        self._undeclared_ns_maps.append((prefix, uri))

    def endPrefixMapping(self, prefix):
        self._current_context = self._ns_contexts[-1]
        del self._ns_contexts[-1]

    def startElement(self, name, attrs):
        self._write("<" + name)
        for aname, value in attrs.items():
            self._write(" %s=%s" % (aname, quoteattr(value)))
        self._write(">")

    def endElement(self, name):
        self._write("</%s>" % name)

    def startElementNS(self, name, qname, attrs):
        self._write("<" + self._qname(name))
        for prefix, uri in self._undeclared_ns_maps:
            if prefix:
                self._write(' xmlns:%s="%s"' % (prefix, uri))
            else:
                self._write(' xmlns="%s"' % uri)
        self._undeclared_ns_maps = []
        for aname, value in attrs.items():
            self._write(" %s=%s" % (self._qname(aname), quoteattr(value)))
        self._write(">")

    def endElementNS(self, name, qname):
        self._write("</%s>" % self._qname(name))

    def characters(self, content):
        self._write(escape(content))

    def ignorableWhitespace(self, content):
        self._write(content)

    def processingInstruction(self, target, data):
        self._write("<?%s %s?>" % (target, data))


class XMLFilterBase(xmlreader.XMLReader):
    """A filter that sits between a parent XMLReader and the
    application's handlers and passes every event and request on
    unchanged; subclasses override what they want to change."""

    def __init__(self, parent=None):
        xmlreader.XMLReader.__init__(self)
        self._parent = parent

    # ErrorHandler
    def error(self, exception):
        self._err_handler.error(exception)

    def fatalError(self, exception):
        self._err_handler.fatalError(exception)

    def warning(self, exception):
        self._err_handler.warning(exception)

    # ContentHandler
    def setDocumentLocator(self, locator):
        self._cont_handler.setDocumentLocator(locator)

    def startDocument(self):
        self._cont_handler.startDocument()

    def endDocument(self):
        self._cont_handler.endDocument()

    def startPrefixMapping(self, prefix, uri):
        self._cont_handler.startPrefixMapping(prefix, uri)

    def endPrefixMapping(self, prefix):
        self._cont_handler.endPrefixMapping(prefix)

    def startElement(self, name, attrs):
        self._cont_handler.startElement(name, attrs)

    def endElement(self, name):
        self._cont_handler.endElement(name)

    def startElementNS(self, name, qname, attrs):
        self._cont_handler.startElementNS(name, qname, attrs)

    def endElementNS(self, name, qname):
        self._cont_handler.endElementNS(name, qname)

    def characters(self, content):
        self._cont_handler.characters(content)

    def ignorableWhitespace(self, chars):
        self._cont_handler.ignorableWhitespace(chars)

    def processingInstruction(self, target, data):
        self._cont_handler.processingInstruction(target, data)

    def skippedEntity(self, name):
        self._cont_handler.skippedEntity(name)

    # DTDHandler
    def notationDecl(self, name, publicId, systemId):
        self._dtd_handler.notationDecl(name, publicId, systemId)

    def unparsedEntityDecl(self, name, publicId, systemId, ndata):
        self._dtd_handler.unparsedEntityDecl(name, publicId, systemId, ndata)

    # EntityResolver
    def resolveEntity(self, publicId, systemId):
        return self._ent_handler.resolveEntity(publicId, systemId)

    # XMLReader
    def parse(self, source):
        self._parent.setContentHandler(self)
        self._parent.setErrorHandler(self)
        self._parent.setEntityResolver(self)
        self._parent.setDTDHandler(self)
        self._parent.parse(source)

    def setLocale(self, locale):
        self._parent.setLocale(locale)

    def getFeature(self, name):
        return self._parent.getFeature(name)

    def setFeature(self, name, state):
        self._parent.setFeature(name, state)

    def getProperty(self, name):
        return self._parent.getProperty(name)

    def setProperty(self, name, value):
        self._parent.setProperty(name, value)

    def getParent(self):
        return self._parent

    def setParent(self, parent):
        self._parent = parent


def _join_path(base, name):
    """name relative to the directory of base (plain string work: the
    path modules may not be importable in a sandbox)."""
    if not base or name.startswith("/"):
        return name
    slash = base.rfind("/")
    if slash < 0:
        return name
    return base[:slash + 1] + name


def prepare_input_source(source, base=""):
    """Turn a system id, a file object or an InputSource into an
    InputSource that has a byte stream."""
    if isinstance(source, _StringTypes):
        source = xmlreader.InputSource(source)
    elif hasattr(source, "read"):
        stream = source
        source = xmlreader.InputSource()
        source.setByteStream(stream)
        name = getattr(stream, "name", None)
        if isinstance(name, _StringTypes):
            source.setSystemId(name)
    if source.getByteStream() is None:
        sysid = source.getSystemId()
        path = sysid
        if path.startswith("file:"):
            path = path[5:]
            while path.startswith("//"):
                path = path[1:]
        path = _join_path(base, path)
        source.setSystemId(path)
        source.setByteStream(open(path, "rb"))
    return source
