"""A "pull" interface to DOM building: iterate over (event, node) pairs
while the document is read, and expand the interesting subtrees into
full minidom trees with expandNode()."""

import xml.sax
import xml.sax.handler

START_ELEMENT = "START_ELEMENT"
END_ELEMENT = "END_ELEMENT"
COMMENT = "COMMENT"
START_DOCUMENT = "START_DOCUMENT"
END_DOCUMENT = "END_DOCUMENT"
PROCESSING_INSTRUCTION = "PROCESSING_INSTRUCTION"
IGNORABLE_WHITESPACE = "IGNORABLE_WHITESPACE"
CHARACTERS = "CHARACTERS"

default_bufsize = (2 ** 14) - 20


class PullDOM(xml.sax.ContentHandler):
    """A ContentHandler that makes minidom nodes and queues the events;
    the nodes are attached to their parents only when expanded."""

    _locator = None
    document = None

    def __init__(self, documentFactory=None):
        from xml.dom import XML_NAMESPACE
        self.documentFactory = documentFactory
        self.firstEvent = [None, None]
        self.lastEvent = self.firstEvent
        self.elementStack = []
        self.push = self.elementStack.append
        self.pending_events = []
        self._ns_contexts = [{XML_NAMESPACE: "xml"}]
        self._current_context = self._ns_contexts[-1]
        self._xmlns_attrs = []

    def pop(self):
        result = self.elementStack[-1]
        del self.elementStack[-1]
        return result

    def setDocumentLocator(self, locator):
        self._locator = locator

    def _queue(self, event):
        link = [event, None]
        self.lastEvent[1] = link
        self.lastEvent = link

    def startPrefixMapping(self, prefix, uri):
        self._xmlns_attrs.append((prefix or "xmlns", uri))
        self._ns_contexts.append(self._current_context.copy())
        self._current_context[uri] = prefix or None

    def endPrefixMapping(self, prefix):
        self._current_context = self._ns_contexts.pop()

    def startElementNS(self, name, tagName, attrs):
        uri, localname = name
        if uri:
            if tagName is None:
                prefix = self._current_context.get(uri)
                if prefix:
                    tagName = prefix + ":" + localname
                else:
                    tagName = localname
            if self.document:
                node = self.document.createElementNS(uri, tagName)
            else:
                node = self.buildDocument(uri, tagName)
        else:
            if self.document:
                node = self.document.createElement(localname)
            else:
                node = self.buildDocument(None, localname)
        xmlns_uri = "http://www.w3.org/2000/xmlns/"
        for aname, value in self._xmlns_attrs:
            if aname == "xmlns":
                qname = "xmlns"
            else:
                qname = "xmlns:" + aname
            attr = self.document.createAttributeNS(xmlns_uri, qname)
            attr.value = value
            node.setAttributeNodeNS(attr)
        self._xmlns_attrs = []
        for aname, value in attrs.items():
            a_uri, a_local = aname
            if a_uri:
                prefix = self._current_context.get(a_uri)
                if prefix:
                    qname = prefix + ":" + a_local
                else:
                    qname = a_local
                attr = self.document.createAttributeNS(a_uri, qname)
                node.setAttributeNodeNS(attr)
            else:
                attr = self.document.createAttribute(a_local)
                node.setAttributeNode(attr)
            attr.value = value
        self._queue((START_ELEMENT, node))
        self.push(node)

    def endElementNS(self, name, tagName):
        self._queue((END_ELEMENT, self.pop()))

    def startElement(self, name, attrs):
        if self.document:
            node = self.document.createElement(name)
        else:
            node = self.buildDocument(None, name)
        for aname, value in attrs.items():
            attr = self.document.createAttribute(aname)
            attr.value = value
            node.setAttributeNode(attr)
        self._queue((START_ELEMENT, node))
        self.push(node)

    def endElement(self, name):
        self._queue((END_ELEMENT, self.pop()))

    def comment(self, s):
        if self.document:
            self._queue((COMMENT, self.document.createComment(s)))
        else:
            self.pending_events.append((COMMENT, s))

    def processingInstruction(self, target, data):
        if self.document:
            node = self.document.createProcessingInstruction(target, data)
            self._queue((PROCESSING_INSTRUCTION, node))
        else:
            self.pending_events.append((PROCESSING_INSTRUCTION, target, data))

    def ignorableWhitespace(self, chars):
        self._queue((IGNORABLE_WHITESPACE,
                     self.document.createTextNode(chars)))

    def characters(self, chars):
        self._queue((CHARACTERS, self.document.createTextNode(chars)))

    def startDocument(self):
        if self.documentFactory is None:
            import xml.dom.minidom
            self.documentFactory = xml.dom.minidom.Document.implementation

    def buildDocument(self, uri, tagname):
        """Make the document when its first element arrives."""
        doc = self.documentFactory.createDocument(uri, tagname, None)
        self.document = doc
        self._queue((START_DOCUMENT, doc))
        self.push(doc)
        for event in self.pending_events:
            if event[0] == COMMENT:
                node = doc.createComment(event[1])
            else:
                node = doc.createProcessingInstruction(event[1], event[2])
            doc.insertBefore(node, doc.documentElement)
            self._queue((event[0], node))
        self.pending_events = []
        return doc.documentElement

    def endDocument(self):
        self._queue((END_DOCUMENT, self.document))
        self.pop()

    def clear(self):
        self.document = None


class ErrorHandler:
    def warning(self, exception):
        print exception

    def error(self, exception):
        raise exception

    def fatalError(self, exception):
        raise exception


class DOMEventStream:
    """Iterates over (event, node) pairs of a document read from a
    stream in pieces of bufsize bytes."""

    def __init__(self, stream, parser, bufsize):
        self.stream = stream
        self.parser = parser
        self.bufsize = bufsize
        if not hasattr(self.parser, "feed"):
            self.getEvent = self._slurp
        self.reset()

    def reset(self):
        self.pulldom = PullDOM()
        self.parser.setFeature(xml.sax.handler.feature_namespaces, 1)
        self.parser.setContentHandler(self.pulldom)

    def __getitem__(self, pos):
        event = self.getEvent()
        if event:
            return event
        raise IndexError

    def next(self):
        event = self.getEvent()
        if event:
            return event
        raise StopIteration

    def __iter__(self):
        return self

    def expandNode(self, node):
        """Read on until `node` ends, attaching everything in between
        to it."""
        event = self.getEvent()
        parents = [node]
        while event:
            token, cur_node = event
            if cur_node is node:
                return
            if token != END_ELEMENT:
                parents[-1].appendChild(cur_node)
            if token == START_ELEMENT:
                parents.append(cur_node)
            elif token == END_ELEMENT:
                del parents[-1]
            event = self.getEvent()

    def getEvent(self):
        if not self.pulldom.firstEvent[1]:
            self.pulldom.lastEvent = self.pulldom.firstEvent
        while not self.pulldom.firstEvent[1]:
            buf = self.stream.read(self.bufsize)
            if not buf:
                self.parser.close()
                return None
            self.parser.feed(buf)
        result = self.pulldom.firstEvent[1][0]
        self.pulldom.firstEvent[1] = self.pulldom.firstEvent[1][1]
        return result

    def _slurp(self):
        """For readers without feed(): parse everything, then replay."""
        self.parser.parse(self.stream)
        self.getEvent = self._emit
        return self._emit()

    def _emit(self):
        link = self.pulldom.firstEvent[1]
        if link is None:
            return None
        self.pulldom.firstEvent[1] = link[1]
        return link[0]

    def clear(self):
        """Drop the references to the parser and the document."""
        self.pulldom.clear()
        del self.pulldom
        self.parser = None
        self.stream = None


class SAX2DOM(PullDOM):
    """A PullDOM that attaches every node to its parent as it goes."""

    def startElementNS(self, name, tagName, attrs):
        PullDOM.startElementNS(self, name, tagName, attrs)
        cur_node = self.elementStack[-1]
        parent_node = self.elementStack[-2]
        parent_node.appendChild(cur_node)

    def startElement(self, name, attrs):
        PullDOM.startElement(self, name, attrs)
        cur_node = self.elementStack[-1]
        parent_node = self.elementStack[-2]
        parent_node.appendChild(cur_node)

    def processingInstruction(self, target, data):
        PullDOM.processingInstruction(self, target, data)
        node = self.lastEvent[0][1]
        parent_node = self.elementStack[-1]
        parent_node.appendChild(node)

    def ignorableWhitespace(self, chars):
        PullDOM.ignorableWhitespace(self, chars)
        node = self.lastEvent[0][1]
        parent_node = self.elementStack[-1]
        parent_node.appendChild(node)

    def characters(self, chars):
        PullDOM.characters(self, chars)
        node = self.lastEvent[0][1]
        parent_node = self.elementStack[-1]
        parent_node.appendChild(node)


def parse(stream_or_string, parser=None, bufsize=None):
    if bufsize is None:
        bufsize = default_bufsize
    if isinstance(stream_or_string, basestring):
        stream = open(stream_or_string, "rb")
    else:
        stream = stream_or_string
    if not parser:
        parser = xml.sax.make_parser()
    return DOMEventStream(stream, parser, bufsize)


def parseString(string, parser=None):
    try:
        from cStringIO import StringIO
    except ImportError:
        from StringIO import StringIO
    bufsize = len(string)
    buf = StringIO(string)
    if not parser:
        parser = xml.sax.make_parser()
    return DOMEventStream(buf, parser, bufsize)
