"""A POP3 client (the Python 2.5 poplib API; RFC 1939, and UIDL/TOP/APOP).

    M = poplib.POP3('localhost')
    M.user('name'); M.pass_('secret')
    count, size = M.stat()
    resp, lines, octets = M.retr(1)
    M.quit()

Single-line commands return the server's '+OK ...' response; multi-line
ones return (response, lines, octets).  A '-ERR' reply raises error_proto.
This build has no SSL support, so POP3_SSL is absent.
"""

import re
import socket

__all__ = ["POP3", "error_proto"]


class error_proto(Exception):
    pass


POP3_PORT = 110

CR = '\r'
LF = '\n'
CRLF = CR + LF


class POP3:
    """A session with a POP3 server; the greeting is in welcome."""

    def __init__(self, host, port=POP3_PORT):
        self.host = host
        self.port = port
        msg = "getaddrinfo returns an empty list"
        self.sock = None
        for family, socktype, proto, canonname, addr in socket.getaddrinfo(
                host, port, 0, socket.SOCK_STREAM):
            try:
                self.sock = socket.socket(family, socktype, proto)
                self.sock.connect(addr)
            except socket.error, msg:
                if self.sock:
                    self.sock.close()
                self.sock = None
                continue
            break
        if not self.sock:
            raise socket.error, msg
        self.file = self.sock.makefile('rb')
        self._debugging = 0
        self.welcome = self._getresp()

    def _putline(self, line):
        if self._debugging > 1:
            print '*put*', repr(line)
        self.sock.sendall('%s%s' % (line, CRLF))

    def _putcmd(self, line):
        if self._debugging:
            print '*cmd*', repr(line)
        self._putline(line)

    def _getline(self):
        """One line without its ending, and its length on the wire."""
        line = self.file.readline()
        if self._debugging > 1:
            print '*get*', repr(line)
        if not line:
            raise error_proto('-ERR EOF')
        octets = len(line)
        if line[-2:] == CRLF:
            return line[:-2], octets
        if line[0] == CR:
            return line[1:-1], octets
        return line[:-1], octets

    def _getresp(self):
        resp, o = self._getline()
        if self._debugging > 1:
            print '*resp*', repr(resp)
        if resp[:1] != '+':
            raise error_proto(resp)
        return resp

    def _getlongresp(self):
        resp = self._getresp()
        lines = []
        octets = 0
        line, o = self._getline()
        while line != '.':
            # A leading dot is doubled on the wire (byte-stuffing).
            if line[:2] == '..':
                o = o - 1
                line = line[1:]
            octets = octets + o
            lines.append(line)
            line, o = self._getline()
        return resp, lines, octets

    def _shortcmd(self, line):
        self._putcmd(line)
        return self._getresp()

    def _longcmd(self, line):
        self._putcmd(line)
        return self._getlongresp()

    def getwelcome(self):
        return self.welcome

    def set_debuglevel(self, level):
        self._debugging = level

    # The commands of RFC 1939.

    def user(self, user):
        return self._shortcmd('USER %s' % user)

    def pass_(self, pswd):
        return self._shortcmd('PASS %s' % pswd)

    def stat(self):
        """(message count, mailbox size)."""
        retval = self._shortcmd('STAT')
        rets = retval.split()
        if self._debugging:
            print '*stat*', repr(rets)
        return int(rets[1]), int(rets[2])

    def list(self, which=None):
        """Scan listing: of one message (a response string) or of all
        (response, ['msg octets', ...], octets)."""
        if which is not None:
            return self._shortcmd('LIST %s' % which)
        return self._longcmd('LIST')

    def retr(self, which):
        return self._longcmd('RETR %s' % which)

    def dele(self, which):
        return self._shortcmd('DELE %s' % which)

    def noop(self):
        return self._shortcmd('NOOP')

    def rset(self):
        return self._shortcmd('RSET')

    def quit(self):
        """Commit the changes, say goodbye and close."""
        try:
            resp = self._shortcmd('QUIT')
        except error_proto, val:
            resp = val
        self.file.close()
        self.sock.close()
        del self.file, self.sock
        return resp

    # Optional commands.

    def rpop(self, user):
        return self._shortcmd('RPOP %s' % user)

    timestamp = re.compile(r'\+OK.*(<[^>]+>)')

    def apop(self, user, secret):
        """Log in with APOP: an MD5 digest of the greeting's time stamp
        and the secret."""
        m = self.timestamp.match(self.welcome)
        if not m:
            raise error_proto('-ERR APOP not supported by server')
        import md5
        digest = md5.new(m.group(1) + secret).hexdigest()
        return self._shortcmd('APOP %s %s' % (user, digest))

    def top(self, which, howmuch):
        return self._longcmd('TOP %s %s' % (which, howmuch))

    def uidl(self, which=None):
        """Unique ids: of one message, or of all (as for list())."""
        if which is not None:
            return self._shortcmd('UIDL %s' % which)
        return self._longcmd('UIDL')
