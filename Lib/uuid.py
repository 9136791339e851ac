"""UUID objects (universally unique identifiers) as in RFC 4122.

uuid1() makes a UUID from the host id and the current time, uuid3() and
uuid5() from the MD5 / SHA-1 hash of a namespace UUID and a name, uuid4()
a random one.

    >>> import uuid
    >>> uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org')
    UUID('6fa459ea-ee8a-3ca4-894e-db77e160355e')
    >>> str(uuid.UUID('{12345678-1234-5678-1234-567812345678}'))
    '12345678-1234-5678-1234-567812345678'
"""

__author__ = 'independent implementation'

RESERVED_NCS, RFC_4122, RESERVED_MICROSOFT, RESERVED_FUTURE = [
    'reserved for NCS compatibility', 'specified in RFC 4122',
    'reserved for Microsoft compatibility', 'reserved for future definition']


def _bytes_to_int(s):
    n = 0L
    for c in s:
        n = (n << 8) | ord(c)
    return n

def _int_to_bytes(n, size):
    chars = []
    for i in range(size):
        chars.append(chr(int(n & 0xff)))
        n = n >> 8
    chars.reverse()
    return ''.join(chars)

def _le_swap(b):
    # The first three fields stored little-endian (Microsoft GUID order).
    return b[3::-1] + b[5:3:-1] + b[7:5:-1] + b[8:]


class UUID(object):
    """An immutable UUID. Make one from exactly one of:

        UUID('12345678-1234-5678-1234-567812345678')   (also with braces
                                 or a 'urn:uuid:' prefix, dashes optional)
        UUID(bytes='\\x12\\x34...')      16 bytes, big-endian
        UUID(bytes_le='\\x78\\x56...')   16 bytes, first fields little-endian
        UUID(fields=(time_low, time_mid, time_hi_version,
                     clock_seq_hi_variant, clock_seq_low, node))
        UUID(int=0x12345678123456781234567812345678)

    version, if given, overrides the version number and sets the variant
    to RFC 4122. The attributes (bytes, bytes_le, fields and its parts,
    time, clock_seq, node, hex, int, urn, variant, version) are read-only.
    """

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None,
                 int=None, version=None):
        given = [x for x in (hex, bytes, bytes_le, fields, int)
                 if x is not None]
        if len(given) != 1:
            raise TypeError('one of the hex, bytes, bytes_le, fields, '
                            'or int arguments must be given')
        if hex is not None:
            hex = hex.replace('urn:', '').replace('uuid:', '')
            hex = hex.strip('{}').replace('-', '')
            if len(hex) != 32:
                raise ValueError('badly formed hexadecimal UUID string')
            int = long(hex, 16)
        if bytes_le is not None:
            if len(bytes_le) != 16:
                raise ValueError('bytes_le is not a 16-char string')
            bytes = _le_swap(bytes_le)
        if bytes is not None:
            if len(bytes) != 16:
                raise ValueError('bytes is not a 16-char string')
            int = _bytes_to_int(bytes)
        if fields is not None:
            if len(fields) != 6:
                raise ValueError('fields is not a 6-tuple')
            (time_low, time_mid, time_hi_version,
             clock_seq_hi_variant, clock_seq_low, node) = fields
            limits = [(time_low, 32), (time_mid, 16), (time_hi_version, 16),
                      (clock_seq_hi_variant, 8), (clock_seq_low, 8),
                      (node, 48)]
            for index in range(6):
                value, bits = limits[index]
                if not 0 <= value < 1L << bits:
                    raise ValueError('field %d out of range (need a %d-bit '
                                     'value)' % (index + 1, bits))
            clock_seq = (clock_seq_hi_variant << 8L) | clock_seq_low
            int = ((time_low << 96L) | (time_mid << 80L) |
                   (time_hi_version << 64L) | (clock_seq << 48L) | node)
        if not 0 <= int < 1L << 128L:
            raise ValueError('int is out of range (need a 128-bit value)')
        int = long(int)
        if version is not None:
            if not 1 <= version <= 5:
                raise ValueError('illegal version number')
            # variant bits 10x, then the version nibble
            int = int & ~(0xc000L << 48L)
            int = int | (0x8000L << 48L)
            int = int & ~(0xf000L << 64L)
            int = int | (long(version) << 76L)
        self.__dict__['int'] = int

    def __cmp__(self, other):
        if isinstance(other, UUID):
            return cmp(self.int, other.int)
        return NotImplemented

    def __hash__(self):
        return hash(self.int)

    def __int__(self):
        return self.int

    def __repr__(self):
        return 'UUID(%r)' % str(self)

    def __setattr__(self, name, value):
        raise TypeError('UUID objects are immutable')

    def __str__(self):
        h = '%032x' % self.int
        return '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20],
                                   h[20:])

    def get_bytes(self):
        return _int_to_bytes(self.int, 16)
    bytes = property(get_bytes)

    def get_bytes_le(self):
        return _le_swap(self.get_bytes())
    bytes_le = property(get_bytes_le)

    def get_fields(self):
        return (self.time_low, self.time_mid, self.time_hi_version,
                self.clock_seq_hi_variant, self.clock_seq_low, self.node)
    fields = property(get_fields)

    def get_time_low(self):
        return self.int >> 96L
    time_low = property(get_time_low)

    def get_time_mid(self):
        return (self.int >> 80L) & 0xffff
    time_mid = property(get_time_mid)

    def get_time_hi_version(self):
        return (self.int >> 64L) & 0xffff
    time_hi_version = property(get_time_hi_version)

    def get_clock_seq_hi_variant(self):
        return (self.int >> 56L) & 0xff
    clock_seq_hi_variant = property(get_clock_seq_hi_variant)

    def get_clock_seq_low(self):
        return (self.int >> 48L) & 0xff
    clock_seq_low = property(get_clock_seq_low)

    def get_time(self):
        """The 60-bit timestamp (100 ns intervals since 1582-10-15)."""
        return (((self.time_hi_version & 0x0fffL) << 48L) |
                (self.time_mid << 32L) | self.time_low)
    time = property(get_time)

    def get_clock_seq(self):
        return (((self.clock_seq_hi_variant & 0x3fL) << 8L) |
                self.clock_seq_low)
    clock_seq = property(get_clock_seq)

    def get_node(self):
        return self.int & 0xffffffffffffL
    node = property(get_node)

    def get_hex(self):
        return '%032x' % self.int
    hex = property(get_hex)

    def get_urn(self):
        return 'urn:uuid:' + str(self)
    urn = property(get_urn)

    def get_variant(self):
        if not self.int & (0x8000L << 48L):
            return RESERVED_NCS
        if not self.int & (0x4000L << 48L):
            return RFC_4122
        if not self.int & (0x2000L << 48L):
            return RESERVED_MICROSOFT
        return RESERVED_FUTURE
    variant = property(get_variant)

    def get_version(self):
        """The version number (1 to 5), for RFC 4122 UUIDs only."""
        if self.variant == RFC_4122:
            return int((self.int >> 76L) & 0xf)
        return None
    version = property(get_version)


# ------------------------------------------------------------------
# The host's hardware address

def _read_sys_class_net():
    # Linux lists interfaces, with their MAC address, under /sys.
    import os
    base = '/sys/class/net'
    names = os.listdir(base)
    names.sort()
    for name in names:
        if name == 'lo':
            continue
        try:
            f = open(os.path.join(base, name, 'address'))
            try:
                text = f.read().strip()
            finally:
                f.close()
        except IOError:
            continue
        digits = text.replace(':', '')
        if len(digits) == 12:
            try:
                node = long(digits, 16)
            except ValueError:
                continue
            if node:
                return node
    return None

def _ifconfig_getnode():
    return _read_sys_class_net()

def _random_getnode():
    """A random 48-bit number with the multicast bit set, as RFC 4122
    recommends when no hardware address is available."""
    return _random_bits(48) | 0x010000000000L

def _random_bits(n):
    try:
        import os
        return _bytes_to_int(os.urandom((n + 7) // 8)) & ((1L << n) - 1)
    except (ImportError, AttributeError, NotImplementedError, OSError):
        import random
        return random.getrandbits(n)

_node = None

def getnode():
    """The hardware address of the host as a 48-bit integer, or (if it
    cannot be found) a random one with the multicast bit set. The value
    is computed once."""
    global _node
    if _node is not None:
        return _node
    for getter in (_ifconfig_getnode, _random_getnode):
        try:
            node = getter()
        except Exception:
            continue
        if node is not None:
            _node = node
            return node

_last_timestamp = None

def uuid1(node=None, clock_seq=None):
    """A UUID from the host id (getnode(), unless node is given), the
    current time and a sequence number (random unless given)."""
    global _last_timestamp
    import time
    nanoseconds = long(time.time() * 1e9)
    # 100 ns intervals since the Gregorian reform, 1582-10-15.
    timestamp = nanoseconds // 100 + 0x01b21dd213814000L
    if _last_timestamp is not None and timestamp <= _last_timestamp:
        timestamp = _last_timestamp + 1
    _last_timestamp = timestamp
    if clock_seq is None:
        clock_seq = _random_bits(14)
    time_low = timestamp & 0xffffffffL
    time_mid = (timestamp >> 32L) & 0xffffL
    time_hi_version = (timestamp >> 48L) & 0x0fffL
    clock_seq_low = clock_seq & 0xffL
    clock_seq_hi_variant = (clock_seq >> 8L) & 0x3fL
    if node is None:
        node = getnode()
    return UUID(fields=(time_low, time_mid, time_hi_version,
                        clock_seq_hi_variant, clock_seq_low, node),
                version=1)

def uuid3(namespace, name):
    """A UUID from the MD5 hash of a namespace UUID and a name."""
    try:
        from hashlib import md5
    except ImportError:
        from md5 import md5
    digest = md5(namespace.bytes + name).digest()
    return UUID(bytes=digest[:16], version=3)

def uuid4():
    """A random UUID."""
    return UUID(int=_random_bits(128), version=4)

def uuid5(namespace, name):
    """A UUID from the SHA-1 hash of a namespace UUID and a name."""
    try:
        from hashlib import sha1
    except ImportError:
        from sha import sha as sha1
    digest = sha1(namespace.bytes + name).digest()
    return UUID(bytes=digest[:16], version=5)


# Namespaces for uuid3/uuid5 defined by RFC 4122.
NAMESPACE_DNS = UUID('6ba7b810-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_URL = UUID('6ba7b811-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_OID = UUID('6ba7b812-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_X500 = UUID('6ba7b814-9dad-11d1-80b4-00c04fd430c8')
