"""Classes to represent arbitrary sets (of hashable elements).

Set is mutable and unhashable; ImmutableSet is hashable and so can be an
element of another set or a dictionary key.  BaseSet holds what they
share and cannot be instantiated.  A Set added to a set (or tested for
membership) is converted to an ImmutableSet automatically.

The built-in set and frozenset types do the same job faster; this module
remains for programs written before they existed.
"""

__all__ = ['BaseSet', 'Set', 'ImmutableSet']

try:
    from itertools import ifilter as _ifilter, ifilterfalse as _ifilterfalse
except ImportError:
    def _ifilter(predicate, iterable):
        for x in iterable:
            if predicate(x):
                yield x

    def _ifilterfalse(predicate, iterable):
        for x in iterable:
            if not predicate(x):
                yield x


class BaseSet(object):
    """Common base class for mutable and immutable sets."""

    __slots__ = ['_data']

    def __init__(self):
        if self.__class__ is BaseSet:
            raise TypeError, ("BaseSet is an abstract class.  "
                              "Use Set or ImmutableSet.")

    def __len__(self):
        """Return the number of elements of a set."""
        return len(self._data)

    def __repr__(self):
        """Return the set as 'ClassName([elements])'."""
        return self._repr()

    __str__ = __repr__

    def _repr(self, sorted=False):
        elements = self._data.keys()
        if sorted:
            elements.sort()
        return '%s(%r)' % (self.__class__.__name__, elements)

    def __iter__(self):
        """Iterate over the elements (in no particular order)."""
        return self._data.iterkeys()

    # Sets are only partially ordered; cmp() makes no sense for them.
    def __cmp__(self, other):
        raise TypeError, "can't compare sets using cmp()"

    def __eq__(self, other):
        if isinstance(other, BaseSet):
            return self._data == other._data
        return False

    def __ne__(self, other):
        if isinstance(other, BaseSet):
            return self._data != other._data
        return True

    def copy(self):
        """Return a shallow copy of a set."""
        result = self.__class__()
        result._data.update(self._data)
        return result

    __copy__ = copy

    def __deepcopy__(self, memo):
        """Return a deep copy of a set."""
        from copy import deepcopy
        result = self.__class__()
        memo[id(self)] = result
        data = result._data
        for elt in self:
            data[deepcopy(elt, memo)] = True
        return result

    # Binary operators accept only sets; the named methods take any
    # iterable.

    def __or__(self, other):
        if not isinstance(other, BaseSet):
            return NotImplemented
        return self.union(other)

    def union(self, other):
        """Return the union of two sets as a new set."""
        result = self.__class__(self)
        result._update(other)
        return result

    def __and__(self, other):
        if not isinstance(other, BaseSet):
            return NotImplemented
        return self.intersection(other)

    def intersection(self, other):
        """Return the intersection of two sets as a new set."""
        if not isinstance(other, BaseSet):
            other = Set(other)
        if len(self) <= len(other):
            small, big = self, other
        else:
            small, big = other, self
        common = _ifilter(big._data.has_key, small)
        return self.__class__(common)

    def __xor__(self, other):
        if not isinstance(other, BaseSet):
            return NotImplemented
        return self.symmetric_difference(other)

    def symmetric_difference(self, other):
        """Return the elements in exactly one of the two sets."""
        result = self.__class__()
        data = result._data
        mine = self._data
        try:
            theirs = other._data
        except AttributeError:
            theirs = Set(other)._data
        for elt in _ifilterfalse(theirs.has_key, self):
            data[elt] = True
        for elt in _ifilterfalse(mine.has_key, theirs):
            data[elt] = True
        return result

    def __sub__(self, other):
        if not isinstance(other, BaseSet):
            return NotImplemented
        return self.difference(other)

    def difference(self, other):
        """Return the elements of this set that are not in other."""
        result = self.__class__()
        data = result._data
        try:
            theirs = other._data
        except AttributeError:
            theirs = Set(other)._data
        for elt in _ifilterfalse(theirs.has_key, self):
            data[elt] = True
        return result

    def __contains__(self, element):
        """Report whether an element is a member of a set."""
        try:
            return element in self._data
        except TypeError:
            transform = getattr(element, "__as_temporarily_immutable__",
                                None)
            if transform is None:
                raise
            return transform() in self._data

    def issubset(self, other):
        """Report whether another set contains this set."""
        self._binary_sanity_check(other)
        if len(self) > len(other):
            return False
        for elt in _ifilterfalse(other._data.has_key, self):
            return False
        return True

    def issuperset(self, other):
        """Report whether this set contains another set."""
        self._binary_sanity_check(other)
        if len(self) < len(other):
            return False
        for elt in _ifilterfalse(self._data.has_key, other):
            return False
        return True

    __le__ = issubset
    __ge__ = issuperset

    def __lt__(self, other):
        self._binary_sanity_check(other)
        return len(self) < len(other) and self.issubset(other)

    def __gt__(self, other):
        self._binary_sanity_check(other)
        return len(self) > len(other) and self.issuperset(other)

    def _binary_sanity_check(self, other):
        if not isinstance(other, BaseSet):
            raise TypeError, "Binary operation only permitted between sets"

    def _compute_hash(self):
        # Order-independent: xor of the element hashes.
        h = 0
        for elt in self:
            h ^= hash(elt)
        return h

    def _update(self, iterable):
        data = self._data
        if isinstance(iterable, BaseSet):
            data.update(iterable._data)
            return
        for element in iterable:
            try:
                data[element] = True
            except TypeError:
                transform = getattr(element, "__as_immutable__", None)
                if transform is None:
                    raise
                data[transform()] = True


class ImmutableSet(BaseSet):
    """Immutable set class."""

    __slots__ = ['_hashcode']

    def __init__(self, iterable=None):
        """Construct an immutable set from an optional iterable."""
        self._hashcode = None
        self._data = {}
        if iterable is not None:
            self._update(iterable)

    def __hash__(self):
        if self._hashcode is None:
            self._hashcode = self._compute_hash()
        return self._hashcode

    def __getstate__(self):
        return self._data, self._hashcode

    def __setstate__(self, state):
        self._data, self._hashcode = state


class Set(BaseSet):
    """Mutable set class."""

    __slots__ = []

    def __init__(self, iterable=None):
        """Construct a set from an optional iterable."""
        self._data = {}
        if iterable is not None:
            self._update(iterable)

    def __getstate__(self):
        return self._data,

    def __setstate__(self, data):
        self._data, = data

    def __hash__(self):
        """A Set cannot be hashed."""
        raise TypeError, "Can't hash a Set, only an ImmutableSet."

    # In-place operators, for sets only; the *_update methods take any
    # iterable.

    def __ior__(self, other):
        """Update a set with the union of itself and another."""
        self._binary_sanity_check(other)
        self._data.update(other._data)
        return self

    def union_update(self, other):
        """Update a set with the union of itself and another."""
        self._update(other)

    def __iand__(self, other):
        """Update a set with the intersection of itself and another."""
        self._binary_sanity_check(other)
        self._data = (self & other)._data
        return self

    def intersection_update(self, other):
        """Update a set with the intersection of itself and another."""
        if isinstance(other, BaseSet):
            self &= other
        else:
            self._data = (self.intersection(other))._data

    def __ixor__(self, other):
        """Update a set with the symmetric difference of itself and
        another."""
        self._binary_sanity_check(other)
        self.symmetric_difference_update(other)
        return self

    def symmetric_difference_update(self, other):
        """Update a set with the symmetric difference of itself and
        another."""
        data = self._data
        if not isinstance(other, BaseSet):
            other = Set(other)
        if self is other:
            self.clear()
        for elt in other:
            if elt in data:
                del data[elt]
            else:
                data[elt] = True

    def __isub__(self, other):
        """Remove all elements of another set from this set."""
        self._binary_sanity_check(other)
        self.difference_update(other)
        return self

    def difference_update(self, other):
        """Remove all elements of another set from this set."""
        data = self._data
        if not isinstance(other, BaseSet):
            other = Set(other)
        if self is other:
            self.clear()
        for elt in _ifilter(data.has_key, other):
            del data[elt]

    def update(self, iterable):
        """Add all values from an iterable (such as a list or file)."""
        self._update(iterable)

    def clear(self):
        """Remove all elements from this set."""
        self._data.clear()

    def add(self, element):
        """Add an element to a set (a Set element is frozen first)."""
        try:
            self._data[element] = True
        except TypeError:
            transform = getattr(element, "__as_immutable__", None)
            if transform is None:
                raise
            self._data[transform()] = True

    def remove(self, element):
        """Remove an element; raise KeyError if it is not a member."""
        try:
            del self._data[element]
        except TypeError:
            transform = getattr(element, "__as_temporarily_immutable__",
                                None)
            if transform is None:
                raise
            del self._data[transform()]

    def discard(self, element):
        """Remove an element if it is a member."""
        try:
            self.remove(element)
        except KeyError:
            pass

    def pop(self):
        """Remove and return an arbitrary set element."""
        return self._data.popitem()[0]

    def __as_immutable__(self):
        return ImmutableSet(self)

    def __as_temporarily_immutable__(self):
        return _TemporarilyImmutableSet(self)


class _TemporarilyImmutableSet(BaseSet):
    """A hashable view of a Set, used while looking it up."""

    def __init__(self, set):
        self._set = set
        self._data = set._data

    def __hash__(self):
        return self._set._compute_hash()
