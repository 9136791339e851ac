# xml.etree.ElementTree (the 1.2.6 API of Python 2.5) and
# xml.etree.cElementTree.
import sys
import unittest
from test import test_support
from StringIO import StringIO

from xml.etree import ElementTree as ET
from xml.etree import cElementTree as cET
from xml.parsers.expat import ExpatError


class ElementTests(unittest.TestCase):
    def test_element(self):
        e = ET.Element("tag", {"a": "1"}, b="2")
        self.assertEqual(e.tag, "tag")
        self.assertEqual(e.attrib, {"a": "1", "b": "2"})
        self.assertEqual(e.text, None)
        self.assertEqual(e.tail, None)
        self.assertEqual(len(e), 0)
        self.assert_(ET.iselement(e))
        self.failIf(ET.iselement("tag"))
        self.assert_(repr(e).startswith("<Element tag at "))

    def test_children(self):
        e = ET.Element("a")
        b = ET.SubElement(e, "b", x="1")
        c = ET.Element("c")
        e.append(c)
        d = ET.Element("d")
        e.insert(1, d)
        self.assertEqual([x.tag for x in e], ["b", "d", "c"])
        self.assert_(e[0] is b)
        self.assertEqual([x.tag for x in e[1:]], ["d", "c"])
        e.remove(d)
        self.assertEqual(len(e), 2)
        del e[0]
        self.assertEqual(e.getchildren(), [c])
        e.clear()
        self.assertEqual((len(e), e.attrib), (0, {}))

    def test_attributes(self):
        e = ET.Element("a")
        e.set("k", "v")
        self.assertEqual(e.get("k"), "v")
        self.assertEqual(e.get("z", "d"), "d")
        self.assertEqual(e.keys(), ["k"])
        self.assertEqual(e.items(), [("k", "v")])

    def test_getiterator(self):
        root = ET.XML("<a><b><c/></b><c/><d><c/></d></a>")
        self.assertEqual([x.tag for x in root.getiterator()],
                         ["a", "b", "c", "c", "d", "c"])
        self.assertEqual(len(root.getiterator("c")), 3)
        self.assertEqual(len(root.getiterator("*")), 6)


class PathTests(unittest.TestCase):
    def setUp(self):
        self.root = ET.XML("<body><tag>text</tag><tag/>"
                           "<section><tag>subtext</tag></section></body>")

    def test_find(self):
        root = self.root
        self.assertEqual(root.find("tag").text, "text")
        self.assertEqual(root.find("section/tag").text, "subtext")
        self.assertEqual(root.find("nope"), None)
        self.assertEqual(root.find(".//tag").text, "text")

    def test_findtext(self):
        root = self.root
        self.assertEqual(root.findtext("tag"), "text")
        self.assertEqual(root.findtext("section/tag"), "subtext")
        self.assertEqual(root.findtext("nope"), None)
        self.assertEqual(root.findtext("nope", "default"), "default")
        self.assertEqual(root.findtext("section"), "")

    def test_findall(self):
        root = self.root
        self.assertEqual(len(root.findall("tag")), 2)
        self.assertEqual(len(root.findall(".//tag")), 3)
        self.assertEqual(len(root.findall("*")), 3)
        self.assertEqual(len(root.findall("*/tag")), 1)
        self.assertEqual(len(root.findall("section//tag")), 1)
        self.assertEqual([e.text for e in root.findall(".//tag")],
                         ["text", None, "subtext"])

    def test_tree_paths(self):
        tree = ET.ElementTree(self.root)
        self.assertEqual(len(tree.findall("//tag")), 3)
        self.assertEqual(tree.findtext("tag"), "text")

    def test_bad_paths(self):
        self.assertRaises(SyntaxError, self.root.findall, "/tag")
        self.assertRaises(SyntaxError, self.root.findall, "tag[1]")


class SerializeTests(unittest.TestCase):
    def test_tostring(self):
        e = ET.Element("a", k="v")
        s = ET.SubElement(e, "b")
        s.text = "x<y&z"
        s.tail = "tail"
        ET.SubElement(e, "c")
        self.assertEqual(ET.tostring(e),
                         '<a k="v"><b>x&lt;y&amp;z</b>tail<c /></a>')

    def test_attribute_escaping(self):
        e = ET.Element("a", k='<"&>')
        self.assertEqual(ET.tostring(e), '<a k="&lt;&quot;&amp;&gt;" />')

    def test_encodings(self):
        e = ET.Element("a")
        e.text = u"caf\xe9 \u20ac"
        self.assertEqual(ET.tostring(e), "<a>caf&#233; &#8364;</a>")
        self.assertEqual(ET.tostring(e, "utf-8"),
                         "<a>caf\xc3\xa9 \xe2\x82\xac</a>")
        self.assertEqual(ET.tostring(e, "iso-8859-1"),
                         "<?xml version='1.0' encoding='iso-8859-1'?>\n"
                         "<a>caf&#233; &#8364;</a>")

    def test_comment_and_pi(self):
        e = ET.Element("a")
        e.append(ET.Comment("note"))
        e.append(ET.PI("target", "data"))
        self.assert_(e[0].tag is ET.Comment)
        self.assert_(e[1].tag is ET.ProcessingInstruction)
        self.assertEqual(ET.tostring(e),
                         "<a><!-- note --><?target data?></a>")

    def test_namespaces(self):
        e = ET.Element("{urn:a}t", {"{urn:b}k": "1"})
        ET.SubElement(e, "{urn:a}u")
        self.assertEqual(ET.tostring(e),
                         '<ns0:t ns1:k="1" xmlns:ns0="urn:a" '
                         'xmlns:ns1="urn:b"><ns0:u /></ns0:t>')
        e = ET.Element("{http://www.w3.org/XML/1998/namespace}lang")
        self.assertEqual(ET.tostring(e), "<xml:lang />")

    def test_qname(self):
        q = ET.QName("urn:x", "y")
        self.assertEqual(str(q), "{urn:x}y")
        self.assertEqual(q, ET.QName("{urn:x}y"))
        self.assertEqual(ET.tostring(ET.Element(q)),
                         '<ns0:y xmlns:ns0="urn:x" />')

    def test_write(self):
        out = StringIO()
        ET.ElementTree(ET.XML("<a><b/></a>")).write(out)
        self.assertEqual(out.getvalue(), "<a><b /></a>")

    def test_dump(self):
        saved = sys.stdout
        sys.stdout = out = StringIO()
        try:
            ET.dump(ET.XML("<a>x</a>"))
        finally:
            sys.stdout = saved
        self.assertEqual(out.getvalue(), "<a>x</a>\n")


class ParseTests(unittest.TestCase):
    def test_fromstring(self):
        root = ET.fromstring('<root a="1"><b>t</b>tail<c/></root>')
        self.assertEqual(root.tag, "root")
        self.assertEqual(root.attrib, {"a": "1"})
        self.assertEqual(root[0].text, "t")
        self.assertEqual(root[0].tail, "tail")
        self.assert_(ET.XML is ET.fromstring)

    def test_ascii_as_str(self):
        root = ET.XML("<a>plain<b>caf\xc3\xa9</b></a>")
        self.assert_(type(root.tag) is str)
        self.assert_(type(root.text) is str)
        self.assertEqual(root[0].text, u"caf\xe9")

    def test_namespaced_names(self):
        root = ET.XML('<a xmlns="urn:x" xmlns:p="urn:p" p:k="v"><b/></a>')
        self.assertEqual(root.tag, "{urn:x}a")
        self.assertEqual(root.attrib, {"{urn:p}k": "v"})
        self.assertEqual(root[0].tag, "{urn:x}b")

    def test_parse(self):
        tree = ET.parse(StringIO("<a><b/></a>"))
        self.assert_(isinstance(tree, ET.ElementTree))
        self.assertEqual(tree.getroot().tag, "a")

    def test_errors(self):
        self.assertRaises(ExpatError, ET.XML, "<a>")
        self.assertRaises(ExpatError, ET.XML, "<a></b>")

    def test_iterparse(self):
        source = StringIO('<a xmlns:p="urn:p"><p:b>x</p:b></a>')
        events = []
        it = ET.iterparse(source, ["start", "end", "start-ns", "end-ns"])
        for event, item in it:
            if event in ("start", "end"):
                item = item.tag
            events.append((event, item))
        self.assertEqual(events, [("start-ns", ("p", "urn:p")),
                                  ("start", "a"), ("start", "{urn:p}b"),
                                  ("end", "{urn:p}b"), ("end", "a"),
                                  ("end-ns", None)])
        self.assertEqual(it.root.tag, "a")

    def test_iterparse_default_events(self):
        tags = [e.tag for ev, e in ET.iterparse(StringIO("<a><b/><c/></a>"))]
        self.assertEqual(tags, ["b", "c", "a"])

    def test_treebuilder(self):
        builder = ET.TreeBuilder()
        builder.start("a", {})
        builder.data("x")
        builder.end("a")
        root = builder.close()
        self.assertEqual((root.tag, root.text), ("a", "x"))

    def test_xmlid(self):
        root, ids = ET.XMLID('<a><b id="one"/><c id="two"/></a>')
        self.assertEqual(sorted(ids.keys()), ["one", "two"])
        self.assertEqual(ids["two"].tag, "c")


class CElementTreeTests(unittest.TestCase):
    def test_same_api(self):
        root = cET.fromstring("<a><b>x</b></a>")
        self.assertEqual(cET.tostring(root), "<a><b>x</b></a>")
        self.assertEqual(root.findtext("b"), "x")
        self.assert_(cET.iselement(cET.Element("z")))


def test_main():
    test_support.run_unittest(ElementTests, PathTests, SerializeTests,
                              ParseTests, CElementTreeTests)

if __name__ == "__main__":
    test_main()
