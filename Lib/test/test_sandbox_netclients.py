"""Network client libraries in a sandbox: with an allow_connect grant for
a server run by the host (here, a thread of the test), httplib, urllib2,
xmlrpclib and smtplib work; without the grant every connection is refused
with socket.error(EACCES); servers cannot be started (bind is refused)."""

import os
import sys
import socket
import threading
import unittest
import subprocess
import BaseHTTPServer
import SimpleXMLRPCServer
import asyncore
import smtpd
from test import test_support

PYTHON = sys.executable
if not os.path.isabs(PYTHON) or not os.path.exists(PYTHON):
    PYTHON = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(
        os.path.abspath(__file__)))), 'python')

CLIENT_MODULES = 'httplib,urllib2,xmlrpclib,smtplib,poplib,imaplib,' \
                 'ftplib,telnetlib,nntplib,asyncore,asynchat,SocketServer,' \
                 'BaseHTTPServer,SimpleXMLRPCServer,smtpd,webbrowser,hmac'


def run_sandboxed(source, grants=()):
    """Run source with ./python --sandbox; returns (status, out, err)."""
    args = [PYTHON, '--sandbox', '--allow-import=' + CLIENT_MODULES]
    for grant in grants:
        args.append('--allow-connect=' + grant)
    args.extend(['-c', source])
    p = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE)
    out, err = p.communicate('')
    return p.returncode, out, err


class QuietXMLRPCHandler(SimpleXMLRPCServer.SimpleXMLRPCRequestHandler):
    def log_message(self, *args):
        pass


class HostServers:
    """An XML-RPC server (which also answers plain HTTP POSTs) and an
    SMTP server, on 127.0.0.1, served by threads of the host."""

    def __init__(self):
        self.rpc = SimpleXMLRPCServer.SimpleXMLRPCServer(
            ('127.0.0.1', 0), QuietXMLRPCHandler, logRequests=False)
        self.rpc.register_function(lambda a, b: a + b, 'add')
        self.rpc.socket.settimeout(0.1)
        self.rpc_port = self.rpc.socket.getsockname()[1]
        asyncore.close_all()
        self.mails = []
        mails = self.mails
        class Recorder(smtpd.SMTPServer):
            def process_message(self, peer, mailfrom, rcpttos, data):
                mails.append((mailfrom, rcpttos, data))
        self.smtp = Recorder(('127.0.0.1', 0), None)
        self.smtp_port = self.smtp.socket.getsockname()[1]
        self.running = True
        self.threads = [threading.Thread(target=self.serve_rpc),
                        threading.Thread(target=self.serve_smtp)]
        for t in self.threads:
            t.setDaemon(True)
            t.start()

    def serve_rpc(self):
        while self.running:
            self.rpc.handle_request()

    def serve_smtp(self):
        while self.running:
            asyncore.loop(0.05, count=1)

    def stop(self):
        self.running = False
        for t in self.threads:
            t.join(10)
        self.rpc.server_close()
        asyncore.close_all()


CLIENT = r'''
import httplib, urllib2, xmlrpclib, smtplib, socket
base = 'http://127.0.0.1:%(rpc)d'
print 'xmlrpc', xmlrpclib.ServerProxy(base).add(2, 40)
c = httplib.HTTPConnection('127.0.0.1', %(rpc)d)
c.request('POST', '/RPC2', xmlrpclib.dumps((1, 2), 'add'))
r = c.getresponse()
print 'httplib', r.status, xmlrpclib.loads(r.read())[0]
req = urllib2.Request(base + '/RPC2', xmlrpclib.dumps(('a', 'b'), 'add'),
                      {'Content-Type': 'text/xml'})
print 'urllib2', xmlrpclib.loads(urllib2.urlopen(req).read())[0]
s = smtplib.SMTP('127.0.0.1', %(smtp)d, local_hostname='sandbox')
s.sendmail('a@b', ['c@d'], 'from the sandbox')
s.quit()
print 'smtplib sent'
try:
    urllib2.urlopen('http://127.0.0.1:%(other)d/')
except urllib2.URLError, e:
    print 'other port', e.reason.args
'''


class SandboxClientTests(unittest.TestCase):

    def setUp(self):
        self.servers = HostServers()
        s = socket.socket()
        s.bind(('127.0.0.1', 0))
        self.other = s.getsockname()[1]
        s.close()

    def tearDown(self):
        self.servers.stop()

    def test_clients_with_grants(self):
        source = CLIENT % {'rpc': self.servers.rpc_port,
                           'smtp': self.servers.smtp_port,
                           'other': self.other}
        status, out, err = run_sandboxed(source, [
            '127.0.0.1:%d' % self.servers.rpc_port,
            '127.0.0.1:%d' % self.servers.smtp_port])
        self.assertEqual((status, err), (0, ''))
        self.assertEqual(out.splitlines(), [
            'xmlrpc 42',
            'httplib 200 (3,)',
            "urllib2 ('ab',)",
            'smtplib sent',
            "other port (13, 'Permission denied (sandbox)')"])
        self.assertEqual(self.servers.mails,
                         [('a@b', ['c@d'], 'from the sandbox')])

    def test_clients_without_grants(self):
        source = ('import xmlrpclib, socket\n'
                  'try:\n'
                  '    xmlrpclib.ServerProxy("http://127.0.0.1:%d").add(1, 2)\n'
                  'except socket.error, e:\n'
                  '    print e.args\n' % self.servers.rpc_port)
        status, out, err = run_sandboxed(source)
        self.assertEqual((status, out),
                         (0, "(13, 'Permission denied (sandbox)')\n"))

    def test_servers_refused(self):
        source = ('import SocketServer, socket, smtpd\n'
                  'for make in (lambda: SocketServer.TCPServer(\n'
                  '                 ("127.0.0.1", 0),\n'
                  '                 SocketServer.BaseRequestHandler),\n'
                  '             lambda: smtpd.SMTPServer(("127.0.0.1", 0),'
                  ' None)):\n'
                  '    try:\n'
                  '        make()\n'
                  '    except socket.error, e:\n'
                  '        print e.args\n')
        status, out, err = run_sandboxed(source)
        self.assertEqual((status, err), (0, ''))
        self.assertEqual(out, "(13, 'Permission denied (sandbox)')\n" * 2)

    def test_imports_need_no_os(self):
        source = ('import ' + CLIENT_MODULES + '\n'
                  'import webbrowser\n'
                  'try:\n'
                  '    webbrowser.get()\n'
                  'except webbrowser.Error, e:\n'
                  '    print e\n')
        status, out, err = run_sandboxed(source)
        self.assertEqual((status, out, err),
                         (0, 'could not locate runnable browser\n', ''))


def test_main():
    test_support.run_unittest(SandboxClientTests)

if __name__ == '__main__':
    test_main()
