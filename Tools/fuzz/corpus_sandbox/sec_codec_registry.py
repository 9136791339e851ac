# T2: register a codec search function that the host would then call.
# (Codec search functions cannot be unregistered, so the name carries
# the run's RUN_ID.)
import codecs
def _search(name):
    if name == 'security_suite_codec_' + RUN_ID:
        return codecs.lookup('ascii')
    return None

def attack():
    codecs.register(_search)
    return True

def host_effect():
    import codecs
    try:
        codecs.lookup('security_suite_codec_' + RUN_ID)
    except LookupError:
        return False
    return True
