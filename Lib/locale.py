"""Locale services.

This interpreter has no _locale C module, so, as Python 2.5 does in that
case, the "C" locale is emulated: setlocale() accepts only 'C' (or '' and
None), localeconv() describes the C locale, and strcoll/strxfrm compare
plainly. The formatting helpers (format, format_string, str, currency,
atof, atoi) honour whatever localeconv() returns, and the name helpers
(normalize, getdefaultlocale, getlocale) work on locale names alone.
"""

import sys

try:
    from _locale import *
    _have_locale = True
except ImportError:
    _have_locale = False

__all__ = ["getlocale", "getdefaultlocale", "getpreferredencoding",
           "Error", "setlocale", "resetlocale", "localeconv", "strcoll",
           "strxfrm", "str", "atof", "atoi", "format", "format_string",
           "currency", "normalize", "LC_CTYPE", "LC_COLLATE", "LC_TIME",
           "LC_MONETARY", "LC_NUMERIC", "LC_ALL", "CHAR_MAX"]

_builtin_str = str

if not _have_locale:

    class Error(Exception):
        pass

    # Category numbers as on Linux.
    LC_CTYPE = 0
    LC_NUMERIC = 1
    LC_TIME = 2
    LC_COLLATE = 3
    LC_MONETARY = 4
    LC_MESSAGES = 5
    LC_ALL = 6

    CHAR_MAX = 127

    def localeconv():
        """The numeric conventions of the C locale, as a new dict."""
        return {'grouping': [127],
                'currency_symbol': '',
                'n_sign_posn': 127,
                'p_cs_precedes': 127,
                'n_cs_precedes': 127,
                'mon_grouping': [],
                'n_sep_by_space': 127,
                'decimal_point': '.',
                'negative_sign': '',
                'positive_sign': '',
                'p_sep_by_space': 127,
                'int_curr_symbol': '',
                'p_sign_posn': 127,
                'thousands_sep': '',
                'mon_thousands_sep': '',
                'frac_digits': 127,
                'mon_decimal_point': '',
                'int_frac_digits': 127}

    def setlocale(category, value=None):
        """Only the C locale is available: value may be None (query),
        '' (the default, which is C here) or 'C'."""
        if value not in (None, '', 'C'):
            raise Error, '_locale emulation only supports "C" locale'
        return 'C'

    def strcoll(a, b):
        """Compare two strings in the locale's collation order."""
        return cmp(a, b)

    def strxfrm(s):
        """A key that sorts like s does under strcoll."""
        return s


# ------------------------------------------------------------ numbers

def _group(digits, monetary=False):
    # Insert thousands separators into a string of digits (which may have
    # leading spaces or a sign and trailing spaces). Returns the new string
    # and how many separators went in.
    conv = localeconv()
    sep = conv[monetary and 'mon_thousands_sep' or 'thousands_sep']
    grouping = conv[monetary and 'mon_grouping' or 'grouping']
    if not grouping or not sep:
        return digits, 0
    stripped = digits.rstrip()
    trailing = digits[len(stripped):]
    # The run of digits at the end of `stripped` is what gets grouped.
    start = len(stripped)
    while start > 0 and stripped[start - 1].isdigit():
        start = start - 1
    head, body = stripped[:start], stripped[start:]
    groups = []
    size = None
    for g in grouping:
        if g == CHAR_MAX:
            break
        if g != 0:
            size = g
        if size is None or not body:
            break
        if len(body) <= size:
            break
        groups.insert(0, body[-size:])
        body = body[:-size]
    else:
        # grouping ended with 0 (or ran out): the last size repeats.
        while size and len(body) > size:
            groups.insert(0, body[-size:])
            body = body[:-size]
    if body:
        groups.insert(0, body)
    result = head + sep.join(groups) + trailing
    return result, len(groups) - 1

def _strip_padding(s, amount):
    # Separators made the field wider: take as many pad spaces back.
    lpos = 0
    while amount and lpos < len(s) and s[lpos] == ' ':
        lpos = lpos + 1
        amount = amount - 1
    rpos = len(s)
    while amount and rpos > lpos and s[rpos - 1] == ' ':
        rpos = rpos - 1
        amount = amount - 1
    return s[lpos:rpos]

def format(percent, value, grouping=False, monetary=False, *additional):
    """Format one number with the single % specifier percent, using the
    locale's decimal point and, if grouping is true, its thousands
    separator (the monetary ones if monetary is true)."""
    if percent[:1] != '%' or percent.count('%') != 1:
        raise ValueError("format() must be given exactly one %char "
                         "format specifier")
    if additional:
        formatted = percent % ((value,) + additional)
    else:
        formatted = percent % value
    return _localize(formatted, percent[-1], grouping, monetary)

def _localize(formatted, kind, grouping, monetary):
    if kind in 'eEfFgG':
        parts = formatted.split('.')
        seps = 0
        if grouping:
            parts[0], seps = _group(parts[0], monetary)
        conv = localeconv()
        point = conv[monetary and 'mon_decimal_point' or 'decimal_point']
        formatted = point.join(parts)
        if seps:
            formatted = _strip_padding(formatted, seps)
    elif kind in 'diu' and grouping:
        formatted, seps = _group(formatted, monetary)
        if seps:
            formatted = _strip_padding(formatted, seps)
    return formatted

def _specifiers(f):
    # Yield (start, end, key, spec) for each % specifier of f.
    import re
    prog = re.compile(r'%(?:\((?P<key>.*?)\))?'
                      r'(?P<modifiers>[-#0-9 +*.hlL]*?)[eEfFgGdiouxXcrs%]')
    for m in prog.finditer(f):
        yield m.start(), m.end(), m.group('key'), m.group()

def format_string(f, val, grouping=False):
    """Like f % val, but numbers are formatted as by format(): with the
    locale's decimal point and, if grouping is true, its separators."""
    pieces = []
    pos = 0
    if isinstance(val, tuple):
        values = list(val)
    else:
        values = [val]
    mapping = not isinstance(val, tuple) and hasattr(val, 'keys')
    for start, end, key, spec in _specifiers(f):
        pieces.append(f[pos:start])
        pos = end
        if spec == '%%':
            pieces.append('%')
            continue
        if key is not None:
            text = spec % val
        else:
            need = spec.count('*') + 1
            if mapping and need == 1 and len(values) == 1 and \
                    values[0] is val:
                args = val
            else:
                args = tuple(values[:need])
                if len(args) < need:
                    raise TypeError("not enough arguments for format string")
                del values[:need]
            text = spec % args
        pieces.append(_localize(text, spec[-1], grouping, False))
    pieces.append(f[pos:])
    return ''.join(pieces)

def currency(val, symbol=True, grouping=False, international=False):
    """Format val as an amount of money as the locale says to."""
    conv = localeconv()
    digits = conv[international and 'int_frac_digits' or 'frac_digits']
    if digits == 127:
        raise ValueError("Currency formatting is not possible using "
                         "the 'C' locale.")
    s = format('%%.%if' % digits, abs(val), grouping, monetary=True)
    s = '<' + s + '>'       # marks where the sign may go
    if symbol:
        smb = conv[international and 'int_curr_symbol' or 'currency_symbol']
        precedes = conv[val < 0 and 'n_cs_precedes' or 'p_cs_precedes']
        separated = conv[val < 0 and 'n_sep_by_space' or 'p_sep_by_space']
        if precedes:
            s = smb + (separated and ' ' or '') + s
        else:
            s = s + (separated and ' ' or '') + smb
    sign_pos = conv[val < 0 and 'n_sign_posn' or 'p_sign_posn']
    sign = conv[val < 0 and 'negative_sign' or 'positive_sign']
    if sign_pos == 0:
        s = '(' + s + ')'
    elif sign_pos == 1:
        s = sign + s
    elif sign_pos == 2:
        s = s + sign
    elif sign_pos == 3:
        s = s.replace('<', sign)
    elif sign_pos == 4:
        s = s.replace('>', sign)
    else:
        # 127: unspecified; put the sign in front
        s = sign + s
    return s.replace('<', '').replace('>', '')

def str(val):
    """Convert a float to a string as str() does, with the locale's
    decimal point."""
    return format("%.12g", val)

def atof(string, func=float):
    """Parse a number written with the locale's separators."""
    conv = localeconv()
    sep = conv['thousands_sep']
    if sep:
        string = string.replace(sep, '')
    point = conv['decimal_point']
    if point:
        string = string.replace(point, '.')
    return func(string)

def atoi(str):
    """Parse an integer written with the locale's separators."""
    return atof(str, int)


# ------------------------------------------------------ locale names

# Common aliases of locale names, lower-cased, to full names.
locale_alias = {
    'c': 'C',
    'posix': 'C',
    'en': 'en_US.ISO8859-1',
    'english': 'en_EN.ISO8859-1',
    'american': 'en_US.ISO8859-1',
    'french': 'fr_FR.ISO8859-1',
    'german': 'de_DE.ISO8859-1',
    'deutsch': 'de_DE.ISO8859-1',
    'italian': 'it_IT.ISO8859-1',
    'spanish': 'es_ES.ISO8859-1',
    'dutch': 'nl_NL.ISO8859-1',
    'portuguese': 'pt_PT.ISO8859-1',
    'swedish': 'sv_SE.ISO8859-1',
    'danish': 'da_DK.ISO8859-1',
    'finnish': 'fi_FI.ISO8859-1',
    'norwegian': 'no_NO.ISO8859-1',
    'polish': 'pl_PL.ISO8859-2',
    'czech': 'cs_CZ.ISO8859-2',
    'hungarian': 'hu_HU.ISO8859-2',
    'greek': 'el_GR.ISO8859-7',
    'russian': 'ru_RU.ISO8859-5',
    'japanese': 'ja_JP.eucJP',
    'korean': 'ko_KR.eucKR',
    'chinese-s': 'zh_CN.eucCN',
    'chinese-t': 'zh_TW.eucTW',
    'ja': 'ja_JP.eucJP',
    'ja_jp': 'ja_JP.eucJP',
    'ko': 'ko_KR.eucKR',
    'ko_kr': 'ko_KR.eucKR',
    'zh': 'zh_CN.eucCN',
    'zh_cn': 'zh_CN.gb2312',
    'zh_tw': 'zh_TW.big5',
    'ru': 'ru_RU.ISO8859-5',
    'ru_ru': 'ru_RU.ISO8859-5',
    'uk': 'uk_UA.KOI8-U',
    'uk_ua': 'uk_UA.KOI8-U',
    'el': 'el_GR.ISO8859-7',
    'el_gr': 'el_GR.ISO8859-7',
    'tr': 'tr_TR.ISO8859-9',
    'tr_tr': 'tr_TR.ISO8859-9',
    'he': 'he_IL.ISO8859-8',
    'he_il': 'he_IL.ISO8859-8',
    'iw': 'he_IL.ISO8859-8',
    'iw_il': 'he_IL.ISO8859-8',
    'th': 'th_TH.TIS620',
    'th_th': 'th_TH.TIS620',
}

# language -> country codes whose default charset is ISO8859-1 or -2.
_latin1_langs = {
    'en': ['us', 'gb', 'au', 'ca', 'ie', 'nz', 'za', 'be', 'bw', 'dk',
           'zw', 'ph', 'sg', 'hk', 'in'],
    'de': ['de', 'at', 'ch', 'be', 'lu'],
    'fr': ['fr', 'be', 'ca', 'ch', 'lu'],
    'it': ['it', 'ch'],
    'es': ['es', 'ar', 'bo', 'cl', 'co', 'cr', 'do', 'ec', 'gt', 'hn',
           'mx', 'ni', 'pa', 'pe', 'pr', 'py', 'sv', 'us', 'uy', 've'],
    'nl': ['nl', 'be'],
    'pt': ['pt', 'br'],
    'sv': ['se', 'fi'],
    'da': ['dk'],
    'fi': ['fi'],
    'no': ['no'],
    'nb': ['no'],
    'nn': ['no'],
    'is': ['is'],
    'ca': ['es'],
    'eu': ['es'],
    'gl': ['es'],
    'ga': ['ie'],
    'af': ['za'],
    'id': ['id'],
}
_latin2_langs = {
    'pl': ['pl'], 'cs': ['cz'], 'sk': ['sk'], 'hu': ['hu'], 'hr': ['hr'],
    'sl': ['si'], 'ro': ['ro'], 'sq': ['al'], 'bs': ['ba'],
}

def _fill_aliases():
    for table, charset in ((_latin1_langs, 'ISO8859-1'),
                           (_latin2_langs, 'ISO8859-2')):
        for lang, countries in table.items():
            for country in countries:
                full = '%s_%s.%s' % (lang, country.upper(), charset)
                locale_alias.setdefault('%s_%s' % (lang, country), full)
            locale_alias.setdefault(lang, '%s_%s.%s'
                                    % (lang, countries[0].upper(), charset))
_fill_aliases()
del _fill_aliases

# Spellings of encodings in locale names -> the form the C library uses.
encoding_alias = {
    'c': 'C',
    'ascii': 'ISO8859-1',
    'utf': 'UTF-8',
    'utf8': 'UTF-8',
    'utf_8': 'UTF-8',
    'utf-8': 'UTF-8',
    'latin1': 'ISO8859-1',
    'latin_1': 'ISO8859-1',
    'iso8859': 'ISO8859-1',
    'iso88591': 'ISO8859-1',
    'iso8859-1': 'ISO8859-1',
    'iso_8859_1': 'ISO8859-1',
    'iso-8859-1': 'ISO8859-1',
    'iso88592': 'ISO8859-2',
    'iso8859-2': 'ISO8859-2',
    'iso-8859-2': 'ISO8859-2',
    'iso885915': 'ISO8859-15',
    'iso8859-15': 'ISO8859-15',
    'iso-8859-15': 'ISO8859-15',
    'iso_8859_15': 'ISO8859-15',
    'koi8r': 'KOI8-R',
    'koi8-r': 'KOI8-R',
    'koi8u': 'KOI8-U',
    'koi8-u': 'KOI8-U',
    'eucjp': 'eucJP',
    'euc-jp': 'eucJP',
    'euckr': 'eucKR',
    'euc-kr': 'eucKR',
    'big5': 'big5',
    'gb2312': 'gb2312',
    'cp1252': 'CP1252',
    'tis620': 'TIS620',
}

def normalize(localename):
    """Return the full locale name (language_COUNTRY.ENCODING) for
    localename, using the alias tables; unknown names come back
    unchanged. The encoding part, if given, is kept (in its C library
    spelling)."""
    fullname = localename.lower()
    if ':' in fullname:
        fullname = fullname.replace(':', '.')
    modifier = ''
    if '@' in fullname:
        fullname, modifier = fullname.split('@', 1)
    if '.' in fullname:
        langname, encoding = fullname.split('.')[:2]
        fullname = langname + '.' + encoding
    else:
        langname = fullname
        encoding = ''
    code = locale_alias.get(fullname)
    if code is None:
        code = locale_alias.get(langname)
        if code is None:
            return localename
        if '.' in code:
            base, defenc = code.split('.', 1)
        else:
            base, defenc = code, ''
        if encoding:
            encoding = encoding_alias.get(encoding, encoding)
        else:
            encoding = defenc
        if encoding:
            code = base + '.' + encoding
        else:
            code = base
    if modifier == 'euro' and not encoding and code != 'C':
        code = code.split('.')[0] + '.ISO8859-15'
    if modifier:
        code = code + '@' + modifier
    return code

def _parse_localename(localename):
    # 'de_DE.ISO8859-1' -> ('de_DE', 'ISO8859-1'); 'C' -> (None, None).
    code = normalize(localename)
    if '@' in code:
        code, modifier = code.split('@', 1)
        if modifier == 'euro' and '.' not in code:
            return code, 'iso-8859-15'
    if '.' in code:
        return tuple(code.split('.')[:2])
    if code == 'C':
        return None, None
    raise ValueError, 'unknown locale: %s' % localename

def _build_localename(localetuple):
    language, encoding = localetuple
    if language is None:
        language = 'C'
    if encoding is None:
        return language
    return language + '.' + encoding

def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    """(language code, encoding) of the default locale, from the first
    of the environment variables envvars that is set; (None, None) for
    the C locale or when the environment cannot be read."""
    try:
        import os
        environ = os.environ
    except (ImportError, AttributeError):
        environ = {}
    localename = 'C'
    for name in envvars:
        value = environ.get(name)
        if value:
            if name == 'LANGUAGE':
                value = value.split(':')[0]
            localename = value
            break
    return _parse_localename(localename)

def getlocale(category=LC_CTYPE):
    """(language code, encoding) of the current setting of category."""
    localename = setlocale(category)
    if category == LC_ALL and ';' in localename:
        raise TypeError, 'category LC_ALL is not supported'
    return _parse_localename(localename)

def resetlocale(category=LC_ALL):
    """Set category to the default locale (see getdefaultlocale)."""
    setlocale(category, _build_localename(getdefaultlocale()))

def getpreferredencoding(do_setlocale=True):
    """The encoding text data is most likely in, from the environment's
    locale; 'ANSI_X3.4-1968' (ASCII) in the C locale."""
    try:
        encoding = getdefaultlocale()[1]
    except ValueError:
        encoding = None
    if encoding is None:
        return 'ANSI_X3.4-1968'
    return encoding
