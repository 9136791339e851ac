# T1: read a file of the host with open().
def attack():
    return open(SECRET_PATH).read() == SECRET_TEXT
