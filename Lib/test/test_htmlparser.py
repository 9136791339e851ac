# HTMLParser and markupbase.
import unittest
from test import test_support

import HTMLParser


class EventCollector(HTMLParser.HTMLParser):
    def __init__(self):
        self.events = []
        HTMLParser.HTMLParser.__init__(self)

    def get_events(self):
        # merge adjacent data events, as feeding may split them
        result = []
        for event in self.events:
            if event[0] == "data" and result and result[-1][0] == "data":
                result[-1] = ("data", result[-1][1] + event[1])
            else:
                result.append(event)
        return result

    def handle_starttag(self, tag, attrs):
        self.events.append(("starttag", tag, attrs))

    def handle_startendtag(self, tag, attrs):
        self.events.append(("startendtag", tag, attrs))

    def handle_endtag(self, tag):
        self.events.append(("endtag", tag))

    def handle_data(self, data):
        self.events.append(("data", data))

    def handle_comment(self, data):
        self.events.append(("comment", data))

    def handle_charref(self, data):
        self.events.append(("charref", data))

    def handle_entityref(self, data):
        self.events.append(("entityref", data))

    def handle_decl(self, data):
        self.events.append(("decl", data))

    def handle_pi(self, data):
        self.events.append(("pi", data))

    def unknown_decl(self, decl):
        self.events.append(("unknown decl", decl))


class HTMLParserTests(unittest.TestCase):
    def check(self, source, expected):
        # whole, and one character at a time
        for pieces in ([source], list(source)):
            parser = EventCollector()
            for piece in pieces:
                parser.feed(piece)
            parser.close()
            self.assertEqual(parser.get_events(), expected)

    def check_error(self, source):
        parser = EventCollector()
        try:
            parser.feed(source)
            parser.close()
        except HTMLParser.HTMLParseError:
            pass
        else:
            self.fail("no error for %r" % source)

    def test_simple(self):
        self.check("<p>text</p>", [("starttag", "p", []), ("data", "text"),
                                   ("endtag", "p")])

    def test_attributes(self):
        self.check("<a HREF='x&amp;y' b=\"1\" c=plain d>", [
            ("starttag", "a", [("href", "x&y"), ("b", "1"), ("c", "plain"),
                               ("d", None)])])
        self.check("<a b='&lt;&gt;&quot;&apos;'>", [
            ("starttag", "a", [("b", "<>\"'")])])

    def test_case_folding(self):
        self.check("<DIV CLASS=x></DIV>", [
            ("starttag", "div", [("class", "x")]), ("endtag", "div")])

    def test_startendtag(self):
        self.check("<br/><img src='x' />", [
            ("startendtag", "br", []), ("startendtag", "img", [("src", "x")])])

    def test_references(self):
        self.check("&#62;&#x3E;&gt;&amp; x", [
            ("charref", "62"), ("charref", "x3E"), ("entityref", "gt"),
            ("entityref", "amp"), ("data", " x")])

    def test_comment_decl_pi(self):
        self.check('<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01//EN">'
                   '<!-- a comment --><?php echo 1 ?>', [
            ("decl", 'DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01//EN"'),
            ("comment", " a comment "), ("pi", "php echo 1 ?")])

    def test_doctype_subset(self):
        self.check("<!DOCTYPE r [<!ELEMENT r (#PCDATA)>]><r/>", [
            ("decl", "DOCTYPE r [<!ELEMENT r (#PCDATA)>]"),
            ("startendtag", "r", [])])

    def test_marked_section(self):
        self.check("<![if !supportEmptyParas]>&nbsp;<![endif]>", [
            ("unknown decl", "if !supportEmptyParas"),
            ("entityref", "nbsp"), ("unknown decl", "endif")])

    def test_script_content(self):
        self.check("<script>a < b && c</script>x", [
            ("starttag", "script", []), ("data", "a < b && c"),
            ("endtag", "script"), ("data", "x")])

    def test_get_starttag_text(self):
        parser = EventCollector()
        parser.feed("<foo:bar   one=\"1\"\ttwo=2   >")
        self.assertEqual(parser.get_starttag_text(),
                         "<foo:bar   one=\"1\"\ttwo=2   >")

    def test_getpos(self):
        parser = EventCollector()
        parser.feed("<a>\nline two\n  <b>")
        self.assertEqual(parser.getpos(), (3, 5))

    def test_errors(self):
        self.check_error("<a b='1' $>")
        self.check_error("</a b>")
        self.check_error("<a")
        self.check_error("<!DOCTYPE x $>")

    def test_error_message(self):
        parser = EventCollector()
        try:
            parser.feed("text\n</a b>")
        except HTMLParser.HTMLParseError, e:
            self.assertEqual(e.msg, "bad end tag: '</a b>'")
            self.assertEqual((e.lineno, e.offset), (2, 0))
            self.assertEqual(str(e),
                             "bad end tag: '</a b>', at line 2, column 1")
        else:
            self.fail("no error")

    def test_parse_error_str(self):
        self.assertEqual(str(HTMLParser.HTMLParseError("msg")), "msg")
        self.assertEqual(str(HTMLParser.HTMLParseError("msg", (1, 2))),
                         "msg, at line 1, column 3")

    def test_lone_markup_chars(self):
        self.check("a < b & c", [("data", "a < b & c")])

    def test_close_flushes(self):
        parser = EventCollector()
        parser.feed("text &")
        self.assertEqual(parser.get_events(), [("data", "text ")])
        parser.close()
        self.assertEqual(parser.get_events(), [("data", "text &")])

    def test_markupbase_abstract(self):
        import markupbase
        self.assertRaises(RuntimeError, markupbase.ParserBase)


def test_main():
    test_support.run_unittest(HTMLParserTests)

if __name__ == "__main__":
    test_main()
