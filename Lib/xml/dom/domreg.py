"""The registry of DOM implementations behind xml.dom.getDOMImplementation.

An implementation is known either by a module name in
well_known_implementations (the module must offer getDOMImplementation())
or through registerDOMImplementation(name, factory).
"""

# name -> module that provides getDOMImplementation()
well_known_implementations = {
    'minidom': 'xml.dom.minidom',
    '4DOM': 'xml.dom.DOMImplementation',
    }

# name -> factory registered at run time (per interpreter: this module's
# dict belongs to the interpreter that imported it)
registered = {}


def registerDOMImplementation(name, factory):
    """Make `factory` (a callable returning an object with the
    DOMImplementation interface) available as `name`.  A later call with
    the same name replaces the earlier factory."""
    registered[name] = factory


def _supports_all(dom, features):
    """True if dom.hasFeature() accepts every (feature, version) pair."""
    for feature, version in features:
        if not dom.hasFeature(feature, version):
            return False
    return True


def _parse_feature_string(s):
    """'Core 2.0 XML' -> [('core', '2.0'), ('xml', None)]: a word that
    starts with a digit is the version of the feature before it."""
    words = s.split()
    result = []
    i = 0
    while i < len(words):
        feature = words[i]
        if feature[0] in "0123456789":
            raise ValueError, "bad feature name: %r" % (feature,)
        i += 1
        version = None
        if i < len(words) and words[i][0] in "0123456789":
            version = words[i]
            i += 1
        result.append((feature, version))
    return result


def _import_implementation(modname):
    mod = __import__(modname, {}, {}, ['getDOMImplementation'])
    return mod.getDOMImplementation()


def getDOMImplementation(name=None, features=()):
    """Return a DOM implementation.

    With a name, that implementation (well known or registered) is
    returned.  Otherwise the PYTHON_DOM environment variable names it if
    set; failing that, the registered implementations and then the well
    known ones are tried in turn, and the first one supporting every
    requested feature is returned.  ImportError if none does."""
    if name in well_known_implementations:
        return _import_implementation(well_known_implementations[name])
    if name:
        return registered[name]()
    try:
        import os
        environ = os.environ
    except (ImportError, AttributeError):
        environ = {}
    if "PYTHON_DOM" in environ:
        return getDOMImplementation(name=environ["PYTHON_DOM"])

    if isinstance(features, basestring):
        features = _parse_feature_string(features)
    for factory in registered.values():
        dom = factory()
        if _supports_all(dom, features):
            return dom
    for modname in well_known_implementations.values():
        try:
            dom = _import_implementation(modname)
        except StandardError:
            # not installed, or unusable here: try the next one
            continue
        if _supports_all(dom, features):
            return dom

    raise ImportError, "no suitable DOM implementation found"
