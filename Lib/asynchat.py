"""Asynchronous command/response protocols on top of asyncore (the
Python 2.5 asynchat API).

An async_chat channel splits its input at a terminator: a string (a line
ending, say), an integer (that many bytes) or None (everything).  Data
before the terminator goes to collect_incoming_data(); reaching it calls
found_terminator().  Output is queued with push() or push_with_producer()
and sent as the socket accepts it.
"""

import socket
import asyncore


class async_chat(asyncore.dispatcher):
    """Subclass and define collect_incoming_data and found_terminator."""

    # Read and write sizes for the socket.
    ac_in_buffer_size = 4096
    ac_out_buffer_size = 4096

    def __init__(self, conn=None):
        self.ac_in_buffer = ''
        self.ac_out_buffer = ''
        self.producer_fifo = fifo()
        asyncore.dispatcher.__init__(self, conn)

    def collect_incoming_data(self, data):
        raise NotImplementedError("must be implemented in subclass")

    def found_terminator(self):
        raise NotImplementedError("must be implemented in subclass")

    def set_terminator(self, term):
        """Set the input delimiter: a string, an int or long byte count,
        or None."""
        self.terminator = term

    def get_terminator(self):
        return self.terminator

    def handle_read(self):
        try:
            data = self.recv(self.ac_in_buffer_size)
        except socket.error, why:
            self.handle_error()
            return

        self.ac_in_buffer = self.ac_in_buffer + data

        # Several terminators may have arrived in one read; the handler
        # may also change the terminator as it goes.
        while self.ac_in_buffer:
            pending = len(self.ac_in_buffer)
            terminator = self.get_terminator()
            if not terminator:
                # None (or ''): everything is data.
                self.collect_incoming_data(self.ac_in_buffer)
                self.ac_in_buffer = ''
            elif isinstance(terminator, (int, long)):
                # A byte count.
                if pending < terminator:
                    self.collect_incoming_data(self.ac_in_buffer)
                    self.ac_in_buffer = ''
                    self.terminator = self.terminator - pending
                else:
                    self.collect_incoming_data(self.ac_in_buffer[:terminator])
                    self.ac_in_buffer = self.ac_in_buffer[terminator:]
                    self.terminator = 0
                    self.found_terminator()
            else:
                tlen = len(terminator)
                index = self.ac_in_buffer.find(terminator)
                if index != -1:
                    if index > 0:
                        self.collect_incoming_data(self.ac_in_buffer[:index])
                    self.ac_in_buffer = self.ac_in_buffer[index + tlen:]
                    self.found_terminator()
                else:
                    # Keep back what could be the start of the terminator.
                    keep = find_prefix_at_end(self.ac_in_buffer, terminator)
                    if keep:
                        if keep != pending:
                            self.collect_incoming_data(
                                self.ac_in_buffer[:-keep])
                            self.ac_in_buffer = self.ac_in_buffer[-keep:]
                        break
                    else:
                        self.collect_incoming_data(self.ac_in_buffer)
                        self.ac_in_buffer = ''

    def handle_write(self):
        self.initiate_send()

    def handle_close(self):
        self.close()

    def push(self, data):
        self.producer_fifo.push(simple_producer(data))
        self.initiate_send()

    def push_with_producer(self, producer):
        self.producer_fifo.push(producer)
        self.initiate_send()

    def readable(self):
        return len(self.ac_in_buffer) <= self.ac_in_buffer_size

    def writable(self):
        return (self.ac_out_buffer != '' or
                not self.producer_fifo.is_empty() or
                not self.connected)

    def close_when_done(self):
        """Close once everything queued has been sent."""
        self.producer_fifo.push(None)

    def refill_buffer(self):
        # Move data from the producers into ac_out_buffer; a None in the
        # queue means close.
        while True:
            if len(self.producer_fifo):
                p = self.producer_fifo.first()
                if p is None:
                    if not self.ac_out_buffer:
                        self.producer_fifo.pop()
                        self.close()
                    return
                elif isinstance(p, str):
                    self.producer_fifo.pop()
                    self.ac_out_buffer = self.ac_out_buffer + p
                    return
                data = p.more()
                if data:
                    self.ac_out_buffer = self.ac_out_buffer + data
                    return
                else:
                    self.producer_fifo.pop()
            else:
                return

    def initiate_send(self):
        obs = self.ac_out_buffer_size
        if len(self.ac_out_buffer) < obs:
            self.refill_buffer()
        if self.ac_out_buffer and self.connected:
            try:
                num_sent = self.send(self.ac_out_buffer[:obs])
                if num_sent:
                    self.ac_out_buffer = self.ac_out_buffer[num_sent:]
            except socket.error, why:
                self.handle_error()
                return

    def discard_buffers(self):
        self.ac_in_buffer = ''
        self.ac_out_buffer = ''
        while self.producer_fifo:
            self.producer_fifo.pop()


class simple_producer:
    """Hands out a string in pieces of buffer_size."""

    def __init__(self, data, buffer_size=512):
        self.data = data
        self.buffer_size = buffer_size

    def more(self):
        piece = self.data[:self.buffer_size]
        self.data = self.data[self.buffer_size:]
        return piece


class fifo:
    """A simple first-in first-out queue."""

    def __init__(self, list=None):
        if not list:
            self.list = []
        else:
            self.list = list

    def __len__(self):
        return len(self.list)

    def is_empty(self):
        return self.list == []

    def first(self):
        return self.list[0]

    def push(self, data):
        self.list.append(data)

    def pop(self):
        """(1, item) for the first item, or (0, None) if empty."""
        if self.list:
            return (1, self.list.pop(0))
        return (0, None)


def find_prefix_at_end(haystack, needle):
    """Length of the longest proper prefix of needle that haystack ends
    with (0 if none)."""
    n = len(needle) - 1
    while n and not haystack.endswith(needle[:n]):
        n = n - 1
    return n
