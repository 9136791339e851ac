"""Tests for ftplib against a small FTP server on 127.0.0.1 run in a
thread (passive and active data connections)."""

import unittest
from test import test_support
import ftplib
import socket
import threading
import StringIO

HOST = '127.0.0.1'

FILES = {'hello.txt': 'line 1\r\nline 2\r\n', 'bin.dat': '\x00\x01\x02' * 100}


class FTPServer(threading.Thread):

    def __init__(self):
        threading.Thread.__init__(self)
        self.setDaemon(True)
        self.listener = socket.socket()
        self.listener.bind((HOST, 0))
        self.listener.listen(1)
        self.port = self.listener.getsockname()[1]
        self.commands = []
        self.stored = {}
        self.cwd = '/'

    def data_connection(self):
        if self.pasv is not None:
            conn, addr = self.pasv.accept()
            self.pasv.close()
            self.pasv = None
        else:
            conn = socket.socket()
            conn.connect(self.active)
        return conn

    def run(self):
        conn, addr = self.listener.accept()
        conn.settimeout(10)
        f = conn.makefile('rb', 0)
        send = conn.sendall
        send('220-Welcome\r\n220 test server\r\n')
        self.pasv = None
        while True:
            line = f.readline()
            if not line:
                break
            line = line.rstrip('\r\n')
            self.commands.append(line)
            cmd, sep, arg = line.partition(' ')
            cmd = cmd.upper()
            if cmd == 'USER':
                send('331 password please\r\n')
            elif cmd == 'PASS':
                send('230 logged in\r\n')
            elif cmd == 'TYPE':
                send('200 type %s\r\n' % arg)
            elif cmd == 'PWD':
                send('257 "%s" is "current"\r\n' % self.cwd.replace('"', '""'))
            elif cmd == 'CWD':
                if arg == 'nope':
                    send('550 no such directory\r\n')
                else:
                    self.cwd = arg
                    send('250 ok\r\n')
            elif cmd == 'CDUP':
                send('250 up\r\n')
            elif cmd == 'MKD':
                send('257 "/%s" created\r\n' % arg)
            elif cmd == 'RMD':
                send('250 removed\r\n')
            elif cmd == 'DELE':
                send('250 deleted\r\n')
            elif cmd == 'RNFR':
                send('350 ready\r\n')
            elif cmd == 'RNTO':
                send('250 renamed\r\n')
            elif cmd == 'SIZE':
                send('213 %d\r\n' % len(FILES[arg]))
            elif cmd == 'PASV':
                self.pasv = socket.socket()
                self.pasv.bind((HOST, 0))
                self.pasv.listen(1)
                p = self.pasv.getsockname()[1]
                send('227 Entering Passive Mode (127,0,0,1,%d,%d).\r\n'
                     % (p >> 8, p & 255))
            elif cmd == 'PORT':
                fields = arg.split(',')
                self.active = ('.'.join(fields[:4]),
                               int(fields[4]) * 256 + int(fields[5]))
                send('200 port ok\r\n')
            elif cmd == 'RETR':
                if arg not in FILES:
                    send('550 no such file\r\n')
                    continue
                send('150 Opening data connection (%d bytes)\r\n'
                     % len(FILES[arg]))
                d = self.data_connection()
                d.sendall(FILES[arg])
                d.close()
                send('226 done\r\n')
            elif cmd in ('LIST', 'NLST'):
                send('150 here it comes\r\n')
                d = self.data_connection()
                names = FILES.keys()
                names.sort()
                if cmd == 'LIST':
                    names = ['-rw-r--r-- 1 u g %d %s' % (len(FILES[n]), n)
                             for n in names]
                d.sendall(''.join([n + '\r\n' for n in names]))
                d.close()
                send('226 done\r\n')
            elif cmd == 'STOR':
                send('150 send it\r\n')
                d = self.data_connection()
                chunks = []
                while True:
                    chunk = d.recv(1024)
                    if not chunk:
                        break
                    chunks.append(chunk)
                d.close()
                self.stored[arg] = ''.join(chunks)
                send('226 stored\r\n')
            elif cmd == 'QUIT':
                send('221 bye\r\n')
                break
            else:
                send('502 not implemented\r\n')
        f.close()
        conn.close()
        self.listener.close()


class FTPTests(unittest.TestCase):

    def setUp(self):
        self.server = FTPServer()
        self.server.start()
        self.ftp = ftplib.FTP()
        self.ftp.connect(HOST, self.server.port)

    def tearDown(self):
        try:
            self.ftp.quit()
        except Exception:
            self.ftp.close()
        self.server.join(10)

    def test_login_and_welcome(self):
        self.assertEqual(self.ftp.getwelcome(), '220-Welcome\n220 test server')
        self.assertEqual(self.ftp.login(), '230 logged in')
        self.assertEqual(self.server.commands[:2],
                         ['USER anonymous', 'PASS anonymous@'])

    def test_directories(self):
        self.ftp.login('joe', 'pw')
        self.assertEqual(self.ftp.pwd(), '/')
        self.assertEqual(self.ftp.cwd('a "q" dir'), '250 ok')
        self.assertEqual(self.ftp.pwd(), 'a "q" dir')
        self.assertEqual(self.ftp.cwd('..'), '250 up')
        self.assertEqual(self.ftp.mkd('new'), '/new')
        self.assertEqual(self.ftp.rmd('new'), '250 removed')
        self.assertEqual(self.ftp.delete('x'), '250 deleted')
        self.assertEqual(self.ftp.rename('a', 'b'), '250 renamed')
        self.assertEqual(self.ftp.size('bin.dat'), 300)
        self.assertRaises(ftplib.error_perm, self.ftp.cwd, 'nope')
        try:
            self.ftp.sendcmd('BOGUS')
        except ftplib.error_perm, e:
            self.assertEqual(str(e), '502 not implemented')

    def test_retrieve_passive(self):
        self.ftp.login()
        chunks = []
        resp = self.ftp.retrbinary('RETR bin.dat', chunks.append)
        self.assertEqual(resp, '226 done')
        self.assertEqual(''.join(chunks), FILES['bin.dat'])
        lines = []
        self.ftp.retrlines('RETR hello.txt', lines.append)
        self.assertEqual(lines, ['line 1', 'line 2'])
        self.assertEqual(self.ftp.nlst(), ['bin.dat', 'hello.txt'])
        listing = []
        self.ftp.dir(listing.append)
        self.assertEqual(len(listing), 2)
        self.assert_(listing[1].endswith(' hello.txt'))

    def test_retrieve_active(self):
        self.ftp.login()
        self.ftp.set_pasv(False)
        chunks = []
        self.ftp.retrbinary('RETR hello.txt', chunks.append)
        self.assertEqual(''.join(chunks), FILES['hello.txt'])
        self.assert_([c for c in self.server.commands
                      if c.startswith('PORT 127,0,0,1,')])

    def test_ntransfercmd_size(self):
        self.ftp.login()
        conn, size = self.ftp.ntransfercmd('RETR bin.dat')
        self.assertEqual(size, 300)
        data = ''
        while True:
            chunk = conn.recv(1024)
            if not chunk:
                break
            data = data + chunk
        conn.close()
        self.assertEqual(self.ftp.voidresp(), '226 done')
        self.assertEqual(data, FILES['bin.dat'])

    def test_store(self):
        self.ftp.login()
        self.ftp.storbinary('STOR up.bin', StringIO.StringIO('\xff' * 5000))
        self.ftp.storlines('STOR up.txt', StringIO.StringIO('a\nb\r\nc'))
        self.assertEqual(self.server.stored['up.bin'], '\xff' * 5000)
        self.assertEqual(self.server.stored['up.txt'], 'a\r\nb\r\nc\r\n')

    def test_missing_file(self):
        self.ftp.login()
        self.assertRaises(ftplib.error_perm, self.ftp.retrbinary,
                          'RETR nothere', lambda data: None)


class ParseTests(unittest.TestCase):

    def test_parsers(self):
        self.assertEqual(ftplib.parse227(
            '227 Entering Passive Mode (192,168,1,2,19,137)'),
            ('192.168.1.2', 5001))
        self.assertRaises(ftplib.error_reply, ftplib.parse227, '200 x')
        self.assertRaises(ftplib.error_proto, ftplib.parse227, '227 nothing')
        self.assertEqual(ftplib.parse229(
            '229 Entering Extended Passive Mode (|||6446|)', ('h', 1)),
            ('h', 6446))
        self.assertEqual(ftplib.parse150('150 Opening (1234 bytes)'), 1234)
        self.assertEqual(ftplib.parse150('150 Opening'), None)
        self.assertEqual(ftplib.parse257('257 "/a ""b"""'), '/a "b"')
        self.assertEqual(ftplib.parse257('257 created'), '')

    def test_errors(self):
        for cls in (ftplib.error_reply, ftplib.error_temp,
                    ftplib.error_perm, ftplib.error_proto):
            self.assert_(issubclass(cls, ftplib.Error))
        self.assert_(socket.error in ftplib.all_errors)
        self.assert_(EOFError in ftplib.all_errors)

    def test_sanitize(self):
        f = ftplib.FTP()
        self.assertEqual(f.sanitize('PASS secret\r\n'), "'PASS ******\\r\\n'")
        self.assertEqual(f.sanitize('USER joe'), "'USER joe'")


def test_main():
    test_support.run_unittest(FTPTests, ParseTests)

if __name__ == '__main__':
    test_main()
