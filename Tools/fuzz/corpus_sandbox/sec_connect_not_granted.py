# T1: open a network connection the sandbox was not granted.  The target
# is a listener of our own when we may make one (trusted), else a port on
# the loopback: even a refused connection (ECONNREFUSED) put packets on
# the host's network, which a sandbox without grants must never do.
def attack():
    import socket
    try:
        server = socket.socket()
        server.bind(('127.0.0.1', 0))
        server.listen(1)
        target = server.getsockname()
    except socket.error:
        target = ('127.0.0.1', 9)
    client = socket.socket()
    client.settimeout(5)
    try:
        client.connect(target)
    except socket.error, e:
        return 'sandbox' not in str(e)
    return True
