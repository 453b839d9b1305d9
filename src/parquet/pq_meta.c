/*
 * pq_meta.c
 *		Opening a Parquet file: footer, FileMetaData, schema tree, row group
 *		and column chunk metadata, and the metadata accessors.
 */
#include <stdio.h>

#include "pq_int.h"

#define PQ_MAX_SCHEMA_DEPTH 100

/* state while parsing FileMetaData */
typedef struct meta_parse
{
	pq_file    *f;
	pq_thrift  *t;
	/* flat schema elements, in file order */
	pq_schema_node *elems;		/* nchildren: num_children as read, -1 absent */
	uint32_t	nelems;
} meta_parse;

/*
 * Copy a Thrift string into the metadata arena as a NUL-terminated string.
 */
static char *
meta_strdup(pq_file *f, const uint8_t *p, uint32_t len)
{
	char	   *s = pq_arena_alloc(&f->meta, (size_t) len + 1);

	if (s == NULL)
		return NULL;
	memcpy(s, p, len);
	s[len] = '\0';
	return s;
}

#define LT(field) offsetof(pq_logical, field)

/* the fields of the LogicalType members hfstate reads */
static const pq_thrift_slot time_slots[] = {{1, PQ_SLOT_BOOL, LT(utc)}};
static const pq_thrift_slot int_slots[] = {
	{1, PQ_SLOT_I32, LT(bit_width)}, {2, PQ_SLOT_BOOL, LT(is_signed)}
};

/*
 * The TimeUnit union (MILLIS=1, MICROS=2, NANOS=3): the member's id is the
 * unit (arg: an int).
 */
static pq_status
time_unit_member(pq_thrift *t, int id, int type, void *arg)
{
	if (id >= 1 && id <= 3)
		*(int *) arg = id;
	return pq_thrift_skip(t, type);
}

/* TIME and TIMESTAMP: the unit (field 2) of the pq_logical in arg */
static pq_status
time_unit_field(pq_thrift *t, int id, int type, void *arg)
{
	if (id == 2)
		return pq_thrift_nested(t, type, NULL, 0, NULL, time_unit_member,
								&((pq_logical *) arg)->unit);
	return pq_thrift_skip(t, type);
}

/* DECIMAL: scale (1) and precision (2) of the pq_logical in arg, checked as read */
static pq_status
decimal_field(pq_thrift *t, int id, int type, void *arg)
{
	pq_logical *lt = arg;
	int64_t		v;
	pq_status	s;

	if (id != 1 && id != 2)
		return pq_thrift_skip(t, type);
	if ((s = pq_thrift_i64(t, type, &v)) != PQ_OK)
		return s;
	if (v < 0 || v > 76)
		return pq_fail(t->err, PQ_ERR_FORMAT, "%s: decimal scale or precision %lld out of range",
					   t->what, (long long) v);
	if (id == 1)
		lt->scale = (int) v;
	else
		lt->precision = (int) v;
	return PQ_OK;
}

/*
 * One member of the LogicalType union (arg: the pq_logical): its kind from
 * the member id, and the fields of TIME, TIMESTAMP, INTEGER and DECIMAL.
 */
static pq_status
logical_member(pq_thrift *t, int id, int type, void *arg)
{
	static const pq_logical_kind kinds[] = {
		PQ_LT_NONE, PQ_LT_STRING, PQ_LT_MAP, PQ_LT_LIST, PQ_LT_ENUM,
		PQ_LT_DECIMAL, PQ_LT_DATE, PQ_LT_TIME, PQ_LT_TIMESTAMP, PQ_LT_NONE,
		PQ_LT_INT, PQ_LT_UNKNOWN, PQ_LT_JSON, PQ_LT_BSON, PQ_LT_UUID,
		PQ_LT_FLOAT16
	};
	pq_logical *lt = arg;
	pq_status	s;

	if (id < 1 || id >= (int) (sizeof(kinds) / sizeof(kinds[0])) || type != TC_STRUCT)
		return pq_thrift_skip(t, type);
	memset(lt, 0, sizeof(*lt));
	lt->kind = kinds[id];
	lt->is_signed = 1;
	if (id == 7 || id == 8)
		return pq_thrift_nested(t, type, PQ_SLOTS(time_slots), lt, time_unit_field, lt);
	if (id == 10)
	{
		s = pq_thrift_nested(t, type, PQ_SLOTS(int_slots), lt, NULL, NULL);
		lt->bit_width &= 0xff;
		return s;
	}
	if (id == 5)
		return pq_thrift_nested(t, type, NULL, 0, NULL, decimal_field, lt);
	return pq_thrift_nested(t, type, NULL, 0, NULL, NULL, NULL);
}

/*
 * Derive a logical type from a legacy converted_type when no LogicalType
 * was given.
 */
static void
logical_from_converted(pq_schema_node *n, int32_t scale, int32_t precision)
{
	pq_logical *lt = &n->logical;

	memset(lt, 0, sizeof(*lt));
	switch (n->converted)
	{
		case 0:
			lt->kind = PQ_LT_STRING;
			break;
		case 1:
		case 2:
			lt->kind = PQ_LT_MAP;
			break;
		case 3:
			lt->kind = PQ_LT_LIST;
			break;
		case 4:
			lt->kind = PQ_LT_ENUM;
			break;
		case 5:
			lt->kind = PQ_LT_DECIMAL;
			lt->scale = scale;
			lt->precision = precision;
			break;
		case 6:
			lt->kind = PQ_LT_DATE;
			break;
		case 7:
		case 8:
			lt->kind = PQ_LT_TIME;
			lt->unit = n->converted == 7 ? PQ_UNIT_MILLIS : PQ_UNIT_MICROS;
			lt->utc = 1;
			break;
		case 9:
		case 10:
			lt->kind = PQ_LT_TIMESTAMP;
			lt->unit = n->converted == 9 ? PQ_UNIT_MILLIS : PQ_UNIT_MICROS;
			lt->utc = 1;
			break;
		case 11:
		case 12:
		case 13:
		case 14:
			lt->kind = PQ_LT_INT;
			lt->bit_width = 8 << (n->converted - 11);
			lt->is_signed = 0;
			break;
		case 15:
		case 16:
		case 17:
		case 18:
			lt->kind = PQ_LT_INT;
			lt->bit_width = 8 << (n->converted - 15);
			lt->is_signed = 1;
			break;
		case 19:
			lt->kind = PQ_LT_JSON;
			break;
		case 20:
			lt->kind = PQ_LT_BSON;
			break;
		case 21:
			lt->kind = PQ_LT_INTERVAL;
			break;
		default:
			lt->kind = PQ_LT_NONE;
			break;
	}
}

/* a SchemaElement being read: the node and the fields kept beside it */
typedef struct schema_element
{
	pq_schema_node node;
	int32_t		scale;			/* legacy DECIMAL scale and precision */
	int32_t		precision;
	int			have_logical;
	pq_file    *f;
} schema_element;

#define SE(field) offsetof(schema_element, field)

static const pq_thrift_slot schema_slots[] = {
	{2, PQ_SLOT_I32, SE(node.type_length)}, {5, PQ_SLOT_I32, SE(node.nchildren)},
	{6, PQ_SLOT_I32, SE(node.converted)}, {7, PQ_SLOT_I32, SE(scale)},
	{8, PQ_SLOT_I32, SE(precision)}
};

/* an enum field of a SchemaElement (0 to max), checked as read */
static pq_status
schema_enum(pq_thrift *t, int type, int *v, int max, const char *what)
{
	pq_status	s = pq_thrift_i32(t, type, v);

	if (s == PQ_OK && (*v < 0 || *v > max))
		return pq_fail(t->err, PQ_ERR_FORMAT, "schema: unknown %s type %d", what, *v);
	return s;
}

/*
 * SchemaElement: the physical (1) and repetition (3) types, checked as
 * read, the name (4) and the logical type (10)
 */
static pq_status
schema_field(pq_thrift *t, int id, int type, void *arg)
{
	schema_element *e = arg;
	const uint8_t *p;
	uint32_t	len;
	pq_status	s;

	if (id == 1)
		return schema_enum(t, type, &e->node.physical, 7, "physical");
	if (id == 3)
		return schema_enum(t, type, &e->node.repetition, 2, "repetition");
	if (id == 4)
	{
		s = pq_thrift_binary(t, type, &p, &len);
		if (s == PQ_OK && (e->node.name = meta_strdup(e->f, p, len)) == NULL)
			return pq_fail(t->err, PQ_ERR_NOMEM, "out of memory");
		return s;
	}
	if (id == 10)
	{
		e->have_logical = 1;
		return pq_thrift_nested(t, type, NULL, 0, NULL, logical_member, &e->node.logical);
	}
	return pq_thrift_skip(t, type);
}

/*
 * Parse one SchemaElement into n (nchildren: num_children, -1 when absent).
 */
static pq_status
parse_schema_element(meta_parse *mp, pq_schema_node *n)
{
	pq_thrift  *t = mp->t;
	schema_element e;
	pq_status	s;

	memset(&e, 0, sizeof(e));
	e.node.physical = -1;
	e.node.converted = -1;
	e.node.leaf_index = -1;
	e.node.name = "";
	e.node.nchildren = -1;
	e.f = mp->f;
	if ((s = pq_thrift_struct(t, PQ_SLOTS(schema_slots), &e, schema_field, &e)) != PQ_OK)
		return s;
	*n = e.node;
	if (!e.have_logical || n->logical.kind == PQ_LT_NONE)
		logical_from_converted(n, e.scale, e.precision);
	if (n->logical.kind == PQ_LT_DECIMAL && n->logical.precision == 0)
	{
		n->logical.scale = e.scale;
		n->logical.precision = e.precision;
	}
	return PQ_OK;
}

#define CM(field) offsetof(pq_chunk_meta, field)

/* ColumnMetaData */
static const pq_thrift_slot column_meta_slots[] = {
	{1, PQ_SLOT_I32, CM(type)}, {4, PQ_SLOT_I32, CM(codec)},
	{5, PQ_SLOT_I64, CM(num_values)}, {6, PQ_SLOT_I64, CM(total_uncompressed)},
	{7, PQ_SLOT_I64, CM(total_compressed)}, {9, PQ_SLOT_I64, CM(data_page_offset)},
	{11, PQ_SLOT_I64, CM(dict_page_offset)}
};

/*
 * ColumnChunk (arg: its pq_chunk_meta): the metadata (3); external files
 * and encrypted columns are rejected.
 */
static pq_status
column_chunk_field(pq_thrift *t, int id, int type, void *arg)
{
	pq_chunk_meta *m = arg;

	if (id == 1)
		return pq_fail(t->err, PQ_ERR_UNSUPPORTED,
					   "column chunks stored in external files are not supported");
	if (id == 8 || id == 9)
		return pq_fail(t->err, PQ_ERR_UNSUPPORTED,
					   "encrypted column chunks are not supported");
	if (id == 3)
	{
		m->has_meta = 1;
		return pq_thrift_nested(t, type, PQ_SLOTS(column_meta_slots), m, NULL, NULL);
	}
	return pq_thrift_skip(t, type);
}

/*
 * Parse a ColumnChunk.
 */
static pq_status
parse_column_chunk(pq_thrift *t, pq_chunk_meta *m)
{
	memset(m, 0, sizeof(*m));
	m->dict_page_offset = -1;
	m->type = -1;
	return pq_thrift_struct(t, NULL, 0, NULL, column_chunk_field, m);
}

/*
 * Read a list of structs (a field of the given wire type) into *n elements
 * of size bytes each, allocated in the metadata arena, each parsed by
 * parse(mp, element); prev is the list read before (an error: a list may
 * come once); what names the list in messages.  Returns the elements, with
 * the status in *s.
 */
static void *
read_struct_list(meta_parse *mp, int type, size_t size, const void *prev, uint32_t *n,
				 pq_status (*parse) (meta_parse *mp, void *elem),
				 const char *what, pq_status *s)
{
	pq_thrift  *t = mp->t;
	int			elem;
	char	   *elems;

	if ((*s = pq_thrift_list(t, type, &elem, n)) != PQ_OK)
		return NULL;
	if (elem != TC_STRUCT)
	{
		*s = pq_fail(t->err, PQ_ERR_FORMAT, "%s holds non-structs", what);
		return NULL;
	}
	if (prev != NULL)
	{
		*s = pq_fail(t->err, PQ_ERR_FORMAT, "%s given twice", what);
		return NULL;
	}
	if ((elems = pq_arena_alloc(&mp->f->meta, (size_t) *n * size)) == NULL)
	{
		*s = pq_fail(t->err, PQ_ERR_NOMEM, "out of memory");
		return NULL;
	}
	for (uint32_t i = 0; i < *n && *s == PQ_OK; i++)
	{
		if ((*s = pq_thrift_struct_begin(t, TC_STRUCT)) == PQ_OK)
			*s = parse(mp, elems + i * size);
		pq_thrift_struct_end(t);
	}
	return elems;
}

/* one ColumnChunk of a row group's list */
static pq_status
chunk_elem(meta_parse *mp, void *elem)
{
	return parse_column_chunk(mp->t, elem);
}

/* a row group being read */
typedef struct row_group_parse
{
	meta_parse *mp;
	pq_row_group *rg;
} row_group_parse;

static const pq_thrift_slot row_group_slots[] = {
	{2, PQ_SLOT_I64, offsetof(pq_row_group, total_byte_size)},
	{3, PQ_SLOT_I64, offsetof(pq_row_group, num_rows)}
};

/* RowGroup: the list of column chunks (1) */
static pq_status
row_group_field(pq_thrift *t, int id, int type, void *arg)
{
	row_group_parse *r = arg;
	uint32_t	n = 0;
	pq_status	s;

	if (id != 1)
		return pq_thrift_skip(t, type);
	r->rg->chunks = read_struct_list(r->mp, type, sizeof(pq_chunk_meta), r->rg->chunks, &n,
									 chunk_elem, "row group column list", &s);
	r->rg->nchunks = (int) n;
	return s;
}

/*
 * Parse a RowGroup into rg (chunks allocated in the metadata arena).
 */
static pq_status
parse_row_group(meta_parse *mp, pq_row_group *rg)
{
	row_group_parse r = {mp, rg};
	pq_status	s;

	memset(rg, 0, sizeof(*rg));
	rg->num_rows = -1;
	if ((s = pq_thrift_struct(mp->t, PQ_SLOTS(row_group_slots), rg, row_group_field, &r)) != PQ_OK)
		return s;
	if (rg->num_rows < 0)
		return pq_fail(mp->t->err, PQ_ERR_FORMAT, "row group lacks num_rows");
	return PQ_OK;
}

/*
 * Build the schema tree from the flat element list, computing definition
 * and repetition levels and numbering the leaves.  *pos is the next
 * element; depth bounds recursion.
 */
static pq_status
build_tree(meta_parse *mp, pq_schema_node *parent, uint32_t *pos, int depth)
{
	pq_file    *f = mp->f;
	int32_t		nc = parent->nchildren;
	int			i;

	if (depth > PQ_MAX_SCHEMA_DEPTH)
		return pq_fail(&f->err, PQ_ERR_FORMAT, "schema nested deeper than %d",
					   PQ_MAX_SCHEMA_DEPTH);
	parent->first_leaf = f->nleaves;
	if (nc <= 0)
	{
		if (parent->physical < 0)
			return pq_fail(&f->err, PQ_ERR_FORMAT,
						   "schema element '%s' has neither a type nor children",
						   parent->name);
		parent->leaf_index = f->nleaves++;
		parent->nleaves = 1;
		parent->nchildren = 0;
		return PQ_OK;
	}
	if ((uint32_t) nc > mp->nelems - *pos)
		return pq_fail(&f->err, PQ_ERR_FORMAT,
					   "schema element '%s' claims %d children but only %u elements follow",
					   parent->name, nc, mp->nelems - *pos);
	parent->physical = -1;
	parent->nchildren = nc;
	parent->children = pq_arena_alloc(&f->meta,
									  (size_t) nc * sizeof(pq_schema_node *));
	if (parent->children == NULL)
		return pq_fail(&f->err, PQ_ERR_NOMEM, "out of memory");
	for (i = 0; i < nc; i++)
	{
		pq_schema_node *c;
		pq_status	s;

		if (*pos >= mp->nelems)
			return pq_fail(&f->err, PQ_ERR_FORMAT,
						   "schema ends inside group '%s'", parent->name);
		c = &mp->elems[(*pos)++];
		c->parent = parent;
		c->max_def = parent->max_def + (c->repetition != PQ_REQUIRED);
		c->max_rep = parent->max_rep + (c->repetition == PQ_REPEATED);
		parent->children[i] = c;
		if ((s = build_tree(mp, c, pos, depth + 1)) != PQ_OK)
			return s;
	}
	parent->nleaves = f->nleaves - parent->first_leaf;
	return PQ_OK;
}

/*
 * Collect the leaves of the tree into f->leaves in column order.
 */
static void
collect_leaves(pq_file *f, pq_schema_node *n)
{
	int			i;

	if (n->leaf_index >= 0)
	{
		f->leaves[n->leaf_index] = n;
		return;
	}
	for (i = 0; i < n->nchildren; i++)
		collect_leaves(f, n->children[i]);
}

/* one SchemaElement of the file's list */
static pq_status
schema_elem(meta_parse *mp, void *elem)
{
	return parse_schema_element(mp, elem);
}

/* one RowGroup of the file's list */
static pq_status
row_group_elem(meta_parse *mp, void *elem)
{
	return parse_row_group(mp, elem);
}

/* FileMetaData: schema (2), row groups (4), created_by (6); encryption (8) is refused */
static pq_status
file_meta_field(pq_thrift *t, int id, int type, void *arg)
{
	meta_parse *mp = arg;
	pq_file    *f = mp->f;
	const uint8_t *p;
	uint32_t	len,
				n = 0;
	pq_status	s;

	switch (id)
	{
		case 2:
			mp->elems = read_struct_list(mp, type, sizeof(pq_schema_node), mp->elems, &n,
										 schema_elem, "file metadata schema list", &s);
			mp->nelems = n;
			return s;
		case 4:
			f->rgs = read_struct_list(mp, type, sizeof(pq_row_group), f->rgs, &n,
									  row_group_elem, "file metadata row group list", &s);
			f->nrgs = (int) n;
			return s;
		case 6:
			s = pq_thrift_binary(t, type, &p, &len);
			if (s == PQ_OK && (f->created_by = meta_strdup(f, p, len)) == NULL)
				return pq_fail(t->err, PQ_ERR_NOMEM, "out of memory");
			return s;
		case 8:
			return pq_fail(t->err, PQ_ERR_UNSUPPORTED,
						   "encrypted Parquet files are not supported");
		default:
			return pq_thrift_skip(t, type);
	}
}

static const pq_thrift_slot file_meta_slots[] = {{3, PQ_SLOT_I64, offsetof(pq_file, num_rows)}};

/*
 * Parse FileMetaData from the footer buffer.
 */
static pq_status
parse_file_meta(meta_parse *mp)
{
	pq_thrift  *t = mp->t;
	pq_file    *f = mp->f;
	pq_status	s;

	f->num_rows = INT64_MIN;
	if ((s = pq_thrift_struct(t, PQ_SLOTS(file_meta_slots), f, file_meta_field, mp)) != PQ_OK)
		return s;
	if (mp->nelems == 0 || f->num_rows == INT64_MIN)
		return pq_fail(t->err, PQ_ERR_FORMAT,
					   "file metadata lacks a schema or num_rows");
	if (f->num_rows < 0)
		return pq_fail(t->err, PQ_ERR_FORMAT, "negative num_rows in file metadata");
	return PQ_OK;
}

/*
 * Check that every row group has one chunk per leaf of the right type and
 * plausible offsets.
 */
static pq_status
validate_row_groups(pq_file *f)
{
	int			r,
				c;

	for (r = 0; r < f->nrgs; r++)
	{
		pq_row_group *rg = &f->rgs[r];

		if (rg->nchunks != f->nleaves)
			return pq_fail(&f->err, PQ_ERR_FORMAT,
						   "row group %d has %d column chunks but the schema has %d columns",
						   r, rg->nchunks, f->nleaves);
		for (c = 0; c < rg->nchunks; c++)
		{
			pq_chunk_meta *m = &rg->chunks[c];
			const pq_schema_node *leaf = f->leaves[c];

			if (!m->has_meta)
				return pq_fail(&f->err, PQ_ERR_FORMAT,
							   "column chunk '%s' of row group %d has no metadata",
							   leaf->name, r);
			if (m->type != leaf->physical)
				return pq_fail(&f->err, PQ_ERR_FORMAT,
							   "column chunk '%s' of row group %d has type %d but the schema says %d",
							   leaf->name, r, m->type, leaf->physical);
		}
	}
	return PQ_OK;
}

/*
 * Read the footer through src, parse it and return an open file.  On
 * failure *out is NULL and err holds the reason.
 */
pq_status
pq_open(const pq_source *src, const pq_allocator *alloc,
		const pq_options *opt, pq_file **out, char *err, size_t errlen)
{
	pq_file    *f;
	uint8_t		tail[8];
	uint8_t		head[4];
	uint32_t	mlen;
	uint8_t    *mbuf;
	pq_thrift	t;
	meta_parse	mp;
	uint32_t	pos = 1;
	pq_status	s;

	*out = NULL;
	f = alloc->alloc(alloc->ctx, sizeof(pq_file));
	if (f == NULL)
	{
		snprintf(err, errlen, "out of memory");
		return PQ_ERR_NOMEM;
	}
	memset(f, 0, sizeof(*f));
	f->alloc = *alloc;
	f->src = *src;
	f->err.max_alloc = (opt != NULL && opt->max_alloc > 0) ?
		opt->max_alloc : PQ_DEFAULT_MAX_ALLOC;
	pq_arena_init(&f->meta, &f->alloc);
	pq_arena_init(&f->rg_arena, &f->alloc);
	pq_arena_init(&f->plan_arena, &f->alloc);
	pq_arena_init(&f->row_arena, &f->alloc);
	f->cur_rg = -1;
	f->selected_all = 1;
	f->created_by = "";

	if (src->size < 12)
	{
		s = pq_fail(&f->err, PQ_ERR_FORMAT,
					"file is %llu bytes, too small to be Parquet (at least 12)",
					(unsigned long long) src->size);
		goto fail;
	}
	if (src->read_at(src->ctx, 0, head, 4, f->err.msg, sizeof(f->err.msg)) != 0 ||
		src->read_at(src->ctx, src->size - 8, tail, 8, f->err.msg,
					 sizeof(f->err.msg)) != 0)
	{
		s = PQ_ERR_IO;
		if (f->err.msg[0] == '\0')
			pq_fail(&f->err, s, "could not read the file footer");
		goto fail;
	}
	if (memcmp(tail + 4, "PARE", 4) == 0)
	{
		s = pq_fail(&f->err, PQ_ERR_UNSUPPORTED,
					"encrypted Parquet files (magic PARE) are not supported");
		goto fail;
	}
	if (memcmp(head, "PAR1", 4) != 0 || memcmp(tail + 4, "PAR1", 4) != 0)
	{
		s = pq_fail(&f->err, PQ_ERR_FORMAT,
					"not a Parquet file: magic number PAR1 missing at the %s",
					memcmp(head, "PAR1", 4) != 0 ? "start" : "end");
		goto fail;
	}
	mlen = pq_le32(tail);
	if ((uint64_t) mlen > src->size - 12)
	{
		s = pq_fail(&f->err, PQ_ERR_FORMAT,
					"footer length %u exceeds the file size %llu (truncated file?)",
					mlen, (unsigned long long) src->size);
		goto fail;
	}
	if (mlen > f->err.max_alloc)
	{
		s = pq_fail(&f->err, PQ_ERR_LIMIT, "footer of %u bytes exceeds the limit",
					mlen);
		goto fail;
	}
	mbuf = pq_arena_alloc(&f->meta, mlen);
	if (mbuf == NULL)
	{
		s = pq_fail(&f->err, PQ_ERR_NOMEM, "out of memory reading the footer");
		goto fail;
	}
	if (src->read_at(src->ctx, src->size - 8 - mlen, mbuf, mlen, f->err.msg,
					 sizeof(f->err.msg)) != 0)
	{
		s = PQ_ERR_IO;
		goto fail;
	}
	pq_thrift_init(&t, mbuf, mlen, &f->err, "file metadata");
	memset(&mp, 0, sizeof(mp));
	mp.f = f;
	mp.t = &t;
	if ((s = parse_file_meta(&mp)) != PQ_OK)
		goto fail;

	f->root = &mp.elems[0];
	f->root->max_def = f->root->max_rep = 0;
	if (mp.elems[0].nchildren <= 0)
	{
		s = pq_fail(&f->err, PQ_ERR_FORMAT, "schema root has no columns");
		goto fail;
	}
	if ((s = build_tree(&mp, f->root, &pos, 0)) != PQ_OK)
		goto fail;
	if (pos != mp.nelems)
	{
		s = pq_fail(&f->err, PQ_ERR_FORMAT,
					"schema has %u elements but the tree uses %u", mp.nelems, pos);
		goto fail;
	}
	f->leaves = pq_arena_alloc(&f->meta, (size_t) f->nleaves * sizeof(pq_schema_node *));
	f->leaf_selected = pq_arena_alloc(&f->meta, (size_t) f->nleaves);
	if (f->leaves == NULL || f->leaf_selected == NULL)
	{
		s = pq_fail(&f->err, PQ_ERR_NOMEM, "out of memory");
		goto fail;
	}
	memset(f->leaf_selected, 1, (size_t) f->nleaves);
	collect_leaves(f, f->root);
	if ((s = validate_row_groups(f)) != PQ_OK)
		goto fail;
	*out = f;
	return PQ_OK;

fail:
	snprintf(err, errlen, "%s", f->err.msg);
	pq_close(f);
	return s;
}

/*
 * Free everything belonging to f; NULL is ignored.
 */
void
pq_close(pq_file *f)
{
	pq_allocator a;

	if (f == NULL)
		return;
	a = f->alloc;
	pq_arena_reset(&f->rg_arena);
	pq_arena_reset(&f->plan_arena);
	pq_arena_reset(&f->row_arena);
	pq_arena_reset(&f->meta);
	if (a.free != NULL)
		a.free(a.ctx, f);
}

/* The message of the last failure on f (empty if none). */
const char *
pq_error(const pq_file *f)
{
	return f->err.msg;
}

/* Total rows according to the file metadata. */
int64_t
pq_num_rows(const pq_file *f)
{
	return f->num_rows;
}

/* Number of row groups. */
int
pq_num_row_groups(const pq_file *f)
{
	return f->nrgs;
}

/* Rows in row group rg, or -1 if rg is out of range. */
int64_t
pq_row_group_num_rows(const pq_file *f, int rg)
{
	if (rg < 0 || rg >= f->nrgs)
		return -1;
	return f->rgs[rg].num_rows;
}

/* Compressed bytes of row group rg (sum of its chunks), -1 if out of range. */
int64_t
pq_row_group_byte_size(const pq_file *f, int rg)
{
	int64_t		sum = 0;
	int			c;

	if (rg < 0 || rg >= f->nrgs)
		return -1;
	for (c = 0; c < f->rgs[rg].nchunks; c++)
		sum += f->rgs[rg].chunks[c].total_compressed;
	return sum;
}

/* The schema root (a group whose children are the top-level columns). */
const pq_schema_node *
pq_schema_root(const pq_file *f)
{
	return f->root;
}

/* Number of leaf columns. */
int
pq_num_leaves(const pq_file *f)
{
	return f->nleaves;
}

/* Leaf i, or NULL if out of range. */
const pq_schema_node *
pq_leaf(const pq_file *f, int i)
{
	if (i < 0 || i >= f->nleaves)
		return NULL;
	return f->leaves[i];
}

/* The created_by string of the writer ("" if absent). */
const char *
pq_created_by(const pq_file *f)
{
	return f->created_by;
}

/* Name of a physical type, "GROUP" for -1, "?" for unknown values. */
const char *
pq_physical_name(int physical)
{
	static const char *const names[] = {
		"BOOLEAN", "INT32", "INT64", "INT96", "FLOAT", "DOUBLE",
		"BYTE_ARRAY", "FIXED_LEN_BYTE_ARRAY"
	};

	if (physical == -1)
		return "GROUP";
	if (physical < 0 || physical > 7)
		return "?";
	return names[physical];
}

/* Name of a repetition type. */
const char *
pq_repetition_name(int repetition)
{
	static const char *const names[] = {"REQUIRED", "OPTIONAL", "REPEATED"};

	if (repetition < 0 || repetition > 2)
		return "?";
	return names[repetition];
}

/*
 * Describe a logical type, e.g. "TIMESTAMP(MICROS,utc)", "INT(16,unsigned)",
 * "DECIMAL(10,2)"; "" for none.
 */
const char *
pq_logical_describe(const pq_logical *lt, char *buf, size_t len)
{
	static const char *const units[] = {"?", "MILLIS", "MICROS", "NANOS"};
	const char *unit = units[(lt->unit >= 1 && lt->unit <= 3) ? lt->unit : 0];

	switch (lt->kind)
	{
		case PQ_LT_NONE:
			snprintf(buf, len, "%s", "");
			break;
		case PQ_LT_STRING:
			snprintf(buf, len, "STRING");
			break;
		case PQ_LT_JSON:
			snprintf(buf, len, "JSON");
			break;
		case PQ_LT_ENUM:
			snprintf(buf, len, "ENUM");
			break;
		case PQ_LT_BSON:
			snprintf(buf, len, "BSON");
			break;
		case PQ_LT_UUID:
			snprintf(buf, len, "UUID");
			break;
		case PQ_LT_INT:
			snprintf(buf, len, "INT(%d,%s)", lt->bit_width,
					 lt->is_signed ? "signed" : "unsigned");
			break;
		case PQ_LT_DATE:
			snprintf(buf, len, "DATE");
			break;
		case PQ_LT_TIME:
			snprintf(buf, len, "TIME(%s,%s)", unit, lt->utc ? "utc" : "local");
			break;
		case PQ_LT_TIMESTAMP:
			snprintf(buf, len, "TIMESTAMP(%s,%s)", unit,
					 lt->utc ? "utc" : "local");
			break;
		case PQ_LT_DECIMAL:
			snprintf(buf, len, "DECIMAL(%d,%d)", lt->precision, lt->scale);
			break;
		case PQ_LT_LIST:
			snprintf(buf, len, "LIST");
			break;
		case PQ_LT_MAP:
			snprintf(buf, len, "MAP");
			break;
		case PQ_LT_FLOAT16:
			snprintf(buf, len, "FLOAT16");
			break;
		case PQ_LT_INTERVAL:
			snprintf(buf, len, "INTERVAL");
			break;
		case PQ_LT_UNKNOWN:
			snprintf(buf, len, "UNKNOWN");
			break;
	}
	return buf;
}
