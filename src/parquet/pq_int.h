/*
 * pq_int.h
 *		Internal declarations shared by the Parquet reader's source files.
 */
#ifndef PQ_INT_H
#define PQ_INT_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "pq.h"

#define PQ_ERRLEN 512
#define PQ_DEFAULT_MAX_ALLOC ((size_t) 1 << 30)

/* arena: a list of chunks taken from the allocator, freed all at once */
typedef struct pq_arena_chunk pq_arena_chunk;
typedef struct pq_arena
{
	const pq_allocator *alloc;
	pq_arena_chunk *head;
	size_t		used;			/* bytes used in head */
	size_t		size;			/* usable bytes in head */
	size_t		total;			/* bytes taken from allocator */
} pq_arena;

void		pq_arena_init(pq_arena *a, const pq_allocator *alloc);
void	   *pq_arena_alloc(pq_arena *a, size_t size);
void		pq_arena_reset(pq_arena *a);
void		pq_arena_clear(pq_arena *a);

/* error context: a message buffer plus limits */
typedef struct pq_err
{
	char		msg[PQ_ERRLEN];
	size_t		max_alloc;
} pq_err;

pq_status	pq_fail(pq_err *e, pq_status code, const char *fmt,...)
#if defined(__GNUC__)
			__attribute__((format(printf, 3, 4)))
#endif
			;

/* Thrift compact protocol reader (pq_thrift.c) */
typedef struct pq_thrift
{
	const uint8_t *p;
	const uint8_t *end;
	const uint8_t *start;
	int			depth;
	int			bool_val;		/* value of the last boolean field header */
	pq_err	   *err;
	const char *what;			/* what is being decoded, for messages */
} pq_thrift;

enum
{
	TC_STOP = 0, TC_TRUE = 1, TC_FALSE = 2, TC_BYTE = 3, TC_I16 = 4,
	TC_I32 = 5, TC_I64 = 6, TC_DOUBLE = 7, TC_BINARY = 8, TC_LIST = 9,
	TC_SET = 10, TC_MAP = 11, TC_STRUCT = 12
};

void		pq_thrift_init(pq_thrift *t, const uint8_t *p, size_t len,
						   pq_err *err, const char *what);
/* each returns PQ_OK or an error */
pq_status	pq_thrift_field(pq_thrift *t, int *id, int *type, int16_t *last);
pq_status	pq_thrift_i64(pq_thrift *t, int type, int64_t *v);
pq_status	pq_thrift_i32(pq_thrift *t, int type, int32_t *v);
pq_status	pq_thrift_bool(pq_thrift *t, int type, int *v);
pq_status	pq_thrift_binary(pq_thrift *t, int type, const uint8_t **p,
							 uint32_t *len);
pq_status	pq_thrift_list(pq_thrift *t, int type, int *elem, uint32_t *n);
pq_status	pq_thrift_skip(pq_thrift *t, int type);
pq_status	pq_thrift_struct_begin(pq_thrift *t, int type);
void		pq_thrift_struct_end(pq_thrift *t);

/*
 * Reading a whole struct: the integer and boolean fields named in a table of
 * slots go straight to their offsets in a destination (int32_t, int64_t or
 * int); any other field goes to a callback that reads or skips it (or is
 * skipped when there is none).
 */
typedef enum pq_slot_kind
{
	PQ_SLOT_I32, PQ_SLOT_I64, PQ_SLOT_BOOL
} pq_slot_kind;

typedef struct pq_thrift_slot
{
	int16_t		id;
	pq_slot_kind kind;
	size_t		offset;
} pq_thrift_slot;

typedef pq_status (*pq_thrift_field_fn) (pq_thrift *t, int id, int type, void *arg);

#define PQ_SLOTS(a) (a), (int) (sizeof(a) / sizeof((a)[0]))

pq_status	pq_thrift_struct(pq_thrift *t, const pq_thrift_slot *slots, int nslots,
							 void *dst, pq_thrift_field_fn other, void *arg);
pq_status	pq_thrift_nested(pq_thrift *t, int type, const pq_thrift_slot *slots,
							 int nslots, void *dst, pq_thrift_field_fn other,
							 void *arg);

/* page header (pq_thrift.c reads it; fields per parquet.thrift) */
typedef struct pq_page_header
{
	int32_t		type;
	int32_t		uncompressed_size;
	int32_t		compressed_size;
	int32_t		num_values;
	int32_t		encoding;
	int32_t		def_encoding;
	int32_t		rep_encoding;
	int32_t		num_nulls;
	int32_t		num_rows;
	int32_t		def_len;		/* v2 */
	int32_t		rep_len;		/* v2 */
	int			is_compressed;	/* v2 */
	int			has_data;
	int			has_dict;
	int			has_v2;
} pq_page_header;

pq_status	pq_read_page_header(pq_thrift *t, pq_page_header *h);

/* column chunk metadata */
typedef struct pq_chunk_meta
{
	int32_t		type;
	int32_t		codec;
	int64_t		num_values;
	int64_t		total_compressed;
	int64_t		total_uncompressed;
	int64_t		data_page_offset;
	int64_t		dict_page_offset;	/* -1 if absent */
	int			has_meta;
} pq_chunk_meta;

typedef struct pq_row_group
{
	int64_t		num_rows;
	int64_t		total_byte_size;
	pq_chunk_meta *chunks;		/* one per leaf */
	int			nchunks;
} pq_row_group;

/* a raw decoded value slot (before logical conversion) */
typedef union pq_slot
{
	int64_t		i;
	double		d;
	struct
	{
		const uint8_t *ptr;
		uint32_t	len;
	}			s;
} pq_slot;

/* one decoded column chunk */
typedef struct pq_column
{
	const pq_schema_node *leaf;
	int64_t		n;				/* number of level entries */
	uint16_t   *rep;			/* NULL if max_rep == 0 */
	uint16_t   *def;			/* NULL if max_def == 0 */
	pq_slot    *vals;			/* non-null values */
	int64_t		nvals;
	/* cursors used by record assembly */
	int64_t		pos;
	int64_t		vpos;
} pq_column;

/* decoding context for one column chunk */
typedef struct pq_colctx
{
	pq_err	   *err;
	pq_arena   *arena;
	const pq_schema_node *leaf;
	int			rg;
	const char *path;			/* dotted path for messages */
} pq_colctx;

/* levels (pq_levels.c): RLE/bit-packed hybrid */
pq_status	pq_rle_decode(pq_colctx *c, const uint8_t *p, size_t len,
						  int bit_width, uint32_t *out, int64_t n,
						  const char *what);
pq_status	pq_rle_decode16(pq_colctx *c, const uint8_t *p, size_t len,
							int bit_width, uint16_t *out, int64_t n,
							const char *what);
int			pq_bit_width(uint32_t max);

/* encodings (pq_encoding.c): decode n values into slots */
pq_status	pq_decode_values(pq_colctx *c, int encoding, const uint8_t *p,
							 size_t len, int64_t n, pq_slot *out,
							 const pq_slot *dict, int64_t ndict);

/* codecs (pq_codec.c) */
pq_status	pq_decompress(pq_colctx *c, int codec, const uint8_t *src,
						  size_t srclen, uint8_t *dst, size_t dstlen);
const char *pq_codec_name(int codec);
const char *pq_encoding_name(int encoding);

/* column chunk reading (pq_column.c) */
pq_status	pq_read_column(pq_colctx *c, const pq_source *src,
						   const pq_chunk_meta *m, pq_column *out,
						   uint64_t *bytes_read);

/* little-endian loads */
static inline uint32_t
pq_le32(const uint8_t *p)
{
	return (uint32_t) p[0] | ((uint32_t) p[1] << 8) |
		((uint32_t) p[2] << 16) | ((uint32_t) p[3] << 24);
}

static inline uint64_t
pq_le64(const uint8_t *p)
{
	return (uint64_t) pq_le32(p) | ((uint64_t) pq_le32(p + 4) << 32);
}

/* the file handle */
struct pq_file
{
	pq_allocator alloc;
	pq_source	src;
	pq_err		err;
	pq_arena	meta;			/* lives until close */
	pq_arena	rg_arena;		/* reset per row group */
	pq_arena	plan_arena;		/* reset per pq_select */
	pq_arena	row_arena;		/* value tree of the current row */
	int64_t		num_rows;
	const char *created_by;
	pq_schema_node *root;
	pq_schema_node **leaves;
	int			nleaves;
	pq_row_group *rgs;
	int			nrgs;
	/* projection and assembly (pq_record.c) */
	uint8_t    *leaf_selected;	/* per leaf */
	int			selected_all;
	struct pq_plan *plan;		/* built in plan_arena on select */
	pq_column  *cols;			/* per leaf, valid when selected */
	int			cur_rg;
	int64_t		cur_row;
	uint64_t	bytes_read;
};

#endif							/* PQ_INT_H */
