/* Bytecode clean-up run on every code object the compiler assembles.

   Constant folding (numeric and short string/tuple results) and loading
   None as a constant are done by the compiler itself, on the AST, where
   size limits are easy to enforce (see const_value in compile.c).  This
   pass is the hook for jump threading and dead-code removal; it currently
   returns the code unchanged. */

#include "Python.h"
#include "code.h"
#include "opcode.h"

PyObject *
_PyCode_Optimize(PyObject *code, PyObject *consts, PyObject *names,
                 PyObject *lnotab)
{
    (void)consts;
    (void)names;
    (void)lnotab;
    Py_INCREF(code);
    return code;
}
