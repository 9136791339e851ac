"""Convert between Python values and C structs held in strings.

Format strings describe the layout; see the _struct module documentation
for the format characters.  Compiled formats are cached, so repeated use
of the same format is cheap.  Errors raise struct.error.

Functions: pack, pack_into, unpack, unpack_from, calcsize.
Class: Struct (a compiled format).
"""

__version__ = '3.0'

from _struct import Struct, error

_MAXCACHE = 100
_cache = {}

def _compile(fmt):
    # Compile a format and remember it; the cache is simply emptied when
    # it grows too big.
    if len(_cache) >= _MAXCACHE:
        _cache.clear()
    s = Struct(fmt)
    _cache[fmt] = s
    return s

def _get(fmt):
    try:
        return _cache[fmt]
    except KeyError:
        return _compile(fmt)

def calcsize(fmt):
    """calcsize(fmt) -> int
    Return the size in bytes of the C struct described by fmt."""
    return _get(fmt).size

def pack(fmt, *args):
    """pack(fmt, v1, v2, ...) -> string
    Return a string holding v1, v2, ... packed as described by fmt."""
    return _get(fmt).pack(*args)

def pack_into(fmt, buf, offset, *args):
    """pack_into(fmt, buffer, offset, v1, v2, ...)
    Pack v1, v2, ... as described by fmt into the writable buffer,
    starting at offset."""
    return _get(fmt).pack_into(buf, offset, *args)

def unpack(fmt, s):
    """unpack(fmt, string) -> (v1, v2, ...)
    Unpack a string of exactly calcsize(fmt) bytes as described by fmt."""
    return _get(fmt).unpack(s)

def unpack_from(fmt, buf, offset=0):
    """unpack_from(fmt, buffer[, offset]) -> (v1, v2, ...)
    Unpack calcsize(fmt) bytes of buffer, starting at offset, as described
    by fmt."""
    return _get(fmt).unpack_from(buf, offset)
