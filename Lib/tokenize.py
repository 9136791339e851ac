"""Tokenizer for Python source, in Python.

generate_tokens(readline) is a generator: readline is called with no
argument and returns one line of source per call ('' at the end), like
the readline method of a file.  Each token comes out as a 5-tuple

    (type, string, (start_row, start_col), (end_row, end_col), line)

where type is one of the numbers of the token module (operators are
all OP) or COMMENT / NL, which this module adds for comments and for
newlines that do not end a logical line.  Rows count from 1, columns
from 0; line is the physical line the token was found on.

tokenize(readline, tokeneater) calls tokeneater(*token) for each token
(printing them by default); untokenize(tokens) turns tokens back into
source text.

The scanner is written by hand rather than with regular expressions,
so this module has no dependency on re.
"""

from token import *
import token as _token

__all__ = [x for x in dir(_token) if not x.startswith('_')]
__all__ += ["COMMENT", "tokenize", "generate_tokens", "NL", "untokenize",
            "TokenError", "StopTokenizing", "printtoken"]

COMMENT = N_TOKENS
tok_name[COMMENT] = 'COMMENT'
NL = N_TOKENS + 1
tok_name[NL] = 'NL'
N_TOKENS += 2

tabsize = 8

# Descriptions of the lexical classes, as regular-expression source text,
# for programs that want to build their own matchers.  The scanner below
# does not use them.
Whitespace = r'[ \f\t]*'
Comment = r'#[^\r\n]*'
Name = r'[a-zA-Z_]\w*'
Hexnumber = r'0[xX][\da-fA-F]*[lL]?'
Octnumber = r'0[0-7]*[lL]?'
Decnumber = r'[1-9]\d*[lL]?'
Intnumber = '(' + '|'.join([Hexnumber, Octnumber, Decnumber]) + ')'
Exponent = r'[eE][-+]?\d+'
Pointfloat = r'(\d+\.\d*|\.\d+)(' + Exponent + ')?'
Expfloat = r'\d+' + Exponent
Floatnumber = '(' + Pointfloat + '|' + Expfloat + ')'
Imagnumber = r'(\d+[jJ]|' + Floatnumber + '[jJ])'
Number = '(' + '|'.join([Imagnumber, Floatnumber, Intnumber]) + ')'


class TokenError(Exception):
    pass


class StopTokenizing(Exception):
    pass


_DIGITS = '0123456789'
_HEXDIGITS = _DIGITS + 'abcdefABCDEF'
_NAME_START = ('abcdefghijklmnopqrstuvwxyz'
               'ABCDEFGHIJKLMNOPQRSTUVWXYZ_')
_NAME_CHARS = _NAME_START + _DIGITS
_BLANKS = ' \t\f'
_STRING_PREFIXES = ('', 'r', 'u', 'ur')

# Operators, longest first so that the first hit is the longest match.
_OPERATORS = ['**=', '>>=', '<<=', '//=',
              '<>', '!=', '==', '<=', '>=', '**', '//', '<<', '>>',
              '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=']
_SINGLE_OPS = '+-*/%&|^~<>()[]{}:,;.=@`'


def _scan_number(line, pos):
    """Return the end of the number literal starting at line[pos], or
    None if there is none there."""
    n = len(line)
    i = pos
    if line[i] == '0' and i + 1 < n and line[i + 1] in 'xX':
        i += 2
        while i < n and line[i] in _HEXDIGITS:
            i += 1
        if i < n and line[i] in 'lL':
            i += 1
        return i
    start_digits = i
    while i < n and line[i] in _DIGITS:
        i += 1
    int_part = i - start_digits
    is_float = False
    if i < n and line[i] == '.':
        j = i + 1
        while j < n and line[j] in _DIGITS:
            j += 1
        if int_part == 0 and j == i + 1:
            return None             # a lone '.'
        i = j
        is_float = True
    elif int_part == 0:
        return None
    if i < n and line[i] in 'eE':
        j = i + 1
        if j < n and line[j] in '+-':
            j += 1
        if j < n and line[j] in _DIGITS:
            while j < n and line[j] in _DIGITS:
                j += 1
            i = j
            is_float = True
    if i < n and line[i] in 'jJ':
        return i + 1
    if not is_float and i < n and line[i] in 'lL':
        return i + 1
    return i


def _find_string_end(line, pos, quote):
    """Search line from pos for the closing quote (one or three
    characters), honouring backslash escapes.  Returns the index just
    past it, or -1."""
    n = len(line)
    q = len(quote)
    i = pos
    while i < n:
        c = line[i]
        if c == '\\':
            i += 2
            continue
        if line.startswith(quote, i):
            return i + q
        i += 1
    return -1


def _string_opening(line, pos):
    """If a string literal starts at line[pos], return (quote, body)
    where body is the index just past the opening quote."""
    n = len(line)
    i = pos
    prefix = ''
    while i < n and line[i] in 'rRuU' and len(prefix) < 2:
        prefix += line[i].lower()
        i += 1
    if prefix not in _STRING_PREFIXES or i >= n or line[i] not in '\'"':
        return None
    q = line[i]
    if line.startswith(q * 3, i):
        return q * 3, i + 3
    return q, i + 1


def generate_tokens(readline):
    """Generate the tokens of the source that readline() yields."""
    lnum = 0
    parenlev = 0
    continued = False
    indents = [0]
    # State of a string that runs over more than one line.
    contstr = ''
    contline = None
    strstart = None
    quote = None
    line = ''

    while 1:
        try:
            line = readline()
        except StopIteration:
            line = ''
        lnum += 1
        pos = 0
        max = len(line)

        if contstr:
            if not line:
                raise TokenError, ("EOF in multi-line string", strstart)
            end = _find_string_end(line, 0, quote)
            if end >= 0:
                pos = end
                yield (STRING, contstr + line[:end], strstart,
                       (lnum, end), contline + line)
                contstr = ''
                contline = None
            elif len(quote) == 1 and not (line.endswith('\\\n') or
                                          line.endswith('\\\r\n')):
                yield (ERRORTOKEN, contstr + line, strstart,
                       (lnum, len(line)), contline)
                contstr = ''
                contline = None
                continue
            else:
                contstr += line
                contline += line
                continue

        elif parenlev == 0 and not continued:
            # At the start of a logical line: work out indentation.
            if not line:
                break
            column = 0
            while pos < max:
                c = line[pos]
                if c == ' ':
                    column += 1
                elif c == '\t':
                    column = (column // tabsize + 1) * tabsize
                elif c == '\f':
                    column = 0
                else:
                    break
                pos += 1
            if pos == max:
                break

            if line[pos] in '#\r\n':
                # A comment-only or blank line changes no indentation.
                if line[pos] == '#':
                    text = line[pos:].rstrip('\r\n')
                    nl_pos = pos + len(text)
                    yield (COMMENT, text, (lnum, pos),
                           (lnum, nl_pos), line)
                    yield (NL, line[nl_pos:], (lnum, nl_pos),
                           (lnum, len(line)), line)
                else:
                    yield (NL, line[pos:], (lnum, pos),
                           (lnum, len(line)), line)
                continue

            if column > indents[-1]:
                indents.append(column)
                yield (INDENT, line[:pos], (lnum, 0), (lnum, pos), line)
            while column < indents[-1]:
                if column not in indents:
                    raise IndentationError(
                        "unindent does not match any outer indentation "
                        "level", ("<tokenize>", lnum, pos, line))
                indents.pop()
                yield (DEDENT, '', (lnum, pos), (lnum, pos), line)

        else:
            # Inside brackets or after a backslash continuation.
            if not line:
                raise TokenError, ("EOF in multi-line statement", (lnum, 0))
            continued = False

        while pos < max:
            c = line[pos]
            if c in _BLANKS:
                pos += 1
                continue
            start = pos

            if c in _NAME_START:
                opening = _string_opening(line, pos)
                if opening is None:
                    end = pos + 1
                    while end < max and line[end] in _NAME_CHARS:
                        end += 1
                    yield (NAME, line[pos:end], (lnum, pos), (lnum, end),
                           line)
                    pos = end
                    continue
            elif c in '\'"':
                opening = _string_opening(line, pos)
            else:
                opening = None

            if opening is not None:
                q, body = opening
                end = _find_string_end(line, body, q)
                if end >= 0:
                    yield (STRING, line[start:end], (lnum, start),
                           (lnum, end), line)
                    pos = end
                    continue
                if len(q) == 3 or line.endswith('\\\n') or \
                   line.endswith('\\\r\n'):
                    # The string goes on over the next lines.
                    strstart = (lnum, start)
                    contstr = line[start:]
                    contline = line
                    quote = q
                    break
                # An unterminated one-line string: report its opening.
                end = body
                yield (ERRORTOKEN, line[start:end], (lnum, start),
                       (lnum, end), line)
                pos = end
                continue

            if c in _DIGITS or (c == '.' and pos + 1 < max and
                                line[pos + 1] in _DIGITS):
                end = _scan_number(line, pos)
                if end is not None:
                    yield (NUMBER, line[pos:end], (lnum, pos), (lnum, end),
                           line)
                    pos = end
                    continue

            if c in '\r\n':
                if parenlev > 0:
                    kind = NL
                else:
                    kind = NEWLINE
                yield (kind, line[pos:], (lnum, pos), (lnum, max), line)
                pos = max
                continue

            if c == '#':
                text = line[pos:].rstrip('\r\n')
                end = pos + len(text)
                yield (COMMENT, text, (lnum, pos), (lnum, end), line)
                pos = end
                continue

            if c == '\\':
                rest = line[pos + 1:]
                if rest in ('\n', '\r\n', '\r'):
                    continued = True
                    pos = max
                    continue

            for op in _OPERATORS:
                if line.startswith(op, pos):
                    end = pos + len(op)
                    break
            else:
                if c in _SINGLE_OPS:
                    end = pos + 1
                else:
                    end = -1
            if end > 0:
                if c in '([{':
                    parenlev += 1
                elif c in ')]}':
                    parenlev -= 1
                yield (OP, line[pos:end], (lnum, pos), (lnum, end), line)
                pos = end
                continue

            yield (ERRORTOKEN, c, (lnum, pos), (lnum, pos + 1), line)
            pos += 1

    for indent in indents[1:]:
        yield (DEDENT, '', (lnum, 0), (lnum, 0), '')
    yield (ENDMARKER, '', (lnum, 0), (lnum, 0), '')


def printtoken(type, token, start, end, line):
    srow, scol = start
    erow, ecol = end
    print "%d,%d-%d,%d:\t%s\t%s" % (srow, scol, erow, ecol,
                                     tok_name[type], repr(token))


def tokenize(readline, tokeneater=printtoken):
    """Call tokeneater(type, string, start, end, line) for each token.
    tokeneater may raise StopTokenizing to end the scan early."""
    try:
        tokenize_loop(readline, tokeneater)
    except StopTokenizing:
        pass


def tokenize_loop(readline, tokeneater):
    for tok in generate_tokens(readline):
        tokeneater(*tok)


def _untokenize_pairs(first, rest):
    """Rebuild source from (type, string) pairs: the spacing is not the
    original, but the result tokenizes the same way."""
    out = []
    indents = []
    at_line_start = False
    prev = None
    for tok in [first] + rest:
        kind, text = tok[0], tok[1]
        if kind == INDENT:
            indents.append(text)
            continue
        if kind == DEDENT:
            if indents:
                indents.pop()
            continue
        if kind in (NEWLINE, NL):
            at_line_start = True
            out.append(text)
            prev = kind
            continue
        if at_line_start:
            if indents:
                out.append(indents[-1])
            at_line_start = False
        if kind in (NAME, NUMBER):
            text += ' '
        elif kind == STRING and prev == STRING:
            text = ' ' + text
        out.append(text)
        prev = kind
    return ''.join(out)


def untokenize(iterable):
    """Turn a sequence of tokens back into source text.

    Given full 5-tuples the text comes out with the original columns;
    given (type, string) pairs it is only guaranteed to tokenize to the
    same pairs again."""
    out = []
    row, col = 1, 0
    tokens = iter(iterable)
    for tok in tokens:
        if len(tok) == 2:
            return ''.join(out) + _untokenize_pairs(tok, list(tokens))
        kind, text, start, end, line = tok
        srow, scol = start
        if srow > row:
            # Skipped lines can only be backslash continuations.
            out.append('\\\n' * (srow - row))
            row, col = srow, 0
        if scol > col:
            out.append(' ' * (scol - col))
        out.append(text)
        row, col = end
        if kind in (NEWLINE, NL):
            row += 1
            col = 0
    return ''.join(out)


if __name__ == '__main__':
    import sys
    if len(sys.argv) > 1:
        tokenize(open(sys.argv[1]).readline)
    else:
        tokenize(sys.stdin.readline)
