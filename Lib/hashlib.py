"""hashlib: one interface to several secure hash algorithms.

Constructors: md5(), sha1(), sha224(), sha256(), sha384(), sha512(), each
taking an optional string to start the hash with, and new(name[, string])
which picks the algorithm by name.  Hash objects have update(string),
digest(), hexdigest(), copy() and the attributes digest_size, block_size
and name.
"""

import _md5
import _sha

md5 = _md5.new
sha1 = _sha.new

_constructors = {'md5': md5, 'sha1': sha1, 'sha': sha1}

# A sandbox may be granted only some of the C modules: what is missing is
# simply not offered.
try:
    import _sha256
except ImportError:
    pass
else:
    sha224 = _sha256.sha224
    sha256 = _sha256.sha256
    _constructors['sha224'] = sha224
    _constructors['sha256'] = sha256
try:
    import _sha512
except ImportError:
    pass
else:
    sha384 = _sha512.sha384
    sha512 = _sha512.sha512
    _constructors['sha384'] = sha384
    _constructors['sha512'] = sha512

for _name in _constructors.keys():
    _constructors[_name.upper()] = _constructors[_name]
del _name

def new(name, string=''):
    """new(name[, string]) -> hash object for the algorithm called name
    (md5, sha1, sha224, sha256, sha384, sha512)."""
    try:
        cons = _constructors[name]
    except (KeyError, TypeError):
        raise ValueError('unsupported hash type')
    return cons(string)
