"""uuencode and uudecode.

encode(in_file, out_file[, name[, mode]]) writes in_file's data
uuencoded, with a 'begin <mode> <name>' line; decode(in_file[, out_file
[, mode[, quiet]]]) reverses it. Files may be given as file objects, as
file names, or as '-' for standard input / output.
"""

import binascii
import sys

try:
    import os
except ImportError:
    os = None

__all__ = ["Error", "encode", "decode"]


class Error(Exception):
    pass


def encode(in_file, out_file, name=None, mode=None):
    """uuencode in_file into out_file, naming it name (default: the
    input file's name, or '-') with permission bits mode (default: the
    input file's, or 0666)."""
    opened = []
    try:
        if in_file == '-':
            in_file = sys.stdin
        elif isinstance(in_file, basestring):
            if name is None:
                name = os.path.basename(in_file)
            if mode is None:
                try:
                    mode = os.stat(in_file).st_mode
                except AttributeError:
                    pass
            in_file = open(in_file, 'rb')
            opened.append(in_file)
        if out_file == '-':
            out_file = sys.stdout
        elif isinstance(out_file, basestring):
            out_file = open(out_file, 'w')
            opened.append(out_file)
        if name is None:
            name = '-'
        if mode is None:
            mode = 0666
        out_file.write('begin %o %s\n' % ((mode & 0777), name))
        # 45 bytes of data make one 60-character line.
        data = in_file.read(45)
        while len(data) > 0:
            out_file.write(binascii.b2a_uu(data))
            data = in_file.read(45)
        out_file.write(' \nend\n')
    finally:
        for f in opened:
            f.close()


def decode(in_file, out_file=None, mode=None, quiet=0):
    """uudecode in_file into out_file (default: the name on the begin
    line, which must not exist yet), with permission bits mode (default:
    those on the begin line). With quiet false, a warning is printed on
    stderr for lines that needed repair."""
    opened = []
    if in_file == '-':
        in_file = sys.stdin
    elif isinstance(in_file, basestring):
        in_file = open(in_file)
        opened.append(in_file)
    try:
        while True:
            hdr = in_file.readline()
            if not hdr:
                raise Error('No valid begin line found in input file')
            if not hdr.startswith('begin'):
                continue
            fields = hdr.split(' ', 2)
            if len(fields) == 3 and fields[0] == 'begin':
                try:
                    int(fields[1], 8)
                    break
                except ValueError:
                    pass
        if out_file is None:
            out_file = fields[2].rstrip()
            if os is not None and os.path.exists(out_file):
                raise Error('Cannot overwrite existing file: %s' % out_file)
        if mode is None:
            mode = int(fields[1], 8)
        if out_file == '-':
            out_file = sys.stdout
        elif isinstance(out_file, basestring):
            fp = open(out_file, 'wb')
            try:
                os.chmod(out_file, mode)
            except (AttributeError, OSError):
                pass
            out_file = fp
            opened.append(out_file)
        line = in_file.readline()
        while line and line.strip() != 'end':
            try:
                data = binascii.a2b_uu(line)
            except binascii.Error, v:
                # Some encoders pad lines with garbage: decode just the
                # length the line's count character announces.
                nbytes = (((ord(line[0]) - 32) & 63) * 4 + 5) // 3
                data = binascii.a2b_uu(line[:nbytes])
                if not quiet:
                    sys.stderr.write("Warning: %s\n" % v)
            out_file.write(data)
            line = in_file.readline()
        if not line:
            raise Error('Truncated input file')
    finally:
        for f in opened:
            f.close()


def test():
    """uuencode or (with -d) uudecode standard input or a file."""
    import optparse
    parser = optparse.OptionParser(usage='usage: %prog [-d] [-t] '
                                   '[input [output]]')
    parser.add_option('-d', '--decode', dest='decode', action='store_true',
                      default=False, help='Decode (instead of encode)?')
    parser.add_option('-t', '--text', dest='text', action='store_true',
                      default=False, help='data is text, encoded format '
                      'unix-compatible text?')
    options, args = parser.parse_args()
    if len(args) > 2:
        parser.error('incorrect number of arguments')
        sys.exit(1)
    inp = sys.stdin
    out = sys.stdout
    if len(args) > 0:
        inp = args[0]
    if len(args) > 1:
        out = args[1]
    if options.decode:
        decode(inp, out)
    else:
        encode(inp, out)

if __name__ == '__main__':
    test()
