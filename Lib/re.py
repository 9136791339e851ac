#
# The re module: regular expression operations in the style of Perl.
#

r"""Regular expression operations.

Patterns use the Perl-like syntax of the Python 2.5 Library Reference:
ordinary characters match themselves; "." any character but a newline;
"^" and "$" the start and end of the string (of each line with
MULTILINE); "*", "+", "?" and "{m,n}" repeat the item before them (add
"?" to repeat as little as possible); "[...]" is a set of characters;
"A|B" matches A or else B; "(...)" is a group; (?:...) a group that is
not captured; (?P<name>...) a named group and (?P=name) its text again;
(?#...) a comment; (?=...), (?!...), (?<=...) and (?<!...) look ahead
and behind (behind only for fixed-width patterns); (?(group)yes|no) a
choice on whether a group matched; (?iLmsux) sets flags.  Escapes: \1
to \99 match a group's text again; \A and \Z the very start and end;
\b and \B a word boundary and its absence; \d, \s, \w digits, white
space and word characters and \D, \S, \W their complements.

Functions: match, search, sub, subn, split, findall, finditer, compile,
purge, escape, template.  Flags: I (IGNORECASE), L (LOCALE), M
(MULTILINE), S (DOTALL), X (VERBOSE), U (UNICODE).  Bad patterns raise
re.error.
"""

import sre_compile
import sre_parse

__all__ = [ "match", "search", "sub", "subn", "split", "findall",
    "compile", "purge", "template", "escape", "I", "L", "M", "S", "X",
    "U", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "error" ]

__version__ = "2.2.1"

# flags
I = IGNORECASE = sre_compile.SRE_FLAG_IGNORECASE
L = LOCALE = sre_compile.SRE_FLAG_LOCALE
U = UNICODE = sre_compile.SRE_FLAG_UNICODE
M = MULTILINE = sre_compile.SRE_FLAG_MULTILINE
S = DOTALL = sre_compile.SRE_FLAG_DOTALL
X = VERBOSE = sre_compile.SRE_FLAG_VERBOSE

# not in the documentation
T = TEMPLATE = sre_compile.SRE_FLAG_TEMPLATE
DEBUG = sre_compile.SRE_FLAG_DEBUG

error = sre_compile.error

# -- public interface -----------------------------------------------------

def match(pattern, string, flags=0):
    """A match object if pattern matches at the start of string, else
    None."""
    return _compile(pattern, flags).match(string)

def search(pattern, string, flags=0):
    """A match object for the first place in string where pattern
    matches, or None."""
    return _compile(pattern, flags).search(string)

def sub(pattern, repl, string, count=0):
    """string with the matches of pattern (at most count of them, all if
    count is 0) replaced by repl: a template string (\\1, \\g<name>
    stand for groups) or a function of the match object."""
    return _compile(pattern, 0).sub(repl, string, count)

def subn(pattern, repl, string, count=0):
    """Like sub, but returns (new string, number of replacements)."""
    return _compile(pattern, 0).subn(repl, string, count)

def split(pattern, string, maxsplit=0):
    """The pieces of string between the matches of pattern (with the
    groups' texts between them if the pattern has groups)."""
    return _compile(pattern, 0).split(string, maxsplit)

def findall(pattern, string, flags=0):
    """The texts of all non-overlapping matches, left to right (the
    group's text if pattern has one group, a tuple of the groups' texts
    if it has several)."""
    return _compile(pattern, flags).findall(string)

__all__.append("finditer")

def finditer(pattern, string, flags=0):
    """An iterator of match objects for all non-overlapping matches."""
    return _compile(pattern, flags).finditer(string)

def compile(pattern, flags=0):
    "A compiled pattern object for pattern (cached)."
    return _compile(pattern, flags)

def purge():
    "Forget all cached compiled patterns."
    _cache.clear()
    _cache_repl.clear()

def template(pattern, flags=0):
    "Compile pattern with the TEMPLATE flag."
    return _compile(pattern, flags|T)

_PLAIN = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                   "abcdefghijklmnopqrstuvwxyz0123456789")

def escape(pattern):
    "pattern with a backslash before every character but ASCII letters and digits."
    pieces = []
    for c in pattern:
        if c in _PLAIN:
            pieces.append(c)
        elif c == "\0":
            pieces.append("\\000")
        else:
            pieces.append("\\")
            pieces.append(c)
    return pattern[:0].join(pieces)

# -- internals --------------------------------------------------------------

_cache = {}
_cache_repl = {}

_pattern_type = type(sre_compile.compile("", 0))

_MAXCACHE = 100

def _compile(pattern, flags):
    # the pattern cache: compiling is much slower than a dict lookup
    key = (type(pattern), pattern, flags)
    try:
        return _cache[key]
    except KeyError:
        pass
    except TypeError:
        # an unhashable pattern can not be a string
        raise TypeError, "first argument must be string or compiled pattern"
    if isinstance(pattern, _pattern_type):
        return pattern
    if not sre_compile.isstring(pattern):
        raise TypeError, "first argument must be string or compiled pattern"
    p = sre_compile.compile(pattern, flags)
    if len(_cache) >= _MAXCACHE:
        _cache.clear()
    _cache[key] = p
    return p

def _compile_repl(repl, pattern):
    # a parsed replacement template (used by the engine for sub and expand)
    key = (type(repl), repl, pattern)
    try:
        return _cache_repl[key]
    except KeyError:
        pass
    except TypeError:
        raise TypeError, "expected string or buffer"
    if not isinstance(repl, basestring):
        raise TypeError, "expected string or buffer"
    p = sre_parse.parse_template(repl, pattern)
    if len(_cache_repl) >= _MAXCACHE:
        _cache_repl.clear()
    _cache_repl[key] = p
    return p

def _expand(pattern, match, template):
    # match.expand in Python (the engine does the same itself)
    return sre_parse.expand_template(_compile_repl(template, pattern), match)

def _subx(pattern, template):
    # the replacement for a template: a plain string, or a function of
    # the match object
    items = _compile_repl(template, pattern)
    if len(items) == 1 and isinstance(items[0], basestring):
        return items[0]
    def expand(match, items=items):
        return sre_parse.expand_template(items, match)
    return expand

# compiled patterns pickle as their source and flags

import copy_reg

def _pickle(p):
    return _compile, (p.pattern, p.flags)

copy_reg.pickle(_pattern_type, _pickle, _compile)

# -- a simple lexer (undocumented in 2.5, but used) ------------------------

class Scanner:
    """Splits a string into tokens: lexicon is a list of (pattern,
    action) pairs; scan() returns the actions' results and the text
    that could not be scanned."""

    def __init__(self, lexicon, flags=0):
        from sre_constants import BRANCH, SUBPATTERN
        self.lexicon = lexicon
        state = sre_parse.Pattern()
        self._action_of = {}
        alternatives = []
        for index in range(len(lexicon)):
            phrase = lexicon[index][0]
            gid = state.opengroup()
            tree = sre_parse.parse(phrase, flags, state)
            state.closegroup(gid)
            # the phrase's own group closes last, so it is the lastindex
            self._action_of[gid] = index
            alternatives.append(
                sre_parse.SubPattern(state, [(SUBPATTERN, (gid, tree))]))
        state.flags = flags
        tree = sre_parse.SubPattern(state, [(BRANCH, (None, alternatives))])
        self.scanner = sre_compile.compile(tree, flags)

    def scan(self, string):
        tokens = []
        step = self.scanner.scanner(string).match
        done = 0
        while True:
            m = step()
            if m is None or m.end() == done:
                break
            action = self.lexicon[self._action_of[m.lastindex]][1]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                tokens.append(action)
            done = m.end()
        return tokens, string[done:]
