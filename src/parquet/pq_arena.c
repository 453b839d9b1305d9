/*
 * pq_arena.c
 *		Bump allocator over the caller's allocator, and error formatting.
 */
#include <stdio.h>

#include "pq_int.h"

#define PQ_ARENA_CHUNK ((size_t) 64 * 1024)

struct pq_arena_chunk
{
	pq_arena_chunk *next;
	size_t		size;
	/* payload follows, aligned to 16 */
};

#define PQ_CHUNK_HDR ((sizeof(pq_arena_chunk) + 15) & ~(size_t) 15)

/*
 * Initialise an empty arena drawing from alloc; nothing is allocated yet.
 */
void
pq_arena_init(pq_arena *a, const pq_allocator *alloc)
{
	memset(a, 0, sizeof(*a));
	a->alloc = alloc;
}

/*
 * Return size bytes aligned to 16 from the arena, or NULL when the allocator
 * fails or size overflows; a zero size returns a valid unique pointer.
 */
void *
pq_arena_alloc(pq_arena *a, size_t size)
{
	size_t		need;
	pq_arena_chunk *c;
	void	   *p;

	size = (size + 15) & ~(size_t) 15;
	if (size == 0)
		size = 16;
	if (a->head != NULL && a->size - a->used >= size)
	{
		p = (char *) a->head + PQ_CHUNK_HDR + a->used;
		a->used += size;
		return p;
	}
	if (size > SIZE_MAX - PQ_CHUNK_HDR - PQ_ARENA_CHUNK)
		return NULL;
	need = size > PQ_ARENA_CHUNK / 4 ? size : PQ_ARENA_CHUNK;
	c = a->alloc->alloc(a->alloc->ctx, PQ_CHUNK_HDR + need);
	if (c == NULL)
		return NULL;
	c->size = need;
	a->total += PQ_CHUNK_HDR + need;
	if (need == size && a->head != NULL)
	{
		/* a big block: keep the current head for small allocations */
		c->next = a->head->next;
		a->head->next = c;
		return (char *) c + PQ_CHUNK_HDR;
	}
	c->next = a->head;
	a->head = c;
	a->size = need;
	a->used = size;
	return (char *) c + PQ_CHUNK_HDR;
}

/*
 * Free every chunk of the arena (if the allocator can free) and make it
 * empty again; safe on an empty arena.
 */
void
pq_arena_reset(pq_arena *a)
{
	pq_arena_chunk *c = a->head;

	while (c != NULL)
	{
		pq_arena_chunk *next = c->next;

		if (a->alloc->free != NULL)
			a->alloc->free(a->alloc->ctx, c);
		c = next;
	}
	a->head = NULL;
	a->used = a->size = a->total = 0;
}

/*
 * Empty the arena but keep its newest chunk for reuse (cheap per-row reset);
 * other chunks are freed.
 */
void
pq_arena_clear(pq_arena *a)
{
	pq_arena_chunk *keep = a->head;
	pq_arena_chunk *c;

	if (keep == NULL)
		return;
	c = keep->next;
	while (c != NULL)
	{
		pq_arena_chunk *next = c->next;

		if (a->alloc->free != NULL)
			a->alloc->free(a->alloc->ctx, c);
		c = next;
	}
	keep->next = NULL;
	a->used = 0;
	a->total = PQ_CHUNK_HDR + keep->size;
}

/*
 * Record a formatted message in e and return code, so callers can write
 * "return pq_fail(...)".
 */
pq_status
pq_fail(pq_err *e, pq_status code, const char *fmt,...)
{
	va_list		ap;

	va_start(ap, fmt);
	vsnprintf(e->msg, sizeof(e->msg), fmt, ap);
	va_end(ap);
	return code;
}
