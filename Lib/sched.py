"""A general purpose event scheduler.

    s = sched.scheduler(time.time, time.sleep)
    s.enter(10, 1, action, (arg,))
    s.run()

The scheduler is given two functions: timefunc() returns the current
time and delayfunc(t) waits t units of it (delayfunc(0) is also called
after each event, to let other threads run). Events are run in order of
time, then priority (lower first). An event is the tuple (time,
priority, action, argument) returned by enter/enterabs.
"""

import heapq

__all__ = ["scheduler"]


class scheduler:

    def __init__(self, timefunc, delayfunc):
        self.queue = []
        self.timefunc = timefunc
        self.delayfunc = delayfunc

    def enterabs(self, time, priority, action, argument):
        """Schedule action(*argument) at time; return the event (which
        cancel() accepts)."""
        event = (time, priority, action, argument)
        heapq.heappush(self.queue, event)
        return event

    def enter(self, delay, priority, action, argument):
        """Schedule action(*argument) delay time units from now."""
        return self.enterabs(self.timefunc() + delay, priority, action,
                             argument)

    def cancel(self, event):
        """Remove event from the queue; ValueError if it is not there."""
        self.queue.remove(event)
        heapq.heapify(self.queue)

    def empty(self):
        """Whether no events are queued."""
        return not self.queue

    def run(self):
        """Run every queued event at its time, waiting with delayfunc in
        between, until the queue is empty. Exceptions from actions
        propagate (the event that raised is already off the queue, so
        calling run() again carries on)."""
        queue = self.queue
        while queue:
            head = queue[0]
            when = head[0]
            now = self.timefunc()
            if now < when:
                self.delayfunc(when - now)
                continue
            event = heapq.heappop(queue)
            if event is head:
                action, argument = event[2], event[3]
                action(*argument)
                self.delayfunc(0)
            else:
                # Another thread queued an earlier event meanwhile.
                heapq.heappush(queue, event)
