"""High-performance container datatypes (Python 2.5).

deque: a double-ended queue with fast appends and pops at both ends.
defaultdict: a dict subclass that calls a factory for missing keys.
"""

__all__ = ['deque', 'defaultdict']

from _collections import deque, defaultdict
