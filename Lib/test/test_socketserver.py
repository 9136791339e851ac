"""Tests for SocketServer, against servers on 127.0.0.1 run in threads."""

import unittest
from test import test_support
import SocketServer
import socket
import threading
import os
import time

HOST = '127.0.0.1'


class EchoStreamHandler(SocketServer.StreamRequestHandler):
    def handle(self):
        line = self.rfile.readline()
        self.wfile.write('echo:' + line)


class EchoDatagramHandler(SocketServer.DatagramRequestHandler):
    def handle(self):
        data = self.rfile.read()
        self.wfile.write('echo:' + data)


class RawHandler(SocketServer.BaseRequestHandler):
    def setup(self):
        self.server.events.append('setup')

    def handle(self):
        self.server.events.append('handle')
        self.request.sendall('%s:%d' % self.client_address[:2])

    def finish(self):
        self.server.events.append('finish')


def serve_in_thread(server, count):
    def run():
        for i in range(count):
            server.handle_request()
    t = threading.Thread(target=run)
    t.setDaemon(True)
    t.start()
    return t


def stream_exchange(addr, data):
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.settimeout(10)
    s.connect(addr)
    s.sendall(data)
    chunks = []
    while True:
        chunk = s.recv(1024)
        if not chunk:
            break
        chunks.append(chunk)
    s.close()
    return ''.join(chunks)


def datagram_exchange(addr, data):
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.settimeout(10)
    s.sendto(data, addr)
    reply = s.recvfrom(8192)[0]
    s.close()
    return reply


class SocketServerTests(unittest.TestCase):

    def test_tcp_server(self):
        server = SocketServer.TCPServer((HOST, 0), EchoStreamHandler)
        try:
            # Port 0 is replaced by the port actually bound.
            self.assertNotEqual(server.server_address[1], 0)
            t = serve_in_thread(server, 2)
            self.assertEqual(stream_exchange(server.server_address, 'hi\n'),
                             'echo:hi\n')
            self.assertEqual(stream_exchange(server.server_address, 'x\n'),
                             'echo:x\n')
            t.join(10)
        finally:
            server.server_close()

    def test_handler_protocol(self):
        server = SocketServer.TCPServer((HOST, 0), RawHandler)
        server.events = []
        try:
            t = serve_in_thread(server, 1)
            reply = stream_exchange(server.server_address, '')
            t.join(10)
            self.assertEqual(reply.split(':')[0], HOST)
            self.assertEqual(server.events, ['setup', 'handle', 'finish'])
        finally:
            server.server_close()

    def test_udp_server(self):
        server = SocketServer.UDPServer((HOST, 0), EchoDatagramHandler)
        try:
            t = serve_in_thread(server, 1)
            self.assertEqual(datagram_exchange(server.server_address, 'ping'),
                             'echo:ping')
            t.join(10)
        finally:
            server.server_close()

    def test_threading_tcp_server(self):
        server = SocketServer.ThreadingTCPServer((HOST, 0), EchoStreamHandler)
        try:
            t = serve_in_thread(server, 3)
            for word in ('a', 'b', 'c'):
                self.assertEqual(
                    stream_exchange(server.server_address, word + '\n'),
                    'echo:' + word + '\n')
            t.join(10)
        finally:
            server.server_close()

    def test_threading_udp_server(self):
        server = SocketServer.ThreadingUDPServer((HOST, 0),
                                                 EchoDatagramHandler)
        try:
            t = serve_in_thread(server, 1)
            self.assertEqual(datagram_exchange(server.server_address, 'u'),
                             'echo:u')
            t.join(10)
        finally:
            server.server_close()

    if hasattr(os, 'fork'):
        def test_forking_tcp_server(self):
            server = SocketServer.ForkingTCPServer((HOST, 0),
                                                   EchoStreamHandler)
            try:
                t = serve_in_thread(server, 2)
                for word in ('one', 'two'):
                    self.assertEqual(
                        stream_exchange(server.server_address, word + '\n'),
                        'echo:' + word + '\n')
                t.join(10)
                # Reap the children.
                while server.active_children:
                    server.collect_children()
                    time.sleep(0.01)
            finally:
                server.server_close()

    def test_verify_request(self):
        class Refusing(SocketServer.TCPServer):
            def verify_request(self, request, client_address):
                request.close()
                return False
        server = Refusing((HOST, 0), EchoStreamHandler)
        try:
            t = serve_in_thread(server, 1)
            self.assertEqual(stream_exchange(server.server_address, ''), '')
            t.join(10)
        finally:
            server.server_close()

    def test_handle_error(self):
        class Failing(SocketServer.BaseRequestHandler):
            def handle(self):
                raise ValueError('boom')
        class Recording(SocketServer.TCPServer):
            errors = []
            def handle_error(self, request, client_address):
                import sys
                self.errors.append(sys.exc_info()[0])
        server = Recording((HOST, 0), Failing)
        try:
            t = serve_in_thread(server, 1)
            stream_exchange(server.server_address, '')
            t.join(10)
            self.assertEqual(server.errors, [ValueError])
        finally:
            server.server_close()

    def test_reuse_address(self):
        class Reusing(SocketServer.TCPServer):
            allow_reuse_address = True
        server = Reusing((HOST, 0), EchoStreamHandler)
        try:
            self.assertNotEqual(server.socket.getsockopt(
                socket.SOL_SOCKET, socket.SO_REUSEADDR), 0)
        finally:
            server.server_close()

    def test_module_contents(self):
        for name in ("TCPServer", "UDPServer", "ThreadingMixIn",
                     "ForkingMixIn", "StreamRequestHandler",
                     "DatagramRequestHandler", "BaseRequestHandler",
                     "ThreadingTCPServer", "ForkingUDPServer"):
            self.assert_(hasattr(SocketServer, name), name)
        self.assertEqual(SocketServer.TCPServer.request_queue_size, 5)
        self.assertEqual(SocketServer.UDPServer.max_packet_size, 8192)


def test_main():
    test_support.run_unittest(SocketServerTests)

if __name__ == '__main__':
    test_main()
