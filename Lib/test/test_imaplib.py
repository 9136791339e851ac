"""Tests for imaplib against a scripted IMAP4rev1 server on 127.0.0.1
run in a thread."""

import unittest
from test import test_support
import imaplib
import socket
import threading
import time
import re

HOST = '127.0.0.1'

MESSAGE = 'Subject: test\r\n\r\nhello\r\n'


class IMAPServer(threading.Thread):

    def __init__(self, greeting='* OK IMAP4rev1 ready\r\n'):
        threading.Thread.__init__(self)
        self.setDaemon(True)
        self.greeting = greeting
        self.listener = socket.socket()
        self.listener.bind((HOST, 0))
        self.listener.listen(1)
        self.port = self.listener.getsockname()[1]
        self.commands = []
        self.appended = None

    def run(self):
        conn, addr = self.listener.accept()
        conn.settimeout(10)
        f = conn.makefile('rb', 0)
        send = conn.sendall
        send(self.greeting)
        while True:
            line = f.readline()
            if not line:
                break
            line = line.rstrip('\r\n')
            self.commands.append(line)
            tag, cmd, rest = (line.split(' ', 2) + ['', ''])[:3]
            cmd = cmd.upper()
            if cmd == 'CAPABILITY':
                send('* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\n'
                     '%s OK CAPABILITY completed\r\n' % tag)
            elif cmd == 'LOGIN':
                if rest == 'joe "se cret"':
                    send('%s OK LOGIN completed\r\n' % tag)
                else:
                    send('%s NO bad login\r\n' % tag)
            elif cmd in ('SELECT', 'EXAMINE'):
                send('* 3 EXISTS\r\n* 1 RECENT\r\n'
                     '* FLAGS (\\Seen \\Deleted)\r\n'
                     '* OK [UIDVALIDITY 42] UIDs valid\r\n')
                if cmd == 'EXAMINE':
                    send('%s OK [READ-ONLY] done\r\n' % tag)
                else:
                    send('%s OK [READ-WRITE] done\r\n' % tag)
            elif cmd == 'SEARCH':
                send('* SEARCH 1 3\r\n%s OK SEARCH completed\r\n' % tag)
            elif cmd == 'FETCH':
                send('* 1 FETCH (FLAGS (\\Seen) RFC822 {%d}\r\n%s)\r\n'
                     '%s OK FETCH completed\r\n' % (len(MESSAGE), MESSAGE,
                                                    tag))
            elif cmd == 'STORE':
                send('* 1 FETCH (FLAGS (\\Deleted))\r\n%s OK done\r\n' % tag)
            elif cmd == 'LIST':
                send('* LIST (\\Noselect) "/" ""\r\n'
                     '* LIST () "/" INBOX\r\n%s OK LIST done\r\n' % tag)
            elif cmd == 'APPEND':
                size = int(re.search(r'{(\d+)}$', rest).group(1))
                send('+ go ahead\r\n')
                self.appended = f.read(size)
                f.readline()
                send('%s OK APPEND completed\r\n' % tag)
            elif cmd == 'EXPUNGE':
                send('* 1 EXPUNGE\r\n%s OK done\r\n' % tag)
            elif cmd in ('NOOP', 'CLOSE', 'CREATE', 'DELETE'):
                send('%s OK %s completed\r\n' % (tag, cmd))
            elif cmd == 'LOGOUT':
                send('* BYE logging out\r\n%s OK LOGOUT completed\r\n' % tag)
                break
            else:
                send('%s BAD unknown command\r\n' % tag)
        f.close()
        conn.close()
        self.listener.close()


class IMAPTests(unittest.TestCase):

    def setUp(self):
        self.server = IMAPServer()
        self.server.start()
        self.imap = imaplib.IMAP4(HOST, self.server.port)

    def tearDown(self):
        try:
            self.imap.logout()
        except Exception:
            pass
        self.server.join(10)

    def test_session(self):
        m = self.imap
        self.assertEqual(m.state, 'NONAUTH')
        self.assertEqual(m.PROTOCOL_VERSION, 'IMAP4REV1')
        self.assert_('AUTH=PLAIN' in m.capabilities)
        self.assertEqual(m.login('joe', 'se cret'),
                         ('OK', ['LOGIN completed']))
        self.assertEqual(m.state, 'AUTH')
        self.assertEqual(m.select(), ('OK', ['3']))
        self.assertEqual(m.state, 'SELECTED')
        self.assertEqual(m.response('UIDVALIDITY'), ('UIDVALIDITY', ['42']))
        self.assertEqual(m.search(None, 'ALL'), ('OK', ['1 3']))
        typ, data = m.fetch('1', '(FLAGS RFC822)')
        self.assertEqual(typ, 'OK')
        self.assertEqual(data[0], ('1 (FLAGS (\\Seen) RFC822 {%d}'
                                   % len(MESSAGE), MESSAGE))
        self.assertEqual(data[1], ')')
        self.assertEqual(imaplib.ParseFlags(data[0][0]), ('\\Seen',))
        typ, data = m.store('1', '+FLAGS', '\\Deleted')
        self.assertEqual(data, ['1 (FLAGS (\\Deleted))'])
        self.assertEqual(m.expunge(), ('OK', ['1']))
        typ, data = m.list()
        self.assertEqual(data, ['(\\Noselect) "/" ""', '() "/" INBOX'])
        self.assertEqual(m.close()[0], 'OK')
        self.assertEqual(m.state, 'AUTH')
        typ, data = m.logout()
        self.assertEqual((typ, data), ('BYE', ['logging out']))
        self.assertEqual(m.state, 'LOGOUT')

    def test_tags_and_quoting(self):
        self.imap.login('joe', 'se cret')
        self.imap.create('a b')
        tags = [c.split()[0] for c in self.server.commands]
        self.assertEqual(len(tags), len(set(tags)))
        self.assert_(re.match('[A-P]+\d+$', tags[0]))
        self.assertEqual(self.server.commands[-1].split(' ', 1)[1],
                         'CREATE "a b"')

    def test_errors(self):
        self.assertRaises(imaplib.IMAP4.error, self.imap.login, 'joe', 'bad')
        # Commands are refused in the wrong state.
        self.assertRaises(imaplib.IMAP4.error, self.imap.fetch, '1', 'FLAGS')
        self.imap.login('joe', 'se cret')
        try:
            self.imap.xatom('XWHATEVER')
        except imaplib.IMAP4.error, e:
            self.assert_('XWHATEVER command error: BAD' in str(e))
        else:
            self.fail('BAD reply not raised')

    def test_readonly(self):
        self.imap.login('joe', 'se cret')
        typ, data = self.imap.select('INBOX', readonly=True)
        self.assertEqual(typ, 'OK')
        self.assert_(self.imap.is_readonly)
        self.assertEqual(self.server.commands[-1].split(' ', 1)[1],
                         'EXAMINE INBOX')

    def test_append(self):
        self.imap.login('joe', 'se cret')
        typ, data = self.imap.append('INBOX', '\\Seen', None,
                                     'Subject: x\n\nbody\n')
        self.assertEqual(typ, 'OK')
        self.assertEqual(self.server.appended, 'Subject: x\r\n\r\nbody\r\n')


class HelperTests(unittest.TestCase):

    def test_int2ap(self):
        self.assertEqual(imaplib.Int2AP(0), '')
        self.assertEqual(imaplib.Int2AP(1), 'B')
        self.assertEqual(imaplib.Int2AP(16), 'BA')
        self.assertEqual(imaplib.Int2AP(4096), 'BAAA')

    def test_internaldate(self):
        tt = imaplib.Internaldate2tuple(
            '25 (INTERNALDATE "01-Jan-2000 12:00:00 +0000")')
        self.assertEqual(time.mktime(tt), 946728000.0)
        self.assertEqual(imaplib.Internaldate2tuple('nothing'), None)
        stamp = imaplib.Time2Internaldate(946728000)
        self.assert_(re.match(r'"\d\d-[A-Z][a-z]{2}-\d{4} \d\d:\d\d:\d\d '
                              r'[+-]\d{4}"$', stamp), stamp)
        back = imaplib.Internaldate2tuple('INTERNALDATE ' + stamp)
        self.assertEqual(time.mktime(back), 946728000.0)
        self.assertEqual(imaplib.Time2Internaldate('"already"'), '"already"')

    def test_exceptions(self):
        self.assert_(issubclass(imaplib.IMAP4.abort, imaplib.IMAP4.error))
        self.assert_(issubclass(imaplib.IMAP4.readonly, imaplib.IMAP4.abort))


def test_main():
    test_support.run_unittest(IMAPTests, HelperTests)

if __name__ == '__main__':
    test_main()
