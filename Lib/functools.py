"""Tools for working with functions: partial application and wrappers."""

try:
    from _functools import partial
except ImportError:
    class partial(object):
        """partial(func, *args, **keywords) - new function with partial
        application of the given arguments and keywords."""

        __slots__ = ('func', 'args', 'keywords', '__dict__', '__weakref__')

        def __new__(cls, *args, **keywords):
            if not args:
                raise TypeError("type 'partial' takes at least one argument")
            func = args[0]
            if not callable(func):
                raise TypeError("the first argument must be callable")
            self = object.__new__(cls)
            self.func = func
            self.args = tuple(args[1:])
            self.keywords = keywords or None
            return self

        def __call__(self, *args, **keywords):
            if self.keywords:
                kw = self.keywords.copy()
                kw.update(keywords)
            else:
                kw = keywords
            return self.func(*(self.args + args), **kw)

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__doc__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS,
                   updated=WRAPPER_UPDATES):
    """Make wrapper look like wrapped: copy the assigned attributes and
    update the updated (dictionary) ones."""
    for attr in assigned:
        setattr(wrapper, attr, getattr(wrapped, attr))
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator factory applying update_wrapper() to the decorated
    function."""
    return partial(update_wrapper, wrapped=wrapped,
                   assigned=assigned, updated=updated)
