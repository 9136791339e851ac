"""Helpers for computing differences between sequences.

SequenceMatcher compares two sequences of hashable elements with the
Ratcliff/Obershelp "gestalt pattern matching" idea, extended with junk
elements: it finds the longest contiguous matching block free of junk,
then recurses on the pieces to either side.

Differ produces human-readable line-by-line deltas with intraline
change marks; ndiff() is its front end.  unified_diff() and
context_diff() produce the classic patch formats.  get_close_matches()
finds the best "good enough" matches of a word in a list, restore()
recovers either input of an ndiff delta, and HtmlDiff renders a
side-by-side comparison as an HTML table.
"""

__all__ = ['get_close_matches', 'ndiff', 'restore', 'SequenceMatcher',
           'Differ', 'IS_CHARACTER_JUNK', 'IS_LINE_JUNK', 'context_diff',
           'unified_diff', 'HtmlDiff']


def _ratio_of(matches, length):
    if length:
        return 2.0 * matches / length
    return 1.0


class SequenceMatcher:
    """Compare pairs of sequences of hashable elements.

    isjunk, if given, is a one-argument predicate telling which elements
    of the second sequence are junk (never the seed of a match).  In
    addition, when the second sequence has 200 or more elements, an
    element occurring more than 1% of the time (plus one) is treated as
    "popular" and also not used to seed matches.

    The second sequence is indexed once; to compare one sequence
    against many, set it with set_seq2() and vary the first with
    set_seq1().
    """

    def __init__(self, isjunk=None, a='', b=''):
        self.isjunk = isjunk
        self.a = self.b = None
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        """Set both sequences to compare."""
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a):
        """Set the first sequence (cheap: nothing is precomputed)."""
        if a is self.a:
            return
        self.a = a
        self.matching_blocks = self.opcodes = None

    def set_seq2(self, b):
        """Set the second sequence (it is indexed)."""
        if b is self.b:
            return
        self.b = b
        self.matching_blocks = self.opcodes = None
        self.fullbcount = None
        self._index_b()

    def _index_b(self):
        # b2j maps each element of b that may seed a match to the
        # ascending list of its positions in b.
        b = self.b
        n = len(b)
        positions = {}
        for j in xrange(n):
            elt = b[j]
            where = positions.get(elt)
            if where is None:
                positions[elt] = [j]
            else:
                where.append(j)
        popular = {}
        if n >= 200:
            for elt, where in positions.items():
                if (len(where) - 1) * 100 > n:
                    popular[elt] = 1
                    del positions[elt]
        junk = {}
        isjunk = self.isjunk
        if isjunk:
            for table in (popular, positions):
                for elt in table.keys():
                    if isjunk(elt):
                        junk[elt] = 1
                        del table[elt]
        self.b2j = positions
        self.isbjunk = junk.has_key
        self.isbpopular = popular.has_key

    def find_longest_match(self, alo, ahi, blo, bhi):
        """Find the longest matching block in a[alo:ahi] and b[blo:bhi].

        Returns (i, j, k) with a[i:i+k] == b[j:j+k], where the match
        seeded from non-junk elements is as long as possible; among the
        longest, the one starting earliest in a, then earliest in b.
        The block is then grown by equal neighbouring elements (popular,
        then junk ones) on both sides.  k is 0 if nothing matches."""
        a, b, b2j = self.a, self.b, self.b2j
        isbjunk = self.isbjunk
        best_i, best_j, best_k = alo, blo, 0
        # run[j] = length of the match ending with a[i-1], b[j]
        run = {}
        empty = []
        for i in xrange(alo, ahi):
            run_here = {}
            previous = run.get
            for j in b2j.get(a[i], empty):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                k = previous(j - 1, 0) + 1
                run_here[j] = k
                if k > best_k:
                    best_i, best_j, best_k = i - k + 1, j - k + 1, k
            run = run_here

        # Grow with equal non-junk (popular) neighbours, then with junk
        # ones, so that junk sits inside a match rather than splitting it.
        for want_junk in (False, True):
            while best_i > alo and best_j > blo and \
                  bool(isbjunk(b[best_j - 1])) == want_junk and \
                  a[best_i - 1] == b[best_j - 1]:
                best_i -= 1
                best_j -= 1
                best_k += 1
            while best_i + best_k < ahi and best_j + best_k < bhi and \
                  bool(isbjunk(b[best_j + best_k])) == want_junk and \
                  a[best_i + best_k] == b[best_j + best_k]:
                best_k += 1
        return (best_i, best_j, best_k)

    def get_matching_blocks(self):
        """Return the list of matching blocks (i, j, n), with
        a[i:i+n] == b[j:j+n], increasing in i and j, adjacent blocks
        merged, ending with the dummy (len(a), len(b), 0)."""
        if self.matching_blocks is not None:
            return self.matching_blocks
        la, lb = len(self.a), len(self.b)
        found = []
        todo = [(0, la, 0, lb)]
        while todo:
            alo, ahi, blo, bhi = todo.pop()
            i, j, k = block = self.find_longest_match(alo, ahi, blo, bhi)
            if k:
                found.append(block)
                if alo < i and blo < j:
                    todo.append((alo, i, blo, j))
                if i + k < ahi and j + k < bhi:
                    todo.append((i + k, ahi, j + k, bhi))
        found.sort()

        merged = []
        cur_i = cur_j = cur_k = 0
        for i, j, k in found:
            if cur_i + cur_k == i and cur_j + cur_k == j:
                cur_k += k
            else:
                if cur_k:
                    merged.append((cur_i, cur_j, cur_k))
                cur_i, cur_j, cur_k = i, j, k
        if cur_k:
            merged.append((cur_i, cur_j, cur_k))
        merged.append((la, lb, 0))
        self.matching_blocks = merged
        return merged

    def get_opcodes(self):
        """Return a list of (tag, i1, i2, j1, j2) 5-tuples describing how
        to turn a into b.  tag is 'replace', 'delete', 'insert' or
        'equal'; consecutive tuples cover both sequences end to end."""
        if self.opcodes is not None:
            return self.opcodes
        ops = []
        i = j = 0
        for ai, bj, size in self.get_matching_blocks():
            if i < ai and j < bj:
                ops.append(('replace', i, ai, j, bj))
            elif i < ai:
                ops.append(('delete', i, ai, j, bj))
            elif j < bj:
                ops.append(('insert', i, ai, j, bj))
            i, j = ai + size, bj + size
            if size:
                ops.append(('equal', ai, i, bj, j))
        self.opcodes = ops
        return ops

    def get_grouped_opcodes(self, n=3):
        """Yield groups of opcodes with up to n lines of context each,
        splitting wherever more than 2*n equal lines separate changes."""
        codes = list(self.get_opcodes())
        if not codes:
            codes = [("equal", 0, 1, 0, 1)]
        # Trim the context before the first and after the last change.
        tag, i1, i2, j1, j2 = codes[0]
        if tag == 'equal':
            codes[0] = (tag, max(i1, i2 - n), i2, max(j1, j2 - n), j2)
        tag, i1, i2, j1, j2 = codes[-1]
        if tag == 'equal':
            codes[-1] = (tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n))

        group = []
        for tag, i1, i2, j1, j2 in codes:
            if tag == 'equal' and i2 - i1 > 2 * n:
                group.append((tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)))
                yield group
                group = []
                i1 = max(i1, i2 - n)
                j1 = max(j1, j2 - n)
            group.append((tag, i1, i2, j1, j2))
        if group and not (len(group) == 1 and group[0][0] == 'equal'):
            yield group

    def ratio(self):
        """Return a similarity measure in [0, 1]: 2.0*M/T, M matches
        among T elements in both sequences."""
        matches = 0
        for block in self.get_matching_blocks():
            matches += block[-1]
        return _ratio_of(matches, len(self.a) + len(self.b))

    def quick_ratio(self):
        """Return an upper bound on ratio() (multiset intersection)."""
        if self.fullbcount is None:
            counts = {}
            for elt in self.b:
                counts[elt] = counts.get(elt, 0) + 1
            self.fullbcount = counts
        counts = self.fullbcount
        left = {}
        matches = 0
        for elt in self.a:
            if elt in left:
                avail = left[elt]
            else:
                avail = counts.get(elt, 0)
            left[elt] = avail - 1
            if avail > 0:
                matches += 1
        return _ratio_of(matches, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        """Return a cheap upper bound on ratio() (from the lengths)."""
        la, lb = len(self.a), len(self.b)
        return _ratio_of(min(la, lb), la + lb)


def get_close_matches(word, possibilities, n=3, cutoff=0.6):
    """Return up to n of the possibilities most similar to word (ratio
    at least cutoff), best first."""
    if not n > 0:
        raise ValueError("n must be > 0: %r" % (n,))
    if not 0.0 <= cutoff <= 1.0:
        raise ValueError("cutoff must be in [0.0, 1.0]: %r" % (cutoff,))
    scored = []
    s = SequenceMatcher()
    s.set_seq2(word)
    for x in possibilities:
        s.set_seq1(x)
        if s.real_quick_ratio() >= cutoff and \
           s.quick_ratio() >= cutoff and \
           s.ratio() >= cutoff:
            scored.append((s.ratio(), x))
    scored.sort()
    scored.reverse()
    return [x for score, x in scored[:n]]


def _count_leading(line, ch):
    """Number of leading copies of ch in line."""
    i = 0
    n = len(line)
    while i < n and line[i] == ch:
        i += 1
    return i


class Differ:
    """Produce a human-readable delta of two sequences of lines.

    Each output line starts with a two-character code:
        '- '  only in the first sequence
        '+ '  only in the second sequence
        '  '  in both
        '? '  guide marks showing changes within a line (not in either
              input; they may show tabs)
    The input lines should end with newlines; so will the output.
    linejunk and charjunk are the junk predicates used to compare lines
    and the characters of similar lines.
    """

    def __init__(self, linejunk=None, charjunk=None):
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        """Yield the delta lines turning a into b."""
        matcher = SequenceMatcher(self.linejunk, a, b)
        for tag, alo, ahi, blo, bhi in matcher.get_opcodes():
            if tag == 'replace':
                lines = self._fancy_replace(a, alo, ahi, b, blo, bhi)
            elif tag == 'delete':
                lines = self._dump('-', a, alo, ahi)
            elif tag == 'insert':
                lines = self._dump('+', b, blo, bhi)
            elif tag == 'equal':
                lines = self._dump(' ', a, alo, ahi)
            else:
                raise ValueError, 'unknown tag %r' % (tag,)
            for line in lines:
                yield line

    def _dump(self, tag, x, lo, hi):
        for i in xrange(lo, hi):
            yield '%s %s' % (tag, x[i])

    def _plain_replace(self, a, alo, ahi, b, blo, bhi):
        # The shorter block first, insertions first on a tie... no: on a
        # tie deletions come first.
        if bhi - blo < ahi - alo:
            order = (('+', b, blo, bhi), ('-', a, alo, ahi))
        else:
            order = (('-', a, alo, ahi), ('+', b, blo, bhi))
        for tag, x, lo, hi in order:
            for line in self._dump(tag, x, lo, hi):
                yield line

    def _fancy_replace(self, a, alo, ahi, b, blo, bhi):
        """Replace a block of lines by another, pairing the most similar
        lines (ratio above 0.75) and marking their differences; recurse
        on what lies before and after the pair."""
        best_ratio = 0.74
        cutoff = 0.75
        chars = SequenceMatcher(self.charjunk)
        same_i = same_j = None
        best_i = best_j = None
        for j in xrange(blo, bhi):
            bline = b[j]
            chars.set_seq2(bline)
            for i in xrange(alo, ahi):
                aline = a[i]
                if aline == bline:
                    if same_i is None:
                        same_i, same_j = i, j
                    continue
                chars.set_seq1(aline)
                if chars.real_quick_ratio() > best_ratio and \
                   chars.quick_ratio() > best_ratio and \
                   chars.ratio() > best_ratio:
                    best_ratio, best_i, best_j = chars.ratio(), i, j
        if best_ratio < cutoff:
            if same_i is None:
                for line in self._plain_replace(a, alo, ahi, b, blo, bhi):
                    yield line
                return
            # No close pair, but an identical one: synch up on it.
            best_i, best_j, best_ratio = same_i, same_j, 1.0
            identical = True
        else:
            identical = False

        for line in self._fancy_helper(a, alo, best_i, b, blo, best_j):
            yield line

        aline, bline = a[best_i], b[best_j]
        if identical:
            yield '  ' + aline
        else:
            amarks = []
            bmarks = []
            chars.set_seqs(aline, bline)
            for tag, i1, i2, j1, j2 in chars.get_opcodes():
                na, nb = i2 - i1, j2 - j1
                if tag == 'replace':
                    amarks.append('^' * na)
                    bmarks.append('^' * nb)
                elif tag == 'delete':
                    amarks.append('-' * na)
                elif tag == 'insert':
                    bmarks.append('+' * nb)
                elif tag == 'equal':
                    amarks.append(' ' * na)
                    bmarks.append(' ' * nb)
                else:
                    raise ValueError, 'unknown tag %r' % (tag,)
            for line in self._qformat(aline, bline, ''.join(amarks),
                                      ''.join(bmarks)):
                yield line

        for line in self._fancy_helper(a, best_i + 1, ahi,
                                       b, best_j + 1, bhi):
            yield line

    def _fancy_helper(self, a, alo, ahi, b, blo, bhi):
        if alo < ahi:
            if blo < bhi:
                lines = self._fancy_replace(a, alo, ahi, b, blo, bhi)
            else:
                lines = self._dump('-', a, alo, ahi)
        elif blo < bhi:
            lines = self._dump('+', b, blo, bhi)
        else:
            lines = ()
        for line in lines:
            yield line

    def _qformat(self, aline, bline, atags, btags):
        """Yield the two changed lines, each followed by its '? ' line of
        marks when it has any.  Leading tabs common to both lines are
        repeated in the mark lines so the marks line up."""
        common = min(_count_leading(aline, "\t"),
                     _count_leading(bline, "\t"))
        common = min(common, _count_leading(atags[:common], " "))
        atags = atags[common:].rstrip()
        btags = btags[common:].rstrip()

        yield "- " + aline
        if atags:
            yield "? %s%s\n" % ("\t" * common, atags)
        yield "+ " + bline
        if btags:
            yield "? %s%s\n" % ("\t" * common, btags)


def IS_LINE_JUNK(line, pat=None):
    """True for a line that is blank or holds only a single '#' (and
    whitespace)."""
    if pat is not None:
        return pat(line) is not None
    body = line.strip()
    return body == '' or body == '#'


def IS_CHARACTER_JUNK(ch, ws=" \t"):
    """True for a blank or a tab."""
    return ch in ws


def unified_diff(a, b, fromfile='', tofile='', fromfiledate='',
                 tofiledate='', n=3, lineterm='\n'):
    """Yield the lines of a unified diff of the line lists a and b, with
    n lines of context.  lineterm ends the header lines (use '' when
    the inputs have no newlines)."""
    started = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not started:
            yield '--- %s %s%s' % (fromfile, fromfiledate, lineterm)
            yield '+++ %s %s%s' % (tofile, tofiledate, lineterm)
            started = True
        first, last = group[0], group[-1]
        yield "@@ -%d,%d +%d,%d @@%s" % (first[1] + 1, last[2] - first[1],
                                         first[3] + 1, last[4] - first[3],
                                         lineterm)
        for tag, i1, i2, j1, j2 in group:
            if tag == 'equal':
                for line in a[i1:i2]:
                    yield ' ' + line
                continue
            if tag in ('replace', 'delete'):
                for line in a[i1:i2]:
                    yield '-' + line
            if tag in ('replace', 'insert'):
                for line in b[j1:j2]:
                    yield '+' + line


_CONTEXT_PREFIX = {'insert': '+ ', 'delete': '- ', 'replace': '! ',
                   'equal': '  '}


def _context_range(lo, hi):
    if hi - lo >= 2:
        return '%d,%d' % (lo + 1, hi)
    return '%d' % hi


def context_diff(a, b, fromfile='', tofile='', fromfiledate='',
                 tofiledate='', n=3, lineterm='\n'):
    """Yield the lines of a context diff of the line lists a and b, with
    n lines of context."""
    started = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not started:
            yield '*** %s %s%s' % (fromfile, fromfiledate, lineterm)
            yield '--- %s %s%s' % (tofile, tofiledate, lineterm)
            started = True
        yield '***************%s' % (lineterm,)
        yield '*** %s ****%s' % (_context_range(group[0][1], group[-1][2]),
                                 lineterm)
        for op in group:
            if op[0] in ('replace', 'delete'):
                for tag, i1, i2, j1, j2 in group:
                    if tag != 'insert':
                        for line in a[i1:i2]:
                            yield _CONTEXT_PREFIX[tag] + line
                break
        yield '--- %s ----%s' % (_context_range(group[0][3], group[-1][4]),
                                 lineterm)
        for op in group:
            if op[0] in ('replace', 'insert'):
                for tag, i1, i2, j1, j2 in group:
                    if tag != 'delete':
                        for line in b[j1:j2]:
                            yield _CONTEXT_PREFIX[tag] + line
                break


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    """Return a Differ-style delta of the line lists a and b."""
    return Differ(linejunk, charjunk).compare(a, b)


def restore(delta, which):
    """Yield one of the two sequences an ndiff()/Differ delta was made
    from: which is 1 (the first) or 2 (the second)."""
    try:
        tag = {1: "- ", 2: "+ "}[int(which)]
    except KeyError:
        raise ValueError, ('unknown delta choice (must be 1 or 2): %r'
                           % which)
    keep = ("  ", tag)
    for line in delta:
        if line[:2] in keep:
            yield line[2:]

# ------------------------------------------------------------------ HTML


def _html_escape(text):
    return text.replace("&", "&amp;").replace(">", "&gt;") \
               .replace("<", "&lt;")


_HTML_FILE = """
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
          "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">

<html>

<head>
    <meta http-equiv="Content-Type"
          content="text/html; charset=ISO-8859-1" />
    <title></title>
    <style type="text/css">%(styles)s
    </style>
</head>

<body>
    %(table)s%(legend)s
</body>

</html>"""

_HTML_STYLES = """
        table.diff {font-family:Courier; border:medium;}
        .diff_header {background-color:#e0e0e0}
        td.diff_header {text-align:right}
        .diff_next {background-color:#c0c0c0}
        .diff_add {background-color:#aaffaa}
        .diff_chg {background-color:#ffff77}
        .diff_sub {background-color:#ffaaaa}"""

_HTML_TABLE = """
    <table class="diff" id="difflib_chg_%(prefix)s_top"
           cellspacing="0" cellpadding="0" rules="groups" >
        <colgroup></colgroup> <colgroup></colgroup> <colgroup></colgroup>
        <colgroup></colgroup> <colgroup></colgroup> <colgroup></colgroup>
        %(header_row)s
        <tbody>
%(data_rows)s        </tbody>
    </table>"""

_HTML_LEGEND = """
    <table class="diff" summary="Legends">
        <tr> <th colspan="2"> Legends </th> </tr>
        <tr> <td> <table border="" summary="Colors">
                      <tr><th> Colors </th> </tr>
                      <tr><td class="diff_add">&nbsp;Added&nbsp;</td></tr>
                      <tr><td class="diff_chg">Changed</td> </tr>
                      <tr><td class="diff_sub">Deleted</td> </tr>
                  </table></td>
             <td> <table border="" summary="Links">
                      <tr><th colspan="2"> Links </th> </tr>
                      <tr><td>(f)irst change</td> </tr>
                      <tr><td>(n)ext change</td> </tr>
                      <tr><td>(t)op</td> </tr>
                  </table></td> </tr>
    </table>"""


class HtmlDiff(object):
    """Render a side-by-side comparison of two lists of lines as an
    HTML table (make_table) or a complete page (make_file), with
    intraline changes highlighted and links between changes.

    tabsize expands tabs; wrapcolumn, if given, wraps long lines;
    linejunk and charjunk are passed to ndiff()."""

    _file_template = _HTML_FILE
    _styles = _HTML_STYLES
    _table_template = _HTML_TABLE
    _legend = _HTML_LEGEND
    _default_prefix = 0

    def __init__(self, tabsize=8, wrapcolumn=None, linejunk=None,
                 charjunk=IS_CHARACTER_JUNK):
        self._tabsize = tabsize
        self._wrapcolumn = wrapcolumn
        self._linejunk = linejunk
        self._charjunk = charjunk

    def make_file(self, fromlines, tolines, fromdesc='', todesc='',
                  context=False, numlines=5):
        """Return a complete HTML page comparing the two line lists."""
        return self._file_template % dict(
            styles=self._styles, legend=self._legend,
            table=self.make_table(fromlines, tolines, fromdesc, todesc,
                                  context=context, numlines=numlines))

    def _expand(self, line):
        return line.rstrip('\r\n').expandtabs(self._tabsize)

    def _pairs(self, fromlines, tolines):
        """Turn an ndiff delta into rows (left, right, changed), each side
        being (line number or '', marked-up text) or None."""
        delta = list(ndiff(fromlines, tolines, self._linejunk,
                           self._charjunk))
        rows = []
        anum = bnum = 0
        k = 0
        n = len(delta)
        while k < n:
            code = delta[k][:2]
            text = delta[k][2:]
            if code == '  ':
                anum += 1
                bnum += 1
                rows.append(((anum, self._plain(text)),
                             (bnum, self._plain(text)), False))
                k += 1
            elif code == '- ':
                marks = None
                if k + 1 < n and delta[k + 1][:2] == '? ':
                    marks = delta[k + 1][2:]
                    k += 1
                anum += 1
                left = (anum, self._marked(text, marks, '-'))
                k += 1
                right = None
                if k < n and delta[k][:2] == '+ ':
                    text2 = delta[k][2:]
                    marks2 = None
                    if k + 1 < n and delta[k + 1][:2] == '? ':
                        marks2 = delta[k + 1][2:]
                        k += 1
                    bnum += 1
                    right = (bnum, self._marked(text2, marks2, '+'))
                    k += 1
                rows.append((left, right, True))
            elif code == '+ ':
                marks = None
                if k + 1 < n and delta[k + 1][:2] == '? ':
                    marks = delta[k + 1][2:]
                    k += 1
                bnum += 1
                rows.append((None, (bnum, self._marked(text, marks, '+')),
                             True))
                k += 1
            else:
                k += 1
        return rows

    def _plain(self, text):
        return _html_escape(self._expand(text))

    def _marked(self, text, marks, whole):
        """Escape text, highlighting the characters the marks line flags
        (or the whole line when there are no marks)."""
        text = self._expand(text)
        if marks is None:
            cls = {'-': 'diff_sub', '+': 'diff_add'}[whole]
            return '<span class="%s">%s</span>' % (cls, _html_escape(text))
        marks = marks.rstrip('\n').expandtabs(self._tabsize)
        out = []
        current = None
        for pos in range(len(text)):
            m = ' '
            if pos < len(marks):
                m = marks[pos]
            cls = {'^': 'diff_chg', '-': 'diff_sub',
                   '+': 'diff_add'}.get(m)
            if cls != current:
                if current is not None:
                    out.append('</span>')
                if cls is not None:
                    out.append('<span class="%s">' % cls)
                current = cls
            out.append(_html_escape(text[pos]))
        if current is not None:
            out.append('</span>')
        return ''.join(out)

    def _cell(self, side, prefix, which):
        if side is None:
            return ('<td class="diff_header"></td>'
                    '<td nowrap="nowrap"></td>')
        num, text = side
        return ('<td class="diff_header" id="%s%s">%s</td>'
                '<td nowrap="nowrap">%s</td>' %
                (prefix[which], num, num, text.replace(' ', '&nbsp;')))

    def make_table(self, fromlines, tolines, fromdesc='', todesc='',
                   context=False, numlines=5):
        """Return an HTML table comparing the two line lists; with
        context true only changes and numlines lines around them are
        shown."""
        prefix_id = HtmlDiff._default_prefix
        HtmlDiff._default_prefix += 1
        prefix = ['from%d_' % prefix_id, 'to%d_' % prefix_id]
        rows = self._pairs(fromlines, tolines)

        shown = range(len(rows))
        if context:
            keep = {}
            for k in range(len(rows)):
                if rows[k][2]:
                    for m in range(max(0, k - numlines),
                                   min(len(rows), k + numlines + 1)):
                        keep[m] = 1
            shown = keep.keys()
            shown.sort()

        # Navigation anchors: one per block of changes.
        change_starts = []
        for k in range(len(rows)):
            if rows[k][2] and (k == 0 or not rows[k - 1][2]):
                change_starts.append(k)

        lines = []
        previous = None
        for k in shown:
            if previous is not None and k != previous + 1:
                lines.append('        </tbody>        \n        <tbody>\n')
            previous = k
            left, right, changed = rows[k]
            nav = '<td class="diff_next"></td>'
            if k in change_starts:
                idx = change_starts.index(k)
                if idx + 1 < len(change_starts):
                    nav = ('<td class="diff_next" id="difflib_chg_%s_%d">'
                           '<a href="#difflib_chg_%s_%d">n</a></td>' %
                           (prefix[1], idx, prefix[1], idx + 1))
                else:
                    nav = ('<td class="diff_next" id="difflib_chg_%s_%d">'
                           '<a href="#difflib_chg_%s_top">t</a></td>' %
                           (prefix[1], idx, prefix[1]))
            lines.append('            <tr>%s%s%s%s</tr>\n' %
                         (nav, self._cell(left, prefix, 0),
                          nav.replace(' id="', ' data-id="'),
                          self._cell(right, prefix, 1)))
        if not rows:
            lines.append('            <tr><td class="diff_next"></td>'
                         '<td class="diff_header"></td>'
                         '<td nowrap="nowrap">No Differences Found</td>'
                         '</tr>\n')

        if fromdesc or todesc:
            header_row = ('<thead><tr>%s%s%s%s</tr></thead>' % (
                '<th class="diff_next"><br /></th>',
                '<th colspan="2" class="diff_header">%s</th>' % fromdesc,
                '<th class="diff_next"><br /></th>',
                '<th colspan="2" class="diff_header">%s</th>' % todesc))
        else:
            header_row = ''
        return self._table_template % dict(data_rows=''.join(lines),
                                           header_row=header_row,
                                           prefix=prefix[1])
