# T2: reach the host's globals through a host function the sandbox was
# given (HOST_FUNC: in the sandbox, a proxy made with expose()).
def attack():
    g = HOST_FUNC.func_globals
    return HOST_MARKER in g
