"""HMAC (Keyed-Hashing for Message Authentication), RFC 2104.

new(key[, msg[, digestmod]]) makes an HMAC object; digestmod is a module
with a new() function (md5, sha) or a hash constructor (hashlib.sha256),
md5 by default.
"""

digest_size = None

# The key is padded to the hash's block size and xored with these bytes.
_OPAD = ''.join([chr(b ^ 0x5C) for b in range(256)])
_IPAD = ''.join([chr(b ^ 0x36) for b in range(256)])


class HMAC:
    """A keyed hash (RFC 2104) with the interface of the hash objects:
    update(), digest(), hexdigest(), copy() and digest_size."""

    blocksize = 64      # used when the hash does not say its block size

    def __init__(self, key, msg=None, digestmod=None):
        """HMAC(key[, msg[, digestmod]]): msg, if given, is hashed at
        once; digestmod is a hash module or constructor (md5 if None)."""
        if key is _COPYING:
            return
        if digestmod is None:
            import md5
            digestmod = md5
        if callable(digestmod):
            self.digest_cons = digestmod
        else:
            self.digest_cons = lambda d='': digestmod.new(d)

        self.outer = self.digest_cons()
        self.inner = self.digest_cons()
        self.digest_size = self.inner.digest_size

        blocksize = getattr(self.inner, 'block_size', None)
        if not isinstance(blocksize, (int, long)) or blocksize < 16:
            blocksize = self.blocksize
        if len(key) > blocksize:
            key = self.digest_cons(key).digest()
        key = key + chr(0) * (blocksize - len(key))
        self.outer.update(key.translate(_OPAD))
        self.inner.update(key.translate(_IPAD))
        if msg is not None:
            self.update(msg)

    def update(self, msg):
        """Feeds more of the message."""
        self.inner.update(msg)

    def copy(self):
        """An independent HMAC object in the same state."""
        other = HMAC(_COPYING)
        other.digest_cons = self.digest_cons
        other.digest_size = self.digest_size
        other.inner = self.inner.copy()
        other.outer = self.outer.copy()
        return other

    def _final(self):
        h = self.outer.copy()
        h.update(self.inner.digest())
        return h

    def digest(self):
        """The MAC of the message so far, as a binary string (more can
        be fed afterwards)."""
        return self._final().digest()

    def hexdigest(self):
        """The MAC in hexadecimal digits."""
        return self._final().hexdigest()


class _CopyMarker:
    pass

_COPYING = _CopyMarker()


def new(key, msg=None, digestmod=None):
    """new(key[, msg[, digestmod]]) -> HMAC object"""
    return HMAC(key, msg, digestmod)
