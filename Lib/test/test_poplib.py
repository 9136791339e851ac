"""Tests for poplib against a small POP3 server on 127.0.0.1 run in a
thread."""

import unittest
from test import test_support
import poplib
import socket
import threading
import md5

HOST = '127.0.0.1'
TIMESTAMP = '<1896.697170952@dbc.mtview.ca.us>'

MESSAGES = ['From: a\r\nSubject: one\r\n\r\nbody 1\r\n..dotted\r\n',
            'From: b\r\nSubject: two\r\n\r\nsecond\r\n']


class POP3Server(threading.Thread):

    def __init__(self):
        threading.Thread.__init__(self)
        self.setDaemon(True)
        self.listener = socket.socket()
        self.listener.bind((HOST, 0))
        self.listener.listen(1)
        self.port = self.listener.getsockname()[1]
        self.commands = []

    def run(self):
        conn, addr = self.listener.accept()
        conn.settimeout(10)
        f = conn.makefile('rb', 0)
        send = conn.sendall
        send('+OK POP3 server ready %s\r\n' % TIMESTAMP)
        while True:
            line = f.readline()
            if not line:
                break
            line = line.rstrip('\r\n')
            self.commands.append(line)
            words = line.split()
            cmd = words[0].upper()
            if cmd == 'USER':
                send('+OK user accepted\r\n')
            elif cmd == 'PASS':
                if words[1] == 'secret':
                    send('+OK logged in\r\n')
                else:
                    send('-ERR bad password\r\n')
            elif cmd == 'APOP':
                good = md5.new(TIMESTAMP + 'secret').hexdigest()
                if words[2] == good:
                    send('+OK apop accepted\r\n')
                else:
                    send('-ERR bad digest\r\n')
            elif cmd == 'STAT':
                send('+OK 2 %d\r\n' % sum(map(len, MESSAGES)))
            elif cmd == 'LIST':
                if len(words) > 1:
                    n = int(words[1])
                    send('+OK %d %d\r\n' % (n, len(MESSAGES[n - 1])))
                else:
                    send('+OK 2 messages\r\n')
                    for i, m in enumerate(MESSAGES):
                        send('%d %d\r\n' % (i + 1, len(m)))
                    send('.\r\n')
            elif cmd == 'RETR':
                m = MESSAGES[int(words[1]) - 1]
                send('+OK %d octets\r\n%s.\r\n' % (len(m), m))
            elif cmd == 'TOP':
                m = MESSAGES[int(words[1]) - 1]
                head = m.split('\r\n\r\n')[0]
                send('+OK\r\n%s\r\n\r\n.\r\n' % head)
            elif cmd == 'UIDL':
                if len(words) > 1:
                    send('+OK %s uid%s\r\n' % (words[1], words[1]))
                else:
                    send('+OK\r\n1 uid1\r\n2 uid2\r\n.\r\n')
            elif cmd == 'DELE':
                send('+OK message %s deleted\r\n' % words[1])
            elif cmd in ('NOOP', 'RSET'):
                send('+OK\r\n')
            elif cmd == 'QUIT':
                send('+OK bye\r\n')
                break
            else:
                send('-ERR unknown command\r\n')
        f.close()
        conn.close()
        self.listener.close()


class POP3Tests(unittest.TestCase):

    def setUp(self):
        self.server = POP3Server()
        self.server.start()
        self.client = poplib.POP3(HOST, self.server.port)

    def tearDown(self):
        try:
            self.client.quit()
        except Exception:
            pass
        self.server.join(10)

    def test_session(self):
        c = self.client
        self.assertEqual(c.getwelcome(),
                         '+OK POP3 server ready ' + TIMESTAMP)
        self.assertEqual(c.user('joe'), '+OK user accepted')
        self.assertEqual(c.pass_('secret'), '+OK logged in')
        self.assertEqual(c.stat(), (2, sum(map(len, MESSAGES))))
        resp, lines, octets = c.list()
        self.assertEqual(resp, '+OK 2 messages')
        self.assertEqual(lines, ['1 %d' % len(MESSAGES[0]),
                                 '2 %d' % len(MESSAGES[1])])
        self.assertEqual(c.list(2), '+OK 2 %d' % len(MESSAGES[1]))
        resp, lines, octets = c.retr(1)
        self.assertEqual(lines, ['From: a', 'Subject: one', '', 'body 1',
                                 '.dotted'])
        # The octets count the lines as sent, less the stuffed dot.
        self.assertEqual(octets, len(MESSAGES[0]) - 1)
        resp, lines, octets = c.top(2, 0)
        self.assertEqual(lines, ['From: b', 'Subject: two', ''])
        self.assertEqual(c.uidl()[1], ['1 uid1', '2 uid2'])
        self.assertEqual(c.uidl(2), '+OK 2 uid2')
        self.assertEqual(c.dele(1), '+OK message 1 deleted')
        self.assertEqual(c.noop(), '+OK')
        self.assertEqual(c.rset(), '+OK')
        self.assertEqual(c.quit(), '+OK bye')

    def test_error(self):
        self.client.user('joe')
        try:
            self.client.pass_('wrong')
        except poplib.error_proto, e:
            self.assertEqual(e.args, ('-ERR bad password',))
        else:
            self.fail('error_proto not raised')

    def test_apop(self):
        self.assertEqual(self.client.apop('joe', 'secret'),
                         '+OK apop accepted')
        self.assertEqual(self.server.commands[0],
                         'APOP joe ' + md5.new(TIMESTAMP +
                                               'secret').hexdigest())

    def test_debug_output(self):
        import sys, StringIO
        saved = sys.stdout
        sys.stdout = out = StringIO.StringIO()
        try:
            self.client.set_debuglevel(1)
            self.client.noop()
        finally:
            sys.stdout = saved
            self.client.set_debuglevel(0)
        self.assertEqual(out.getvalue(), "*cmd* 'NOOP'\n")


def test_main():
    test_support.run_unittest(POP3Tests)

if __name__ == '__main__':
    test_main()
