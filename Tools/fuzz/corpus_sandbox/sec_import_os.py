# T1: import os and use the process's environment and file system.
def attack():
    import os
    return len(os.listdir('/')) > 0
