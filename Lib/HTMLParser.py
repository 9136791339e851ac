"""A simple parser of HTML (and XHTML) markup.

Subclass HTMLParser and override the handle_* methods; feed() it text in
pieces of any size and close() it at the end.  Tag and attribute names
are reported in lower case; attribute values have their quotes removed
and the entities &lt; &gt; &quot; &apos; and &amp; replaced.
"""

import re
import markupbase

# what can start markup or a reference in ordinary text
_NORMAL_SPECIALS = re.compile("[&<]")
# inside <script> and <style> only an end tag (or the end) is markup
_CDATA_SPECIALS = re.compile(r"<(?:/|\Z)")
_TAG_OPEN = re.compile("<[a-zA-Z]")
_TAG_NAME = re.compile("[a-zA-Z][-.a-zA-Z0-9:_]*")
_ATTRIBUTE = re.compile(
    r"""\s*([a-zA-Z_][-.:a-zA-Z_0-9]*)"""
    r"""(\s*=\s*('[^']*'|"[^"]*"|[-a-zA-Z0-9./,:;+*%?!&$()_#=~@]*))?""")
# a start tag as far as it is well formed: name, then attributes
_START_TAG_HEAD = re.compile(
    r"""<[a-zA-Z][-.a-zA-Z0-9:_]*"""
    r"""(?:\s+[a-zA-Z_][-.:a-zA-Z0-9_]*"""
    r"""(?:\s*=\s*(?:'[^']*'|"[^"]*"|[^'">\s]+))?)*\s*""")
_END_TAG = re.compile(r"</\s*([a-zA-Z][-.a-zA-Z0-9:_]*)\s*>")
_CHAR_REF = re.compile("&#(?:[0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F]")
_ENTITY_REF = re.compile("&([a-zA-Z][-.a-zA-Z0-9]*)[^a-zA-Z0-9]")
_REF_START = re.compile("&[a-zA-Z#]")
_LETTERS_AND_SLASH = ("abcdefghijklmnopqrstuvwxyz=/"
                      "ABCDEFGHIJKLMNOPQRSTUVWXYZ")


class HTMLParseError(Exception):
    """Malformed markup; carries msg, lineno and offset."""

    def __init__(self, msg, position=(None, None)):
        assert msg
        self.msg = msg
        self.lineno = position[0]
        self.offset = position[1]

    def __str__(self):
        text = self.msg
        if self.lineno is not None:
            text = text + ", at line %d" % self.lineno
        if self.offset is not None:
            text = text + ", column %d" % (self.offset + 1)
        return text


class HTMLParser(markupbase.ParserBase):
    """Finds tags and other markup and calls handler methods.

    Start tags: handle_starttag(tag, attrs) with attrs a list of
    (name, value) pairs (value None for a bare name); end tags:
    handle_endtag(tag); <tag/>: handle_startendtag(tag, attrs).
    Text goes to handle_data(), '&#NN;' to handle_charref('NN'),
    '&name;' to handle_entityref('name'), comments to handle_comment(),
    '<!...>' to handle_decl() and '<?...>' to handle_pi().
    """

    CDATA_CONTENT_ELEMENTS = ("script", "style")

    def __init__(self):
        self.reset()

    def reset(self):
        """Forget everything, including unprocessed data."""
        self.rawdata = ""
        self.lasttag = "???"
        self.interesting = _NORMAL_SPECIALS
        self._starttag_text = None
        markupbase.ParserBase.reset(self)

    def feed(self, data):
        """Process some more text (any amount)."""
        self.rawdata = self.rawdata + data
        self.goahead(0)

    def close(self):
        """Process everything left, as if followed by end of file."""
        self.goahead(1)

    def error(self, message):
        raise HTMLParseError(message, self.getpos())

    def get_starttag_text(self):
        """The source text of the last start tag."""
        return self._starttag_text

    def set_cdata_mode(self):
        self.interesting = _CDATA_SPECIALS

    def clear_cdata_mode(self):
        self.interesting = _NORMAL_SPECIALS

    def goahead(self, end):
        """Handle as much of rawdata as is complete (all of it if end)."""
        rawdata = self.rawdata
        i = 0
        n = len(rawdata)
        while i < n:
            m = self.interesting.search(rawdata, i)
            if m is None:
                j = n
            else:
                j = m.start()
            if i < j:
                self.handle_data(rawdata[i:j])
            i = self.updatepos(i, j)
            if i == n:
                break
            if rawdata[i] == "<":
                k = self._markup(i, n)
                if k is None:
                    break
                if k < 0:
                    if end:
                        self.error("EOF in middle of construct")
                    break
                i = self.updatepos(i, k)
                continue
            # a reference
            if rawdata.startswith("&#", i):
                m = _CHAR_REF.match(rawdata, i)
                if m is None:
                    break
                self.handle_charref(m.group()[2:-1])
                k = m.end()
                if rawdata[k - 1] != ";":
                    k = k - 1
                i = self.updatepos(i, k)
                continue
            m = _ENTITY_REF.match(rawdata, i)
            if m is not None:
                self.handle_entityref(m.group(1))
                k = m.end()
                if rawdata[k - 1] != ";":
                    k = k - 1
                i = self.updatepos(i, k)
                continue
            m = _REF_START.match(rawdata, i)
            if m is not None:
                if end and m.group() == rawdata[i:]:
                    self.error("EOF in middle of entity or char ref")
                break
            if i + 1 < n:
                # a lone '&' that cannot start anything
                self.handle_data("&")
                i = self.updatepos(i, i + 1)
            else:
                break
        if end and i < n:
            self.handle_data(rawdata[i:n])
            i = self.updatepos(i, n)
        self.rawdata = rawdata[i:]

    def _markup(self, i, n):
        """Parse the markup starting with '<' at i: the index after it,
        -1 if incomplete, None to stop at a lone '<' at the end."""
        rawdata = self.rawdata
        if _TAG_OPEN.match(rawdata, i):
            return self.parse_starttag(i)
        if rawdata.startswith("</", i):
            return self.parse_endtag(i)
        if rawdata.startswith("<!--", i):
            return self.parse_comment(i)
        if rawdata.startswith("<?", i):
            return self.parse_pi(i)
        if rawdata.startswith("<!", i):
            return self.parse_declaration(i)
        if i + 1 < n:
            self.handle_data("<")
            return i + 1
        return None

    def parse_pi(self, i):
        """'<?...>' at i."""
        rawdata = self.rawdata
        assert rawdata[i:i + 2] == "<?", "unexpected call to parse_pi()"
        close = rawdata.find(">", i + 2)
        if close < 0:
            return -1
        self.handle_pi(rawdata[i + 2:close])
        return close + 1

    def parse_starttag(self, i):
        """A start tag at i; returns the index after it or -1."""
        self._starttag_text = None
        endpos = self.check_for_whole_start_tag(i)
        if endpos < 0:
            return endpos
        rawdata = self.rawdata
        self._starttag_text = rawdata[i:endpos]
        m = _TAG_NAME.match(rawdata, i + 1)
        assert m, "unexpected call to parse_starttag()"
        k = m.end()
        tag = m.group().lower()
        self.lasttag = tag
        attrs = []
        while k < endpos:
            m = _ATTRIBUTE.match(rawdata, k)
            if m is None:
                break
            name, rest, value = m.group(1, 2, 3)
            if not rest:
                value = None
            elif value[:1] in "'\"" and value[:1] == value[-1:] and \
                    len(value) >= 2:
                value = self.unescape(value[1:-1])
            attrs.append((name.lower(), value))
            k = m.end()
        tail = rawdata[k:endpos].strip()
        if tail not in (">", "/>"):
            self.error("junk characters in start tag: %r"
                       % (rawdata[k:endpos][:20],))
        if tail.endswith("/>"):
            self.handle_startendtag(tag, attrs)
        else:
            self.handle_starttag(tag, attrs)
            if tag in self.CDATA_CONTENT_ELEMENTS:
                self.set_cdata_mode()
        return endpos

    def check_for_whole_start_tag(self, i):
        """Index after the start tag at i, -1 if it is not complete."""
        rawdata = self.rawdata
        m = _START_TAG_HEAD.match(rawdata, i)
        if m is None:
            raise AssertionError("we should not get here!")
        j = m.end()
        c = rawdata[j:j + 1]
        if c == ">":
            return j + 1
        if c == "/":
            if rawdata.startswith("/>", j):
                return j + 2
            if j + 1 >= len(rawdata):
                return -1
            self.updatepos(i, j + 1)
            self.error("malformed empty start tag")
        if c == "":
            return -1
        if c in _LETTERS_AND_SLASH:
            # the data ends in or before an attribute value
            return -1
        self.updatepos(i, j)
        self.error("malformed start tag")

    def parse_endtag(self, i):
        """An end tag at i; returns the index after it or -1."""
        rawdata = self.rawdata
        assert rawdata[i:i + 2] == "</", "unexpected call to parse_endtag"
        close = rawdata.find(">", i + 1)
        if close < 0:
            return -1
        j = close + 1
        m = _END_TAG.match(rawdata, i)
        if m is None:
            self.error("bad end tag: %r" % (rawdata[i:j],))
        self.handle_endtag(m.group(1).lower())
        self.clear_cdata_mode()
        return j

    # the handlers: overridden by subclasses

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_starttag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        pass

    def handle_charref(self, name):
        pass

    def handle_entityref(self, name):
        pass

    def handle_data(self, data):
        pass

    def handle_comment(self, data):
        pass

    def handle_decl(self, decl):
        pass

    def handle_pi(self, data):
        pass

    def unknown_decl(self, data):
        self.error("unknown declaration: %r" % (data,))

    def unescape(self, s):
        """Replace the five XML entities in an attribute value."""
        if "&" not in s:
            return s
        for ref, char in (("&lt;", "<"), ("&gt;", ">"), ("&apos;", "'"),
                          ("&quot;", '"'), ("&amp;", "&")):
            s = s.replace(ref, char)
        return s
