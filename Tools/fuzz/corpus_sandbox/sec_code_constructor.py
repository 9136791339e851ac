# G6: make a code object from raw bytes with the code type reached
# through a function.
def attack():
    code = type((lambda: 0).func_code)
    co = code(0, 0, 1, 0, 'd\x00\x00S', (42,), (), (), 'attack', 'attack', 1, '')
    function = type(attack)
    return function(co, {})() == 42
