"""A Telnet client (the Python 2.5 telnetlib API; RFC 854).

    tn = telnetlib.Telnet('localhost', 23)
    tn.read_until('login: ')
    tn.write('user\\n')
    print tn.read_all()

Option negotiation is refused (DONT/WONT) unless a callback is set with
set_option_negotiation_callback().  The read_* methods differ in how long
they wait; they raise EOFError once the connection is closed and nothing
is left to return.
"""

import sys
import socket
import select

__all__ = ["Telnet"]

DEBUGLEVEL = 0

TELNET_PORT = 23

# Telnet commands (RFC 854).
IAC = chr(255)      # interpret as command
DONT = chr(254)
DO = chr(253)
WONT = chr(252)
WILL = chr(251)
theNULL = chr(0)

SE = chr(240)       # end of subnegotiation
NOP = chr(241)
DM = chr(242)       # data mark
BRK = chr(243)
IP = chr(244)       # interrupt process
AO = chr(245)       # abort output
AYT = chr(246)      # are you there
EC = chr(247)       # erase character
EL = chr(248)       # erase line
GA = chr(249)       # go ahead
SB = chr(250)       # start of subnegotiation

# Telnet options (assigned numbers).
BINARY = chr(0)
ECHO = chr(1)
RCP = chr(2)
SGA = chr(3)
NAMS = chr(4)
STATUS = chr(5)
TM = chr(6)
RCTE = chr(7)
NAOL = chr(8)
NAOP = chr(9)
NAOCRD = chr(10)
NAOHTS = chr(11)
NAOHTD = chr(12)
NAOFFD = chr(13)
NAOVTS = chr(14)
NAOVTD = chr(15)
NAOLFD = chr(16)
XASCII = chr(17)
LOGOUT = chr(18)
BM = chr(19)
DET = chr(20)
SUPDUP = chr(21)
SUPDUPOUTPUT = chr(22)
SNDLOC = chr(23)
TTYPE = chr(24)
EOR = chr(25)
TUID = chr(26)
OUTMRK = chr(27)
TTYLOC = chr(28)
VT3270REGIME = chr(29)
X3PAD = chr(30)
NAWS = chr(31)
TSPEED = chr(32)
LFLOW = chr(33)
LINEMODE = chr(34)
XDISPLOC = chr(35)
OLD_ENVIRON = chr(36)
AUTHENTICATION = chr(37)
ENCRYPT = chr(38)
NEW_ENVIRON = chr(39)
TN3270E = chr(40)
XAUTH = chr(41)
CHARSET = chr(42)
RSP = chr(43)
COM_PORT_OPTION = chr(44)
SUPPRESS_LOCAL_ECHO = chr(45)
TLS = chr(46)
KERMIT = chr(47)
SEND_URL = chr(48)
FORWARD_X = chr(49)
PRAGMA_LOGON = chr(138)
SSPI_LOGON = chr(139)
PRAGMA_HEARTBEAT = chr(140)
EXOPL = chr(255)
NOOPT = chr(0)


class Telnet:
    """A Telnet connection.

    Received data passes through two queues: rawq (bytes from the
    socket) and cookedq (data with the Telnet commands taken out)."""

    def __init__(self, host=None, port=0):
        self.debuglevel = DEBUGLEVEL
        self.host = host
        self.port = port
        self.sock = None
        self.rawq = ''
        self.irawq = 0
        self.cookedq = ''
        self.eof = 0
        self.iacseq = ''            # an IAC sequence being read
        self.sb = 0                 # inside a subnegotiation
        self.sbdataq = ''
        self.option_callback = None
        if host is not None:
            self.open(host, port)

    def open(self, host, port=0):
        """Connect to host (port 23 by default)."""
        self.eof = 0
        if not port:
            port = TELNET_PORT
        self.host = host
        self.port = port
        msg = "getaddrinfo returns an empty list"
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

    def __del__(self):
        self.close()

    def msg(self, msg, *args):
        """Print a debugging message when debuglevel > 0."""
        if self.debuglevel > 0:
            print 'Telnet(%s,%d):' % (self.host, self.port),
            if args:
                print msg % args
            else:
                print msg

    def set_debuglevel(self, debuglevel):
        self.debuglevel = debuglevel

    def close(self):
        if self.sock:
            self.sock.close()
        self.sock = 0
        self.eof = 1
        self.iacseq = ''
        self.sb = 0

    def get_socket(self):
        return self.sock

    def fileno(self):
        return self.sock.fileno()

    def write(self, buffer):
        """Send buffer, doubling any IAC bytes in it."""
        if IAC in buffer:
            buffer = buffer.replace(IAC, IAC + IAC)
        self.msg("send %r", buffer)
        self.sock.sendall(buffer)

    def _time(self):
        import time
        return time.time()

    def read_until(self, match, timeout=None):
        """Read up to and including match, or until EOF or timeout (then
        whatever is there is returned)."""
        n = len(match)
        self.process_rawq()
        i = self.cookedq.find(match)
        if i >= 0:
            i = i + n
            buf = self.cookedq[:i]
            self.cookedq = self.cookedq[i:]
            return buf
        if timeout is not None:
            deadline = self._time() + timeout
        while not self.eof:
            if timeout is not None:
                left = deadline - self._time()
                if left <= 0:
                    break
                ready = select.select([self], [], [], left)[0]
            else:
                ready = select.select([self], [], [])[0]
            if not ready:
                break
            start = max(0, len(self.cookedq) - n)
            self.fill_rawq()
            self.process_rawq()
            i = self.cookedq.find(match, start)
            if i >= 0:
                i = i + n
                buf = self.cookedq[:i]
                self.cookedq = self.cookedq[i:]
                return buf
        return self.read_very_lazy()

    def read_all(self):
        """Read until EOF."""
        self.process_rawq()
        while not self.eof:
            self.fill_rawq()
            self.process_rawq()
        buf = self.cookedq
        self.cookedq = ''
        return buf

    def read_some(self):
        """Wait for at least one byte of data (or EOF: then '')."""
        self.process_rawq()
        while not self.cookedq and not self.eof:
            self.fill_rawq()
            self.process_rawq()
        buf = self.cookedq
        self.cookedq = ''
        return buf

    def read_very_eager(self):
        """Everything available now, without blocking."""
        self.process_rawq()
        while not self.eof and self.sock_avail():
            self.fill_rawq()
            self.process_rawq()
        return self.read_very_lazy()

    def read_eager(self):
        """Some available data, without blocking ('' if none)."""
        self.process_rawq()
        while not self.cookedq and not self.eof and self.sock_avail():
            self.fill_rawq()
            self.process_rawq()
        return self.read_very_lazy()

    def read_lazy(self):
        """The data already received, without reading the socket."""
        self.process_rawq()
        return self.read_very_lazy()

    def read_very_lazy(self):
        """The cooked data only, without processing the raw queue."""
        buf = self.cookedq
        self.cookedq = ''
        if not buf and self.eof and not self.rawq:
            raise EOFError, 'telnet connection closed'
        return buf

    def read_sb_data(self):
        """The data of the last subnegotiation (IAC SB ... IAC SE)."""
        buf = self.sbdataq
        self.sbdataq = ''
        return buf

    def set_option_negotiation_callback(self, callback):
        """callback(sock, command, option) is called for every DO, DONT,
        WILL, WONT and for SB/SE instead of refusing options."""
        self.option_callback = callback

    def process_rawq(self):
        """Move data from rawq to cookedq, acting on Telnet commands."""
        buf = ['', '']              # [plain data, subnegotiation data]
        try:
            while self.rawq:
                c = self.rawq_getchar()
                if not self.iacseq:
                    if c == theNULL:
                        continue
                    if c == "\021":
                        continue
                    if c != IAC:
                        buf[self.sb] = buf[self.sb] + c
                        continue
                    self.iacseq = self.iacseq + c
                elif len(self.iacseq) == 1:
                    if c in (DO, DONT, WILL, WONT):
                        self.iacseq = self.iacseq + c
                        continue
                    self.iacseq = ''
                    if c == IAC:
                        buf[self.sb] = buf[self.sb] + c
                    else:
                        if c == SB:
                            self.sb = 1
                            self.sbdataq = ''
                        elif c == SE:
                            self.sb = 0
                            self.sbdataq = self.sbdataq + buf[1]
                            buf[1] = ''
                        if self.option_callback:
                            self.option_callback(self.sock, c, NOOPT)
                        else:
                            self.msg('IAC %d not recognized' % ord(c))
                elif len(self.iacseq) == 2:
                    cmd = self.iacseq[1]
                    self.iacseq = ''
                    opt = c
                    if cmd in (DO, DONT):
                        self.msg('IAC %s %d',
                                 cmd == DO and 'DO' or 'DONT', ord(opt))
                        if self.option_callback:
                            self.option_callback(self.sock, cmd, opt)
                        else:
                            self.sock.sendall(IAC + WONT + opt)
                    elif cmd in (WILL, WONT):
                        self.msg('IAC %s %d',
                                 cmd == WILL and 'WILL' or 'WONT', ord(opt))
                        if self.option_callback:
                            self.option_callback(self.sock, cmd, opt)
                        else:
                            self.sock.sendall(IAC + DONT + opt)
        except EOFError:
            # A command cut short by the end of the connection.
            self.iacseq = ''
            self.sb = 0
        self.cookedq = self.cookedq + buf[0]
        self.sbdataq = self.sbdataq + buf[1]

    def rawq_getchar(self):
        """The next raw byte (reading the socket if need be); EOFError at
        the end of the connection."""
        if not self.rawq:
            self.fill_rawq()
            if self.eof:
                raise EOFError
        c = self.rawq[self.irawq]
        self.irawq = self.irawq + 1
        if self.irawq >= len(self.rawq):
            self.rawq = ''
            self.irawq = 0
        return c

    def fill_rawq(self):
        """Read once from the socket (blocking)."""
        if self.irawq >= len(self.rawq):
            self.rawq = ''
            self.irawq = 0
        buf = self.sock.recv(50)
        self.msg("recv %r", buf)
        self.eof = (not buf)
        self.rawq = self.rawq + buf

    def sock_avail(self):
        return select.select([self], [], [], 0) == ([self], [], [])

    def interact(self):
        """Copy the connection to stdout and stdin to the connection."""
        while True:
            rfd, wfd, xfd = select.select([self, sys.stdin], [], [])
            if self in rfd:
                try:
                    text = self.read_eager()
                except EOFError:
                    print '*** Connection closed by remote host ***'
                    break
                if text:
                    sys.stdout.write(text)
                    sys.stdout.flush()
            if sys.stdin in rfd:
                line = sys.stdin.readline()
                if not line:
                    break
                self.write(line)

    def mt_interact(self):
        """interact() with a thread copying the connection to stdout."""
        import thread
        thread.start_new_thread(self.listener, ())
        while True:
            line = sys.stdin.readline()
            if not line:
                break
            self.write(line)

    def listener(self):
        while True:
            try:
                data = self.read_eager()
            except EOFError:
                print '*** Connection closed by remote host ***'
                return
            if data:
                sys.stdout.write(data)
            else:
                sys.stdout.flush()

    def expect(self, list, timeout=None):
        """Read until one of the regular expressions in list matches.

        Returns (index, match object, text read up to the end of the
        match); (-1, None, text) on timeout.  EOFError if the connection
        closed with nothing read."""
        re = None
        list = list[:]
        indices = range(len(list))
        for i in indices:
            if not hasattr(list[i], "search"):
                if not re:
                    import re
                list[i] = re.compile(list[i])
        if timeout is not None:
            deadline = self._time() + timeout
        while True:
            self.process_rawq()
            for i in indices:
                m = list[i].search(self.cookedq)
                if m:
                    e = m.end()
                    text = self.cookedq[:e]
                    self.cookedq = self.cookedq[e:]
                    return (i, m, text)
            if self.eof:
                break
            if timeout is not None:
                left = deadline - self._time()
                if left <= 0:
                    break
                if not select.select([self.fileno()], [], [], left)[0]:
                    break
            self.fill_rawq()
        text = self.read_very_lazy()
        if not text and self.eof:
            raise EOFError
        return (-1, None, text)


def test():
    """telnetlib.py [-d] ... [host [port]]"""
    debuglevel = 0
    while sys.argv[1:] and sys.argv[1] == '-d':
        debuglevel = debuglevel + 1
        del sys.argv[1]
    host = 'localhost'
    if sys.argv[1:]:
        host = sys.argv[1]
    port = 0
    if sys.argv[2:]:
        portstr = sys.argv[2]
        try:
            port = int(portstr)
        except ValueError:
            port = socket.getservbyname(portstr, 'tcp')
    tn = Telnet()
    tn.set_debuglevel(debuglevel)
    tn.open(host, port)
    tn.interact()
    tn.close()


if __name__ == '__main__':
    test()
