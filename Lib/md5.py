"""md5: the RSA MD5 message digest algorithm (kept for compatibility;
hashlib is the newer interface)."""

from hashlib import md5
new = md5

blocksize = 1       # as in 2.5: the module-level value is historical
digest_size = 16
