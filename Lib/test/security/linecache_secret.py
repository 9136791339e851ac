# T1: read a host file through the library (linecache, which the
# traceback and inspect modules use) rather than open() directly.
def attack():
    import linecache
    linecache.checkcache()
    return linecache.getline(SECRET_PATH, 1) == SECRET_TEXT
