"""Text wrapping and filling.

wrap() breaks a paragraph into a list of lines no longer than a given
width; fill() joins those lines with newlines; dedent() removes the
whitespace prefix common to every line of a block of text.  The
TextWrapper class holds the options shared by wrap() and fill().
"""

__revision__ = "$Id$"

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent']

# The whitespace characters recognised when wrapping (the ASCII ones;
# other characters are never treated as spaces, even in unicode text).
_whitespace = '\t\n\x0b\x0c\r '

_LOWER = 'abcdefghijklmnopqrstuvwxyz'
_LETTERS = frozenset(_LOWER + _LOWER.upper())
_WORD_CHARS = _LETTERS | frozenset('0123456789_')
_SPACE_CHARS = frozenset(_whitespace)
# Characters after which a run of two or more hyphens is an em-dash.
_EMDASH_BEFORE = _WORD_CHARS | frozenset('!"\'&.,?')


def _word_run_end(text, i, n):
    """Index just past the run of word characters starting at i."""
    while i < n and text[i] in _WORD_CHARS:
        i += 1
    return i


def _match_hyphenated(text, i, n):
    """End of a 'hyphenated word' token starting at i, or -1.

    The token is: any punctuation (not space, not word characters), a
    run of at least two word characters ending with a letter, and one
    hyphen; it must be followed by at least two word characters of which
    one after the first is a letter."""
    j = i
    while j < n and text[j] not in _WORD_CHARS and text[j] not in _SPACE_CHARS:
        j += 1
    k = _word_run_end(text, j, n)
    if k - j < 2 or text[k - 1] not in _LETTERS:
        return -1
    if k >= n or text[k] != '-':
        return -1
    after = k + 1
    end = _word_run_end(text, after, n)
    if end - after < 2:
        return -1
    for p in xrange(after + 1, end):
        if text[p] in _LETTERS:
            return after
    return -1


def _match_emdash(text, i, n):
    """End of an em-dash ('--' or longer) token starting at i, or -1."""
    if i == 0 or text[i - 1] not in _EMDASH_BEFORE:
        return -1
    j = i
    while j < n and text[j] == '-':
        j += 1
    if j - i < 2 or j >= n or text[j] not in _WORD_CHARS:
        return -1
    return j


def _split_words(text):
    """Split text into chunks: words, whitespace runs, hyphenated word
    parts and em-dashes, in order; no chunk is empty."""
    n = len(text)
    chunks = []
    start = 0       # start of the plain text not yet emitted
    i = 0
    while i < n:
        c = text[i]
        if c in _SPACE_CHARS:
            end = i + 1
            while end < n and text[end] in _SPACE_CHARS:
                end += 1
        else:
            end = _match_hyphenated(text, i, n)
            if end < 0 and c == '-':
                end = _match_emdash(text, i, n)
        if end < 0:
            i += 1
            continue
        if start < i:
            chunks.append(text[start:i])
        chunks.append(text[i:end])
        start = i = end
    if start < n:
        chunks.append(text[start:])
    return chunks


def _ends_sentence(chunk):
    """True if chunk ends with a lowercase letter, then '.', '!' or '?',
    then an optional quote."""
    k = len(chunk)
    if k and chunk[-1] in '"\'':
        k -= 1
    if k < 2:
        return False
    return chunk[k - 1] in '.!?' and chunk[k - 2] in _LOWER


class TextWrapper:
    """Object for wrapping and filling text.

    Public attributes (set them from the constructor's keyword arguments
    or directly):
      width (default: 70)
        the greatest length of a wrapped line.
      initial_indent (default: "")
        string put at the start of the first line; counts in its length.
      subsequent_indent (default: "")
        string put at the start of every other line.
      expand_tabs (default: true)
        expand tabs to spaces before anything else.
      replace_whitespace (default: true)
        turn each whitespace character into a single space (after tab
        expansion).
      fix_sentence_endings (default: false)
        make sure sentences end with two spaces.
      break_long_words (default: true)
        split words longer than width; otherwise they go on a line of
        their own, overflowing it.
    """

    whitespace_trans = ''.join([(chr(_i) in _whitespace and ' ' or chr(_i))
                                for _i in range(256)])

    unicode_whitespace_trans = {}
    for _c in _whitespace:
        unicode_whitespace_trans[ord(_c)] = ord(u' ')
    del _c, _i

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words

    # -- internal steps, in the order wrap() uses them ----------------

    def _munge_whitespace(self, text):
        """Expand tabs and turn whitespace into spaces as configured."""
        if self.expand_tabs:
            text = text.expandtabs()
        if self.replace_whitespace:
            if isinstance(text, str):
                text = text.translate(self.whitespace_trans)
            elif isinstance(text, unicode):
                text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        """Split text into the chunks that lines are made of."""
        return _split_words(text)

    def _fix_sentence_endings(self, chunks):
        """Replace the single space after each sentence end by two."""
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Deal with a chunk too long for any line."""
        space_left = max(width - cur_len, 1)
        if self.break_long_words:
            chunk = reversed_chunks[-1]
            cur_line.append(chunk[:space_left])
            reversed_chunks[-1] = chunk[space_left:]
        elif not cur_line:
            # Give the whole word a line of its own.
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        """Assemble chunks into lines no longer than self.width."""
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)

        chunks.reverse()    # pop() from the end is cheap
        while chunks:
            cur_line = []
            cur_len = 0
            if lines:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent
            width = self.width - len(indent)

            # A line other than the first never starts with whitespace.
            if chunks[-1].strip() == '' and lines:
                del chunks[-1]

            while chunks:
                size = len(chunks[-1])
                if cur_len + size <= width:
                    cur_line.append(chunks.pop())
                    cur_len += size
                else:
                    break

            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)

            # Nor does any line end with whitespace.
            if cur_line and cur_line[-1].strip() == '':
                del cur_line[-1]

            if cur_line:
                lines.append(indent + ''.join(cur_line))
        return lines

    # -- public interface ---------------------------------------------

    def wrap(self, text):
        """wrap(text : string) -> [string]

        Return the lines of the wrapped paragraph text, without final
        newlines; each is at most self.width long."""
        text = self._munge_whitespace(text)
        chunks = self._split(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """fill(text : string) -> string

        Return text wrapped and joined into a single string."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a paragraph of text into lines of at most width characters.

    Keyword arguments are TextWrapper attributes."""
    w = TextWrapper(width=width, **kwargs)
    return w.wrap(text)


def fill(text, width=70, **kwargs):
    """Fill a paragraph of text: wrap it, then join the lines with
    newlines.  Keyword arguments are TextWrapper attributes."""
    w = TextWrapper(width=width, **kwargs)
    return w.fill(text)


def _leading_blanks(line):
    """The run of spaces and tabs at the start of line."""
    i = 0
    n = len(line)
    while i < n and line[i] in ' \t':
        i += 1
    return line[:i]


def dedent(text):
    """Remove the whitespace that starts every non-blank line of text.

    Tabs and spaces are both whitespace but differ: "  hello" and
    "\\thello" share no common prefix.  Lines made only of blanks are
    emptied first (their newline is kept) and do not count."""
    lines = text.split('\n')
    margin = None
    for idx in xrange(len(lines)):
        line = lines[idx]
        prefix = _leading_blanks(line)
        if len(prefix) == len(line):
            # Blank (spaces/tabs only) or empty line.
            if line:
                lines[idx] = line[:0]
            continue
        if margin is None:
            margin = prefix
        elif prefix.startswith(margin):
            pass
        elif margin.startswith(prefix):
            margin = prefix
        else:
            margin = prefix[:0]
    if margin:
        cut = len(margin)
        for idx in xrange(len(lines)):
            if lines[idx].startswith(margin):
                lines[idx] = lines[idx][cut:]
    return '\n'.join(lines)


if __name__ == "__main__":
    print dedent("Hello there.\n  This is indented.")
