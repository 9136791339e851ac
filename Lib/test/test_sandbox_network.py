"""The network capability of sandboxes (securing_python.txt, "Safe
networking").

A sandbox made with allow_import=['socket', '_socket', 'select'] (the list
replaces the default module set) and allow_connect=['HOST:PORT'] may
connect to exactly the granted endpoints; servers, other endpoints, name
lookups of hosts the grants do not name, Unix sockets and raw descriptors
are refused with socket.error(EACCES, 'Permission denied (sandbox)'), and
blocking calls end at the sandbox's deadline."""

import errno
import socket
import StringIO
import thread
import threading
import time
import unittest
from test import test_support

import interpreter
from interpreter import Interpreter, SandboxError

NET_MODULES = ['socket', '_socket', 'select']
REFUSED = (errno.EACCES, 'Permission denied (sandbox)')

# Run in a sandbox: call `f(*args)` and keep what happened in a copyable
# form: ('ok', repr of the result) or ('error', exception args).
PRELUDE = '''
import socket, select
def attempt(f, *args):
    try:
        r = f(*args)
    except socket.error, e:
        return ('error', tuple(e.args))
    except select.error, e:
        return ('error', tuple(e.args))
    return ('ok', repr(r))
'''


class Listener(object):
    """A TCP server on 127.0.0.1 that echoes what each client sends, or
    (silent=True) holds connections open without a word."""

    def __init__(self, silent=False):
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(('127.0.0.1', 0))
        self.sock.listen(16)
        self.sock.settimeout(0.05)
        self.port = self.sock.getsockname()[1]
        self.silent = silent
        self.accepted = 0
        self.closed_by_peer = 0
        self.stopping = False
        self.stopped = threading.Event()
        thread.start_new_thread(self.run, ())

    def run(self):
        conns = []
        try:
            while not self.stopping:
                try:
                    conn, addr = self.sock.accept()
                except socket.timeout:
                    pass
                else:
                    self.accepted += 1
                    conn.settimeout(0.05)
                    conns.append(conn)
                for conn in conns[:]:
                    try:
                        data = conn.recv(4096)
                    except socket.timeout:
                        continue
                    except socket.error:
                        data = ''
                    if not data:
                        self.closed_by_peer += 1
                        conns.remove(conn)
                        conn.close()
                    elif not self.silent:
                        conn.sendall(data)
        finally:
            for conn in conns:
                conn.close()
            self.sock.close()
            self.stopped.set()

    def stop(self):
        self.stopping = True
        self.stopped.wait(5)


class UDPListener(object):

    def __init__(self):
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind(('127.0.0.1', 0))
        self.sock.settimeout(2)
        self.port = self.sock.getsockname()[1]

    def received(self):
        self.sock.settimeout(0.2)
        try:
            return self.sock.recv(100)
        except socket.timeout:
            return None

    def stop(self):
        self.sock.close()


class SandboxNetworkTest(unittest.TestCase):

    def setUp(self):
        self.echo = Listener()
        self.other = Listener()
        self.sandboxes = []

    def tearDown(self):
        for sb in self.sandboxes:
            sb.close()
        self.echo.stop()
        self.other.stop()

    def sandbox(self, grants, **kw):
        out = StringIO.StringIO()
        sb = Interpreter(allow_import=NET_MODULES, allow_connect=grants,
                         stdout=out, stderr=out, **kw)
        self.sandboxes.append(sb)
        sb.set('PORT', self.echo.port)
        sb.set('OTHER', self.other.port)
        sb.execute(PRELUDE)
        return sb

    def granted(self):
        return self.sandbox(['127.0.0.1:%d' % self.echo.port])

    # -- the granted endpoint works ------------------------------------

    def test_granted_connect_echoes(self):
        sb = self.granted()
        sb.execute("s = socket.socket()\n"
                   "s.connect(('127.0.0.1', PORT))\n"
                   "s.sendall('ping')\n"
                   "got = s.recv(100)\n"
                   "f = s.makefile()\n"
                   "s.sendall('line one\\n')\n"
                   "line = f.readline()\n")
        self.assertEqual(sb.get('got'), 'ping')
        self.assertEqual(sb.get('line'), 'line one\n')
        self.assertEqual(sb.eval("s.getpeername()"), ('127.0.0.1', self.echo.port))

    def test_granted_connect_ex(self):
        sb = self.granted()
        self.assertEqual(sb.eval("socket.socket().connect_ex(('127.0.0.1', PORT))"), 0)

    def test_timeouts_work_in_a_sandbox(self):
        sb = self.granted()
        sb.execute("s = socket.socket()\n"
                   "s.settimeout(0.1)\n"
                   "s.connect(('127.0.0.1', PORT))\n"
                   "r = attempt(s.recv, 10)\n")
        self.assertEqual(sb.get('r')[0], 'error')
        self.assertEqual(sb.eval("isinstance(socket.timeout(), socket.error)"), True)
        sb.execute("try:\n    s.recv(10)\nexcept socket.timeout, e:\n    msg = str(e)\n")
        self.assertEqual(sb.get('msg'), 'timed out')

    def test_select_on_own_socket(self):
        sb = self.granted()
        sb.execute("s = socket.socket()\n"
                   "s.connect(('127.0.0.1', PORT))\n"
                   "s.sendall('x')\n"
                   "r, w, x = select.select([s], [], [], 5)\n"
                   "n = len(r)\n"
                   "p = select.poll()\n"
                   "p.register(s, select.POLLIN)\n"
                   "ev = len(p.poll(5000))\n")
        self.assertEqual(sb.get('n'), 1)
        self.assertEqual(sb.get('ev'), 1)

    # -- everything else is refused ------------------------------------

    def test_other_port_refused(self):
        sb = self.granted()
        self.assertEqual(sb.eval("attempt(socket.socket().connect, ('127.0.0.1', OTHER))"),
                         ('error', REFUSED))
        self.assertEqual(sb.eval("attempt(socket.socket().connect_ex, ('127.0.0.1', OTHER))"),
                         ('error', REFUSED))
        time.sleep(0.2)
        self.assertEqual(self.other.accepted, 0)

    def test_other_address_same_port_refused(self):
        sb = self.granted()
        for addr in ['127.0.0.2', '0.0.0.0', '']:
            self.assertEqual(sb.eval("attempt(socket.socket().connect, (%r, PORT))" % addr),
                             ('error', REFUSED), addr)

    def test_no_grants_no_connections(self):
        sb = self.sandbox(None)
        self.assertEqual(sb.eval("attempt(socket.socket().connect, ('127.0.0.1', PORT))"),
                         ('error', REFUSED))

    def test_ipv4_mapped_ipv6_is_the_same_endpoint(self):
        sb = self.granted()
        r = sb.eval("attempt(socket.socket(socket.AF_INET6).connect, "
                    "('::ffff:127.0.0.1', OTHER))")
        self.assertEqual(r, ('error', REFUSED))

    def test_grant_by_name(self):
        sb = self.sandbox(['localhost:%d' % self.echo.port])
        self.assertEqual(sb.eval("attempt(socket.socket().connect, ('localhost', PORT))")[0],
                         'ok')
        # The name resolves to 127.0.0.1: the grant covers that address.
        self.assertEqual(sb.eval("attempt(socket.socket().connect, ('127.0.0.1', PORT))")[0],
                         'ok')
        self.assertEqual(sb.eval("attempt(socket.socket().connect, ('localhost', OTHER))"),
                         ('error', REFUSED))
        self.assertEqual(sb.eval("socket.gethostbyname('localhost')"), '127.0.0.1')

    def test_address_grant_does_not_allow_lookups(self):
        sb = self.granted()
        self.assertEqual(sb.eval("attempt(socket.socket().connect, ('localhost', PORT))"),
                         ('error', REFUSED))
        self.assertEqual(sb.eval("attempt(socket.gethostbyname, 'localhost')"),
                         ('error', REFUSED))

    def test_name_lookups_refused(self):
        sb = self.granted()
        for call in ["socket.gethostbyname, 'example.com'",
                     "socket.gethostbyname_ex, 'localhost'",
                     "socket.gethostbyaddr, '127.0.0.2'",
                     "socket.getaddrinfo, 'example.com', 80",
                     "socket.getaddrinfo, '127.0.0.1', 'http'",
                     "socket.getnameinfo, ('127.0.0.1', 80), 0",
                     "socket.gethostname",
                     "socket.getfqdn",
                     "socket.getservbyname, 'http', 'tcp'",
                     "socket.getprotobyname, 'tcp'"]:
            self.assertEqual(sb.eval("attempt(%s)" % call), ('error', REFUSED), call)
        # Literal addresses need no lookup.
        self.assertEqual(sb.eval("socket.gethostbyname('10.1.2.3')"), '10.1.2.3')
        self.assertEqual(sb.eval("socket.getaddrinfo('127.0.0.1', 80, socket.AF_INET, "
                                 "socket.SOCK_STREAM)[0][4]"), ('127.0.0.1', 80))

    def test_servers_refused(self):
        sb = self.granted()
        self.assertEqual(sb.eval("attempt(socket.socket().bind, ('127.0.0.1', 0))"),
                         ('error', REFUSED))
        self.assertEqual(sb.eval("attempt(socket.socket().listen, 5)"), ('error', REFUSED))
        self.assertEqual(sb.eval("attempt(socket.socket().accept)"), ('error', REFUSED))
        self.assertEqual(sb.eval("attempt(socket.socket(socket.AF_INET, "
                                 "socket.SOCK_DGRAM).bind, ('127.0.0.1', 0))"),
                         ('error', REFUSED))

    def test_checks_are_in_the_type(self):
        # Reaching the C type another way gains nothing.
        sb = self.granted()
        sb.execute("T = type(socket.socket()._sock)\n")
        self.assertEqual(sb.eval("attempt(T().bind, ('127.0.0.1', 0))"), ('error', REFUSED))
        self.assertEqual(sb.eval("attempt(T().connect, ('127.0.0.1', OTHER))"),
                         ('error', REFUSED))
        self.assertEqual(sb.eval("attempt(T, socket.AF_UNIX)"), ('error', REFUSED))

    def test_unix_raw_and_descriptors_refused(self):
        sb = self.granted()
        for call in ["socket.socket, socket.AF_UNIX",
                     "socket.socket, socket.AF_INET, socket.SOCK_RAW",
                     "socket.socketpair",
                     "socket.fromfd, 0, socket.AF_INET, socket.SOCK_STREAM",
                     "select.select, [0], [], [], 0",
                     "select.poll().register, 1"]:
            self.assertEqual(sb.eval("attempt(%s)" % call), ('error', REFUSED), call)

    def test_dangerous_options_refused(self):
        sb = self.granted()
        self.assertEqual(sb.eval("attempt(socket.socket().setsockopt, socket.SOL_SOCKET, "
                                 "25, 'lo')"), ('error', REFUSED))
        self.assertEqual(sb.eval("attempt(socket.socket().setsockopt, socket.IPPROTO_TCP, "
                                 "socket.TCP_NODELAY, 1)"), ('ok', 'None'))

    def test_udp(self):
        udp = UDPListener()
        try:
            sb = self.sandbox(['127.0.0.1:%d' % udp.port])
            sb.set('UDP', udp.port)
            sb.execute("u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\n")
            self.assertEqual(sb.eval("u.sendto('granted', ('127.0.0.1', UDP))"), 7)
            self.assertEqual(udp.received(), 'granted')
            self.assertEqual(sb.eval("attempt(u.sendto, 'x', ('127.0.0.1', PORT))"),
                             ('error', REFUSED))
            self.assertEqual(sb.eval("attempt(u.sendto, 'x', ('<broadcast>', UDP))"),
                             ('error', REFUSED))
            self.assertEqual(udp.received(), None)
        finally:
            udp.stop()

    # -- resources and limits ------------------------------------------

    def test_socket_count_is_capped(self):
        sb = self.granted()
        sb.execute("socks = []\n"
                   "try:\n"
                   "    for i in range(1000):\n"
                   "        socks.append(socket.socket())\n"
                   "except socket.error, e:\n"
                   "    err = e.args[0]\n"
                   "n = len(socks)\n"
                   "del socks\n"
                   "s = socket.socket()\n")
        self.assertEqual(sb.get('err'), errno.EMFILE)
        self.failUnless(10 <= sb.get('n') < 1000)

    def test_default_timeout_is_per_interpreter(self):
        sb = self.granted()
        sb.execute("socket.setdefaulttimeout(3.5)")
        self.assertEqual(sb.eval("socket.getdefaulttimeout()"), 3.5)
        self.assertEqual(sb.eval("socket.socket().gettimeout()"), 3.5)
        self.assertEqual(socket.getdefaulttimeout(), None)
        self.assertEqual(self.sandbox([]).eval("socket.getdefaulttimeout()"), None)

    def check_deadline(self, code):
        silent = Listener(silent=True)
        try:
            sb = self.sandbox(['127.0.0.1:%d' % silent.port], time_limit=0.5)
            sb.set('SILENT', silent.port)
            start = time.time()
            try:
                sb.execute("s = socket.socket()\n"
                           "s.connect(('127.0.0.1', SILENT))\n" + code)
            except interpreter.TimeLimitError:
                pass
            else:
                self.fail("blocking call returned: %r" % code)
            self.failUnless(time.time() - start < 5)
        finally:
            silent.stop()

    def test_blocking_recv_ends_at_deadline(self):
        self.check_deadline("s.recv(10)")

    def test_blocking_readline_ends_at_deadline(self):
        self.check_deadline("s.makefile().readline()")

    def test_select_ends_at_deadline(self):
        self.check_deadline("select.select([s], [], [])")

    def test_poll_ends_at_deadline(self):
        self.check_deadline("p = select.poll()\np.register(s, select.POLLIN)\np.poll()")

    def test_catching_the_limit_does_not_help(self):
        self.check_deadline("while 1:\n"
                            "    try:\n"
                            "        s.recv(10)\n"
                            "    except:\n"
                            "        pass\n")

    def test_teardown_closes_connections(self):
        sb = self.granted()
        sb.execute("conns = [socket.socket() for i in range(3)]\n"
                   "for c in conns:\n"
                   "    c.connect(('127.0.0.1', PORT))\n")
        deadline = time.time() + 5
        while self.echo.accepted < 3 and time.time() < deadline:
            time.sleep(0.02)
        self.assertEqual(self.echo.accepted, 3)
        sb.close()
        deadline = time.time() + 5
        while self.echo.closed_by_peer < 3 and time.time() < deadline:
            time.sleep(0.02)
        self.assertEqual(self.echo.closed_by_peer, 3)


def test_main():
    test_support.run_unittest(SandboxNetworkTest)

if __name__ == '__main__':
    test_main()
