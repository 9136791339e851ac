"""Tests for BaseHTTPServer, SimpleHTTPServer and CGIHTTPServer, with
httplib as the client, against servers on 127.0.0.1 run in threads."""

import unittest
from test import test_support
import BaseHTTPServer
import SimpleHTTPServer
import CGIHTTPServer
import httplib
import threading
import socket
import os
import sys
import tempfile
import shutil
import re
from StringIO import StringIO


class QuietMixin:
    def log_message(self, format, *args):
        self.server.log.append(format % args)


class EchoHandler(QuietMixin, BaseHTTPServer.BaseHTTPRequestHandler):
    protocol_version = 'HTTP/1.1'

    def do_GET(self):
        body = 'GET %s %s' % (self.path, self.headers.get('x-test', '-'))
        self.send_response(200)
        self.send_header('Content-Type', 'text/plain')
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_HEAD(self):
        self.send_response(200)
        self.send_header('Content-Length', '42')
        self.end_headers()

    def do_POST(self):
        data = self.rfile.read(int(self.headers['content-length']))
        self.send_response(201, 'Made')
        self.send_header('Content-Length', str(len(data)))
        self.end_headers()
        self.wfile.write(data[::-1])

    def do_ERR(self):
        self.send_error(404, 'No <such> thing')


class ServerThread(threading.Thread):
    def __init__(self, server):
        threading.Thread.__init__(self)
        self.setDaemon(True)
        self.server = server
        self.stopped = False

    def run(self):
        while not self.stopped:
            self.server.handle_request()

    def stop(self):
        self.stopped = True
        # Wake the server up so it sees the flag.
        try:
            s = socket.socket()
            s.settimeout(5)
            s.connect(('127.0.0.1', self.server.server_port))
            s.close()
        except socket.error:
            pass
        self.join(10)
        self.server.server_close()


def start_server(handler):
    server = BaseHTTPServer.HTTPServer(('127.0.0.1', 0), handler)
    server.log = []
    thread = ServerThread(server)
    thread.start()
    return server, thread


def raw_request(port, data):
    s = socket.socket()
    s.settimeout(10)
    s.connect(('127.0.0.1', port))
    s.sendall(data)
    chunks = []
    while True:
        chunk = s.recv(4096)
        if not chunk:
            break
        chunks.append(chunk)
    s.close()
    return ''.join(chunks)


class BaseHTTPServerTests(unittest.TestCase):

    def setUp(self):
        self.server, self.thread = start_server(EchoHandler)
        self.port = self.server.server_port
        self.conn = httplib.HTTPConnection('127.0.0.1', self.port)

    def tearDown(self):
        self.conn.close()
        self.thread.stop()

    def test_server_attributes(self):
        self.assertEqual(self.server.server_address[0], '127.0.0.1')
        self.assert_(self.server.server_name)
        self.assert_(self.server.allow_reuse_address)

    def test_get_and_keepalive(self):
        self.conn.request('GET', '/one', headers={'X-Test': 'yes'})
        r = self.conn.getresponse()
        self.assertEqual((r.status, r.reason, r.version), (200, 'OK', 11))
        self.assertEqual(r.read(), 'GET /one yes')
        self.assert_(r.getheader('server').startswith('BaseHTTP/0.3 Python/'))
        self.assert_(r.getheader('date').endswith(' GMT'))
        # Same connection, second request (HTTP/1.1 keep-alive).
        self.conn.request('GET', '/two')
        r = self.conn.getresponse()
        self.assertEqual(r.read(), 'GET /two -')

    def test_post(self):
        self.conn.request('POST', '/p', 'abcdef')
        r = self.conn.getresponse()
        self.assertEqual((r.status, r.reason), (201, 'Made'))
        self.assertEqual(r.read(), 'fedcba')

    def test_head(self):
        self.conn.request('HEAD', '/')
        r = self.conn.getresponse()
        self.assertEqual(r.getheader('content-length'), '42')
        self.assertEqual(r.read(), '')

    def test_unsupported_method(self):
        self.conn.request('PUT', '/')
        r = self.conn.getresponse()
        self.assertEqual(r.status, 501)
        self.assertEqual(r.reason, "Unsupported method ('PUT')")
        self.assertEqual(r.getheader('content-type'), 'text/html')
        self.assertEqual(r.getheader('connection'), 'close')
        body = r.read()
        self.assert_('<p>Error code 501.' in body)
        self.assert_("<p>Message: Unsupported method ('PUT')." in body)
        self.assert_('<p>Error code explanation: 501 = Server does not '
                     'support this operation.' in body)

    def test_send_error_quotes_message(self):
        self.conn.request('ERR', '/')
        r = self.conn.getresponse()
        self.assertEqual(r.status, 404)
        self.assert_('No &lt;such&gt; thing' in r.read())

    def test_bad_requests(self):
        # The version is unknown, so the error is sent HTTP/0.9 style:
        # the page alone, without status line or headers.
        reply = raw_request(self.port, 'GET / FTP/1.0\r\n\r\n')
        self.assert_(reply.startswith('<head>\n<title>Error response'), reply)
        self.assert_("<p>Message: Bad request version ('FTP/1.0')." in reply)
        reply = raw_request(self.port, 'GET / HTTP/2.0\r\n\r\n')
        self.assert_('<p>Error code 505.' in reply, reply)
        self.assert_('Invalid HTTP Version (2.0)' in reply, reply)
        reply = raw_request(self.port, 'a b c d\r\n\r\n')
        self.assert_("Bad request syntax ('a b c d')" in reply, reply)
        reply = raw_request(self.port, 'POST /x\r\n\r\n')
        self.assert_("Bad HTTP/0.9 request type ('POST')" in reply, reply)

    def test_http09(self):
        # A request line without version gets a bare body in reply.
        reply = raw_request(self.port, 'GET /old\r\n\r\n')
        self.assertEqual(reply, 'GET /old -')

    def test_http10_closes(self):
        reply = raw_request(self.port, 'GET /x HTTP/1.0\r\n\r\n')
        self.assert_(reply.startswith('HTTP/1.1 200 OK\r\n'))
        self.assert_(reply.endswith('\r\n\r\nGET /x -'))

    def test_log_format(self):
        raw_request(self.port, 'GET /logged HTTP/1.0\r\n\r\n')
        self.assertEqual(self.server.log[-1], '"GET /logged HTTP/1.0" 200 -')
        handler = BaseHTTPServer.BaseHTTPRequestHandler
        stamp = handler.log_date_time_string.im_func(handler)
        self.assert_(re.match(r'\d\d/[A-Z][a-z][a-z]/\d{4} \d\d:\d\d:\d\d$',
                              stamp), stamp)

    def test_date_time_string(self):
        h = BaseHTTPServer.BaseHTTPRequestHandler
        self.assertEqual(h.date_time_string.im_func(h, 0),
                         'Thu, 01 Jan 1970 00:00:00 GMT')
        self.assertEqual(h.date_time_string.im_func(h, 1000000000),
                         'Sun, 09 Sep 2001 01:46:40 GMT')

    def test_responses_table(self):
        r = BaseHTTPServer.BaseHTTPRequestHandler.responses
        self.assertEqual(r[404], ('Not Found', 'Nothing matches the given URI'))
        self.assertEqual(r[200][0], 'OK')


class SimpleHTTPServerTests(unittest.TestCase):

    class Handler(QuietMixin, SimpleHTTPServer.SimpleHTTPRequestHandler):
        pass

    def setUp(self):
        self.cwd = os.getcwd()
        self.tmp = tempfile.mkdtemp()
        os.chdir(self.tmp)
        f = open('hello.txt', 'w')
        f.write('hello world\n')
        f.close()
        os.mkdir('sub')
        f = open(os.path.join('sub', 'index.html'), 'w')
        f.write('<html>index</html>')
        f.close()
        os.mkdir('empty')
        self.server, self.thread = start_server(self.Handler)
        self.conn = httplib.HTTPConnection('127.0.0.1',
                                           self.server.server_port)

    def tearDown(self):
        self.conn.close()
        self.thread.stop()
        os.chdir(self.cwd)
        shutil.rmtree(self.tmp)

    def get(self, path, method='GET'):
        self.conn.request(method, path)
        r = self.conn.getresponse()
        return r, r.read()

    def test_file(self):
        r, body = self.get('/hello.txt')
        self.assertEqual(r.status, 200)
        self.assertEqual(body, 'hello world\n')
        self.assertEqual(r.getheader('content-type'), 'text/plain')
        self.assertEqual(r.getheader('content-length'), '12')
        self.assert_(r.getheader('server').startswith('SimpleHTTP/0.6'))

    def test_head(self):
        r, body = self.get('/hello.txt', 'HEAD')
        self.assertEqual(r.status, 200)
        self.assertEqual(body, '')

    def test_missing(self):
        r, body = self.get('/nothere.txt')
        self.assertEqual(r.status, 404)
        self.assertEqual(r.reason, 'File not found')

    def test_directory_redirect_and_index(self):
        r, body = self.get('/sub')
        self.assertEqual(r.status, 301)
        self.assertEqual(r.getheader('location'), '/sub/')
        r, body = self.get('/sub/')
        self.assertEqual(body, '<html>index</html>')
        self.assertEqual(r.getheader('content-type'), 'text/html')

    def test_listing(self):
        r, body = self.get('/')
        self.assertEqual(r.status, 200)
        self.assert_('<title>Directory listing for /</title>' in body)
        self.assert_('<a href="hello.txt">hello.txt</a>' in body)
        self.assert_('<a href="sub/">sub/</a>' in body)

    def test_no_escape_from_root(self):
        h = self.Handler.translate_path.im_func
        root = os.getcwd()
        self.assertEqual(h(None, '/../../etc/passwd'),
                         os.path.join(root, 'etc', 'passwd'))
        self.assertEqual(h(None, '/a/%2e%2e/%2e%2e/b?q=1'),
                         os.path.join(root, 'b'))

    def test_guess_type(self):
        g = self.Handler.guess_type.im_func
        self.assertEqual(g(self.Handler, 'x.html'), 'text/html')
        self.assertEqual(g(self.Handler, 'x.PY'), 'text/plain')
        self.assertEqual(g(self.Handler, 'x.unknownext'),
                         'application/octet-stream')


class CGIHTTPServerTests(unittest.TestCase):

    class Handler(QuietMixin, CGIHTTPServer.CGIHTTPRequestHandler):
        pass

    def setUp(self):
        self.cwd = os.getcwd()
        self.tmp = tempfile.mkdtemp()
        os.chdir(self.tmp)
        os.mkdir('cgi-bin')
        script = os.path.join('cgi-bin', 'env.py')
        f = open(script, 'w')
        f.write('import os, sys\n'
                'print "Content-Type: text/plain"\n'
                'print\n'
                'print os.environ.get("REQUEST_METHOD"), '
                'os.environ.get("QUERY_STRING"), '
                'os.environ.get("PATH_INFO")\n'
                'n = int(os.environ.get("CONTENT_LENGTH") or 0)\n'
                'print sys.stdin.read(n)\n')
        f.close()
        f = open(os.path.join('cgi-bin', 'plain.txt'), 'w')
        f.write('not executable\n')
        f.close()
        self.server, self.thread = start_server(self.Handler)
        self.port = self.server.server_port

    def tearDown(self):
        self.thread.stop()
        os.chdir(self.cwd)
        shutil.rmtree(self.tmp)

    def test_is_cgi(self):
        class Fake:
            cgi_directories = ['/cgi-bin', '/htbin']
        fake = Fake()
        for path, expected in [('/cgi-bin/x.py', ('/cgi-bin', 'x.py')),
                               ('/cgi-bin', ('/cgi-bin', '')),
                               ('/htbin/a/b', ('/htbin', 'a/b'))]:
            fake.path = path
            self.assert_(CGIHTTPServer.CGIHTTPRequestHandler.is_cgi.im_func(
                fake))
            self.assertEqual(fake.cgi_info, expected)
        fake.path = '/cgi-binx/y'
        self.failIf(CGIHTTPServer.CGIHTTPRequestHandler.is_cgi.im_func(fake))

    def test_run_script(self):
        if not hasattr(os, 'fork'):
            return
        conn = httplib.HTTPConnection('127.0.0.1', self.port)
        conn.request('POST', '/cgi-bin/env.py/extra?a=1', 'body-data')
        r = conn.getresponse()
        self.assertEqual(r.status, 200)
        self.assertEqual(r.reason, 'Script output follows')
        self.assertEqual(r.read(), 'POST a=1 /extra\nbody-data\n')
        conn.close()

    def test_errors(self):
        conn = httplib.HTTPConnection('127.0.0.1', self.port)
        conn.request('GET', '/cgi-bin/nope.py')
        r = conn.getresponse()
        self.assertEqual(r.status, 404)
        self.assertEqual(r.reason, "No such CGI script ('/cgi-bin/nope.py')")
        r.read()
        conn.close()
        conn = httplib.HTTPConnection('127.0.0.1', self.port)
        conn.request('POST', '/not-cgi', 'x')
        r = conn.getresponse()
        self.assertEqual(r.status, 501)
        self.assertEqual(r.reason, 'Can only POST to CGI scripts')
        conn.close()
        conn = httplib.HTTPConnection('127.0.0.1', self.port)
        conn.request('GET', '/cgi-bin/plain.txt')
        r = conn.getresponse()
        self.assertEqual(r.status, 403)
        conn.close()


def test_main():
    test_support.run_unittest(BaseHTTPServerTests, SimpleHTTPServerTests,
                              CGIHTTPServerTests)

if __name__ == '__main__':
    test_main()
