#
# Regular expression code generator: turns the parse tree made by
# sre_parse into the code list the _sre engine runs (the format is
# described in Include/sre_constants.h).
#

"""Internal support module for the re module: the code generator."""

import _sre
import sre_parse
from sre_constants import *

assert _sre.MAGIC == MAGIC, "SRE module mismatch"

_OP = OPCODES
_UNBOUNDED = CODE_UNBOUNDED

# single-character tests
_SIMPLE = (LITERAL, NOT_LITERAL, ANY, IN, CATEGORY)


def isstring(obj):
    return isinstance(obj, basestring)


# -- character classes --------------------------------------------------

def _lower_function(flags):
    if flags & (SRE_FLAG_LOCALE | SRE_FLAG_UNICODE):
        def lower(c, flags=flags):
            return _sre.getlower(c, flags)
    else:
        def lower(c):
            if 65 <= c <= 90:
                return c + 32
            return c
    return lower


def _category_for(cat, flags):
    """The category an escape means under the given flags."""
    if flags & SRE_FLAG_LOCALE:
        return CH_LOCALE[cat]
    if flags & SRE_FLAG_UNICODE:
        return CH_UNICODE[cat]
    return cat

_LINEBREAK_CHARS = (10, 11, 12, 13, 28, 29, 30, 133)

def _in_category(cat, c):
    """Membership of a character below 256, as the engine decides it."""
    if cat == CATEGORY_DIGIT:
        return 48 <= c <= 57
    if cat == CATEGORY_SPACE:
        return c == 32 or 9 <= c <= 13
    if cat == CATEGORY_WORD:
        return c < 128 and (chr(c).isalnum() or c == 95)
    if cat == CATEGORY_LINEBREAK:
        return c == 10
    if cat == CATEGORY_UNI_DIGIT:
        return unichr(c).isdigit()
    if cat == CATEGORY_UNI_SPACE:
        return unichr(c).isspace()
    if cat == CATEGORY_UNI_WORD:
        return c == 95 or unichr(c).isalnum()
    if cat == CATEGORY_UNI_LINEBREAK:
        return c in _LINEBREAK_CHARS
    raise ValueError, cat

_NEGATED = {
    CATEGORY_NOT_DIGIT: CATEGORY_DIGIT,
    CATEGORY_NOT_SPACE: CATEGORY_SPACE,
    CATEGORY_NOT_WORD: CATEGORY_WORD,
    CATEGORY_NOT_LINEBREAK: CATEGORY_LINEBREAK,
    CATEGORY_UNI_NOT_DIGIT: CATEGORY_UNI_DIGIT,
    CATEGORY_UNI_NOT_SPACE: CATEGORY_UNI_SPACE,
    CATEGORY_UNI_NOT_WORD: CATEGORY_UNI_WORD,
    CATEGORY_UNI_NOT_LINEBREAK: CATEGORY_UNI_LINEBREAK,
}

_UNICODE_CATEGORIES = (
    CATEGORY_UNI_DIGIT, CATEGORY_UNI_NOT_DIGIT,
    CATEGORY_UNI_SPACE, CATEGORY_UNI_NOT_SPACE,
    CATEGORY_UNI_WORD, CATEGORY_UNI_NOT_WORD,
    CATEGORY_UNI_LINEBREAK, CATEGORY_UNI_NOT_LINEBREAK,
)

_category_cache = {}

_ALL256 = (1L << 256) - 1
_UPPER_ASCII = ((1L << 91) - 1) ^ ((1L << 65) - 1)

def _range_mask(lo, hi):
    """Bits lo..hi (inclusive, both below 256)."""
    return ((1L << (hi + 1)) - 1) ^ ((1L << lo) - 1)

def _category_mask(cat):
    """The characters below 256 in a category, as bits of a long."""
    mask = _category_cache.get(cat)
    if mask is None:
        if cat in _NEGATED:
            mask = _category_mask(_NEGATED[cat]) ^ _ALL256
        else:
            mask = 0L
            for c in range(256):
                if _in_category(cat, c):
                    mask = mask | (1L << c)
        _category_cache[cat] = mask
    return mask


_set_block_cache = {}

def _set_block(items, flags, ignore):
    """Code words of a set block for set items (see sre_constants.h)."""
    key = (tuple(items), flags & (SRE_FLAG_LOCALE | SRE_FLAG_UNICODE),
           bool(ignore))
    words = _set_block_cache.get(key)
    if words is None:
        words = _make_set_block(items, flags, ignore)
        if len(_set_block_cache) >= 256:
            _set_block_cache.clear()
        _set_block_cache[key] = words
    return words[:]

def _make_set_block(items, flags, ignore):
    negate = 0
    mask = 0L
    extra = []
    if ignore:
        lower = _lower_function(flags)
        ascii = not (flags & (SRE_FLAG_LOCALE | SRE_FLAG_UNICODE))
    else:
        lower = None
        ascii = True

    for op, av in items:
        if op == NEGATE:
            negate = 1
        elif op == LITERAL:
            c = av
            if lower is not None:
                c = lower(c)
            if c < 256:
                mask = mask | (1L << c)
            else:
                extra.extend([SET_RANGE, c, c])
        elif op == RANGE:
            lo, hi = av
            if lo < 256:
                top = min(hi, 255)
                if lower is None or ascii:
                    bits = _range_mask(lo, top)
                    if lower is not None:
                        upper = bits & _UPPER_ASCII
                        bits = (bits ^ upper) | (upper << 32)
                    mask = mask | bits
                else:
                    for c in xrange(lo, top + 1):
                        c = lower(c)
                        if c < 256:
                            mask = mask | (1L << c)
                        else:
                            extra.extend([SET_RANGE, c, c])
            if hi >= 256:
                first = max(lo, 256)
                extra.extend([SET_RANGE, first, hi])
                if lower is not None:
                    l1, l2 = lower(first), lower(hi)
                    if l1 <= l2 and (l1, l2) != (first, hi):
                        extra.extend([SET_RANGE, l1, l2])
        elif op == CATEGORY:
            cat = _category_for(av, flags)
            if cat in (CATEGORY_LOC_WORD, CATEGORY_LOC_NOT_WORD):
                # depends on the locale when matching
                extra.extend([SET_CATEGORY, CHCODES[cat]])
                continue
            mask = mask | _category_mask(cat)
            # the bitmap only covers characters below 256
            if cat in _UNICODE_CATEGORIES or cat in _NEGATED:
                extra.extend([SET_CATEGORY, CHCODES[cat]])
        else:
            raise error, "internal: unsupported set item %s" % op

    words = [negate]
    if mask:
        words.append(8)
        for w in range(8):
            words.append(int((mask >> (32 * w)) & 0xFFFFFFFFL))
    else:
        words.append(0)
    count = 0
    i = 0
    while i < len(extra):
        count = count + 1
        if extra[i] == SET_RANGE:
            i = i + 3
        else:
            i = i + 2
    words.append(count)
    words.extend(extra)
    return words


# -- the code generator -------------------------------------------------

class _Compiler:

    def __init__(self, flags, groups):
        self.code = []
        self.flags = flags
        self.groups = groups
        self.nregs = 0
        self.lower = _lower_function(flags)

    def emit(self, *words):
        self.code.extend(words)

    def here(self):
        return len(self.code)

    def single(self, op, av):
        """A one-character test."""
        flags = self.flags
        ignore = flags & SRE_FLAG_IGNORECASE
        if op == LITERAL:
            if ignore:
                self.emit(_OP["literal_ignore"], self.lower(av))
            else:
                self.emit(_OP["literal"], av)
        elif op == NOT_LITERAL:
            if ignore:
                self.emit(_OP["not_literal_ignore"], self.lower(av))
            else:
                self.emit(_OP["not_literal"], av)
        elif op == ANY:
            if flags & SRE_FLAG_DOTALL:
                self.emit(_OP["any_all"])
            else:
                self.emit(_OP["any"])
        elif op in (IN, CATEGORY):
            if op == CATEGORY:
                items = [(CATEGORY, av)]
            else:
                items = av
            block = _set_block(items, flags, ignore)
            if ignore:
                self.emit(_OP["in_ignore"], len(block))
            else:
                self.emit(_OP["in"], len(block))
            self.code.extend(block)
        else:
            raise error, "internal: not a single character test: %s" % op

    def literals(self, chars):
        """A run of literal characters."""
        if len(chars) == 1:
            self.single(LITERAL, chars[0])
            return
        if self.flags & SRE_FLAG_IGNORECASE:
            lower = self.lower
            self.emit(_OP["string_ignore"], len(chars))
            self.code.extend([lower(c) for c in chars])
        else:
            self.emit(_OP["string"], len(chars))
            self.code.extend(chars)

    def sequence(self, tree):
        data = tree.data
        i = 0
        n = len(data)
        while i < n:
            op, av = data[i]
            if op == LITERAL:
                run = [av]
                i = i + 1
                while i < n and data[i][0] == LITERAL:
                    run.append(data[i][1])
                    i = i + 1
                self.literals(run)
                continue
            self.item(op, av)
            i = i + 1

    def item(self, op, av):
        flags = self.flags
        if op in _SIMPLE:
            self.single(op, av)
        elif op == AT:
            if flags & SRE_FLAG_MULTILINE:
                av = AT_MULTILINE.get(av, av)
            if flags & SRE_FLAG_LOCALE:
                av = AT_LOCALE.get(av, av)
            elif flags & SRE_FLAG_UNICODE:
                av = AT_UNICODE.get(av, av)
            self.emit(_OP["at"], ATCODES[av])
        elif op == SUBPATTERN:
            gid, body = av
            if gid:
                self.emit(_OP["mark"], 2 * (gid - 1))
                self.sequence(body)
                self.emit(_OP["mark"], 2 * (gid - 1) + 1)
            else:
                self.sequence(body)
        elif op == BRANCH:
            self.branch(av[1])
        elif op in (MAX_REPEAT, MIN_REPEAT):
            self.repeat(av[0], av[1], av[2], op == MAX_REPEAT)
        elif op == GROUPREF:
            self.check_group(av)
            if flags & SRE_FLAG_IGNORECASE:
                self.emit(_OP["groupref_ignore"], av - 1)
            else:
                self.emit(_OP["groupref"], av - 1)
        elif op == GROUPREF_EXISTS:
            gid, yes, no = av
            self.check_group(gid)
            self.emit(_OP["groupref_exists"], gid - 1, 0)
            patch = self.here() - 1
            self.sequence(yes)
            if no is not None and no.data:
                self.emit(_OP["jump"], 0)
                skip = self.here() - 1
                self.code[patch] = self.here()
                self.sequence(no)
                self.code[skip] = self.here()
            else:
                self.code[patch] = self.here()
        elif op in (ASSERT, ASSERT_NOT):
            direction, body = av
            if direction < 0:
                lo, hi = body.getwidth()
                if lo != hi:
                    raise error, "look-behind requires fixed-width pattern"
                back = lo
            else:
                back = 0
            self.emit(_OP["assert"], int(op == ASSERT_NOT), back, 0)
            patch = self.here() - 1
            self.sequence(body)
            self.emit(_OP["assert_end"])
            self.code[patch] = self.here()
        else:
            raise error, "internal: unsupported operand type %s" % op

    def check_group(self, gid):
        if not (0 < gid < self.groups):
            raise error, "invalid group reference"

    def branch(self, alts):
        jumps = []
        for alt in alts[:-1]:
            self.emit(_OP["split"], 0, 0)
            split = self.here() - 3
            self.code[split + 1] = self.here()
            self.sequence(alt)
            self.emit(_OP["jump"], 0)
            jumps.append(self.here() - 1)
            self.code[split + 2] = self.here()
        self.sequence(alts[-1])
        for j in jumps:
            self.code[j] = self.here()

    def repeat(self, lo, hi, body, greedy):
        if hi == MAXREPEAT:
            top = _UNBOUNDED
        else:
            top = hi
        one = _single_item(body)
        if one is not None:
            if greedy:
                self.emit(_OP["repeat_one"], 0, lo, top)
            else:
                self.emit(_OP["min_repeat_one"], 0, lo, top)
            start = self.here()
            self.single(one[0], one[1])
            self.code[start - 3] = self.here() - start + 2
            return
        if lo == 1 and hi == 1:
            self.sequence(body)
            return
        if hi == 0:
            return
        if lo == 0 and hi == 1:
            # optional: no loop, so an empty body is harmless
            self.emit(_OP["split"], 0, 0)
            split = self.here() - 3
            self.sequence(body)
            end = self.here()
            if greedy:
                self.code[split + 1] = split + 3
                self.code[split + 2] = end
            else:
                self.code[split + 1] = end
                self.code[split + 2] = split + 3
            return
        # the general loop, with a counter register
        reg = self.nregs
        self.nregs = reg + 1
        self.emit(_OP["repeat_init"], reg)
        check = self.here()
        self.emit(_OP["repeat_check"], reg, lo, top, int(bool(greedy)), 0)
        self.sequence(body)
        self.emit(_OP["repeat_next"], reg, check)
        self.code[check + 5] = self.here()


def _single_item(body):
    """(op, av) if body is one single-character test."""
    data = body.data
    while len(data) == 1:
        op, av = data[0]
        if op in _SIMPLE:
            return op, av
        if op == SUBPATTERN and av[0] is None:
            data = av[1].data
            continue
        break
    return None


# -- the header: what a search may use to skip ahead --------------------

def _literal_prefix(tree):
    """Literal characters every match starts with; (chars, complete)."""
    prefix = []
    for op, av in tree.data:
        if op == LITERAL:
            prefix.append(av)
        elif op == SUBPATTERN:
            inner, complete = _literal_prefix(av[1])
            prefix.extend(inner)
            if not complete:
                return prefix, False
        else:
            return prefix, False
    return prefix, True


def _first_chars(tree):
    """Set items one of which every match starts with, or None."""
    for op, av in tree.data:
        if op == AT:
            continue
        if op == LITERAL:
            return [(LITERAL, av)]
        if op == IN:
            if av and av[0][0] == NEGATE:
                return None
            return list(av)
        if op == CATEGORY:
            return [(CATEGORY, av)]
        if op == SUBPATTERN:
            if av[1].getwidth()[0] == 0:
                return None
            return _first_chars(av[1])
        if op in (MAX_REPEAT, MIN_REPEAT):
            if av[0] == 0:
                return None
            return _first_chars(av[2])
        if op == BRANCH:
            items = []
            for alt in av[1]:
                found = _first_chars(alt)
                if found is None:
                    return None
                items.extend(found)
            return items
        return None
    return None


def _both_cases(items):
    """Set items with the other ASCII case of every letter added, or None
    if that is not simple."""
    out = []
    for op, av in items:
        if op == LITERAL:
            chars = [av]
        elif op == RANGE:
            if av[1] >= 256:
                return None
            chars = range(av[0], av[1] + 1)
        elif op == CATEGORY:
            out.append((op, av))
            continue
        else:
            return None
        for c in chars:
            out.append((LITERAL, c))
            if 65 <= c <= 90:
                out.append((LITERAL, c + 32))
            elif 97 <= c <= 122:
                out.append((LITERAL, c - 32))
    return out


def _header(tree, flags, nregs):
    lo, hi = tree.getwidth()
    if hi >= MAXREPEAT:
        hi = _UNBOUNDED
    hflags = 0
    prefix = []
    block = []
    data = tree.data
    if data and data[0][0] == AT and (
            data[0][1] == AT_BEGINNING_STRING or
            (data[0][1] == AT_BEGINNING and
             not flags & SRE_FLAG_MULTILINE)):
        hflags = hflags | SRE_INFO_ANCHORED
    elif not (flags & SRE_FLAG_IGNORECASE):
        prefix = _literal_prefix(tree)[0]
        if prefix:
            hflags = hflags | SRE_INFO_PREFIX
        else:
            first = _first_chars(tree)
            if first is not None:
                block = _set_block(first, flags, 0)
                hflags = hflags | SRE_INFO_CHARSET
    elif not (flags & (SRE_FLAG_LOCALE | SRE_FLAG_UNICODE)):
        # the search tests the characters as they are, so the set must
        # hold both cases (ASCII case rules only)
        first = _first_chars(tree)
        if first is not None:
            first = _both_cases(first)
        if first is not None:
            block = _set_block(first, flags, 0)
            hflags = hflags | SRE_INFO_CHARSET
    words = [hflags, lo, hi, nregs, len(prefix)] + prefix + block
    return [_OP["info"], len(words)] + words


def _code(tree, flags):
    flags = flags | tree.pattern.flags
    # the header's size does not depend on the register count, so the
    # program can be generated right behind it with absolute targets
    header = _header(tree, flags, 0)
    compiler = _Compiler(flags, tree.pattern.groups)
    compiler.code = header
    compiler.sequence(tree)
    compiler.emit(_OP["success"])
    header[5] = compiler.nregs
    return compiler.code


def compile(p, flags=0):
    """Compile a pattern (a string or a parse tree) to a pattern object."""
    if isstring(p):
        pattern = p
        p = sre_parse.parse(p, flags)
    else:
        pattern = None
    code = _code(p, flags)
    groupindex = p.pattern.groupdict
    indexgroup = [None] * p.pattern.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return _sre.compile(pattern, flags | p.pattern.flags, code,
                        p.pattern.groups - 1, groupindex, indexgroup)
