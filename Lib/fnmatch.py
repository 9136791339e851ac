"""Unix shell-style wildcard matching of file names.

    *       matches everything
    ?       matches any single character
    [seq]   matches any character in seq
    [!seq]  matches any character not in seq

fnmatch() folds case as the operating system does (os.path.normcase,
when os is available); fnmatchcase() never does.  translate() returns
the equivalent regular expression source.  Matching itself is done by a
small pattern compiler here, so the module does not need re or os.
"""

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_compiled = {}
_CACHE_LIMIT = 100


def _parse_class(pat, i):
    """Parse a [...] set starting just after the '['.  Returns
    (negated, ranges, index after ']') or None when there is no closing
    bracket (then the '[' is an ordinary character)."""
    n = len(pat)
    j = i
    if j < n and pat[j] == '!':
        j += 1
    if j < n and pat[j] == ']':
        j += 1
    while j < n and pat[j] != ']':
        j += 1
    if j >= n:
        return None
    body = pat[i:j]
    negated = False
    if body[:1] == '!':
        negated = True
        body = body[1:]
    ranges = []
    k = 0
    while k < len(body):
        c = body[k]
        if k + 2 < len(body) and body[k + 1] == '-':
            ranges.append((c, body[k + 2]))
            k += 3
        else:
            ranges.append((c, c))
            k += 1
    return negated, ranges, j + 1


def _compile(pat):
    """Turn a pattern into a list of items: ('lit', text), ('any',),
    ('star',) or ('set', negated, ranges)."""
    items = []
    i = 0
    n = len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not items or items[-1] != ('star',):
                items.append(('star',))
        elif c == '?':
            items.append(('any',))
        elif c == '[':
            parsed = _parse_class(pat, i)
            if parsed is None:
                items.append(('lit', '['))
            else:
                negated, ranges, i = parsed
                items.append(('set', negated, ranges))
        else:
            if items and items[-1][0] == 'lit':
                items[-1] = ('lit', items[-1][1] + c)
            else:
                items.append(('lit', c))
    return items


def _in_set(ch, negated, ranges):
    for lo, hi in ranges:
        if lo <= ch <= hi:
            return not negated
    return negated


def _match_items(items, name):
    """Iterative wildcard match with backtracking to the last star only
    (linear in practice, never exponential)."""
    ni = len(items)
    nn = len(name)
    i = 0               # index in items
    p = 0               # index in name
    star_i = -1
    star_p = 0
    while 1:
        if i < ni:
            item = items[i]
            kind = item[0]
            if kind == 'star':
                star_i = i
                star_p = p
                i += 1
                continue
            if kind == 'lit':
                text = item[1]
                if name.startswith(text, p):
                    p += len(text)
                    i += 1
                    continue
            elif kind == 'any':
                if p < nn:
                    p += 1
                    i += 1
                    continue
            else:
                if p < nn and _in_set(name[p], item[1], item[2]):
                    p += 1
                    i += 1
                    continue
        elif p == nn:
            return True
        # Mismatch: let the last star swallow one more character.
        if star_i < 0 or star_p >= nn:
            return False
        star_p += 1
        p = star_p
        i = star_i + 1


def _normcase(s):
    try:
        import os
    except ImportError:
        return s
    return os.path.normcase(s)


def fnmatch(name, pat):
    """Test whether name matches pat, folding case where the operating
    system's file names do."""
    return fnmatchcase(_normcase(name), _normcase(pat))


def _items_for(pat):
    items = _compiled.get(pat)
    if items is None:
        if len(_compiled) >= _CACHE_LIMIT:
            _compiled.clear()
        items = _compiled[pat] = _compile(pat)
    return items


def filter(names, pat):
    """Return the subset of names that match pat."""
    pat = _normcase(pat)
    items = _items_for(pat)
    result = []
    for name in names:
        if _match_items(items, _normcase(name)):
            result.append(name)
    return result


def fnmatchcase(name, pat):
    """Test whether name matches pat, case-sensitively."""
    return _match_items(_items_for(pat), name)


def _escape_re(text):
    out = []
    for c in text:
        if 'a' <= c <= 'z' or 'A' <= c <= 'Z' or '0' <= c <= '9':
            out.append(c)
        elif c == '\000':
            out.append('\\000')
        else:
            out.append('\\' + c)
    return ''.join(out)


def translate(pat):
    """Return the regular expression source equivalent to the shell
    pattern (anchored at the end with '$')."""
    out = []
    for item in _compile(pat):
        kind = item[0]
        if kind == 'star':
            out.append('.*')
        elif kind == 'any':
            out.append('.')
        elif kind == 'lit':
            out.append(_escape_re(item[1]))
        else:
            negated, ranges = item[1], item[2]
            parts = []
            for lo, hi in ranges:
                if lo == hi:
                    parts.append(_class_char(lo))
                else:
                    parts.append(_class_char(lo) + '-' + _class_char(hi))
            body = ''.join(parts)
            if negated:
                out.append('[^' + body + ']')
            else:
                out.append('[' + body + ']')
    return ''.join(out) + '$'


def _class_char(c):
    if c in '\\]^-':
        return '\\' + c
    return c
