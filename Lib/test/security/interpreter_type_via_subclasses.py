# T1: the interpreter module is refused, but its Interpreter type may be
# reachable through object.__subclasses__() (the host imported it); a
# nested "sandbox" made from it would get the table the attacker writes.
def attack():
    I = None
    for c in object.__subclasses__():
        if c.__name__ == 'Interpreter':
            I = c
    if I is None:
        return False
    sb = I(allow_read=['/'])
    try:
        sb.execute('x = open(%r).read()' % SECRET_PATH)
        return sb.get('x') == SECRET_TEXT
    finally:
        sb.close()
