# The expat-compatible parser (pyexpat / xml.parsers.expat): handlers,
# attributes, incremental parsing, encodings, errors and entity limits.
import unittest
from test import test_support
from StringIO import StringIO

from xml.parsers import expat
import pyexpat


class Recorder:
    def __init__(self, parser):
        self.events = []
        for name in ("StartElementHandler", "EndElementHandler",
                     "CharacterDataHandler", "CommentHandler",
                     "ProcessingInstructionHandler", "XmlDeclHandler",
                     "StartDoctypeDeclHandler", "EndDoctypeDeclHandler",
                     "StartCdataSectionHandler", "EndCdataSectionHandler",
                     "StartNamespaceDeclHandler", "EndNamespaceDeclHandler",
                     "EntityDeclHandler", "SkippedEntityHandler",
                     "NotationDeclHandler", "AttlistDeclHandler",
                     "ElementDeclHandler"):
            setattr(parser, name, self._recorder(name))

    def _recorder(self, name):
        short = name[:-len("Handler")]
        def record(*args):
            self.events.append((short,) + args)
        return record


def parse(text, **options):
    parser = expat.ParserCreate(**options)
    rec = Recorder(parser)
    parser.Parse(text, True)
    return rec.events


class ModuleTests(unittest.TestCase):
    def test_module_names(self):
        self.assert_(expat.error is expat.ExpatError)
        self.assert_(pyexpat.ExpatError is expat.ExpatError)
        self.assertEqual(expat.ErrorString(3), "no element found")
        self.assertEqual(expat.ErrorString(4),
                         "not well-formed (invalid token)")
        self.assertEqual(expat.errors.XML_ERROR_TAG_MISMATCH,
                         "mismatched tag")
        self.assertEqual(expat.model.XML_CTYPE_MIXED, 3)
        self.assertEqual(expat.model.XML_CQUANT_REP, 2)
        self.assert_(isinstance(expat.version_info, tuple))
        self.assert_(expat.EXPAT_VERSION.startswith("expat_"))

    def test_parser_create_arguments(self):
        self.assertRaises(ValueError, expat.ParserCreate,
                          namespace_separator="too long")
        self.assertRaises(TypeError, expat.ParserCreate,
                          namespace_separator=42)
        expat.ParserCreate(namespace_separator="")


class HandlerTests(unittest.TestCase):
    def test_basic_events(self):
        events = parse('<?xml version="1.0" encoding="utf-8"?>'
                       '<root a="1"><!--c--><?pi data?>'
                       '<![CDATA[<x>]]></root>')
        self.assertEqual(events, [
            ("XmlDecl", u"1.0", u"utf-8", -1),
            ("StartElement", u"root", {u"a": u"1"}),
            ("Comment", u"c"),
            ("ProcessingInstruction", u"pi", u"data"),
            ("StartCdataSection",),
            ("CharacterData", u"<x>"),
            ("EndCdataSection",),
            ("EndElement", u"root")])

    def test_returns_unicode_default(self):
        events = parse("<a>x</a>")
        self.assert_(isinstance(events[0][1], unicode))
        parser = expat.ParserCreate()
        self.assertEqual(parser.returns_unicode, 1)
        out = []
        parser.returns_unicode = 0
        parser.StartElementHandler = lambda n, a: out.append((n, a))
        parser.CharacterDataHandler = out.append
        parser.Parse("<a b='\xc3\xa9'>\xc3\xa9</a>", 1)
        self.assertEqual(out, [("a", {"b": "\xc3\xa9"}), "\xc3\xa9"])
        self.assert_(type(out[0][0]) is str)

    def test_entities_and_references(self):
        events = parse("<a>&lt;&#65;&#x42;&amp;</a>")
        text = u"".join([e[1] for e in events if e[0] == "CharacterData"])
        self.assertEqual(text, u"<AB&")

    def test_attribute_normalization(self):
        events = parse("<a x='1\n2\t3' y='&#10;&amp;'/>")
        self.assertEqual(events[0][2], {u"x": u"1 2 3", u"y": u"\n&"})

    def test_ordered_attributes(self):
        parser = expat.ParserCreate()
        parser.ordered_attributes = 1
        out = []
        parser.StartElementHandler = lambda n, a: out.append(a)
        parser.Parse("<a z='1' b='2' m='3'/>", 1)
        self.assertEqual(out, [[u"z", u"1", u"b", u"2", u"m", u"3"]])

    def test_internal_entities(self):
        doc = ('<!DOCTYPE d [<!ENTITY e "x<b>y</b>"><!ENTITY v "val">]>'
               '<d a="&v;">&e;</d>')
        events = parse(doc)
        self.assert_(("EntityDecl", u"e", 0, u"x<b>y</b>", None, None,
                      None, None) in events)
        self.assert_(("StartElement", u"d", {u"a": u"val"}) in events)
        self.assert_(("StartElement", u"b", {}) in events)
        self.assert_(("CharacterData", u"y") in events)

    def test_doctype(self):
        events = parse('<!DOCTYPE doc SYSTEM "doc.dtd"><doc/>')
        self.assertEqual(events[0],
                         ("StartDoctypeDecl", u"doc", u"doc.dtd", None, 0))
        self.assertEqual(events[1], ("EndDoctypeDecl",))

    def test_dtd_declarations(self):
        doc = ('<!DOCTYPE d [<!ELEMENT d (#PCDATA|e)*><!ELEMENT e EMPTY>'
               '<!ATTLIST e k CDATA "dflt" r (a|b) #REQUIRED>'
               '<!NOTATION n SYSTEM "n.exe">]><d><e r="a"/></d>')
        events = parse(doc)
        self.assert_(("ElementDecl", u"d",
                      (3, 2, None, ((4, 0, u"e", ()),))) in events)
        self.assert_(("ElementDecl", u"e", (1, 0, None, ())) in events)
        self.assert_(("AttlistDecl", u"e", u"k", u"CDATA", u"dflt", 0)
                     in events)
        self.assert_(("AttlistDecl", u"e", u"r", u"(a|b)", None, 1)
                     in events)
        self.assert_(("NotationDecl", u"n", None, u"n.exe", None) in events)
        # the declared default is filled in
        self.assert_(("StartElement", u"e", {u"r": u"a", u"k": u"dflt"})
                     in events)

    def test_specified_attributes(self):
        doc = '<!DOCTYPE e [<!ATTLIST e k CDATA "dflt">]><e/>'
        events = parse(doc)
        self.assert_(("StartElement", u"e", {u"k": u"dflt"}) in events)
        parser = expat.ParserCreate()
        parser.specified_attributes = 1
        out = []
        parser.StartElementHandler = lambda n, a: out.append(a)
        parser.Parse(doc, 1)
        self.assertEqual(out, [{}])

    def test_namespaces(self):
        doc = ('<a xmlns="urn:d" xmlns:p="urn:p" p:x="1" y="2">'
               '<p:b/></a>')
        events = parse(doc, namespace_separator="!")
        self.assertEqual(events, [
            ("StartNamespaceDecl", None, u"urn:d"),
            ("StartNamespaceDecl", u"p", u"urn:p"),
            ("StartElement", u"urn:d!a", {u"urn:p!x": u"1", u"y": u"2"}),
            ("StartElement", u"urn:p!b", {}),
            ("EndElement", u"urn:p!b"),
            ("EndElement", u"urn:d!a"),
            ("EndNamespaceDecl", u"p"),
            ("EndNamespaceDecl", None)])

    def test_namespace_prefixes(self):
        parser = expat.ParserCreate(namespace_separator=" ")
        parser.namespace_prefixes = 1
        out = []
        parser.StartElementHandler = lambda n, a: out.append(n)
        parser.Parse('<p:a xmlns:p="urn:p"><b/></p:a>', 1)
        self.assertEqual(out, [u"urn:p a p", u"b"])

    def test_no_namespace_processing(self):
        events = parse('<p:a xmlns:p="urn:p"/>')
        self.assertEqual(events[0], ("StartElement", u"p:a",
                                     {u"xmlns:p": u"urn:p"}))

    def test_buffer_text(self):
        parser = expat.ParserCreate()
        self.assertEqual(parser.buffer_text, False)
        out = []
        parser.CharacterDataHandler = out.append
        parser.Parse("<a>x\ny&amp;z</a>", 1)
        self.assert_(len(out) > 1)
        self.assertEqual(u"".join(out), u"x\ny&z")
        parser = expat.ParserCreate()
        parser.buffer_text = 1
        out = []
        parser.CharacterDataHandler = out.append
        parser.Parse("<a>x\ny&amp;z</a>", 1)
        self.assertEqual(out, [u"x\ny&z"])
        self.assertRaises(ValueError, setattr, parser, "buffer_size", 0)

    def test_default_handler(self):
        parser = expat.ParserCreate()
        out = []
        parser.DefaultHandler = out.append
        parser.Parse("<a>x<!--c--></a>", 1)
        self.assertEqual(u"".join(out), u"<a>x<!--c--></a>")

    def test_handler_exception_propagates(self):
        parser = expat.ParserCreate()
        def boom(name, attrs):
            raise ZeroDivisionError
        parser.StartElementHandler = boom
        self.assertRaises(ZeroDivisionError, parser.Parse, "<a/>", 1)

    def test_positions(self):
        parser = expat.ParserCreate()
        out = []
        def start(name, attrs):
            out.append((name, parser.CurrentLineNumber,
                        parser.CurrentColumnNumber))
        parser.StartElementHandler = start
        parser.Parse("<a>\n  <b/>\n<c/></a>", 1)
        self.assertEqual(out, [(u"a", 1, 0), (u"b", 2, 2), (u"c", 3, 0)])


class IncrementalTests(unittest.TestCase):
    def test_byte_by_byte(self):
        doc = ("<?xml version='1.0' encoding='utf-8'?>\r\n"
               "<doc a='\xc3\xa9'>t\xc3\xa9xt\r\n<e/></doc>")
        parser = expat.ParserCreate()
        out = []
        parser.StartElementHandler = lambda n, a: out.append((n, a))
        parser.CharacterDataHandler = out.append
        for ch in doc:
            parser.Parse(ch, 0)
        parser.Parse("", 1)
        self.assertEqual(out[0], (u"doc", {u"a": u"\xe9"}))
        text = u"".join([x for x in out if isinstance(x, unicode)])
        self.assertEqual(text, u"t\xe9xt\n")

    def test_parse_file(self):
        parser = expat.ParserCreate()
        out = []
        parser.StartElementHandler = lambda n, a: out.append(n)
        parser.ParseFile(StringIO("<a><b/></a>"))
        self.assertEqual(out, [u"a", u"b"])
        self.assertRaises(TypeError, expat.ParserCreate().ParseFile, 42)

    def test_parse_after_end(self):
        parser = expat.ParserCreate()
        parser.Parse("<a/>", 1)
        self.assertRaises(expat.ExpatError, parser.Parse, "<b/>", 1)


class EncodingTests(unittest.TestCase):
    def collect(self, data, encoding=None):
        parser = expat.ParserCreate(encoding)
        out = []
        parser.StartElementHandler = lambda n, a: out.append(n)
        parser.CharacterDataHandler = out.append
        parser.Parse(data, 1)
        return u"".join(out)

    def test_utf16(self):
        data = u"<a>\u20ac</a>".encode("utf-16")
        self.assertEqual(self.collect(data), u"a\u20ac")
        data = u"<?xml version='1.0' encoding='utf-16'?><a>x</a>"
        self.assertEqual(self.collect(data.encode("utf-16-le")), u"ax")

    def test_latin1_declared(self):
        data = "<?xml version='1.0' encoding='iso-8859-1'?><a>\xe9</a>"
        self.assertEqual(self.collect(data), u"a\xe9")

    def test_protocol_encoding(self):
        self.assertEqual(self.collect("<a>\xe9</a>", "iso-8859-1"), u"a\xe9")

    def test_utf8_bom(self):
        self.assertEqual(self.collect("\xef\xbb\xbf<a>x</a>"), u"ax")

    def test_unicode_input(self):
        self.assertEqual(self.collect(u"<a>\u20ac</a>"), u"a\u20ac")


class ErrorTests(unittest.TestCase):
    def check(self, text, message, line, column):
        parser = expat.ParserCreate()
        try:
            parser.Parse(text, 1)
        except expat.ExpatError, e:
            self.assertEqual(str(e), "%s: line %d, column %d"
                             % (message, line, column))
            self.assertEqual(e.lineno, line)
            self.assertEqual(e.offset, column)
            self.assertEqual(expat.ErrorString(e.code), message)
            self.assertEqual(parser.ErrorCode, e.code)
            self.assertEqual(parser.ErrorLineNumber, line)
            self.assertEqual(parser.ErrorColumnNumber, column)
        else:
            self.fail("no error for %r" % text)

    def test_messages(self):
        self.check("", "no element found", 1, 0)
        self.check("<a>", "no element found", 1, 3)
        self.check("hello", "syntax error", 1, 0)
        self.check("<a></b>", "mismatched tag", 1, 5)
        self.check("<a>\n<b>\n</c></a>", "mismatched tag", 3, 2)
        self.check("<a/>x", "junk after document element", 1, 4)
        self.check("<a/><b/>", "junk after document element", 1, 4)
        self.check("<a>&</a>", "not well-formed (invalid token)", 1, 4)
        self.check("<a", "unclosed token", 1, 0)
        self.check("<a>&foo;</a>", "undefined entity", 1, 3)
        self.check('<a b="1" b="2"/>', "duplicate attribute", 1, 9)
        self.check("<a>\x01</a>", "not well-formed (invalid token)", 1, 3)
        self.check("<a>\xff</a>", "not well-formed (invalid token)", 1, 3)
        self.check("<a><![CDATA[x</a>", "unclosed CDATA section", 1, 3)
        self.check("<a>&#0;</a>", "reference to invalid character number",
                   1, 3)
        self.check("<a/><?xml version='1.0'?>",
                   "XML or text declaration not at start of entity", 1, 4)
        self.check("<?xml?><a/>", "XML declaration not well-formed", 1, 0)
        self.check('<!DOCTYPE a [<!ENTITY a "&a;">]><a>&a;</a>',
                   "recursive entity reference", 1, 35)

    def test_unbound_prefix(self):
        parser = expat.ParserCreate(namespace_separator=" ")
        try:
            parser.Parse("<p:a/>", 1)
        except expat.ExpatError, e:
            self.assertEqual(str(e), "unbound prefix: line 1, column 0")
        else:
            self.fail("unbound prefix accepted")

    def test_unknown_encoding(self):
        parser = expat.ParserCreate()
        try:
            parser.Parse("<?xml version='1.0' encoding='no-such'?><a/>", 1)
        except expat.ExpatError, e:
            self.assertEqual(expat.ErrorString(e.code), "unknown encoding")
        else:
            self.fail("unknown encoding accepted")

    def test_entity_bomb_refused(self):
        decls = ['<!ENTITY l0 "lollollollollollollollollollol">']
        for i in range(1, 10):
            decls.append('<!ENTITY l%d "%s">' % (i, ("&l%d;" % (i - 1)) * 10))
        doc = "<!DOCTYPE l [%s]><l>&l9;</l>" % "".join(decls)
        parser = expat.ParserCreate()
        size = [0]
        def count(data):
            size[0] += len(data)
        parser.CharacterDataHandler = count
        self.assertRaises(expat.ExpatError, parser.Parse, doc, 1)
        self.assert_(size[0] < 10 ** 7)
        # the same bomb in an attribute value
        doc = "<!DOCTYPE l [%s]><l a='&l9;'/>" % "".join(decls)
        self.assertRaises(expat.ExpatError,
                          expat.ParserCreate().Parse, doc, 1)

    def test_modest_expansion_allowed(self):
        doc = ('<!DOCTYPE l [<!ENTITY a "xxxxxxxxxx">'
               '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><l>&b;</l>')
        parser = expat.ParserCreate()
        out = []
        parser.CharacterDataHandler = out.append
        parser.Parse(doc, 1)
        self.assertEqual(u"".join(out), u"x" * 100)


def test_main():
    test_support.run_unittest(ModuleTests, HandlerTests, IncrementalTests,
                              EncodingTests, ErrorTests)

if __name__ == "__main__":
    test_main()
