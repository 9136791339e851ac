"""ParserBase: what HTMLParser and sgmllib share for SGML declarations
(<!DOCTYPE ...>, marked sections <![...]]>, comments) and for keeping
track of the line and column of the input."""

import re

_DECL_NAME = re.compile(r"[a-zA-Z][-_.a-zA-Z0-9]*\s*")
_DECL_STRING = re.compile(r"'[^']*'|\"[^\"]*\"")
_COMMENT_END = re.compile(r"--\s*>")
_SECTION_END = re.compile(r"]\s*]\s*>")
_MS_SECTION_END = re.compile(r"]\s*>")
_SECTION_KEYWORDS = ("temp", "cdata", "ignore", "include", "rcdata")
_MS_KEYWORDS = ("if", "else", "endif")
_SUBSET_DECLS = ("attlist", "element", "entity", "notation")


class ParserBase:
    """Base class of the markup parsers; subclasses provide error(),
    rawdata and the handle_* methods."""

    def __init__(self):
        if self.__class__ is ParserBase:
            raise RuntimeError(
                "markupbase.ParserBase must be subclassed")

    def error(self, message):
        raise NotImplementedError(
            "subclasses of ParserBase must override error()")

    def reset(self):
        self.lineno = 1
        self.offset = 0

    def getpos(self):
        """(line number, offset) of the current position."""
        return self.lineno, self.offset

    def updatepos(self, i, j):
        """Advance the position over rawdata[i:j]; returns j."""
        if i >= j:
            return j
        rawdata = self.rawdata
        newlines = rawdata.count("\n", i, j)
        if newlines:
            self.lineno = self.lineno + newlines
            self.offset = j - (rawdata.rindex("\n", i, j) + 1)
        else:
            self.offset = self.offset + j - i
        return j

    _decl_otherchars = ""

    def parse_declaration(self, i):
        """Parse the '<!' construct at i; returns the index after it,
        or -1 if the data ends first."""
        rawdata = self.rawdata
        j = i + 2
        if rawdata[j:j + 1] == ">":
            # "<!>": an empty comment
            return j + 1
        if rawdata[j:j + 1] in ("-", ""):
            # a comment that has not been seen whole yet
            return -1
        n = len(rawdata)
        if rawdata[j:j + 2] == "--":
            return self.parse_comment(i)
        if rawdata[j] == "[":
            return self.parse_marked_section(i)
        decltype, j = self._scan_name(j, i)
        if j < 0:
            return j
        if decltype == "doctype":
            self._decl_otherchars = ""
        while j < n:
            c = rawdata[j]
            if c == ">":
                data = rawdata[i + 2:j]
                if decltype == "doctype":
                    self.handle_decl(data)
                else:
                    self.unknown_decl(data)
                return j + 1
            if c in "\"'":
                m = _DECL_STRING.match(rawdata, j)
                if m is None:
                    return -1
                j = m.end()
            elif c.isalpha():
                name, j = self._scan_name(j, i)
                if j < 0:
                    return j
            elif c in self._decl_otherchars:
                j = j + 1
            elif c == "[":
                if decltype == "doctype":
                    j = self._parse_doctype_subset(j + 1, i)
                    if j < 0:
                        return j
                elif decltype in ("attlist", "linktype", "link", "element"):
                    self.error("unsupported '[' char in %s declaration"
                               % decltype)
                else:
                    self.error("unexpected '[' char in declaration")
            elif c.isspace():
                j = j + 1
            else:
                self.error("unexpected %r char in declaration" % c)
        return -1

    def parse_marked_section(self, i, report=1):
        """Parse '<![keyword ...]]>' at i."""
        rawdata = self.rawdata
        assert rawdata[i:i + 3] == "<![", \
            "unexpected call to parse_marked_section()"
        name, j = self._scan_name(i + 3, i)
        if j < 0:
            return j
        if name in _SECTION_KEYWORDS:
            m = _SECTION_END.search(rawdata, i + 3)
        elif name in _MS_KEYWORDS:
            m = _MS_SECTION_END.search(rawdata, i + 3)
        else:
            self.error("unknown status keyword %r in marked section"
                       % rawdata[i + 3:j])
        if m is None:
            return -1
        if report:
            self.unknown_decl(rawdata[i + 3:m.start()])
        return m.end()

    def parse_comment(self, i, report=1):
        """Parse '<!-- ... -->' at i."""
        rawdata = self.rawdata
        if rawdata[i:i + 4] != "<!--":
            self.error("unexpected call to parse_comment()")
        m = _COMMENT_END.search(rawdata, i + 4)
        if m is None:
            return -1
        if report:
            self.handle_comment(rawdata[i + 4:m.start()])
        return m.end()

    def _parse_doctype_subset(self, i, declstartpos):
        """Skip the internal subset of a DOCTYPE (starting after '[');
        returns the index just after the closing ']' or -1."""
        rawdata = self.rawdata
        n = len(rawdata)
        j = i
        while j < n:
            c = rawdata[j]
            if c == "<":
                if rawdata[j:j + 2] != "<!":
                    if j + 1 >= n:
                        return -1
                    self.updatepos(declstartpos, j + 1)
                    self.error("unexpected char in internal subset "
                               "(in %r)" % rawdata[j:j + 2])
                if j + 2 >= n or rawdata[j:j + 4] in ("<!", "<!-"):
                    return -1
                if rawdata[j:j + 4] == "<!--":
                    j = self.parse_comment(j, report=0)
                    if j < 0:
                        return j
                    continue
                name, k = self._scan_name(j + 2, declstartpos)
                if k < 0:
                    return -1
                if name not in _SUBSET_DECLS:
                    self.updatepos(declstartpos, j + 2)
                    self.error("unknown declaration %r in internal subset"
                               % name)
                j = self._skip_markup_decl(k)
                if j < 0:
                    return j
            elif c == "%":
                if j + 1 >= n:
                    return -1
                name, k = self._scan_name(j + 1, declstartpos)
                if k < 0:
                    return k
                if rawdata[k:k + 1] == ";":
                    k = k + 1
                j = k
            elif c == "]":
                j = j + 1
                while j < n and rawdata[j].isspace():
                    j = j + 1
                if j < n:
                    if rawdata[j] == ">":
                        return j
                    self.updatepos(declstartpos, j)
                    self.error("unexpected char after internal subset")
                return -1
            elif c.isspace():
                j = j + 1
            else:
                self.updatepos(declstartpos, j)
                self.error("unexpected char %r in internal subset" % c)
        return -1

    def _skip_markup_decl(self, j):
        """Index after the '>' ending a markup declaration, quoted
        strings skipped; -1 if incomplete."""
        rawdata = self.rawdata
        n = len(rawdata)
        while j < n:
            c = rawdata[j]
            if c in "\"'":
                m = _DECL_STRING.match(rawdata, j)
                if m is None:
                    return -1
                j = m.end()
            elif c == ">":
                return j + 1
            else:
                j = j + 1
        return -1

    def _scan_name(self, i, declstartpos):
        """(lower-cased name, index after it and its trailing space)
        at i; (None, -1) if the data ends there."""
        rawdata = self.rawdata
        if i == len(rawdata):
            return None, -1
        m = _DECL_NAME.match(rawdata, i)
        if m is not None:
            name = m.group().strip()
            if i + len(name) == len(rawdata):
                return None, -1
            return name.lower(), m.end()
        self.updatepos(declstartpos, i)
        self.error("expected name token at %r"
                   % rawdata[declstartpos:declstartpos + 20])

    def unknown_decl(self, data):
        """Called for declarations and marked sections nobody handles."""
        pass
