/*
 * strings.c
 *		A grow-only string arena (repo ids live as long as the program) and an
 *		open-addressing hash set of ids keyed case-insensitively, as the Hub
 *		treats repo ids.
 *
 * tools/hubgen/strings.c
 */
#include <ctype.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "hubgen.h"

#define ARENA_BLOCK (1 << 20)

typedef struct ArenaBlock
{
	struct ArenaBlock *next;
	size_t		used;
	char		data[ARENA_BLOCK];
} ArenaBlock;

static ArenaBlock *arena_head = NULL;

/*
 * die: print a message to stderr and exit with status 1.
 */
void
die(const char *fmt,...)
{
	va_list		ap;

	va_start(ap, fmt);
	fputs("hubgen: ", stderr);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	va_end(ap);
	exit(1);
}

/* xmalloc: malloc that dies on failure; n of 0 allocates one byte. */
void *
xmalloc(size_t n)
{
	void	   *p = malloc(n ? n : 1);

	if (!p)
		die("out of memory");
	return p;
}

/* xcalloc: zeroed allocation that dies on failure. */
void *
xcalloc(size_t n, size_t size)
{
	void	   *p = calloc(n ? n : 1, size ? size : 1);

	if (!p)
		die("out of memory");
	return p;
}

/* xrealloc: realloc that dies on failure. */
void *
xrealloc(void *p, size_t n)
{
	void	   *q = realloc(p, n ? n : 1);

	if (!q)
		die("out of memory");
	return q;
}

/*
 * arena_strdup: copy s (NULL is treated as "") into the arena.
 */
char *
arena_strdup(const char *s)
{
	size_t		n = strlen(s ? s : "") + 1;
	char	   *p;

	if (n > ARENA_BLOCK)
		die("string too long");
	if (!arena_head || arena_head->used + n > ARENA_BLOCK)
	{
		ArenaBlock *b = xmalloc(sizeof(ArenaBlock));

		b->next = arena_head;
		b->used = 0;
		arena_head = b;
	}
	p = arena_head->data + arena_head->used;
	memcpy(p, s ? s : "", n);
	arena_head->used += n;
	return p;
}

/*
 * arena_free_all: release every arena block.
 */
void
arena_free_all(void)
{
	while (arena_head)
	{
		ArenaBlock *n = arena_head->next;

		free(arena_head);
		arena_head = n;
	}
}

struct IdSet
{
	size_t		mask;
	size_t		count;
	const char **keys;
	int		   *values;
};

/* hash_ci: FNV-1a over the lower-cased bytes of s[0..len). */
static uint64_t
hash_ci(const char *s, size_t len)
{
	uint64_t	h = UINT64_C(1469598103934665603);
	size_t		i;

	for (i = 0; i < len; i++)
	{
		h ^= (unsigned char) tolower((unsigned char) s[i]);
		h *= UINT64_C(1099511628211);
	}
	return h ^ (h >> 29);
}

/* eq_ci: case-insensitive equality of the NUL-terminated key and s[0..len). */
static int
eq_ci(const char *key, const char *s, size_t len)
{
	size_t		i;

	for (i = 0; i < len; i++)
	{
		if (key[i] == '\0' ||
			tolower((unsigned char) key[i]) != tolower((unsigned char) s[i]))
			return 0;
	}
	return key[len] == '\0';
}

/*
 * idset_create: an empty set sized for about `expected` ids (it never grows,
 * so the caller sizes it for every id it will insert).
 */
IdSet *
idset_create(size_t expected)
{
	IdSet	   *set = xmalloc(sizeof(IdSet));
	size_t		cap = 1024;

	while (cap < expected * 2 + 16)
		cap <<= 1;
	set->mask = cap - 1;
	set->count = 0;
	set->keys = xcalloc(cap, sizeof(char *));
	set->values = xcalloc(cap, sizeof(int));
	return set;
}

/* idset_free: release the set (not the key strings). */
void
idset_free(IdSet *set)
{
	if (!set)
		return;
	free(set->keys);
	free(set->values);
	free(set);
}

/*
 * idset_lookup: the value stored for id[0..len) compared case-insensitively,
 * or -1 when absent.
 */
int
idset_lookup(const IdSet *set, const char *id, size_t len)
{
	size_t		i = hash_ci(id, len) & set->mask;

	while (set->keys[i])
	{
		if (eq_ci(set->keys[i], id, len))
			return set->values[i];
		i = (i + 1) & set->mask;
	}
	return -1;
}

/*
 * idset_insert: add the NUL-terminated id (kept by pointer) with value;
 * returns 0 when an id equal ignoring case is already present, else 1.
 */
int
idset_insert(IdSet *set, const char *id, int value)
{
	size_t		len = strlen(id);
	size_t		i = hash_ci(id, len) & set->mask;

	while (set->keys[i])
	{
		if (eq_ci(set->keys[i], id, len))
			return 0;
		i = (i + 1) & set->mask;
	}
	if (set->count * 10 >= (set->mask + 1) * 9)
		die("id set full");
	set->keys[i] = id;
	set->values[i] = value;
	set->count++;
	return 1;
}
