# xml.dom.minidom: parsing, building, editing and the 2.5 output format;
# xml.dom.pulldom.
import unittest
from test import test_support
from StringIO import StringIO

import xml.dom
from xml.dom import minidom, pulldom
from xml.dom.minidom import parseString, Document, Node


class ParseTests(unittest.TestCase):
    def test_toxml_roundtrip(self):
        doc = parseString("<a/>")
        self.assertEqual(doc.toxml(), u'<?xml version="1.0" ?><a/>')
        self.assert_(isinstance(doc.toxml(), unicode))
        text = ('<root a="1" b="&lt;&quot;"><x>t &amp; u</x><!--c-->'
                '<?pi data?><![CDATA[<raw>]]><y/></root>')
        doc = parseString(text)
        self.assertEqual(doc.toxml(), '<?xml version="1.0" ?>' + text)

    def test_attributes_sorted_on_output(self):
        doc = parseString('<a z="1" b="2" m="3"/>')
        self.assertEqual(doc.documentElement.toxml(),
                         u'<a b="2" m="3" z="1"/>')

    def test_text_escaping(self):
        doc = parseString('<a>&quot;x&gt;</a>')
        self.assertEqual(doc.documentElement.toxml(),
                         u'<a>&quot;x&gt;</a>')

    def test_toprettyxml(self):
        doc = parseString("<a><b>t</b><c/></a>")
        self.assertEqual(doc.toprettyxml(),
                         u'<?xml version="1.0" ?>\n<a>\n\t<b>\n\t\tt\n'
                         u'\t</b>\n\t<c/>\n</a>\n')
        self.assertEqual(doc.toprettyxml(indent="  ", newl="\n"),
                         u'<?xml version="1.0" ?>\n<a>\n  <b>\n    t\n'
                         u'  </b>\n  <c/>\n</a>\n')

    def test_toxml_encoding(self):
        doc = parseString("<a>\xc3\xa9</a>")
        self.assertEqual(doc.toxml("utf-8"),
                         '<?xml version="1.0" encoding="utf-8"?>'
                         '<a>\xc3\xa9</a>')
        self.assert_(isinstance(doc.toxml("utf-8"), str))

    def test_structure(self):
        doc = parseString("<a><b>x</b><c/>y</a>")
        root = doc.documentElement
        self.assertEqual(root.tagName, u"a")
        self.assertEqual(root.nodeType, Node.ELEMENT_NODE)
        self.assertEqual(len(root.childNodes), 3)
        self.assertEqual(root.childNodes.length, 3)
        b, c, y = root.childNodes
        self.assert_(root.firstChild is b)
        self.assert_(root.lastChild is y)
        self.assert_(b.nextSibling is c)
        self.assert_(c.previousSibling is b)
        self.assert_(b.parentNode is root)
        self.assert_(b.ownerDocument is doc)
        self.assertEqual(b.firstChild.data, u"x")
        self.assertEqual(b.firstChild.nodeValue, u"x")
        self.assertEqual(y.nodeType, Node.TEXT_NODE)
        self.assertEqual(doc.nodeType, Node.DOCUMENT_NODE)
        self.assertEqual(doc.nodeName, "#document")
        self.assertEqual(y.nodeName, "#text")

    def test_getElementsByTagName(self):
        doc = parseString("<a><b/><c><b/></c></a>")
        self.assertEqual(len(doc.getElementsByTagName("b")), 2)
        self.assertEqual(len(doc.documentElement.getElementsByTagName("*")),
                         3)
        self.assertEqual(doc.getElementsByTagName("zz"), [])

    def test_namespaces(self):
        doc = parseString('<p:a xmlns:p="urn:p" xmlns="urn:d" p:k="v">'
                          '<b/></p:a>')
        root = doc.documentElement
        self.assertEqual(root.tagName, u"p:a")
        self.assertEqual(root.namespaceURI, u"urn:p")
        self.assertEqual(root.localName, u"a")
        self.assertEqual(root.prefix, u"p")
        self.assertEqual(root.getAttributeNS(u"urn:p", u"k"), u"v")
        self.assertEqual(root.firstChild.namespaceURI, u"urn:d")
        self.assertEqual(len(doc.getElementsByTagNameNS("urn:d", "b")), 1)
        self.assertEqual(root.toxml(),
                         u'<p:a p:k="v" xmlns="urn:d" xmlns:p="urn:p">'
                         u'<b/></p:a>')

    def test_doctype_and_entities(self):
        doc = parseString('<!DOCTYPE r [<!ENTITY e "ent">]><r>&e;</r>')
        self.assertEqual(doc.doctype.name, u"r")
        self.assertEqual(doc.doctype.internalSubset, u'<!ENTITY e "ent">')
        self.assertEqual(doc.documentElement.firstChild.data, u"ent")
        self.assertEqual(doc.doctype.entities.length, 1)
        self.assertEqual(doc.toxml(), u'<?xml version="1.0" ?><!DOCTYPE r '
                         u'[<!ENTITY e "ent">]><r>ent</r>')

    def test_xml_declaration(self):
        doc = parseString('<?xml version="1.0" encoding="iso-8859-1" '
                          'standalone="yes"?><a/>')
        self.assertEqual(doc.version, u"1.0")
        self.assertEqual(doc.encoding, u"iso-8859-1")
        self.assertEqual(doc.standalone, True)

    def test_parse_file(self):
        doc = minidom.parse(StringIO("<a><b/></a>"))
        self.assertEqual(doc.documentElement.firstChild.tagName, u"b")

    def test_parse_error(self):
        from xml.parsers.expat import ExpatError
        self.assertRaises(ExpatError, parseString, "<a></b>")
        try:
            parseString("<a>")
        except ExpatError, e:
            self.assertEqual(str(e), "no element found: line 1, column 3")

    def test_parse_with_sax_parser(self):
        import xml.sax
        doc = parseString("<a><b>t</b></a>", xml.sax.make_parser())
        self.assertEqual(doc.documentElement.toxml(), u"<a><b>t</b></a>")


class BuildTests(unittest.TestCase):
    def test_create(self):
        doc = Document()
        root = doc.createElement("root")
        doc.appendChild(root)
        root.setAttribute("k", 'v"&')
        root.appendChild(doc.createTextNode("a<b"))
        root.appendChild(doc.createComment("note"))
        root.appendChild(doc.createProcessingInstruction("t", "d"))
        root.appendChild(doc.createCDATASection("c"))
        self.assertEqual(doc.toxml(),
                         '<?xml version="1.0" ?><root k="v&quot;&amp;">'
                         'a&lt;b<!--note--><?t d?><![CDATA[c]]></root>')
        self.assertEqual(root.getAttribute("k"), 'v"&')
        self.assertEqual(root.getAttribute("missing"), "")
        self.assert_(root.hasAttribute("k"))
        self.assertEqual(root.attributes["k"].value, 'v"&')
        self.assertEqual(root.attributes.length, 1)
        root.removeAttribute("k")
        self.failIf(root.hasAttribute("k"))
        self.assertRaises(xml.dom.NotFoundErr, root.removeAttribute, "k")

    def test_cdata_with_end_marker(self):
        doc = Document()
        node = doc.createCDATASection("a]]>b")
        self.assertRaises(ValueError, node.toxml)

    def test_child_operations(self):
        doc = parseString("<a><b/><c/></a>")
        a = doc.documentElement
        b, c = a.childNodes
        d = doc.createElement("d")
        a.insertBefore(d, c)
        self.assertEqual(a.toxml(), u"<a><b/><d/><c/></a>")
        self.assert_(d.previousSibling is b and d.nextSibling is c)
        a.replaceChild(doc.createElement("e"), b)
        self.assertEqual(a.toxml(), u"<a><e/><d/><c/></a>")
        self.assert_(b.parentNode is None)
        a.removeChild(d)
        self.assertEqual(a.toxml(), u"<a><e/><c/></a>")
        self.assertRaises(xml.dom.NotFoundErr, a.removeChild, d)
        # appending a node moves it
        c.appendChild(a.firstChild)
        self.assertEqual(a.toxml(), u"<a><c><e/></c></a>")

    def test_hierarchy_errors(self):
        doc = parseString("<a/>")
        self.assertRaises(xml.dom.HierarchyRequestErr,
                          doc.appendChild, doc.createElement("b"))
        text = doc.createTextNode("t")
        self.assertRaises(xml.dom.HierarchyRequestErr,
                          text.appendChild, doc.createElement("b"))
        self.assertRaises(xml.dom.HierarchyRequestErr,
                          doc.documentElement.appendChild, doc)

    def test_clone(self):
        doc = parseString('<a k="1"><b>t</b></a>')
        a = doc.documentElement
        deep = a.cloneNode(True)
        shallow = a.cloneNode(False)
        self.assertEqual(deep.toxml(), u'<a k="1"><b>t</b></a>')
        self.assertEqual(shallow.toxml(), u'<a k="1"/>')
        self.assert_(deep.parentNode is None)
        deep.setAttribute("k", "2")
        self.assertEqual(a.getAttribute("k"), u"1")
        self.assertEqual(doc.cloneNode(True).toxml(), doc.toxml())

    def test_normalize(self):
        doc = Document()
        root = doc.createElement("r")
        doc.appendChild(root)
        for s in ("a", "", "b"):
            root.appendChild(doc.createTextNode(s))
        root.appendChild(doc.createElement("x"))
        root.normalize()
        self.assertEqual(len(root.childNodes), 2)
        self.assertEqual(root.firstChild.data, "ab")
        self.assert_(root.firstChild.nextSibling is root.lastChild)

    def test_text_methods(self):
        doc = parseString("<a>hello world</a>")
        text = doc.documentElement.firstChild
        self.assertEqual(text.length, 11)
        self.assertEqual(text.substringData(0, 5), u"hello")
        rest = text.splitText(5)
        self.assertEqual(text.data, u"hello")
        self.assertEqual(rest.data, u" world")
        self.assert_(text.nextSibling is rest)
        text.appendData("!")
        self.assertEqual(text.data, u"hello!")

    def test_repr(self):
        doc = parseString("<abc>0123456789abc</abc>")
        self.assert_(repr(doc.documentElement).startswith(
            "<DOM Element: abc at 0x"))
        self.assertEqual(repr(doc.documentElement.firstChild),
                         '<DOM Text node "0123456789...">')

    def test_implementation(self):
        impl = minidom.getDOMImplementation()
        self.assert_(impl.hasFeature("core", "2.0"))
        doctype = impl.createDocumentType("html", "-//W3C//DTD XHTML 1.0//EN",
                                          "x.dtd")
        doc = impl.createDocument(None, "html", doctype)
        self.assert_(doc.doctype is doctype)
        self.assertEqual(doc.documentElement.tagName, "html")
        self.assertEqual(doc.toxml(),
                         '<?xml version="1.0" ?><!DOCTYPE html  PUBLIC '
                         "'-//W3C//DTD XHTML 1.0//EN'  'x.dtd'><html/>")
        self.assert_(xml.dom.getDOMImplementation("minidom") is not None)

    def test_unlink(self):
        doc = parseString("<a><b/></a>")
        b = doc.documentElement.firstChild
        doc.unlink()
        self.assert_(b.parentNode is None)


class PullDOMTests(unittest.TestCase):
    def test_events(self):
        events = pulldom.parseString("<a><b>t</b></a>")
        kinds = []
        for event, node in events:
            kinds.append(event)
            if event == pulldom.START_ELEMENT and node.tagName == "b":
                events.expandNode(node)
                self.assertEqual(node.toxml(), "<b>t</b>")
        self.assertEqual(kinds, [pulldom.START_DOCUMENT,
                                 pulldom.START_ELEMENT,
                                 pulldom.START_ELEMENT,
                                 pulldom.END_ELEMENT])


def test_main():
    test_support.run_unittest(ParseTests, BuildTests, PullDOMTests)

if __name__ == "__main__":
    test_main()
