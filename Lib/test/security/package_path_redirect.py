# T1/G5: point an importable package's __path__ at the host's library
# directory and import a refused module (os) as a submodule of it.
def attack():
    import encodings, sys
    saved = encodings.__path__
    encodings.__path__ = [LIB_DIR + '/Lib', LIB_DIR]
    try:
        try:
            mod = __import__('encodings.os', {}, {}, ['getcwd'])
        except ImportError:
            return False
        return hasattr(mod, 'getcwd')
    finally:
        encodings.__path__ = saved
        sys.modules.pop('encodings.os', None)
