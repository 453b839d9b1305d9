/*
 * pq_record.c
 *		Projection of columns, and Dremel record assembly: turning the
 *		repetition/definition levels and values of the selected leaves into
 *		one value tree per row (structs, 3-level and legacy 2-level lists,
 *		maps, unannotated repeated fields), with logical type conversion.
 */
#include <stdio.h>

#include "pq_int.h"

typedef enum
{
	P_PRIM, P_STRUCT, P_LIST
} plan_kind;

typedef struct pq_plan_node pq_plan_node;
struct pq_plan_node
{
	plan_kind	kind;
	const pq_schema_node *sn;
	int			nullable;
	int			def;			/* definition level when non-null */
	int			peek;			/* first selected leaf under the node */
	int			first_leaf;		/* leaf range under the node */
	int			nleaves;
	int			leaf;			/* P_PRIM */
	pq_plan_node **fields;		/* P_STRUCT */
	const char **names;
	int			nfields;
	int			rep_def;		/* P_LIST: def level when an element exists */
	int			rep_level;		/* P_LIST: repetition level of elements */
	pq_plan_node *elem;
};

struct pq_plan
{
	pq_plan_node *root;
};

#define BAD(...) pq_fail(&f->err, PQ_ERR_FORMAT, __VA_ARGS__)

/*
 * Whether any leaf under n is selected.
 */
static int
has_selected(const pq_file *f, const pq_schema_node *n)
{
	int			i;

	for (i = n->first_leaf; i < n->first_leaf + n->nleaves; i++)
		if (f->leaf_selected[i])
			return 1;
	return 0;
}

/*
 * First selected leaf under n (caller ensures one exists).
 */
static int
first_selected(const pq_file *f, const pq_schema_node *n)
{
	int			i;

	for (i = n->first_leaf; i < n->first_leaf + n->nleaves; i++)
		if (f->leaf_selected[i])
			return i;
	return n->first_leaf;
}

static pq_plan_node *build_field(pq_file *f, const pq_schema_node *n);

/*
 * Allocate a plan node for schema node n with leaf bookkeeping filled in.
 */
static pq_plan_node *
new_node(pq_file *f, const pq_schema_node *n, plan_kind kind)
{
	pq_plan_node *p = pq_arena_alloc(&f->plan_arena, sizeof(pq_plan_node));

	if (p == NULL)
		return NULL;
	memset(p, 0, sizeof(*p));
	p->kind = kind;
	p->sn = n;
	p->first_leaf = n->first_leaf;
	p->nleaves = n->nleaves;
	p->peek = first_selected(f, n);
	p->def = n->max_def;
	return p;
}

/*
 * Plan for the contents of n as a value that is present (a primitive or a
 * struct of its selected children), ignoring n's own repetition.
 */
static pq_plan_node *
build_content(pq_file *f, const pq_schema_node *n, int nullable)
{
	pq_plan_node *p;
	int			i,
				k = 0;

	if (n->leaf_index >= 0)
	{
		p = new_node(f, n, P_PRIM);
		if (p == NULL)
			return NULL;
		p->leaf = n->leaf_index;
		p->nullable = nullable;
		return p;
	}
	p = new_node(f, n, P_STRUCT);
	if (p == NULL)
		return NULL;
	p->nullable = nullable;
	p->fields = pq_arena_alloc(&f->plan_arena, (size_t) n->nchildren * sizeof(pq_plan_node *));
	p->names = pq_arena_alloc(&f->plan_arena, (size_t) n->nchildren * sizeof(char *));
	if (p->fields == NULL || p->names == NULL)
		return NULL;
	for (i = 0; i < n->nchildren; i++)
	{
		if (!has_selected(f, n->children[i]))
			continue;
		p->fields[k] = build_field(f, n->children[i]);
		if (p->fields[k] == NULL)
			return NULL;
		p->names[k] = n->children[i]->name;
		k++;
	}
	p->nfields = k;
	return p;
}

/*
 * Whether n is annotated as a LIST or MAP.
 */
static int
is_list_or_map(const pq_schema_node *n)
{
	return n->logical.kind == PQ_LT_LIST || n->logical.kind == PQ_LT_MAP ||
		n->converted == 1 || n->converted == 2 || n->converted == 3;
}

/*
 * Plan for field n as it appears in its parent: LIST/MAP groups become
 * lists of their elements (3-level or legacy 2-level), unannotated repeated
 * fields lists of their contents, everything else its content.
 */
static pq_plan_node *
build_field(pq_file *f, const pq_schema_node *n)
{
	pq_plan_node *p;
	const pq_schema_node *r;

	if (n->repetition == PQ_REPEATED)
	{
		p = new_node(f, n, P_LIST);
		if (p == NULL)
			return NULL;
		p->nullable = 0;
		p->def = n->max_def - 1;
		p->rep_def = n->max_def;
		p->rep_level = n->max_rep;
		p->elem = build_content(f, n, 0);
		return p->elem ? p : NULL;
	}
	if (n->leaf_index < 0 && is_list_or_map(n) && n->nchildren == 1 &&
		n->children[0]->repetition == PQ_REPEATED)
	{
		r = n->children[0];
		p = new_node(f, n, P_LIST);
		if (p == NULL)
			return NULL;
		p->nullable = n->repetition == PQ_OPTIONAL;
		p->rep_def = r->max_def;
		p->rep_level = r->max_rep;
		if (n->logical.kind != PQ_LT_MAP && n->converted != 1 &&
			n->converted != 2 && r->leaf_index < 0 && r->nchildren == 1 &&
			strcmp(r->name, "array") != 0)
		{
			/* 3-level list, unless the legacy "<name>_tuple" form */
			size_t		nl = strlen(n->name);

			if (!(strncmp(r->name, n->name, nl) == 0 &&
				  strcmp(r->name + nl, "_tuple") == 0))
			{
				p->elem = build_field(f, r->children[0]);
				return p->elem ? p : NULL;
			}
		}
		p->elem = build_content(f, r, 0);
		return p->elem ? p : NULL;
	}
	return build_content(f, n, n->repetition == PQ_OPTIONAL);
}

/*
 * Find the schema node for a dotted path below node; list and map wrapper
 * levels ("list", "element", "key_value") may be left out.
 */
static const pq_schema_node *
find_path(const pq_schema_node *node, const char *path, int in_wrapper)
{
	const char *dot = strchr(path, '.');
	size_t		len = dot ? (size_t) (dot - path) : strlen(path);
	int			i;

	for (i = 0; i < node->nchildren; i++)
	{
		const pq_schema_node *c = node->children[i];

		if (strlen(c->name) == len && memcmp(c->name, path, len) == 0)
			return dot ? find_path(c, dot + 1, 0) : c;
	}
	if (node->nchildren == 1 &&
		(in_wrapper || is_list_or_map(node) ||
		 node->children[0]->repetition == PQ_REPEATED))
		return find_path(node->children[0], path,
						 is_list_or_map(node) &&
						 node->children[0]->repetition == PQ_REPEATED);
	return NULL;
}

/*
 * Select columns by path (NULL/0 = all) and build the assembly plan.
 */
pq_status
pq_select(pq_file *f, const char *const *paths, int n)
{
	int			i;
	const pq_schema_node *root = f->root;
	pq_plan_node *p;

	pq_arena_reset(&f->plan_arena);
	f->plan = NULL;
	f->cols = NULL;
	f->cur_rg = -1;
	memset(f->leaf_selected, paths == NULL || n <= 0, (size_t) f->nleaves);
	for (i = 0; paths != NULL && i < n; i++)
	{
		const pq_schema_node *s = find_path(root, paths[i], 0);
		int			k;

		if (s == NULL)
			return pq_fail(&f->err, PQ_ERR_NOTFOUND,
						   "column \"%s\" does not exist in the Parquet schema",
						   paths[i]);
		for (k = s->first_leaf; k < s->first_leaf + s->nleaves; k++)
			f->leaf_selected[k] = 1;
	}
	f->plan = pq_arena_alloc(&f->plan_arena, sizeof(struct pq_plan));
	f->cols = pq_arena_alloc(&f->plan_arena, (size_t) f->nleaves * sizeof(pq_column));
	if (f->plan == NULL || f->cols == NULL)
		return pq_fail(&f->err, PQ_ERR_NOMEM, "out of memory");
	memset(f->cols, 0, (size_t) f->nleaves * sizeof(pq_column));
	p = build_content(f, root, 0);
	if (p == NULL)
		return pq_fail(&f->err, PQ_ERR_NOMEM, "out of memory");
	f->plan->root = p;
	return PQ_OK;
}

/*
 * Dotted path of a schema node for messages (written into buf).
 */
static const char *
node_path(const pq_schema_node *n, char *buf, size_t len)
{
	const pq_schema_node *chain[128];
	int			k = 0;
	size_t		used = 0;

	while (n != NULL && n->parent != NULL && k < 128)
	{
		chain[k++] = n;
		n = n->parent;
	}
	buf[0] = '\0';
	while (k-- > 0)
	{
		int			w = snprintf(buf + used, len - used, "%s%s",
								 used ? "." : "", chain[k]->name);

		if (w < 0 || (size_t) w >= len - used)
			break;
		used += (size_t) w;
	}
	return buf;
}

/*
 * Load the selected column chunks of row group rg into a fresh arena.
 */
pq_status
pq_read_row_group(pq_file *f, int rg)
{
	int			i;
	pq_status	s;

	if (rg < 0 || rg >= f->nrgs)
		return pq_fail(&f->err, PQ_ERR_ARG, "row group %d out of range (file has %d)",
					   rg, f->nrgs);
	if (f->plan == NULL && (s = pq_select(f, NULL, 0)) != PQ_OK)
		return s;
	pq_arena_reset(&f->rg_arena);
	f->cur_rg = -1;
	for (i = 0; i < f->nleaves; i++)
	{
		char		path[256];
		pq_colctx	c;

		memset(&f->cols[i], 0, sizeof(pq_column));
		if (!f->leaf_selected[i])
			continue;
		c.err = &f->err;
		c.arena = &f->rg_arena;
		c.leaf = f->leaves[i];
		c.rg = rg;
		c.path = node_path(f->leaves[i], path, sizeof(path));
		s = pq_read_column(&c, &f->src, &f->rgs[rg].chunks[i], &f->cols[i],
						   &f->bytes_read);
		if (s != PQ_OK)
			return s;
	}
	f->cur_rg = rg;
	f->cur_row = 0;
	return PQ_OK;
}

/*
 * Advance the cursors of every selected leaf under p by one entry (a null
 * or empty value at p's level).
 */
static pq_status
consume(pq_file *f, const pq_plan_node *p)
{
	int			i;

	for (i = p->first_leaf; i < p->first_leaf + p->nleaves; i++)
	{
		pq_column  *col = &f->cols[i];

		if (!f->leaf_selected[i])
			continue;
		if (col->pos >= col->n)
			return BAD("column '%s' of row group %d: levels run out at row %lld",
					   col->leaf->name, f->cur_rg, (long long) f->cur_row);
		if (col->def != NULL && col->def[col->pos] == col->leaf->max_def)
			return BAD("column '%s' of row group %d: inconsistent levels at row %lld",
					   col->leaf->name, f->cur_rg, (long long) f->cur_row);
		col->pos++;
	}
	return PQ_OK;
}

/*
 * Convert an IEEE half float to double.
 */
static double
half_to_double(uint16_t h)
{
	int			e = (h >> 10) & 0x1f;
	int			m = h & 0x3ff;
	double		v;
	int			k;

	if (e == 0)
	{
		v = m / 1024.0;
		for (k = 0; k < 14; k++)
			v /= 2;
	}
	else if (e == 31)
		v = m ? (0.0 / 0.0) : (1.0 / 0.0);
	else
	{
		v = 1.0 + m / 1024.0;
		for (k = 15; k < e; k++)
			v *= 2;
		for (k = e; k < 15; k++)
			v /= 2;
	}
	return (h & 0x8000) ? -v : v;
}

/*
 * Convert a time or timestamp count in unit to microseconds (floor for
 * nanoseconds; wrapping arithmetic, so absurd values cannot trap).
 */
static int64_t
to_micros(int64_t v, int unit)
{
	if (unit == PQ_UNIT_MILLIS)
		return (int64_t) ((uint64_t) v * 1000u);
	if (unit == PQ_UNIT_NANOS)
		return v / 1000 - ((v % 1000) < 0);
	return v;
}

/*
 * Turn a raw slot of leaf into a value according to its logical type.
 */
static void
convert(const pq_schema_node *leaf, const pq_slot *s, pq_value *v)
{
	const pq_logical *lt = &leaf->logical;

	switch (leaf->physical)
	{
		case PQ_BOOLEAN:
			v->kind = PQ_V_BOOL;
			v->u.b = (int) s->i;
			return;
		case PQ_FLOAT:
		case PQ_DOUBLE:
			v->kind = PQ_V_DOUBLE;
			v->u.d = s->d;
			return;
		case PQ_INT32:
		case PQ_INT64:
			if (lt->kind == PQ_LT_INT && !lt->is_signed)
			{
				v->kind = PQ_V_UINT;
				v->u.u = leaf->physical == PQ_INT32 ?
					(uint64_t) (uint32_t) s->i : (uint64_t) s->i;
				return;
			}
			if (lt->kind == PQ_LT_DATE)
			{
				v->kind = PQ_V_DATE;
				v->u.date = (int32_t) s->i;
				return;
			}
			if (lt->kind == PQ_LT_TIMESTAMP)
			{
				v->kind = PQ_V_TIMESTAMP;
				v->u.ts.micros = to_micros(s->i, lt->unit);
				v->u.ts.utc = lt->utc;
				return;
			}
			if (lt->kind == PQ_LT_TIME)
			{
				v->kind = PQ_V_TIME;
				v->u.i = to_micros(s->i, lt->unit);
				return;
			}
			if (lt->kind == PQ_LT_DECIMAL)
			{
				v->kind = PQ_V_DECIMAL;
				v->u.dec.unscaled = s->i;
				v->u.dec.scale = lt->scale;
				v->u.dec.ptr = NULL;
				v->u.dec.len = 0;
				return;
			}
			v->kind = PQ_V_INT;
			v->u.i = s->i;
			return;
		case PQ_INT96:
			{
				/* nanoseconds of day, then Julian day number */
				int64_t		nanos = (int64_t) pq_le64(s->s.ptr);
				int64_t		jd = (int32_t) pq_le32(s->s.ptr + 8);

				v->kind = PQ_V_TIMESTAMP;
				v->u.ts.micros = (int64_t) ((uint64_t) (jd - 2440588) * 86400000000u) +
					to_micros(nanos, PQ_UNIT_NANOS);
				v->u.ts.utc = 0;
				return;
			}
		default:
			break;
	}
	/* BYTE_ARRAY, FIXED_LEN_BYTE_ARRAY */
	if (lt->kind == PQ_LT_DECIMAL)
	{
		v->kind = PQ_V_DECIMAL;
		v->u.dec.scale = lt->scale;
		if (s->s.len <= 8)
		{
			uint64_t	u = 0;
			uint32_t	k;

			for (k = 0; k < s->s.len; k++)
				u = (u << 8) | s->s.ptr[k];
			if (s->s.len > 0 && s->s.len < 8 && (s->s.ptr[0] & 0x80))
				u |= ~(uint64_t) 0 << (8 * s->s.len);
			v->u.dec.unscaled = (int64_t) u;
			v->u.dec.ptr = NULL;
			v->u.dec.len = 0;
		}
		else
		{
			v->u.dec.unscaled = 0;
			v->u.dec.ptr = s->s.ptr;
			v->u.dec.len = s->s.len;
		}
		return;
	}
	if (lt->kind == PQ_LT_FLOAT16 && s->s.len == 2)
	{
		v->kind = PQ_V_DOUBLE;
		v->u.d = half_to_double((uint16_t) (s->s.ptr[0] | (s->s.ptr[1] << 8)));
		return;
	}
	if (lt->kind == PQ_LT_STRING || lt->kind == PQ_LT_JSON ||
		lt->kind == PQ_LT_ENUM)
		v->kind = PQ_V_STRING;
	else
		v->kind = PQ_V_BYTES;
	v->u.s.ptr = s->s.ptr;
	v->u.s.len = s->s.len;
}

/*
 * Assemble the value of plan node p at the current cursors into *v.
 */
static pq_status
assemble(pq_file *f, const pq_plan_node *p, pq_value *v, int depth)
{
	pq_column  *col = &f->cols[p->peek];
	int			d;
	pq_status	s;

	if (col->pos >= col->n)
		return BAD("column '%s' of row group %d: levels run out at row %lld",
				   col->leaf->name, f->cur_rg, (long long) f->cur_row);
	d = col->def ? col->def[col->pos] : col->leaf->max_def;
	if (p->nullable && d < p->def)
	{
		v->kind = PQ_V_NULL;
		return consume(f, p);
	}
	switch (p->kind)
	{
		case P_PRIM:
			if (d != col->leaf->max_def)
				return BAD("column '%s' of row group %d: definition level %d where %d expected at row %lld",
						   col->leaf->name, f->cur_rg, d, col->leaf->max_def,
						   (long long) f->cur_row);
			if (col->vpos >= col->nvals)
				return BAD("column '%s' of row group %d: values run out at row %lld",
						   col->leaf->name, f->cur_rg, (long long) f->cur_row);
			convert(col->leaf, &col->vals[col->vpos++], v);
			col->pos++;
			return PQ_OK;
		case P_STRUCT:
			{
				int			i;

				v->kind = PQ_V_STRUCT;
				v->u.st.n = (uint32_t) p->nfields;
				v->u.st.names = p->names;
				v->u.st.fields = pq_arena_alloc(&f->row_arena,
												(size_t) p->nfields * sizeof(pq_value));
				if (v->u.st.fields == NULL)
					return pq_fail(&f->err, PQ_ERR_NOMEM, "out of memory");
				for (i = 0; i < p->nfields; i++)
					if ((s = assemble(f, p->fields[i], &v->u.st.fields[i], depth + 1)) != PQ_OK)
						return s;
				return PQ_OK;
			}
		case P_LIST:
			{
				int64_t		count = 1,
							j,
							i;

				v->kind = PQ_V_LIST;
				v->u.list.n = 0;
				v->u.list.items = NULL;
				if (d < p->rep_def)
					return consume(f, p);
				/* count elements: entries repeating at this level */
				if (col->rep == NULL)
					return BAD("column '%s' of row group %d: repeated field without repetition levels",
							   col->leaf->name, f->cur_rg);
				for (j = col->pos + 1; j < col->n && col->rep[j] >= p->rep_level; j++)
					count += col->rep[j] == p->rep_level;
				if (count > UINT32_MAX)
					return pq_fail(&f->err, PQ_ERR_LIMIT, "list too long");
				v->u.list.items = pq_arena_alloc(&f->row_arena,
												 (size_t) count * sizeof(pq_value));
				if (v->u.list.items == NULL)
					return pq_fail(&f->err, PQ_ERR_NOMEM, "out of memory");
				for (i = 0; i < count; i++)
				{
					if (i > 0 && (col->pos >= col->n || col->rep[col->pos] != p->rep_level))
						return BAD("column '%s' of row group %d: inconsistent repetition levels at row %lld",
								   col->leaf->name, f->cur_rg, (long long) f->cur_row);
					if ((s = assemble(f, p->elem, &v->u.list.items[i], depth + 1)) != PQ_OK)
						return s;
				}
				v->u.list.n = (uint32_t) count;
				return PQ_OK;
			}
	}
	return PQ_OK;
}

/*
 * Assemble the next row of the loaded row group into *row.  The value tree
 * is valid until the next pq_next_row or pq_read_row_group; strings in it
 * point into the row group's pages and stay valid until pq_read_row_group.  Returns 1, 0 at the end, or a
 * negative status.  At the end every selected column must be used up.
 */
int
pq_next_row(pq_file *f, const pq_value **row)
{
	pq_value   *v;
	pq_status	s;
	int			i;

	*row = NULL;
	if (f->cur_rg < 0)
		return pq_fail(&f->err, PQ_ERR_ARG, "no row group loaded");
	if (f->cur_row >= f->rgs[f->cur_rg].num_rows)
	{
		for (i = 0; i < f->nleaves; i++)
			if (f->leaf_selected[i] && f->cols[i].pos != f->cols[i].n)
				return BAD("column '%s' of row group %d: %lld level entries left after the last row",
						   f->leaves[i]->name, f->cur_rg,
						   (long long) (f->cols[i].n - f->cols[i].pos));
		return 0;
	}
	for (i = 0; i < f->nleaves; i++)
		if (f->leaf_selected[i] && f->cols[i].rep != NULL &&
			f->cols[i].pos < f->cols[i].n && f->cols[i].rep[f->cols[i].pos] != 0)
			return BAD("column '%s' of row group %d: row %lld does not start at repetition level 0",
					   f->leaves[i]->name, f->cur_rg, (long long) f->cur_row);
	pq_arena_clear(&f->row_arena);
	v = pq_arena_alloc(&f->row_arena, sizeof(pq_value));
	if (v == NULL)
		return pq_fail(&f->err, PQ_ERR_NOMEM, "out of memory");
	if (f->plan->root->nfields == 0)
	{
		v->kind = PQ_V_STRUCT;
		v->u.st.n = 0;
		v->u.st.fields = NULL;
		v->u.st.names = NULL;
	}
	else if ((s = assemble(f, f->plan->root, v, 0)) != PQ_OK)
		return s;
	f->cur_row++;
	*row = v;
	return 1;
}

/* Bytes of column chunks read so far. */
uint64_t
pq_bytes_read(const pq_file *f)
{
	return f->bytes_read;
}
