"""A lock with a queue of functions waiting for it (not thread-safe:
meant for event loops)."""

from collections import deque


class mutex:
    def __init__(self):
        """A new, unlocked mutex with no one waiting."""
        self.locked = False
        self.queue = deque()

    def test(self):
        """True if the mutex is locked."""
        return self.locked

    def testandset(self):
        """Lock the mutex if it is free; True if this call locked it."""
        if self.locked:
            return False
        self.locked = True
        return True

    def lock(self, function, argument):
        """Call function(argument) now if the mutex is free (locking it),
        otherwise queue the call for unlock()."""
        if self.testandset():
            function(argument)
        else:
            self.queue.append((function, argument))

    def unlock(self):
        """Run the next queued call (the mutex stays locked), or unlock."""
        if self.queue:
            function, argument = self.queue.popleft()
            function(argument)
        else:
            self.locked = False
