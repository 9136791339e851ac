"""Tests for urllib2, against an HTTP server on 127.0.0.1 run in a
thread, and for the parts that need no network."""

import unittest
from test import test_support
import urllib2
import BaseHTTPServer
import threading
import socket
import base64
import os
import tempfile
import md5


class Handler(BaseHTTPServer.BaseHTTPRequestHandler):

    def log_message(self, *args):
        pass

    def reply(self, code, body, headers=()):
        self.send_response(code)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        self.server.seen.append((self.command, self.path, self.headers))
        if self.path == '/redirect':
            self.reply(302, '', [('Location', '/target')])
        elif self.path == '/loop':
            self.reply(302, '', [('Location', '/loop')])
        elif self.path == '/auth':
            expected = 'Basic ' + base64.encodestring('joe:pw').strip()
            if self.headers.get('authorization') != expected:
                self.reply(401, 'denied',
                           [('WWW-Authenticate', 'Basic realm="zone"')])
            else:
                self.reply(200, 'welcome')
        elif self.path == '/digest':
            auth = self.headers.get('authorization', '')
            if not auth.startswith('Digest '):
                self.reply(401, 'denied', [('WWW-Authenticate',
                    'Digest realm="dz", nonce="abc123", qop="auth", '
                    'opaque="op"')])
                return
            fields = urllib2.parse_keqv_list(
                urllib2.parse_http_list(auth[len('Digest '):]))
            H = lambda x: md5.new(x).hexdigest()
            ha1 = H('joe:dz:pw')
            ha2 = H('GET:/digest')
            expected = H('%s:abc123:%s:%s:auth:%s' % (
                ha1, fields['nc'], fields['cnonce'], ha2))
            if (fields['response'] == expected and fields['opaque'] == 'op'
                    and fields['uri'] == '/digest'):
                self.reply(200, 'digest ok')
            else:
                self.reply(401, 'bad digest', [('WWW-Authenticate',
                    'Digest realm="dz", nonce="abc123", qop="auth"')])
        elif self.path == '/missing':
            self.reply(404, 'not here', [('X-Why', 'gone')])
        else:
            self.reply(200, 'line one\nline two\n',
                       [('Content-Type', 'text/plain')])

    def do_POST(self):
        self.server.seen.append((self.command, self.path, self.headers))
        data = self.rfile.read(int(self.headers['content-length']))
        self.reply(200, data + '|' + self.headers['content-type'])


class Urllib2HTTPTests(unittest.TestCase):

    def setUp(self):
        self.server = BaseHTTPServer.HTTPServer(('127.0.0.1', 0), Handler)
        self.server.seen = []
        self.base = 'http://127.0.0.1:%d' % self.server.server_port
        self.stop = False
        self.thread = threading.Thread(target=self.serve)
        self.thread.setDaemon(True)
        self.thread.start()

    def serve(self):
        while not self.stop:
            self.server.handle_request()

    def tearDown(self):
        self.stop = True
        try:
            s = socket.socket()
            s.connect(('127.0.0.1', self.server.server_port))
            s.close()
        except socket.error:
            pass
        self.thread.join(10)
        self.server.server_close()

    def test_urlopen(self):
        f = urllib2.urlopen(self.base + '/page')
        self.assertEqual(f.code, 200)
        self.assertEqual(f.msg, 'OK')
        self.assertEqual(f.geturl(), self.base + '/page')
        self.assertEqual(f.info()['Content-Type'], 'text/plain')
        self.assertEqual(f.readline(), 'line one\n')
        self.assertEqual(f.read(), 'line two\n')
        f.close()
        method, path, headers = self.server.seen[0]
        self.assertEqual(headers['user-agent'], 'Python-urllib/2.5')
        self.assertEqual(headers['connection'], 'close')
        self.assertEqual(headers['host'], '127.0.0.1:%d' %
                         self.server.server_port)

    def test_iteration(self):
        f = urllib2.urlopen(self.base + '/')
        self.assertEqual(list(f), ['line one\n', 'line two\n'])

    def test_post(self):
        f = urllib2.urlopen(self.base + '/form', 'a=1&b=2')
        self.assertEqual(f.read(), 'a=1&b=2|application/x-www-form-urlencoded')
        req = urllib2.Request(self.base + '/form', 'data',
                              {'Content-Type': 'text/plain'})
        self.assertEqual(req.get_method(), 'POST')
        self.assertEqual(urllib2.urlopen(req).read(), 'data|text/plain')

    def test_redirect(self):
        f = urllib2.urlopen(self.base + '/redirect')
        self.assertEqual(f.geturl(), self.base + '/target')
        self.assertEqual(f.read(), 'line one\nline two\n')

    def test_redirect_loop(self):
        try:
            urllib2.urlopen(self.base + '/loop')
        except urllib2.HTTPError, e:
            self.assertEqual(e.code, 302)
            self.assert_(e.msg.startswith(
                'The HTTP server returned a redirect error that would '
                'lead to an infinite loop.'))
        else:
            self.fail('redirect loop not detected')

    def test_http_error(self):
        try:
            urllib2.urlopen(self.base + '/missing')
        except urllib2.HTTPError, e:
            self.assertEqual(e.code, 404)
            self.assertEqual(str(e), 'HTTP Error 404: Not Found')
            self.assertEqual(e.info()['x-why'], 'gone')
            self.assertEqual(e.read(), 'not here')
            self.assertEqual(e.geturl(), self.base + '/missing')
            self.assert_(isinstance(e, urllib2.URLError))
            self.assert_(isinstance(e, IOError))
        else:
            self.fail('HTTPError not raised')

    def test_basic_auth(self):
        self.assertRaises(urllib2.HTTPError, urllib2.urlopen,
                          self.base + '/auth')
        mgr = urllib2.HTTPPasswordMgrWithDefaultRealm()
        mgr.add_password(None, self.base, 'joe', 'pw')
        opener = urllib2.build_opener(urllib2.HTTPBasicAuthHandler(mgr))
        self.assertEqual(opener.open(self.base + '/auth').read(), 'welcome')
        # Wrong password: the retry is refused and the 401 surfaces.
        auth = urllib2.HTTPBasicAuthHandler()
        auth.add_password('zone', self.base, 'joe', 'wrong')
        opener = urllib2.build_opener(auth)
        try:
            opener.open(self.base + '/auth')
        except urllib2.HTTPError, e:
            self.assertEqual(e.code, 401)
        else:
            self.fail('wrong password accepted')

    def test_digest_auth(self):
        mgr = urllib2.HTTPPasswordMgr()
        mgr.add_password('dz', self.base + '/', 'joe', 'pw')
        opener = urllib2.build_opener(urllib2.HTTPDigestAuthHandler(mgr))
        self.assertEqual(opener.open(self.base + '/digest').read(),
                         'digest ok')
        handler = urllib2.HTTPDigestAuthHandler()
        handler.add_password('dz', self.base + '/', 'joe', 'wrong')
        opener = urllib2.build_opener(handler)
        self.assertRaises(urllib2.HTTPError, opener.open,
                          self.base + '/digest')

    def test_proxy(self):
        opener = urllib2.build_opener(urllib2.ProxyHandler(
            {'http': 'http://u:p@' + self.base[len('http://'):]}))
        f = opener.open('http://www.example.invalid/some/path')
        self.assertEqual(f.read(), 'line one\nline two\n')
        method, path, headers = self.server.seen[0]
        self.assertEqual(path, 'http://www.example.invalid/some/path')
        self.assertEqual(headers['proxy-authorization'],
                         'Basic ' + base64.encodestring('u:p').strip())

    def test_addheaders(self):
        opener = urllib2.build_opener()
        opener.addheaders = [('User-agent', 'Tester/1.0')]
        opener.open(self.base + '/').read()
        self.assertEqual(self.server.seen[0][2]['user-agent'], 'Tester/1.0')

    def test_connection_refused(self):
        s = socket.socket()
        s.bind(('127.0.0.1', 0))
        port = s.getsockname()[1]
        s.close()
        try:
            urllib2.urlopen('http://127.0.0.1:%d/' % port)
        except urllib2.URLError, e:
            self.assert_(isinstance(e.reason, socket.error))
            self.assert_(str(e).startswith('<urlopen error '))
        else:
            self.fail('URLError not raised')


class Urllib2OfflineTests(unittest.TestCase):

    def test_request(self):
        r = urllib2.Request('http://www.python.org:80/doc/x?y=1#f',
                            headers={'x-ONE': '1'})
        self.assertEqual(r.get_type(), 'http')
        self.assertEqual(r.get_host(), 'www.python.org:80')
        self.assertEqual(r.get_selector(), '/doc/x?y=1#f')
        self.assertEqual(r.get_method(), 'GET')
        self.failIf(r.has_data())
        self.assert_(r.has_header('X-one'))
        self.assertEqual(r.get_header('X-one'), '1')
        r.add_unredirected_header('spam', 'eggs')
        items = r.header_items()
        items.sort()
        self.assertEqual(items, [('Spam', 'eggs'), ('X-one', '1')])
        self.assertEqual(r.get_origin_req_host(), 'www.python.org')
        self.failIf(r.is_unverifiable())
        r.set_proxy('proxy:3128', 'http')
        self.assertEqual(r.get_host(), 'proxy:3128')
        self.assertEqual(r.get_selector(), 'http://www.python.org:80/doc/x?y=1#f')

    def test_bad_urls(self):
        self.assertRaises(ValueError, urllib2.urlopen, 'no-scheme')
        try:
            urllib2.urlopen('bogus://x/')
        except urllib2.URLError, e:
            self.assertEqual(e.reason, 'unknown url type: bogus')
            self.assertEqual(str(e), '<urlopen error unknown url type: bogus>')
        else:
            self.fail('URLError not raised')

    def test_file_url(self):
        fd, name = tempfile.mkstemp('.txt')
        os.write(fd, 'file contents')
        os.close(fd)
        try:
            f = urllib2.urlopen('file://' + name)
            self.assertEqual(f.read(), 'file contents')
            self.assertEqual(f.info()['content-length'], '13')
            self.assertEqual(f.info()['content-type'], 'text/plain')
            f.close()
            f = urllib2.urlopen('file://localhost' + name)
            self.assertEqual(f.read(), 'file contents')
            f.close()
        finally:
            os.remove(name)
        self.assertRaises(urllib2.URLError, urllib2.urlopen, 'file://' + name)

    def test_build_opener(self):
        class MyHTTPHandler(urllib2.HTTPHandler):
            pass
        o = urllib2.build_opener(MyHTTPHandler)
        kinds = [h.__class__ for h in o.handlers]
        self.assert_(MyHTTPHandler in kinds)
        self.failIf(urllib2.HTTPHandler in kinds)
        self.assert_(urllib2.HTTPErrorProcessor in kinds)
        # Handlers are sorted by handler_order.
        orders = [h.handler_order for h in o.handlers]
        sorted_orders = orders[:]
        sorted_orders.sort()
        self.assertEqual(orders, sorted_orders)

    def test_custom_handler(self):
        class Mock(urllib2.BaseHandler):
            def mock_open(self, req):
                import StringIO, mimetools
                return urllib2.addinfourl(StringIO.StringIO('mocked'),
                                          mimetools.Message(
                                              StringIO.StringIO('')),
                                          req.get_full_url())
        o = urllib2.build_opener(Mock)
        self.assertEqual(o.open('mock:thing').read(), 'mocked')
        urllib2.install_opener(o)
        try:
            self.assertEqual(urllib2.urlopen('mock:x').read(), 'mocked')
        finally:
            urllib2.install_opener(None)

    def test_password_mgr(self):
        mgr = urllib2.HTTPPasswordMgr()
        mgr.add_password('r', 'http://example.com/a/', 'u', 'p')
        self.assertEqual(mgr.find_user_password('r', 'http://example.com/a/b'),
                         ('u', 'p'))
        self.assertEqual(mgr.find_user_password('r', 'http://example.com/c'),
                         (None, None))
        self.assertEqual(mgr.find_user_password('x', 'http://example.com/a/'),
                         (None, None))

    def test_parse_helpers(self):
        self.assertEqual(urllib2.parse_http_list('a, b="c, d", e'),
                         ['a', 'b="c, d"', 'e'])
        self.assertEqual(urllib2.parse_keqv_list(['a="b"', 'c=d']),
                         {'a': 'b', 'c': 'd'})
        self.assertEqual(len(urllib2.randombytes(8)), 8)


def test_main():
    test_support.run_unittest(Urllib2HTTPTests, Urllib2OfflineTests)

if __name__ == '__main__':
    test_main()
