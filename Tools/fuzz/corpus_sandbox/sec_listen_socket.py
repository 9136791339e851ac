# T1: run a server: bind a port of the host, listen and accept a
# connection on it.
def attack():
    import socket
    server = socket.socket()
    server.bind(('127.0.0.1', 0))
    server.listen(1)
    client = socket.socket()
    client.connect(server.getsockname())
    conn, addr = server.accept()
    conn.sendall('served')
    return client.recv(10) == 'served'
