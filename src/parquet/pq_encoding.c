/*
 * pq_encoding.c
 *		Value encodings of data and dictionary pages: PLAIN, dictionary
 *		indices, RLE booleans, DELTA_BINARY_PACKED, DELTA_LENGTH_BYTE_ARRAY,
 *		DELTA_BYTE_ARRAY and BYTE_STREAM_SPLIT, into raw pq_slot values.
 */
#include "pq_int.h"

#define BAD(...) pq_fail(c->err, PQ_ERR_FORMAT, __VA_ARGS__)

/*
 * Fixed width in bytes of a physical type's PLAIN values, 0 for BYTE_ARRAY
 * and BOOLEAN (which are not byte-aligned fixed widths).
 */
static int
plain_width(const pq_schema_node *leaf)
{
	switch (leaf->physical)
	{
		case PQ_INT32:
		case PQ_FLOAT:
			return 4;
		case PQ_INT64:
		case PQ_DOUBLE:
			return 8;
		case PQ_INT96:
			return 12;
		case PQ_FIXED_LEN_BYTE_ARRAY:
			return leaf->type_length;
		default:
			return 0;
	}
}

/*
 * Turn width bytes at p (little-endian) into a slot for the leaf's type.
 */
static inline void
fixed_slot(int physical, const uint8_t *p, int width, pq_slot *o)
{
	switch (physical)
	{
		case PQ_INT32:
			o->i = (int32_t) pq_le32(p);
			break;
		case PQ_INT64:
			o->i = (int64_t) pq_le64(p);
			break;
		case PQ_FLOAT:
			{
				uint32_t	u = pq_le32(p);
				float		f;

				memcpy(&f, &u, 4);
				o->d = f;
				break;
			}
		case PQ_DOUBLE:
			{
				uint64_t	u = pq_le64(p);

				memcpy(&o->d, &u, 8);
				break;
			}
		default:
			o->s.ptr = p;
			o->s.len = (uint32_t) width;
			break;
	}
}

/*
 * PLAIN: n values from p[0..len).  Byte arrays point into the page buffer.
 */
static pq_status
decode_plain(pq_colctx *c, const uint8_t *p, size_t len, int64_t n,
			 pq_slot *out)
{
	const pq_schema_node *leaf = c->leaf;
	int64_t		i;

	if (leaf->physical == PQ_BOOLEAN)
	{
		if ((uint64_t) n > (uint64_t) len * 8)
			return BAD("column chunk '%s' of row group %d: %lld PLAIN booleans need %lld bytes, page has %zu",
					   c->path, c->rg, (long long) n, (long long) ((n + 7) / 8), len);
		for (i = 0; i < n; i++)
			out[i].i = (p[i >> 3] >> (i & 7)) & 1;
		return PQ_OK;
	}
	if (leaf->physical == PQ_BYTE_ARRAY)
	{
		size_t		pos = 0;

		for (i = 0; i < n; i++)
		{
			uint32_t	l;

			if (len - pos < 4)
				return BAD("column chunk '%s' of row group %d: byte array %lld length truncated at offset %zu",
						   c->path, c->rg, (long long) i, pos);
			l = pq_le32(p + pos);
			pos += 4;
			if (l > len - pos)
				return BAD("column chunk '%s' of row group %d: byte array %lld of %u bytes overruns the page (%zu left)",
						   c->path, c->rg, (long long) i, l, len - pos);
			out[i].s.ptr = p + pos;
			out[i].s.len = l;
			pos += l;
		}
		return PQ_OK;
	}
	{
		int			w = plain_width(leaf);

		if (w < 0)
			return BAD("column chunk '%s' of row group %d: negative fixed length %d",
					   c->path, c->rg, w);
		if (w > 0 && (uint64_t) n > len / (uint64_t) w)
			return BAD("column chunk '%s' of row group %d: %lld PLAIN values of %d bytes overrun the page of %zu bytes",
					   c->path, c->rg, (long long) n, w, len);
		for (i = 0; i < n; i++)
			fixed_slot(leaf->physical, p + (size_t) i * w, w, &out[i]);
		return PQ_OK;
	}
}

/*
 * Read w bits (0..64) starting at bit bitpos of p, LSB first.
 */
static inline uint64_t
unpack_bits(const uint8_t *p, uint64_t bitpos, int w)
{
	uint64_t	r = 0;
	int			got = 0;
	uint64_t	byte = bitpos >> 3;
	int			off = (int) (bitpos & 7);

	while (got < w)
	{
		uint64_t	b = (uint64_t) (p[byte++] >> off);

		r |= b << got;
		got += 8 - off;
		off = 0;
	}
	if (w < 64)
		r &= ((uint64_t) 1 << w) - 1;
	return r;
}

/*
 * Read an unsigned varint from *pp (bounded by end).
 */
static int
read_uvarint(const uint8_t **pp, const uint8_t *end, uint64_t *v)
{
	const uint8_t *p = *pp;
	uint64_t	r = 0;
	int			shift = 0;

	for (;;)
	{
		if (p >= end || shift > 63)
			return -1;
		r |= (uint64_t) (*p & 0x7f) << shift;
		if ((*p++ & 0x80) == 0)
			break;
		shift += 7;
	}
	*pp = p;
	*v = r;
	return 0;
}

/*
 * DELTA_BINARY_PACKED: decode the stream at *pp into out (int64 values; for
 * INT32 columns the caller truncates).  Stores at most n values, requires at
 * least n, and leaves *pp after the stream.  *total gets the stream's count.
 */
static pq_status
decode_dbp(pq_colctx *c, const uint8_t **pp, const uint8_t *end, int64_t n,
		   int64_t *outv, int64_t *total)
{
	const uint8_t *p = *pp;
	uint64_t	block_size,
				nmini,
				count,
				zz;
	uint64_t	per_mini;
	uint64_t	remaining;
	int64_t		stored = 0;
	uint64_t	cur;

	if (read_uvarint(&p, end, &block_size) || read_uvarint(&p, end, &nmini) ||
		read_uvarint(&p, end, &count) || read_uvarint(&p, end, &zz))
		return BAD("column chunk '%s' of row group %d: DELTA_BINARY_PACKED header truncated",
				   c->path, c->rg);
	if (block_size == 0 || nmini == 0 || block_size > (1u << 20) ||
		block_size % nmini != 0 || (block_size / nmini) % 8 != 0)
		return BAD("column chunk '%s' of row group %d: DELTA_BINARY_PACKED block size %llu with %llu miniblocks is invalid",
				   c->path, c->rg, (unsigned long long) block_size,
				   (unsigned long long) nmini);
	if (count < (uint64_t) n)
		return BAD("column chunk '%s' of row group %d: DELTA_BINARY_PACKED holds %llu values, page needs %lld",
				   c->path, c->rg, (unsigned long long) count, (long long) n);
	if (count > (uint64_t) INT32_MAX * 16)
		return BAD("column chunk '%s' of row group %d: DELTA_BINARY_PACKED count %llu is absurd",
				   c->path, c->rg, (unsigned long long) count);
	per_mini = block_size / nmini;
	cur = (zz >> 1) ^ -(zz & 1);
	*total = (int64_t) count;
	if (count == 0)
	{
		*pp = p;
		return PQ_OK;
	}
	if (stored < n)
		outv[stored++] = (int64_t) cur;
	remaining = count - 1;
	while (remaining > 0)
	{
		uint64_t	mdz;
		uint64_t	min_delta;
		const uint8_t *widths;
		uint64_t	m;

		if (read_uvarint(&p, end, &mdz))
			return BAD("column chunk '%s' of row group %d: DELTA_BINARY_PACKED block header truncated",
					   c->path, c->rg);
		min_delta = (mdz >> 1) ^ -(mdz & 1);
		if ((uint64_t) (end - p) < nmini)
			return BAD("column chunk '%s' of row group %d: DELTA_BINARY_PACKED miniblock widths truncated",
					   c->path, c->rg);
		widths = p;
		p += nmini;
		for (m = 0; m < nmini && remaining > 0; m++)
		{
			int			w = widths[m];
			uint64_t	take = remaining < per_mini ? remaining : per_mini;
			uint64_t	bytes = per_mini * (uint64_t) w / 8;
			uint64_t	i;

			if (w > 64)
				return BAD("column chunk '%s' of row group %d: DELTA_BINARY_PACKED bit width %d",
						   c->path, c->rg, w);
			if (bytes > (uint64_t) (end - p))
			{
				/* a writer may omit the padding of the last miniblock */
				if (take * (uint64_t) w > (uint64_t) (end - p) * 8 || take != remaining)
					return BAD("column chunk '%s' of row group %d: DELTA_BINARY_PACKED miniblock truncated",
							   c->path, c->rg);
				bytes = (uint64_t) (end - p);
			}
			for (i = 0; i < take; i++)
			{
				uint64_t	d = w == 0 ? 0 : unpack_bits(p, i * (uint64_t) w, w);

				cur += min_delta + d;
				if (stored < n)
					outv[stored++] = (int64_t) cur;
			}
			p += bytes;
			remaining -= take;
		}
	}
	*pp = p;
	return PQ_OK;
}

/*
 * DELTA_BINARY_PACKED values of an INT32 or INT64 column.
 */
static pq_status
decode_delta_ints(pq_colctx *c, const uint8_t *p, size_t len, int64_t n,
				  pq_slot *out)
{
	int64_t    *tmp;
	int64_t		total,
				i;
	pq_status	s;

	if (c->leaf->physical != PQ_INT32 && c->leaf->physical != PQ_INT64)
		return pq_fail(c->err, PQ_ERR_UNSUPPORTED,
					   "column chunk '%s' of row group %d: DELTA_BINARY_PACKED on a %s column",
					   c->path, c->rg, pq_physical_name(c->leaf->physical));
	/* slots are 16 bytes, so the int64 values fit in the first half */
	tmp = (int64_t *) out;
	s = decode_dbp(c, &p, p + len, n, tmp, &total);
	if (s != PQ_OK)
		return s;
	for (i = n - 1; i >= 0; i--)
	{
		int64_t		v = tmp[i];

		out[i].i = c->leaf->physical == PQ_INT32 ? (int32_t) (uint32_t) v : v;
	}
	return PQ_OK;
}

/*
 * Decode a DELTA_BINARY_PACKED length stream of n entries into lens (in the
 * arena), checking each is a valid non-negative 32-bit length.
 */
static pq_status
decode_lengths(pq_colctx *c, const uint8_t **pp, const uint8_t *end,
			   int64_t n, int64_t **lens, const char *what)
{
	int64_t		total,
				i;
	pq_status	s;

	if ((uint64_t) n * 8 > c->err->max_alloc)
		return pq_fail(c->err, PQ_ERR_LIMIT,
					   "column chunk '%s' of row group %d: too many values", c->path, c->rg);
	*lens = pq_arena_alloc(c->arena, (size_t) n * sizeof(int64_t));
	if (*lens == NULL)
		return pq_fail(c->err, PQ_ERR_NOMEM, "out of memory");
	s = decode_dbp(c, pp, end, n, *lens, &total);
	if (s != PQ_OK)
		return s;
	for (i = 0; i < n; i++)
		if ((*lens)[i] < 0 || (*lens)[i] > INT32_MAX)
			return BAD("column chunk '%s' of row group %d: %s %lld of value %lld is invalid",
					   c->path, c->rg, what, (long long) (*lens)[i], (long long) i);
	return PQ_OK;
}

/*
 * DELTA_LENGTH_BYTE_ARRAY: lengths, then the concatenated bytes.  *pp is
 * advanced past the data.
 */
static pq_status
decode_delta_length(pq_colctx *c, const uint8_t **pp, const uint8_t *end,
					int64_t n, pq_slot *out)
{
	int64_t    *lens;
	int64_t		i;
	const uint8_t *p;
	pq_status	s = decode_lengths(c, pp, end, n, &lens, "length");

	if (s != PQ_OK)
		return s;
	p = *pp;
	for (i = 0; i < n; i++)
	{
		if ((uint64_t) lens[i] > (uint64_t) (end - p))
			return BAD("column chunk '%s' of row group %d: DELTA_LENGTH_BYTE_ARRAY value %lld overruns the page",
					   c->path, c->rg, (long long) i);
		out[i].s.ptr = p;
		out[i].s.len = (uint32_t) lens[i];
		p += lens[i];
	}
	*pp = p;
	return PQ_OK;
}

/*
 * DELTA_BYTE_ARRAY: prefix lengths, then suffixes as DELTA_LENGTH_BYTE_ARRAY;
 * each value is the previous value's prefix plus its suffix, built in one
 * arena buffer whose size is checked against the limit first.
 */
static pq_status
decode_delta_byte_array(pq_colctx *c, const uint8_t *p, size_t len,
						int64_t n, pq_slot *out)
{
	const uint8_t *end = p + len;
	int64_t    *prefix;
	int64_t		i;
	uint64_t	sum = 0;
	uint8_t    *buf;
	pq_status	s;

	s = decode_lengths(c, &p, end, n, &prefix, "prefix length");
	if (s != PQ_OK)
		return s;
	s = decode_delta_length(c, &p, end, n, out);
	if (s != PQ_OK)
		return s;
	for (i = 0; i < n; i++)
	{
		uint64_t	prev = i == 0 ? 0 : (uint64_t) prefix[i - 1] + out[i - 1].s.len;

		if ((uint64_t) prefix[i] > prev)
			return BAD("column chunk '%s' of row group %d: DELTA_BYTE_ARRAY prefix %lld longer than the previous value",
					   c->path, c->rg, (long long) prefix[i]);
		sum += (uint64_t) prefix[i] + out[i].s.len;
		if (sum > c->err->max_alloc || (uint64_t) prefix[i] + out[i].s.len > UINT32_MAX)
			return pq_fail(c->err, PQ_ERR_LIMIT,
						   "column chunk '%s' of row group %d: DELTA_BYTE_ARRAY values exceed the memory limit",
						   c->path, c->rg);
	}
	buf = pq_arena_alloc(c->arena, (size_t) sum);
	if (buf == NULL)
		return pq_fail(c->err, PQ_ERR_NOMEM, "out of memory");
	for (i = 0; i < n; i++)
	{
		size_t		pl = (size_t) prefix[i];

		if (pl > 0)
			memcpy(buf, out[i - 1].s.ptr, pl);
		if (out[i].s.len > 0)
			memcpy(buf + pl, out[i].s.ptr, out[i].s.len);
		out[i].s.ptr = buf;
		out[i].s.len = (uint32_t) (pl + out[i].s.len);
		buf += out[i].s.len;
	}
	if (c->leaf->physical == PQ_FIXED_LEN_BYTE_ARRAY)
		for (i = 0; i < n; i++)
			if (out[i].s.len != (uint32_t) c->leaf->type_length)
				return BAD("column chunk '%s' of row group %d: DELTA_BYTE_ARRAY value of %u bytes in a FIXED_LEN_BYTE_ARRAY(%d)",
						   c->path, c->rg, out[i].s.len, c->leaf->type_length);
	return PQ_OK;
}

/*
 * BYTE_STREAM_SPLIT: byte k of value i is at p[k * n + i].
 */
static pq_status
decode_byte_stream_split(pq_colctx *c, const uint8_t *p, size_t len,
						 int64_t n, pq_slot *out)
{
	int			w = plain_width(c->leaf);
	uint8_t		tmp[16];
	uint8_t    *fl = NULL;
	int64_t		i;
	int			k;

	if (w <= 0 || c->leaf->physical == PQ_INT96)
		return pq_fail(c->err, PQ_ERR_UNSUPPORTED,
					   "column chunk '%s' of row group %d: BYTE_STREAM_SPLIT on a %s column",
					   c->path, c->rg, pq_physical_name(c->leaf->physical));
	if ((uint64_t) n > len / (uint64_t) w)
		return BAD("column chunk '%s' of row group %d: BYTE_STREAM_SPLIT needs %lld bytes, page has %zu",
				   c->path, c->rg, (long long) n * w, len);
	if (c->leaf->physical == PQ_FIXED_LEN_BYTE_ARRAY)
	{
		fl = pq_arena_alloc(c->arena, (size_t) n * w);
		if (fl == NULL)
			return pq_fail(c->err, PQ_ERR_NOMEM, "out of memory");
		for (i = 0; i < n; i++)
		{
			for (k = 0; k < w; k++)
				fl[i * w + k] = p[(size_t) k * n + i];
			out[i].s.ptr = fl + i * w;
			out[i].s.len = (uint32_t) w;
		}
		return PQ_OK;
	}
	for (i = 0; i < n; i++)
	{
		for (k = 0; k < w; k++)
			tmp[k] = p[(size_t) k * n + i];
		fixed_slot(c->leaf->physical, tmp, w, &out[i]);
	}
	return PQ_OK;
}

/*
 * Dictionary indices (1 byte bit width, then hybrid RLE) mapped through
 * dict.  The indices are decoded into the start of out and expanded
 * backwards in place (a 4-byte index never overlaps a later 16-byte slot).
 */
static pq_status
decode_dict(pq_colctx *c, const uint8_t *p, size_t len, int64_t n,
			pq_slot *out, const pq_slot *dict, int64_t ndict)
{
	uint32_t   *idx = (uint32_t *) out;
	int64_t		i;
	pq_status	s;

	if (dict == NULL)
		return BAD("column chunk '%s' of row group %d: dictionary-encoded page without a dictionary page",
				   c->path, c->rg);
	if (n == 0)
		return PQ_OK;
	if (len < 1)
		return BAD("column chunk '%s' of row group %d: dictionary index page is empty",
				   c->path, c->rg);
	s = pq_rle_decode(c, p + 1, len - 1, p[0], idx, n, "dictionary indices");
	if (s != PQ_OK)
		return s;
	for (i = n - 1; i >= 0; i--)
	{
		uint32_t	k = idx[i];

		if ((int64_t) k >= ndict)
			return BAD("column chunk '%s' of row group %d: dictionary index %u out of range (dictionary has %lld entries)",
					   c->path, c->rg, k, (long long) ndict);
		out[i] = dict[k];
	}
	return PQ_OK;
}

/*
 * Decode n values of the given encoding from p[0..len) into out.  dict is
 * the column chunk's dictionary (NULL if none).
 */
pq_status
pq_decode_values(pq_colctx *c, int encoding, const uint8_t *p, size_t len,
				 int64_t n, pq_slot *out, const pq_slot *dict, int64_t ndict)
{
	switch (encoding)
	{
		case 0:					/* PLAIN */
			return decode_plain(c, p, len, n, out);
		case 2:					/* PLAIN_DICTIONARY */
		case 8:					/* RLE_DICTIONARY */
			return decode_dict(c, p, len, n, out, dict, ndict);
		case 3:					/* RLE (booleans) */
			{
				uint32_t   *tmp = (uint32_t *) out;
				int64_t		i;
				uint32_t	l;
				pq_status	s;

				if (c->leaf->physical != PQ_BOOLEAN)
					break;
				if (len < 4 || (l = pq_le32(p)) > len - 4)
					return BAD("column chunk '%s' of row group %d: RLE boolean length prefix invalid",
							   c->path, c->rg);
				s = pq_rle_decode(c, p + 4, l, 1, tmp, n, "RLE booleans");
				if (s != PQ_OK)
					return s;
				for (i = n - 1; i >= 0; i--)
				{
					uint32_t	v = tmp[i];

					out[i].i = v;
				}
				return PQ_OK;
			}
		case 5:
			return decode_delta_ints(c, p, len, n, out);
		case 6:
			if (c->leaf->physical != PQ_BYTE_ARRAY)
				break;
			return decode_delta_length(c, &p, p + len, n, out);
		case 7:
			if (c->leaf->physical != PQ_BYTE_ARRAY &&
				c->leaf->physical != PQ_FIXED_LEN_BYTE_ARRAY)
				break;
			return decode_delta_byte_array(c, p, len, n, out);
		case 9:
			return decode_byte_stream_split(c, p, len, n, out);
		default:
			break;
	}
	return pq_fail(c->err, PQ_ERR_UNSUPPORTED,
				   "column chunk '%s' of row group %d: encoding %s not supported for %s",
				   c->path, c->rg, pq_encoding_name(encoding),
				   pq_physical_name(c->leaf->physical));
}

/* Name of an encoding number for messages. */
const char *
pq_encoding_name(int encoding)
{
	static const char *const names[] = {
		"PLAIN", "GROUP_VAR_INT", "PLAIN_DICTIONARY", "RLE", "BIT_PACKED",
		"DELTA_BINARY_PACKED", "DELTA_LENGTH_BYTE_ARRAY", "DELTA_BYTE_ARRAY",
		"RLE_DICTIONARY", "BYTE_STREAM_SPLIT"
	};

	if (encoding < 0 || encoding > 9)
		return "unknown";
	return names[encoding];
}
