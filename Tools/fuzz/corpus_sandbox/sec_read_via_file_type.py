# T1: reach the file type without the name `open` (through a subclass
# walk from object) and construct it directly.
def attack():
    for cls in object.__subclasses__():
        if cls.__name__ == 'file':
            return cls(SECRET_PATH).read() == SECRET_TEXT
    return False
