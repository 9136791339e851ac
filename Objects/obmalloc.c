/* The accounted allocator behind PyMem_* and PyObject_*.

   Every block belongs to a memory account (one per interpreter, plus the
   process account used before any interpreter exists).  The account is
   charged for what the block really costs and credited when the block is
   freed, whichever interpreter is current at that moment, so memory never
   moves between accounts.

   Small requests (<= SMALL_MAX bytes) are carved from 4 KiB pools.  A pool
   serves one size class and belongs to one account; the account is charged
   the whole pool when it takes it and credited when the pool empties, so
   fragmentation is charged too and a limit bounds real pages.  Pools live
   in 256 KiB arenas obtained with mmap; a radix map of arena addresses
   tells a pool block from a large block on free without touching memory we
   do not own.

   An arena whose pools are all free goes back to the system (one spare is
   kept), and new pools come from the fullest arena first so that the
   others can empty: after a sandbox that used its whole limit is torn
   down, the process does not keep that memory.

   Idle pools: when the only pool an account has for a size class empties,
   the account is credited as usual but keeps the pool (at most
   IDLE_POOLS_MAX of them), so that a block taken and freed over and over
   (the argument tuple of a call, say) does not take a pool from an arena
   and give it back every time.  The next block of that class charges the
   pool again, so the account's figures and its limit are exactly those
   of a pool given back and taken anew.  Idle pools never keep an arena
   alive (when the rest of the arena is free they go back to it) and go
   back when their account is released.

   Large requests carry a 16-byte header naming the account and the
   charge.  Up to LARGE_MMAP_MIN they go to malloc (charged the usable size
   plus malloc's own chunk header); bigger ones are mapped directly
   (charged the pages), so that freeing them returns the pages at once
   whatever malloc's own policy on trimming and thresholds.

   Building with -DPy_ALLOC_MALLOC_ONLY (sanitizer and valgrind builds)
   sends every request down the large path so the tools see each block. */

#include "Python.h"
#include <sys/mman.h>
#include <malloc.h>

/* 8-byte size classes as in 2.5: the common 24-byte objects (int, float)
   then cost 24 bytes, not 32.  (Sanitizer builds use malloc for every
   block, which gives the 16-byte alignment those tools check.) */
#define ALIGNMENT 8
#define ALIGNMENT_SHIFT 3
#define SMALL_MAX 512
#define NUM_CLASSES (SMALL_MAX / ALIGNMENT)
#define POOL_SIZE 4096
#define POOL_MASK ((uintptr_t)POOL_SIZE - 1)
#define ARENA_SIZE (256 * 1024)
#define ARENA_SHIFT 18
#define POOLS_PER_ARENA (ARENA_SIZE / POOL_SIZE)

/* Per account; each is a 4 KiB pool held but not charged. */
#define IDLE_POOLS_MAX 4

#define LARGE_HEADER 16
#define TRIM_AFTER_PEAK ((size_t)4 << 20)
#define MALLOC_CHUNK_OVERHEAD 8

struct pool;
struct arena;

struct _PyMemAccount {
    size_t used;            /* bytes charged now */
    size_t peak;            /* high-water mark of used */
    size_t limit;           /* 0: unlimited */
    int released;           /* owner is gone; free this when used hits 0 */
    int limit_hit;          /* a request was refused for the limit */
    /* idle pools (see the top of the file), kept in turn: the next one
       goes to slot idle_turn, replacing what is there */
    struct pool *idle[IDLE_POOLS_MAX];
    unsigned int idle_turn;
    /* pools of each class that had a free block when last looked at:
       a pool that fills up stays listed until an allocation finds it
       full (so one freed and reallocated block costs no list work) */
    struct pool *usedpools[NUM_CLASSES];
};

typedef struct pool {
    struct pool *next;      /* in the owner's usedpools list or the free list */
    struct pool *prev;
    PyMemAccount *owner;
    struct arena *arena;    /* the arena the pool is carved from */
    void *freeblock;        /* singly linked free blocks inside the pool */
    unsigned int nused;     /* blocks handed out */
    unsigned int szclass;
    unsigned int nextoffset;    /* next never-used block */
    unsigned int maxnextoffset;
    int listed;                 /* in the owner's usedpools list: 1, or
                                   IDLE_LISTED + i for the idle pool in
                                   slot i of the owner's ring */
} pool;

#define IDLE_LISTED 2

#define POOL_HEADER_SIZE ((sizeof(pool) + 15) & ~(size_t)15)
#define CLASS_SIZE(c) (((size_t)(c) + 1) << ALIGNMENT_SHIFT)
#define POOL_OF(p) ((pool *)((uintptr_t)(p) & ~POOL_MASK))

static PyMemAccount process_account;
static PyMemAccount *current_account = &process_account;

/* Number of account records in existence besides the process account
   (released ones count until their last block is freed).  While it is 1
   or less, every block belongs to the one interpreter or to the process:
   frameobject.c then skips its per-account checks. */
int _PyMem_NumAccounts = 0;

/* ------------------------------------------------------------------ */
/* Arenas.  The record of an arena is kept outside it (malloc), so that
   an empty arena can be unmapped whole. */

typedef struct arena {
    char *base;                 /* ARENA_SIZE-aligned */
    pool *free;                 /* its free pools, singly linked */
    unsigned int nfree;
    unsigned int nidle;         /* idle pools of some account in it */
    struct arena *prev, *next;  /* in usable_arenas while nfree > 0 */
} arena;

/* Arenas with a free pool, fewest free pools first: new pools come from
   the fullest arena, so the emptier ones get a chance to empty. */
static arena *usable_arenas;
static size_t arenas_mapped;
static int free_arenas;         /* wholly free arenas kept (0 or 1) */

/* Arena address map: a two-level radix tree from an address's arena
   number to the arena record (NULL: not one of ours). */

#define MAP_TOP_BITS 15
#define MAP_LEAF_BITS (48 - ARENA_SHIFT - MAP_TOP_BITS)
#define MAP_LEAF_SIZE (1u << MAP_LEAF_BITS)

static arena **arena_map[1u << MAP_TOP_BITS];

static int
arena_map_set(uintptr_t base, arena *ar)
{
    uintptr_t key = base >> ARENA_SHIFT;
    uintptr_t top = (key >> MAP_LEAF_BITS) & ((1u << MAP_TOP_BITS) - 1);
    uintptr_t leaf = key & (MAP_LEAF_SIZE - 1);
    if (arena_map[top] == NULL) {
        if (ar == NULL)
            return 0;
        arena_map[top] = (arena **)calloc(MAP_LEAF_SIZE, sizeof(arena *));
        if (arena_map[top] == NULL)
            return -1;
    }
    arena_map[top][leaf] = ar;
    return 0;
}

static inline int
address_in_arenas(const void *p)
{
    uintptr_t key = (uintptr_t)p >> ARENA_SHIFT;
    uintptr_t top, leaf;
    if ((uintptr_t)p >> 48)
        return 0;
    top = key >> MAP_LEAF_BITS;
    leaf = key & (MAP_LEAF_SIZE - 1);
    return arena_map[top] != NULL && arena_map[top][leaf] != NULL;
}

static void
usable_unlink(arena *ar)
{
    if (ar->prev)
        ar->prev->next = ar->next;
    else
        usable_arenas = ar->next;
    if (ar->next)
        ar->next->prev = ar->prev;
    ar->prev = ar->next = NULL;
}

/* Put ar, which has free pools, in its place in usable_arenas, looking
   from `from` (its old neighbour, or the head) towards the tail. */
static void
usable_place(arena *ar, arena *from)
{
    arena *before = NULL, *cur = from;
    if (cur == NULL)
        cur = usable_arenas;
    else
        before = cur->prev;
    while (cur != NULL && cur->nfree < ar->nfree) {
        before = cur;
        cur = cur->next;
    }
    ar->prev = before;
    ar->next = cur;
    if (before)
        before->next = ar;
    else
        usable_arenas = ar;
    if (cur)
        cur->prev = ar;
}

static arena *
new_arena(void)
{
    size_t span = 2 * ARENA_SIZE;
    char *raw, *base;
    uintptr_t aligned;
    arena *ar;
    int i;

    ar = (arena *)malloc(sizeof(arena));
    if (ar == NULL)
        return NULL;
    raw = mmap(NULL, span, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (raw == MAP_FAILED) {
        free(ar);
        return NULL;
    }
    aligned = ((uintptr_t)raw + ARENA_SIZE - 1) & ~((uintptr_t)ARENA_SIZE - 1);
    base = (char *)aligned;
    /* Give back the slack on both sides so only the aligned arena stays. */
    if (base > raw)
        munmap(raw, base - raw);
    if (base + ARENA_SIZE < raw + span)
        munmap(base + ARENA_SIZE, (raw + span) - (base + ARENA_SIZE));
    if (arena_map_set(aligned, ar) < 0) {
        munmap(base, ARENA_SIZE);
        free(ar);
        return NULL;
    }
    ar->base = base;
    ar->free = NULL;
    for (i = POOLS_PER_ARENA - 1; i >= 0; i--) {
        pool *p = (pool *)(base + (size_t)i * POOL_SIZE);
        p->owner = NULL;
        p->arena = ar;
        p->next = ar->free;
        ar->free = p;
    }
    ar->nfree = POOLS_PER_ARENA;
    ar->nidle = 0;
    ar->prev = ar->next = NULL;
    usable_place(ar, NULL);
    arenas_mapped++;
    return ar;
}

/* A free pool from the fullest usable arena, or NULL. */
static pool *
take_free_pool(void)
{
    arena *ar = usable_arenas;
    pool *p;
    if (ar == NULL && (ar = new_arena()) == NULL)
        return NULL;
    if (ar->nfree == POOLS_PER_ARENA)
        free_arenas = 0;        /* the spare is in use */
    p = ar->free;
    ar->free = p->next;
    /* still the fullest; it leaves the list when it has none left */
    if (--ar->nfree == 0)
        usable_unlink(ar);
    return p;
}

static void reclaim_idle_pools(arena *ar);

static void
give_back_pool(pool *p)
{
    arena *ar = p->arena;
    unsigned int had = ar->nfree;

    p->next = ar->free;
    ar->free = p;
    ar->nfree++;
    /* Idle pools do not keep an otherwise free arena. */
    if (ar->nidle != 0 && ar->nfree + ar->nidle == POOLS_PER_ARENA)
        reclaim_idle_pools(ar);
    if (had == 0) {
        usable_place(ar, NULL);
        if (ar->nfree < POOLS_PER_ARENA)
            return;
    }
    else if (ar->next != NULL && ar->next->nfree < ar->nfree) {
        arena *from = ar->next;
        usable_unlink(ar);
        usable_place(ar, from);
    }
    /* Wholly free: back to the system, unless it is the only one, kept as
       the spare so that memory freed and taken again in a loop (a
       sandbox made and torn down per request, while the host holds a
       partly used arena) costs no system call each time. */
    if (ar->nfree == POOLS_PER_ARENA) {
        if (free_arenas > 0) {
            usable_unlink(ar);
            arena_map_set((uintptr_t)ar->base, NULL);
            munmap(ar->base, ARENA_SIZE);
            free(ar);
            arenas_mapped--;
        }
        else
            free_arenas = 1;
    }
}

/* ------------------------------------------------------------------ */
/* Charging. */

#ifdef WITH_MEMORY_ACCOUNTING
static inline int
account_charge(PyMemAccount *a, size_t n)
{
    size_t now = a->used + n;
    if (a->limit != 0 && (now > a->limit || now < a->used)) {
        a->limit_hit = 1;
        return -1;
    }
    a->used = now;
    if (now > a->peak)
        a->peak = now;
    return 0;
}

static void
account_credit(PyMemAccount *a, size_t n)
{
    a->used -= n;
    if (a->released && a->used == 0 && a != &process_account) {
        free(a);
        _PyMem_NumAccounts--;
    }
}
#endif

/* ./configure --without-memory-accounting builds the same allocator
   with every block in the process account and no charging, only to
   measure what accounting costs (Tools/bench/accounting_overhead.sh);
   limits do not work in such a build. */
#ifdef WITH_MEMORY_ACCOUNTING
#define CHARGE(a, n) account_charge((a), (n))
#define CREDIT(a, n) account_credit((a), (n))
#define NEW_BLOCK_ACCOUNT() current_account
#else
#define CHARGE(a, n) 0
#define CREDIT(a, n) ((void)0)
#define NEW_BLOCK_ACCOUNT() (&process_account)
#endif

/* ------------------------------------------------------------------ */
/* Small blocks. */

static void
pool_unlist(PyMemAccount *a, pool *p)
{
    if (p->prev)
        p->prev->next = p->next;
    else
        a->usedpools[p->szclass] = p->next;
    if (p->next)
        p->next->prev = p->prev;
    p->next = p->prev = NULL;
    p->listed = 0;
}

/* p, an idle pool of a, is idle no more (charged again, or going back). */
static inline void
idle_forget(PyMemAccount *a, pool *p)
{
    a->idle[p->listed - IDLE_LISTED] = NULL;
    p->listed = 1;
    p->arena->nidle--;
}

/* The idle pools of ar (credited already) go to its free list, not
   through give_back_pool: the caller is placing the arena.  A free pool
   has no owner; an idle one has, and is marked in p->listed. */
static void
reclaim_idle_pools(arena *ar)
{
    unsigned int i;

    for (i = 0; i < POOLS_PER_ARENA && ar->nidle != 0; i++) {
        pool *p = (pool *)(ar->base + (size_t)i * POOL_SIZE);
        if (p->owner == NULL || p->listed < IDLE_LISTED)
            continue;
        idle_forget(p->owner, p);
        pool_unlist(p->owner, p);
        p->owner = NULL;
        p->next = ar->free;
        ar->free = p;
        ar->nfree++;
    }
}

/* An idle pool that is no longer wanted goes back to its arena. */
static void
drop_idle_pool(PyMemAccount *a, pool *p)
{
    idle_forget(a, p);
    pool_unlist(a, p);
    p->owner = NULL;
    give_back_pool(p);
}

/* p, the only pool of its class in a, is empty: keep it idle in the next
   place of a's ring (round robin: a pool still there after IDLE_POOLS_MAX
   others were kept has not been wanted for a while, and goes back),
   unless it would be all that is left of its arena.  0: not kept. */
static int
idle_keep(PyMemAccount *a, pool *p)
{
    unsigned int slot = a->idle_turn;
    pool *old;

    if (p->arena->nfree + p->arena->nidle + 1 >= POOLS_PER_ARENA)
        return 0;
    a->idle_turn = (slot + 1) % IDLE_POOLS_MAX;
    old = a->idle[slot];
    if (old != NULL) {
        drop_idle_pool(a, old);
        if (p->arena->nfree + p->arena->nidle + 1 >= POOLS_PER_ARENA)
            return 0;
    }
    a->idle[slot] = p;
    p->listed = IDLE_LISTED + (int)slot;
    /* blocks are carved afresh when it is charged (and not before: see
       pool_alloc) */
    p->freeblock = NULL;
    p->nextoffset = POOL_SIZE;
    p->arena->nidle++;
    return 1;
}

static void
pool_list(PyMemAccount *a, pool *p)
{
    unsigned int c = p->szclass;
    p->prev = NULL;
    p->next = a->usedpools[c];
    if (p->next)
        p->next->prev = p;
    a->usedpools[c] = p;
    p->listed = 1;
}

/* A block came back to a pool that was dropped as full.  The pool goes
   second in the list: the head keeps serving, and this one gathers more
   free blocks before its turn (at the head, it would fill up and be
   dropped again at every free/allocate pair). */
static void
pool_relist(PyMemAccount *a, pool *p)
{
    pool *head = a->usedpools[p->szclass];

    if (head == NULL) {
        pool_list(a, p);
        return;
    }
    p->prev = head;
    p->next = head->next;
    if (p->next)
        p->next->prev = p;
    head->next = p;
    p->listed = 1;
}

/* A pool from an arena for class c of a, its first block taken. */
static __attribute__((noinline)) void *
pool_alloc_new(PyMemAccount *a, unsigned int c)
{
    pool *p;

    if (CHARGE(a, POOL_SIZE) < 0)
        return NULL;
    p = take_free_pool();
    if (p == NULL) {
        CREDIT(a, POOL_SIZE);
        return NULL;
    }
    p->owner = a;
    p->szclass = c;
    p->nused = 1;
    p->freeblock = NULL;
    p->maxnextoffset = (unsigned int)(POOL_SIZE - CLASS_SIZE(c));
    p->nextoffset = (unsigned int)(POOL_HEADER_SIZE + CLASS_SIZE(c));
    pool_list(a, p);
    return (char *)p + POOL_HEADER_SIZE;
}

/* No free block at the head of the list: carve a never-used block, drop
   full pools from the list, charge the idle pool again or start a new
   pool. */
static __attribute__((noinline)) void *
pool_alloc_slow(PyMemAccount *a, unsigned int c)
{
    pool *p;
    void *block;

    for (;;) {
        p = a->usedpools[c];
        if (p == NULL)
            break;
        if (p->listed >= IDLE_LISTED) {
            /* Idle (always the head).  Pools listed behind it have free
               blocks, which are used first, as if it had gone back. */
            if (p->next != NULL) {
                drop_idle_pool(a, p);
                continue;
            }
            if (CHARGE(a, POOL_SIZE) < 0)
                return NULL;
            idle_forget(a, p);
            p->nused = 1;
            p->nextoffset = (unsigned int)(POOL_HEADER_SIZE + CLASS_SIZE(c));
            return (char *)p + POOL_HEADER_SIZE;
        }
        if (p->freeblock != NULL) {
            block = p->freeblock;
            p->freeblock = *(void **)block;
            p->nused++;
            return block;
        }
        if (p->nextoffset <= p->maxnextoffset) {
            block = (char *)p + p->nextoffset;
            p->nextoffset += (unsigned int)CLASS_SIZE(c);
            p->nused++;
            return block;
        }
        pool_unlist(a, p);      /* full */
    }
    return pool_alloc_new(a, c);
}

static inline void *
pool_alloc(PyMemAccount *a, size_t nbytes)
{
    unsigned int c = (unsigned int)((nbytes - 1) >> ALIGNMENT_SHIFT);
    pool *p = a->usedpools[c];
    void *block;

    if (p != NULL) {
        if ((block = p->freeblock) != NULL) {
            p->freeblock = *(void **)block;
            p->nused++;
            return block;
        }
        /* a young pool: its next never-used block (an idle pool's
           nextoffset is past the end, so it goes to the slow path) */
        if (p->nextoffset <= p->maxnextoffset) {
            block = (char *)p + p->nextoffset;
            p->nextoffset += (unsigned int)CLASS_SIZE(c);
            p->nused++;
            return block;
        }
    }
    return pool_alloc_slow(a, c);
}

/* The last block of p was freed: credit the pool, and keep it idle if it
   is the account's only pool of its class (see the top of the file). */
static void
pool_release(pool *p)
{
    PyMemAccount *a = p->owner;

    if (p->listed && p->prev == NULL && p->next == NULL && !a->released &&
        idle_keep(a, p)) {
        CREDIT(a, POOL_SIZE);
        return;
    }
    if (p->listed)
        pool_unlist(a, p);
    p->owner = NULL;
    give_back_pool(p);
    CREDIT(a, POOL_SIZE);
}

/* What freeing a pool block does beyond the fast path of PyObject_Free. */
static __attribute__((noinline)) void
pool_free_rare(pool *p)
{
    if (p->nused == 0)
        pool_release(p);
    else if (!p->listed)
        pool_relist(p->owner, p);
}

/* ------------------------------------------------------------------ */
/* Large blocks. */

typedef struct {
    PyMemAccount *owner;
    size_t charge;          /* top bit set: the block is mapped, and the
                               rest is the length of the mapping (not the
                               low bit: malloc_usable_size may be odd, as
                               under AddressSanitizer) */
} large_header;

#define LARGE_MAPPED (~((size_t)-1 >> 1))
/* From this size (header included) a large block is mapped directly. */
#define LARGE_MMAP_MIN ((size_t)128 * 1024)
#define PAGE_ROUND(n) (((n) + 4095) & ~(size_t)4095)

static inline size_t
large_charge(const large_header *h)
{
    return h->charge & ~LARGE_MAPPED;
}

/* The limit alone refuses a request before any system call. */
static inline int
over_limit_alone(PyMemAccount *a, size_t nbytes)
{
    if (nbytes > PY_SSIZE_T_MAX - LARGE_HEADER - 4096)
        return 1;
    if (a->limit != 0 && nbytes > a->limit) {
        a->limit_hit = 1;
        return 1;
    }
    return 0;
}

static void *
large_alloc(PyMemAccount *a, size_t nbytes)
{
    char *raw;
    large_header *h;
    size_t charge;

    if (over_limit_alone(a, nbytes))
        return NULL;
#ifndef Py_ALLOC_MALLOC_ONLY
    if (nbytes + LARGE_HEADER >= LARGE_MMAP_MIN) {
        charge = PAGE_ROUND(nbytes + LARGE_HEADER);
        if (CHARGE(a, charge) < 0)
            return NULL;
        raw = mmap(NULL, charge, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (raw == MAP_FAILED) {
            CREDIT(a, charge);
            return NULL;
        }
        h = (large_header *)raw;
        h->owner = a;
        h->charge = charge | LARGE_MAPPED;
        return raw + LARGE_HEADER;
    }
#endif
    raw = (char *)malloc(nbytes + LARGE_HEADER);
    if (raw == NULL)
        return NULL;
    charge = malloc_usable_size(raw) + MALLOC_CHUNK_OVERHEAD;
    if (CHARGE(a, charge) < 0) {
        free(raw);
        return NULL;
    }
    h = (large_header *)raw;
    h->owner = a;
    h->charge = charge;
    return raw + LARGE_HEADER;
}

static __attribute__((noinline)) void
large_free(void *p)
{
    large_header *h;
    PyMemAccount *a;
    size_t charge;

    if (p == NULL)
        return;
    h = (large_header *)((char *)p - LARGE_HEADER);
    a = h->owner;
    charge = large_charge(h);
    if (h->charge & LARGE_MAPPED)
        munmap(h, charge);
    else
        free(h);
    CREDIT(a, charge);
}

/* Resize a large block in place or by moving it; NULL (old block intact)
   on failure. */
static void *
large_realloc(void *p, size_t nbytes)
{
    large_header *h = (large_header *)((char *)p - LARGE_HEADER);
    PyMemAccount *a = h->owner;
    size_t old_charge = large_charge(h), new_charge;
    int mapped = (h->charge & LARGE_MAPPED) != 0;
    char *raw;

    if (over_limit_alone(a, nbytes))
        return NULL;
#ifndef Py_ALLOC_MALLOC_ONLY
    if (mapped != (nbytes + LARGE_HEADER >= LARGE_MMAP_MIN))
        return NULL;            /* crossing the threshold: the caller moves it */
#endif
    /* (malloc may round the block up: its usable size, charged below,
       is counted here at its largest, 15 bytes more) */
    new_charge = mapped ? PAGE_ROUND(nbytes + LARGE_HEADER)
                        : nbytes + LARGE_HEADER + 15 + MALLOC_CHUNK_OVERHEAD;
    /* Check the limit first so that on failure the old block is
       untouched, as realloc's contract requires. */
    if (new_charge > old_charge && a->limit != 0 &&
        a->used - old_charge + new_charge > a->limit) {
        a->limit_hit = 1;
        return NULL;
    }
    if (mapped) {
        raw = mremap(h, old_charge, new_charge, MREMAP_MAYMOVE);
        if (raw == MAP_FAILED)
            return NULL;
    }
    else {
        raw = (char *)realloc(h, nbytes + LARGE_HEADER);
        if (raw == NULL)
            return NULL;
        new_charge = malloc_usable_size(raw) + MALLOC_CHUNK_OVERHEAD;
    }
    h = (large_header *)raw;
#ifdef WITH_MEMORY_ACCOUNTING
    a->used = a->used - old_charge + new_charge;
    if (a->used > a->peak)
        a->peak = a->used;
#endif
    h->charge = new_charge | (mapped ? LARGE_MAPPED : 0);
    return raw + LARGE_HEADER;
}

static size_t
block_capacity(void *p)
{
    large_header *h;
    if (address_in_arenas(p))
        return CLASS_SIZE(POOL_OF(p)->szclass);
    h = (large_header *)((char *)p - LARGE_HEADER);
    if (h->charge & LARGE_MAPPED)
        return large_charge(h) - LARGE_HEADER;
    return malloc_usable_size(h) - LARGE_HEADER;
}

/* ------------------------------------------------------------------ */
/* Public entry points. */

static inline void *
alloc_in(PyMemAccount *a, size_t nbytes)
{
#ifndef Py_ALLOC_MALLOC_ONLY
    /* 1 .. SMALL_MAX in one test */
    if (nbytes - 1 < SMALL_MAX)
        return pool_alloc(a, nbytes);
#endif
    if (nbytes == 0)
        nbytes = 1;
#ifndef Py_ALLOC_MALLOC_ONLY
    if (nbytes <= SMALL_MAX)
        return pool_alloc(a, nbytes);
#endif
    return large_alloc(a, nbytes);
}

void *
PyObject_Malloc(size_t nbytes)
{
    return alloc_in(NEW_BLOCK_ACCOUNT(), nbytes);
}

/* Kept free of calls other than in tail position, so that the common
   case (a pool block, the pool stays listed) needs no stack frame.
   NULL is in no arena (none can start at address 0) and goes to
   large_free. */
void
PyObject_Free(void *p)
{
    pool *pl;

    if (!address_in_arenas(p)) {
        large_free(p);
        return;
    }
    pl = POOL_OF(p);
    *(void **)p = pl->freeblock;
    pl->freeblock = p;
    if (--pl->nused != 0 && pl->listed)
        return;
    pool_free_rare(pl);
}

void *
PyObject_Realloc(void *p, size_t nbytes)
{
    void *q;
    size_t cap;
    PyMemAccount *owner;

    if (p == NULL)
        return PyObject_Malloc(nbytes);
    if (nbytes == 0)
        nbytes = 1;
    if (address_in_arenas(p)) {
        cap = CLASS_SIZE(POOL_OF(p)->szclass);
        owner = POOL_OF(p)->owner;
        /* Keep the block unless it would waste most of it. */
        if (nbytes <= cap && nbytes > cap / 2)
            return p;
    }
    else {
        owner = ((large_header *)((char *)p - LARGE_HEADER))->owner;
        if (nbytes > SMALL_MAX) {
            q = large_realloc(p, nbytes);
            if (q != NULL)
                return q;
            if (over_limit_alone(owner, nbytes))
                return NULL;
        }
        cap = block_capacity(p);
    }
    /* The block moves but stays charged to the account that owns it. */
    q = alloc_in(owner, nbytes);
    if (q == NULL)
        return NULL;
    memcpy(q, p, cap < nbytes ? cap : nbytes);
    PyObject_Free(p);
    return q;
}

void *
PyMem_Malloc(size_t nbytes)
{
    if (nbytes > (size_t)PY_SSIZE_T_MAX)
        return NULL;
    return alloc_in(NEW_BLOCK_ACCOUNT(), nbytes);
}

void *
PyMem_Realloc(void *p, size_t nbytes)
{
    if (nbytes > (size_t)PY_SSIZE_T_MAX)
        return NULL;
    return PyObject_Realloc(p, nbytes);
}

void
PyMem_Free(void *p)
{
    PyObject_Free(p);
}

void *
PyMem_RawMalloc(size_t n)
{
    return malloc(n ? n : 1);
}

void *
PyMem_RawRealloc(void *p, size_t n)
{
    return realloc(p, n ? n : 1);
}

void
PyMem_RawFree(void *p)
{
    free(p);
}

/* ------------------------------------------------------------------ */
/* Accounts. */

PyMemAccount *
_PyMem_AccountNew(size_t limit)
{
    PyMemAccount *a = (PyMemAccount *)calloc(1, sizeof(PyMemAccount));
    if (a != NULL) {
        a->limit = limit;
        _PyMem_NumAccounts++;
    }
    return a;
}

/* The owner is gone.  Blocks still charged here (objects that outlive
   their interpreter, which teardown tries to prevent) keep the record
   alive until the last one is freed. */
void
_PyMem_AccountRelease(PyMemAccount *a)
{
    unsigned int i;

    if (a == NULL || a == &process_account)
        return;
    if (current_account == a)
        current_account = &process_account;
    a->released = 1;
    /* Its idle pools go back now (none is kept from now on). */
    for (i = 0; i < IDLE_POOLS_MAX; i++) {
        if (a->idle[i] != NULL)
            drop_idle_pool(a, a->idle[i]);
    }
    /* What its large blocks took from malloc's heap is free now, but
       malloc keeps it unless the top of the heap is free: hand the free
       pages back, so that a big sandbox leaves no RSS behind.  (Small
       sandboxes skip it: it walks the heap.) */
    if (a->peak >= TRIM_AFTER_PEAK)
        malloc_trim(0);
    if (a->used == 0) {
        free(a);
        _PyMem_NumAccounts--;
    }
}

size_t _PyMem_AccountUsed(PyMemAccount *a) { return a ? a->used : process_account.used; }
size_t _PyMem_AccountPeak(PyMemAccount *a) { return a ? a->peak : process_account.peak; }
size_t _PyMem_AccountLimit(PyMemAccount *a) { return a ? a->limit : process_account.limit; }

void
_PyMem_AccountSetLimit(PyMemAccount *a, size_t limit)
{
    if (a == NULL)
        a = &process_account;
    a->limit = limit;
}

int
_PyMem_AccountLimitHit(PyMemAccount *a, int clear)
{
    int hit;
    if (a == NULL)
        a = &process_account;
    hit = a->limit_hit;
    if (clear)
        a->limit_hit = 0;
    return hit;
}

PyMemAccount *
_PyMem_SetCurrentAccount(PyMemAccount *a)
{
    PyMemAccount *old = current_account;
    current_account = a ? a : &process_account;
    return old;
}

PyMemAccount *
_PyMem_CurrentAccount(void)
{
    return current_account;
}

PyMemAccount *
_PyMem_ProcessAccount(void)
{
    return &process_account;
}

int
_PyMem_CheckAvailable(size_t nbytes)
{
    PyMemAccount *a = current_account;
    if (nbytes > (size_t)PY_SSIZE_T_MAX ||
        (a->limit != 0 && (nbytes > a->limit || a->used + nbytes > a->limit))) {
        if (a->limit != 0)
            a->limit_hit = 1;
        PyErr_NoMemory();
        return -1;
    }
    return 0;
}

size_t
_PyMem_BlockSize(void *p)
{
    return p ? block_capacity(p) : 0;
}

/* The account a block (from PyObject_Malloc/PyMem_Malloc) is charged
   to.  Used by frameobject.c to keep a code object's spare frame only
   within one account. */
PyMemAccount *
_PyMem_BlockAccount(void *p)
{
    if (p == NULL)
        return NULL;
    if (address_in_arenas(p))
        return POOL_OF(p)->owner;
    return ((large_header *)((char *)p - LARGE_HEADER))->owner;
}
