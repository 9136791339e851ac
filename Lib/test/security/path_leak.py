# G5: learn where the host's library lives from a module's __file__ or a
# code object's co_filename.
def attack():
    import string
    where = getattr(string, '__file__', '') + string.capwords.func_code.co_filename
    return '/' in where
