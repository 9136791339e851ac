#ifndef Py_UNICODEOBJECT_H
#define Py_UNICODEOBJECT_H
#ifdef __cplusplus
extern "C" {
#endif

#include <stdarg.h>
#include <ctype.h>
#include <wchar.h>

/* The unicode type (Objects/unicodeobject.c) and the character property
   functions (Objects/unicodectype.c).  This build stores UCS-4 code
   units (Py_UNICODE_SIZE == 4, sys.maxunicode == 0x10FFFF). */

#ifndef Py_USING_UNICODE
#define Py_USING_UNICODE 1
#endif

#ifndef Py_UNICODE_SIZE
#define Py_UNICODE_SIZE 4
#endif
#ifndef PY_UNICODE_TYPE
#define PY_UNICODE_TYPE unsigned int
#endif
#if Py_UNICODE_SIZE >= 4 && !defined(Py_UNICODE_WIDE)
#define Py_UNICODE_WIDE 1
#endif

typedef unsigned int Py_UCS4;
typedef PY_UNICODE_TYPE Py_UNICODE;

/* U+FFFD, used by the 'replace' error handler when decoding. */
#define Py_UNICODE_REPLACEMENT_CHARACTER ((Py_UNICODE)0xFFFD)

typedef struct {
    PyObject_HEAD
    Py_ssize_t length;      /* number of code units in str */
    Py_UNICODE *str;        /* NUL-terminated buffer (PyMem-allocated) */
    long hash;              /* -1 until computed */
    PyObject *defenc;       /* cached default-encoded str, or NULL */
} PyUnicodeObject;

PyAPI_DATA(PyTypeObject) PyUnicode_Type;

#define PyUnicode_Check(op) PyObject_TypeCheck(op, &PyUnicode_Type)
#define PyUnicode_CheckExact(op) ((op)->ob_type == &PyUnicode_Type)

/* Unchecked accessors. */
#define PyUnicode_GET_SIZE(op) (((PyUnicodeObject *)(op))->length)
#define PyUnicode_GET_DATA_SIZE(op) \
    (((PyUnicodeObject *)(op))->length * sizeof(Py_UNICODE))
#define PyUnicode_AS_UNICODE(op) (((PyUnicodeObject *)(op))->str)
#define PyUnicode_AS_DATA(op) ((const char *)((PyUnicodeObject *)(op))->str)

/* --- Character properties ------------------------------------------ */

PyAPI_FUNC(int) _PyUnicode_IsLowercase(Py_UNICODE ch);
PyAPI_FUNC(int) _PyUnicode_IsUppercase(Py_UNICODE ch);
PyAPI_FUNC(int) _PyUnicode_IsTitlecase(Py_UNICODE ch);
PyAPI_FUNC(int) _PyUnicode_IsWhitespace(Py_UNICODE ch);
PyAPI_FUNC(int) _PyUnicode_IsLinebreak(Py_UNICODE ch);
PyAPI_FUNC(Py_UNICODE) _PyUnicode_ToLowercase(Py_UNICODE ch);
PyAPI_FUNC(Py_UNICODE) _PyUnicode_ToUppercase(Py_UNICODE ch);
PyAPI_FUNC(Py_UNICODE) _PyUnicode_ToTitlecase(Py_UNICODE ch);
PyAPI_FUNC(int) _PyUnicode_ToDecimalDigit(Py_UNICODE ch);
PyAPI_FUNC(int) _PyUnicode_ToDigit(Py_UNICODE ch);
PyAPI_FUNC(double) _PyUnicode_ToNumeric(Py_UNICODE ch);
PyAPI_FUNC(int) _PyUnicode_IsDecimalDigit(Py_UNICODE ch);
PyAPI_FUNC(int) _PyUnicode_IsDigit(Py_UNICODE ch);
PyAPI_FUNC(int) _PyUnicode_IsNumeric(Py_UNICODE ch);
PyAPI_FUNC(int) _PyUnicode_IsAlpha(Py_UNICODE ch);

/* ASCII whitespace is tested inline; the rest goes to the table. */
PyAPI_DATA(const unsigned char) _Py_ascii_whitespace[];

#define Py_UNICODE_ISSPACE(ch) \
    ((ch) < 128U ? _Py_ascii_whitespace[(ch)] : _PyUnicode_IsWhitespace(ch))
#define Py_UNICODE_ISLOWER(ch) _PyUnicode_IsLowercase(ch)
#define Py_UNICODE_ISUPPER(ch) _PyUnicode_IsUppercase(ch)
#define Py_UNICODE_ISTITLE(ch) _PyUnicode_IsTitlecase(ch)
#define Py_UNICODE_ISLINEBREAK(ch) _PyUnicode_IsLinebreak(ch)
#define Py_UNICODE_TOLOWER(ch) _PyUnicode_ToLowercase(ch)
#define Py_UNICODE_TOUPPER(ch) _PyUnicode_ToUppercase(ch)
#define Py_UNICODE_TOTITLE(ch) _PyUnicode_ToTitlecase(ch)
#define Py_UNICODE_ISDECIMAL(ch) _PyUnicode_IsDecimalDigit(ch)
#define Py_UNICODE_ISDIGIT(ch) _PyUnicode_IsDigit(ch)
#define Py_UNICODE_ISNUMERIC(ch) _PyUnicode_IsNumeric(ch)
#define Py_UNICODE_TODECIMAL(ch) _PyUnicode_ToDecimalDigit(ch)
#define Py_UNICODE_TODIGIT(ch) _PyUnicode_ToDigit(ch)
#define Py_UNICODE_TONUMERIC(ch) _PyUnicode_ToNumeric(ch)
#define Py_UNICODE_ISALPHA(ch) _PyUnicode_IsAlpha(ch)
#define Py_UNICODE_ISALNUM(ch) \
    (Py_UNICODE_ISALPHA(ch) || Py_UNICODE_ISDECIMAL(ch) || \
     Py_UNICODE_ISDIGIT(ch) || Py_UNICODE_ISNUMERIC(ch))

#define Py_UNICODE_COPY(target, source, length) \
    memcpy((target), (source), (length) * sizeof(Py_UNICODE))

#define Py_UNICODE_FILL(target, value, length) \
    do { \
        Py_ssize_t i_; \
        Py_UNICODE *t_ = (target); \
        Py_UNICODE v_ = (value); \
        for (i_ = 0; i_ < (length); i_++) \
            t_[i_] = v_; \
    } while (0)

/* True if the substring of length `length` at `string` equals `substring`
   (`string` is a PyUnicodeObject *, offset in code units). */
#define Py_UNICODE_MATCH(string, offset, substring) \
    ((*((string)->str + (offset)) == *((substring)->str)) && \
     ((*((string)->str + (offset) + (substring)->length - 1) == \
       *((substring)->str + (substring)->length - 1))) && \
     !memcmp((string)->str + (offset), (substring)->str, \
             (substring)->length * sizeof(Py_UNICODE)))

/* --- Creation and access --------------------------------------------- */

PyAPI_FUNC(PyObject *) PyUnicode_FromUnicode(const Py_UNICODE *u,
                                             Py_ssize_t size);
PyAPI_FUNC(Py_UNICODE *) PyUnicode_AsUnicode(PyObject *unicode);
PyAPI_FUNC(Py_ssize_t) PyUnicode_GetSize(PyObject *unicode);
PyAPI_FUNC(Py_UNICODE) PyUnicode_GetMax(void);
PyAPI_FUNC(int) PyUnicode_Resize(PyObject **unicode, Py_ssize_t length);

PyAPI_FUNC(PyObject *) PyUnicode_FromEncodedObject(PyObject *obj,
                                                   const char *encoding,
                                                   const char *errors);
PyAPI_FUNC(PyObject *) PyUnicode_FromObject(PyObject *obj);

PyAPI_FUNC(PyObject *) PyUnicode_FromWideChar(const wchar_t *w,
                                              Py_ssize_t size);
PyAPI_FUNC(Py_ssize_t) PyUnicode_AsWideChar(PyUnicodeObject *unicode,
                                            wchar_t *w, Py_ssize_t size);

PyAPI_FUNC(PyObject *) PyUnicode_FromOrdinal(int ordinal);

/* The cached str form in the default encoding (borrowed reference). */
PyAPI_FUNC(PyObject *) _PyUnicode_AsDefaultEncodedString(PyObject *,
                                                         const char *);

PyAPI_FUNC(const char *) PyUnicode_GetDefaultEncoding(void);
PyAPI_FUNC(int) PyUnicode_SetDefaultEncoding(const char *encoding);

/* --- Generic codec API ------------------------------------------------ */

PyAPI_FUNC(PyObject *) PyUnicode_Decode(const char *s, Py_ssize_t size,
                                        const char *encoding,
                                        const char *errors);
PyAPI_FUNC(PyObject *) PyUnicode_Encode(const Py_UNICODE *s,
                                        Py_ssize_t size,
                                        const char *encoding,
                                        const char *errors);
PyAPI_FUNC(PyObject *) PyUnicode_AsEncodedObject(PyObject *unicode,
                                                 const char *encoding,
                                                 const char *errors);
PyAPI_FUNC(PyObject *) PyUnicode_AsEncodedString(PyObject *unicode,
                                                 const char *encoding,
                                                 const char *errors);
PyAPI_FUNC(PyObject *) PyUnicode_BuildEncodingMap(PyObject *string);

/* --- Built-in codecs -------------------------------------------------- */

PyAPI_FUNC(PyObject *) PyUnicode_DecodeUTF7(const char *string,
                                            Py_ssize_t length,
                                            const char *errors);
PyAPI_FUNC(PyObject *) PyUnicode_EncodeUTF7(const Py_UNICODE *data,
                                            Py_ssize_t length,
                                            int encodeSetO,
                                            int encodeWhiteSpace,
                                            const char *errors);

PyAPI_FUNC(PyObject *) PyUnicode_DecodeUTF8(const char *string,
                                            Py_ssize_t length,
                                            const char *errors);
PyAPI_FUNC(PyObject *) PyUnicode_DecodeUTF8Stateful(const char *string,
                                                    Py_ssize_t length,
                                                    const char *errors,
                                                    Py_ssize_t *consumed);
PyAPI_FUNC(PyObject *) PyUnicode_AsUTF8String(PyObject *unicode);
PyAPI_FUNC(PyObject *) PyUnicode_EncodeUTF8(const Py_UNICODE *data,
                                            Py_ssize_t length,
                                            const char *errors);

/* byteorder: in -1 little, 0 native (a BOM decides), 1 big; on return
   (if not NULL) the byte order last seen. */
PyAPI_FUNC(PyObject *) PyUnicode_DecodeUTF16(const char *string,
                                             Py_ssize_t length,
                                             const char *errors,
                                             int *byteorder);
PyAPI_FUNC(PyObject *) PyUnicode_DecodeUTF16Stateful(const char *string,
                                                     Py_ssize_t length,
                                                     const char *errors,
                                                     int *byteorder,
                                                     Py_ssize_t *consumed);
PyAPI_FUNC(PyObject *) PyUnicode_AsUTF16String(PyObject *unicode);
/* byteorder 0 writes a BOM then native order; -1 LE; 1 BE. */
PyAPI_FUNC(PyObject *) PyUnicode_EncodeUTF16(const Py_UNICODE *data,
                                             Py_ssize_t length,
                                             const char *errors,
                                             int byteorder);

PyAPI_FUNC(PyObject *) PyUnicode_DecodeUnicodeEscape(const char *string,
                                                     Py_ssize_t length,
                                                     const char *errors);
PyAPI_FUNC(PyObject *) PyUnicode_AsUnicodeEscapeString(PyObject *unicode);
PyAPI_FUNC(PyObject *) PyUnicode_EncodeUnicodeEscape(const Py_UNICODE *data,
                                                     Py_ssize_t length);

PyAPI_FUNC(PyObject *) PyUnicode_DecodeRawUnicodeEscape(const char *string,
                                                        Py_ssize_t length,
                                                        const char *errors);
PyAPI_FUNC(PyObject *) PyUnicode_AsRawUnicodeEscapeString(PyObject *unicode);
PyAPI_FUNC(PyObject *) PyUnicode_EncodeRawUnicodeEscape(
    const Py_UNICODE *data, Py_ssize_t length);

PyAPI_FUNC(PyObject *) _PyUnicode_DecodeUnicodeInternal(const char *string,
                                                        Py_ssize_t length,
                                                        const char *errors);

PyAPI_FUNC(PyObject *) PyUnicode_DecodeLatin1(const char *string,
                                              Py_ssize_t length,
                                              const char *errors);
PyAPI_FUNC(PyObject *) PyUnicode_AsLatin1String(PyObject *unicode);
PyAPI_FUNC(PyObject *) PyUnicode_EncodeLatin1(const Py_UNICODE *data,
                                              Py_ssize_t length,
                                              const char *errors);

PyAPI_FUNC(PyObject *) PyUnicode_DecodeASCII(const char *string,
                                             Py_ssize_t length,
                                             const char *errors);
PyAPI_FUNC(PyObject *) PyUnicode_AsASCIIString(PyObject *unicode);
PyAPI_FUNC(PyObject *) PyUnicode_EncodeASCII(const Py_UNICODE *data,
                                             Py_ssize_t length,
                                             const char *errors);

/* mapping: a unicode string of 256 chars (decoding), a dict, or any
   object with __getitem__; NULL means latin-1. */
PyAPI_FUNC(PyObject *) PyUnicode_DecodeCharmap(const char *string,
                                               Py_ssize_t length,
                                               PyObject *mapping,
                                               const char *errors);
PyAPI_FUNC(PyObject *) PyUnicode_AsCharmapString(PyObject *unicode,
                                                 PyObject *mapping);
PyAPI_FUNC(PyObject *) PyUnicode_EncodeCharmap(const Py_UNICODE *data,
                                               Py_ssize_t length,
                                               PyObject *mapping,
                                               const char *errors);
PyAPI_FUNC(PyObject *) PyUnicode_TranslateCharmap(const Py_UNICODE *data,
                                                  Py_ssize_t length,
                                                  PyObject *table,
                                                  const char *errors);

/* Decimal digits (any script) and whitespace to ASCII, for int()/float(). */
PyAPI_FUNC(int) PyUnicode_EncodeDecimal(Py_UNICODE *s, Py_ssize_t length,
                                        char *output, const char *errors);

/* --- Methods and operations ------------------------------------------ */

PyAPI_FUNC(PyObject *) PyUnicode_Concat(PyObject *left, PyObject *right);
PyAPI_FUNC(PyObject *) PyUnicode_Split(PyObject *s, PyObject *sep,
                                       Py_ssize_t maxsplit);
PyAPI_FUNC(PyObject *) PyUnicode_Splitlines(PyObject *s, int keepends);
PyAPI_FUNC(PyObject *) PyUnicode_Partition(PyObject *s, PyObject *sep);
PyAPI_FUNC(PyObject *) PyUnicode_RPartition(PyObject *s, PyObject *sep);
PyAPI_FUNC(PyObject *) PyUnicode_RSplit(PyObject *s, PyObject *sep,
                                        Py_ssize_t maxsplit);
PyAPI_FUNC(PyObject *) PyUnicode_Translate(PyObject *str, PyObject *table,
                                           const char *errors);
PyAPI_FUNC(PyObject *) PyUnicode_Join(PyObject *separator, PyObject *seq);
/* direction: -1 prefix (startswith), 1 suffix (endswith). */
PyAPI_FUNC(Py_ssize_t) PyUnicode_Tailmatch(PyObject *str, PyObject *substr,
                                           Py_ssize_t start, Py_ssize_t end,
                                           int direction);
/* direction: 1 forward, -1 backward; -1 if absent, -2 on error. */
PyAPI_FUNC(Py_ssize_t) PyUnicode_Find(PyObject *str, PyObject *substr,
                                      Py_ssize_t start, Py_ssize_t end,
                                      int direction);
PyAPI_FUNC(Py_ssize_t) PyUnicode_Count(PyObject *str, PyObject *substr,
                                       Py_ssize_t start, Py_ssize_t end);
PyAPI_FUNC(PyObject *) PyUnicode_Replace(PyObject *str, PyObject *substr,
                                         PyObject *replstr,
                                         Py_ssize_t maxcount);
PyAPI_FUNC(int) PyUnicode_Compare(PyObject *left, PyObject *right);
PyAPI_FUNC(PyObject *) PyUnicode_RichCompare(PyObject *left,
                                             PyObject *right, int op);
PyAPI_FUNC(PyObject *) PyUnicode_Format(PyObject *format, PyObject *args);
PyAPI_FUNC(int) PyUnicode_Contains(PyObject *container, PyObject *element);

/* Strip characters in sepobj (a unicode) from self; striptype 0 left,
   1 right, 2 both. */
PyAPI_FUNC(PyObject *) _PyUnicode_XStrip(PyUnicodeObject *self,
                                         int striptype, PyObject *sepobj);

/* Private (strings helper): true if `encoding` names a codec built into
   Objects/unicodeobject.c (utf-8, latin-1, ascii, utf-16, ...), which
   needs no trip through the codec registry. */
PyAPI_FUNC(int) _PyUnicode_IsBuiltinCodec(const char *encoding);

/* Start-up and shut-down of the module-level caches. */
PyAPI_FUNC(void) _PyUnicode_Init(void);
PyAPI_FUNC(void) _PyUnicode_Fini(void);

#ifdef __cplusplus
}
#endif
#endif /* !Py_UNICODEOBJECT_H */
