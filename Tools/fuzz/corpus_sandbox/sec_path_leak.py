# G5: learn where the host's library lives from a module's __file__, a
# package's __path__ or a code object's co_filename.
def attack():
    import UserDict, encodings
    where = (getattr(UserDict, '__file__', '') +
             UserDict.UserDict.get.im_func.func_code.co_filename +
             ''.join(getattr(encodings, '__path__', [])))
    return LIB_DIR in where
