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
	pq_schema_node *elems;
	int32_t    *nchild;			/* num_children per element, -1 absent */
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

/*
 * Parse a TimeUnit union (MILLIS=1, MICROS=2, NANOS=3) into *unit.
 */
static pq_status
parse_time_unit(pq_thrift *t, int *unit)
{
	int16_t		last = 0;
	int			id,
				ft;
	pq_status	s;

	for (;;)
	{
		if ((s = pq_thrift_field(t, &id, &ft, &last)) != PQ_OK)
			return s;
		if (ft == TC_STOP)
			return PQ_OK;
		if (id >= 1 && id <= 3)
			*unit = id;
		if ((s = pq_thrift_skip(t, ft)) != PQ_OK)
			return s;
	}
}

/*
 * Parse the fields of a LogicalType member struct (TIME, TIMESTAMP, INTEGER
 * or DECIMAL; others have no fields of interest) into lt.
 */
static pq_status
parse_logical_member(pq_thrift *t, int member, pq_logical *lt)
{
	int16_t		last = 0;
	int			id,
				ft;
	pq_status	s;
	int64_t		v;

	for (;;)
	{
		if ((s = pq_thrift_field(t, &id, &ft, &last)) != PQ_OK)
			return s;
		if (ft == TC_STOP)
			return PQ_OK;
		if ((member == 7 || member == 8) && id == 1)
			s = pq_thrift_bool(t, ft, &lt->utc);
		else if ((member == 7 || member == 8) && id == 2)
		{
			if ((s = pq_thrift_struct_begin(t, ft)) == PQ_OK)
				s = parse_time_unit(t, &lt->unit);
			pq_thrift_struct_end(t);
		}
		else if (member == 10 && id == 1)
		{
			s = pq_thrift_i64(t, ft, &v);
			lt->bit_width = (int) (v & 0xff);
		}
		else if (member == 10 && id == 2)
			s = pq_thrift_bool(t, ft, &lt->is_signed);
		else if (member == 5 && (id == 1 || id == 2))
		{
			s = pq_thrift_i64(t, ft, &v);
			if (s == PQ_OK && (v < 0 || v > 76))
				return pq_fail(t->err, PQ_ERR_FORMAT,
							   "%s: decimal scale or precision %lld out of range",
							   t->what, (long long) v);
			if (id == 1)
				lt->scale = (int) v;
			else
				lt->precision = (int) v;
		}
		else
			s = pq_thrift_skip(t, ft);
		if (s != PQ_OK)
			return s;
	}
}

/*
 * Parse the LogicalType union into lt (kind set from the member id).
 */
static pq_status
parse_logical(pq_thrift *t, pq_logical *lt)
{
	static const pq_logical_kind kinds[] = {
		PQ_LT_NONE, PQ_LT_STRING, PQ_LT_MAP, PQ_LT_LIST, PQ_LT_ENUM,
		PQ_LT_DECIMAL, PQ_LT_DATE, PQ_LT_TIME, PQ_LT_TIMESTAMP, PQ_LT_NONE,
		PQ_LT_INT, PQ_LT_UNKNOWN, PQ_LT_JSON, PQ_LT_BSON, PQ_LT_UUID,
		PQ_LT_FLOAT16
	};
	int16_t		last = 0;
	int			id,
				ft;
	pq_status	s;

	for (;;)
	{
		if ((s = pq_thrift_field(t, &id, &ft, &last)) != PQ_OK)
			return s;
		if (ft == TC_STOP)
			return PQ_OK;
		if (id >= 1 && id < (int) (sizeof(kinds) / sizeof(kinds[0])) &&
			ft == TC_STRUCT)
		{
			memset(lt, 0, sizeof(*lt));
			lt->kind = kinds[id];
			lt->is_signed = 1;
			if ((s = pq_thrift_struct_begin(t, ft)) == PQ_OK)
				s = parse_logical_member(t, id, lt);
			pq_thrift_struct_end(t);
		}
		else
			s = pq_thrift_skip(t, ft);
		if (s != PQ_OK)
			return s;
	}
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

/*
 * Parse one SchemaElement into n and *nchild (-1 when num_children absent).
 */
static pq_status
parse_schema_element(meta_parse *mp, pq_schema_node *n, int32_t *nchild)
{
	pq_thrift  *t = mp->t;
	int16_t		last = 0;
	int			id,
				ft;
	pq_status	s;
	const uint8_t *p;
	uint32_t	len;
	int32_t		scale = 0,
				precision = 0;
	int			have_logical = 0;

	memset(n, 0, sizeof(*n));
	n->physical = -1;
	n->converted = -1;
	n->leaf_index = -1;
	n->name = "";
	*nchild = -1;
	for (;;)
	{
		if ((s = pq_thrift_field(t, &id, &ft, &last)) != PQ_OK)
			return s;
		if (ft == TC_STOP)
			break;
		switch (id)
		{
			case 1:
				s = pq_thrift_i32(t, ft, &n->physical);
				if (s == PQ_OK && (n->physical < 0 || n->physical > 7))
					return pq_fail(t->err, PQ_ERR_FORMAT,
								   "schema: unknown physical type %d",
								   n->physical);
				break;
			case 2:
				s = pq_thrift_i32(t, ft, &n->type_length);
				break;
			case 3:
				s = pq_thrift_i32(t, ft, &n->repetition);
				if (s == PQ_OK && (n->repetition < 0 || n->repetition > 2))
					return pq_fail(t->err, PQ_ERR_FORMAT,
								   "schema: unknown repetition type %d",
								   n->repetition);
				break;
			case 4:
				s = pq_thrift_binary(t, ft, &p, &len);
				if (s == PQ_OK && (n->name = meta_strdup(mp->f, p, len)) == NULL)
					return pq_fail(t->err, PQ_ERR_NOMEM, "out of memory");
				break;
			case 5:
				s = pq_thrift_i32(t, ft, nchild);
				break;
			case 6:
				s = pq_thrift_i32(t, ft, &n->converted);
				break;
			case 7:
				s = pq_thrift_i32(t, ft, &scale);
				break;
			case 8:
				s = pq_thrift_i32(t, ft, &precision);
				break;
			case 10:
				if ((s = pq_thrift_struct_begin(t, ft)) == PQ_OK)
					s = parse_logical(t, &n->logical);
				pq_thrift_struct_end(t);
				have_logical = 1;
				break;
			default:
				s = pq_thrift_skip(t, ft);
				break;
		}
		if (s != PQ_OK)
			return s;
	}
	if (!have_logical || n->logical.kind == PQ_LT_NONE)
		logical_from_converted(n, scale, precision);
	if (n->logical.kind == PQ_LT_DECIMAL && n->logical.precision == 0)
	{
		n->logical.scale = scale;
		n->logical.precision = precision;
	}
	return PQ_OK;
}

/*
 * Parse ColumnMetaData into m.
 */
static pq_status
parse_column_meta(pq_thrift *t, pq_chunk_meta *m)
{
	int16_t		last = 0;
	int			id,
				ft;
	pq_status	s;

	for (;;)
	{
		if ((s = pq_thrift_field(t, &id, &ft, &last)) != PQ_OK)
			return s;
		if (ft == TC_STOP)
			return PQ_OK;
		switch (id)
		{
			case 1:
				s = pq_thrift_i32(t, ft, &m->type);
				break;
			case 4:
				s = pq_thrift_i32(t, ft, &m->codec);
				break;
			case 5:
				s = pq_thrift_i64(t, ft, &m->num_values);
				break;
			case 6:
				s = pq_thrift_i64(t, ft, &m->total_uncompressed);
				break;
			case 7:
				s = pq_thrift_i64(t, ft, &m->total_compressed);
				break;
			case 9:
				s = pq_thrift_i64(t, ft, &m->data_page_offset);
				break;
			case 11:
				s = pq_thrift_i64(t, ft, &m->dict_page_offset);
				break;
			default:
				s = pq_thrift_skip(t, ft);
				break;
		}
		if (s != PQ_OK)
			return s;
	}
}

/*
 * Parse a ColumnChunk; external files and encrypted columns are rejected.
 */
static pq_status
parse_column_chunk(pq_thrift *t, pq_chunk_meta *m)
{
	int16_t		last = 0;
	int			id,
				ft;
	pq_status	s;

	memset(m, 0, sizeof(*m));
	m->dict_page_offset = -1;
	m->type = -1;
	for (;;)
	{
		if ((s = pq_thrift_field(t, &id, &ft, &last)) != PQ_OK)
			return s;
		if (ft == TC_STOP)
			return PQ_OK;
		if (id == 1)
			return pq_fail(t->err, PQ_ERR_UNSUPPORTED,
						   "column chunks stored in external files are not supported");
		if (id == 8 || id == 9)
			return pq_fail(t->err, PQ_ERR_UNSUPPORTED,
						   "encrypted column chunks are not supported");
		if (id == 3)
		{
			if ((s = pq_thrift_struct_begin(t, ft)) == PQ_OK)
				s = parse_column_meta(t, m);
			pq_thrift_struct_end(t);
			m->has_meta = 1;
		}
		else
			s = pq_thrift_skip(t, ft);
		if (s != PQ_OK)
			return s;
	}
}

/*
 * Parse a RowGroup into rg (chunks allocated in the metadata arena).
 */
static pq_status
parse_row_group(meta_parse *mp, pq_row_group *rg)
{
	pq_thrift  *t = mp->t;
	int16_t		last = 0;
	int			id,
				ft,
				elem;
	uint32_t	n,
				i;
	pq_status	s;

	memset(rg, 0, sizeof(*rg));
	rg->num_rows = -1;
	for (;;)
	{
		if ((s = pq_thrift_field(t, &id, &ft, &last)) != PQ_OK)
			return s;
		if (ft == TC_STOP)
			break;
		if (id == 1)
		{
			if ((s = pq_thrift_list(t, ft, &elem, &n)) != PQ_OK)
				return s;
			if (elem != TC_STRUCT)
				return pq_fail(t->err, PQ_ERR_FORMAT,
							   "row group column list holds non-structs");
			if (rg->chunks != NULL)
				return pq_fail(t->err, PQ_ERR_FORMAT,
							   "row group has two column lists");
			rg->chunks = pq_arena_alloc(&mp->f->meta,
										(size_t) n * sizeof(pq_chunk_meta));
			if (rg->chunks == NULL)
				return pq_fail(t->err, PQ_ERR_NOMEM, "out of memory");
			rg->nchunks = (int) n;
			for (i = 0; i < n; i++)
			{
				if ((s = pq_thrift_struct_begin(t, TC_STRUCT)) == PQ_OK)
					s = parse_column_chunk(t, &rg->chunks[i]);
				pq_thrift_struct_end(t);
				if (s != PQ_OK)
					return s;
			}
		}
		else if (id == 2)
			s = pq_thrift_i64(t, ft, &rg->total_byte_size);
		else if (id == 3)
			s = pq_thrift_i64(t, ft, &rg->num_rows);
		else
			s = pq_thrift_skip(t, ft);
		if (s != PQ_OK)
			return s;
	}
	if (rg->num_rows < 0)
		return pq_fail(t->err, PQ_ERR_FORMAT, "row group lacks num_rows");
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
	int32_t		nc = mp->nchild[parent - mp->elems];
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

/*
 * Parse FileMetaData from the footer buffer.
 */
static pq_status
parse_file_meta(meta_parse *mp)
{
	pq_thrift  *t = mp->t;
	pq_file    *f = mp->f;
	int16_t		last = 0;
	int			id,
				ft,
				elem;
	uint32_t	n,
				i;
	pq_status	s;
	int			have_rows = 0;

	for (;;)
	{
		if ((s = pq_thrift_field(t, &id, &ft, &last)) != PQ_OK)
			return s;
		if (ft == TC_STOP)
			break;
		if (id == 2 || id == 4)
		{
			if ((s = pq_thrift_list(t, ft, &elem, &n)) != PQ_OK)
				return s;
			if (elem != TC_STRUCT)
				return pq_fail(t->err, PQ_ERR_FORMAT,
							   "file metadata list %d holds non-structs", id);
			if ((id == 2 && mp->elems != NULL) || (id == 4 && f->rgs != NULL))
				return pq_fail(t->err, PQ_ERR_FORMAT,
							   "file metadata repeats field %d", id);
			if (id == 2)
			{
				mp->elems = pq_arena_alloc(&f->meta, (size_t) n * sizeof(pq_schema_node));
				mp->nchild = pq_arena_alloc(&f->meta, (size_t) n * sizeof(int32_t));
				if (mp->elems == NULL || mp->nchild == NULL)
					return pq_fail(t->err, PQ_ERR_NOMEM, "out of memory");
				mp->nelems = n;
			}
			else
			{
				f->rgs = pq_arena_alloc(&f->meta, (size_t) n * sizeof(pq_row_group));
				if (f->rgs == NULL)
					return pq_fail(t->err, PQ_ERR_NOMEM, "out of memory");
				f->nrgs = (int) n;
			}
			for (i = 0; i < n; i++)
			{
				if ((s = pq_thrift_struct_begin(t, TC_STRUCT)) == PQ_OK)
				{
					if (id == 2)
						s = parse_schema_element(mp, &mp->elems[i], &mp->nchild[i]);
					else
						s = parse_row_group(mp, &f->rgs[i]);
				}
				pq_thrift_struct_end(t);
				if (s != PQ_OK)
					return s;
			}
		}
		else if (id == 3)
		{
			s = pq_thrift_i64(t, ft, &f->num_rows);
			have_rows = 1;
		}
		else if (id == 6)
		{
			const uint8_t *p;
			uint32_t	len;

			s = pq_thrift_binary(t, ft, &p, &len);
			if (s == PQ_OK && (f->created_by = meta_strdup(f, p, len)) == NULL)
				return pq_fail(t->err, PQ_ERR_NOMEM, "out of memory");
		}
		else if (id == 8)
			return pq_fail(t->err, PQ_ERR_UNSUPPORTED,
						   "encrypted Parquet files are not supported");
		else
			s = pq_thrift_skip(t, ft);
		if (s != PQ_OK)
			return s;
	}
	if (mp->nelems == 0 || !have_rows)
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
	if (mp.nchild[0] <= 0)
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
