/* The cycle collector and the gc module.

   Each interpreter has its own three generations (struct _gc_state, hung
   off PyInterpreterStateEx), so a collection in one interpreter never
   looks at, finalizes or reports another interpreter's objects, and
   gc.get_objects()/get_referrers() see only the caller's own objects.

   A collection of generation g merges the younger generations into it
   and finds the objects whose references all come from inside the set:
     1. copy each object's refcount into gc_refs;
     2. subtract one for every reference from an object of the set;
     3. objects left with gc_refs > 0 are referenced from outside; all
        they reach (transitively) is reachable too;
     4. the rest is garbage.  Garbage that has a finalizer (__del__), and
        all it reaches, goes to gc.garbage; weak references to garbage
        are cleared (calling their callbacks when the weakref itself
        survives); the remaining garbage is broken up with tp_clear.

   Containers that can no longer be part of a cycle leave the lists
   (Include/objimpl.h _PyObject_GC_MAY_BE_TRACKED): step 3 untracks the
   exact tuples whose items are all set and untrackable, and the exact
   dicts whose keys and values are all untrackable (dicts are tracked
   again by the store that needs it, Objects/dictobject.c).

   Full collections started by the thresholds are skipped until the
   objects that reached the oldest generation since the last full one
   are more than a quarter of those that survived it: a heap that keeps
   growing is then walked a number of times proportional to its final
   size, not to the square of it. */

#include "Python.h"

#define NUM_GENERATIONS 3

/* gc_refs values outside collections (collections use values >= 0). */
#define GC_UNTRACKED            _PyGC_REFS_UNTRACKED
#define GC_REACHABLE            (-3)
#define GC_TENTATIVELY_UNREACHABLE (-4)

#define DEBUG_STATS             (1 << 0)
#define DEBUG_COLLECTABLE       (1 << 1)
#define DEBUG_UNCOLLECTABLE     (1 << 2)
#define DEBUG_INSTANCES         (1 << 3)
#define DEBUG_OBJECTS           (1 << 4)
#define DEBUG_SAVEALL           (1 << 5)
#define DEBUG_LEAK (DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | \
                    DEBUG_INSTANCES | DEBUG_OBJECTS | DEBUG_SAVEALL)

struct gc_generation {
    PyGC_Head head;
    int threshold;
    int count;
};

struct _gc_state {
    struct gc_generation gens[NUM_GENERATIONS];
    Py_ssize_t long_lived_total;    /* survivors of the last full collection */
    Py_ssize_t long_lived_pending;  /* moved to the oldest one since */
    int enabled;
    int collecting;
    int debug;
    PyObject *garbage;      /* gc.garbage of this interpreter */
};

#define GEN_HEAD(st, n) (&(st)->gens[n].head)

/* PyGC_Head holds a long double, so the compiler may use 16-byte aligned
   moves on it: GC blocks are a multiple of 16 bytes, which puts them on
   16-byte boundaries in the allocator's pools. */
#define GC_BLOCK_SIZE(basicsize) \
    ((sizeof(PyGC_Head) + (size_t)(basicsize) + 15) & ~(size_t)15)

/* Used before the first interpreter exists and while none is current. */
static struct _gc_state process_gc;

static void
gc_state_init(struct _gc_state *st)
{
    int i;
    static const int thresholds[NUM_GENERATIONS] = {700, 10, 10};
    memset(st, 0, sizeof(*st));
    for (i = 0; i < NUM_GENERATIONS; i++) {
        PyGC_Head *h = GEN_HEAD(st, i);
        h->gc.gc_next = h->gc.gc_prev = h;
        st->gens[i].threshold = thresholds[i];
    }
    st->enabled = 1;
}

static struct _gc_state *current_gc_slow(void);

/* Called on every allocation and free of a GC object: the common case
   (the state exists) is kept inline. */
static inline struct _gc_state *
current_gc(void)
{
    PyThreadState *t = _PyThreadState_Current;
    if (t != NULL) {
        struct _gc_state *st = _PyInterpreterState_EX(t->interp)->gc;
        if (st != NULL)
            return st;
    }
    return current_gc_slow();
}

static __attribute__((noinline)) struct _gc_state *
current_gc_slow(void)
{
    PyThreadState *t = _PyThreadState_Current;
    PyInterpreterStateEx *ex;
    if (t == NULL) {
        if (process_gc.gens[0].head.gc.gc_next == NULL)
            gc_state_init(&process_gc);
        return &process_gc;
    }
    ex = _PyInterpreterState_EX(t->interp);
    if (ex->gc == NULL) {
        ex->gc = (struct _gc_state *)PyMem_RawMalloc(sizeof(struct _gc_state));
        if (ex->gc == NULL)
            Py_FatalError("out of memory for the cycle collector");
        gc_state_init(ex->gc);
    }
    return ex->gc;
}

/* ------------------------------------------------------------------ */
/* List helpers */

static inline void
gc_list_init(PyGC_Head *list)
{
    list->gc.gc_prev = list;
    list->gc.gc_next = list;
}

static inline int
gc_list_is_empty(PyGC_Head *list)
{
    return list->gc.gc_next == list;
}

static inline void
gc_list_append(PyGC_Head *node, PyGC_Head *list)
{
    node->gc.gc_next = list;
    node->gc.gc_prev = list->gc.gc_prev;
    node->gc.gc_prev->gc.gc_next = node;
    list->gc.gc_prev = node;
}

static inline void
gc_list_remove(PyGC_Head *node)
{
    node->gc.gc_prev->gc.gc_next = node->gc.gc_next;
    node->gc.gc_next->gc.gc_prev = node->gc.gc_prev;
    node->gc.gc_next = NULL;
}

static inline void
gc_list_move(PyGC_Head *node, PyGC_Head *list)
{
    node->gc.gc_prev->gc.gc_next = node->gc.gc_next;
    node->gc.gc_next->gc.gc_prev = node->gc.gc_prev;
    gc_list_append(node, list);
}

/* Append all of `from` to `to`, leaving `from` empty. */
static void
gc_list_merge(PyGC_Head *from, PyGC_Head *to)
{
    if (!gc_list_is_empty(from)) {
        PyGC_Head *tail = to->gc.gc_prev;
        tail->gc.gc_next = from->gc.gc_next;
        tail->gc.gc_next->gc.gc_prev = tail;
        to->gc.gc_prev = from->gc.gc_prev;
        to->gc.gc_prev->gc.gc_next = to;
    }
    gc_list_init(from);
}

/* ------------------------------------------------------------------ */
/* Finding unreachable objects */

static void
copy_refcounts(PyGC_Head *set)
{
    PyGC_Head *g;
    for (g = set->gc.gc_next; g != set; g = g->gc.gc_next)
        g->gc.gc_refs = _Py_FROM_GC(g)->ob_refcnt;
}

/* PyObject_IS_GC with the common cases inline.  The one tp_is_gc met
   all the time is that of type objects (a type is a GC object when it
   is a heap type): it is answered here, the others are called. */
static __attribute__((noinline)) int
is_gc_by_call(PyObject *op)
{
    return op->ob_type->tp_is_gc(op);
}

static inline int
is_gc(PyObject *op)
{
    PyTypeObject *tp = op->ob_type;
    if (!PyType_IS_GC(tp))
        return 0;
    if (tp->tp_is_gc == NULL)
        return 1;
    if (tp == &PyType_Type)
        return PyType_HasFeature((PyTypeObject *)op, Py_TPFLAGS_HEAPTYPE);
    return is_gc_by_call(op);
}

/* The collector walks the commonest containers itself (exact lists,
   tuples and dicts, in the order of their tp_traverse) rather than
   through an indirect call per item. */

static inline void
decref_one(PyObject *op)
{
    if (is_gc(op)) {
        PyGC_Head *g = _Py_AS_GC(op);
        if (g->gc.gc_refs > 0)
            g->gc.gc_refs--;
    }
}

static int
visit_decref(PyObject *op, void *unused)
{
    decref_one(op);
    return 0;
}

static void
subtract_internal_refs(PyGC_Head *set)
{
    PyGC_Head *g;
    for (g = set->gc.gc_next; g != set; g = g->gc.gc_next) {
        PyObject *op = _Py_FROM_GC(g);
        PyTypeObject *tp = op->ob_type;
        if (tp == &PyList_Type || tp == &PyTuple_Type) {
            /* the two layouts agree on ob_size/ob_item, not on offsets */
            Py_ssize_t i;
            PyObject **items = tp == &PyList_Type ?
                ((PyListObject *)op)->ob_item : ((PyTupleObject *)op)->ob_item;
            for (i = ((PyVarObject *)op)->ob_size; --i >= 0; )
                if (items[i] != NULL)
                    decref_one(items[i]);
        }
        else if (tp == &PyDict_Type) {
            PyDictObject *mp = (PyDictObject *)op;
            PyDictEntry *ep = mp->ma_table, *end = ep + mp->ma_mask + 1;
            for (; ep < end; ep++) {
                if (ep->me_value != NULL) {
                    decref_one(ep->me_key);
                    decref_one(ep->me_value);
                }
            }
        }
        else if (tp->tp_traverse != NULL)
            (void)tp->tp_traverse(op, visit_decref, NULL);
    }
}

/* `op` is reached from a reachable object of the set.  Returns whether
   a container holding op must stay tracked for its sake. */
static inline int
reach(PyObject *op, PyGC_Head *set)
{
    PyGC_Head *g;
    if (!is_gc(op))
        return 0;
    g = _Py_AS_GC(op);
    if (g->gc.gc_refs == 0)
        g->gc.gc_refs = 1;
    else if (g->gc.gc_refs == GC_TENTATIVELY_UNREACHABLE) {
        gc_list_move(g, set);
        g->gc.gc_refs = 1;
    }
    else if (g->gc.gc_refs == GC_UNTRACKED && PyTuple_CheckExact(op))
        return 0;
    return 1;
}

static int
visit_reachable(PyObject *op, PyGC_Head *set)
{
    (void)reach(op, set);
    return 0;
}

/* Walks of exact tuples and dicts that also tell whether one may be
   untracked: they return 1 when it must stay tracked. */
static int
reach_tuple_items(PyTupleObject *t, PyGC_Head *set)
{
    Py_ssize_t i;
    int keep = 0;
    for (i = t->ob_size; --i >= 0; ) {
        PyObject *item = t->ob_item[i];
        if (item == NULL)
            keep = 1;       /* its creator is still filling it in */
        else
            keep |= reach(item, set);
    }
    return keep;
}

static int
reach_dict_entries(PyDictObject *mp, PyGC_Head *set)
{
    PyDictEntry *ep = mp->ma_table, *end = ep + mp->ma_mask + 1;
    int keep = 0;
    for (; ep < end; ep++) {
        if (ep->me_value != NULL) {
            keep |= reach(ep->me_key, set);
            keep |= reach(ep->me_value, set);
        }
    }
    return keep;
}

/* Young collections untrack only small dicts: a big dict that is tracked
   again by each store of a new tuple (say) would otherwise be walked by
   every young collection instead of aging into the older generations. */
#define YOUNG_UNTRACK_DICT_MASK 31

/* Split `set` into reachable (stays) and unreachable (moved), untracking
   the tuples and dicts that cannot be part of a cycle.  Returns the
   number of objects left in `set`. */
static Py_ssize_t
move_unreachable(PyGC_Head *set, PyGC_Head *unreachable, int full)
{
    PyGC_Head *g = set->gc.gc_next;
    Py_ssize_t left = 0;
    while (g != set) {
        PyGC_Head *next;
        if (g->gc.gc_refs != 0) {
            PyObject *op = _Py_FROM_GC(g);
            PyTypeObject *tp = op->ob_type;
            int keep = 1;
            g->gc.gc_refs = GC_REACHABLE;
            if (tp == &PyList_Type) {
                PyListObject *l = (PyListObject *)op;
                Py_ssize_t i;
                for (i = l->ob_size; --i >= 0; )
                    if (l->ob_item[i] != NULL)
                        (void)reach(l->ob_item[i], set);
            }
            else if (tp == &PyTuple_Type)
                keep = reach_tuple_items((PyTupleObject *)op, set);
            else if (tp == &PyDict_Type) {
                PyDictObject *mp = (PyDictObject *)op;
                keep = reach_dict_entries(mp, set) ||
                       (!full && mp->ma_mask > YOUNG_UNTRACK_DICT_MASK);
            }
            else if (tp->tp_traverse != NULL)
                (void)tp->tp_traverse(op, (visitproc)visit_reachable,
                                      (void *)set);
            /* only now: the walk may have appended to the set */
            next = g->gc.gc_next;
            if (keep)
                left++;
            else {
                gc_list_remove(g);
                g->gc.gc_refs = GC_UNTRACKED;
            }
        }
        else {
            next = g->gc.gc_next;
            gc_list_move(g, unreachable);
            g->gc.gc_refs = GC_TENTATIVELY_UNREACHABLE;
        }
        g = next;
    }
    return left;
}

static int
has_finalizer(PyObject *op)
{
    if (PyInstance_Check(op)) {
        static PyObject *delstr = NULL;
        if (delstr == NULL) {
            delstr = PyString_InternFromString("__del__");
            if (delstr == NULL)
                Py_FatalError("gc couldn't allocate \"__del__\"");
        }
        return _PyInstance_Lookup(op, delstr) != NULL;
    }
    if (PyType_HasFeature(op->ob_type, Py_TPFLAGS_HEAPTYPE))
        return op->ob_type->tp_del != NULL;
    if (PyGen_CheckExact(op))
        return PyGen_NeedsFinalizing((PyGenObject *)op);
    return 0;
}

static int
visit_move_to(PyObject *op, PyGC_Head *to)
{
    if (is_gc(op)) {
        PyGC_Head *g = _Py_AS_GC(op);
        if (g->gc.gc_refs == GC_TENTATIVELY_UNREACHABLE) {
            gc_list_move(g, to);
            g->gc.gc_refs = GC_REACHABLE;
        }
    }
    return 0;
}

/* Garbage with finalizers, and all it reaches, is uncollectable. */
static void
move_finalizers(PyGC_Head *unreachable, PyGC_Head *finalizers)
{
    PyGC_Head *g, *next;
    for (g = unreachable->gc.gc_next; g != unreachable; g = next) {
        next = g->gc.gc_next;
        if (has_finalizer(_Py_FROM_GC(g))) {
            gc_list_move(g, finalizers);
            g->gc.gc_refs = GC_REACHABLE;
        }
    }
    for (g = finalizers->gc.gc_next; g != finalizers; g = g->gc.gc_next) {
        traverseproc trav = _Py_FROM_GC(g)->ob_type->tp_traverse;
        if (trav)
            (void)trav(_Py_FROM_GC(g), (visitproc)visit_move_to, (void *)finalizers);
    }
}

/* Clear weak references to garbage.  A callback runs only if its weakref
   object itself survives (a dead weakref's callback must not see the
   half-destroyed cycle). */
static void
handle_weakrefs(PyGC_Head *unreachable, PyGC_Head *old)
{
    PyGC_Head wrcb_to_call, *g, *next;
    gc_list_init(&wrcb_to_call);

    for (g = unreachable->gc.gc_next; g != unreachable; g = next) {
        PyObject *op = _Py_FROM_GC(g);
        PyWeakReference **wrlist;
        next = g->gc.gc_next;
        if (!PyType_SUPPORTS_WEAKREFS(op->ob_type))
            continue;
        wrlist = (PyWeakReference **)PyObject_GET_WEAKREFS_LISTPTR(op);
        while (*wrlist != NULL) {
            PyWeakReference *wr = *wrlist;
            PyGC_Head *wrg;
            _PyWeakref_ClearRef(wr);    /* unlinks wr from *wrlist */
            if (wr->wr_callback == NULL)
                continue;
            wrg = _Py_AS_GC(wr);
            if (wrg->gc.gc_refs == GC_TENTATIVELY_UNREACHABLE)
                continue;   /* the weakref dies with the cycle */
            Py_INCREF(wr);
            if (PyObject_IS_GC((PyObject *)wr) && wrg->gc.gc_next != NULL &&
                wrg->gc.gc_refs != GC_UNTRACKED)
                gc_list_move(wrg, &wrcb_to_call);
            else
                Py_DECREF(wr);
        }
    }
    while (!gc_list_is_empty(&wrcb_to_call)) {
        PyGC_Head *wrg = wrcb_to_call.gc.gc_next;
        PyWeakReference *wr = (PyWeakReference *)_Py_FROM_GC(wrg);
        PyObject *cb = wr->wr_callback;
        PyObject *res;
        gc_list_move(wrg, old);
        if (cb != NULL) {
            wr->wr_callback = NULL;     /* a callback runs at most once */
            res = PyObject_CallFunctionObjArgs(cb, (PyObject *)wr, NULL);
            if (res == NULL)
                PyErr_WriteUnraisable(cb);
            else
                Py_DECREF(res);
            Py_DECREF(cb);
        }
        Py_DECREF(wr);
    }
}

static void
delete_garbage(struct _gc_state *st, PyGC_Head *collectable, PyGC_Head *old)
{
    while (!gc_list_is_empty(collectable)) {
        PyGC_Head *g = collectable->gc.gc_next;
        PyObject *op = _Py_FROM_GC(g);
        if (st->debug & DEBUG_SAVEALL) {
            if (st->garbage != NULL)
                PyList_Append(st->garbage, op);
        }
        else {
            inquiry clear = op->ob_type->tp_clear;
            if (clear != NULL) {
                Py_INCREF(op);
                clear(op);
                Py_DECREF(op);
            }
        }
        /* Still here: something kept it alive; it survives. */
        if (collectable->gc.gc_next == g) {
            gc_list_move(g, old);
            g->gc.gc_refs = GC_REACHABLE;
        }
    }
}

static Py_ssize_t
collect(struct _gc_state *st, int generation)
{
    PyGC_Head unreachable, finalizers, *young, *old, *g;
    Py_ssize_t m = 0, n = 0, survivors;
    int i;

    if (st->garbage == NULL) {
        st->garbage = PyList_New(0);
        if (st->garbage == NULL)
            return 0;
    }
    if (generation + 1 < NUM_GENERATIONS)
        st->gens[generation + 1].count++;
    for (i = 0; i <= generation; i++)
        st->gens[i].count = 0;
    for (i = 0; i < generation; i++)
        gc_list_merge(GEN_HEAD(st, i), GEN_HEAD(st, generation));

    young = GEN_HEAD(st, generation);
    old = (generation < NUM_GENERATIONS - 1) ? GEN_HEAD(st, generation + 1) : young;

    copy_refcounts(young);
    subtract_internal_refs(young);
    gc_list_init(&unreachable);
    survivors = move_unreachable(young, &unreachable,
                                 generation == NUM_GENERATIONS - 1);
    if (generation == NUM_GENERATIONS - 1) {
        st->long_lived_total = survivors;
        st->long_lived_pending = 0;
    }
    else if (generation == NUM_GENERATIONS - 2)
        st->long_lived_pending += survivors;
    if (young != old)
        gc_list_merge(young, old);

    gc_list_init(&finalizers);
    move_finalizers(&unreachable, &finalizers);
    for (g = unreachable.gc.gc_next; g != &unreachable; g = g->gc.gc_next)
        m++;
    handle_weakrefs(&unreachable, old);
    delete_garbage(st, &unreachable, old);

    /* gc.garbage gets the objects with finalizers themselves (what they
       reach stays alive through them), or everything with SAVEALL. */
    for (g = finalizers.gc.gc_next; g != &finalizers; g = g->gc.gc_next) {
        n++;
        if ((st->debug & DEBUG_SAVEALL) || has_finalizer(_Py_FROM_GC(g)))
            PyList_Append(st->garbage, _Py_FROM_GC(g));
    }
    gc_list_merge(&finalizers, old);
    if (PyErr_Occurred())
        PyErr_WriteUnraisable(Py_None);
    return m + n;
}

static Py_ssize_t
collect_generations(struct _gc_state *st)
{
    int i;
    for (i = NUM_GENERATIONS - 1; i >= 0; i--) {
        if (st->gens[i].count <= st->gens[i].threshold)
            continue;
        if (i == NUM_GENERATIONS - 1 &&
            st->long_lived_pending <= st->long_lived_total / 4)
            continue;   /* not worth a walk of the whole heap yet */
        return collect(st, i);
    }
    return 0;
}

static Py_ssize_t
collect_with_guard(struct _gc_state *st, int generation)
{
    Py_ssize_t n;
    PyObject *et, *ev, *tb;
    if (st->collecting)
        return 0;
    st->collecting = 1;
    PyErr_Fetch(&et, &ev, &tb);
    n = collect(st, generation);
    PyErr_Restore(et, ev, tb);
    st->collecting = 0;
    return n;
}

/* ------------------------------------------------------------------ */
/* Allocation interface (objimpl.h) */

PyObject *
_PyObject_GC_Malloc(size_t basicsize)
{
    struct _gc_state *st;
    PyGC_Head *g;
    if (basicsize > PY_SSIZE_T_MAX - sizeof(PyGC_Head) - 16)
        return PyErr_NoMemory();
    g = (PyGC_Head *)PyObject_Malloc(GC_BLOCK_SIZE(basicsize));
    if (g == NULL)
        return PyErr_NoMemory();
    g->gc.gc_next = NULL;
    g->gc.gc_prev = NULL;
    g->gc.gc_refs = GC_UNTRACKED;
    st = current_gc();
    st->gens[0].count++;
    if (st->gens[0].count > st->gens[0].threshold && st->enabled &&
        st->gens[0].threshold && !st->collecting && !PyErr_Occurred() &&
        _PyThreadState_Current != NULL) {
        st->collecting = 1;
        collect_generations(st);
        /* A failure inside the collection (memory is short, say) is not
           the allocating caller's error. */
        if (PyErr_Occurred())
            PyErr_Clear();
        st->collecting = 0;
    }
    return _Py_FROM_GC(g);
}

PyObject *
_PyObject_GC_New(PyTypeObject *tp)
{
    PyObject *op = _PyObject_GC_Malloc(_PyObject_SIZE(tp));
    if (op != NULL)
        op = PyObject_INIT(op, tp);
    return op;
}

PyVarObject *
_PyObject_GC_NewVar(PyTypeObject *tp, Py_ssize_t nitems)
{
    PyVarObject *op;
    if (nitems < 0 || (tp->tp_itemsize &&
                       nitems > (PY_SSIZE_T_MAX - tp->tp_basicsize) / tp->tp_itemsize)) {
        PyErr_NoMemory();
        return NULL;
    }
    op = (PyVarObject *)_PyObject_GC_Malloc(_PyObject_VAR_SIZE(tp, nitems));
    if (op != NULL)
        op = PyObject_INIT_VAR(op, tp, nitems);
    return op;
}

PyVarObject *
_PyObject_GC_Resize(PyVarObject *op, Py_ssize_t nitems)
{
    PyGC_Head *g = _Py_AS_GC(op);
    PyGC_Head *prev = NULL;
    size_t basicsize;
    int tracked = (g->gc.gc_refs != GC_UNTRACKED);

    if (nitems < 0 || (op->ob_type->tp_itemsize &&
                       nitems > (PY_SSIZE_T_MAX - op->ob_type->tp_basicsize - (Py_ssize_t)sizeof(PyGC_Head))
                                / op->ob_type->tp_itemsize))
        return (PyVarObject *)PyErr_NoMemory();
    basicsize = _PyObject_VAR_SIZE(op->ob_type, nitems);
    if (tracked) {
        prev = g->gc.gc_prev;
        gc_list_remove(g);
    }
    g = (PyGC_Head *)PyObject_Realloc(g, GC_BLOCK_SIZE(basicsize));
    if (g == NULL) {
        if (tracked) {
            /* The old block is intact: put it back where it was. */
            PyGC_Head *old = _Py_AS_GC(op);
            old->gc.gc_prev = prev;
            old->gc.gc_next = prev->gc.gc_next;
            prev->gc.gc_next->gc.gc_prev = old;
            prev->gc.gc_next = old;
        }
        return (PyVarObject *)PyErr_NoMemory();
    }
    op = (PyVarObject *)_Py_FROM_GC(g);
    if (tracked) {
        g->gc.gc_prev = prev;
        g->gc.gc_next = prev->gc.gc_next;
        prev->gc.gc_next->gc.gc_prev = g;
        prev->gc.gc_next = g;
    }
    op->ob_size = nitems;
    return op;
}

void
PyObject_GC_Track(void *op)
{
    PyGC_Head *g = _Py_AS_GC((PyObject *)op);
    if (g->gc.gc_refs != GC_UNTRACKED)
        return;
    g->gc.gc_refs = GC_REACHABLE;
    gc_list_append(g, GEN_HEAD(current_gc(), 0));
}

void
PyObject_GC_UnTrack(void *op)
{
    PyGC_Head *g = _Py_AS_GC((PyObject *)op);
    if (g->gc.gc_refs == GC_UNTRACKED)
        return;
    gc_list_remove(g);
    g->gc.gc_refs = GC_UNTRACKED;
}

int
_PyObject_GC_IsTracked(PyObject *op)
{
    return PyObject_IS_GC(op) && _Py_AS_GC(op)->gc.gc_refs != GC_UNTRACKED;
}

void
PyObject_GC_Del(void *op)
{
    PyGC_Head *g = _Py_AS_GC((PyObject *)op);
    struct _gc_state *st;
    if (g->gc.gc_refs != GC_UNTRACKED)
        gc_list_remove(g);
    st = current_gc();
    if (st->gens[0].count > 0)
        st->gens[0].count--;
    PyObject_Free(g);
}

Py_ssize_t
PyGC_Collect(void)
{
    return collect_with_guard(current_gc(), NUM_GENERATIONS - 1);
}

/* What collections left of a dying interpreter's own objects.  Nothing
   but copies and proxies crosses an interpreter's boundary, so an object
   charged to its account is reachable only from its other objects: what
   is left now is garbage that collections refuse to touch, cycles with
   __del__ (gc.garbage) and all they reach.  They are broken up with
   tp_clear, every one held meanwhile so that none is freed under our
   feet; finalizers run as the references drop, bounded by the teardown
   limits the caller set.  Objects charged elsewhere are left alone: they
   are process-level objects (the shared builtins template, for one)
   that happened to be created while this interpreter was current.
   Returns how many objects were cleared, -1 when out of memory. */
static Py_ssize_t
clear_own_leftovers(struct _gc_state *st, PyMemAccount *own)
{
    PyObject **held;
    Py_ssize_t n = 0, k = 0, i;
    PyGC_Head *g;
    int gen;

    for (gen = 0; gen < NUM_GENERATIONS; gen++)
        for (g = GEN_HEAD(st, gen)->gc.gc_next; g != GEN_HEAD(st, gen);
             g = g->gc.gc_next)
            if (_PyMem_BlockAccount(g) == own)
                n++;
    if (n == 0)
        return 0;
    held = (PyObject **)PyMem_RawMalloc((size_t)n * sizeof(PyObject *));
    if (held == NULL)
        return -1;
    for (gen = 0; gen < NUM_GENERATIONS; gen++)
        for (g = GEN_HEAD(st, gen)->gc.gc_next; g != GEN_HEAD(st, gen);
             g = g->gc.gc_next)
            if (k < n && _PyMem_BlockAccount(g) == own) {
                held[k] = _Py_FROM_GC(g);
                Py_INCREF(held[k]);
                k++;
            }
    for (i = 0; i < k; i++) {
        inquiry clear = held[i]->ob_type->tp_clear;
        if (clear != NULL)
            (void)clear(held[i]);
        if (PyErr_Occurred())
            PyErr_Clear();
    }
    for (i = 0; i < k; i++)
        Py_DECREF(held[i]);
    PyMem_RawFree(held);
    if (PyErr_Occurred())
        PyErr_Clear();
    return k;
}

/* Called while a sandbox is torn down, with it current: collect its
   cycles until none is left, break up its own uncollectable leftovers
   (above), then forget whatever is still tracked so that the state
   record can go. */
void
_PyGC_InterpreterFini(PyInterpreterState *interp)
{
    PyInterpreterStateEx *ex = _PyInterpreterState_EX(interp);
    struct _gc_state *st = ex->gc;
    int i, rounds;
    if (st == NULL)
        return;
    /* Each round may run finalizers, which may make new garbage (or even
       new objects with finalizers): a few rounds, not "until done", so a
       finalizer that keeps making more cannot keep the host here. */
    for (rounds = 0; rounds < 4; rounds++) {
        Py_ssize_t cleared;
        int more = 0;
        for (i = 0; i < 8; i++) {
            if (collect_with_guard(st, NUM_GENERATIONS - 1) == 0)
                break;
        }
        Py_CLEAR(st->garbage);
        st->collecting = 1;     /* no collection while we hold them */
        cleared = clear_own_leftovers(st, ex->account);
        st->collecting = 0;
        if (cleared <= 0)
            break;
        /* Anything of ours still tracked after a clear? Another round. */
        for (i = 0; i < NUM_GENERATIONS && !more; i++) {
            PyGC_Head *g;
            for (g = GEN_HEAD(st, i)->gc.gc_next; g != GEN_HEAD(st, i);
                 g = g->gc.gc_next)
                if (_PyMem_BlockAccount(g) == ex->account) {
                    more = 1;
                    break;
                }
        }
        if (!more)
            break;
    }
    Py_CLEAR(st->garbage);
    for (i = 0; i < NUM_GENERATIONS; i++) {
        PyGC_Head *h = GEN_HEAD(st, i);
        while (!gc_list_is_empty(h)) {
            PyGC_Head *g = h->gc.gc_next;
            gc_list_remove(g);
            g->gc.gc_refs = GC_UNTRACKED;
        }
    }
    ex->gc = NULL;
    PyMem_RawFree(st);
}

/* ------------------------------------------------------------------ */
/* The gc module */

static PyObject *
gc_enable(PyObject *self, PyObject *noargs)
{
    current_gc()->enabled = 1;
    Py_RETURN_NONE;
}

static PyObject *
gc_disable(PyObject *self, PyObject *noargs)
{
    current_gc()->enabled = 0;
    Py_RETURN_NONE;
}

static PyObject *
gc_isenabled(PyObject *self, PyObject *noargs)
{
    return PyBool_FromLong(current_gc()->enabled);
}

static PyObject *
gc_collect(PyObject *self, PyObject *args, PyObject *kws)
{
    static char *kwlist[] = {"generation", NULL};
    int generation = NUM_GENERATIONS - 1;
    struct _gc_state *st = current_gc();
    Py_ssize_t n;

    if (!PyArg_ParseTupleAndKeywords(args, kws, "|i:collect", kwlist, &generation))
        return NULL;
    if (generation < 0 || generation >= NUM_GENERATIONS) {
        PyErr_SetString(PyExc_ValueError, "invalid generation");
        return NULL;
    }
    if (st->collecting)
        n = 0;
    else {
        st->collecting = 1;
        n = collect(st, generation);
        st->collecting = 0;
    }
    if (PyErr_Occurred())
        return NULL;
    return PyInt_FromSsize_t(n);
}

static PyObject *
gc_set_debug(PyObject *self, PyObject *args)
{
    if (!PyArg_ParseTuple(args, "i:set_debug", &current_gc()->debug))
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
gc_get_debug(PyObject *self, PyObject *noargs)
{
    return Py_BuildValue("i", current_gc()->debug);
}

static PyObject *
gc_set_thresh(PyObject *self, PyObject *args)
{
    struct _gc_state *st = current_gc();
    int i;
    if (!PyArg_ParseTuple(args, "i|ii:set_threshold", &st->gens[0].threshold,
                          &st->gens[1].threshold, &st->gens[2].threshold))
        return NULL;
    for (i = 2; i < NUM_GENERATIONS; i++)
        st->gens[i].threshold = st->gens[2].threshold;
    Py_RETURN_NONE;
}

static PyObject *
gc_get_thresh(PyObject *self, PyObject *noargs)
{
    struct _gc_state *st = current_gc();
    return Py_BuildValue("(iii)", st->gens[0].threshold, st->gens[1].threshold,
                         st->gens[2].threshold);
}

static PyObject *
gc_get_count(PyObject *self, PyObject *noargs)
{
    struct _gc_state *st = current_gc();
    return Py_BuildValue("(iii)", st->gens[0].count, st->gens[1].count, st->gens[2].count);
}

static int
referrers_visit(PyObject *op, PyObject *targets)
{
    Py_ssize_t i;
    for (i = 0; i < PyTuple_GET_SIZE(targets); i++)
        if (PyTuple_GET_ITEM(targets, i) == op)
            return 1;
    return 0;
}

static PyObject *
gc_get_referrers(PyObject *self, PyObject *targets)
{
    struct _gc_state *st = current_gc();
    PyObject *result = PyList_New(0);
    int i;
    if (result == NULL)
        return NULL;
    for (i = 0; i < NUM_GENERATIONS; i++) {
        PyGC_Head *h = GEN_HEAD(st, i), *g;
        for (g = h->gc.gc_next; g != h; g = g->gc.gc_next) {
            PyObject *op = _Py_FROM_GC(g);
            traverseproc trav = op->ob_type->tp_traverse;
            if (op == targets || op == result || trav == NULL)
                continue;
            if (trav(op, (visitproc)referrers_visit, targets)) {
                if (PyList_Append(result, op) < 0) {
                    Py_DECREF(result);
                    return NULL;
                }
            }
        }
    }
    return result;
}

static int
referents_visit(PyObject *op, PyObject *list)
{
    return PyList_Append(list, op) < 0;
}

static PyObject *
gc_get_referents(PyObject *self, PyObject *args)
{
    Py_ssize_t i;
    PyObject *result = PyList_New(0);
    if (result == NULL)
        return NULL;
    for (i = 0; i < PyTuple_GET_SIZE(args); i++) {
        PyObject *op = PyTuple_GET_ITEM(args, i);
        traverseproc trav;
        if (!PyObject_IS_GC(op))
            continue;
        trav = op->ob_type->tp_traverse;
        if (trav == NULL)
            continue;
        if (trav(op, (visitproc)referents_visit, result)) {
            Py_DECREF(result);
            return NULL;
        }
    }
    return result;
}

static PyObject *
gc_get_objects(PyObject *self, PyObject *noargs)
{
    struct _gc_state *st = current_gc();
    PyObject *result = PyList_New(0);
    int i;
    if (result == NULL)
        return NULL;
    for (i = 0; i < NUM_GENERATIONS; i++) {
        PyGC_Head *h = GEN_HEAD(st, i), *g;
        for (g = h->gc.gc_next; g != h; g = g->gc.gc_next) {
            PyObject *op = _Py_FROM_GC(g);
            if (op == result)
                continue;
            if (PyList_Append(result, op) < 0) {
                Py_DECREF(result);
                return NULL;
            }
        }
    }
    return result;
}

static PyMethodDef gc_methods[] = {
    {"enable", gc_enable, METH_NOARGS, "enable() -> None\n\nEnable automatic garbage collection."},
    {"disable", gc_disable, METH_NOARGS, "disable() -> None\n\nDisable automatic garbage collection."},
    {"isenabled", gc_isenabled, METH_NOARGS, "isenabled() -> status\n\nReturns true if automatic garbage collection is enabled."},
    {"set_debug", gc_set_debug, METH_VARARGS, "set_debug(flags) -> None\n\nSet the garbage collection debugging flags."},
    {"get_debug", gc_get_debug, METH_NOARGS, "get_debug() -> flags\n\nGet the garbage collection debugging flags."},
    {"get_count", gc_get_count, METH_NOARGS, "get_count() -> (count0, count1, count2)\n\nReturn the current collection counts"},
    {"set_threshold", gc_set_thresh, METH_VARARGS, "set_threshold(threshold0, [threshold1, threshold2]) -> None\n\nSets the collection thresholds."},
    {"get_threshold", gc_get_thresh, METH_NOARGS, "get_threshold() -> (threshold0, threshold1, threshold2)\n\nReturn the current collection thresholds"},
    {"collect", (PyCFunction)gc_collect, METH_VARARGS | METH_KEYWORDS, "collect([generation]) -> n\n\nRun a full collection; return the number of unreachable objects found."},
    {"get_objects", gc_get_objects, METH_NOARGS, "get_objects() -> [...]\n\nReturn a list of objects tracked by the collector."},
    {"get_referrers", gc_get_referrers, METH_VARARGS, "get_referrers(*objs) -> list\nReturn the list of objects that directly refer to any of objs."},
    {"get_referents", gc_get_referents, METH_VARARGS, "get_referents(*objs) -> list\nReturn the list of objects that are directly referred to by objs."},
    {NULL, NULL, 0, NULL}
};

PyMODINIT_FUNC
initgc(void)
{
    struct _gc_state *st = current_gc();
    PyObject *m = Py_InitModule3("gc", gc_methods,
        "This module provides access to the garbage collector for reference cycles.");
    if (m == NULL)
        return;
    if (st->garbage == NULL) {
        st->garbage = PyList_New(0);
        if (st->garbage == NULL)
            return;
    }
    Py_INCREF(st->garbage);
    if (PyModule_AddObject(m, "garbage", st->garbage) < 0)
        return;
    PyModule_AddIntConstant(m, "DEBUG_STATS", DEBUG_STATS);
    PyModule_AddIntConstant(m, "DEBUG_COLLECTABLE", DEBUG_COLLECTABLE);
    PyModule_AddIntConstant(m, "DEBUG_UNCOLLECTABLE", DEBUG_UNCOLLECTABLE);
    PyModule_AddIntConstant(m, "DEBUG_INSTANCES", DEBUG_INSTANCES);
    PyModule_AddIntConstant(m, "DEBUG_OBJECTS", DEBUG_OBJECTS);
    PyModule_AddIntConstant(m, "DEBUG_SAVEALL", DEBUG_SAVEALL);
    PyModule_AddIntConstant(m, "DEBUG_LEAK", DEBUG_LEAK);
}
