"""Heap queue algorithm (a.k.a. priority queue) on plain lists.

A heap is a list with heap[k] <= heap[2*k+1] and heap[k] <= heap[2*k+2]
for every k; heap[0] is the smallest item."""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'nlargest',
           'nsmallest']

from itertools import islice, repeat, count, imap, izip, tee
from operator import itemgetter
import bisect


def _check_list(heap):
    if not isinstance(heap, list):
        raise TypeError("heap argument must be a list")


def heappush(heap, item):
    """Push item onto heap, keeping the heap invariant."""
    _check_list(heap)
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(heap):
    """Pop the smallest item off the heap."""
    _check_list(heap)
    if not heap:
        raise IndexError("index out of range")
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup(heap, 0)
    else:
        returnitem = lastelt
    return returnitem


def heapreplace(heap, item):
    """Pop the smallest item and push item, in one step (the heap must not
    be empty)."""
    _check_list(heap)
    if not heap:
        raise IndexError("index out of range")
    returnitem = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return returnitem


def heapify(x):
    """Turn the list x into a heap, in place, in linear time."""
    _check_list(x)
    n = len(x)
    for i in reversed(xrange(n // 2)):
        _siftup(x, i)


def nlargest(n, iterable, key=None):
    """The n largest items of iterable, largest first."""
    if key is None:
        it = iter(iterable)
        result = list(islice(it, n))
        if not result:
            return result
        heapify(result)
        _heapreplace = heapreplace
        sol = result[0]
        for elem in it:
            if elem <= sol:
                continue
            _heapreplace(result, elem)
            sol = result[0]
        result.sort(reverse=True)
        return result
    in1, in2 = tee(iterable)
    it = izip(imap(key, in1), imap(neg, count()), in2)
    result = nlargest(n, it)
    return map(itemgetter(2), result)


def neg(x):
    return -x


def nsmallest(n, iterable, key=None):
    """The n smallest items of iterable, smallest first."""
    if key is None:
        if hasattr(iterable, '__len__') and n * 10 <= len(iterable):
            it = iter(iterable)
            result = sorted(islice(it, 0, n))
            if not result:
                return result
            insort = bisect.insort
            pop = result.pop
            los = result[-1]
            for elem in it:
                if los <= elem:
                    continue
                insort(result, elem)
                pop()
                los = result[-1]
            return result
        h = list(iterable)
        heapify(h)
        return map(heappop, repeat(h, min(n, len(h))))
    in1, in2 = tee(iterable)
    it = izip(imap(key, in1), count(), in2)
    result = nsmallest(n, it)
    return map(itemgetter(2), result)


def _siftdown(heap, startpos, pos):
    """Move heap[pos] up towards startpos until its parent is not larger."""
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup(heap, pos):
    """Move the smaller child up until a leaf, then sift the item down:
    fewer comparisons than stopping early."""
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown(heap, startpos, pos)
