/* The table of modules built into the interpreter (_PyImport_Inittab).

   To add a built-in module: declare its init function below and add one
   line to the table.  An entry whose init function is not linked in
   breaks the link, so only modules that exist are listed; the commented
   lines are the 2.5 modules still to come. */

#include "Python.h"

extern void initposix(void);
extern void initerrno(void);
extern void inittime(void);
extern void initsignal(void);
extern void initmath(void);
extern void initcmath(void);
extern void initgc(void);
extern void init_weakref(void);
extern void initimp(void);
extern void initinterpreter(void);
extern void PyMarshal_Init(void);
extern void initthread(void);
extern void init_codecs(void);
extern void initoperator(void);
extern void inititertools(void);
extern void init_collections(void);
extern void init_functools(void);
extern void initcStringIO(void);
extern void initcPickle(void);
extern void initunicodedata(void);
extern void init_sre(void);
extern void initdatetime(void);
extern void init_socket(void);
extern void initselect(void);
extern void init_struct(void);
extern void initbinascii(void);
extern void initarray(void);
extern void init_random(void);
extern void init_md5(void);
extern void init_sha(void);
extern void init_sha256(void);
extern void init_sha512(void);
extern void initzlib(void);
extern void init_ast(void);
extern void initpwd(void);
extern void initgrp(void);
extern void initfcntl(void);
extern void initresource(void);

struct _inittab _PyImport_Inittab[] = {
    {"posix", initposix},
    {"errno", initerrno},
    {"time", inittime},
    {"signal", initsignal},
    {"math", initmath},
    {"cmath", initcmath},
    {"gc", initgc},
    {"_weakref", init_weakref},
    {"imp", initimp},
    {"marshal", PyMarshal_Init},
    {"interpreter", initinterpreter},
    {"thread", initthread},
    {"_codecs", init_codecs},
    {"operator", initoperator},
    {"itertools", inititertools},
    {"_collections", init_collections},
    {"_sre", init_sre},
    {"_struct", init_struct},
    {"binascii", initbinascii},
    {"cStringIO", initcStringIO},
    {"cPickle", initcPickle},
    {"unicodedata", initunicodedata},
    {"array", initarray},
    {"_random", init_random},
    {"datetime", initdatetime},
    {"_functools", init_functools},
    /* {"strop", initstrop}, */
    {"select", initselect},
    {"_socket", init_socket},
    {"_md5", init_md5},
    {"_sha", init_sha},
    {"_sha256", init_sha256},
    {"_sha512", init_sha512},
    {"zlib", initzlib},
    {"_ast", init_ast},
    {"pwd", initpwd},
    {"grp", initgrp},
    {"fcntl", initfcntl},
    {"resource", initresource},

    /* These are created by the interpreter itself. */
    {"__main__", NULL},
    {"__builtin__", NULL},
    {"sys", NULL},
    {"exceptions", NULL},

    {0, 0}
};
