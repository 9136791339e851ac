"""Tests for httplib: response parsing on fake sockets, and requests to
a server on 127.0.0.1 run in a thread."""

import unittest
from test import test_support
import httplib
import socket
import threading
import StringIO


class FakeSocket:
    """Replays text as if received; records what is sent."""

    def __init__(self, text):
        self.text = text
        self.sent = []

    def makefile(self, mode, bufsize=None):
        if mode != 'r' and mode != 'rb':
            raise httplib.UnimplementedFileMode()
        return StringIO.StringIO(self.text)

    def sendall(self, data):
        self.sent.append(data)

    def close(self):
        pass


def response_for(text, method=None, strict=0):
    r = httplib.HTTPResponse(FakeSocket(text), method=method, strict=strict)
    r.begin()
    return r


class ResponseTests(unittest.TestCase):

    def test_content_length(self):
        r = response_for('HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n'
                         'helloEXTRA')
        self.assertEqual((r.status, r.reason, r.version), (200, 'OK', 11))
        self.assertEqual(r.length, 5)
        self.failIf(r.will_close)
        self.assertEqual(r.read(2), 'he')
        self.assertEqual(r.read(), 'llo')
        self.assert_(r.isclosed())
        self.assertEqual(r.read(), '')

    def test_http10_reads_to_close(self):
        r = response_for('HTTP/1.0 200 OK\r\nX: y\r\n\r\nall of it')
        self.assertEqual(r.version, 10)
        self.assert_(r.will_close)
        self.assertEqual(r.length, None)
        self.assertEqual(r.read(), 'all of it')

    def test_keep_alive_http10(self):
        r = response_for('HTTP/1.0 200 OK\r\nConnection: keep-alive\r\n'
                         'Content-Length: 0\r\n\r\n')
        self.failIf(r.will_close)

    def test_connection_close_http11(self):
        r = response_for('HTTP/1.1 200 OK\r\nConnection: close\r\n\r\nxy')
        self.assert_(r.will_close)
        self.assertEqual(r.read(), 'xy')

    def test_chunked(self):
        body = ('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n'
                '5\r\nhello\r\n'
                '6;ext=1\r\n world\r\n'
                '0\r\nTrailer: x\r\n\r\n')
        r = response_for(body)
        self.assertEqual(r.chunked, 1)
        self.assertEqual(r.read(), 'hello world')
        r = response_for(body)
        self.assertEqual(r.read(3), 'hel')
        self.assertEqual(r.read(4), 'lo w')
        self.assertEqual(r.read(), 'orld')

    def test_chunked_incomplete(self):
        r = response_for('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n'
                         '\r\na\r\nhello')
        try:
            r.read()
        except httplib.IncompleteRead, e:
            self.assertEqual(e.partial, 'hello')
        else:
            self.fail('IncompleteRead not raised')

    def test_incomplete_content_length(self):
        r = response_for('HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc')
        self.assertRaises(httplib.IncompleteRead, r.read)

    def test_no_body_statuses(self):
        for status in ('204 No Content', '304 Not Modified'):
            r = response_for('HTTP/1.1 %s\r\nContent-Length: 9\r\n\r\n'
                             % status)
            self.assertEqual(r.length, 0)
            self.assertEqual(r.read(), '')
        r = response_for('HTTP/1.1 200 OK\r\nContent-Length: 9\r\n\r\n',
                         method='HEAD')
        self.assertEqual(r.read(), '')

    def test_continue_skipped(self):
        r = response_for('HTTP/1.1 100 Continue\r\nX: 1\r\n\r\n'
                         'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok')
        self.assertEqual(r.status, 200)
        self.assertEqual(r.read(), 'ok')

    def test_bad_status_line(self):
        self.assertRaises(httplib.BadStatusLine, response_for, '')
        self.assertRaises(httplib.BadStatusLine, response_for,
                          'HTTP/1.1 abc OK\r\n\r\n')
        self.assertRaises(httplib.BadStatusLine, response_for,
                          'HTTP/1.1 42 Odd\r\n\r\n')
        try:
            response_for('garbage\r\n', strict=1)
        except httplib.BadStatusLine, e:
            self.assertEqual(e.line, 'garbage\r\n')
            self.assertEqual(e.args, ('garbage\r\n',))
        else:
            self.fail('BadStatusLine not raised')

    def test_http09_response(self):
        r = response_for('just a body\nmore\n')
        self.assertEqual((r.version, r.status), (9, 200))
        self.assertEqual(r.read(), 'just a body\nmore\n')

    def test_unknown_protocol(self):
        try:
            response_for('HTTP/2.0 200 OK\r\n\r\n')
        except httplib.UnknownProtocol, e:
            self.assertEqual(e.version, 'HTTP/2.0')
        else:
            self.fail('UnknownProtocol not raised')

    def test_headers(self):
        r = response_for('HTTP/1.1 200 OK\r\nSet-Cookie: a=1\r\n'
                         'Set-Cookie: b=2\r\nX-Long: one\r\n two\r\n'
                         'Content-Length: 0\r\n\r\n')
        self.assertEqual(r.getheader('set-cookie'), 'a=1, b=2')
        self.assertEqual(r.getheader('X-LONG'), 'one\n two')
        self.assertEqual(r.getheader('missing', 'dflt'), 'dflt')
        names = [name for name, value in r.getheaders()]
        names.sort()
        self.assertEqual(names, ['content-length', 'set-cookie', 'x-long'])
        self.assert_(isinstance(r.msg, httplib.HTTPMessage))


class ConnectionTests(unittest.TestCase):

    def test_host_port_parsing(self):
        for hp, h, p in (("www.python.org:80", "www.python.org", 80),
                         ("www.python.org", "www.python.org", 80),
                         ("[::1]:8080", "::1", 8080),
                         ("[::1]", "::1", 80)):
            c = httplib.HTTPConnection(hp)
            self.assertEqual((c.host, c.port), (h, p))
        self.assertRaises(httplib.InvalidURL, httplib.HTTPConnection,
                          "host:abc")

    def test_request_text(self):
        c = httplib.HTTPConnection('example.com', 8080)
        c.sock = FakeSocket('')
        c.request('POST', '/path', 'body!', {'X-One': '1'})
        sent = ''.join(c.sock.sent)
        head, body = sent.split('\r\n\r\n', 1)
        lines = head.split('\r\n')
        self.assertEqual(lines[0], 'POST /path HTTP/1.1')
        self.assert_('Host: example.com:8080' in lines)
        self.assert_('Accept-Encoding: identity' in lines)
        self.assert_('Content-Length: 5' in lines)
        self.assert_('X-One: 1' in lines)
        self.assertEqual(body, 'body!')

    def test_file_body(self):
        c = httplib.HTTPConnection('example.com')
        c.sock = FakeSocket('')
        c.request('PUT', '/f', StringIO.StringIO('x' * 20000))
        sent = ''.join(c.sock.sent)
        head, body = sent.split('\r\n\r\n', 1)
        self.assertEqual(body, 'x' * 20000)

    def test_explicit_host_header(self):
        c = httplib.HTTPConnection('example.com')
        c.sock = FakeSocket('')
        c.request('GET', '/', headers={'Host': 'other', 'Accept-Encoding': 'gzip'})
        sent = ''.join(c.sock.sent)
        self.assertEqual(sent.count('Host:'), 1)
        self.assert_('Host: other' in sent)
        self.failIf('identity' in sent)

    def test_state_errors(self):
        c = httplib.HTTPConnection('example.com')
        c.sock = FakeSocket('')
        self.assertRaises(httplib.CannotSendHeader, c.putheader, 'a', 'b')
        self.assertRaises(httplib.ResponseNotReady, c.getresponse)
        c.putrequest('GET', '/')
        self.assertRaises(httplib.CannotSendRequest, c.putrequest, 'GET', '/')
        c.endheaders()
        self.assertRaises(httplib.CannotSendHeader, c.endheaders)

    def test_not_connected(self):
        c = httplib.HTTPConnection('example.com')
        c.auto_open = 0
        self.assertRaises(httplib.NotConnected, c.send, 'x')

    def test_exception_hierarchy(self):
        for name in ('NotConnected', 'InvalidURL', 'UnknownProtocol',
                     'UnknownTransferEncoding', 'UnimplementedFileMode',
                     'IncompleteRead', 'ImproperConnectionState',
                     'BadStatusLine'):
            self.assert_(issubclass(getattr(httplib, name),
                                    httplib.HTTPException))
        for name in ('CannotSendRequest', 'CannotSendHeader',
                     'ResponseNotReady'):
            self.assert_(issubclass(getattr(httplib, name),
                                    httplib.ImproperConnectionState))
        self.assert_(httplib.error is httplib.HTTPException)
        self.assertEqual(httplib.responses[404], 'Not Found')
        self.assertEqual(httplib.NOT_FOUND, 404)
        self.assertEqual(httplib.HTTP_PORT, 80)


class LiveServerTests(unittest.TestCase):
    """Against a small server that speaks HTTP/1.1 with chunked replies."""

    def setUp(self):
        self.listener = socket.socket()
        self.listener.bind(('127.0.0.1', 0))
        self.listener.listen(1)
        self.port = self.listener.getsockname()[1]
        self.requests = []
        self.thread = threading.Thread(target=self.serve)
        self.thread.setDaemon(True)
        self.thread.start()

    def tearDown(self):
        self.thread.join(10)
        self.listener.close()

    def serve(self):
        conn, addr = self.listener.accept()
        conn.settimeout(10)
        f = conn.makefile('rb', 0)
        for i in range(2):
            lines = []
            while True:
                line = f.readline()
                if line in ('\r\n', ''):
                    break
                lines.append(line)
            self.requests.append(lines)
            conn.sendall('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n'
                         '\r\n3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n')
        f.close()
        conn.close()

    def test_two_requests_one_connection(self):
        c = httplib.HTTPConnection('127.0.0.1', self.port)
        for path in ('/a', '/b'):
            c.request('GET', path)
            r = c.getresponse()
            self.assertEqual(r.read(), 'abcde')
        c.close()
        self.assertEqual(self.requests[0][0], 'GET /a HTTP/1.1\r\n')
        self.assertEqual(self.requests[1][0], 'GET /b HTTP/1.1\r\n')
        self.assert_('Host: 127.0.0.1:%d\r\n' % self.port in self.requests[0])

    def test_old_http_interface(self):
        h = httplib.HTTP('127.0.0.1:%d' % self.port)
        h.putrequest('GET', '/old')
        h.putheader('Accept', 'text/plain', 'text/html')
        h.endheaders()
        errcode, errmsg, headers = h.getreply()
        self.assertEqual((errcode, errmsg), (200, 'OK'))
        self.assertEqual(headers['transfer-encoding'], 'chunked')
        h.close()
        self.assertEqual(self.requests[0][0], 'GET /old HTTP/1.0\r\n')
        self.assert_('Accept: text/plain\r\n' in self.requests[0])
        # Let the server finish its second round.
        s = socket.socket()
        s.connect(('127.0.0.1', self.port))
        s.close()


def test_main():
    test_support.run_unittest(ResponseTests, ConnectionTests,
                              LiveServerTests)

if __name__ == '__main__':
    test_main()
