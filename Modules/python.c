/* The python program: everything happens in Py_Main. */

#include "Python.h"

int
main(int argc, char **argv)
{
    return Py_Main(argc, argv);
}
