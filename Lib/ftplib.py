"""An FTP client (the Python 2.5 ftplib API; RFC 959, with EPRT/EPSV of
RFC 2428 for IPv6).

    ftp = ftplib.FTP('localhost')
    ftp.login()                         # anonymous
    ftp.retrlines('LIST')
    ftp.retrbinary('RETR file', open('file', 'wb').write)
    ftp.quit()

Replies starting with 4 raise error_temp, with 5 error_perm, unexpected
ones error_reply or error_proto.  Passive mode is the default.
"""

import re
import sys
import socket

__all__ = ["FTP", "Netrc"]

MSG_OOB = 0x1                           # urgent data, for ABOR

FTP_PORT = 21


class Error(Exception): pass
class error_reply(Error): pass          # an unexpected [123]xx reply
class error_temp(Error): pass           # 4xx
class error_perm(Error): pass           # 5xx
class error_proto(Error): pass          # a reply that is not [1-5]xx

# Everything a network operation may raise.
all_errors = (Error, socket.error, IOError, EOFError)

CRLF = '\r\n'


class FTP:
    """A session with an FTP server."""

    debugging = 0
    host = ''
    port = FTP_PORT
    sock = None
    file = None
    welcome = None
    passiveserver = 1

    def __init__(self, host='', user='', passwd='', acct=''):
        if host:
            self.connect(host)
            if user:
                self.login(user, passwd, acct)

    def connect(self, host='', port=0):
        """Connect and return the server's greeting."""
        if host != '':
            self.host = host
        if port > 0:
            self.port = port
        msg = "getaddrinfo returns an empty list"
        for family, socktype, proto, canonname, addr in socket.getaddrinfo(
                self.host, self.port, 0, socket.SOCK_STREAM):
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
        self.af = family
        self.file = self.sock.makefile('rb')
        self.welcome = self.getresp()
        return self.welcome

    def getwelcome(self):
        if self.debugging:
            print '*welcome*', self.sanitize(self.welcome)
        return self.welcome

    def set_debuglevel(self, level):
        """0: quiet, 1: commands and replies, 2: every line."""
        self.debugging = level

    debug = set_debuglevel

    def set_pasv(self, val):
        self.passiveserver = val

    def sanitize(self, s):
        # Passwords are not shown in debugging output.
        if s[:5] == 'pass ' or s[:5] == 'PASS ':
            end = len(s)
            while end > 5 and s[end - 1] in '\r\n':
                end = end - 1
            s = s[:5] + '*' * (end - 5) + s[end:]
        return repr(s)

    # The control connection.

    def putline(self, line):
        line = line + CRLF
        if self.debugging > 1:
            print '*put*', self.sanitize(line)
        self.sock.sendall(line)

    def putcmd(self, line):
        if self.debugging:
            print '*cmd*', self.sanitize(line)
        self.putline(line)

    def getline(self):
        line = self.file.readline()
        if self.debugging > 1:
            print '*get*', self.sanitize(line)
        if not line:
            raise EOFError
        if line[-2:] == CRLF:
            line = line[:-2]
        elif line[-1:] in CRLF:
            line = line[:-1]
        return line

    def getmultiline(self):
        """A reply; the lines of a multi-line one ('123-...' up to
        '123 ...') are joined with newlines."""
        line = self.getline()
        if line[3:4] == '-':
            code = line[:3]
            while True:
                nextline = self.getline()
                line = line + ('\n' + nextline)
                if nextline[:3] == code and nextline[3:4] != '-':
                    break
        return line

    def getresp(self):
        resp = self.getmultiline()
        if self.debugging:
            print '*resp*', self.sanitize(resp)
        self.lastresp = resp[:3]
        c = resp[:1]
        if c in ('1', '2', '3'):
            return resp
        if c == '4':
            raise error_temp, resp
        if c == '5':
            raise error_perm, resp
        raise error_proto, resp

    def voidresp(self):
        """A reply that must be 2xx."""
        resp = self.getresp()
        if resp[:1] != '2':
            raise error_reply, resp
        return resp

    def abort(self):
        """Abort a transfer in progress (sent as urgent data)."""
        line = 'ABOR' + CRLF
        if self.debugging > 1:
            print '*put urgent*', self.sanitize(line)
        self.sock.sendall(line, MSG_OOB)
        resp = self.getmultiline()
        if resp[:3] not in ('426', '226'):
            raise error_proto, resp

    def sendcmd(self, cmd):
        self.putcmd(cmd)
        return self.getresp()

    def voidcmd(self, cmd):
        self.putcmd(cmd)
        return self.voidresp()

    # Data connections.

    def sendport(self, host, port):
        """PORT h1,h2,h3,h4,p1,p2 for an IPv4 address."""
        fields = host.split('.') + [repr(port // 256), repr(port % 256)]
        return self.voidcmd('PORT ' + ','.join(fields))

    def sendeprt(self, host, port):
        """EPRT |af|host|port| (RFC 2428)."""
        af = 0
        if self.af == socket.AF_INET:
            af = 1
        if getattr(socket, 'AF_INET6', None) is not None and \
           self.af == socket.AF_INET6:
            af = 2
        if af == 0:
            raise error_proto, 'unsupported address family'
        return self.voidcmd('EPRT ' + '|'.join(['', repr(af), host,
                                                repr(port), '']))

    def makeport(self):
        """Listen for the server's data connection (active mode)."""
        msg = "getaddrinfo returns an empty list"
        sock = None
        for family, socktype, proto, canonname, addr in socket.getaddrinfo(
                None, 0, self.af, socket.SOCK_STREAM, 0, socket.AI_PASSIVE):
            try:
                sock = socket.socket(family, socktype, proto)
                sock.bind(addr)
            except socket.error, msg:
                if sock:
                    sock.close()
                sock = None
                continue
            break
        if not sock:
            raise socket.error, msg
        sock.listen(1)
        port = sock.getsockname()[1]
        host = self.sock.getsockname()[0]
        if self.af == socket.AF_INET:
            self.sendport(host, port)
        else:
            self.sendeprt(host, port)
        return sock

    def makepasv(self):
        if self.af == socket.AF_INET:
            host, port = parse227(self.sendcmd('PASV'))
        else:
            host, port = parse229(self.sendcmd('EPSV'),
                                  self.sock.getpeername())
        return host, port

    def ntransfercmd(self, cmd, rest=None):
        """Start a transfer: returns (data connection, expected size or
        None).  rest is sent as a REST offset first."""
        size = None
        if self.passiveserver:
            host, port = self.makepasv()
            conn = None
            msg = "getaddrinfo returns an empty list"
            for family, socktype, proto, canonname, addr in \
                    socket.getaddrinfo(host, port, 0, socket.SOCK_STREAM):
                try:
                    conn = socket.socket(family, socktype, proto)
                    conn.connect(addr)
                except socket.error, msg:
                    if conn:
                        conn.close()
                    conn = None
                    continue
                break
            if conn is None:
                raise socket.error, msg
            try:
                if rest is not None:
                    self.sendcmd("REST %s" % rest)
                resp = self.sendcmd(cmd)
                # A 2xx here means the server refused without an error code.
                if resp[0] == '2':
                    resp = self.getresp()
                if resp[0] != '1':
                    raise error_reply, resp
            except:
                conn.close()
                raise
        else:
            sock = self.makeport()
            try:
                if rest is not None:
                    self.sendcmd("REST %s" % rest)
                resp = self.sendcmd(cmd)
                if resp[0] == '2':
                    resp = self.getresp()
                if resp[0] != '1':
                    raise error_reply, resp
                conn, sockaddr = sock.accept()
            finally:
                sock.close()
        if resp[:3] == '150':
            size = parse150(resp)
        return conn, size

    def transfercmd(self, cmd, rest=None):
        return self.ntransfercmd(cmd, rest)[0]

    # Commands.

    def login(self, user='', passwd='', acct=''):
        """Log in (anonymously if no user is given)."""
        if not user:
            user = 'anonymous'
        if not passwd:
            passwd = ''
        if not acct:
            acct = ''
        if user == 'anonymous' and passwd in ('', '-'):
            passwd = passwd + 'anonymous@'
        resp = self.sendcmd('USER ' + user)
        if resp[0] == '3':
            resp = self.sendcmd('PASS ' + passwd)
        if resp[0] == '3':
            resp = self.sendcmd('ACCT ' + acct)
        if resp[0] != '2':
            raise error_reply, resp
        return resp

    def retrbinary(self, cmd, callback, blocksize=8192, rest=None):
        """Retrieve in binary mode, calling callback for each block."""
        self.voidcmd('TYPE I')
        conn = self.transfercmd(cmd, rest)
        try:
            while True:
                data = conn.recv(blocksize)
                if not data:
                    break
                callback(data)
        finally:
            conn.close()
        return self.voidresp()

    def retrlines(self, cmd, callback=None):
        """Retrieve in ASCII mode, calling callback (default: print) with
        each line, without its line ending."""
        if callback is None:
            callback = print_line
        self.sendcmd('TYPE A')
        conn = self.transfercmd(cmd)
        fp = conn.makefile('rb')
        try:
            while True:
                line = fp.readline()
                if self.debugging > 2:
                    print '*retr*', repr(line)
                if not line:
                    break
                if line[-2:] == CRLF:
                    line = line[:-2]
                elif line[-1:] == '\n':
                    line = line[:-1]
                callback(line)
        finally:
            fp.close()
            conn.close()
        return self.voidresp()

    def storbinary(self, cmd, fp, blocksize=8192):
        """Store the contents of file fp in binary mode."""
        self.voidcmd('TYPE I')
        conn = self.transfercmd(cmd)
        try:
            while True:
                buf = fp.read(blocksize)
                if not buf:
                    break
                conn.sendall(buf)
        finally:
            conn.close()
        return self.voidresp()

    def storlines(self, cmd, fp):
        """Store the lines of file fp in ASCII mode (CRLF endings)."""
        self.voidcmd('TYPE A')
        conn = self.transfercmd(cmd)
        try:
            while True:
                buf = fp.readline()
                if not buf:
                    break
                if buf[-2:] != CRLF:
                    if buf[-1] in CRLF:
                        buf = buf[:-1]
                    buf = buf + CRLF
                conn.sendall(buf)
        finally:
            conn.close()
        return self.voidresp()

    def acct(self, password):
        return self.voidcmd('ACCT ' + password)

    def nlst(self, *args):
        """The list of names (NLST) of the directory or files given."""
        cmd = 'NLST'
        for arg in args:
            cmd = cmd + (' ' + arg)
        files = []
        self.retrlines(cmd, files.append)
        return files

    def dir(self, *args):
        """LIST the directory; a callable last argument gets each line
        (default: print)."""
        cmd = 'LIST'
        func = None
        if args[-1:] and not isinstance(args[-1], basestring):
            args, func = args[:-1], args[-1]
        for arg in args:
            if arg:
                cmd = cmd + (' ' + arg)
        self.retrlines(cmd, func)

    def rename(self, fromname, toname):
        resp = self.sendcmd('RNFR ' + fromname)
        if resp[0] != '3':
            raise error_reply, resp
        return self.voidcmd('RNTO ' + toname)

    def delete(self, filename):
        resp = self.sendcmd('DELE ' + filename)
        if resp[:3] in ('250', '200'):
            return resp
        elif resp[:1] == '5':
            raise error_perm, resp
        else:
            raise error_reply, resp

    def cwd(self, dirname):
        if dirname == '..':
            try:
                return self.voidcmd('CDUP')
            except error_perm, msg:
                # Servers without CDUP: fall back to CWD ..
                if msg.args[0][:3] != '500':
                    raise
        elif dirname == '':
            dirname = '.'
        return self.voidcmd('CWD ' + dirname)

    def size(self, filename):
        """The size of a file (SIZE, not in RFC 959), or None."""
        resp = self.sendcmd('SIZE ' + filename)
        if resp[:3] == '213':
            s = resp[3:].strip()
            try:
                return int(s)
            except (OverflowError, ValueError):
                return long(s)

    def mkd(self, dirname):
        resp = self.sendcmd('MKD ' + dirname)
        return parse257(resp)

    def rmd(self, dirname):
        return self.voidcmd('RMD ' + dirname)

    def pwd(self):
        resp = self.sendcmd('PWD')
        return parse257(resp)

    def quit(self):
        resp = self.voidcmd('QUIT')
        self.close()
        return resp

    def close(self):
        if self.file:
            self.file.close()
            self.sock.close()
            self.file = self.sock = None


_150_re = None

def parse150(resp):
    """The size announced in a '150 ... (N bytes)' reply, or None."""
    global _150_re
    if resp[:3] != '150':
        raise error_reply, resp
    if _150_re is None:
        _150_re = re.compile(r"150 .* \((\d+) bytes\)", re.IGNORECASE)
    m = _150_re.match(resp)
    if not m:
        return None
    s = m.group(1)
    try:
        return int(s)
    except (OverflowError, ValueError):
        return long(s)


_227_re = None

def parse227(resp):
    """(host, port) from a '227 Entering Passive Mode (h,h,h,h,p,p)'."""
    global _227_re
    if resp[:3] != '227':
        raise error_reply, resp
    if _227_re is None:
        _227_re = re.compile(r'(\d+),(\d+),(\d+),(\d+),(\d+),(\d+)')
    m = _227_re.search(resp)
    if not m:
        raise error_proto, resp
    numbers = m.groups()
    host = '.'.join(numbers[:4])
    port = (int(numbers[4]) << 8) + int(numbers[5])
    return host, port


def parse229(resp, peer):
    """(host, port) from a '229 ... (|||port|)' reply; the host is the
    peer's."""
    if resp[:3] != '229':
        raise error_reply, resp
    left = resp.find('(')
    if left < 0:
        raise error_proto, resp
    right = resp.find(')', left + 1)
    if right < 0:
        raise error_proto, resp
    if resp[left + 1] != resp[right - 1]:
        raise error_proto, resp
    parts = resp[left + 1:right].split(resp[left + 1])
    if len(parts) != 5:
        raise error_proto, resp
    return peer[0], int(parts[3])


def parse257(resp):
    """The directory name in a '257 "name" ...' reply ("" inside the
    quotes stands for one quote)."""
    if resp[:3] != '257':
        raise error_reply, resp
    if resp[3:5] != ' "':
        return ''
    name = []
    i = 5
    n = len(resp)
    while i < n:
        c = resp[i]
        i = i + 1
        if c == '"':
            if i >= n or resp[i] != '"':
                break
            i = i + 1
        name.append(c)
    return ''.join(name)


def print_line(line):
    print line


def ftpcp(source, sourcename, target, targetname='', type='I'):
    """Copy a file from one FTP server to another, server to server."""
    if not targetname:
        targetname = sourcename
    type = 'TYPE ' + type
    source.voidcmd(type)
    target.voidcmd(type)
    sourcehost, sourceport = parse227(source.sendcmd('PASV'))
    target.sendport(sourcehost, sourceport)
    treply = target.sendcmd('STOR ' + targetname)
    if treply[:3] not in ('125', '150'):
        raise error_proto
    sreply = source.sendcmd('RETR ' + sourcename)
    if sreply[:3] not in ('125', '150'):
        raise error_proto
    source.voidresp()
    target.voidresp()


class Netrc:
    """Reads a .netrc file: login information by host, plus macros.

    Lines look like 'machine HOST login USER password PASS account ACCT'
    or 'default login ...'; 'macdef NAME' starts a macro that runs to the
    next blank line."""

    __defuser = None
    __defpasswd = None
    __defacct = None

    def __init__(self, filename=None):
        import os
        if filename is None:
            if "HOME" in os.environ:
                filename = os.path.join(os.environ["HOME"], ".netrc")
            else:
                raise IOError, "specify file to load or set $HOME"
        self.__hosts = {}
        self.__macros = {}
        fp = open(filename, "r")
        try:
            in_macro = None
            for line in fp:
                if in_macro is not None:
                    if not line.strip():
                        in_macro = None
                    else:
                        self.__macros[in_macro].append(line)
                    continue
                words = line.split()
                host = user = passwd = acct = None
                is_default = False
                i = 0
                while i < len(words):
                    w = words[i]
                    nxt = None
                    if i + 1 < len(words):
                        nxt = words[i + 1]
                    if w == 'default':
                        is_default = True
                        i = i + 1
                        continue
                    if w == 'macdef' and nxt:
                        in_macro = nxt
                        self.__macros[nxt] = []
                        break
                    if w == 'machine' and nxt:
                        host = nxt.lower()
                    elif w == 'login' and nxt:
                        user = nxt
                    elif w == 'password' and nxt:
                        passwd = nxt
                    elif w == 'account' and nxt:
                        acct = nxt
                    i = i + 2
                if is_default:
                    self.__defuser = user or self.__defuser
                    self.__defpasswd = passwd or self.__defpasswd
                    self.__defacct = acct or self.__defacct
                if host:
                    if host in self.__hosts:
                        ouser, opasswd, oacct = self.__hosts[host]
                        user = user or ouser
                        passwd = passwd or opasswd
                        acct = acct or oacct
                    self.__hosts[host] = user, passwd, acct
        finally:
            fp.close()

    def get_hosts(self):
        return self.__hosts.keys()

    def get_account(self, host):
        """(user, passwd, acct) for host, filled in from the defaults."""
        host = host.lower()
        user = passwd = acct = None
        if host in self.__hosts:
            user, passwd, acct = self.__hosts[host]
        user = user or self.__defuser
        passwd = passwd or self.__defpasswd
        acct = acct or self.__defacct
        return user, passwd, acct

    def get_macros(self):
        return self.__macros.keys()

    def get_macro(self, macro):
        return tuple(self.__macros[macro])
