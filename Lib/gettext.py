"""Message catalogs for internationalisation, compatible with GNU gettext.

The class-based interface:

    t = gettext.translation('myapp', '/usr/share/locale', fallback=True)
    _ = t.gettext
    print _('Hello')

translation() looks for <localedir>/<lang>/LC_MESSAGES/<domain>.mo for
each language in turn (from the languages argument or the LANGUAGE,
LC_ALL, LC_MESSAGES and LANG environment variables) and reads the binary
.mo catalogs with GNUTranslations. install() puts _() into the built-in
namespace. The GNU-style module functions (textdomain, bindtextdomain,
dgettext, ...) are provided too.
"""

import sys
import struct
import copy

try:
    import os
except ImportError:
    os = None

__all__ = ['NullTranslations', 'GNUTranslations', 'Catalog',
           'find', 'translation', 'install', 'textdomain', 'bindtextdomain',
           'dgettext', 'dngettext', 'gettext', 'ngettext',
           ]

# (a sandbox's sys may have no prefix)
_default_localedir = getattr(sys, 'prefix', '') + '/share/locale'


# ------------------------------------------------------------------
# Plural-Forms expressions.
#
# A .mo header gives e.g. "nplurals=3; plural=n%10==1 && n%100!=11 ? 0 :
# ...;" in C syntax. The expression is parsed here into nested Python
# closures; nothing is ever eval()ed, so a hostile catalog can at worst
# give a ValueError.

def _plural_tokens(text):
    tokens = []
    i = 0
    two = ('||', '&&', '==', '!=', '<=', '>=')
    while i < len(text):
        c = text[i]
        if c in ' \t\r\n':
            i = i + 1
        elif c.isdigit():
            j = i
            while j < len(text) and text[j].isdigit():
                j = j + 1
            tokens.append(('num', int(text[i:j])))
            i = j
        elif c == 'n' and not text[i + 1:i + 2].isalnum():
            tokens.append(('n', None))
            i = i + 1
        elif text[i:i + 2] in two:
            tokens.append(('op', text[i:i + 2]))
            i = i + 2
        elif c in '?:()+-*/%<>!':
            tokens.append(('op', c))
            i = i + 1
        else:
            raise ValueError('plural forms expression could be dangerous')
    tokens.append(('end', None))
    return tokens

def _c_div(a, b):
    # C integer division truncates toward zero.
    if b == 0:
        raise ZeroDivisionError('integer division or modulo by zero')
    q = abs(a) // abs(b)
    if (a < 0) != (b < 0):
        q = -q
    return q

def _c_mod(a, b):
    return a - b * _c_div(a, b)

_binary_ops = {
    '||': lambda a, b: a or b,
    '&&': lambda a, b: a and b,
    '==': lambda a, b: a == b,
    '!=': lambda a, b: a != b,
    '<': lambda a, b: a < b,
    '>': lambda a, b: a > b,
    '<=': lambda a, b: a <= b,
    '>=': lambda a, b: a >= b,
    '+': lambda a, b: a + b,
    '-': lambda a, b: a - b,
    '*': lambda a, b: a * b,
    '/': _c_div,
    '%': _c_mod,
}

# Binary operator precedence levels, loosest first.
_levels = [('||',), ('&&',), ('==', '!='), ('<', '>', '<=', '>='),
           ('+', '-'), ('*', '/', '%')]

def _ternary_closure(cond, yes, no):
    def pick(n):
        if cond(n):
            return yes(n)
        return no(n)
    return pick

class _PluralParser:

    def __init__(self, text):
        self.tokens = _plural_tokens(text)
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos]

    def take(self):
        tok = self.tokens[self.pos]
        self.pos = self.pos + 1
        return tok

    def expect(self, op):
        if self.take() != ('op', op):
            raise ValueError('plural forms expression error, maybe '
                             'unbalanced parenthesis')

    def parse(self):
        fn = self.ternary()
        if self.peek()[0] != 'end':
            raise ValueError('plural forms expression error, maybe '
                             'unbalanced parenthesis')
        return fn

    def ternary(self):
        cond = self.binary(0)
        if self.peek() != ('op', '?'):
            return cond
        self.take()
        yes = self.ternary()
        self.expect(':')
        no = self.ternary()
        return _ternary_closure(cond, yes, no)

    def binary(self, level):
        if level == len(_levels):
            return self.unary()
        left = self.binary(level + 1)
        while self.peek()[0] == 'op' and self.peek()[1] in _levels[level]:
            op = _binary_ops[self.take()[1]]
            right = self.binary(level + 1)
            left = self._combine(op, left, right)
        return left

    def _combine(self, op, left, right):
        return lambda n: int(op(left(n), right(n)))

    def unary(self):
        tok = self.take()
        if tok == ('op', '!'):
            inner = self.unary()
            return lambda n: int(not inner(n))
        if tok == ('op', '-'):
            inner = self.unary()
            return lambda n: -inner(n)
        if tok == ('op', '('):
            inner = self.ternary()
            self.expect(')')
            return inner
        if tok[0] == 'num':
            value = tok[1]
            return lambda n: value
        if tok[0] == 'n':
            return lambda n: n
        raise ValueError('plural forms expression error, maybe '
                         'unbalanced parenthesis')

def c2py(plural):
    """Turn a C plural-forms expression into a function of n."""
    fn = _PluralParser(plural).parse()
    def func(n):
        return int(fn(n))
    return func



# ------------------------------------------------------------------
# Locale names

def _expand_lang(localename):
    """The names to try for a locale, most specific first:
    lang_TERRITORY.codeset@modifier down to lang."""
    from locale import normalize
    localename = normalize(localename)
    modifier = codeset = territory = ''
    pos = localename.find('@')
    if pos >= 0:
        modifier = localename[pos:]
        localename = localename[:pos]
    pos = localename.find('.')
    if pos >= 0:
        codeset = localename[pos:]
        localename = localename[:pos]
    pos = localename.find('_')
    if pos >= 0:
        territory = localename[pos:]
        localename = localename[:pos]
    language = localename
    names = []
    # Every combination of the optional parts present, from all of them
    # down to none (territory weighs more than codeset, modifier most).
    parts = [modifier, territory, codeset]
    for mask in range(7, -1, -1):
        chosen = [bool(mask & 4), bool(mask & 2), bool(mask & 1)]
        ok = True
        for want, part in zip(chosen, parts):
            if want and not part:
                ok = False
        if not ok:
            continue
        name = language
        if chosen[1]:
            name = name + territory
        if chosen[2]:
            name = name + codeset
        if chosen[0]:
            name = name + modifier
        names.append(name)
    return names


# ------------------------------------------------------------------
# Translation classes

class NullTranslations:
    """Translates nothing: every message comes back unchanged (unless a
    fallback added with add_fallback translates it). Base class of the
    real translation classes."""

    def __init__(self, fp=None):
        self._info = {}
        self._charset = None
        self._output_charset = None
        self._fallback = None
        if fp is not None:
            self._parse(fp)

    def _parse(self, fp):
        pass

    def add_fallback(self, fallback):
        """Consult fallback for messages this catalog lacks (appended at
        the end of the chain of fallbacks)."""
        if self._fallback:
            self._fallback.add_fallback(fallback)
        else:
            self._fallback = fallback

    def gettext(self, message):
        if self._fallback:
            return self._fallback.gettext(message)
        return message

    def lgettext(self, message):
        if self._fallback:
            return self._fallback.lgettext(message)
        return message

    def ngettext(self, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.ngettext(msgid1, msgid2, n)
        if n == 1:
            return msgid1
        return msgid2

    def lngettext(self, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.lngettext(msgid1, msgid2, n)
        if n == 1:
            return msgid1
        return msgid2

    def ugettext(self, message):
        if self._fallback:
            return self._fallback.ugettext(message)
        return unicode(message)

    def ungettext(self, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.ungettext(msgid1, msgid2, n)
        if n == 1:
            return unicode(msgid1)
        return unicode(msgid2)

    def info(self):
        """The catalog's metadata header, as a dict of lower-cased keys."""
        return self._info

    def charset(self):
        return self._charset

    def output_charset(self):
        return self._output_charset

    def set_output_charset(self, charset):
        self._output_charset = charset

    def install(self, unicode=False, names=None):
        """Bind _ (and any of 'gettext', 'lgettext', 'ngettext',
        'lngettext', 'ugettext', 'ungettext' listed in names) in the
        built-in namespace."""
        import __builtin__
        if unicode:
            __builtin__.__dict__['_'] = self.ugettext
        else:
            __builtin__.__dict__['_'] = self.gettext
        if names is not None:
            for name in names:
                if name in ('gettext', 'lgettext', 'ngettext', 'lngettext',
                            'ugettext', 'ungettext'):
                    __builtin__.__dict__[name] = getattr(self, name)


class GNUTranslations(NullTranslations):
    """Reads a GNU .mo catalog (either byte order)."""

    LE_MAGIC = 0x950412deL
    BE_MAGIC = 0xde120495L

    def _parse(self, fp):
        self.plural = lambda n: int(n != 1)
        self._catalog = catalog = {}
        filename = getattr(fp, 'name', '')
        buf = fp.read()
        buflen = len(buf)
        if buflen < 20:
            raise IOError(0, 'Bad magic number', filename)
        magic = struct.unpack('<I', buf[:4])[0]
        if magic == self.LE_MAGIC:
            order = '<'
        elif magic == self.BE_MAGIC:
            order = '>'
        else:
            raise IOError(0, 'Bad magic number', filename)
        version, count, origtab, transtab = struct.unpack(order + '4I',
                                                          buf[4:20])
        for i in xrange(count):
            lo = origtab + 8 * i
            to = transtab + 8 * i
            if lo + 8 > buflen or to + 8 > buflen:
                raise IOError(0, 'File is corrupt', filename)
            mlen, moff = struct.unpack(order + '2I', buf[lo:lo + 8])
            tlen, toff = struct.unpack(order + '2I', buf[to:to + 8])
            if moff + mlen > buflen or toff + tlen > buflen:
                raise IOError(0, 'File is corrupt', filename)
            msg = buf[moff:moff + mlen]
            tmsg = buf[toff:toff + tlen]
            if mlen == 0:
                self._parse_header(tmsg)
            if '\x00' in msg:
                # Plural entry: msgid NUL msgid_plural -> forms NUL ...
                msgid1 = msg.split('\x00')[0]
                forms = tmsg.split('\x00')
                if self._charset:
                    msgid1 = unicode(msgid1, self._charset)
                    forms = [unicode(x, self._charset) for x in forms]
                for index in range(len(forms)):
                    catalog[(msgid1, index)] = forms[index]
            else:
                if self._charset:
                    msg = unicode(msg, self._charset)
                    tmsg = unicode(tmsg, self._charset)
                catalog[msg] = tmsg

    def _parse_header(self, text):
        lastkey = None
        for line in text.split('\n'):
            line = line.strip()
            if not line:
                continue
            if ':' in line:
                key, value = line.split(':', 1)
                key = key.strip().lower()
                value = value.strip()
                self._info[key] = value
                lastkey = key
            elif lastkey:
                self._info[lastkey] = self._info[lastkey] + '\n' + line
            if lastkey == 'content-type' and 'charset=' in \
                    self._info['content-type']:
                self._charset = self._info['content-type'] \
                    .split('charset=')[1].split(';')[0].strip()
            elif lastkey == 'plural-forms':
                for part in self._info['plural-forms'].split(';'):
                    part = part.strip()
                    if part.startswith('plural='):
                        self.plural = c2py(part[len('plural='):])

    def _encode(self, text, for_locale=False):
        if self._output_charset:
            return text.encode(self._output_charset)
        if for_locale:
            import locale
            return text.encode(locale.getpreferredencoding())
        if self._charset and isinstance(text, unicode):
            return text.encode(self._charset)
        return text

    def gettext(self, message):
        try:
            tmsg = self._catalog[message]
        except KeyError:
            if self._fallback:
                return self._fallback.gettext(message)
            return message
        return self._encode(tmsg)

    def lgettext(self, message):
        try:
            tmsg = self._catalog[message]
        except KeyError:
            if self._fallback:
                return self._fallback.lgettext(message)
            return message
        return self._encode(tmsg, True)

    def ngettext(self, msgid1, msgid2, n):
        try:
            tmsg = self._catalog[(msgid1, self.plural(n))]
        except KeyError:
            if self._fallback:
                return self._fallback.ngettext(msgid1, msgid2, n)
            if n == 1:
                return msgid1
            return msgid2
        return self._encode(tmsg)

    def lngettext(self, msgid1, msgid2, n):
        try:
            tmsg = self._catalog[(msgid1, self.plural(n))]
        except KeyError:
            if self._fallback:
                return self._fallback.lngettext(msgid1, msgid2, n)
            if n == 1:
                return msgid1
            return msgid2
        return self._encode(tmsg, True)

    def ugettext(self, message):
        try:
            tmsg = self._catalog[message]
        except KeyError:
            if self._fallback:
                return self._fallback.ugettext(message)
            return unicode(message)
        return unicode(tmsg)

    def ungettext(self, msgid1, msgid2, n):
        try:
            tmsg = self._catalog[(msgid1, self.plural(n))]
        except KeyError:
            if self._fallback:
                return self._fallback.ungettext(msgid1, msgid2, n)
            if n == 1:
                return unicode(msgid1)
            return unicode(msgid2)
        return unicode(tmsg)


# ------------------------------------------------------------------
# Finding and loading catalogs

def find(domain, localedir=None, languages=None, all=0):
    """The path of the .mo file for domain (or, with all true, the list
    of all that exist, most preferred first); None if there is none."""
    if localedir is None:
        localedir = _default_localedir
    if languages is None:
        languages = []
        environ = {}
        if os is not None:
            environ = os.environ
        for envar in ('LANGUAGE', 'LC_ALL', 'LC_MESSAGES', 'LANG'):
            val = environ.get(envar)
            if val:
                languages = val.split(':')
                break
        if 'C' not in languages:
            languages.append('C')
    expanded = []
    for lang in languages:
        for name in _expand_lang(lang):
            if name not in expanded:
                expanded.append(name)
    result = []
    for lang in expanded:
        if lang == 'C':
            break
        if os is None:
            break
        mofile = os.path.join(localedir, lang, 'LC_MESSAGES',
                              '%s.mo' % domain)
        if os.path.exists(mofile):
            if not all:
                return mofile
            result.append(mofile)
    if all:
        return result
    return None

# Catalogs already read, keyed by (class, absolute path).
_translations = {}

def translation(domain, localedir=None, languages=None, class_=None,
                fallback=False, codeset=None):
    """A translation object for domain: a GNUTranslations (or class_)
    for the best catalog found, with the other catalogs found as
    fallbacks. Without any catalog: NullTranslations() if fallback is
    true, else IOError."""
    if class_ is None:
        class_ = GNUTranslations
    mofiles = find(domain, localedir, languages, all=1)
    if not mofiles:
        if fallback:
            return NullTranslations()
        import errno
        raise IOError(errno.ENOENT,
                      'No translation file found for domain', domain)
    result = None
    for mofile in mofiles:
        key = (class_, os.path.abspath(mofile))
        t = _translations.get(key)
        if t is None:
            f = open(mofile, 'rb')
            try:
                t = class_(f)
            finally:
                f.close()
            _translations[key] = t
        # Copies share the catalog but not the fallback chain or charset.
        t = copy.copy(t)
        if codeset:
            t.set_output_charset(codeset)
        if result is None:
            result = t
        else:
            result.add_fallback(t)
    return result

def install(domain, localedir=None, unicode=False, codeset=None,
            names=None):
    """Install _() for domain in the built-in namespace (with a
    NullTranslations when no catalog is found)."""
    t = translation(domain, localedir, fallback=True, codeset=codeset)
    t.install(unicode, names)


# ------------------------------------------------------------------
# The GNU gettext-style interface

_localedirs = {}
_localecodesets = {}
_current_domain = 'messages'

def textdomain(domain=None):
    """Set the current domain if domain is given; return the current
    domain."""
    global _current_domain
    if domain is not None:
        _current_domain = domain
    return _current_domain

def bindtextdomain(domain, localedir=None):
    """Bind domain to localedir if given; return the binding."""
    if localedir is not None:
        _localedirs[domain] = localedir
    return _localedirs.get(domain, _default_localedir)

def bind_textdomain_codeset(domain, codeset=None):
    """Bind domain's output charset if given; return the binding."""
    if codeset is not None:
        _localecodesets[domain] = codeset
    return _localecodesets.get(domain)

def _domain_translation(domain):
    try:
        return translation(domain, _localedirs.get(domain, None),
                           codeset=_localecodesets.get(domain))
    except IOError:
        return None

def dgettext(domain, message):
    t = _domain_translation(domain)
    if t is None:
        return message
    return t.gettext(message)

def ldgettext(domain, message):
    t = _domain_translation(domain)
    if t is None:
        return message
    return t.lgettext(message)

def dngettext(domain, msgid1, msgid2, n):
    t = _domain_translation(domain)
    if t is None:
        if n == 1:
            return msgid1
        return msgid2
    return t.ngettext(msgid1, msgid2, n)

def ldngettext(domain, msgid1, msgid2, n):
    t = _domain_translation(domain)
    if t is None:
        if n == 1:
            return msgid1
        return msgid2
    return t.lngettext(msgid1, msgid2, n)

def gettext(message):
    return dgettext(_current_domain, message)

def lgettext(message):
    return ldgettext(_current_domain, message)

def ngettext(msgid1, msgid2, n):
    return dngettext(_current_domain, msgid1, msgid2, n)

def lngettext(msgid1, msgid2, n):
    return ldngettext(_current_domain, msgid1, msgid2, n)

# Kept for old code: Catalog was the original name of translation().
Catalog = translation
