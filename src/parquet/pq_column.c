/*
 * pq_column.c
 *		Reading one column chunk: its pages (dictionary, data v1, data v2),
 *		decompression, levels and values, into a pq_column in the arena.
 */
#include "pq_int.h"

#define BAD(...) pq_fail(c->err, PQ_ERR_FORMAT, __VA_ARGS__)

/*
 * Decode n levels (max level maxl) from an RLE stream; a level above maxl is
 * an error.
 */
static pq_status
decode_levels(pq_colctx *c, const uint8_t *p, size_t len, int encoding,
			  int maxl, uint16_t *out, int64_t n, const char *what)
{
	int64_t		i;
	pq_status	s;

	if (encoding != 3)
		return pq_fail(c->err, PQ_ERR_UNSUPPORTED,
					   "column chunk '%s' of row group %d: %s encoding %s is not supported",
					   c->path, c->rg, what, pq_encoding_name(encoding));
	s = pq_rle_decode16(c, p, len, pq_bit_width((uint32_t) maxl), out, n, what);
	if (s != PQ_OK)
		return s;
	for (i = 0; i < n; i++)
		if (out[i] > maxl)
			return BAD("column chunk '%s' of row group %d: %s %u exceeds the maximum %d",
					   c->path, c->rg, what, out[i], maxl);
	return PQ_OK;
}

/*
 * Decode the levels that lead a data page v1 body: a 4-byte length, then
 * the RLE stream; advances *data and *dlen past them.
 */
static pq_status
decode_v1_levels(pq_colctx *c, const uint8_t **data, size_t *dlen, int encoding,
				 int maxl, uint16_t *out, int64_t n, const char *what, int page)
{
	uint32_t	l;
	pq_status	s;

	if (*dlen < 4 || (l = pq_le32(*data)) > *dlen - 4)
		return BAD("column chunk '%s' of row group %d: page %d %s length invalid",
				   c->path, c->rg, page, what);
	s = decode_levels(c, *data + 4, l, encoding, maxl, out, n, what);
	if (s != PQ_OK)
		return s;
	*data += 4 + l;
	*dlen -= 4 + l;
	return PQ_OK;
}

/*
 * Decompress a page body into a fresh arena buffer of ulen bytes (or return
 * the input when the codec is UNCOMPRESSED).
 */
static pq_status
page_body(pq_colctx *c, int codec, const uint8_t *src, size_t clen,
		  size_t ulen, const uint8_t **out)
{
	uint8_t    *dst;
	pq_status	s;

	if (codec == 0)
	{
		if (clen != ulen)
			return BAD("column chunk '%s' of row group %d: uncompressed page sizes differ (%zu vs %zu)",
					   c->path, c->rg, clen, ulen);
		*out = src;
		return PQ_OK;
	}
	if (ulen > c->err->max_alloc)
		return pq_fail(c->err, PQ_ERR_LIMIT,
					   "column chunk '%s' of row group %d: page of %zu bytes exceeds the memory limit",
					   c->path, c->rg, ulen);
	dst = pq_arena_alloc(c->arena, ulen);
	if (dst == NULL)
		return pq_fail(c->err, PQ_ERR_NOMEM, "out of memory");
	s = pq_decompress(c, codec, src, clen, dst, ulen);
	if (s != PQ_OK)
		return s;
	*out = dst;
	return PQ_OK;
}

/*
 * Read the column chunk described by m through src into out: all levels
 * and the non-null values, allocated in c->arena.
 */
pq_status
pq_read_column(pq_colctx *c, const pq_source *src, const pq_chunk_meta *m,
			   pq_column *out, uint64_t *bytes_read)
{
	const pq_schema_node *leaf = c->leaf;
	int64_t		start = m->data_page_offset;
	int64_t		len = m->total_compressed;
	int64_t		total = m->num_values;
	uint8_t    *buf;
	size_t		pos = 0;
	pq_slot    *dict = NULL;
	int64_t		ndict = 0;
	int64_t		filled = 0;
	int			maxd = leaf->max_def,
				maxr = leaf->max_rep;
	int			npage = 0;

	memset(out, 0, sizeof(*out));
	out->leaf = leaf;
	if (m->dict_page_offset > 0 && m->dict_page_offset < start)
		start = m->dict_page_offset;
	if (start < 4 || len < 0 || (uint64_t) start > src->size ||
		(uint64_t) len > src->size - (uint64_t) start)
		return BAD("column chunk '%s' of row group %d: byte range %lld+%lld lies outside the file of %llu bytes",
				   c->path, c->rg, (long long) start, (long long) len,
				   (unsigned long long) src->size);
	if (total < 0 || (uint64_t) total > c->err->max_alloc / 20)
		return pq_fail(c->err, PQ_ERR_LIMIT,
					   "column chunk '%s' of row group %d: %lld values exceed the memory limit",
					   c->path, c->rg, (long long) total);
	if ((uint64_t) len > c->err->max_alloc)
		return pq_fail(c->err, PQ_ERR_LIMIT,
					   "column chunk '%s' of row group %d: %lld bytes exceed the memory limit",
					   c->path, c->rg, (long long) len);
	buf = pq_arena_alloc(c->arena, (size_t) len);
	out->vals = pq_arena_alloc(c->arena, (size_t) total * sizeof(pq_slot));
	if (maxr > 0)
		out->rep = pq_arena_alloc(c->arena, (size_t) total * sizeof(uint16_t));
	if (maxd > 0)
		out->def = pq_arena_alloc(c->arena, (size_t) total * sizeof(uint16_t));
	if (buf == NULL || out->vals == NULL || (maxr > 0 && out->rep == NULL) ||
		(maxd > 0 && out->def == NULL))
		return pq_fail(c->err, PQ_ERR_NOMEM, "out of memory");
	{
		char		msg[PQ_ERRLEN];

		msg[0] = '\0';
		if (src->read_at(src->ctx, (uint64_t) start, buf, (size_t) len, msg,
						 sizeof(msg)) != 0)
			return pq_fail(c->err, PQ_ERR_IO,
						   "column chunk '%s' of row group %d: read of %lld bytes at %lld failed%s%s",
						   c->path, c->rg, (long long) len, (long long) start,
						   msg[0] ? ": " : "", msg);
	}
	*bytes_read += (uint64_t) len;

	while (filled < total)
	{
		pq_thrift	t;
		pq_page_header h;
		pq_status	s;
		const uint8_t *body;
		size_t		hdr_off = pos;

		if (pos >= (size_t) len)
			return BAD("column chunk '%s' of row group %d: pages end after %lld of %lld values",
					   c->path, c->rg, (long long) filled, (long long) total);
		pq_thrift_init(&t, buf + pos, (size_t) len - pos, c->err, "page header");
		s = pq_read_page_header(&t, &h);
		if (s != PQ_OK)
		{
			char		why[PQ_ERRLEN];

			memcpy(why, c->err->msg, sizeof(why));
			return pq_fail(c->err, s,
						   "column chunk '%s' of row group %d: page %d header at offset %lld invalid (%s)",
						   c->path, c->rg, npage,
						   (long long) (start + (int64_t) hdr_off), why);
		}
		pos += (size_t) (t.p - t.start);
		if ((size_t) h.compressed_size > (size_t) len - pos)
			return BAD("column chunk '%s' of row group %d: page %d at offset %lld claims %d bytes, only %lld remain",
					   c->path, c->rg, npage, (long long) (start + (int64_t) hdr_off),
					   h.compressed_size, (long long) ((size_t) len - pos));
		body = buf + pos;
		pos += (size_t) h.compressed_size;
		npage++;

		if (h.type == 2)
		{
			/* dictionary page */
			const uint8_t *data;

			if (dict != NULL)
				return BAD("column chunk '%s' of row group %d: second dictionary page",
						   c->path, c->rg);
			if (!h.has_dict || (h.encoding != 0 && h.encoding != 2))
				return BAD("column chunk '%s' of row group %d: dictionary page header missing or not PLAIN",
						   c->path, c->rg);
			if ((uint64_t) h.num_values * sizeof(pq_slot) > c->err->max_alloc)
				return pq_fail(c->err, PQ_ERR_LIMIT,
							   "column chunk '%s' of row group %d: dictionary of %d entries exceeds the memory limit",
							   c->path, c->rg, h.num_values);
			s = page_body(c, m->codec, body, (size_t) h.compressed_size,
						  (size_t) h.uncompressed_size, &data);
			if (s != PQ_OK)
				return s;
			dict = pq_arena_alloc(c->arena, (size_t) h.num_values * sizeof(pq_slot));
			if (dict == NULL)
				return pq_fail(c->err, PQ_ERR_NOMEM, "out of memory");
			ndict = h.num_values;
			s = pq_decode_values(c, 0, data, (size_t) h.uncompressed_size,
								 ndict, dict, NULL, 0);
			if (s != PQ_OK)
				return s;
			continue;
		}
		if (h.type == 0 || h.type == 3)
		{
			const uint8_t *data;
			size_t		dlen;
			int64_t		nv = h.num_values;
			int64_t		nonnull = nv;
			int64_t		i;
			int			encoding = h.encoding;

			if ((h.type == 0 && !h.has_data) || (h.type == 3 && !h.has_v2))
				return BAD("column chunk '%s' of row group %d: data page %d lacks its header",
						   c->path, c->rg, npage - 1);
			if (nv > total - filled)
				return BAD("column chunk '%s' of row group %d: page %d holds %lld values, more than the %lld the chunk metadata leaves",
						   c->path, c->rg, npage - 1, (long long) nv,
						   (long long) (total - filled));
			if (h.type == 0)
			{
				s = page_body(c, m->codec, body, (size_t) h.compressed_size,
							  (size_t) h.uncompressed_size, &data);
				if (s != PQ_OK)
					return s;
				dlen = (size_t) h.uncompressed_size;
				if (maxr > 0)
				{
					s = decode_v1_levels(c, &data, &dlen, h.rep_encoding, maxr,
										 out->rep + filled, nv, "repetition level", npage - 1);
					if (s != PQ_OK)
						return s;
				}
				if (maxd > 0)
				{
					s = decode_v1_levels(c, &data, &dlen, h.def_encoding, maxd,
										 out->def + filled, nv, "definition level", npage - 1);
					if (s != PQ_OK)
						return s;
				}
			}
			else
			{
				size_t		lv = (size_t) h.rep_len + (size_t) h.def_len;

				if (lv > (size_t) h.compressed_size || lv > (size_t) h.uncompressed_size)
					return BAD("column chunk '%s' of row group %d: page %d level lengths exceed the page",
							   c->path, c->rg, npage - 1);
				if (maxr > 0)
				{
					s = decode_levels(c, body, (size_t) h.rep_len, 3, maxr,
									  out->rep + filled, nv, "repetition level");
					if (s != PQ_OK)
						return s;
				}
				if (maxd > 0)
				{
					s = decode_levels(c, body + h.rep_len, (size_t) h.def_len, 3,
									  maxd, out->def + filled, nv, "definition level");
					if (s != PQ_OK)
						return s;
				}
				s = page_body(c, h.is_compressed ? m->codec : 0, body + lv,
							  (size_t) h.compressed_size - lv,
							  (size_t) h.uncompressed_size - lv, &data);
				if (s != PQ_OK)
					return s;
				dlen = (size_t) h.uncompressed_size - lv;
			}
			if (maxr > 0 && filled == 0 && nv > 0 && out->rep[0] != 0)
				return BAD("column chunk '%s' of row group %d: first repetition level is %u, not 0",
						   c->path, c->rg, out->rep[0]);
			if (maxd > 0)
			{
				nonnull = 0;
				for (i = 0; i < nv; i++)
					nonnull += out->def[filled + i] == maxd;
			}
			s = pq_decode_values(c, encoding, data, dlen, nonnull,
								 out->vals + out->nvals, dict, ndict);
			if (s != PQ_OK)
				return s;
			out->nvals += nonnull;
			filled += nv;
			continue;
		}
		/* index pages and unknown page types are skipped */
	}
	out->n = filled;
	return PQ_OK;
}
