# T1: start threads of the process.
def attack():
    import thread
    lock = thread.allocate_lock()
    lock.acquire()
    thread.start_new_thread(lock.release, ())
    lock.acquire()
    return True
