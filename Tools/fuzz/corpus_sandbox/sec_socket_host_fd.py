# T1: turn a descriptor of the process (its stderr) into a socket object,
# or watch the process's descriptors with select(): descriptors are the
# process's authority, not the sandbox's.
def attack():
    import socket
    import select
    s = socket.fromfd(2, socket.AF_INET, socket.SOCK_STREAM)
    if s.fileno() < 0:
        return False
    r, w, x = select.select([], [1, 2], [], 0)
    return len(w) > 0
