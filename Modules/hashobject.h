/* What the hash modules (_md5, _sha, _sha256, _sha512) share. */

#ifndef Py_HASHOBJECT_H
#define Py_HASHOBJECT_H

/* A digest of n <= 64 bytes as a str of 2n lowercase hexadecimal digits
   (hexdigest()). */
static inline PyObject *
hash_hexstring(const unsigned char *digest, int n)
{
    static const char hexdigits[] = "0123456789abcdef";
    char hex[128];
    int i;

    for (i = 0; i < n; i++) {
        hex[2 * i] = hexdigits[digest[i] >> 4];
        hex[2 * i + 1] = hexdigits[digest[i] & 15];
    }
    return PyString_FromStringAndSize(hex, 2 * n);
}

#endif /* !Py_HASHOBJECT_H */
