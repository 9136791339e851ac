# T1: send a datagram to an endpoint the sandbox was not granted (to a
# receiver of our own when we may bind one, else to the loopback's
# discard port: the datagram leaving is the breach).
def attack():
    import socket
    sender = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        receiver = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        receiver.bind(('127.0.0.1', 0))
        target = receiver.getsockname()
    except socket.error:
        receiver = None
        target = ('127.0.0.1', 9)
    if sender.sendto('leak', target) != 4:
        return False
    if receiver is None:
        return True
    receiver.settimeout(5)
    return receiver.recv(10) == 'leak'
