#
# Regular expression parser: turns a pattern string into a parse tree
# (a SubPattern holding (op, argument) pairs, ops named in sre_constants)
# for sre_compile, and replacement templates into a list of pieces.
#

"""Internal support module for the re module: the pattern parser."""


from sre_constants import *

SPECIAL_CHARS = ".\\[{()*+?^$|"
REPEAT_CHARS = "*+?{"

DIGITS = "0123456789"
OCTDIGITS = "01234567"
HEXDIGITS = "0123456789abcdefABCDEF"

WHITESPACE = " \t\n\r\v\f"

# Patterns nested deeper than this are refused (the parser and the code
# generator recurse once per level).
MAXDEPTH = 200

# one-character escapes that stand for a character
_CHAR_ESCAPES = {
    "\\a": 7, "\\b": 8, "\\f": 12, "\\n": 10, "\\r": 13, "\\t": 9,
    "\\v": 11, "\\\\": 92,
}

# escapes that stand for a position
_AT_ESCAPES = {
    "\\A": AT_BEGINNING_STRING,
    "\\Z": AT_END_STRING,
    "\\b": AT_BOUNDARY,
    "\\B": AT_NON_BOUNDARY,
}

# escapes that stand for a class of characters
_CLASS_ESCAPES = {
    "\\d": CATEGORY_DIGIT,
    "\\D": CATEGORY_NOT_DIGIT,
    "\\s": CATEGORY_SPACE,
    "\\S": CATEGORY_NOT_SPACE,
    "\\w": CATEGORY_WORD,
    "\\W": CATEGORY_NOT_WORD,
}

FLAGS = {
    "i": SRE_FLAG_IGNORECASE,
    "L": SRE_FLAG_LOCALE,
    "m": SRE_FLAG_MULTILINE,
    "s": SRE_FLAG_DOTALL,
    "x": SRE_FLAG_VERBOSE,
    "t": SRE_FLAG_TEMPLATE,
    "u": SRE_FLAG_UNICODE,
}


class Pattern:
    """What the parser learns about the whole pattern: flags and groups."""

    def __init__(self):
        self.flags = 0
        self.open = []
        self.groups = 1
        self.groupdict = {}

    def opengroup(self, name=None):
        gid = self.groups
        self.groups = gid + 1
        if name is not None:
            previous = self.groupdict.get(name)
            if previous is not None:
                raise error("redefinition of group name %r as group %d; "
                            "was group %d" % (name, gid, previous))
            self.groupdict[name] = gid
        self.open.append(gid)
        return gid

    def closegroup(self, gid):
        self.open.remove(gid)

    def checkgroup(self, gid):
        return gid < self.groups and gid not in self.open


class SubPattern:
    """A sequence of (op, argument) items."""

    def __init__(self, pattern, data=None):
        self.pattern = pattern
        if data is None:
            data = []
        self.data = data
        self.width = None

    def dump(self, level=0):
        pad = "  " * level
        for op, av in self.data:
            print pad + op,
            if op == IN:
                print
                for o, a in av:
                    print pad + "  " + o, a
            elif op == BRANCH:
                print
                for i, alt in enumerate(av[1]):
                    if i:
                        print pad + "or"
                    alt.dump(level + 1)
            elif op == GROUPREF_EXISTS:
                print av[0]
                av[1].dump(level + 1)
                if av[2]:
                    print pad + "else"
                    av[2].dump(level + 1)
            elif isinstance(av, tuple):
                subs = [a for a in av if isinstance(a, SubPattern)]
                print " ".join([repr(a) for a in av
                                if not isinstance(a, SubPattern)])
                for a in subs:
                    a.dump(level + 1)
            else:
                print av

    def __repr__(self):
        return repr(self.data)

    def __len__(self):
        return len(self.data)

    def __delitem__(self, index):
        del self.data[index]

    def __getitem__(self, index):
        if isinstance(index, slice):
            return SubPattern(self.pattern, self.data[index])
        return self.data[index]

    def __getslice__(self, i, j):
        return SubPattern(self.pattern, self.data[i:j])

    def __setitem__(self, index, code):
        self.data[index] = code

    def insert(self, index, code):
        self.data.insert(index, code)

    def append(self, code):
        self.data.append(code)

    def getwidth(self):
        """(shortest, longest) match length; longest is capped at
        MAXREPEAT, which also stands for unbounded."""
        if self.width is not None:
            return self.width
        lo = hi = 0
        for op, av in self.data:
            if op == BRANCH:
                widths = [alt.getwidth() for alt in av[1]]
                if widths:
                    lo += min([w[0] for w in widths])
                    hi += max([w[1] for w in widths])
            elif op in (MAX_REPEAT, MIN_REPEAT):
                i, j = av[2].getwidth()
                lo += i * av[0]
                if av[1] == MAXREPEAT and j:
                    hi += MAXREPEAT
                else:
                    hi += j * av[1]
            elif op == SUBPATTERN:
                i, j = av[1].getwidth()
                lo += i
                hi += j
            elif op in (ANY, IN, LITERAL, NOT_LITERAL, CATEGORY):
                lo += 1
                hi += 1
            elif op == GROUPREF:
                hi += MAXREPEAT
            elif op == GROUPREF_EXISTS:
                i, j = av[1].getwidth()
                if av[2] is not None:
                    k, l = av[2].getwidth()
                    i = min(i, k)
                    j = max(j, l)
                else:
                    i = 0
                lo += i
                hi += j
        self.width = (min(lo, MAXREPEAT), min(hi, MAXREPEAT))
        return self.width


class _Source:
    """Pattern text read one token at a time; an escape (backslash and the
    character after it) is one token."""

    def __init__(self, text):
        self.text = text
        self.index = 0
        self._scan()

    def _scan(self):
        i = self.index
        text = self.text
        if i >= len(text):
            self.next = None
            return
        c = text[i]
        if c == "\\":
            if i + 1 >= len(text):
                raise error, "bogus escape (end of line)"
            c = text[i:i+2]
        self.next = c

    def match(self, token):
        if token == self.next:
            self.index = self.index + len(token)
            self._scan()
            return True
        return False

    def get(self):
        token = self.next
        if token is not None:
            self.index = self.index + len(token)
            self._scan()
        return token

    def tell(self):
        return self.index

    def seek(self, index):
        self.index = index
        self._scan()


def isident(c):
    return ("a" <= c <= "z") or ("A" <= c <= "Z") or c == "_"

def isdigit(c):
    return "0" <= c <= "9"

def isname(name):
    """True if name is a valid Python identifier (group names)."""
    if not name or not isident(name[0]):
        return False
    for c in name[1:]:
        if not isident(c) and not isdigit(c):
            return False
    return True


def _read_until(source, stop, message):
    """Collect raw tokens up to (and consuming) stop."""
    chars = []
    while True:
        c = source.get()
        if c is None:
            raise error, message
        if c == stop:
            break
        chars.append(c)
    return "".join(chars)


def _hex_escape(source, escape):
    digits = ""
    while len(digits) < 2 and source.next is not None \
          and source.next in HEXDIGITS:
        digits = digits + source.get()
    if len(digits) != 2:
        raise error, "bogus escape: %s" % repr(escape + digits)
    return int(digits, 16)


def _octal_digits(source, digits, limit):
    while len(digits) < limit and source.next is not None \
          and source.next in OCTDIGITS:
        digits = digits + source.get()
    return int(digits, 8) & 0xff


def _class_escape(source, escape, state):
    """An escape inside [...]: returns a set item."""
    code = _CHAR_ESCAPES.get(escape)
    if code is not None:
        return LITERAL, code
    cat = _CLASS_ESCAPES.get(escape)
    if cat is not None:
        return CATEGORY, cat
    c = escape[1]
    if c == "x":
        return LITERAL, _hex_escape(source, escape)
    if c in OCTDIGITS:
        return LITERAL, _octal_digits(source, c, 3)
    if c in DIGITS:
        raise error, "bogus escape: %s" % repr(escape)
    return LITERAL, ord(c)


def _escape(source, escape, state):
    """An escape outside [...]: returns a parse tree item."""
    at = _AT_ESCAPES.get(escape)
    if at is not None:
        return AT, at
    cat = _CLASS_ESCAPES.get(escape)
    if cat is not None:
        return IN, [(CATEGORY, cat)]
    code = _CHAR_ESCAPES.get(escape)
    if code is not None:
        return LITERAL, code
    c = escape[1]
    if c == "x":
        return LITERAL, _hex_escape(source, escape)
    if c == "0":
        return LITERAL, _octal_digits(source, "0", 3)
    if c in DIGITS:
        # \NNN with three octal digits is a character, else a group number
        # of one or two digits
        digits = c
        if source.next is not None and source.next in DIGITS:
            digits = digits + source.get()
            if digits[0] in OCTDIGITS and digits[1] in OCTDIGITS and \
               source.next is not None and source.next in OCTDIGITS:
                digits = digits + source.get()
                return LITERAL, int(digits, 8) & 0xff
        group = int(digits)
        if group < state.groups:
            if not state.checkgroup(group):
                raise error, "cannot refer to open group"
            return GROUPREF, group
        raise error, "bogus escape: %s" % repr("\\" + digits)
    return LITERAL, ord(c)


def _parse_class(source, state):
    """After '[': returns a parse tree item for the set."""
    items = []
    negate = source.match("^")
    first = True
    while True:
        tok = source.get()
        if tok is None:
            raise error, "unexpected end of regular expression"
        if tok == "]" and not first:
            break
        first = False
        if tok[0] == "\\":
            lo = _class_escape(source, tok, state)
        else:
            lo = (LITERAL, ord(tok))
        if source.next == "-":
            source.get()
            tok = source.get()
            if tok is None:
                raise error, "unexpected end of regular expression"
            if tok == "]":
                items.append(lo)
                items.append((LITERAL, ord("-")))
                break
            if tok[0] == "\\":
                hi = _class_escape(source, tok, state)
            else:
                hi = (LITERAL, ord(tok))
            if lo[0] != LITERAL or hi[0] != LITERAL or hi[1] < lo[1]:
                raise error, "bad character range"
            items.append((RANGE, (lo[1], hi[1])))
        else:
            items.append(lo)
    if len(items) == 1 and items[0][0] == LITERAL:
        if negate:
            return NOT_LITERAL, items[0][1]
        return LITERAL, items[0][1]
    if negate:
        items.insert(0, (NEGATE, None))
    return IN, items


def _parse_repeat_bounds(source):
    """After '{': (min, max), or None if this is not a repeat (the caller
    then takes '{' literally)."""
    here = source.tell()
    lo = hi = ""
    while source.next is not None and source.next in DIGITS:
        lo = lo + source.get()
    if source.match(","):
        while source.next is not None and source.next in DIGITS:
            hi = hi + source.get()
        comma = True
    else:
        hi = lo
        comma = False
    if not source.match("}") or (not lo and not comma):
        source.seek(here)
        return None
    if lo:
        lo = int(lo)
    else:
        lo = 0
    if hi:
        hi = int(hi)
        if hi >= MAXREPEAT:
            raise OverflowError, "the repetition number is too large"
    else:
        hi = MAXREPEAT
    if lo >= MAXREPEAT:
        raise OverflowError, "the repetition number is too large"
    if hi < lo:
        raise error, "bad repeat interval"
    return lo, hi


def _parse_flags(source, state, first):
    """After '(?' and a flag letter: reads the letters up to ')'."""
    state.flags = state.flags | FLAGS[first]
    while source.next is not None and source.next in FLAGS:
        state.flags = state.flags | FLAGS[source.get()]
    if source.next is None:
        raise error, "unexpected end of pattern"
    if not source.match(")"):
        raise error, "unknown extension"


def _parse_group(source, state, seq, depth):
    """After '(': parses a group or extension and appends it to seq."""
    name = None
    capture = True
    if source.match("?"):
        c = source.get()
        if c is None:
            raise error, "unexpected end of pattern"
        if c == "P":
            if source.match("<"):
                name = _read_until(source, ">", "unterminated name")
                if not name:
                    raise error, "missing group name"
                if not isname(name):
                    raise error, "bad character in group name"
            elif source.match("="):
                name = _read_until(source, ")", "unterminated name")
                if not name:
                    raise error, "missing group name"
                if not isname(name):
                    raise error, "bad character in group name"
                gid = state.groupdict.get(name)
                if gid is None:
                    raise error, "unknown group name"
                if not state.checkgroup(gid):
                    raise error, "cannot refer to open group"
                seq.append((GROUPREF, gid))
                return
            else:
                c = source.get()
                if c is None:
                    raise error, "unexpected end of pattern"
                raise error, "unknown specifier: ?P%s" % c
        elif c == ":":
            capture = False
        elif c == "#":
            while True:
                c = source.get()
                if c is None:
                    raise error, "unbalanced parenthesis"
                if c == ")":
                    return
        elif c in ("=", "!", "<"):
            behind = False
            if c == "<":
                c = source.get()
                if c not in ("=", "!"):
                    raise error, "syntax error"
                behind = True
            body = _parse_alternation(source, state, depth + 1)
            if not source.match(")"):
                raise error, "unbalanced parenthesis"
            if behind:
                lo, hi = body.getwidth()
                if lo != hi:
                    raise error, "look-behind requires fixed-width pattern"
                direction = -1
            else:
                direction = 1
            if c == "=":
                seq.append((ASSERT, (direction, body)))
            else:
                seq.append((ASSERT_NOT, (direction, body)))
            return
        elif c == "(":
            ref = _read_until(source, ")", "unterminated name")
            if not ref:
                raise error, "missing group name"
            if isname(ref):
                gid = state.groupdict.get(ref)
                if gid is None:
                    raise error, "unknown group name"
            else:
                for ch in ref:
                    if not isdigit(ch):
                        raise error, "bad character in group name"
                if not ref:
                    raise error, "bad character in group name"
                gid = int(ref)
            yes = _parse_sequence(source, state, depth + 1)
            no = None
            if source.match("|"):
                no = _parse_sequence(source, state, depth + 1)
                if source.next == "|":
                    raise error, "conditional backref with more than two branches"
            if not source.match(")"):
                raise error, "unbalanced parenthesis"
            seq.append((GROUPREF_EXISTS, (gid, yes, no)))
            return
        elif c in FLAGS:
            _parse_flags(source, state, c)
            return
        else:
            raise error, "unexpected end of pattern"
    if capture:
        gid = state.opengroup(name)
    else:
        gid = None
    body = _parse_alternation(source, state, depth + 1)
    if not source.match(")"):
        raise error, "unbalanced parenthesis"
    if gid is not None:
        state.closegroup(gid)
    seq.append((SUBPATTERN, (gid, body)))


def _parse_sequence(source, state, depth):
    """Items up to '|', ')' or the end (not consumed)."""
    if depth > MAXDEPTH:
        raise error, "pattern too deeply nested"
    seq = SubPattern(state)
    while True:
        tok = source.next
        if tok is None or tok == "|" or tok == ")":
            break
        source.get()
        if state.flags & SRE_FLAG_VERBOSE:
            if tok in WHITESPACE:
                continue
            if tok == "#":
                while True:
                    tok = source.get()
                    if tok is None or tok == "\n":
                        break
                continue
        if tok[0] == "\\":
            seq.append(_escape(source, tok, state))
        elif tok not in SPECIAL_CHARS:
            seq.append((LITERAL, ord(tok)))
        elif tok == "[":
            seq.append(_parse_class(source, state))
        elif tok == ".":
            seq.append((ANY, None))
        elif tok == "^":
            seq.append((AT, AT_BEGINNING))
        elif tok == "$":
            seq.append((AT, AT_END))
        elif tok == "(":
            _parse_group(source, state, seq, depth)
        elif tok in REPEAT_CHARS:
            if tok == "?":
                lo, hi = 0, 1
            elif tok == "*":
                lo, hi = 0, MAXREPEAT
            elif tok == "+":
                lo, hi = 1, MAXREPEAT
            else:
                bounds = _parse_repeat_bounds(source)
                if bounds is None:
                    seq.append((LITERAL, ord("{")))
                    continue
                lo, hi = bounds
            if not seq.data:
                raise error, "nothing to repeat"
            op, av = seq.data[-1]
            if op == AT:
                raise error, "nothing to repeat"
            if op in (MAX_REPEAT, MIN_REPEAT):
                raise error, "multiple repeat"
            if source.match("?"):
                kind = MIN_REPEAT
            else:
                kind = MAX_REPEAT
            seq.data[-1] = (kind, (lo, hi, SubPattern(state, [(op, av)])))
        else:
            raise error, "parser error"
    return seq


def _single_char_items(alt):
    """Set items matching the same as alt if alt is one character test."""
    if len(alt) != 1:
        return None
    op, av = alt[0]
    if op == LITERAL:
        return [(LITERAL, av)]
    if op == IN and av and av[0][0] != NEGATE:
        return list(av)
    return None


def _parse_alternation(source, state, depth):
    """Alternatives separated by '|' up to ')' or the end."""
    alts = [_parse_sequence(source, state, depth)]
    while source.match("|"):
        alts.append(_parse_sequence(source, state, depth))
    if len(alts) == 1:
        return alts[0]
    result = SubPattern(state)
    # a prefix common to every alternative is matched once
    while True:
        head = None
        for alt in alts:
            if not alt.data:
                break
            if head is None:
                head = alt.data[0]
            elif alt.data[0] != head:
                break
        else:
            if head is not None and head[0] in (LITERAL, NOT_LITERAL, ANY,
                                                AT, IN, CATEGORY):
                for alt in alts:
                    del alt.data[0]
                result.append(head)
                continue
        break
    # alternatives of one character each make a set
    items = []
    for alt in alts:
        found = _single_char_items(alt)
        if found is None:
            items = None
            break
        items.extend(found)
    if items is not None:
        result.append((IN, items))
    else:
        result.append((BRANCH, (None, alts)))
    return result


def parse(str, flags=0, pattern=None):
    """Parse a pattern into a SubPattern (pattern info in .pattern)."""
    if pattern is None:
        pattern = Pattern()
    saved = (pattern.groups, pattern.groupdict.copy(), pattern.open[:])
    pattern.flags = flags
    pattern.str = str
    source = _Source(str)
    tree = _parse_alternation(source, pattern, 0)
    if source.next is not None:
        if source.next == ")":
            raise error, "unbalanced parenthesis"
        raise error, "bogus characters at end of regular expression"
    if not (flags & SRE_FLAG_VERBOSE) and \
       (pattern.flags & SRE_FLAG_VERBOSE):
        # (?x) seen inside the pattern: it applies to all of it
        pattern.groups, pattern.groupdict, pattern.open = saved
        return parse(str, pattern.flags, pattern)
    if flags & SRE_FLAG_DEBUG:
        tree.dump()
    return tree


# -- replacement templates ----------------------------------------------

def parse_template(source, pattern):
    """Parse a replacement template.  Returns a list whose items are
    literal strings (of the template's type) and group numbers (ints)."""
    empty = source[:0]
    items = []
    chars = []
    if isinstance(source, unicode):
        makechar = unichr
    else:
        makechar = chr
    groupindex = pattern.groupindex
    i = 0
    n = len(source)

    def flush():
        if chars:
            items.append(empty.join(chars))
            del chars[:]

    while i < n:
        c = source[i]
        i = i + 1
        if c != "\\":
            chars.append(c)
            continue
        if i >= n:
            raise error, "bogus escape (end of line)"
        c = source[i]
        i = i + 1
        if c == "g":
            if i >= n or source[i] != "<":
                raise error, "missing group name"
            end = source.find(">", i + 1)
            if end < 0:
                raise error, "unterminated group name"
            name = source[i+1:end]
            i = end + 1
            if not name:
                raise error, "missing group name"
            if isname(name):
                if name not in groupindex:
                    raise IndexError, "unknown group name"
                gid = groupindex[name]
            else:
                try:
                    gid = int(name)
                except ValueError:
                    raise error, "bad character in group name"
                if gid < 0:
                    raise error, "negative group number"
            flush()
            items.append(gid)
        elif c == "0":
            digits = "0"
            while len(digits) < 3 and i < n and source[i] in OCTDIGITS:
                digits = digits + source[i]
                i = i + 1
            chars.append(makechar(int(digits, 8) & 0xff))
        elif c in DIGITS:
            digits = c
            if i < n and source[i] in DIGITS:
                digits = digits + source[i]
                i = i + 1
                if digits[0] in OCTDIGITS and digits[1] in OCTDIGITS and \
                   i < n and source[i] in OCTDIGITS:
                    digits = digits + source[i]
                    i = i + 1
                    chars.append(makechar(int(digits, 8) & 0xff))
                    continue
            flush()
            items.append(int(digits))
        else:
            code = _CHAR_ESCAPES.get("\\" + c)
            if code is not None:
                chars.append(makechar(code))
            else:
                chars.append("\\")
                chars.append(c)
    flush()
    return items


def expand_template(template, match):
    """Fill a template parsed by parse_template with match's groups."""
    pieces = []
    for item in template:
        if isinstance(item, (int, long)):
            if item < 0 or item > match.re.groups:
                raise error, "invalid group reference"
            value = match.group(item)
            if value is None:
                raise error, "unmatched group"
            pieces.append(value)
        else:
            pieces.append(item)
    return match.string[:0].join(pieces)
