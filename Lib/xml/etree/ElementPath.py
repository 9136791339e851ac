"""The simple path language of ElementTree's find, findtext and findall.

A path is a sequence of steps separated by '/': a tag name (possibly
'{uri}local'), '*' for any child element, '.' for the current element,
and an empty step ('//') meaning "at any depth below".  Paths are
relative to the element they are applied to.
"""

import re

_cache = {}
_BAD_STEP = re.compile(r"\.\.|[\[\]()@=]|::")


def _compile(path):
    steps = _cache.get(path)
    if steps is not None:
        return steps
    if path[:1] == "/":
        raise SyntaxError("cannot use absolute path on element")
    parts = path.split("/")
    steps = []
    descend = False
    for i in range(len(parts)):
        part = parts[i].strip()
        if part == "":
            if i == 0 or i == len(parts) - 1 or descend:
                raise SyntaxError("expected path separator (%s)" %
                                  (path or "/"))
            descend = True
            continue
        if _BAD_STEP.search(part):
            raise SyntaxError("unsupported path syntax (%s)" % part)
        steps.append((descend, part))
        descend = False
    if len(_cache) > 100:
        _cache.clear()
    _cache[path] = steps
    return steps


def _select(nodes, descend, step):
    out = []
    seen = {}
    for node in nodes:
        if step == ".":
            if descend:
                candidates = []
                for child in node:
                    candidates.extend(child.getiterator())
            else:
                candidates = [node]
        elif descend:
            candidates = []
            tag = step
            if step == "*":
                tag = None
            for child in node:
                candidates.extend(child.getiterator(tag))
        elif step == "*":
            candidates = list(node)
        else:
            candidates = [child for child in node if child.tag == step]
        for candidate in candidates:
            key = id(candidate)
            if key not in seen:
                seen[key] = 1
                out.append(candidate)
    return out


def findall(element, path):
    """All elements that match path, in document order."""
    nodes = [element]
    for descend, step in _compile(path):
        nodes = _select(nodes, descend, step)
        if not nodes:
            break
    return nodes


def find(element, path):
    """The first element that matches path, or None."""
    steps = _compile(path)
    if len(steps) == 1 and not steps[0][0] and steps[0][1] not in ".*":
        tag = steps[0][1]
        for child in element:
            if child.tag == tag:
                return child
        return None
    nodes = findall(element, path)
    if nodes:
        return nodes[0]
    return None


def findtext(element, path, default=None):
    """The text of the first element that matches path ("" if it has
    none), or default if nothing matches."""
    node = find(element, path)
    if node is None:
        return default
    return node.text or ""
