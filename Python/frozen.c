/* The table of frozen modules: this build has none. */

#include "Python.h"

static struct _frozen no_frozen_modules[] = {
    {0, 0, 0}
};

struct _frozen *PyImport_FrozenModules = no_frozen_modules;
