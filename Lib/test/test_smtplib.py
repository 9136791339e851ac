"""Tests for smtplib against smtpd's server on 127.0.0.1 (run by
asyncore in a thread), and against a scripted fake server."""

import unittest
from test import test_support
import smtplib
import smtpd
import asyncore
import socket
import threading
import time
import sys
import StringIO

HOST = '127.0.0.1'


class RecordingServer(smtpd.SMTPServer):

    def __init__(self, *args):
        smtpd.SMTPServer.__init__(self, *args)
        self.messages = []

    def process_message(self, peer, mailfrom, rcpttos, data):
        self.messages.append((mailfrom, rcpttos, data))
        if 'reject-me' in data:
            return '554 Transaction failed'


class SMTPdTests(unittest.TestCase):

    def setUp(self):
        asyncore.close_all()
        self.server = RecordingServer((HOST, 0), None)
        self.port = self.server.socket.getsockname()[1]
        self.running = True
        self.thread = threading.Thread(target=self.loop)
        self.thread.setDaemon(True)
        self.thread.start()

    def loop(self):
        while self.running:
            asyncore.loop(0.02, count=1)

    def tearDown(self):
        self.running = False
        self.thread.join(10)
        asyncore.close_all()

    def test_sendmail(self):
        s = smtplib.SMTP(HOST, self.port, local_hostname='client.test')
        msg = 'Subject: hi\r\n\r\nbody line\r\n.leading dot\r\n'
        refused = s.sendmail('a@example.org', ['b@example.org',
                                               'c@example.org'], msg)
        self.assertEqual(refused, {})
        s.quit()
        self.assertEqual(len(self.server.messages), 1)
        mailfrom, rcpttos, data = self.server.messages[0]
        self.assertEqual(mailfrom, 'a@example.org')
        self.assertEqual(rcpttos, ['b@example.org', 'c@example.org'])
        # smtpd joins lines with \n and un-stuffs the leading dot.
        self.assertEqual(data, 'Subject: hi\n\nbody line\n.leading dot')

    def test_commands(self):
        s = smtplib.SMTP()
        code, msg = s.connect(HOST, self.port)
        self.assertEqual(code, 220)
        self.assert_(smtpd.__version__ in msg)
        # smtpd knows no EHLO: sendmail falls back to HELO.
        self.assertEqual(s.ehlo()[0], 502)
        self.assertEqual(s.helo('me')[0], 250)
        self.assertEqual(s.helo('me'), (503, 'Duplicate HELO/EHLO'))
        self.assertEqual(s.noop(), (250, 'Ok'))
        self.assertEqual(s.docmd('NOOP', 'x'), (501, 'Syntax: NOOP'))
        self.assertEqual(s.rcpt('x@y'), (503, 'Error: need MAIL command'))
        self.assertEqual(s.mail('x@y'), (250, 'Ok'))
        self.assertEqual(s.mail('x@y'), (503, 'Error: nested MAIL command'))
        self.assertEqual(s.rset(), (250, 'Ok'))
        self.assertEqual(s.docmd('DATA'), (503, 'Error: need RCPT command'))
        self.assertEqual(s.docmd('BOGUS'),
                         (502, 'Error: command "BOGUS" not implemented'))
        s.quit()

    def test_data_error(self):
        s = smtplib.SMTP(HOST, self.port)
        try:
            s.sendmail('a@b', 'c@d', 'reject-me')
        except smtplib.SMTPDataError, e:
            self.assertEqual(e.smtp_code, 554)
            self.assertEqual(e.smtp_error, 'Transaction failed')
        else:
            self.fail('SMTPDataError not raised')
        s.quit()

    def test_debugging_server(self):
        saved = sys.stdout
        sys.stdout = out = StringIO.StringIO()
        try:
            smtpd.DebuggingServer.process_message.im_func(
                None, ('1.2.3.4', 5), 'a@b', ['c@d'], 'Subject: x\n\nhello')
        finally:
            sys.stdout = saved
        self.assertEqual(out.getvalue(),
                         '---------- MESSAGE FOLLOWS ----------\n'
                         'Subject: x\n'
                         'X-Peer: 1.2.3.4\n'
                         '\n'
                         'hello\n'
                         '------------ END MESSAGE ------------\n')


class FakeServer(threading.Thread):
    """Answers each line received with the next scripted reply."""

    def __init__(self, greeting, replies):
        threading.Thread.__init__(self)
        self.setDaemon(True)
        self.greeting = greeting
        self.replies = replies
        self.received = []
        self.listener = socket.socket()
        self.listener.bind((HOST, 0))
        self.listener.listen(1)
        self.port = self.listener.getsockname()[1]

    def run(self):
        conn, addr = self.listener.accept()
        conn.settimeout(10)
        f = conn.makefile('rb', 0)
        conn.sendall(self.greeting)
        for reply in self.replies:
            line = f.readline()
            if not line:
                break
            self.received.append(line)
            if reply is not None:
                conn.sendall(reply)
        f.close()
        conn.close()
        self.listener.close()


class SMTPClientTests(unittest.TestCase):

    def test_ehlo_features_and_login(self):
        server = FakeServer('220 fake ESMTP\r\n', [
            '250-fake greets you\r\n250-SIZE 1000\r\n250-8BITMIME\r\n'
            '250 AUTH LOGIN PLAIN\r\n',
            '235 ok\r\n',
            '221 bye\r\n'])
        server.start()
        s = smtplib.SMTP(HOST, server.port, local_hostname='me.test')
        code, msg = s.ehlo()
        self.assertEqual(code, 250)
        self.assertEqual(msg, 'fake greets you\nSIZE 1000\n8BITMIME\n'
                              'AUTH LOGIN PLAIN')
        self.assert_(s.does_esmtp)
        self.assert_(s.has_extn('size'))
        self.assert_(s.has_extn('8bitmime'))
        self.assertEqual(s.esmtp_features['size'], '1000')
        self.assertEqual(s.login('user', 'pass'), (235, 'ok'))
        s.quit()
        server.join(10)
        self.assertEqual(server.received[0], 'ehlo me.test\r\n')
        import base64
        self.assertEqual(server.received[1], 'AUTH PLAIN %s\r\n' %
                         base64.encodestring('\0user\0pass').strip())
        self.assertEqual(server.received[2], 'quit\r\n')

    def test_refusals(self):
        server = FakeServer('220 fake\r\n', [
            '250 hello\r\n',                # ehlo
            '250 ok\r\n',                   # mail
            '550 no such user\r\n',         # rcpt
            '250 ok\r\n',                   # rset
            None])
        server.start()
        s = smtplib.SMTP(HOST, server.port, local_hostname='me.test')
        try:
            s.sendmail('a@b', ['bad@x'], 'text')
        except smtplib.SMTPRecipientsRefused, e:
            self.assertEqual(e.recipients, {'bad@x': (550, 'no such user')})
        else:
            self.fail('SMTPRecipientsRefused not raised')
        s.close()
        server.join(10)
        self.assertEqual(server.received[1], 'mail FROM:<a@b>\r\n')
        self.assertEqual(server.received[2], 'rcpt TO:<bad@x>\r\n')
        self.assertEqual(server.received[3], 'rset\r\n')

    def test_connect_error(self):
        server = FakeServer('554 go away\r\n', [])
        server.start()
        try:
            smtplib.SMTP(HOST, server.port, local_hostname='x')
        except smtplib.SMTPConnectError, e:
            self.assertEqual(e.args, (554, 'go away'))
        else:
            self.fail('SMTPConnectError not raised')
        server.join(10)

    def test_disconnected(self):
        s = smtplib.SMTP(local_hostname='x')
        self.assertRaises(smtplib.SMTPServerDisconnected, s.noop)

    def test_helpers(self):
        self.assertEqual(smtplib.quoteaddr('Joe <joe@example.org>'),
                         '<joe@example.org>')
        self.assertEqual(smtplib.quoteaddr('joe@example.org'),
                         '<joe@example.org>')
        self.assertEqual(smtplib.quoteaddr(''), '<>')
        self.assertEqual(smtplib.quotedata('a\n.b\rc\r\n..d'),
                         'a\r\n..b\r\nc\r\n...d')
        for name in ('SMTPServerDisconnected', 'SMTPResponseException',
                     'SMTPRecipientsRefused'):
            self.assert_(issubclass(getattr(smtplib, name),
                                    smtplib.SMTPException))
        for name in ('SMTPSenderRefused', 'SMTPDataError', 'SMTPConnectError',
                     'SMTPHeloError', 'SMTPAuthenticationError'):
            self.assert_(issubclass(getattr(smtplib, name),
                                    smtplib.SMTPResponseException))
        e = smtplib.SMTPSenderRefused(550, 'no', 'a@b')
        self.assertEqual(e.args, (550, 'no', 'a@b'))
        self.assertEqual(e.sender, 'a@b')


def test_main():
    test_support.run_unittest(SMTPdTests, SMTPClientTests)

if __name__ == '__main__':
    test_main()
