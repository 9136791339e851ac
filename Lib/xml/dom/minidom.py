"""A small implementation of the W3C DOM Level 2 Core (xml.dom.minidom).

parse(file) and parseString(string) build a Document from XML text with
the expat-compatible parser; Document methods create nodes from scratch.
toxml() and toprettyxml() write a tree back as XML.
"""

import xml.dom
from xml.dom import EMPTY_NAMESPACE, EMPTY_PREFIX, XMLNS_NAMESPACE, \
     domreg

_StringTypes = (str, unicode)

_ELEMENT = xml.dom.Node.ELEMENT_NODE
_TEXT = xml.dom.Node.TEXT_NODE
_CDATA = xml.dom.Node.CDATA_SECTION_NODE


class NodeList(list):
    """A list of nodes with the DOM NodeList interface."""

    def item(self, index):
        if 0 <= index < len(self):
            return self[index]
        return None

    def _get_length(self):
        return len(self)

    def _set_length(self, value):
        raise xml.dom.NoModificationAllowedErr(
            "attempt to modify read-only attribute 'length'")

    length = property(_get_length, _set_length,
                      doc="The number of nodes in the NodeList.")

    def __getstate__(self):
        return list(self)

    def __setstate__(self, state):
        self[:] = state


class EmptyNodeList(tuple):
    """The (immutable, empty) child list of nodes that have no children."""

    def __add__(self, other):
        result = NodeList()
        result.extend(other)
        return result

    def __radd__(self, other):
        result = NodeList()
        result.extend(other)
        return result

    def item(self, index):
        return None

    def _get_length(self):
        return 0

    def _set_length(self, value):
        raise xml.dom.NoModificationAllowedErr(
            "attempt to modify read-only attribute 'length'")

    length = property(_get_length, _set_length)


def _escape(data):
    """Text and attribute values as minidom writes them."""
    if "&" in data:
        data = data.replace("&", "&amp;")
    if "<" in data:
        data = data.replace("<", "&lt;")
    if '"' in data:
        data = data.replace('"', "&quot;")
    if ">" in data:
        data = data.replace(">", "&gt;")
    return data


def _write_data(writer, data):
    if data:
        writer.write(_escape(data))


class _Writer:
    """Collects the pieces written by writexml()."""

    def __init__(self):
        self.parts = []
        self.write = self.parts.append

    def getvalue(self):
        return "".join(self.parts)


def _split_qname(qname):
    """'p:name' -> ('p', 'name'); 'name' -> (None, 'name')."""
    colon = qname.find(":")
    if colon < 0:
        return EMPTY_PREFIX, qname
    return qname[:colon], qname[colon + 1:]


class Node(xml.dom.Node):
    """Behaviour shared by every node type."""

    namespaceURI = EMPTY_NAMESPACE
    parentNode = None
    ownerDocument = None
    nextSibling = None
    previousSibling = None
    prefix = EMPTY_PREFIX
    _child_types = ()

    def __nonzero__(self):
        return True

    def _get_firstChild(self):
        if self.childNodes:
            return self.childNodes[0]
        return None

    def _get_lastChild(self):
        if self.childNodes:
            return self.childNodes[-1]
        return None

    firstChild = property(_get_firstChild)
    lastChild = property(_get_lastChild)

    def _get_childNodes(self):
        return self.childNodes

    def _get_firstChild_(self):
        return self._get_firstChild()

    def _get_localName(self):
        return self.localName

    def toxml(self, encoding=None):
        return self.toprettyxml("", "", encoding)

    def toprettyxml(self, indent="\t", newl="\n", encoding=None):
        writer = _Writer()
        if self.nodeType == Node.DOCUMENT_NODE:
            self.writexml(writer, "", indent, newl, encoding)
        else:
            self.writexml(writer, "", indent, newl)
        result = writer.getvalue()
        if encoding is not None:
            if not isinstance(result, unicode):
                result = unicode(result)
            result = result.encode(encoding)
        return result

    def hasChildNodes(self):
        return bool(self.childNodes)

    def _check_child(self, node):
        if node.nodeType not in self._child_types:
            raise xml.dom.HierarchyRequestErr(
                "%s cannot be child of %s" % (repr(node), repr(self)))

    def _detach(self, node):
        parent = node.parentNode
        if parent is not None:
            parent.removeChild(node)

    def insertBefore(self, newChild, refChild):
        if newChild.nodeType == Node.DOCUMENT_FRAGMENT_NODE:
            for child in list(newChild.childNodes):
                self.insertBefore(child, refChild)
            return newChild
        self._check_child(newChild)
        if refChild is None:
            return self.appendChild(newChild)
        children = self.childNodes
        index = _index_of(children, refChild)
        if index < 0:
            raise xml.dom.NotFoundErr()
        if newChild is refChild:
            return newChild
        self._detach(newChild)
        index = _index_of(children, refChild)
        children.insert(index, newChild)
        _relink(children, index)
        newChild.parentNode = self
        return newChild

    def appendChild(self, node):
        if node.nodeType == Node.DOCUMENT_FRAGMENT_NODE:
            for child in list(node.childNodes):
                self.appendChild(child)
            return node
        self._check_child(node)
        self._detach(node)
        children = self.childNodes
        children.append(node)
        _relink(children, len(children) - 1)
        node.parentNode = self
        return node

    def replaceChild(self, newChild, oldChild):
        if newChild.nodeType == Node.DOCUMENT_FRAGMENT_NODE:
            refChild = oldChild.nextSibling
            self.removeChild(oldChild)
            return self.insertBefore(newChild, refChild)
        self._check_child(newChild)
        if newChild is oldChild:
            return oldChild
        children = self.childNodes
        if _index_of(children, oldChild) < 0:
            raise xml.dom.NotFoundErr()
        self._detach(newChild)
        index = _index_of(children, oldChild)
        children[index] = newChild
        newChild.parentNode = self
        oldChild.parentNode = None
        oldChild.nextSibling = oldChild.previousSibling = None
        _relink(children, index)
        return oldChild

    def removeChild(self, oldChild):
        children = self.childNodes
        index = _index_of(children, oldChild)
        if index < 0:
            raise xml.dom.NotFoundErr()
        del children[index]
        if index > 0:
            children[index - 1].nextSibling = oldChild.nextSibling
        if oldChild.nextSibling is not None:
            oldChild.nextSibling.previousSibling = oldChild.previousSibling
        oldChild.nextSibling = oldChild.previousSibling = None
        oldChild.parentNode = None
        return oldChild

    def normalize(self):
        """Merge adjacent Text children and drop empty ones, in the
        whole subtree."""
        kept = []
        for child in self.childNodes:
            if child.nodeType == _TEXT:
                if not child.data:
                    child.parentNode = None
                    continue
                if kept and kept[-1].nodeType == _TEXT:
                    last = kept[-1]
                    last.data = last.data + child.data
                    child.parentNode = None
                    continue
            elif child.nodeType == _ELEMENT:
                child.normalize()
            kept.append(child)
        self.childNodes[:] = kept
        previous = None
        for child in kept:
            child.previousSibling = previous
            if previous is not None:
                previous.nextSibling = child
            previous = child
        if previous is not None:
            previous.nextSibling = None

    def cloneNode(self, deep):
        return _clone(self, deep, self.ownerDocument or self)

    def isSupported(self, feature, version):
        return self.ownerDocument.implementation.hasFeature(feature, version)

    def isSameNode(self, other):
        return self is other

    def hasAttributes(self):
        return False

    def getInterface(self, feature):
        if self.isSupported(feature, None):
            return self
        return None

    def getUserData(self, key):
        try:
            return self._user_data[key][0]
        except (AttributeError, KeyError):
            return None

    def setUserData(self, key, data, handler):
        old = None
        try:
            table = self._user_data
        except AttributeError:
            table = {}
            self._user_data = table
        if key in table:
            old = table[key][0]
        if data is None:
            handler = None
            if key in table:
                del table[key]
        else:
            table[key] = (data, handler)
        return old

    def _call_user_data_handler(self, operation, src, dst):
        table = getattr(self, "_user_data", None)
        if table:
            for key, (data, handler) in table.items():
                if handler is not None:
                    handler.handle(operation, key, data, src, dst)

    def unlink(self):
        """Break the references between nodes so the tree is freed
        without the cycle collector."""
        self.parentNode = self.ownerDocument = None
        if self.childNodes:
            for child in self.childNodes:
                child.unlink()
            self.childNodes = NodeList()
        self.previousSibling = None
        self.nextSibling = None


def _index_of(nodes, node):
    i = 0
    for n in nodes:
        if n is node:
            return i
        i += 1
    return -1


def _relink(children, index):
    """Fix the sibling pointers around children[index]."""
    node = children[index]
    if index > 0:
        before = children[index - 1]
        before.nextSibling = node
        node.previousSibling = before
    else:
        node.previousSibling = None
    if index + 1 < len(children):
        after = children[index + 1]
        after.previousSibling = node
        node.nextSibling = after
    else:
        node.nextSibling = None


def _collect_by_name(parent, name, result):
    for node in parent.childNodes:
        if node.nodeType == _ELEMENT:
            if name == "*" or node.tagName == name:
                result.append(node)
            _collect_by_name(node, name, result)
    return result


def _collect_by_ns(parent, uri, local, result):
    for node in parent.childNodes:
        if node.nodeType == _ELEMENT:
            if ((local == "*" or node.localName == local) and
                    (uri == "*" or node.namespaceURI == uri)):
                result.append(node)
            _collect_by_ns(node, uri, local, result)
    return result


class DocumentFragment(Node):
    nodeType = Node.DOCUMENT_FRAGMENT_NODE
    nodeName = "#document-fragment"
    nodeValue = None
    attributes = None
    parentNode = None
    _child_types = (Node.ELEMENT_NODE, Node.TEXT_NODE,
                    Node.CDATA_SECTION_NODE, Node.ENTITY_REFERENCE_NODE,
                    Node.PROCESSING_INSTRUCTION_NODE, Node.COMMENT_NODE,
                    Node.NOTATION_NODE)

    def __init__(self):
        self.childNodes = NodeList()


class Attr(Node):
    nodeType = Node.ATTRIBUTE_NODE
    attributes = None
    ownerElement = None
    specified = False
    _is_id = False
    _child_types = (Node.TEXT_NODE, Node.ENTITY_REFERENCE_NODE)

    def __init__(self, qName, namespaceURI=EMPTY_NAMESPACE, localName=None,
                 prefix=None):
        d = self.__dict__
        d["nodeName"] = d["name"] = qName
        d["namespaceURI"] = namespaceURI
        d["prefix"] = prefix
        if localName is not None:
            d["localName"] = localName
        d["value"] = d["nodeValue"] = ""
        d["childNodes"] = NodeList()

    def __getattr__(self, name):
        if name == "localName":
            return self.nodeName.split(":", 1)[-1]
        raise AttributeError, name

    def __setattr__(self, name, value):
        d = self.__dict__
        if name == "value" or name == "nodeValue":
            d["value"] = d["nodeValue"] = value
            owner = d.get("ownerElement")
            if owner is not None:
                _invalidate_ids(owner)
        elif name == "name" or name == "nodeName":
            d["name"] = d["nodeName"] = value
        else:
            d[name] = value

    def _get_isId(self):
        return self._is_id

    isId = property(_get_isId)

    def unlink(self):
        element = self.ownerElement
        if element is not None:
            attrs = element._attrs
            if attrs.get(self.nodeName) is self:
                del attrs[self.nodeName]
            key = (self.namespaceURI, self.localName)
            if element._attrsNS.get(key) is self:
                del element._attrsNS[key]
        self.__dict__["ownerElement"] = None
        Node.unlink(self)

    def __repr__(self):
        return "<DOM Attr: %s at %#x>" % (self.nodeName, id(self))


def _invalidate_ids(node):
    doc = node.ownerDocument
    if doc is not None:
        doc._id_cache = None


class NamedNodeMap:
    """The attributes of an element, by qualified name and by
    (namespace URI, local name)."""

    def __init__(self, attrs, attrsNS, ownerElement):
        self._attrs = attrs
        self._attrsNS = attrsNS
        self._ownerElement = ownerElement

    def _get_length(self):
        return len(self._attrs)

    length = property(_get_length)

    def item(self, index):
        try:
            return self[self._attrs.keys()[index]]
        except IndexError:
            return None

    def items(self):
        return [(node.nodeName, node.value) for node in self._attrs.values()]

    def itemsNS(self):
        return [((node.namespaceURI, node.localName), node.value)
                for node in self._attrs.values()]

    def has_key(self, key):
        if isinstance(key, _StringTypes):
            return key in self._attrs
        return key in self._attrsNS

    __contains__ = has_key

    def keys(self):
        return self._attrs.keys()

    def keysNS(self):
        return self._attrsNS.keys()

    def values(self):
        return self._attrs.values()

    def get(self, name, value=None):
        return self._attrs.get(name, value)

    def __len__(self):
        return len(self._attrs)

    def __cmp__(self, other):
        if self._attrs is getattr(other, "_attrs", None):
            return 0
        return cmp(id(self), id(other))

    def __getitem__(self, key):
        if isinstance(key, tuple):
            return self._attrsNS[key]
        return self._attrs[key]

    def __setitem__(self, name, value):
        if isinstance(value, _StringTypes):
            node = self._attrs.get(name)
            if node is None:
                node = Attr(name)
                node.ownerDocument = self._ownerElement.ownerDocument
                self.setNamedItem(node)
            node.value = value
        else:
            if not isinstance(value, Attr):
                raise TypeError, "value must be a string or Attr object"
            self.setNamedItem(value)

    def getNamedItem(self, name):
        return self._attrs.get(name)

    def getNamedItemNS(self, namespaceURI, localName):
        return self._attrsNS.get((namespaceURI, localName))

    def removeNamedItem(self, name):
        node = self._attrs.get(name)
        if node is None:
            raise xml.dom.NotFoundErr()
        self._ownerElement.removeAttributeNode(node)
        return node

    def removeNamedItemNS(self, namespaceURI, localName):
        node = self._attrsNS.get((namespaceURI, localName))
        if node is None:
            raise xml.dom.NotFoundErr()
        self._ownerElement.removeAttributeNode(node)
        return node

    def setNamedItem(self, node):
        if not isinstance(node, Attr):
            raise xml.dom.HierarchyRequestErr(
                "%s cannot be child of %s" % (repr(node), repr(self)))
        return self._ownerElement.setAttributeNode(node)

    setNamedItemNS = setNamedItem

    def __delitem__(self, name):
        self.removeNamedItem(name)

    def __getstate__(self):
        return self._attrs, self._attrsNS, self._ownerElement

    def __setstate__(self, state):
        self._attrs, self._attrsNS, self._ownerElement = state

AttributeList = NamedNodeMap


class TypeInfo(object):
    __slots__ = ("namespace", "name")

    def __init__(self, namespace, name):
        self.namespace = namespace
        self.name = name

    def __repr__(self):
        if self.namespace:
            return "<TypeInfo %r (from %r)>" % (self.name, self.namespace)
        return "<TypeInfo %r>" % self.name

_no_type = TypeInfo(None, None)


class Element(Node):
    nodeType = Node.ELEMENT_NODE
    nodeValue = None
    schemaType = _no_type
    _child_types = (Node.ELEMENT_NODE, Node.PROCESSING_INSTRUCTION_NODE,
                    Node.COMMENT_NODE, Node.TEXT_NODE,
                    Node.CDATA_SECTION_NODE, Node.ENTITY_REFERENCE_NODE)

    def __init__(self, tagName, namespaceURI=EMPTY_NAMESPACE, prefix=None,
                 localName=None):
        self.tagName = self.nodeName = tagName
        self.prefix = prefix
        self.namespaceURI = namespaceURI
        self.childNodes = NodeList()
        self._attrs = {}
        self._attrsNS = {}
        if localName is not None:
            self.localName = localName

    def __getattr__(self, name):
        if name == "localName":
            return self.tagName.split(":", 1)[-1]
        raise AttributeError, name

    def _get_attributes(self):
        return NamedNodeMap(self._attrs, self._attrsNS, self)

    attributes = property(_get_attributes)

    def _get_tagName(self):
        return self.tagName

    def unlink(self):
        for attr in self._attrs.values():
            attr.unlink()
        self._attrs = {}
        self._attrsNS = {}
        Node.unlink(self)

    def getAttribute(self, attname):
        node = self._attrs.get(attname)
        if node is None:
            return ""
        return node.value

    def getAttributeNS(self, namespaceURI, localName):
        node = self._attrsNS.get((namespaceURI, localName))
        if node is None:
            return ""
        return node.value

    def setAttribute(self, attname, value):
        node = self._attrs.get(attname)
        if node is None:
            node = Attr(attname)
            node.ownerDocument = self.ownerDocument
            self.setAttributeNode(node)
        node.value = value

    def setAttributeNS(self, namespaceURI, qualifiedName, value):
        prefix, local = _split_qname(qualifiedName)
        node = self._attrsNS.get((namespaceURI, local))
        if node is None:
            node = Attr(qualifiedName, namespaceURI, local, prefix)
            node.ownerDocument = self.ownerDocument
            self.setAttributeNode(node)
        else:
            if node.nodeName != qualifiedName:
                old = self._attrs.get(node.nodeName)
                if old is node:
                    del self._attrs[node.nodeName]
                node.name = qualifiedName
                node.prefix = prefix
                self._attrs[qualifiedName] = node
        node.value = value

    def getAttributeNode(self, attrname):
        return self._attrs.get(attrname)

    def getAttributeNodeNS(self, namespaceURI, localName):
        return self._attrsNS.get((namespaceURI, localName))

    def setAttributeNode(self, attr):
        owner = attr.ownerElement
        if owner not in (None, self):
            raise xml.dom.InuseAttributeErr("attribute node already owned")
        old1 = self._attrs.get(attr.name)
        old2 = self._attrsNS.get((attr.namespaceURI, attr.localName))
        for old in (old1, old2):
            if old is not None and old is not attr:
                self._remove_attr(old)
        self._attrs[attr.name] = attr
        self._attrsNS[(attr.namespaceURI, attr.localName)] = attr
        attr.ownerElement = self
        _invalidate_ids(self)
        if old1 is not attr:
            return old1
        if old2 is not attr:
            return old2
        return None

    setAttributeNodeNS = setAttributeNode

    def _remove_attr(self, node):
        if self._attrs.get(node.name) is node:
            del self._attrs[node.name]
        key = (node.namespaceURI, node.localName)
        if self._attrsNS.get(key) is node:
            del self._attrsNS[key]
        node.ownerElement = None
        _invalidate_ids(self)

    def removeAttribute(self, name):
        node = self._attrs.get(name)
        if node is None:
            raise xml.dom.NotFoundErr()
        self._remove_attr(node)

    def removeAttributeNS(self, namespaceURI, localName):
        node = self._attrsNS.get((namespaceURI, localName))
        if node is None:
            raise xml.dom.NotFoundErr()
        self._remove_attr(node)

    def removeAttributeNode(self, node):
        if node is None or self._attrs.get(node.name) is not node:
            raise xml.dom.NotFoundErr()
        self._remove_attr(node)
        return node

    def hasAttribute(self, name):
        return name in self._attrs

    def hasAttributeNS(self, namespaceURI, localName):
        return (namespaceURI, localName) in self._attrsNS

    def hasAttributes(self):
        return bool(self._attrs)

    def getElementsByTagName(self, name):
        return _collect_by_name(self, name, NodeList())

    def getElementsByTagNameNS(self, namespaceURI, localName):
        return _collect_by_ns(self, namespaceURI, localName, NodeList())

    def setIdAttribute(self, name):
        self.setIdAttributeNode(self.getAttributeNode(name))

    def setIdAttributeNS(self, namespaceURI, localName):
        self.setIdAttributeNode(self.getAttributeNodeNS(namespaceURI,
                                                        localName))

    def setIdAttributeNode(self, idAttr):
        if idAttr is None or idAttr.ownerElement is not self:
            raise xml.dom.NotFoundErr()
        idAttr._is_id = True
        _invalidate_ids(self)

    def __repr__(self):
        return "<DOM Element: %s at %#x>" % (self.tagName, id(self))

    def writexml(self, writer, indent="", addindent="", newl=""):
        writer.write(indent + "<" + self.tagName)
        names = self._attrs.keys()
        names.sort()
        for name in names:
            writer.write(' %s="' % name)
            _write_data(writer, self._attrs[name].value)
            writer.write('"')
        if not self.childNodes:
            writer.write("/>%s" % newl)
            return
        writer.write(">%s" % newl)
        inner = indent + addindent
        for child in self.childNodes:
            child.writexml(writer, inner, addindent, newl)
        writer.write("%s</%s>%s" % (indent, self.tagName, newl))


class _Leaf:
    """Mix-in of the nodes that cannot have children."""

    attributes = None
    childNodes = EmptyNodeList()
    firstChild = None
    lastChild = None

    def appendChild(self, node):
        raise xml.dom.HierarchyRequestErr(
            self.nodeName + " nodes cannot have children")

    def hasChildNodes(self):
        return False

    def insertBefore(self, newChild, refChild):
        raise xml.dom.HierarchyRequestErr(
            self.nodeName + " nodes do not have children")

    def removeChild(self, oldChild):
        raise xml.dom.NotFoundErr(
            self.nodeName + " nodes do not have children")

    def replaceChild(self, newChild, oldChild):
        raise xml.dom.HierarchyRequestErr(
            self.nodeName + " nodes do not have children")

    def normalize(self):
        pass


class ProcessingInstruction(_Leaf, Node):
    nodeType = Node.PROCESSING_INSTRUCTION_NODE

    def __init__(self, target, data):
        self.target = self.nodeName = target
        self.data = self.nodeValue = data

    def __setattr__(self, name, value):
        d = self.__dict__
        if name == "data" or name == "nodeValue":
            d["data"] = d["nodeValue"] = value
        elif name == "target" or name == "nodeName":
            d["target"] = d["nodeName"] = value
        else:
            d[name] = value

    def writexml(self, writer, indent="", addindent="", newl=""):
        writer.write("%s<?%s %s?>%s" % (indent, self.target, self.data, newl))


class CharacterData(_Leaf, Node):

    def __init__(self, data=""):
        self.data = data

    def __setattr__(self, name, value):
        d = self.__dict__
        if name == "data" or name == "nodeValue":
            d["data"] = d["nodeValue"] = value
        else:
            d[name] = value

    def _get_length(self):
        return len(self.data)

    length = property(_get_length)

    def __repr__(self):
        data = self.data
        if len(data) > 10:
            more = "..."
        else:
            more = ""
        return '<DOM %s node "%s%s">' % (self.__class__.__name__,
                                         data[0:10], more)

    def _check_range(self, offset, count=0):
        if offset < 0:
            raise xml.dom.IndexSizeErr("offset cannot be negative")
        if offset > len(self.data):
            raise xml.dom.IndexSizeErr("offset cannot be beyond end of data")
        if count < 0:
            raise xml.dom.IndexSizeErr("count cannot be negative")

    def substringData(self, offset, count):
        self._check_range(offset, count)
        return self.data[offset:offset + count]

    def appendData(self, arg):
        self.data = self.data + arg

    def insertData(self, offset, arg):
        self._check_range(offset)
        if arg:
            self.data = self.data[:offset] + arg + self.data[offset:]

    def deleteData(self, offset, count):
        self._check_range(offset, count)
        if count:
            self.data = self.data[:offset] + self.data[offset + count:]

    def replaceData(self, offset, count, arg):
        self._check_range(offset, count)
        if count:
            self.data = self.data[:offset] + arg + self.data[offset + count:]


class Text(CharacterData):
    nodeType = Node.TEXT_NODE
    nodeName = "#text"

    def splitText(self, offset):
        if offset < 0 or offset > len(self.data):
            raise xml.dom.IndexSizeErr("illegal offset value")
        newText = self.__class__()
        newText.data = self.data[offset:]
        newText.ownerDocument = self.ownerDocument
        parent = self.parentNode
        if parent is not None and self in parent.childNodes:
            parent.insertBefore(newText, self.nextSibling)
        self.data = self.data[:offset]
        return newText

    def _get_wholeText(self):
        parts = [self.data]
        node = self.previousSibling
        while node is not None and node.nodeType in (_TEXT, _CDATA):
            parts.insert(0, node.data)
            node = node.previousSibling
        node = self.nextSibling
        while node is not None and node.nodeType in (_TEXT, _CDATA):
            parts.append(node.data)
            node = node.nextSibling
        return "".join(parts)

    wholeText = property(_get_wholeText)

    def _get_isWhitespaceInElementContent(self):
        return not self.data.strip()

    isWhitespaceInElementContent = property(_get_isWhitespaceInElementContent)

    def writexml(self, writer, indent="", addindent="", newl=""):
        _write_data(writer, "%s%s%s" % (indent, self.data, newl))


class Comment(CharacterData):
    nodeType = Node.COMMENT_NODE
    nodeName = "#comment"

    def __init__(self, data):
        self.data = data

    def writexml(self, writer, indent="", addindent="", newl=""):
        writer.write("%s<!--%s-->%s" % (indent, self.data, newl))


class CDATASection(Text):
    nodeType = Node.CDATA_SECTION_NODE
    nodeName = "#cdata-section"

    def writexml(self, writer, indent="", addindent="", newl=""):
        if self.data.find("]]>") >= 0:
            raise ValueError("']]>' not allowed in a CDATA section")
        writer.write("<![CDATA[%s]]>" % self.data)


class ReadOnlySequentialNamedNodeMap(object):
    """The entities and notations of a DocumentType."""
    __slots__ = ("_seq",)

    def __init__(self, seq=()):
        self._seq = list(seq)

    def __len__(self):
        return len(self._seq)

    def _get_length(self):
        return len(self._seq)

    length = property(_get_length)

    def getNamedItem(self, name):
        for node in self._seq:
            if node.nodeName == name:
                return node
        return None

    def getNamedItemNS(self, namespaceURI, localName):
        for node in self._seq:
            if (node.namespaceURI == namespaceURI and
                    node.localName == localName):
                return node
        return None

    def __getitem__(self, key):
        if isinstance(key, tuple):
            node = self.getNamedItemNS(*key)
        else:
            node = self.getNamedItem(key)
        if node is None:
            raise KeyError, key
        return node

    def item(self, index):
        if 0 <= index < len(self._seq):
            return self._seq[index]
        return None

    def _readonly(self, *args):
        raise xml.dom.NoModificationAllowedErr(
            "NamedNodeMap instance is read-only")

    removeNamedItem = removeNamedItemNS = setNamedItem = setNamedItemNS = \
        _readonly


class Identified:
    """publicId and systemId of DocumentType, Entity and Notation."""

    def _identified_mixin_init(self, publicId, systemId):
        self.publicId = publicId
        self.systemId = systemId


class DocumentType(Identified, _Leaf, Node):
    nodeType = Node.DOCUMENT_TYPE_NODE
    nodeValue = None
    name = None
    publicId = None
    systemId = None
    internalSubset = None

    def __init__(self, qualifiedName):
        self.entities = ReadOnlySequentialNamedNodeMap()
        self.notations = ReadOnlySequentialNamedNodeMap()
        if qualifiedName:
            prefix, local = _split_qname(qualifiedName)
            self.name = local
        self.nodeName = self.name

    def cloneNode(self, deep):
        if self.ownerDocument is None:
            clone = DocumentType(None)
            clone.name = clone.nodeName = self.name
            clone.publicId = self.publicId
            clone.systemId = self.systemId
            clone.internalSubset = self.internalSubset
            if deep:
                for source, target in ((self.entities, clone.entities),
                                       (self.notations, clone.notations)):
                    for node in source._seq:
                        target._seq.append(_clone(node, False, None))
            self._call_user_data_handler(
                xml.dom.UserDataHandler.NODE_CLONED, self, clone)
            return clone
        return None

    def writexml(self, writer, indent="", addindent="", newl=""):
        writer.write("<!DOCTYPE ")
        writer.write(self.name)
        if self.publicId:
            writer.write("%s  PUBLIC '%s'%s  '%s'"
                         % (newl, self.publicId, newl, self.systemId))
        elif self.systemId:
            writer.write("%s  SYSTEM '%s'" % (newl, self.systemId))
        if self.internalSubset is not None:
            writer.write(" [")
            writer.write(self.internalSubset)
            writer.write("]")
        writer.write(">" + newl)


class Entity(Identified, Node):
    attributes = None
    nodeType = Node.ENTITY_NODE
    nodeValue = None
    actualEncoding = None
    encoding = None
    version = None
    _child_types = (Node.ELEMENT_NODE, Node.PROCESSING_INSTRUCTION_NODE,
                    Node.COMMENT_NODE, Node.TEXT_NODE,
                    Node.CDATA_SECTION_NODE, Node.ENTITY_REFERENCE_NODE)

    def __init__(self, name, publicId, systemId, notation):
        self.nodeName = name
        self.notationName = notation
        self.childNodes = NodeList()
        self._identified_mixin_init(publicId, systemId)

    def appendChild(self, newChild):
        raise xml.dom.HierarchyRequestErr(
            "cannot append children to an entity node")

    def insertBefore(self, newChild, refChild):
        raise xml.dom.HierarchyRequestErr(
            "cannot insert children below an entity node")

    def removeChild(self, oldChild):
        raise xml.dom.HierarchyRequestErr(
            "cannot remove children from an entity node")

    def replaceChild(self, newChild, oldChild):
        raise xml.dom.HierarchyRequestErr(
            "cannot replace children of an entity node")


class Notation(Identified, _Leaf, Node):
    nodeType = Node.NOTATION_NODE
    nodeValue = None

    def __init__(self, name, publicId, systemId):
        self.nodeName = name
        self._identified_mixin_init(publicId, systemId)


class DOMImplementation:
    _features = [("core", "1.0"), ("core", "2.0"), ("core", "3.0"),
                 ("core", None), ("xml", "1.0"), ("xml", "2.0"),
                 ("xml", "3.0"), ("xml", None), ("ls-load", "3.0"),
                 ("ls-load", None)]

    def hasFeature(self, feature, version):
        if version == "":
            version = None
        return (feature.lower(), version) in self._features

    def createDocument(self, namespaceURI, qualifiedName, doctype):
        if doctype is not None and doctype.parentNode is not None:
            raise xml.dom.WrongDocumentErr(
                "doctype object owned by another DOM tree")
        doc = self._create_document()
        add_root = not (namespaceURI is None and qualifiedName is None and
                        doctype is None)
        if not qualifiedName and add_root:
            raise xml.dom.InvalidCharacterErr("Element with no name")
        if add_root:
            prefix, local = _split_qname(qualifiedName)
            if prefix == "xml" and \
                    namespaceURI != "http://www.w3.org/XML/1998/namespace":
                raise xml.dom.NamespaceErr("illegal use of 'xml' prefix")
            if prefix and not namespaceURI:
                raise xml.dom.NamespaceErr(
                    "illegal use of prefix without namespaces")
            element = doc.createElementNS(namespaceURI, qualifiedName)
            if doctype is not None:
                doc.appendChild(doctype)
            doc.appendChild(element)
        if doctype is not None:
            doctype.parentNode = doctype.ownerDocument = doc
        doc.doctype = doctype
        doc.implementation = self
        return doc

    def createDocumentType(self, qualifiedName, publicId, systemId):
        doctype = DocumentType(qualifiedName)
        doctype.publicId = publicId
        doctype.systemId = systemId
        return doctype

    def getInterface(self, feature):
        if self.hasFeature(feature, None):
            return self
        return None

    def _create_document(self):
        return Document()


class Document(Node):
    nodeType = Node.DOCUMENT_NODE
    nodeName = "#document"
    nodeValue = None
    attributes = None
    doctype = None
    parentNode = None
    previousSibling = nextSibling = None
    implementation = DOMImplementation()
    actualEncoding = None
    encoding = None
    standalone = None
    version = None
    strictErrorChecking = False
    errorHandler = None
    documentURI = None
    _child_types = (Node.ELEMENT_NODE, Node.PROCESSING_INSTRUCTION_NODE,
                    Node.COMMENT_NODE, Node.DOCUMENT_TYPE_NODE)

    def __init__(self):
        self.childNodes = NodeList()
        self._id_cache = None

    def _get_documentElement(self):
        for node in self.childNodes:
            if node.nodeType == _ELEMENT:
                return node
        return None

    documentElement = property(_get_documentElement)

    def appendChild(self, node):
        if node.nodeType not in self._child_types:
            raise xml.dom.HierarchyRequestErr(
                "%s cannot be child of %s" % (repr(node), repr(self)))
        if node.parentNode is not None:
            node.parentNode.removeChild(node)
        if node.nodeType == _ELEMENT and self._get_documentElement():
            raise xml.dom.HierarchyRequestErr(
                "two document elements disallowed")
        return Node.appendChild(self, node)

    def insertBefore(self, newChild, refChild):
        if newChild.nodeType == _ELEMENT and \
                newChild.nodeType in self._child_types and \
                self._get_documentElement() not in (None, newChild):
            raise xml.dom.HierarchyRequestErr(
                "two document elements disallowed")
        return Node.insertBefore(self, newChild, refChild)

    def removeChild(self, oldChild):
        if _index_of(self.childNodes, oldChild) < 0:
            raise xml.dom.NotFoundErr()
        Node.removeChild(self, oldChild)
        if oldChild is self.doctype:
            self.doctype = None
        return oldChild

    def replaceChild(self, newChild, oldChild):
        if newChild.nodeType == _ELEMENT and oldChild.nodeType != _ELEMENT \
                and self._get_documentElement() is not None:
            raise xml.dom.HierarchyRequestErr(
                "two document elements disallowed")
        return Node.replaceChild(self, newChild, oldChild)

    def unlink(self):
        if self.doctype is not None:
            self.doctype.unlink()
            self.doctype = None
        Node.unlink(self)

    def cloneNode(self, deep):
        if not deep:
            return None
        clone = self.implementation.createDocument(None, None, None)
        clone.encoding = self.encoding
        clone.standalone = self.standalone
        clone.version = self.version
        for node in self.childNodes:
            child = _clone(node, deep, clone)
            clone.childNodes.append(child)
            child.parentNode = clone
            if child.nodeType == Node.DOCUMENT_TYPE_NODE:
                clone.doctype = child
        children = clone.childNodes
        for i in range(len(children)):
            _relink(children, i)
        self._call_user_data_handler(xml.dom.UserDataHandler.NODE_CLONED,
                                     self, clone)
        return clone

    def createDocumentFragment(self):
        node = DocumentFragment()
        node.ownerDocument = self
        return node

    def createElement(self, tagName):
        node = Element(tagName)
        node.ownerDocument = self
        return node

    def createTextNode(self, data):
        if not isinstance(data, _StringTypes):
            raise TypeError, "node contents must be a string"
        node = Text()
        node.data = data
        node.ownerDocument = self
        return node

    def createCDATASection(self, data):
        if not isinstance(data, _StringTypes):
            raise TypeError, "node contents must be a string"
        node = CDATASection()
        node.data = data
        node.ownerDocument = self
        return node

    def createComment(self, data):
        node = Comment(data)
        node.ownerDocument = self
        return node

    def createProcessingInstruction(self, target, data):
        node = ProcessingInstruction(target, data)
        node.ownerDocument = self
        return node

    def createAttribute(self, qName):
        node = Attr(qName)
        node.ownerDocument = self
        node.value = ""
        return node

    def createElementNS(self, namespaceURI, qualifiedName):
        prefix, local = _split_qname(qualifiedName)
        node = Element(qualifiedName, namespaceURI, prefix)
        node.ownerDocument = self
        return node

    def createAttributeNS(self, namespaceURI, qualifiedName):
        prefix, local = _split_qname(qualifiedName)
        node = Attr(qualifiedName, namespaceURI, local, prefix)
        node.ownerDocument = self
        node.value = ""
        return node

    def _create_entity(self, name, publicId, systemId, notationName):
        node = Entity(name, publicId, systemId, notationName)
        node.ownerDocument = self
        return node

    def _create_notation(self, name, publicId, systemId):
        node = Notation(name, publicId, systemId)
        node.ownerDocument = self
        return node

    def getElementById(self, id):
        if self._id_cache is None:
            cache = {}
            stack = [self._get_documentElement()]
            while stack:
                node = stack.pop()
                if node is None:
                    continue
                for attr in node._attrs.values():
                    if attr._is_id or self._declared_id(node, attr):
                        cache.setdefault(attr.value, node)
                for child in reversed(node.childNodes):
                    if child.nodeType == _ELEMENT:
                        stack.append(child)
            self._id_cache = cache
        return self._id_cache.get(id)

    def _declared_id(self, element, attr):
        ids = getattr(self, "_id_attributes", None)
        return ids is not None and (element.tagName, attr.name) in ids

    def getElementsByTagName(self, name):
        return _collect_by_name(self, name, NodeList())

    def getElementsByTagNameNS(self, namespaceURI, localName):
        return _collect_by_ns(self, namespaceURI, localName, NodeList())

    def isSupported(self, feature, version):
        return self.implementation.hasFeature(feature, version)

    def importNode(self, node, deep):
        if node.nodeType == Node.DOCUMENT_NODE:
            raise xml.dom.NotSupportedErr("cannot import document nodes")
        if node.nodeType == Node.DOCUMENT_TYPE_NODE:
            raise xml.dom.NotSupportedErr("cannot import document type nodes")
        return _clone(node, deep, self, True)

    def writexml(self, writer, indent="", addindent="", newl="",
                 encoding=None):
        if encoding is None:
            writer.write('<?xml version="1.0" ?>' + newl)
        else:
            writer.write('<?xml version="1.0" encoding="%s"?>%s'
                         % (encoding, newl))
        for node in self.childNodes:
            node.writexml(writer, indent, addindent, newl)

    def renameNode(self, n, namespaceURI, name):
        if n.ownerDocument is not self:
            raise xml.dom.WrongDocumentErr(
                "cannot rename nodes from other documents;\n"
                "expected %s,\nfound %s" % (self, n.ownerDocument))
        if n.nodeType not in (Node.ELEMENT_NODE, Node.ATTRIBUTE_NODE):
            raise xml.dom.NotSupportedErr(
                "renameNode() only applies to element and attribute nodes")
        prefix, local = _split_qname(name)
        if n.nodeType == _ELEMENT:
            n.tagName = n.nodeName = name
            n.localName = local
            n.prefix = prefix
            n.namespaceURI = namespaceURI
        else:
            element = n.ownerElement
            if element is not None:
                element.removeAttributeNode(n)
            n.name = name
            n.__dict__["localName"] = local
            n.prefix = prefix
            n.namespaceURI = namespaceURI
            if element is not None:
                element.setAttributeNode(n)
        return n


def _clone(node, deep, doc, importing=False):
    """A copy of node owned by doc (for cloneNode and importNode)."""
    kind = node.nodeType
    if kind == _ELEMENT:
        clone = Element(node.tagName, node.namespaceURI, node.prefix)
        clone.ownerDocument = doc
        for attr in node._attrs.values():
            copy = Attr(attr.nodeName, attr.namespaceURI, attr.localName,
                        attr.prefix)
            copy.ownerDocument = doc
            copy.value = attr.value
            copy.specified = True
            clone.setAttributeNode(copy)
            copy._is_id = attr._is_id
        if deep:
            for child in node.childNodes:
                clone.appendChild(_clone(child, True, doc, importing))
    elif kind == Node.DOCUMENT_FRAGMENT_NODE:
        clone = DocumentFragment()
        clone.ownerDocument = doc
        if deep:
            for child in node.childNodes:
                clone.appendChild(_clone(child, True, doc, importing))
    elif kind == _TEXT:
        clone = Text()
        clone.data = node.data
        clone.ownerDocument = doc
    elif kind == _CDATA:
        clone = CDATASection()
        clone.data = node.data
        clone.ownerDocument = doc
    elif kind == Node.COMMENT_NODE:
        clone = Comment(node.data)
        clone.ownerDocument = doc
    elif kind == Node.PROCESSING_INSTRUCTION_NODE:
        clone = ProcessingInstruction(node.target, node.data)
        clone.ownerDocument = doc
    elif kind == Node.ATTRIBUTE_NODE:
        clone = Attr(node.nodeName, node.namespaceURI, node.localName,
                     node.prefix)
        clone.ownerDocument = doc
        clone.value = node.value
        clone.specified = True
    elif kind == Node.DOCUMENT_TYPE_NODE:
        clone = DocumentType(None)
        clone.name = clone.nodeName = node.name
        clone.publicId = node.publicId
        clone.systemId = node.systemId
        clone.internalSubset = node.internalSubset
        clone.ownerDocument = doc
        if deep:
            for source, target in ((node.entities, clone.entities),
                                   (node.notations, clone.notations)):
                for item in source._seq:
                    target._seq.append(_clone(item, True, doc, importing))
    elif kind == Node.ENTITY_NODE:
        clone = Entity(node.nodeName, node.publicId, node.systemId,
                       node.notationName)
        clone.ownerDocument = doc
        clone.encoding = node.encoding
        clone.version = node.version
        clone.actualEncoding = node.actualEncoding
    elif kind == Node.NOTATION_NODE:
        clone = Notation(node.nodeName, node.publicId, node.systemId)
        clone.ownerDocument = doc
    else:
        raise xml.dom.NotSupportedErr("cannot clone node %s" % repr(node))
    if importing:
        operation = xml.dom.UserDataHandler.NODE_IMPORTED
    else:
        operation = xml.dom.UserDataHandler.NODE_CLONED
    node._call_user_data_handler(operation, node, clone)
    return clone


# ------------------------------------------------------------ building

class _Builder:
    """Builds a Document from the events of an expat-style parser."""

    def __init__(self):
        self.document = Document()
        self.current = self.document
        self.pending_ns = []
        self.in_cdata = False
        self.doctype = None
        self.id_attributes = {}

    def make_parser(self):
        import pyexpat
        parser = pyexpat.ParserCreate(namespace_separator=" ")
        parser.namespace_prefixes = True
        parser.buffer_text = True
        parser.ordered_attributes = True
        parser.specified_attributes = True
        parser.StartElementHandler = self.start_element
        parser.EndElementHandler = self.end_element
        parser.CharacterDataHandler = self.characters
        parser.CommentHandler = self.comment
        parser.ProcessingInstructionHandler = self.pi
        parser.StartCdataSectionHandler = self.start_cdata
        parser.EndCdataSectionHandler = self.end_cdata
        parser.StartNamespaceDeclHandler = self.start_ns
        parser.XmlDeclHandler = self.xml_decl
        parser.StartDoctypeDeclHandler = self.start_doctype
        parser.EndDoctypeDeclHandler = self.end_doctype
        parser.EntityDeclHandler = self.entity_decl
        parser.NotationDeclHandler = self.notation_decl
        parser.AttlistDeclHandler = self.attlist_decl
        self.parser = parser
        return parser

    def _append(self, node):
        parent = self.current
        children = parent.childNodes
        if children:
            last = children[-1]
            last.nextSibling = node
            node.previousSibling = last
        children.append(node)
        node.parentNode = parent

    def xml_decl(self, version, encoding, standalone):
        doc = self.document
        doc.version = version
        doc.encoding = encoding
        if standalone >= 0:
            doc.standalone = standalone == 1

    def start_doctype(self, name, systemId, publicId, has_internal_subset):
        doctype = self.document.implementation.createDocumentType(
            name, publicId, systemId)
        doctype.ownerDocument = self.document
        self.doctype = doctype
        self.document.doctype = doctype
        self._append(doctype)

    def end_doctype(self):
        subset = getattr(self.parser, "_internal_subset", None)
        if subset is not None and self.doctype is not None:
            self.doctype.internalSubset = subset

    def entity_decl(self, name, is_parameter_entity, value, base, systemId,
                    publicId, notationName):
        if is_parameter_entity or self.doctype is None:
            return
        node = self.document._create_entity(name, publicId, systemId,
                                            notationName)
        if value is not None:
            text = Text()
            text.data = value
            text.ownerDocument = self.document
            text.parentNode = node
            node.childNodes.append(text)
        self.doctype.entities._seq.append(node)

    def notation_decl(self, name, base, systemId, publicId):
        if self.doctype is None:
            return
        node = self.document._create_notation(name, publicId, systemId)
        self.doctype.notations._seq.append(node)

    def attlist_decl(self, element, attname, type, default, required):
        if type == "ID":
            ids = getattr(self.document, "_id_attributes", None)
            if ids is None:
                ids = {}
                self.document._id_attributes = ids
            ids[(element, attname)] = 1

    def start_ns(self, prefix, uri):
        self.pending_ns.append((prefix, uri))

    def _split(self, name):
        """'uri local prefix' -> (uri, local, prefix, qname)"""
        parts = name.split(" ")
        if len(parts) == 1:
            return EMPTY_NAMESPACE, name, EMPTY_PREFIX, name
        if len(parts) == 2:
            return parts[0], parts[1], EMPTY_PREFIX, parts[1]
        return parts[0], parts[1], parts[2], parts[2] + ":" + parts[1]

    def start_element(self, name, attributes):
        doc = self.document
        uri, local, prefix, qname = self._split(name)
        node = Element(qname, uri, prefix, local)
        node.ownerDocument = doc
        self._append(node)
        for ns_prefix, ns_uri in self.pending_ns:
            if ns_prefix:
                attr = Attr("xmlns:" + ns_prefix, XMLNS_NAMESPACE, ns_prefix,
                            "xmlns")
            else:
                attr = Attr("xmlns", XMLNS_NAMESPACE, "xmlns", EMPTY_PREFIX)
            attr.value = ns_uri or ""
            attr.ownerDocument = doc
            attr.ownerElement = node
            node._attrs[attr.name] = attr
            node._attrsNS[(XMLNS_NAMESPACE, attr.localName)] = attr
        self.pending_ns = []
        for i in range(0, len(attributes), 2):
            a_uri, a_local, a_prefix, a_qname = self._split(attributes[i])
            attr = Attr(a_qname, a_uri, a_local, a_prefix)
            attr.value = attributes[i + 1]
            attr.ownerDocument = doc
            attr.ownerElement = node
            node._attrs[a_qname] = attr
            node._attrsNS[(a_uri, a_local)] = attr
        self.current = node

    def end_element(self, name):
        self.current = self.current.parentNode

    def characters(self, data):
        children = self.current.childNodes
        kind = self.in_cdata and _CDATA or _TEXT
        if children and children[-1].nodeType == kind and \
                (kind == _TEXT or self.cdata_continue):
            last = children[-1]
            last.__dict__["data"] = last.__dict__["nodeValue"] = \
                last.data + data
            return
        if kind == _CDATA:
            node = CDATASection()
            self.cdata_continue = True
        else:
            node = Text()
        node.data = data
        node.ownerDocument = self.document
        self._append(node)

    def start_cdata(self):
        self.in_cdata = True
        self.cdata_continue = False

    def end_cdata(self):
        self.in_cdata = False
        self.cdata_continue = False

    def comment(self, data):
        node = Comment(data)
        node.ownerDocument = self.document
        self._append(node)

    def pi(self, target, data):
        node = ProcessingInstruction(target, data)
        node.ownerDocument = self.document
        self._append(node)


def _build(feed):
    builder = _Builder()
    parser = builder.make_parser()
    feed(parser)
    return builder.document


def _do_pulldom_parse(func, args, kwargs):
    events = func(*args, **kwargs)
    toktype, rootNode = events.getEvent()
    events.expandNode(rootNode)
    events.clear()
    return rootNode


def parse(file, parser=None, bufsize=None):
    """Parse a file (a name or an open file object) into a Document."""
    if parser is None and not bufsize:
        if isinstance(file, _StringTypes):
            fp = open(file, "rb")
            try:
                return _build(lambda p: p.ParseFile(fp))
            finally:
                fp.close()
        return _build(lambda p: p.ParseFile(file))
    from xml.dom import pulldom
    return _do_pulldom_parse(pulldom.parse, (file,),
                             {"parser": parser, "bufsize": bufsize})


def parseString(string, parser=None):
    """Parse a string of XML into a Document."""
    if parser is None:
        return _build(lambda p: p.Parse(string, True))
    from xml.dom import pulldom
    return _do_pulldom_parse(pulldom.parseString, (string,),
                             {"parser": parser})


def getDOMImplementation(features=None):
    if features:
        if isinstance(features, _StringTypes):
            features = domreg._parse_feature_string(features)
        for feature, version in features:
            if not Document.implementation.hasFeature(feature, version):
                return None
    return Document.implementation
