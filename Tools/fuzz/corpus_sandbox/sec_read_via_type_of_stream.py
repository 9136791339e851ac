# T1: take the type of an object the sandbox holds (its stdout) and use
# it as a constructor for a file.
import sys
def attack():
    ftype = type(sys.stdout)
    return ftype(SECRET_PATH).read() == SECRET_TEXT
