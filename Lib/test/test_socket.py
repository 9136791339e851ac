"""Tests of the socket module (2.5 API) over the loopback interface.

Each connected test case runs a server socket on 127.0.0.1 (port chosen by
the system) and a client in this thread; a helper thread plays the server
side of each test."""

import unittest
from test import test_support

import errno
import os
import select
import socket
import sys
import thread
import threading
import time

HOST = '127.0.0.1'
MSG = 'Michael Gilfix was here\n'


class GeneralModuleTests(unittest.TestCase):

    def test_error_classes(self):
        self.failUnless(issubclass(socket.error, Exception))
        self.failUnless(issubclass(socket.herror, socket.error))
        self.failUnless(issubclass(socket.gaierror, socket.error))
        self.failUnless(issubclass(socket.timeout, socket.error))
        self.assertEqual(str(socket.error), "<class 'socket.error'>")

    def test_raising_socket_error(self):
        def raise_error(*args, **kwargs):
            raise socket.error
        self.assertRaises(socket.error, raise_error, "Error raising socket exception.")

    def test_crucial_constants(self):
        socket.AF_INET
        socket.AF_INET6
        socket.AF_UNIX
        socket.SOCK_STREAM
        socket.SOCK_DGRAM
        socket.SOCK_RAW
        socket.SOCK_RDM
        socket.SOCK_SEQPACKET
        socket.SOL_SOCKET
        socket.SO_REUSEADDR
        self.assertEqual(socket.SHUT_RDWR, 2)
        self.assertEqual(socket.IPPROTO_TCP, 6)
        self.failUnless(socket.has_ipv6 in (True, False))

    def test_types(self):
        self.failUnless(socket.SocketType is socket.socket)
        self.assertEqual(socket._realsocket.__name__, 'socket')
        self.assertEqual(socket._realsocket.__module__, '_socket')
        s = socket.socket()
        self.failUnless(isinstance(s._sock, socket._realsocket))
        self.assertEqual(s.family, socket.AF_INET)
        self.assertEqual(s.type, socket.SOCK_STREAM)
        self.assertEqual(s.proto, 0)
        r = repr(s._sock)
        self.failUnless(r.startswith('<socket object, fd=%d, family=2, type=1, protocol=0'
                                     % s.fileno()), r)
        s.close()

    def test_hostname_resolution(self):
        self.assertEqual(socket.gethostbyname('127.0.0.1'), '127.0.0.1')
        self.assertEqual(socket.gethostbyname('localhost'), '127.0.0.1')
        name, aliases, addrs = socket.gethostbyname_ex('localhost')
        self.failUnless('127.0.0.1' in addrs)
        self.failUnless(isinstance(aliases, list))
        hostname = socket.gethostname()
        self.failUnless(isinstance(hostname, str) and hostname)
        self.failUnless(isinstance(socket.getfqdn(), str))
        self.assertEqual(socket.getfqdn('localhost').split('.')[0] != '', True)

    def test_unknown_host(self):
        try:
            socket.gethostbyname('no-such-host.invalid')
        except socket.gaierror, e:
            self.assertEqual(len(e.args), 2)
            self.failUnless(isinstance(e.args[0], int))
        else:
            self.fail("resolved an invalid name")

    def test_ntoh_hton(self):
        for func in socket.htons, socket.ntohs:
            self.assertEqual(func(func(0x1234)), 0x1234)
            self.assertEqual(func(0), 0)
        for func in socket.htonl, socket.ntohl:
            self.assertEqual(func(func(0x12345678)), 0x12345678)
            self.assertEqual(func(func(0xfffffffeL)), 0xfffffffeL)
        if sys.byteorder == 'little':
            self.assertEqual(socket.htons(1), 256)
            self.assertEqual(socket.htonl(1), 1 << 24)
        self.assertRaises(OverflowError, socket.htonl, 1L << 34)
        self.assertRaises(TypeError, socket.htonl, 'x')

    def test_getservbyname(self):
        port = socket.getservbyname('echo', 'tcp')
        self.assertEqual(port, 7)
        self.assertEqual(socket.getservbyport(port, 'tcp'), 'echo')
        self.assertRaises(socket.error, socket.getservbyname, 'no-such-service', 'tcp')
        self.assertEqual(socket.getprotobyname('tcp'), socket.IPPROTO_TCP)

    def test_default_timeout(self):
        self.assertEqual(socket.getdefaulttimeout(), None)
        s = socket.socket()
        self.assertEqual(s.gettimeout(), None)
        s.close()
        socket.setdefaulttimeout(10)
        try:
            self.assertEqual(socket.getdefaulttimeout(), 10)
            s = socket.socket()
            self.assertEqual(s.gettimeout(), 10)
            s.close()
        finally:
            socket.setdefaulttimeout(None)
        self.assertEqual(socket.getdefaulttimeout(), None)
        self.assertRaises(ValueError, socket.setdefaulttimeout, -1)
        self.assertRaises(TypeError, socket.setdefaulttimeout, "spam")

    def test_inet_aton_ntoa(self):
        self.assertEqual(socket.inet_aton('1.2.3.4'), '\x01\x02\x03\x04')
        self.assertEqual(socket.inet_aton('0.0.0.0'), '\x00\x00\x00\x00')
        self.assertEqual(socket.inet_ntoa('\xff\xff\xff\xff'), '255.255.255.255')
        self.assertRaises(socket.error, socket.inet_aton, 'not an address')
        self.assertRaises(socket.error, socket.inet_ntoa, '\x01\x02\x03')

    def test_inet_pton_ntop(self):
        f = socket.inet_pton
        self.assertEqual(f(socket.AF_INET, '170.85.170.85'), '\xaa\x55\xaa\x55')
        self.assertEqual(f(socket.AF_INET6, '::'), '\x00' * 16)
        self.assertEqual(f(socket.AF_INET6, '::1'), '\x00' * 15 + '\x01')
        self.assertRaises(socket.error, f, socket.AF_INET, '1.2.3')
        g = socket.inet_ntop
        self.assertEqual(g(socket.AF_INET, '\x01\x02\x03\x04'), '1.2.3.4')
        self.assertEqual(g(socket.AF_INET6, '\x00' * 15 + '\x01'), '::1')
        self.assertRaises(ValueError, g, socket.AF_INET, '\x01\x02\x03')
        self.assertRaises(ValueError, g, socket.AF_INET6, '\x01' * 4)

    def test_getaddrinfo(self):
        infos = socket.getaddrinfo(HOST, 80, socket.AF_INET, socket.SOCK_STREAM)
        self.assertEqual(len(infos), 1)
        family, socktype, proto, canonname, sockaddr = infos[0]
        self.assertEqual(family, socket.AF_INET)
        self.assertEqual(socktype, socket.SOCK_STREAM)
        self.assertEqual(sockaddr, (HOST, 80))
        infos = socket.getaddrinfo(None, '80', socket.AF_INET, socket.SOCK_STREAM,
                                   0, socket.AI_PASSIVE)
        self.assertEqual(infos[0][4], ('0.0.0.0', 80))
        self.assertRaises(socket.error, socket.getaddrinfo, HOST, 1.5)
        self.assertRaises(TypeError, socket.getaddrinfo, 42, 80)

    def test_getnameinfo(self):
        self.assertEqual(socket.getnameinfo((HOST, 80),
                                            socket.NI_NUMERICHOST | socket.NI_NUMERICSERV),
                         (HOST, '80'))
        self.assertRaises(TypeError, socket.getnameinfo, HOST, 0)
        self.assertRaises(socket.error, socket.getnameinfo, (HOST, 80, 0, 0), 0)

    def test_sockname(self):
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        s.bind((HOST, 0))
        name, port = s.getsockname()
        self.assertEqual(name, HOST)
        self.failUnless(0 < port < 65536)
        s.close()

    def test_sockopt(self):
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.assertEqual(s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR), 0)
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.failIf(s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) == 0)
        raw = s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 4)
        self.assertEqual(len(raw), 4)
        self.assertRaises(socket.error, s.getsockopt, socket.SOL_SOCKET,
                          socket.SO_REUSEADDR, 5000)
        s.close()

    def test_send_after_close(self):
        s = socket.socket()
        s.close()
        self.assertRaises(socket.error, s.send, 'spam')
        self.assertRaises(socket.error, s.fileno)
        try:
            s.recv(1)
        except socket.error, e:
            self.assertEqual(e.args[0], errno.EBADF)

    def test_real_close_after_close(self):
        s = socket.socket()
        real = s._sock
        real.close()
        self.assertEqual(real.fileno(), -1)
        self.assertRaises(socket.error, real.send, 'x')
        real.close()

    def test_bad_addresses(self):
        s = socket.socket()
        self.assertRaises(TypeError, s.bind, HOST)
        self.assertRaises(TypeError, s.connect, (HOST,))
        self.assertRaises(OverflowError, s.connect, (HOST, 70000))
        self.assertRaises(socket.gaierror, s.connect, ('no-such-host.invalid', 80))
        s.close()

    def test_timeout_values(self):
        s = socket.socket()
        self.assertEqual(s.gettimeout(), None)
        s.settimeout(1.5)
        self.assertEqual(s.gettimeout(), 1.5)
        s.settimeout(2)
        self.assertEqual(s.gettimeout(), 2.0)
        s.setblocking(0)
        self.assertEqual(s.gettimeout(), 0.0)
        s.setblocking(1)
        self.assertEqual(s.gettimeout(), None)
        self.assertRaises(ValueError, s.settimeout, -1)
        self.assertRaises(TypeError, s.settimeout, 'x')
        s.close()

    def test_connect_refused(self):
        # Find a port nobody listens on: bind, note it, close.
        probe = socket.socket()
        probe.bind((HOST, 0))
        port = probe.getsockname()[1]
        probe.close()
        s = socket.socket()
        self.assertEqual(s.connect_ex((HOST, port)), errno.ECONNREFUSED)
        s.close()
        s = socket.socket()
        try:
            s.connect((HOST, port))
        except socket.error, e:
            self.assertEqual(e.args[0], errno.ECONNREFUSED)
        else:
            self.fail("connected to a closed port")
        s.close()


class ThreadedTCPBase(unittest.TestCase):
    """A listening socket, and `serve` run in a thread against each
    accepted connection."""

    def setUp(self):
        self.serv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.serv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.serv.bind((HOST, 0))
        self.port = self.serv.getsockname()[1]
        self.serv.listen(1)
        self.done = threading.Event()
        self.server_error = None

    def tearDown(self):
        self.done.wait(10)
        self.serv.close()
        self.serv = None
        if self.server_error is not None:
            raise self.server_error[0], self.server_error[1]

    def start_server(self, serve):
        def run():
            try:
                try:
                    conn, addr = self.serv.accept()
                    try:
                        serve(conn)
                    finally:
                        conn.close()
                except:
                    self.server_error = sys.exc_info()[:2]
            finally:
                self.done.set()
        thread.start_new_thread(run, ())

    def connect(self):
        cli = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        cli.connect((HOST, self.port))
        return cli

    def recv_all(self, sock, n):
        data = ''
        while len(data) < n:
            chunk = sock.recv(n - len(data))
            if not chunk:
                break
            data += chunk
        return data


class BasicTCPTest(ThreadedTCPBase):

    def test_echo(self):
        def serve(conn):
            conn.sendall(self.recv_all(conn, len(MSG)))
        self.start_server(serve)
        cli = self.connect()
        cli.sendall(MSG)
        self.assertEqual(self.recv_all(cli, len(MSG)), MSG)
        cli.close()

    def test_accept_address(self):
        seen = []
        def serve(conn):
            seen.append(conn.getpeername())
            seen.append(conn.getsockname())
        self.start_server(serve)
        cli = self.connect()
        self.done.wait(10)
        peer, local = seen
        self.assertEqual(peer, cli.getsockname())
        self.assertEqual(local, (HOST, self.port))
        self.assertEqual(cli.getpeername(), (HOST, self.port))
        cli.close()

    def test_recv_peek_and_recvfrom(self):
        def serve(conn):
            conn.sendall(MSG)
        self.start_server(serve)
        cli = self.connect()
        self.done.wait(10)
        peeked = cli.recv(5, socket.MSG_PEEK)
        self.assertEqual(peeked, MSG[:5])
        data, addr = cli.recvfrom(1024)
        self.assertEqual(data, MSG)
        cli.close()

    def test_recv_into(self):
        import array
        def serve(conn):
            conn.sendall(MSG)
        self.start_server(serve)
        cli = self.connect()
        self.done.wait(10)
        buf = array.array('c', ' ' * 1024)
        n = cli.recv_into(buf)
        self.assertEqual(buf.tostring()[:n], MSG)
        cli.close()

    def test_overflow_recv(self):
        def serve(conn):
            conn.sendall(MSG)
        self.start_server(serve)
        cli = self.connect()
        self.assertEqual(self.recv_all(cli, 3), MSG[:3])
        self.assertEqual(self.recv_all(cli, len(MSG) - 3), MSG[3:])
        self.assertEqual(cli.recv(10), '')
        cli.close()

    def test_sendall_big(self):
        big = 'f' * (1 << 20)
        def serve(conn):
            conn.sendall(big)
        self.start_server(serve)
        cli = self.connect()
        self.assertEqual(self.recv_all(cli, len(big)), big)
        cli.close()

    def test_shutdown(self):
        def serve(conn):
            conn.sendall(MSG)
            conn.shutdown(socket.SHUT_WR)
            self.assertEqual(self.recv_all(conn, 4), 'done')
        self.start_server(serve)
        cli = self.connect()
        self.assertEqual(self.recv_all(cli, 1000), MSG)
        cli.sendall('done')
        cli.close()

    def test_fromfd(self):
        def serve(conn):
            conn.sendall(MSG)
        self.start_server(serve)
        cli = self.connect()
        other = socket.fromfd(cli.fileno(), socket.AF_INET, socket.SOCK_STREAM)
        self.failIf(other.fileno() == cli.fileno())
        cli.close()
        self.assertEqual(self.recv_all(other, len(MSG)), MSG)
        other.close()

    def test_dup(self):
        def serve(conn):
            conn.sendall(MSG)
        self.start_server(serve)
        cli = self.connect()
        other = cli.dup()
        cli.close()
        self.assertEqual(self.recv_all(other, len(MSG)), MSG)
        other.close()

    def test_select(self):
        def serve(conn):
            time.sleep(0.2)
            conn.sendall(MSG)
        self.start_server(serve)
        cli = self.connect()
        r, w, x = select.select([cli], [cli], [], 0)
        self.assertEqual((r, w, x), ([], [cli], []))
        r, w, x = select.select([cli], [], [], 10)
        self.assertEqual(r, [cli])
        self.assertEqual(self.recv_all(cli, len(MSG)), MSG)
        cli.close()

    def test_poll(self):
        def serve(conn):
            conn.sendall(MSG)
        self.start_server(serve)
        cli = self.connect()
        p = select.poll()
        p.register(cli, select.POLLIN)
        events = p.poll(10000)
        self.assertEqual(len(events), 1)
        fd, mask = events[0]
        self.assertEqual(fd, cli.fileno())
        self.failUnless(mask & select.POLLIN)
        p.unregister(cli)
        self.assertRaises(KeyError, p.unregister, cli)
        self.assertEqual(p.poll(0), [])
        cli.close()


class FileObjectTest(ThreadedTCPBase):

    def test_read_write(self):
        def serve(conn):
            f = conn.makefile('wb')
            f.write(MSG)
            f.write('second line\nthird')
            f.close()
        self.start_server(serve)
        cli = self.connect()
        f = cli.makefile('rb')
        cli.close()     # the file object keeps the connection open
        self.assertEqual(f.readline(), MSG)
        self.assertEqual(f.read(7), 'second ')
        self.assertEqual(f.read(), 'line\nthird')
        self.assertEqual(f.read(), '')
        f.close()
        self.failUnless(f.closed)

    def test_iteration_and_readlines(self):
        lines = ['a\n', 'bb\n', 'ccc\n', 'tail']
        def serve(conn):
            conn.sendall(''.join(lines))
        self.start_server(serve)
        cli = self.connect()
        f = cli.makefile('rb')
        self.assertEqual(f.next(), 'a\n')
        self.assertEqual(list(f), lines[1:])
        f.close()
        cli.close()

    def test_unbuffered(self):
        def serve(conn):
            f = conn.makefile('rb', 0)
            line = f.readline()
            conn.sendall('got:' + line + 'rest')
        self.start_server(serve)
        cli = self.connect()
        f = cli.makefile('wb', 0)
        f.write('hello\n')
        r = cli.makefile('rb', 0)
        self.assertEqual(r.readline(), 'got:hello\n')
        self.assertEqual(r.read(), 'rest')
        cli.close()

    def test_readline_size(self):
        def serve(conn):
            conn.sendall('abcdefgh\nij\n')
        self.start_server(serve)
        cli = self.connect()
        f = cli.makefile()
        self.assertEqual(f.readline(3), 'abc')
        self.assertEqual(f.readline(), 'defgh\n')
        self.assertEqual(f.readlines(), ['ij\n'])
        cli.close()


class TimeoutTest(ThreadedTCPBase):

    def test_recv_timeout(self):
        def serve(conn):
            self.assertEqual(self.recv_all(conn, 4), 'stop')
        self.start_server(serve)
        cli = self.connect()
        cli.settimeout(0.2)
        start = time.time()
        try:
            cli.recv(1024)
        except socket.timeout, e:
            self.assertEqual(str(e), 'timed out')
        else:
            self.fail("recv did not time out")
        self.failUnless(time.time() - start >= 0.15)
        cli.sendall('stop')
        cli.close()

    def test_accept_timeout(self):
        self.serv.settimeout(0.1)
        self.assertRaises(socket.timeout, self.serv.accept)
        self.done.set()

    def test_nonblocking(self):
        self.serv.setblocking(0)
        try:
            self.serv.accept()
        except socket.error, e:
            self.assertEqual(e.args[0], errno.EAGAIN)
        else:
            self.fail("accept did not fail")
        cli = self.connect()
        r, w, x = select.select([self.serv], [], [], 10)
        self.assertEqual(r, [self.serv])
        conn, addr = self.serv.accept()
        conn.setblocking(0)
        self.assertRaises(socket.error, conn.recv, 10)
        cli.sendall(MSG)
        select.select([conn], [], [], 10)
        self.assertEqual(conn.recv(100), MSG)
        conn.close()
        cli.close()
        self.done.set()

    def test_timeout_with_data(self):
        def serve(conn):
            time.sleep(0.1)
            conn.sendall(MSG)
        self.start_server(serve)
        cli = self.connect()
        cli.settimeout(10)
        self.assertEqual(self.recv_all(cli, len(MSG)), MSG)
        cli.close()


class UDPTest(unittest.TestCase):

    def setUp(self):
        self.serv = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.serv.bind((HOST, 0))
        self.port = self.serv.getsockname()[1]
        self.cli = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)

    def tearDown(self):
        self.serv.close()
        self.cli.close()

    def test_sendto_recvfrom(self):
        self.assertEqual(self.cli.sendto(MSG, (HOST, self.port)), len(MSG))
        data, addr = self.serv.recvfrom(1024)
        self.assertEqual(data, MSG)
        self.assertEqual(addr, (HOST, self.cli.getsockname()[1]))
        self.serv.sendto('reply', 0, addr)
        self.assertEqual(self.cli.recv(100), 'reply')

    def test_connected_udp(self):
        self.cli.connect((HOST, self.port))
        self.cli.send(MSG)
        self.assertEqual(self.serv.recv(1024), MSG)

    def test_recvfrom_timeout(self):
        self.serv.settimeout(0.1)
        self.assertRaises(socket.timeout, self.serv.recvfrom, 10)


class IPv6Test(unittest.TestCase):

    def test_loopback(self):
        try:
            serv = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
            serv.bind(('::1', 0))
        except socket.error:
            return      # no IPv6 loopback here
        cli = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
        port = serv.getsockname()[1]
        self.assertEqual(serv.getsockname()[0], '::1')
        self.assertEqual(len(serv.getsockname()), 4)
        cli.sendto(MSG, ('::1', port))
        data, addr = serv.recvfrom(100)
        self.assertEqual(data, MSG)
        serv.close()
        cli.close()


class UnixSocketTest(unittest.TestCase):

    def test_socketpair(self):
        a, b = socket.socketpair()
        self.assertEqual(a.family, socket.AF_UNIX)
        a.sendall(MSG)
        self.assertEqual(b.recv(1024), MSG)
        b.sendall('x')
        self.assertEqual(a.recv(10), 'x')
        a.close()
        b.close()

    def test_named_socket(self):
        path = test_support.TESTFN + '.sock'
        test_support.unlink(path)
        serv = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            serv.bind(path)
            serv.listen(1)
            self.assertEqual(serv.getsockname(), path)
            cli = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            cli.connect(path)
            conn, addr = serv.accept()
            cli.sendall(MSG)
            self.assertEqual(conn.recv(1024), MSG)
            conn.close()
            cli.close()
        finally:
            serv.close()
            test_support.unlink(path)


def test_main():
    test_support.run_unittest(GeneralModuleTests, BasicTCPTest, FileObjectTest,
                              TimeoutTest, UDPTest, IPv6Test, UnixSocketTest)

if __name__ == '__main__':
    test_main()
