#! /usr/bin/env python
"""RFC 3548 data encodings: Base16, Base32 and Base64 (Python 2.5 API).

    b64encode, b64decode              Base64, optional alternative '+/' chars
    standard_b64encode, ..._b64decode the standard alphabet
    urlsafe_b64encode, ..._b64decode '-' and '_' instead of '+' and '/'
    b32encode, b32decode              Base32
    b16encode, b16decode              Base16 (upper-case hex)
    encode, decode                    Base64 between file objects
    encodestring, decodestring        Base64 in 76-character lines

Decoding errors raise TypeError, as in Python 2.5.
"""

import binascii

__all__ = [
    # the legacy interface
    'encode', 'decode', 'encodestring', 'decodestring',
    # RFC 3548
    'b64encode', 'b64decode', 'b32encode', 'b32decode',
    'b16encode', 'b16decode',
    'standard_b64encode', 'standard_b64decode',
    'urlsafe_b64encode', 'urlsafe_b64decode',
    ]

EMPTYSTRING = ''


def _translate(s, mapping):
    """s with the characters that are keys of mapping replaced."""
    table = [chr(i) for i in range(256)]
    for old, new in mapping.items():
        table[ord(old)] = new
    return s.translate(''.join(table))


# ---- Base64 ----------------------------------------------------------------

def b64encode(s, altchars=None):
    """Encode the string s in Base64.

    altchars, a string of at least two characters, replaces '+' and '/'
    in the output.  The result has no newlines.
    """
    encoded = binascii.b2a_base64(s)[:-1]
    if altchars is not None:
        return _translate(encoded, {'+': altchars[0], '/': altchars[1]})
    return encoded


def b64decode(s, altchars=None):
    """Decode the Base64 string s.

    altchars names the two characters used instead of '+' and '/'.
    Characters outside the alphabet are ignored; bad padding raises
    TypeError.
    """
    if altchars is not None:
        s = _translate(s, {altchars[0]: '+', altchars[1]: '/'})
    try:
        return binascii.a2b_base64(s)
    except binascii.Error, msg:
        # 2.5 reports a decoding problem as a TypeError
        raise TypeError(msg)


def standard_b64encode(s):
    """Encode s with the standard Base64 alphabet."""
    return b64encode(s)


def standard_b64decode(s):
    """Decode s, written with the standard Base64 alphabet."""
    return b64decode(s)


def urlsafe_b64encode(s):
    """Encode s in Base64 using '-' and '_' instead of '+' and '/'."""
    return b64encode(s, '-_')


def urlsafe_b64decode(s):
    """Decode s, Base64 written with '-' and '_' instead of '+' and '/'."""
    return b64decode(s, '-_')


# ---- Base32 ----------------------------------------------------------------

_b32alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_b32value = dict((c, i) for i, c in enumerate(_b32alphabet))

# characters of padding for the number of bytes left over in the last group
_b32pad_for_leftover = {1: 6, 2: 4, 3: 3, 4: 1}
# bytes to drop from the last decoded group, by its number of pad characters
_b32drop_for_pad = {1: 1, 3: 2, 4: 3, 6: 4}


def b32encode(s):
    """Encode the string s in Base32."""
    leftover = len(s) % 5
    if leftover:
        s += '\0' * (5 - leftover)
    out = []
    for start in range(0, len(s), 5):
        group = 0L
        for ch in s[start:start + 5]:
            group = (group << 8) | ord(ch)
        for shift in range(35, -1, -5):
            out.append(_b32alphabet[(group >> shift) & 0x1f])
    encoded = EMPTYSTRING.join(out)
    if leftover:
        npad = _b32pad_for_leftover[leftover]
        encoded = encoded[:-npad] + '=' * npad
    return encoded


def b32decode(s, casefold=False, map01=None):
    """Decode the Base32 string s.

    casefold accepts lower-case letters.  map01, if given, is the letter
    that the digit 1 stands for ('I' or 'L'); the digit 0 is then read as
    the letter O.  Bad padding or characters raise TypeError.
    """
    if len(s) % 8:
        raise TypeError('Incorrect padding')
    if map01:
        s = _translate(s, {'0': 'O', '1': map01})
    if casefold:
        s = s.upper()
    body = s.rstrip('=')
    padchars = len(s) - len(body)
    out = []
    group = 0L
    nchars = 0
    for ch in body:
        value = _b32value.get(ch)
        if value is None:
            raise TypeError('Non-base32 digit found')
        group = (group << 5) | value
        nchars += 1
        if nchars == 8:
            out.append(binascii.unhexlify('%010x' % group))
            group = 0L
            nchars = 0
    # a partial last group, padded on the right with zero digits
    group <<= 5 * (8 - nchars)
    last = binascii.unhexlify('%010x' % group)
    if padchars == 0:
        last = ''
    elif padchars in _b32drop_for_pad:
        last = last[:-_b32drop_for_pad[padchars]]
    else:
        raise TypeError('Incorrect padding')
    out.append(last)
    return EMPTYSTRING.join(out)


# ---- Base16 ----------------------------------------------------------------

def b16encode(s):
    """Encode the string s in Base16 (upper-case hexadecimal)."""
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    """Decode the Base16 string s; casefold accepts lower-case digits.

    Anything but an even number of hex digits raises TypeError.
    """
    if casefold:
        s = s.upper()
    for ch in s:
        if ch not in '0123456789ABCDEF':
            raise TypeError('Non-base16 digit found')
    return binascii.unhexlify(s)


# ---- the legacy interface ----------------------------------------------------

MAXLINESIZE = 76            # characters of output per line
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def encode(input, output):
    """Base64-encode the file object input into the file object output."""
    while True:
        chunk = input.read(MAXBINSIZE)
        if not chunk:
            break
        while len(chunk) < MAXBINSIZE:
            more = input.read(MAXBINSIZE - len(chunk))
            if not more:
                break
            chunk += more
        output.write(binascii.b2a_base64(chunk))


def decode(input, output):
    """Base64-decode the file object input into the file object output."""
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))


def encodestring(s):
    """Base64-encode s into lines of at most 76 characters, each ending
    with a newline."""
    return EMPTYSTRING.join([binascii.b2a_base64(s[i:i + MAXBINSIZE])
                             for i in range(0, len(s), MAXBINSIZE)])


def decodestring(s):
    """Decode a Base64 string made by encodestring()."""
    return binascii.a2b_base64(s)


# ---- command line ------------------------------------------------------------

def main():
    """Encode or decode a file (or standard input) to standard output."""
    import sys, getopt
    try:
        opts, args = getopt.getopt(sys.argv[1:], 'deut')
    except getopt.error, msg:
        sys.stdout = sys.stderr
        print msg
        print """usage: %s [-d|-e|-u|-t] [file|-]
        -d, -u: decode
        -e: encode (default)
        -t: encode and decode string 'Aladdin:open sesame'""" % sys.argv[0]
        sys.exit(2)
    func = encode
    for o, a in opts:
        if o == '-e': func = encode
        if o == '-d': func = decode
        if o == '-u': func = decode
        if o == '-t': test1(); return
    if args and args[0] != '-':
        f = open(args[0], 'rb')
        try:
            func(f, sys.stdout)
        finally:
            f.close()
    else:
        func(sys.stdin, sys.stdout)


def test1():
    s0 = "Aladdin:open sesame"
    s1 = encodestring(s0)
    s2 = decodestring(s1)
    print s0, repr(s1), s2


if __name__ == '__main__':
    main()
