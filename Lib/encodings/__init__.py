"""The standard encodings package: a codec search function that imports
encodings.<normalized name> and asks it for getregentry().

Names are normalized by lowercasing and turning every run of characters
other than letters, digits and '.' into '_'; aliases.aliases maps
alternative spellings to module names."""

import codecs
from encodings import aliases

_cache = {}
_unknown = '--unknown--'
_import_tail = ['*']


class CodecRegistryError(LookupError, SystemError):
    pass


def normalize_encoding(encoding):
    chars = []
    punct = False
    for c in encoding:
        if c.isalnum() or c == '.':
            if punct and chars:
                chars.append('_')
            chars.append(c)
            punct = False
        else:
            punct = True
    return ''.join(chars)


def search_function(encoding):
    entry = _cache.get(encoding, _unknown)
    if entry is not _unknown:
        return entry
    norm_encoding = normalize_encoding(encoding).lower()
    aliased_encoding = aliases.aliases.get(norm_encoding) or \
                       aliases.aliases.get(norm_encoding.replace('.', '_'))
    if aliased_encoding is not None:
        modnames = [aliased_encoding, norm_encoding]
    else:
        modnames = [norm_encoding]
    mod = None
    for modname in modnames:
        if not modname or '.' in modname:
            continue
        try:
            mod = __import__('encodings.' + modname, globals(), locals(),
                             _import_tail)
        except ImportError:
            pass
        else:
            break
    try:
        getregentry = mod.getregentry
    except AttributeError:
        mod = None
    if mod is None:
        _cache[encoding] = None
        return None
    entry = getregentry()
    if not isinstance(entry, codecs.CodecInfo):
        if not 4 <= len(entry) <= 7:
            raise CodecRegistryError(
                'module "%s" (%s) failed to register' %
                (mod.__name__, mod.__file__))
        entry = codecs.CodecInfo(*entry)
    _cache[encoding] = entry
    try:
        codecaliases = mod.getaliases()
    except AttributeError:
        pass
    else:
        for alias in codecaliases:
            if alias not in aliases.aliases:
                aliases.aliases[alias] = modname
    return entry


codecs.register(search_function)
