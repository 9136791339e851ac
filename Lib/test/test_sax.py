# xml.sax: parse/parseString, make_parser, handlers, exceptions,
# xml.sax.saxutils (escape, unescape, quoteattr, XMLGenerator,
# XMLFilterBase) and xml.sax.xmlreader.
import unittest
from test import test_support
from StringIO import StringIO

import xml.sax
from xml.sax import handler, saxutils, xmlreader
from xml.sax.saxutils import escape, unescape, quoteattr, XMLGenerator, \
     XMLFilterBase


class Collector(handler.ContentHandler):
    def __init__(self):
        handler.ContentHandler.__init__(self)
        self.events = []

    def startDocument(self):
        self.events.append(("startDocument",))

    def endDocument(self):
        self.events.append(("endDocument",))

    def startElement(self, name, attrs):
        self.events.append(("start", name, dict(attrs.items())))

    def endElement(self, name):
        self.events.append(("end", name))

    def characters(self, content):
        if self.events and self.events[-1][0] == "chars":
            self.events[-1] = ("chars", self.events[-1][1] + content)
        else:
            self.events.append(("chars", content))

    def processingInstruction(self, target, data):
        self.events.append(("pi", target, data))

    def startElementNS(self, name, qname, attrs):
        self.events.append(("startNS", name, qname, dict(attrs.items())))

    def endElementNS(self, name, qname):
        self.events.append(("endNS", name, qname))

    def startPrefixMapping(self, prefix, uri):
        self.events.append(("prefix", prefix, uri))

    def endPrefixMapping(self, prefix):
        self.events.append(("endprefix", prefix))


class SaxutilsTests(unittest.TestCase):
    def test_escape(self):
        self.assertEqual(escape("Donald Duck & Co"), "Donald Duck &amp; Co")
        self.assertEqual(escape("<Donald Duck & Co>"),
                         "&lt;Donald Duck &amp; Co&gt;")
        self.assertEqual(escape("Hei p\xe5 deg", {"\xe5": "&aring;"}),
                         "Hei p&aring; deg")

    def test_unescape(self):
        self.assertEqual(unescape("&lt;Donald Duck &amp; Co&gt;"),
                         "<Donald Duck & Co>")
        self.assertEqual(unescape("&amp;lt;"), "&lt;")
        self.assertEqual(unescape("Hei p&aring; deg", {"&aring;": "\xe5"}),
                         "Hei p\xe5 deg")

    def test_quoteattr(self):
        self.assertEqual(quoteattr("Donald Duck & Co"),
                         '"Donald Duck &amp; Co"')
        self.assertEqual(quoteattr('Includes "double" quotes'),
                         '\'Includes "double" quotes\'')
        self.assertEqual(quoteattr("Includes 'single' quotes"),
                         '"Includes \'single\' quotes"')
        self.assertEqual(quoteattr("Includes 'single' and \"double\" quotes"),
                         "\"Includes 'single' and &quot;double&quot; quotes\"")
        self.assertEqual(quoteattr("a\nb\tc"), '"a&#10;b&#9;c"')

    def test_xmlgenerator(self):
        out = StringIO()
        gen = XMLGenerator(out)
        gen.startDocument()
        gen.startElement("doc", {"a": "1"})
        gen.characters("x<y")
        gen.processingInstruction("t", "d")
        gen.ignorableWhitespace(" ")
        gen.endElement("doc")
        gen.endDocument()
        self.assertEqual(out.getvalue(),
                         '<?xml version="1.0" encoding="iso-8859-1"?>\n'
                         '<doc a="1">x&lt;y<?t d?> </doc>')

    def test_xmlgenerator_namespaces(self):
        out = StringIO()
        gen = XMLGenerator(out)
        gen.startDocument()
        gen.startPrefixMapping("ns1", "http://x")
        gen.startElementNS(("http://x", "doc"), "ns1:doc", {})
        gen.startElementNS((None, "udoc"), None, {})
        gen.endElementNS((None, "udoc"), None)
        gen.endElementNS(("http://x", "doc"), "ns1:doc")
        gen.endPrefixMapping("ns1")
        gen.endDocument()
        self.assertEqual(out.getvalue(),
                         '<?xml version="1.0" encoding="iso-8859-1"?>\n'
                         '<ns1:doc xmlns:ns1="http://x"><udoc></udoc>'
                         '</ns1:doc>')

    def test_filter_passes_through(self):
        out = StringIO()
        filt = XMLFilterBase(xml.sax.make_parser())
        filt.setContentHandler(XMLGenerator(out))
        filt.parse(StringIO("<a><b>t</b></a>"))
        self.assertEqual(out.getvalue(),
                         '<?xml version="1.0" encoding="iso-8859-1"?>\n'
                         '<a><b>t</b></a>')


class ParseTests(unittest.TestCase):
    def test_parseString(self):
        c = Collector()
        xml.sax.parseString('<doc a="1">t&amp;u<?p d?><e/></doc>', c)
        self.assertEqual(c.events, [
            ("startDocument",), ("start", u"doc", {u"a": u"1"}),
            ("chars", u"t&u"), ("pi", u"p", u"d"), ("start", u"e", {}),
            ("end", u"e"), ("end", u"doc"), ("endDocument",)])

    def test_parse_file_object(self):
        c = Collector()
        xml.sax.parse(StringIO("<a/>"), c)
        self.assertEqual(c.events[1], ("start", u"a", {}))

    def test_namespaces_feature(self):
        parser = xml.sax.make_parser()
        self.assertEqual(parser.getFeature(handler.feature_namespaces), 0)
        parser.setFeature(handler.feature_namespaces, 1)
        c = Collector()
        parser.setContentHandler(c)
        parser.parse(StringIO('<p:a xmlns:p="urn:p" p:k="v" j="w"/>'))
        self.assertEqual(c.events[1], ("prefix", u"p", u"urn:p"))
        self.assertEqual(c.events[2],
                         ("startNS", (u"urn:p", u"a"), None,
                          {(u"urn:p", u"k"): u"v", (None, u"j"): u"w"}))
        self.assertEqual(c.events[3], ("endNS", (u"urn:p", u"a"), None))

    def test_unknown_feature(self):
        parser = xml.sax.make_parser()
        self.assertRaises(xml.sax.SAXNotRecognizedException,
                          parser.getFeature, "http://example.com/no")
        self.assertRaises(xml.sax.SAXNotSupportedException,
                          parser.setFeature, handler.feature_validation, 1)

    def test_incremental(self):
        parser = xml.sax.make_parser()
        c = Collector()
        parser.setContentHandler(c)
        for piece in ("<do", "c>te", "xt</d", "oc>"):
            parser.feed(piece)
        parser.close()
        self.assertEqual(c.events[-3:], [("chars", u"text"), ("end", u"doc"),
                                         ("endDocument",)])

    def test_parse_error(self):
        try:
            xml.sax.parseString("<a></b>", handler.ContentHandler())
        except xml.sax.SAXParseException, e:
            self.assertEqual(e.getMessage(), "mismatched tag")
            self.assertEqual(e.getLineNumber(), 1)
            self.assertEqual(e.getColumnNumber(), 5)
            self.assertEqual(str(e), "<unknown>:1:5: mismatched tag")
            self.assert_(isinstance(e, xml.sax.SAXException))
        else:
            self.fail("no SAXParseException")

    def test_error_handler_is_called(self):
        seen = []
        class Errors(handler.ErrorHandler):
            def fatalError(self, exc):
                seen.append(exc)
        xml.sax.parseString("<a>", handler.ContentHandler(), Errors())
        self.assertEqual(len(seen), 1)
        self.assertEqual(seen[0].getMessage(), "no element found")

    def test_locator(self):
        lines = []
        class H(handler.ContentHandler):
            def startElement(self, name, attrs):
                lines.append(self._locator.getLineNumber())
        xml.sax.parseString("<a>\n<b/>\n\n<c/></a>", H())
        self.assertEqual(lines, [1, 2, 4])


class ExceptionTests(unittest.TestCase):
    def test_sax_exception(self):
        inner = ValueError("x")
        e = xml.sax.SAXException("msg", inner)
        self.assertEqual(e.getMessage(), "msg")
        self.assert_(e.getException() is inner)
        self.assertEqual(str(e), "msg")
        self.assertRaises(AttributeError, e.__getitem__, 0)


class XmlReaderTests(unittest.TestCase):
    def test_attributes_impl(self):
        attrs = xmlreader.AttributesImpl({"a": "1"})
        self.assertEqual(attrs.getLength(), 1)
        self.assertEqual(attrs.getNames(), ["a"])
        self.assertEqual(attrs.getType("a"), "CDATA")
        self.assertEqual(attrs.getValue("a"), "1")
        self.assertEqual(attrs.getValueByQName("a"), "1")
        self.assertEqual(attrs["a"], "1")
        self.assert_(attrs.has_key("a"))
        self.assertEqual(attrs.get("b", 7), 7)
        self.assertRaises(KeyError, attrs.getValue, "b")

    def test_attributes_ns_impl(self):
        attrs = xmlreader.AttributesNSImpl({("urn:a", "k"): "v"},
                                           {("urn:a", "k"): "p:k"})
        self.assertEqual(attrs.getValueByQName("p:k"), "v")
        self.assertEqual(attrs.getNameByQName("p:k"), ("urn:a", "k"))
        self.assertEqual(attrs.getQNameByName(("urn:a", "k")), "p:k")
        self.assertRaises(KeyError, attrs.getValueByQName, "q")

    def test_input_source(self):
        src = xmlreader.InputSource("sys.xml")
        self.assertEqual(src.getSystemId(), "sys.xml")
        src.setPublicId("pub")
        src.setEncoding("utf-8")
        self.assertEqual((src.getPublicId(), src.getEncoding()),
                         ("pub", "utf-8"))


def test_main():
    test_support.run_unittest(SaxutilsTests, ParseTests, ExceptionTests,
                              XmlReaderTests)

if __name__ == "__main__":
    test_main()
