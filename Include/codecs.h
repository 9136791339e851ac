#ifndef Py_CODECS_H
#define Py_CODECS_H
#ifdef __cplusplus
extern "C" {
#endif

/* The codec registry (Python/codecs.c).  Search functions, the lookup
   cache and the error handler table belong to the current interpreter
   (PyInterpreterState.codec_search_path / codec_search_cache /
   codec_error_registry); the first use in an interpreter imports the
   `encodings` package, which registers the standard search function. */

PyAPI_FUNC(int) PyCodec_Register(PyObject *search_function);

/* Returns the (encoder, decoder, stream_reader, stream_writer) tuple for
   an encoding name (normalised: lower case, spaces to underscores). */
PyAPI_FUNC(PyObject *) _PyCodec_Lookup(const char *encoding);

PyAPI_FUNC(PyObject *) PyCodec_Encode(PyObject *object,
                                      const char *encoding,
                                      const char *errors);
PyAPI_FUNC(PyObject *) PyCodec_Decode(PyObject *object,
                                      const char *encoding,
                                      const char *errors);

PyAPI_FUNC(PyObject *) PyCodec_Encoder(const char *encoding);
PyAPI_FUNC(PyObject *) PyCodec_Decoder(const char *encoding);
PyAPI_FUNC(PyObject *) PyCodec_IncrementalEncoder(const char *encoding,
                                                  const char *errors);
PyAPI_FUNC(PyObject *) PyCodec_IncrementalDecoder(const char *encoding,
                                                  const char *errors);
PyAPI_FUNC(PyObject *) PyCodec_StreamReader(const char *encoding,
                                            PyObject *stream,
                                            const char *errors);
PyAPI_FUNC(PyObject *) PyCodec_StreamWriter(const char *encoding,
                                            PyObject *stream,
                                            const char *errors);

/* Error handlers: callables taking a UnicodeError instance and returning
   (replacement unicode, position to resume at). */
PyAPI_FUNC(int) PyCodec_RegisterError(const char *name, PyObject *error);
PyAPI_FUNC(PyObject *) PyCodec_LookupError(const char *name);

PyAPI_FUNC(PyObject *) PyCodec_StrictErrors(PyObject *exc);
PyAPI_FUNC(PyObject *) PyCodec_IgnoreErrors(PyObject *exc);
PyAPI_FUNC(PyObject *) PyCodec_ReplaceErrors(PyObject *exc);
PyAPI_FUNC(PyObject *) PyCodec_XMLCharRefReplaceErrors(PyObject *exc);
PyAPI_FUNC(PyObject *) PyCodec_BackslashReplaceErrors(PyObject *exc);

#ifdef __cplusplus
}
#endif
#endif /* !Py_CODECS_H */
