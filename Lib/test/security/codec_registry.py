# T2: register a codec search function that the host would then call.
import codecs
def _search(name):
    if name == 'security_suite_codec':
        return codecs.lookup('ascii')
    return None

def attack():
    codecs.register(_search)
    return True

def host_effect():
    import codecs
    try:
        codecs.lookup('security_suite_codec')
    except LookupError:
        return False
    return True
