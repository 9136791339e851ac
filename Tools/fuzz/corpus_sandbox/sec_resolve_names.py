# T1: use the host's name service.  A lookup is traffic (a DNS query can
# carry data out), and the answers describe the host's environment.
def attack():
    import socket
    lookups = [
        lambda: socket.gethostbyname('localhost'),
        lambda: socket.gethostbyname_ex('localhost'),
        lambda: socket.getaddrinfo('localhost', 80),
        lambda: socket.gethostbyaddr('127.0.0.1'),
        lambda: socket.gethostname(),
        lambda: socket.getservbyname('http', 'tcp'),
    ]
    worked = 0
    for lookup in lookups:
        try:
            if lookup():
                worked += 1
        except socket.error, e:
            if 'sandbox' in str(e):
                continue
            raise
    return worked > 0
