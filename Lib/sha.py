"""sha: the NIST SHA-1 secure hash algorithm (kept for compatibility;
hashlib is the newer interface)."""

from hashlib import sha1 as sha
new = sha

blocksize = 1       # as in 2.5: the module-level value is historical
digest_size = 20
digestsize = 20
