"""External Data Representation (RFC 1014) packing and unpacking."""

import struct
from cStringIO import StringIO as _StringIO

__all__ = ["Error", "Packer", "Unpacker", "ConversionError"]


class Error(Exception):
    """Base error of this module; msg holds the description."""

    def __init__(self, msg):
        self.msg = msg

    def __repr__(self):
        return repr(self.msg)

    def __str__(self):
        return str(self.msg)


class ConversionError(Error):
    pass


class Packer:
    """Pack Python values into an XDR byte string."""

    def __init__(self):
        self.reset()

    def reset(self):
        self.__buf = _StringIO()

    def get_buffer(self):
        return self.__buf.getvalue()

    get_buf = get_buffer

    def pack_uint(self, x):
        self.__buf.write(struct.pack('>L', x))

    def pack_int(self, x):
        self.__buf.write(struct.pack('>l', x))

    pack_enum = pack_int

    def pack_bool(self, x):
        if x:
            self.__buf.write('\0\0\0\1')
        else:
            self.__buf.write('\0\0\0\0')

    def pack_uhyper(self, x):
        self.pack_uint((x >> 32) & 0xffffffffL)
        self.pack_uint(x & 0xffffffffL)

    pack_hyper = pack_uhyper

    def pack_float(self, x):
        try:
            self.__buf.write(struct.pack('>f', x))
        except struct.error, msg:
            raise ConversionError(msg)

    def pack_double(self, x):
        try:
            self.__buf.write(struct.pack('>d', x))
        except struct.error, msg:
            raise ConversionError(msg)

    def pack_fstring(self, n, s):
        """s in exactly n bytes, padded with NULs to a multiple of 4."""
        if n < 0:
            raise ValueError('fstring size must be nonnegative')
        data = s[:n]
        n = ((n + 3) // 4) * 4
        data = data + (n - len(data)) * '\0'
        self.__buf.write(data)

    pack_fopaque = pack_fstring

    def pack_string(self, s):
        n = len(s)
        self.pack_uint(n)
        self.pack_fstring(n, s)

    pack_opaque = pack_string
    pack_bytes = pack_string

    def pack_list(self, list, pack_item):
        """Each item preceded by a 1 word, then a 0 word."""
        for item in list:
            self.pack_uint(1)
            pack_item(item)
        self.pack_uint(0)

    def pack_farray(self, n, list, pack_item):
        if len(list) != n:
            raise ValueError('wrong array size')
        for item in list:
            pack_item(item)

    def pack_array(self, list, pack_item):
        n = len(list)
        self.pack_uint(n)
        self.pack_farray(n, list, pack_item)


class Unpacker:
    """Unpack Python values from an XDR byte string."""

    def __init__(self, data):
        self.reset(data)

    def reset(self, data):
        self.__buf = data
        self.__pos = 0

    def get_position(self):
        return self.__pos

    def set_position(self, position):
        self.__pos = position

    def get_buffer(self):
        return self.__buf

    def done(self):
        if self.__pos < len(self.__buf):
            raise Error('unextracted data remains')

    def _take(self, n):
        start = self.__pos
        end = start + n
        if end > len(self.__buf):
            raise EOFError
        self.__pos = end
        return self.__buf[start:end]

    def unpack_uint(self):
        x = struct.unpack('>L', self._take(4))[0]
        try:
            return int(x)
        except OverflowError:
            return x

    def unpack_int(self):
        return struct.unpack('>l', self._take(4))[0]

    unpack_enum = unpack_int

    def unpack_bool(self):
        return bool(self.unpack_int())

    def unpack_uhyper(self):
        hi = self.unpack_uint()
        lo = self.unpack_uint()
        return long(hi) << 32 | lo

    def unpack_hyper(self):
        x = self.unpack_uhyper()
        if x >= 0x8000000000000000L:
            x = x - 0x10000000000000000L
        return x

    def unpack_float(self):
        return struct.unpack('>f', self._take(4))[0]

    def unpack_double(self):
        return struct.unpack('>d', self._take(8))[0]

    def unpack_fstring(self, n):
        if n < 0:
            raise ValueError('fstring size must be nonnegative')
        padded = ((n + 3) // 4) * 4
        start = self.__pos
        if start + padded > len(self.__buf):
            raise EOFError
        self.__pos = start + padded
        return self.__buf[start:start + n]

    unpack_fopaque = unpack_fstring

    def unpack_string(self):
        return self.unpack_fstring(self.unpack_uint())

    unpack_opaque = unpack_string
    unpack_bytes = unpack_string

    def unpack_list(self, unpack_item):
        items = []
        while True:
            flag = self.unpack_uint()
            if flag == 0:
                break
            if flag != 1:
                raise ConversionError('0 or 1 expected, got %r' % (flag,))
            items.append(unpack_item())
        return items

    def unpack_farray(self, n, unpack_item):
        return [unpack_item() for i in range(n)]

    def unpack_array(self, unpack_item):
        return self.unpack_farray(self.unpack_uint(), unpack_item)
