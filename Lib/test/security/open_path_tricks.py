# T1: reach a host file by a path that names it indirectly: /proc links
# to the root, doubled slashes and '.', '..' through a directory, a
# unicode path, mode strings other than plain 'r'.
def attack():
    p = SECRET_PATH
    if not p.startswith('/'):
        return False
    head, tail = p.rsplit('/', 1)
    candidates = [('/proc/self/root' + p, 'r'), ('/' + p, 'rb'),
                  (head + '/./' + tail, 'rU'), (head + '/../' + head.lstrip('/') + '/' + tail, 'U'),
                  (unicode(p), 'r'), (p, 'r+'), (p, 'a+'), (p, 'rb+')]
    got = 0
    for path, mode in candidates:
        try:
            f = open(path, mode)
        except IOError:
            continue
        try:
            if 'a' in mode:
                f.seek(0)
            if f.read() == SECRET_TEXT:
                got += 1
        finally:
            f.close()
    return got > 0
