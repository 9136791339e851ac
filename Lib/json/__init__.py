"""JSON (JavaScript Object Notation) <http://json.org> encoding and
decoding, with the API of Python 2.6's json module.

Encoding basic Python object hierarchies::

    >>> import json
    >>> json.dumps(['foo', {'bar': ('baz', None, 1.0, 2)}])
    '["foo", {"bar": ["baz", null, 1.0, 2]}]'
    >>> print json.dumps({"c": 0, "b": 0, "a": 0}, sort_keys=True)
    {"a": 0, "b": 0, "c": 0}

Decoding JSON::

    >>> json.loads('["foo", {"bar":["baz", null, 1.0, 2]}]')
    [u'foo', {u'bar': [u'baz', None, 1.0, 2]}]
"""

__version__ = '1.9'
__all__ = [
    'dump', 'dumps', 'load', 'loads',
    'JSONDecoder', 'JSONEncoder',
]

from json.decoder import JSONDecoder
from json.encoder import JSONEncoder


def _make_encoder(cls, skipkeys, ensure_ascii, check_circular, allow_nan,
                  indent, separators, encoding, default, kw):
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
               check_circular=check_circular, allow_nan=allow_nan,
               indent=indent, separators=separators, encoding=encoding,
               default=default, **kw)


def dump(obj, fp, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None,
         encoding='utf-8', default=None, **kw):
    """Serialize ``obj`` as a JSON formatted stream to ``fp`` (a
    ``.write()``-supporting file-like object).

    The keyword arguments are those of ``dumps``.
    """
    encoder = _make_encoder(cls, skipkeys, ensure_ascii, check_circular,
                            allow_nan, indent, separators, encoding,
                            default, kw)
    for chunk in encoder.iterencode(obj):
        fp.write(chunk)


def dumps(obj, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          encoding='utf-8', default=None, **kw):
    """Serialize ``obj`` to a JSON formatted ``str``.

    skipkeys: leave out dict keys that are not basic types instead of
    raising TypeError.  ensure_ascii: when false, the result may be a
    ``unicode`` holding non-ASCII characters.  check_circular: detect
    reference cycles (ValueError) instead of recursing until
    RuntimeError.  allow_nan: write NaN and infinities (ValueError when
    false).  indent: pretty-print with this many spaces per level.
    separators: an (item_separator, dict_separator) pair, e.g.
    (',', ':') for the most compact output.  encoding: the encoding of
    ``str`` values.  default: a function returning a serializable
    version of an object, or raising TypeError.  cls: a JSONEncoder
    subclass to use.  sort_keys (in kw): output dicts in key order.
    """
    encoder = _make_encoder(cls, skipkeys, ensure_ascii, check_circular,
                            allow_nan, indent, separators, encoding,
                            default, kw)
    return encoder.encode(obj)


def load(fp, encoding=None, cls=None, object_hook=None, parse_float=None,
         parse_int=None, parse_constant=None, **kw):
    """Deserialize ``fp`` (a ``.read()``-supporting file-like object
    containing a JSON document) to a Python object."""
    return loads(fp.read(),
                 encoding=encoding, cls=cls, object_hook=object_hook,
                 parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant, **kw)


def loads(s, encoding=None, cls=None, object_hook=None, parse_float=None,
          parse_int=None, parse_constant=None, **kw):
    """Deserialize ``s`` (a ``str`` or ``unicode`` instance containing a
    JSON document) to a Python object.

    encoding: the encoding of a ``str`` document (utf-8 by default).
    object_hook: called with every decoded dict; its result is used
    instead.  parse_float / parse_int: called with the text of each
    real / integer number (default float / int).  parse_constant:
    called with '-Infinity', 'Infinity' or 'NaN'.  cls: a JSONDecoder
    subclass to use.
    """
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(encoding=encoding, **kw).decode(s)
