/*
 * pq.h
 *		Public API of the hfstate Parquet reader.
 *
 * A small Parquet reader in plain C11: no PostgreSQL headers, no exit(),
 * abort() or printf().  All memory comes from a caller-supplied allocator and
 * all input through a read-at-offset callback, so the same code runs in the
 * backend (palloc, server files or staged client data), in tools/pq2json and
 * under libFuzzer.  Every failure returns a negative pq_status and leaves a
 * message naming what was wrong in pq_error().
 *
 * Memory: the file metadata lives until pq_close(); decoded column data lives
 * in an arena reset by each pq_read_row_group(), and the value tree of a row
 * in a small arena reset by each pq_next_row(), so memory is bounded by one
 * row group of the selected columns.
 */
#ifndef PQ_H
#define PQ_H

#include <stddef.h>
#include <stdint.h>

/* status codes: 0 = ok, negative = error (message in pq_error()) */
typedef enum pq_status
{
	PQ_OK = 0,
	PQ_ERR_IO = -1,				/* read_at callback failed */
	PQ_ERR_FORMAT = -2,			/* corrupt or truncated file */
	PQ_ERR_UNSUPPORTED = -3,	/* valid Parquet we do not handle */
	PQ_ERR_NOMEM = -4,			/* allocator returned NULL */
	PQ_ERR_LIMIT = -5,			/* a size exceeds pq_options.max_alloc */
	PQ_ERR_NOTFOUND = -6,		/* requested column does not exist */
	PQ_ERR_ARG = -7				/* bad argument (row group index etc.) */
} pq_status;

/* allocator: alloc returns NULL on failure; free may be NULL (arena-only) */
typedef struct pq_allocator
{
	void	   *(*alloc) (void *ctx, size_t size);
	void		(*free) (void *ctx, void *ptr);
	void	   *ctx;
} pq_allocator;

/*
 * read_at: fill buf with exactly len bytes at offset; return 0 on success,
 * nonzero on failure (optionally writing a reason to errbuf).
 */
typedef int (*pq_read_at_fn) (void *ctx, uint64_t offset, void *buf,
							  size_t len, char *errbuf, size_t errlen);

typedef struct pq_source
{
	pq_read_at_fn read_at;
	void	   *ctx;
	uint64_t	size;			/* file size in bytes */
} pq_source;

typedef struct pq_options
{
	size_t		max_alloc;		/* largest single buffer; 0 = 1 GiB */
} pq_options;

/* physical types (parquet.thrift Type) */
enum
{
	PQ_BOOLEAN = 0, PQ_INT32 = 1, PQ_INT64 = 2, PQ_INT96 = 3, PQ_FLOAT = 4,
	PQ_DOUBLE = 5, PQ_BYTE_ARRAY = 6, PQ_FIXED_LEN_BYTE_ARRAY = 7
};

/* repetition (parquet.thrift FieldRepetitionType) */
enum
{
	PQ_REQUIRED = 0, PQ_OPTIONAL = 1, PQ_REPEATED = 2
};

/* resolved logical type of a schema node (from logicalType or converted_type) */
typedef enum pq_logical_kind
{
	PQ_LT_NONE = 0, PQ_LT_STRING, PQ_LT_JSON, PQ_LT_ENUM, PQ_LT_BSON,
	PQ_LT_UUID, PQ_LT_INT, PQ_LT_DATE, PQ_LT_TIME, PQ_LT_TIMESTAMP,
	PQ_LT_DECIMAL, PQ_LT_LIST, PQ_LT_MAP, PQ_LT_FLOAT16, PQ_LT_INTERVAL,
	PQ_LT_UNKNOWN
} pq_logical_kind;

enum
{
	PQ_UNIT_MILLIS = 1, PQ_UNIT_MICROS = 2, PQ_UNIT_NANOS = 3
};

typedef struct pq_logical
{
	pq_logical_kind kind;
	int			unit;			/* TIME/TIMESTAMP: PQ_UNIT_* */
	int			utc;			/* TIME/TIMESTAMP: isAdjustedToUTC */
	int			bit_width;		/* INT: 8, 16, 32, 64 */
	int			is_signed;		/* INT */
	int			scale;			/* DECIMAL */
	int			precision;		/* DECIMAL */
} pq_logical;

typedef struct pq_schema_node pq_schema_node;
struct pq_schema_node
{
	const char *name;
	int			physical;		/* PQ_BOOLEAN.. for leaves, -1 for groups */
	int			type_length;	/* FIXED_LEN_BYTE_ARRAY width */
	int			repetition;		/* PQ_REQUIRED/OPTIONAL/REPEATED */
	int			converted;		/* raw converted_type, -1 if absent */
	pq_logical	logical;
	int			nchildren;
	pq_schema_node **children;
	pq_schema_node *parent;
	int			max_def;		/* definition level when this node is present */
	int			max_rep;		/* repetition level of this node */
	int			leaf_index;		/* column index for leaves, -1 for groups */
	int			first_leaf;		/* leaves under this node: [first_leaf, */
	int			nleaves;		/* first_leaf + nleaves) */
};

/* value tree of one row */
typedef enum pq_value_kind
{
	PQ_V_NULL = 0, PQ_V_BOOL, PQ_V_INT, PQ_V_UINT, PQ_V_DOUBLE, PQ_V_STRING,
	PQ_V_BYTES, PQ_V_TIMESTAMP, PQ_V_DATE, PQ_V_TIME, PQ_V_DECIMAL,
	PQ_V_LIST, PQ_V_STRUCT
} pq_value_kind;

typedef struct pq_value pq_value;
struct pq_value
{
	pq_value_kind kind;
	union
	{
		int			b;			/* BOOL */
		int64_t		i;			/* INT; TIME: micros since midnight */
		uint64_t	u;			/* UINT (unsigned 64) */
		double		d;			/* DOUBLE (FLOAT widened) */
		struct
		{
			const uint8_t *ptr;
			uint32_t	len;
		}			s;			/* STRING (UTF-8 as stored), BYTES */
		struct
		{
			int64_t		micros; /* since 1970-01-01 00:00:00 */
			int			utc;	/* isAdjustedToUTC */
		}			ts;			/* TIMESTAMP */
		int32_t		date;		/* DATE: days since 1970-01-01 */
		struct
		{
			int64_t		unscaled;	/* valid if len == 0 */
			int			scale;
			const uint8_t *ptr; /* big-endian two's complement when the */
			uint32_t	len;	/* unscaled value exceeds 64 bits */
		}			dec;		/* DECIMAL */
		struct
		{
			pq_value   *items;
			uint32_t	n;
		}			list;		/* LIST (MAP: list of {key, value} structs) */
		struct
		{
			pq_value   *fields;
			const char *const *names;
			uint32_t	n;
		}			st;			/* STRUCT */
	}			u;
};

typedef struct pq_file pq_file;

/* open: read and validate the footer; on failure *out is NULL, err filled */
pq_status	pq_open(const pq_source *src, const pq_allocator *alloc,
					const pq_options *opt, pq_file **out,
					char *err, size_t errlen);
void		pq_close(pq_file *f);
const char *pq_error(const pq_file *f);

/* metadata */
int64_t		pq_num_rows(const pq_file *f);
int			pq_num_row_groups(const pq_file *f);
int64_t		pq_row_group_num_rows(const pq_file *f, int rg);
int64_t		pq_row_group_byte_size(const pq_file *f, int rg);	/* compressed */
const pq_schema_node *pq_schema_root(const pq_file *f);
int			pq_num_leaves(const pq_file *f);
const pq_schema_node *pq_leaf(const pq_file *f, int i);
const char *pq_created_by(const pq_file *f);
const char *pq_physical_name(int physical);
const char *pq_repetition_name(int repetition);
/* writes e.g. "TIMESTAMP(MICROS,utc)" into buf; returns buf */
const char *pq_logical_describe(const pq_logical *lt, char *buf, size_t len);

/*
 * projection: paths like "tags", "safetensors.total" or
 * "baseModels.models.id" (list wrapper levels may be omitted); NULL or
 * n == 0 selects every column.  Call before pq_read_row_group().
 */
pq_status	pq_select(pq_file *f, const char *const *paths, int n);

/* load the selected columns of row group rg (resets the arena) */
pq_status	pq_read_row_group(pq_file *f, int rg);

/*
 * next row of the loaded row group: sets *row to a STRUCT of the selected
 * top-level fields; returns 1 for a row, 0 at the end, negative on error.
 * The tree is valid until the next pq_next_row (string bytes until the next
 * pq_read_row_group).
 */
int			pq_next_row(pq_file *f, const pq_value **row);

/* bytes read from the source for column chunks so far (for benchmarks) */
uint64_t	pq_bytes_read(const pq_file *f);

/* JSON writer (pq_json.c): appends one value as JSON to a growable buffer */
typedef struct pq_buf
{
	char	   *data;
	size_t		len;
	size_t		cap;
	const pq_allocator *alloc;
	int			failed;			/* set when an allocation failed */
} pq_buf;

void		pq_buf_init(pq_buf *b, const pq_allocator *alloc);
void		pq_buf_free(pq_buf *b);
void		pq_buf_reset(pq_buf *b);
/* returns 0, or -1 if memory ran out */
int			pq_value_to_json(pq_buf *b, const pq_value *v);

#endif							/* PQ_H */
