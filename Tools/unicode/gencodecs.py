#!/usr/bin/env python3
"""Write the 8-bit character-map codecs of Lib/encodings/.

Each generated module holds one 256-entry decoding table (a unicode
string; U+FFFE marks a byte with no character) and builds its encoding
table at import time with codecs.charmap_build().

The mapping tables themselves are published facts (the Unicode
consortium's MAPPINGS files, IBM/Microsoft/Apple code page charts).  As a
convenient machine-readable source this script reads them out of the
host's Python 3 codec set, byte by byte.

Usage (from the top of the source tree):

    python3 Tools/unicode/gencodecs.py [OUTDIR]

OUTDIR defaults to Lib/encodings.
"""

import codecs
import os
import sys

# module name -> (name reported by CodecInfo, source codec in Python 3)
CHARMAP_CODECS = {}


def _add(module, codec_name=None, source=None):
    CHARMAP_CODECS[module] = (codec_name or module, source or module)


for _n in ('037 424 437 500 737 775 850 852 855 856 857 860 861 862 863 '
           '864 865 866 869 874 875 1006 1026 1140 1250 1251 1252 1253 '
           '1254 1255 1256 1257 1258').split():
    _add('cp' + _n)
for _n in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 14, 15, 16):
    _add('iso8859_%d' % _n, 'iso8859-%d' % _n)
for _n in ('koi8_r', 'koi8_u', 'mac_arabic', 'mac_croatian', 'mac_cyrillic',
           'mac_farsi', 'mac_greek', 'mac_iceland', 'mac_latin2',
           'mac_roman', 'mac_romanian', 'mac_turkish', 'hp_roman8',
           'ptcp154', 'tis_620', 'palmos'):
    _add(_n, _n.replace('_', '-'))
# Apple's Central European table; Python 3 dropped the separate module
# but the table is the one its mac_latin2 carries.
_add('mac_centeuro', 'mac-centeuro', 'mac_latin2')

# names as 2.5 reported them in CodecInfo.name
_NAMES = {
    'koi8_r': 'koi8-r', 'koi8_u': 'koi8-u', 'tis_620': 'tis-620',
    'ptcp154': 'ptcp154', 'palmos': 'palmos', 'hp_roman8': 'hp-roman8',
}
for _k, _v in _NAMES.items():
    CHARMAP_CODECS[_k] = (_v, CHARMAP_CODECS[_k][1])

HOLE = '\ufffe'


def decoding_table(source):
    chars = []
    for b in range(256):
        try:
            c = bytes([b]).decode(source)
        except UnicodeDecodeError:
            c = HOLE
        if len(c) != 1:
            raise SystemExit('%s: byte %#x decodes to %r' % (source, b, c))
        chars.append(c)
    return ''.join(chars)


def py2_literal(s):
    """A Python 2 unicode literal for s (code points below 0x10000)."""
    out = []
    for c in s:
        o = ord(c)
        if c == '\\':
            out.append('\\\\')
        elif c == "'":
            out.append("\\'")
        elif c == '\t':
            out.append('\\t')
        elif c == '\n':
            out.append('\\n')
        elif c == '\r':
            out.append('\\r')
        elif 0x20 <= o < 0x7f:
            out.append(c)
        elif o < 0x100:
            out.append('\\x%02x' % o)
        else:
            out.append('\\u%04x' % o)
    return "u'" + ''.join(out) + "'"


TEMPLATE = '''\
"""Python '%(name)s' codec: a character map (table from the published mapping)."""

import codecs


class Codec(codecs.Codec):
    def encode(self, input, errors='strict'):
        return codecs.charmap_encode(input, errors, encoding_table)

    def decode(self, input, errors='strict'):
        return codecs.charmap_decode(input, errors, decoding_table)


class IncrementalEncoder(codecs.IncrementalEncoder):
    def encode(self, input, final=False):
        return codecs.charmap_encode(input, self.errors, encoding_table)[0]


class IncrementalDecoder(codecs.IncrementalDecoder):
    def decode(self, input, final=False):
        return codecs.charmap_decode(input, self.errors, decoding_table)[0]


class StreamWriter(Codec, codecs.StreamWriter):
    pass


class StreamReader(Codec, codecs.StreamReader):
    pass


def getregentry():
    return codecs.CodecInfo(
        name='%(name)s',
        encode=Codec().encode,
        decode=Codec().decode,
        incrementalencoder=IncrementalEncoder,
        incrementaldecoder=IncrementalDecoder,
        streamreader=StreamReader,
        streamwriter=StreamWriter,
    )


decoding_table = (
%(rows)s
)

encoding_table = codecs.charmap_build(decoding_table)
'''


def render(module):
    name, source = CHARMAP_CODECS[module]
    table = decoding_table(source)
    rows = []
    for start in range(0, 256, 8):
        rows.append('    %s  # 0x%02X-0x%02X'
                    % (py2_literal(table[start:start + 8]), start, start + 7))
    return TEMPLATE % {'name': name, 'rows': '\n'.join(rows)}


def main(argv):
    outdir = argv[1] if len(argv) > 1 else os.path.join('Lib', 'encodings')
    for module in sorted(CHARMAP_CODECS):
        path = os.path.join(outdir, module + '.py')
        with open(path, 'w', encoding='ascii', newline='\n') as f:
            f.write(render(module))
    print('wrote %d codecs to %s' % (len(CHARMAP_CODECS), outdir))


if __name__ == '__main__':
    main(sys.argv)
