"""Tests for nntplib against a scripted news server on 127.0.0.1 run in
a thread."""

import unittest
from test import test_support
import nntplib
import socket
import threading
import StringIO

HOST = '127.0.0.1'


class NewsServer(threading.Thread):

    def __init__(self):
        threading.Thread.__init__(self)
        self.setDaemon(True)
        self.listener = socket.socket()
        self.listener.bind((HOST, 0))
        self.listener.listen(1)
        self.port = self.listener.getsockname()[1]
        self.commands = []
        self.posted = []

    def run(self):
        conn, addr = self.listener.accept()
        conn.settimeout(10)
        f = conn.makefile('rb', 0)
        send = conn.sendall
        send('200 news server ready\r\n')
        while True:
            line = f.readline()
            if not line:
                break
            line = line.rstrip('\r\n')
            self.commands.append(line)
            words = line.split()
            cmd = words[0].upper()
            if cmd == 'MODE':
                send('200 reader mode\r\n')
            elif cmd == 'AUTHINFO':
                if words[1] == 'user':
                    send('381 password required\r\n')
                else:
                    send('281 ok\r\n')
            elif cmd == 'GROUP':
                if words[1] == 'comp.lang.python':
                    send('211 3 1 3 comp.lang.python\r\n')
                else:
                    send('411 no such group\r\n')
            elif cmd == 'LIST':
                if len(words) > 1:
                    send('215 descriptions\r\n'
                         'comp.lang.python\tThe Python language.\r\n.\r\n')
                else:
                    send('215 list\r\ncomp.lang.python 3 1 y\r\n'
                         'alt.test 10 5 n\r\n.\r\n')
            elif cmd == 'STAT':
                send('223 1 <a@b> status\r\n')
            elif cmd == 'HEAD':
                send('221 1 <a@b> head\r\nSubject: hi\r\n.\r\n')
            elif cmd == 'BODY':
                send('222 1 <a@b> body\r\nline\r\n..dot\r\n.\r\n')
            elif cmd == 'XHDR':
                send('221 headers\r\n1 first\r\n2 second\r\n.\r\n')
            elif cmd == 'XOVER':
                send('224 overview\r\n1\tsubj\tme\tdate\t<a@b>\t<r@s> <t@u>'
                     '\t100\t5\r\n.\r\n')
            elif cmd == 'DATE':
                send('111 20070102030405\r\n')
            elif cmd == 'POST':
                send('340 send article\r\n')
                lines = []
                while True:
                    l = f.readline().rstrip('\r\n')
                    if l == '.':
                        break
                    lines.append(l)
                self.posted.append(lines)
                send('240 article posted\r\n')
            elif cmd == 'QUIT':
                send('205 bye\r\n')
                break
            else:
                send('500 what?\r\n')
        f.close()
        conn.close()
        self.listener.close()


class NNTPTests(unittest.TestCase):

    def setUp(self):
        self.server = NewsServer()
        self.server.start()
        self.news = nntplib.NNTP(HOST, self.server.port, user='joe',
                                 password='pw', readermode=True,
                                 usenetrc=False)

    def tearDown(self):
        try:
            self.news.quit()
        except Exception:
            pass
        self.server.join(10)

    def test_session(self):
        n = self.news
        self.assertEqual(n.getwelcome(), '200 reader mode')
        self.assertEqual(self.server.commands[:3],
                         ['mode reader', 'authinfo user joe',
                          'authinfo pass pw'])
        self.assertEqual(n.group('comp.lang.python'),
                         ('211 3 1 3 comp.lang.python', '3', '1', '3',
                          'comp.lang.python'))
        resp, groups = n.list()
        self.assertEqual(groups, [('comp.lang.python', '3', '1', 'y'),
                                  ('alt.test', '10', '5', 'n')])
        self.assertEqual(n.description('comp.lang.python'),
                         'The Python language.')
        self.assertEqual(n.stat('1'), ('223 1 <a@b> status', '1', '<a@b>'))
        self.assertEqual(n.head('1')[3], ['Subject: hi'])
        self.assertEqual(n.body('1')[3], ['line', '.dot'])
        out = StringIO.StringIO()
        n.body('1', out)
        self.assertEqual(out.getvalue(), 'line\n.dot\n')
        self.assertEqual(n.xhdr('subject', '1-2')[1],
                         [('1', 'first'), ('2', 'second')])
        self.assertEqual(n.xover('1', '1')[1],
                         [('1', 'subj', 'me', 'date', '<a@b>',
                           ['<r@s>', '<t@u>'], '100', '5')])
        self.assertEqual(n.date(), ('111 20070102030405', '070102', '030405'))
        resp = n.post(StringIO.StringIO('Subject: x\n\n.leading\nend\n'))
        self.assertEqual(resp, '240 article posted')
        self.assertEqual(self.server.posted,
                         [['Subject: x', '', '..leading', 'end']])
        self.assertEqual(n.quit(), '205 bye')

    def test_errors(self):
        try:
            self.news.group('no.such')
        except nntplib.NNTPTemporaryError, e:
            self.assertEqual(e.response, '411 no such group')
        else:
            self.fail('NNTPTemporaryError not raised')
        self.assertRaises(nntplib.NNTPPermanentError, self.news.slave)
        self.assert_(nntplib.error_perm is nntplib.NNTPPermanentError)
        self.assertEqual(nntplib.NNTPError().response, 'No response given')


def test_main():
    test_support.run_unittest(NNTPTests)

if __name__ == '__main__':
    test_main()
