# T1: create a file of the host.
import os
def attack():
    f = open(WRITE_PATH, 'w')
    f.write('written by an attack')
    f.close()
    return True

def host_effect():
    try:
        f = open(WRITE_PATH)
    except IOError:
        return False
    f.close()
    os.unlink(WRITE_PATH)
    return True
