"""Tests for telnetlib against a scripted server on 127.0.0.1 run in a
thread."""

import unittest
from test import test_support
import telnetlib
from telnetlib import IAC, DO, DONT, WILL, WONT, SB, SE, ECHO, TTYPE
import socket
import threading
import time

HOST = '127.0.0.1'


class ScriptServer(threading.Thread):
    """Sends the scripted chunks (pausing between them), records what the
    client sends, and closes."""

    def __init__(self, chunks, wait_for=0):
        threading.Thread.__init__(self)
        self.setDaemon(True)
        self.chunks = chunks
        self.wait_for = wait_for
        self.received = ''
        self.listener = socket.socket()
        self.listener.bind((HOST, 0))
        self.listener.listen(1)
        self.port = self.listener.getsockname()[1]

    def run(self):
        conn, addr = self.listener.accept()
        conn.settimeout(10)
        for chunk in self.chunks:
            if isinstance(chunk, float):
                time.sleep(chunk)
            else:
                conn.sendall(chunk)
        try:
            while len(self.received) < self.wait_for:
                data = conn.recv(100)
                if not data:
                    break
                self.received = self.received + data
        except socket.error:
            pass
        conn.close()
        self.listener.close()


def start(chunks, wait_for=0):
    server = ScriptServer(chunks, wait_for)
    server.start()
    return server, telnetlib.Telnet(HOST, server.port)


class TelnetTests(unittest.TestCase):

    def test_read_until_and_all(self):
        server, tn = start(['login: ', 0.05, 'rest of', ' the data'])
        self.assertEqual(tn.read_until('login: '), 'login: ')
        self.assertEqual(tn.read_all(), 'rest of the data')
        tn.close()
        server.join(10)

    def test_read_until_timeout(self):
        server, tn = start(['partial', 0.5, ' more'])
        self.assertEqual(tn.read_until('never', 0.1), 'partial')
        self.assertEqual(tn.read_until('more', 5), ' more')
        tn.close()
        server.join(10)

    def test_read_some_and_eof(self):
        server, tn = start(['abc'])
        self.assertEqual(tn.read_some(), 'abc')
        self.assertEqual(tn.read_some(), '')
        self.assertRaises(EOFError, tn.read_very_lazy)
        tn.close()
        server.join(10)

    def test_read_eager(self):
        server, tn = start([0.3, 'late'])
        self.assertEqual(tn.read_very_eager(), '')
        self.assertEqual(tn.read_eager(), '')
        self.assertEqual(tn.read_until('late', 5), 'late')
        tn.close()
        server.join(10)

    def test_option_refusal(self):
        # Without a callback DO is answered WONT and WILL with DONT; IAC
        # IAC is a data byte.
        server, tn = start([IAC + DO + ECHO + 'x' + IAC + WILL + TTYPE +
                            'y' + IAC + IAC + 'z'], wait_for=6)
        self.assertEqual(tn.read_all(), 'xy' + IAC + 'z')
        server.join(10)
        self.assertEqual(server.received, IAC + WONT + ECHO +
                         IAC + DONT + TTYPE)
        tn.close()

    def test_option_callback(self):
        seen = []
        server = ScriptServer([IAC + DO + TTYPE + IAC + SB + TTYPE +
                               'data' + IAC + SE + 'text'])
        server.start()
        tn = telnetlib.Telnet()
        tn.set_option_negotiation_callback(
            lambda sock, cmd, opt: seen.append((cmd, opt)))
        tn.open(HOST, server.port)
        self.assertEqual(tn.read_all(), 'text')
        self.assertEqual(seen, [(DO, TTYPE), (SB, chr(0)), (SE, chr(0))])
        self.assertEqual(tn.read_sb_data(), TTYPE + 'data')
        tn.close()
        server.join(10)

    def test_write_doubles_iac(self):
        server, tn = start([], wait_for=5)
        tn.write('a' + IAC + 'b\n')
        server.join(10)
        self.assertEqual(server.received, 'a' + IAC + IAC + 'b\n')
        tn.close()

    def test_expect(self):
        server, tn = start(['user: ', 0.05, 'password: '])
        self.assertEqual(tn.expect(['user: '])[0], 0)
        index, match, text = tn.expect(['nothing', r'pass\w+: '], 5)
        self.assertEqual((index, match.group(), text),
                         (1, 'password: ', 'password: '))
        self.assertRaises(EOFError, tn.expect, ['x'])
        tn.close()
        server.join(10)

    def test_get_socket(self):
        server, tn = start([])
        self.assert_(tn.get_socket() is tn.sock)
        self.assertEqual(tn.fileno(), tn.sock.fileno())
        tn.close()
        server.join(10)


def test_main():
    test_support.run_unittest(TelnetTests)

if __name__ == '__main__':
    test_main()
