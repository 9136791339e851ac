"""Tests for xmlrpclib and SimpleXMLRPCServer (the server runs on
127.0.0.1 in a thread)."""

import unittest
from test import test_support
import xmlrpclib
import SimpleXMLRPCServer
import threading
import socket
import datetime
import time
import sys
import StringIO

alist = [{'astring': 'foo@bar.baz.spam',
          'afloat': 7283.43,
          'anint': 2 ** 20,
          'ashortlong': 2L,
          'anotherlist': ['.zyx.41'],
          'abase64': xmlrpclib.Binary("my dog has fleas"),
          'boolean': False,
          'unicode': u'\u4000\u6000\u8000',
          u'ukey': 'regular value',
          'datetime1': xmlrpclib.DateTime('20050210T11:41:23'),
          'datetime2': xmlrpclib.DateTime(
              (2005, 02, 10, 11, 41, 23, 0, 1, -1)),
          }]


class XMLRPCMarshallingTests(unittest.TestCase):

    def test_round_trip(self):
        s = xmlrpclib.dumps((alist,))
        (load,), method = xmlrpclib.loads(s)
        self.assertEqual(method, None)
        self.assertEqual(alist, load)

    def test_method_call(self):
        s = xmlrpclib.dumps((1, 'two'), 'some.method')
        self.assert_(s.startswith("<?xml version='1.0'?>\n<methodCall>\n"
                                  "<methodName>some.method</methodName>\n"))
        params, method = xmlrpclib.loads(s)
        self.assertEqual((params, method), ((1, 'two'), 'some.method'))

    def test_exact_text(self):
        self.assertEqual(xmlrpclib.dumps((1,)),
                         '<params>\n<param>\n<value><int>1</int></value>\n'
                         '</param>\n</params>\n')
        self.assertEqual(xmlrpclib.dumps(('a<&>',), methodresponse=1),
                         "<?xml version='1.0'?>\n<methodResponse>\n"
                         "<params>\n<param>\n<value><string>a&lt;&amp;&gt;"
                         "</string></value>\n</param>\n</params>\n"
                         "</methodResponse>\n")
        self.assert_("encoding='iso-8859-1'" in
                     xmlrpclib.dumps(('x',), 'm', encoding='iso-8859-1'))

    def test_types(self):
        data = (True, False, 1.5, -3, [1, [2]], {'k': {'j': 'v'}}, u'\xe9')
        self.assertEqual(xmlrpclib.loads(xmlrpclib.dumps(data))[0], data[:4] +
                         ([1, [2]], {'k': {'j': 'v'}}, u'\xe9'))
        value = xmlrpclib.loads(xmlrpclib.dumps((True,)))[0][0]
        self.assert_(value is True)

    def test_none(self):
        self.assertRaises(TypeError, xmlrpclib.dumps, (None,))
        s = xmlrpclib.dumps((None,), allow_none=True)
        self.assert_('<nil/>' in s)
        self.assertEqual(xmlrpclib.loads(s)[0], (None,))

    def test_limits_and_errors(self):
        self.assertRaises(OverflowError, xmlrpclib.dumps, (2 ** 31,))
        self.assertRaises(OverflowError, xmlrpclib.dumps, (-2 ** 31 - 1,))
        xmlrpclib.dumps((2 ** 31 - 1, -2 ** 31))
        l = [1]
        l.append(l)
        self.assertRaises(TypeError, xmlrpclib.dumps, (l,))
        self.assertRaises(TypeError, xmlrpclib.dumps, ({1: 2},))
        self.assertRaises(TypeError, xmlrpclib.dumps, (object(),))
        self.assertRaises(AssertionError, xmlrpclib.dumps, [1])
        self.assertRaises(AssertionError, xmlrpclib.dumps, (1, 2),
                          methodresponse=1)

    def test_fault(self):
        f = xmlrpclib.Fault(42, 'Test Fault')
        s = xmlrpclib.dumps(f)
        self.assert_(s.startswith("<?xml version='1.0'?>\n<methodResponse>\n"
                                  "<fault>\n"))
        try:
            xmlrpclib.loads(s)
        except xmlrpclib.Fault, e:
            self.assertEqual((e.faultCode, e.faultString), (42, 'Test Fault'))
            self.assertEqual(repr(e), "<Fault 42: 'Test Fault'>")
            self.assertEqual(str(e), "<Fault 42: 'Test Fault'>")
        else:
            self.fail('Fault not raised')

    def test_datetime(self):
        d = xmlrpclib.DateTime('20050210T11:41:23')
        self.assertEqual(str(d), '20050210T11:41:23')
        self.assertEqual(d, '20050210T11:41:23')
        self.assertEqual(d.timetuple()[:6], (2005, 2, 10, 11, 41, 23))
        dt = datetime.datetime(2005, 2, 10, 11, 41, 23)
        self.assertEqual(xmlrpclib.DateTime(dt).value, '20050210T11:41:23')
        s = xmlrpclib.dumps((dt,))
        self.assert_('<dateTime.iso8601>20050210T11:41:23</dateTime.iso8601>'
                     in s)
        (back,), m = xmlrpclib.loads(s, use_datetime=1)
        self.assertEqual(back, dt)
        (back,), m = xmlrpclib.loads(s)
        self.assert_(isinstance(back, xmlrpclib.DateTime))

    def test_binary(self):
        b = xmlrpclib.Binary('\x00\xff data')
        self.assertEqual(str(b), '\x00\xff data')
        s = xmlrpclib.dumps((b,))
        self.assert_('<base64>' in s)
        (back,), m = xmlrpclib.loads(s)
        self.assertEqual(back.data, '\x00\xff data')
        self.assertEqual(back, b)

    def test_untyped_value_is_string(self):
        s = ("<?xml version='1.0'?><methodResponse><params><param>"
             "<value>plain</value></param></params></methodResponse>")
        self.assertEqual(xmlrpclib.loads(s), (('plain',), None))

    def test_classic_instance_as_struct(self):
        class Point:
            def __init__(self):
                self.x = 1
                self.y = 2
        (d,), m = xmlrpclib.loads(xmlrpclib.dumps((Point(),)))
        self.assertEqual(d, {'x': 1, 'y': 2})

    def test_exceptions(self):
        e = xmlrpclib.ProtocolError('host/path', 404, 'Not Found', {})
        self.assertEqual(repr(e), '<ProtocolError for host/path: 404 Not Found>')
        self.assert_(issubclass(xmlrpclib.ResponseError, xmlrpclib.Error))
        self.assertRaises(xmlrpclib.ResponseError,
                          xmlrpclib.loads, '<methodResponse></methodResponse>')
        self.assert_(xmlrpclib.boolean is bool)

    def test_server_proxy_repr(self):
        p = xmlrpclib.ServerProxy('http://localhost:9999')
        self.assertEqual(repr(p), '<ServerProxy for localhost:9999/RPC2>')
        self.assertRaises(IOError, xmlrpclib.ServerProxy, 'ftp://x/')
        # No SSL in this build: https fails when a call is made.
        p = xmlrpclib.ServerProxy('https://localhost:9999')
        self.assertRaises(NotImplementedError, p.anything)


class Instance:
    def div(self, a, b):
        """Divide a by b."""
        return a // b

    def _private(self):
        return 'secret'


class XMLRPCServerTests(unittest.TestCase):

    def setUp(self):
        self.server = SimpleXMLRPCServer.SimpleXMLRPCServer(
            ('127.0.0.1', 0), logRequests=False, allow_none=True)
        self.server.register_function(pow)
        self.server.register_function(lambda x, y: x + y, 'add')
        self.server.register_instance(Instance())
        self.server.register_introspection_functions()
        self.server.register_multicall_functions()
        self.port = self.server.socket.getsockname()[1]
        self.stop = False
        self.thread = threading.Thread(target=self.serve)
        self.thread.setDaemon(True)
        self.thread.start()
        self.proxy = xmlrpclib.ServerProxy('http://127.0.0.1:%d' % self.port,
                                           allow_none=True)

    def serve(self):
        while not self.stop:
            self.server.handle_request()

    def tearDown(self):
        self.stop = True
        try:
            s = socket.socket()
            s.connect(('127.0.0.1', self.port))
            s.close()
        except socket.error:
            pass
        self.thread.join(10)
        self.server.server_close()

    def test_calls(self):
        self.assertEqual(self.proxy.pow(6, 8), 6 ** 8)
        self.assertEqual(self.proxy.add('a', 'b'), 'ab')
        self.assertEqual(self.proxy.div(7, 2), 3)
        self.assertEqual(self.proxy.add([1], [None]), [1, None])

    def test_faults(self):
        try:
            self.proxy.div(1, 0)
        except xmlrpclib.Fault, e:
            self.assertEqual(e.faultCode, 1)
            self.assert_(e.faultString.startswith(
                "<type 'exceptions.ZeroDivisionError'>:"), e.faultString)
        else:
            self.fail('Fault not raised')
        try:
            self.proxy._private()
        except xmlrpclib.Fault, e:
            self.assertEqual(e.faultString, "<type 'exceptions.Exception'>:"
                             'method "_private" is not supported')
        else:
            self.fail('private method reachable')

    def test_introspection(self):
        methods = self.proxy.system.listMethods()
        self.assertEqual(methods, ['add', 'div', 'pow', 'system.listMethods',
                                   'system.methodHelp',
                                   'system.methodSignature',
                                   'system.multicall'])
        self.assertEqual(self.proxy.system.methodHelp('div'), 'Divide a by b.')
        self.assertEqual(self.proxy.system.methodSignature('div'),
                         'signatures not supported')

    def test_multicall(self):
        multi = xmlrpclib.MultiCall(self.proxy)
        multi.pow(2, 9)
        multi.add(1, 2)
        multi.div(1, 0)
        result = multi()
        self.assertEqual(result[0], 512)
        self.assertEqual(result[1], 3)
        self.assertRaises(xmlrpclib.Fault, result.__getitem__, 2)

    def test_bad_path(self):
        p = xmlrpclib.ServerProxy('http://127.0.0.1:%d/elsewhere' % self.port)
        try:
            p.pow(1, 2)
        except xmlrpclib.ProtocolError, e:
            self.assertEqual(e.errcode, 404)
        else:
            self.fail('ProtocolError not raised')


class DispatcherTests(unittest.TestCase):

    def test_resolve_dotted_attribute(self):
        class A: pass
        a = A()
        a.b = A()
        a.b.c = 5
        r = SimpleXMLRPCServer.resolve_dotted_attribute
        self.assertEqual(r(a, 'b.c'), 5)
        self.assertRaises(AttributeError, r, a, 'b.c', False)
        self.assertRaises(AttributeError, r, a, 'b.__class__')

    def test_dispatch_without_server(self):
        d = SimpleXMLRPCServer.SimpleXMLRPCDispatcher()
        d.register_function(lambda: 'hi', 'greet')
        response = d._marshaled_dispatch(xmlrpclib.dumps((), 'greet'))
        self.assertEqual(xmlrpclib.loads(response), (('hi',), None))

    def test_cgi_handler(self):
        h = SimpleXMLRPCServer.CGIXMLRPCRequestHandler()
        h.register_function(lambda x: x * 2, 'double')
        saved = sys.stdout
        sys.stdout = out = StringIO.StringIO()
        try:
            h.handle_request(xmlrpclib.dumps((21,), 'double'))
        finally:
            sys.stdout = saved
        head, body = out.getvalue().split('\n\n', 1)
        self.assertEqual(head.split('\n')[0], 'Content-Type: text/xml')
        self.assertEqual(xmlrpclib.loads(body), ((42,), None))


def test_main():
    test_support.run_unittest(XMLRPCMarshallingTests, XMLRPCServerTests,
                              DispatcherTests)

if __name__ == '__main__':
    test_main()
