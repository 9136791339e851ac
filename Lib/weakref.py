"""Weak reference support for Python.

This module is an implementation of PEP 205:

http://www.python.org/dev/peps/pep-0205/
"""

import UserDict

from _weakref import (
     getweakrefcount,
     getweakrefs,
     ref,
     proxy,
     CallableProxyType,
     ProxyType,
     ReferenceType)

ReferenceError = ReferenceError


ProxyTypes = (ProxyType, CallableProxyType)

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs",
           "WeakKeyDictionary", "ReferenceType", "ProxyType",
           "CallableProxyType", "ProxyTypes", "WeakValueDictionary"]


class KeyedRef(ref):
    """A weak reference that also remembers a key.

    WeakValueDictionary stores its values as KeyedRefs so that the
    callback run when a value dies knows which entry to drop.
    """

    __slots__ = "key",

    def __new__(type, ob, callback, key):
        self = ref.__new__(type, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super(KeyedRef, self).__init__(ob, callback)


class WeakValueDictionary(UserDict.UserDict):
    """Mapping whose values are held through weak references.

    An entry disappears as soon as its value is no longer strongly
    referenced anywhere else.
    """

    def __init__(self, *args, **kw):
        def discard(wr, owner=ref(self)):
            d = owner()
            if d is not None:
                # The entry may already have been replaced.
                current = d.data.get(wr.key)
                if current is wr:
                    del d.data[wr.key]
        self._remove = discard
        UserDict.UserDict.__init__(self, *args, **kw)

    def __getitem__(self, key):
        value = self.data[key]()
        if value is None:
            raise KeyError, key
        return value

    def __contains__(self, key):
        try:
            wr = self.data[key]
        except KeyError:
            return False
        return wr() is not None

    def has_key(self, key):
        return key in self

    def __repr__(self):
        return "<WeakValueDictionary at %s>" % id(self)

    def __setitem__(self, key, value):
        self.data[key] = KeyedRef(value, self._remove, key)

    def copy(self):
        result = WeakValueDictionary()
        for key, wr in self.data.items():
            value = wr()
            if value is not None:
                result[key] = value
        return result

    def get(self, key, default=None):
        try:
            wr = self.data[key]
        except KeyError:
            return default
        value = wr()
        if value is None:
            return default
        return value

    def items(self):
        result = []
        for key, wr in self.data.items():
            value = wr()
            if value is not None:
                result.append((key, value))
        return result

    def iteritems(self):
        for wr in self.data.values():
            value = wr()
            if value is not None:
                yield wr.key, value

    def iterkeys(self):
        return self.data.iterkeys()

    def __iter__(self):
        return self.data.iterkeys()

    def itervaluerefs(self):
        """Return an iterator over the weak references to the values."""
        return self.data.itervalues()

    def itervalues(self):
        for wr in self.data.values():
            value = wr()
            if value is not None:
                yield value

    def popitem(self):
        while 1:
            key, wr = self.data.popitem()
            value = wr()
            if value is not None:
                return key, value

    def pop(self, key, *args):
        if len(args) > 1:
            raise TypeError, "pop expected at most 2 arguments, got %d" % (
                1 + len(args))
        try:
            value = self.data.pop(key)()
        except KeyError:
            if args:
                return args[0]
            raise
        if value is None:
            if args:
                return args[0]
            raise KeyError, key
        return value

    def setdefault(self, key, default=None):
        try:
            value = self.data[key]()
        except KeyError:
            value = None
        if value is None:
            self.data[key] = KeyedRef(default, self._remove, key)
            return default
        return value

    def update(self, dict=None, **kwargs):
        if dict is not None:
            if not hasattr(dict, "items"):
                dict = type({})(dict)
            for key, value in dict.items():
                self.data[key] = KeyedRef(value, self._remove, key)
        for key, value in kwargs.items():
            self.data[key] = KeyedRef(value, self._remove, key)

    def valuerefs(self):
        """Return a list of weak references to the values."""
        return self.data.values()

    def values(self):
        result = []
        for wr in self.data.values():
            value = wr()
            if value is not None:
                result.append(value)
        return result


class WeakKeyDictionary(UserDict.UserDict):
    """Mapping whose keys are held through weak references.

    An entry disappears as soon as its key is no longer strongly
    referenced anywhere else.
    """

    def __init__(self, dict=None):
        self.data = {}
        def discard(k, owner=ref(self)):
            d = owner()
            if d is not None:
                try:
                    del d.data[k]
                except KeyError:
                    pass
        self._remove = discard
        if dict is not None:
            self.update(dict)

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __repr__(self):
        return "<WeakKeyDictionary at %s>" % id(self)

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def copy(self):
        result = WeakKeyDictionary()
        for wr, value in self.data.items():
            key = wr()
            if key is not None:
                result[key] = value
        return result

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def has_key(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def items(self):
        result = []
        for wr, value in self.data.items():
            key = wr()
            if key is not None:
                result.append((key, value))
        return result

    def iteritems(self):
        for wr, value in self.data.items():
            key = wr()
            if key is not None:
                yield key, value

    def iterkeyrefs(self):
        """Return an iterator over the weak references to the keys."""
        return self.data.iterkeys()

    def iterkeys(self):
        for wr in self.data.keys():
            key = wr()
            if key is not None:
                yield key

    def __iter__(self):
        return self.iterkeys()

    def itervalues(self):
        return self.data.itervalues()

    def keyrefs(self):
        """Return a list of weak references to the keys."""
        return self.data.keys()

    def keys(self):
        result = []
        for wr in self.data.keys():
            key = wr()
            if key is not None:
                result.append(key)
        return result

    def popitem(self):
        while 1:
            wr, value = self.data.popitem()
            key = wr()
            if key is not None:
                return key, value

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, **kwargs):
        if dict is not None:
            if not hasattr(dict, "items"):
                dict = type({})(dict)
            for key, value in dict.items():
                self.data[ref(key, self._remove)] = value
        if kwargs:
            self.update(kwargs)
