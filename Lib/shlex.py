"""A lexical analyser for simple shell-like languages.

shlex(instream, infile, posix) reads tokens from a file-like object or
a string: words, quoted strings and single punctuation characters,
with '#' comments.  In POSIX mode quotes are removed and backslash
escapes work as in a POSIX shell.  split(s) splits a command line into
words the way a shell would.
"""

__all__ = ["shlex", "split"]

import sys

_LATIN1_LETTERS = ''.join([chr(c) for c in range(0xc0, 0x100)
                           if c not in (0xd7, 0xf7)])


class shlex:
    """The lexer.  Its attributes (commenters, wordchars, whitespace,
    quotes, escape, escapedquotes, whitespace_split, source, ...) may be
    changed to adjust what it recognises."""

    def __init__(self, instream=None, infile=None, posix=False):
        if isinstance(instream, basestring):
            from StringIO import StringIO
            instream = StringIO(instream)
        if instream is not None:
            self.instream = instream
            self.infile = infile
        else:
            self.instream = sys.stdin
            self.infile = None
        self.posix = posix
        if posix:
            self.eof = None
        else:
            self.eof = ''
        self.commenters = '#'
        self.wordchars = ('abcdefghijklmnopqrstuvwxyz'
                          'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_')
        if posix:
            self.wordchars += _LATIN1_LETTERS
        self.whitespace = ' \t\r\n'
        self.whitespace_split = False
        self.quotes = '\'"'
        self.escape = '\\'
        self.escapedquotes = '"'
        self.state = ' '
        self.pushback = []
        self.lineno = 1
        self.debug = 0
        self.token = ''
        self.filestack = []
        self.source = None
        # A character read past the end of a token, to be read again.
        self._unread = []
        if self.debug:
            print 'shlex: reading from %s, line %d' % (self.instream,
                                                       self.lineno)

    # ---- token and source stacks

    def push_token(self, tok):
        """Push a token back: get_token() will return it next."""
        if self.debug >= 1:
            print "shlex: pushing token " + repr(tok)
        self.pushback.insert(0, tok)

    def push_source(self, newstream, newfile=None):
        """Read from newstream until it ends, then go back to the
        current input."""
        if isinstance(newstream, basestring):
            from StringIO import StringIO
            newstream = StringIO(newstream)
        self.filestack.insert(0, (self.infile, self.instream, self.lineno))
        self.infile = newfile
        self.instream = newstream
        self.lineno = 1
        if self.debug:
            if newfile is not None:
                print 'shlex: pushing to file %s' % (self.infile,)
            else:
                print 'shlex: pushing to stream %s' % (self.instream,)

    def pop_source(self):
        """Close the current input and return to the previous one."""
        self.instream.close()
        (self.infile, self.instream, self.lineno) = self.filestack.pop(0)
        if self.debug:
            print 'shlex: popping to %s, line %d' % (self.instream,
                                                     self.lineno)
        self.state = ' '

    def get_token(self):
        """Return the next token (pushed-back ones first), following
        source inclusions; self.eof at the end."""
        if self.pushback:
            tok = self.pushback.pop(0)
            if self.debug >= 1:
                print "shlex: popping token " + repr(tok)
            return tok
        raw = self.read_token()
        if self.source is not None:
            while raw == self.source:
                spec = self.sourcehook(self.read_token())
                if spec:
                    newfile, newstream = spec
                    self.push_source(newstream, newfile)
                raw = self.get_token()
        while raw == self.eof:
            if not self.filestack:
                return self.eof
            self.pop_source()
            raw = self.get_token()
        if self.debug >= 1:
            if raw != self.eof:
                print "shlex: token=" + repr(raw)
            else:
                print "shlex: token=EOF"
        return raw

    # ---- the scanner

    def _getc(self):
        if self._unread:
            return self._unread.pop()
        c = self.instream.read(1)
        if c == '\n':
            self.lineno += 1
        return c

    def read_token(self):
        """Read one raw token from the input, ignoring pushback and
        source inclusion."""
        posix = self.posix
        quoted = False
        escaped_from = ' '
        token = ''
        while 1:
            c = self._getc()
            state = self.state
            if self.debug >= 3:
                print "shlex: in state", repr(state), \
                      "I see character:", repr(c)
            if state is None:
                token = ''
                break

            if state == ' ':
                if not c:
                    self.state = None
                    break
                if c in self.whitespace:
                    if token or (posix and quoted):
                        break
                    continue
                if c in self.commenters:
                    self.instream.readline()
                    self.lineno += 1
                    continue
                if posix and c in self.escape:
                    escaped_from = 'a'
                    self.state = c
                    continue
                if c in self.wordchars:
                    token = c
                    self.state = 'a'
                    continue
                if c in self.quotes:
                    if not posix:
                        token = c
                    self.state = c
                    continue
                if self.whitespace_split:
                    token = c
                    self.state = 'a'
                    continue
                # A punctuation character is a token by itself.
                token = c
                if token or (posix and quoted):
                    break
                continue

            if state in self.quotes:
                quoted = True
                if not c:
                    raise ValueError, "No closing quotation"
                if c == state:
                    if not posix:
                        token += c
                        self.state = ' '
                        break
                    self.state = 'a'
                    continue
                if posix and c in self.escape and state in self.escapedquotes:
                    escaped_from = state
                    self.state = c
                    continue
                token += c
                continue

            if state in self.escape:
                if not c:
                    raise ValueError, "No escaped character"
                # Inside quotes only the quote and the escape itself can
                # be escaped; otherwise the backslash stays.
                if escaped_from in self.quotes and c != state and \
                   c != escaped_from:
                    token += state
                token += c
                self.state = escaped_from
                continue

            # state == 'a': inside a word
            if not c:
                self.state = None
                break
            if c in self.whitespace:
                self.state = ' '
                if token or (posix and quoted):
                    break
                continue
            if c in self.commenters:
                self.instream.readline()
                self.lineno += 1
                self.state = ' '
                if token or (posix and quoted):
                    break
                continue
            if posix and c in self.quotes:
                self.state = c
                continue
            if posix and c in self.escape:
                escaped_from = 'a'
                self.state = c
                continue
            if c in self.wordchars or c in self.quotes or \
               self.whitespace_split:
                token += c
                continue
            # Punctuation ends the word; read it again as its own token.
            self._unread.append(c)
            if c == '\n':
                self.lineno -= 1
            self.state = ' '
            if token or (posix and quoted):
                break
            continue

        result = token
        if posix and not quoted and result == '':
            result = None       # the end of the input
        if self.debug > 1:
            if result:
                print "shlex: raw token=" + repr(result)
            else:
                print "shlex: raw token=EOF"
        return result

    def sourcehook(self, newfile):
        """Return (file name, open file) for a source inclusion."""
        if newfile[:1] == '"' and newfile[-1:] == '"':
            newfile = newfile[1:-1]
        if isinstance(self.infile, basestring) and \
           not newfile.startswith('/'):
            import os
            newfile = os.path.join(os.path.dirname(self.infile), newfile)
        return (newfile, open(newfile, "r"))

    def error_leader(self, infile=None, lineno=None):
        """Return the '"file", line N: ' prefix of an error message."""
        if infile is None:
            infile = self.infile
        if lineno is None:
            lineno = self.lineno
        return "\"%s\", line %d: " % (infile, lineno)

    def __iter__(self):
        return self

    def next(self):
        token = self.get_token()
        if token == self.eof:
            raise StopIteration
        return token


def split(s, comments=False):
    """Split the string s into words using shell-like syntax."""
    lex = shlex(s, posix=True)
    lex.whitespace_split = True
    if not comments:
        lex.commenters = ''
    return list(lex)


if __name__ == '__main__':
    if len(sys.argv) == 1:
        lexer = shlex()
    else:
        name = sys.argv[1]
        lexer = shlex(open(name), name)
    while 1:
        tt = lexer.get_token()
        if tt:
            print "Token: " + repr(tt)
        else:
            break
