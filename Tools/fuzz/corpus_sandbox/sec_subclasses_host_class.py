# T2: find a class of the host through object.__subclasses__() and reach
# the host's globals through one of its methods.
def attack():
    for cls in object.__subclasses__():
        if cls.__name__ == HOST_MARKER:
            return cls.method.im_func.func_globals is not None
    return False
