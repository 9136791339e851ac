# A program that runs away: with --cpu-limit=1 it is stopped, and no
# `except` clause can keep it going.
#   ./python --sandbox --cpu-limit=1 Demo/sandbox/limits.py; echo "status $?"
n = 0
while True:
    try:
        n += 1
    except:
        pass
