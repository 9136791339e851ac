"""Quoted-printable encoding and decoding (RFC 1521).

Characters that are not printable ASCII, '=' itself, and (with
quotetabs) spaces and tabs are written as '=XX'; lines longer than 76
characters are broken with soft line breaks ('=' at the end of a line).
With header true, the variant for message headers (RFC 1522) is used:
spaces are written as '_'.
"""

__all__ = ["encode", "decode", "encodestring", "decodestring"]

ESCAPE = '='
MAXLINESIZE = 76
HEX = '0123456789ABCDEF'
EMPTYSTRING = ''

try:
    from binascii import a2b_qp, b2a_qp
except ImportError:
    a2b_qp = None
    b2a_qp = None


def needsquoting(c, quotetabs, header):
    """Whether the character c must be quoted."""
    if c in ' \t':
        return quotetabs
    if c == '_':
        return header
    return c == ESCAPE or not (' ' <= c <= '~')

def quote(c):
    """c as '=XX'."""
    i = ord(c)
    return ESCAPE + HEX[i // 16] + HEX[i % 16]

def ishex(c):
    """Whether c is a hexadecimal digit."""
    return '0' <= c <= '9' or 'a' <= c <= 'f' or 'A' <= c <= 'F'

def unhex(s):
    """The value of the hexadecimal digit string s."""
    value = 0
    for c in s:
        value = value * 16 + int(c, 16)
    return value


def _encode_line(line, quotetabs, header):
    # line has no line ending; returns the encoded physical lines.
    out = []
    for c in line:
        if needsquoting(c, quotetabs, header):
            out.append(quote(c))
        elif header and c == ' ':
            out.append('_')
        else:
            out.append(c)
    # Trailing whitespace would be lost in transport: quote it.
    if out and out[-1] in (' ', '\t'):
        out[-1] = quote(out[-1])
    lines = []
    current = ''
    for piece in out:
        if len(current) + len(piece) > MAXLINESIZE - 1:
            lines.append(current + '=')
            current = ''
        current = current + piece
    lines.append(current)
    return lines

def _py_encode(data, quotetabs, header):
    result = []
    lines = data.split('\n')
    ends_with_newline = data.endswith('\n')
    if ends_with_newline:
        lines = lines[:-1]
    for line in lines:
        result.extend(_encode_line(line, quotetabs, header))
    text = '\n'.join(result)
    if ends_with_newline:
        text = text + '\n'
    return text

def _py_decode(data, header):
    out = []
    lines = data.split('\n')
    last_complete = data.endswith('\n')
    if last_complete:
        lines.pop()
    for index in range(len(lines)):
        line = lines[index].rstrip(' \t\r')
        soft = False
        i = 0
        n = len(line)
        while i < n:
            c = line[i]
            if c == '_' and header:
                out.append(' ')
                i = i + 1
            elif c != ESCAPE:
                out.append(c)
                i = i + 1
            elif i + 1 == n:
                soft = True         # '=' at the end: a soft line break
                i = i + 1
            elif i + 2 < n + 1 and ishex(line[i + 1:i + 2]) and \
                    ishex(line[i + 2:i + 3]):
                out.append(chr(unhex(line[i + 1:i + 3])))
                i = i + 3
            else:
                out.append(c)       # a stray '=' is kept as is
                i = i + 1
        if not soft and (index < len(lines) - 1 or last_complete):
            out.append('\n')
    return ''.join(out)


def encodestring(s, quotetabs=0, header=0):
    """Encode the string s."""
    if b2a_qp is not None:
        return b2a_qp(s, quotetabs=quotetabs, header=header)
    return _py_encode(s, quotetabs, header)

def decodestring(s, header=0):
    """Decode the string s."""
    if a2b_qp is not None:
        return a2b_qp(s, header=header)
    return _py_decode(s, header)

def encode(input, output, quotetabs, header=0):
    """Read input (a file) to its end and write it encoded to output.
    quotetabs says whether to quote spaces and tabs too."""
    output.write(encodestring(input.read(), quotetabs, header))

def decode(input, output, header=0):
    """Read encoded data from input and write it decoded to output."""
    output.write(decodestring(input.read(), header))


def main():
    import sys
    import getopt
    try:
        opts, args = getopt.getopt(sys.argv[1:], 'td')
    except getopt.error, msg:
        sys.stdout = sys.stderr
        print msg
        print "usage: quopri [-t | -d] [file] ..."
        print "-t: quote tabs"
        print "-d: decode; default encode"
        sys.exit(2)
    deco = 0
    tabs = 0
    for o, a in opts:
        if o == '-t':
            tabs = 1
        if o == '-d':
            deco = 1
    if tabs and deco:
        sys.stdout = sys.stderr
        print "-t and -d are mutually exclusive"
        sys.exit(2)
    if not args:
        args = ['-']
    sts = 0
    for name in args:
        if name == '-':
            fp = sys.stdin
        else:
            try:
                fp = open(name)
            except IOError, msg:
                sys.stderr.write("%s: can't open (%s)\n" % (name, msg))
                sts = 1
                continue
        if deco:
            decode(fp, sys.stdout)
        else:
            encode(fp, sys.stdout, tabs)
        if fp is not sys.stdin:
            fp.close()
    if sts:
        sys.exit(sts)

if __name__ == '__main__':
    main()
