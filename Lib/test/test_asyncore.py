"""Tests for asyncore and asynchat, with plain sockets as the peers."""

import unittest
from test import test_support
import asyncore
import asynchat
import socket
import threading
import time

HOST = '127.0.0.1'


class LineChannel(asynchat.async_chat):
    """Answers each line in upper case; 'BIN n' reads n raw bytes next;
    'QUIT' says bye and closes when done."""

    def __init__(self, conn, map=None):
        asynchat.async_chat.__init__(self, conn)
        self.buf = []
        self.set_terminator('\r\n')
        self.raw = False

    def collect_incoming_data(self, data):
        self.buf.append(data)

    def found_terminator(self):
        data = ''.join(self.buf)
        self.buf = []
        if self.raw:
            self.raw = False
            self.set_terminator('\r\n')
            self.push('raw:%s\r\n' % data)
        elif data.startswith('BIN '):
            self.raw = True
            self.set_terminator(int(data[4:]))
        elif data == 'QUIT':
            self.push('bye\r\n')
            self.close_when_done()
        else:
            self.push(data.upper() + '\r\n')


class Listener(asyncore.dispatcher):

    def __init__(self):
        asyncore.dispatcher.__init__(self)
        self.create_socket(socket.AF_INET, socket.SOCK_STREAM)
        self.set_reuse_addr()
        self.bind((HOST, 0))
        self.listen(5)
        self.port = self.socket.getsockname()[1]

    def handle_accept(self):
        pair = self.accept()
        if pair is not None:
            LineChannel(pair[0])


def run_client(port, sends, results):
    s = socket.socket()
    s.settimeout(10)
    s.connect((HOST, port))
    for data in sends:
        s.sendall(data)
        time.sleep(0.01)
    chunks = []
    while True:
        chunk = s.recv(1024)
        if not chunk:
            break
        chunks.append(chunk)
    s.close()
    results.append(''.join(chunks))


class AsynchatTests(unittest.TestCase):

    def setUp(self):
        asyncore.close_all()

    def tearDown(self):
        asyncore.close_all()

    def converse(self, sends, use_poll=False):
        server = Listener()
        results = []
        t = threading.Thread(target=run_client,
                             args=(server.port, sends, results))
        t.start()
        deadline = time.time() + 10
        while t.isAlive() and time.time() < deadline:
            asyncore.loop(0.05, use_poll, count=1)
        t.join(1)
        server.close()
        return results[0]

    def test_line_terminator(self):
        reply = self.converse(['hello\r\nwor', 'ld\r\n', 'QUIT\r\n'])
        self.assertEqual(reply, 'HELLO\r\nWORLD\r\nbye\r\n')

    def test_terminator_split_across_reads(self):
        reply = self.converse(['abc\r', '\ndef\r', '\nQUIT\r\n'])
        self.assertEqual(reply, 'ABC\r\nDEF\r\nbye\r\n')

    def test_numeric_terminator(self):
        reply = self.converse(['BIN 5\r\nab', 'c\r\nQUIT\r\n'])
        self.assertEqual(reply, 'raw:abc\r\n\r\nbye\r\n')

    def test_poll(self):
        reply = self.converse(['x\r\nQUIT\r\n'], use_poll=True)
        self.assertEqual(reply, 'X\r\nbye\r\n')

    def test_many_lines_one_read(self):
        lines = ['line%d' % i for i in range(50)]
        reply = self.converse(['\r\n'.join(lines) + '\r\nQUIT\r\n'])
        expected = ''.join([l.upper() + '\r\n' for l in lines]) + 'bye\r\n'
        self.assertEqual(reply, expected)

    def test_helpers(self):
        self.assertEqual(asynchat.find_prefix_at_end('qwerty\r', '\r\n'), 1)
        self.assertEqual(asynchat.find_prefix_at_end('qwertydkjf', '\r\n'), 0)
        self.assertEqual(asynchat.find_prefix_at_end('ab', 'abc'), 2)
        f = asynchat.fifo()
        self.assert_(f.is_empty())
        f.push(1)
        f.push(2)
        self.assertEqual(len(f), 2)
        self.assertEqual(f.first(), 1)
        self.assertEqual(f.pop(), (1, 1))
        self.assertEqual(f.pop(), (1, 2))
        self.assertEqual(f.pop(), (0, None))
        p = asynchat.simple_producer('abcdefg', 3)
        self.assertEqual([p.more(), p.more(), p.more(), p.more()],
                         ['abc', 'def', 'g', ''])


class DispatcherTests(unittest.TestCase):

    def setUp(self):
        asyncore.close_all()

    def tearDown(self):
        asyncore.close_all()

    def test_connect_send_recv(self):
        # A plain-socket server; the client is a dispatcher_with_send.
        listener = socket.socket()
        listener.bind((HOST, 0))
        listener.listen(1)
        port = listener.getsockname()[1]
        received = []

        def serve():
            conn, addr = listener.accept()
            conn.settimeout(10)
            received.append(conn.recv(100))
            conn.sendall('pong')
            conn.close()
        t = threading.Thread(target=serve)
        t.start()

        class Client(asyncore.dispatcher_with_send):
            events = []
            def handle_connect(self):
                self.events.append('connect')
            def handle_read(self):
                data = self.recv(100)
                if data:
                    self.events.append(data)
            def handle_close(self):
                self.events.append('close')
                self.close()

        c = Client()
        c.create_socket(socket.AF_INET, socket.SOCK_STREAM)
        c.connect((HOST, port))
        c.send('ping')
        self.assert_(c._fileno in asyncore.socket_map)
        asyncore.loop(0.05, count=100)
        t.join(10)
        listener.close()
        self.assertEqual(received, ['ping'])
        self.assertEqual(Client.events, ['connect', 'pong', 'close'])
        self.assertEqual(asyncore.socket_map, {})

    def test_handle_error_closes(self):
        a, b = socket.socketpair()
        try:
            class Broken(asyncore.dispatcher):
                def handle_read(self):
                    raise ValueError('broken')
                def writable(self):
                    return False
                def log_info(self, message, type='info'):
                    self.logged = (type, message)
            d = Broken(a)
            b.send('x')
            asyncore.loop(0.05, count=5)
            self.assertEqual(d.logged[0], 'error')
            self.assert_('uncaptured python exception' in d.logged[1])
            self.assert_('ValueError' in d.logged[1])
            self.assertEqual(asyncore.socket_map, {})
        finally:
            b.close()

    def test_separate_map(self):
        mymap = {}
        a, b = socket.socketpair()
        try:
            d = asyncore.dispatcher(a, map=mymap)
            self.assert_(mymap)
            self.assertEqual(asyncore.socket_map, {})
            self.assert_(repr(d).startswith('<asyncore.dispatcher connected'))
            d.close()
            self.assertEqual(mymap, {})
        finally:
            b.close()

    def test_compact_traceback(self):
        try:
            raise KeyError('k')
        except KeyError:
            (file, func, line), t, v, info = asyncore.compact_traceback()
        self.assertEqual(func, 'test_compact_traceback')
        self.assert_(t is KeyError)
        self.assert_(info.startswith('[') and info.endswith(']'))

    def test_exitnow(self):
        self.assert_(issubclass(asyncore.ExitNow, Exception))


def test_main():
    test_support.run_unittest(AsynchatTests, DispatcherTests)

if __name__ == '__main__':
    test_main()
