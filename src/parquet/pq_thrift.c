/*
 * pq_thrift.c
 *		Thrift compact protocol reader, bounds-checked, plus the PageHeader
 *		struct of parquet.thrift.
 */
#include "pq_int.h"

#define PQ_THRIFT_MAX_DEPTH 64

/*
 * Set up a reader over len bytes at p; what names the structure in errors.
 */
void
pq_thrift_init(pq_thrift *t, const uint8_t *p, size_t len, pq_err *err,
			   const char *what)
{
	t->p = p;
	t->start = p;
	t->end = p + len;
	t->depth = 0;
	t->bool_val = 0;
	t->err = err;
	t->what = what;
}

/*
 * Report truncated or malformed Thrift data at the current offset.
 */
static pq_status
thrift_bad(pq_thrift *t, const char *why)
{
	return pq_fail(t->err, PQ_ERR_FORMAT, "%s: %s at byte %ld", t->what, why,
				   (long) (t->p - t->start));
}

/*
 * Read an unsigned LEB128 varint of at most 10 bytes.
 */
static pq_status
thrift_varint(pq_thrift *t, uint64_t *v)
{
	uint64_t	r = 0;
	int			shift = 0;

	for (;;)
	{
		uint8_t		b;

		if (t->p >= t->end)
			return thrift_bad(t, "truncated varint");
		b = *t->p++;
		if (shift == 63 && (b & 0x7e) != 0)
			return thrift_bad(t, "varint overflows 64 bits");
		r |= (uint64_t) (b & 0x7f) << shift;
		if ((b & 0x80) == 0)
			break;
		shift += 7;
		if (shift > 63)
			return thrift_bad(t, "varint longer than 10 bytes");
	}
	*v = r;
	return PQ_OK;
}

/*
 * Read a zigzag-encoded signed varint.
 */
static pq_status
thrift_zigzag(pq_thrift *t, int64_t *v)
{
	uint64_t	u;
	pq_status	s = thrift_varint(t, &u);

	if (s != PQ_OK)
		return s;
	*v = (int64_t) (u >> 1) ^ -(int64_t) (u & 1);
	return PQ_OK;
}

/*
 * Read a field header: *type becomes TC_STOP at the end of a struct.
 * Boolean fields carry their value in the type nibble (kept in bool_val).
 */
pq_status
pq_thrift_field(pq_thrift *t, int *id, int *type, int16_t *last)
{
	uint8_t		b;
	int			delta;

	if (t->p >= t->end)
		return thrift_bad(t, "truncated field header");
	b = *t->p++;
	*type = b & 0x0f;
	if (*type == TC_STOP)
	{
		*id = 0;
		return PQ_OK;
	}
	delta = b >> 4;
	if (delta != 0)
		*id = *last + delta;
	else
	{
		int64_t		v;
		pq_status	s = thrift_zigzag(t, &v);

		if (s != PQ_OK)
			return s;
		if (v < INT16_MIN || v > INT16_MAX)
			return thrift_bad(t, "field id out of range");
		*id = (int) v;
	}
	if (*id < INT16_MIN || *id > INT16_MAX)
		return thrift_bad(t, "field id out of range");
	*last = (int16_t) *id;
	if (*type == TC_TRUE || *type == TC_FALSE)
		t->bool_val = (*type == TC_TRUE);
	if (*type > TC_STRUCT)
		return thrift_bad(t, "unknown field type");
	return PQ_OK;
}

/*
 * Read an integer field of any integer wire type into an int64.
 */
pq_status
pq_thrift_i64(pq_thrift *t, int type, int64_t *v)
{
	if (type == TC_BYTE)
	{
		if (t->p >= t->end)
			return thrift_bad(t, "truncated byte");
		*v = (int8_t) *t->p++;
		return PQ_OK;
	}
	if (type != TC_I16 && type != TC_I32 && type != TC_I64)
		return thrift_bad(t, "expected an integer field");
	return thrift_zigzag(t, v);
}

/*
 * Read an integer field that must fit in 32 bits.
 */
pq_status
pq_thrift_i32(pq_thrift *t, int type, int32_t *v)
{
	int64_t		x = 0;
	pq_status	s = pq_thrift_i64(t, type, &x);

	if (s != PQ_OK)
		return s;
	if (x < INT32_MIN || x > INT32_MAX)
		return thrift_bad(t, "32-bit integer out of range");
	*v = (int32_t) x;
	return PQ_OK;
}

/*
 * Read a boolean struct field (value already in the header).
 */
pq_status
pq_thrift_bool(pq_thrift *t, int type, int *v)
{
	if (type != TC_TRUE && type != TC_FALSE)
		return thrift_bad(t, "expected a boolean field");
	*v = t->bool_val;
	return PQ_OK;
}

/*
 * Read a binary/string field; the result points into the input buffer.
 */
pq_status
pq_thrift_binary(pq_thrift *t, int type, const uint8_t **p, uint32_t *len)
{
	uint64_t	n;
	pq_status	s;

	if (type != TC_BINARY)
		return thrift_bad(t, "expected a binary field");
	s = thrift_varint(t, &n);
	if (s != PQ_OK)
		return s;
	if (n > (uint64_t) (t->end - t->p))
		return thrift_bad(t, "binary field longer than the data");
	*p = t->p;
	*len = (uint32_t) n;
	t->p += n;
	return PQ_OK;
}

/*
 * Read a list/set header: element type and count.  The count is checked
 * against the remaining bytes (every element takes at least one byte, except
 * that booleans in lists take one byte too), so it cannot cause huge
 * allocations.
 */
pq_status
pq_thrift_list(pq_thrift *t, int type, int *elem, uint32_t *n)
{
	uint8_t		b;
	uint64_t	size;

	if (type != TC_LIST && type != TC_SET)
		return thrift_bad(t, "expected a list field");
	if (t->p >= t->end)
		return thrift_bad(t, "truncated list header");
	b = *t->p++;
	*elem = b & 0x0f;
	size = b >> 4;
	if (size == 15)
	{
		pq_status	s = thrift_varint(t, &size);

		if (s != PQ_OK)
			return s;
	}
	if (size > (uint64_t) (t->end - t->p))
		return thrift_bad(t, "list longer than the data");
	if (*elem == TC_STOP || *elem > TC_STRUCT)
		return thrift_bad(t, "unknown list element type");
	*n = (uint32_t) size;
	return PQ_OK;
}

/*
 * Check a field is a struct and enter it (bounded nesting depth).
 */
pq_status
pq_thrift_struct_begin(pq_thrift *t, int type)
{
	/* counted even on failure: every begin is paired with an end */
	if (++t->depth > PQ_THRIFT_MAX_DEPTH)
		return thrift_bad(t, "structs nested too deeply");
	if (type != TC_STRUCT)
		return thrift_bad(t, "expected a struct field");
	return PQ_OK;
}

/*
 * Leave a struct entered with pq_thrift_struct_begin.
 */
void
pq_thrift_struct_end(pq_thrift *t)
{
	t->depth--;
}

/* the slots store int fields as int32_t */
typedef char pq_int_is_int32[sizeof(int) == sizeof(int32_t) ? 1 : -1];

/*
 * Read the fields of the current struct up to its end (see pq_int.h).
 */
pq_status
pq_thrift_struct(pq_thrift *t, const pq_thrift_slot *slots, int nslots,
				 void *dst, pq_thrift_field_fn other, void *arg)
{
	int16_t		last = 0;
	int			id,
				ft,
				i;
	pq_status	s;

	for (;;)
	{
		if ((s = pq_thrift_field(t, &id, &ft, &last)) != PQ_OK)
			return s;
		if (ft == TC_STOP)
			return PQ_OK;
		for (i = 0; i < nslots && slots[i].id != id; i++)
			;
		if (i < nslots)
		{
			void	   *p = (char *) dst + slots[i].offset;

			if (slots[i].kind == PQ_SLOT_I32)
				s = pq_thrift_i32(t, ft, (int32_t *) p);
			else if (slots[i].kind == PQ_SLOT_I64)
				s = pq_thrift_i64(t, ft, (int64_t *) p);
			else
				s = pq_thrift_bool(t, ft, (int *) p);
		}
		else if (other != NULL)
			s = other(t, id, ft, arg);
		else
			s = pq_thrift_skip(t, ft);
		if (s != PQ_OK)
			return s;
	}
}

/*
 * Read a struct-typed field as pq_thrift_struct does, inside
 * pq_thrift_struct_begin/end (bounded nesting).
 */
pq_status
pq_thrift_nested(pq_thrift *t, int type, const pq_thrift_slot *slots, int nslots,
				 void *dst, pq_thrift_field_fn other, void *arg)
{
	pq_status	s = pq_thrift_struct_begin(t, type);

	if (s == PQ_OK)
		s = pq_thrift_struct(t, slots, nslots, dst, other, arg);
	pq_thrift_struct_end(t);
	return s;
}

/*
 * Skip one value of the given wire type (used for unknown fields), with
 * bounded recursion.
 */
pq_status
pq_thrift_skip(pq_thrift *t, int type)
{
	pq_status	s;
	int64_t		iv;
	uint64_t	uv;
	const uint8_t *p;
	uint32_t	len;

	switch (type)
	{
		case TC_TRUE:
		case TC_FALSE:
			return PQ_OK;
		case TC_BYTE:
		case TC_I16:
		case TC_I32:
		case TC_I64:
			return pq_thrift_i64(t, type, &iv);
		case TC_DOUBLE:
			if (t->end - t->p < 8)
				return thrift_bad(t, "truncated double");
			t->p += 8;
			return PQ_OK;
		case TC_BINARY:
			return pq_thrift_binary(t, type, &p, &len);
		case TC_LIST:
		case TC_SET:
			{
				int			elem;
				uint32_t	n,
							i;

				s = pq_thrift_list(t, type, &elem, &n);
				if (s != PQ_OK)
					return s;
				if (++t->depth > PQ_THRIFT_MAX_DEPTH)
					return thrift_bad(t, "containers nested too deeply");
				for (i = 0; i < n; i++)
				{
					if (elem == TC_TRUE || elem == TC_FALSE)
					{
						if (t->p >= t->end)
							return thrift_bad(t, "truncated list");
						t->p++;
						continue;
					}
					s = pq_thrift_skip(t, elem);
					if (s != PQ_OK)
						return s;
				}
				t->depth--;
				return PQ_OK;
			}
		case TC_MAP:
			{
				uint64_t	i;
				int			kt,
							vt;

				s = thrift_varint(t, &uv);
				if (s != PQ_OK)
					return s;
				if (uv == 0)
					return PQ_OK;
				if (uv > (uint64_t) (t->end - t->p))
					return thrift_bad(t, "map longer than the data");
				if (t->p >= t->end)
					return thrift_bad(t, "truncated map header");
				kt = *t->p >> 4;
				vt = *t->p & 0x0f;
				t->p++;
				if (++t->depth > PQ_THRIFT_MAX_DEPTH)
					return thrift_bad(t, "containers nested too deeply");
				for (i = 0; i < uv; i++)
				{
					if ((s = pq_thrift_skip(t, kt)) != PQ_OK ||
						(s = pq_thrift_skip(t, vt)) != PQ_OK)
						return s;
				}
				t->depth--;
				return PQ_OK;
			}
		case TC_STRUCT:
			{
				int16_t		last = 0;
				int			id,
							ft;

				if (++t->depth > PQ_THRIFT_MAX_DEPTH)
					return thrift_bad(t, "structs nested too deeply");
				for (;;)
				{
					s = pq_thrift_field(t, &id, &ft, &last);
					if (s != PQ_OK)
						return s;
					if (ft == TC_STOP)
						break;
					s = pq_thrift_skip(t, ft);
					if (s != PQ_OK)
						return s;
				}
				t->depth--;
				return PQ_OK;
			}
		default:
			return thrift_bad(t, "unknown wire type");
	}
}

#define PH(field) offsetof(pq_page_header, field)

/* DataPageHeader, DictionaryPageHeader and DataPageHeaderV2 */
static const pq_thrift_slot data_v1_slots[] = {
	{1, PQ_SLOT_I32, PH(num_values)}, {2, PQ_SLOT_I32, PH(encoding)},
	{3, PQ_SLOT_I32, PH(def_encoding)}, {4, PQ_SLOT_I32, PH(rep_encoding)}
};
static const pq_thrift_slot dict_slots[] = {
	{1, PQ_SLOT_I32, PH(num_values)}, {2, PQ_SLOT_I32, PH(encoding)}
};
static const pq_thrift_slot data_v2_slots[] = {
	{1, PQ_SLOT_I32, PH(num_values)}, {2, PQ_SLOT_I32, PH(num_nulls)},
	{3, PQ_SLOT_I32, PH(num_rows)}, {4, PQ_SLOT_I32, PH(encoding)},
	{5, PQ_SLOT_I32, PH(def_len)}, {6, PQ_SLOT_I32, PH(rep_len)},
	{7, PQ_SLOT_BOOL, PH(is_compressed)}
};

/* PageHeader: type and sizes */
static const pq_thrift_slot page_slots[] = {
	{1, PQ_SLOT_I32, PH(type)}, {2, PQ_SLOT_I32, PH(uncompressed_size)},
	{3, PQ_SLOT_I32, PH(compressed_size)}
};

/*
 * The page-type headers of a PageHeader (ids 5, 7 and 8) into the same
 * pq_page_header.
 */
static pq_status
page_sub_header(pq_thrift *t, int id, int type, void *arg)
{
	pq_page_header *h = arg;

	if (id == 5)
	{
		h->has_data = 1;
		return pq_thrift_nested(t, type, PQ_SLOTS(data_v1_slots), h, NULL, NULL);
	}
	if (id == 7)
	{
		h->has_dict = 1;
		return pq_thrift_nested(t, type, PQ_SLOTS(dict_slots), h, NULL, NULL);
	}
	if (id == 8)
	{
		h->has_v2 = 1;
		return pq_thrift_nested(t, type, PQ_SLOTS(data_v2_slots), h, NULL, NULL);
	}
	return pq_thrift_skip(t, type);
}

/*
 * Read a PageHeader; unknown fields are skipped, missing required fields
 * are reported.
 */
pq_status
pq_read_page_header(pq_thrift *t, pq_page_header *h)
{
	pq_status	s;

	memset(h, 0, sizeof(*h));
	h->is_compressed = 1;
	h->type = INT32_MIN;
	h->uncompressed_size = INT32_MIN;
	h->compressed_size = INT32_MIN;
	if ((s = pq_thrift_struct(t, PQ_SLOTS(page_slots), h, page_sub_header, h)) != PQ_OK)
		return s;
	if (h->type == INT32_MIN || h->uncompressed_size == INT32_MIN ||
		h->compressed_size == INT32_MIN)
		return thrift_bad(t, "page header lacks type or sizes");
	if (h->uncompressed_size < 0 || h->compressed_size < 0 ||
		h->num_values < 0 || h->def_len < 0 || h->rep_len < 0)
		return thrift_bad(t, "negative size in page header");
	return PQ_OK;
}
