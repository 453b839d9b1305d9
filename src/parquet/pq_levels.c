/*
 * pq_levels.c
 *		The RLE / bit-packed hybrid encoding used for repetition and
 *		definition levels, dictionary indices and RLE booleans.
 */
#include "pq_int.h"

/*
 * Number of bits needed to represent max (0 for 0).
 */
int
pq_bit_width(uint32_t max)
{
	int			w = 0;

	while (max != 0)
	{
		w++;
		max >>= 1;
	}
	return w;
}

#define STORE(i, v) \
	do { \
		if (out32 != NULL) \
			out32[(i)] = (v); \
		else \
			out16[(i)] = (uint16_t) (v); \
	} while (0)

/*
 * Decode exactly n values of bit_width bits (0..32) from the hybrid stream
 * in p[0..len) into out.  A stream that ends early is an error naming what
 * is decoded; extra bytes or padding values after n are ignored.
 */
static pq_status
rle_core(pq_colctx *c, const uint8_t *p, size_t len, int bit_width,
		 uint32_t *out32, uint16_t *out16, int64_t n, const char *what)
{
	const uint8_t *end = p + len;
	const uint8_t *start = p;
	int64_t		got = 0;
	int			vbytes = (bit_width + 7) / 8;
	uint32_t	mask;

	if (bit_width < 0 || bit_width > 32)
		return pq_fail(c->err, PQ_ERR_FORMAT,
					   "column chunk '%s' of row group %d: %s bit width %d out of range",
					   c->path, c->rg, what, bit_width);
	mask = bit_width == 32 ? 0xffffffffu : ((1u << bit_width) - 1);
	while (got < n)
	{
		uint64_t	header = 0;
		int			shift = 0;

		for (;;)
		{
			if (p >= end)
				return pq_fail(c->err, PQ_ERR_FORMAT,
							   "column chunk '%s' of row group %d: %s truncated after %lld of %lld values (byte %ld)",
							   c->path, c->rg, what, (long long) got,
							   (long long) n, (long) (p - start));
			header |= (uint64_t) (*p & 0x7f) << shift;
			if ((*p++ & 0x80) == 0)
				break;
			shift += 7;
			if (shift > 56)
				return pq_fail(c->err, PQ_ERR_FORMAT,
							   "column chunk '%s' of row group %d: %s run header too long",
							   c->path, c->rg, what);
		}
		if (header & 1)
		{
			/* bit-packed run of (header >> 1) groups of 8 values */
			uint64_t	groups = header >> 1;
			uint64_t	count;
			uint64_t	bytes;
			uint64_t	i;
			uint64_t	bitpos = 0;

			if (groups > ((uint64_t) 1 << 40))
				return pq_fail(c->err, PQ_ERR_FORMAT,
							   "column chunk '%s' of row group %d: %s bit-packed run too long",
							   c->path, c->rg, what);
			count = groups * 8;
			bytes = groups * (uint64_t) bit_width;
			if (bytes > (uint64_t) (end - p))
			{
				/* tolerate a short final run only if it covers n */
				bytes = (uint64_t) (end - p);
				if ((uint64_t) (n - got) * bit_width > bytes * 8)
					return pq_fail(c->err, PQ_ERR_FORMAT,
								   "column chunk '%s' of row group %d: %s bit-packed run truncated",
								   c->path, c->rg, what);
			}
			if (count > (uint64_t) (n - got))
				count = (uint64_t) (n - got);
			if (bit_width == 0)
			{
				for (i = 0; i < count; i++)
					STORE(got + i, 0);
			}
			else if (bit_width == 1)
			{
				for (i = 0; i < count; i++)
					STORE(got + i, (p[i >> 3] >> (i & 7)) & 1);
			}
			else
			{
				for (i = 0; i < count; i++, bitpos += bit_width)
				{
					uint64_t	byte = bitpos >> 3;
					int			off = (int) (bitpos & 7);
					uint64_t	w = 0;
					int			k;
					int			nb = (off + bit_width + 7) / 8;

					for (k = 0; k < nb; k++)
						w |= (uint64_t) p[byte + k] << (8 * k);
					STORE(got + i, (uint32_t) (w >> off) & mask);
				}
			}
			got += (int64_t) count;
			p += bytes;
		}
		else
		{
			/* RLE run: (header >> 1) copies of one value */
			uint64_t	count = header >> 1;
			uint32_t	v = 0;
			int			k;

			if (end - p < vbytes)
				return pq_fail(c->err, PQ_ERR_FORMAT,
							   "column chunk '%s' of row group %d: %s RLE run value truncated",
							   c->path, c->rg, what);
			for (k = 0; k < vbytes; k++)
				v |= (uint32_t) p[k] << (8 * k);
			p += vbytes;
			v &= mask;
			if (count == 0)
				continue;
			if (count > (uint64_t) (n - got))
				count = (uint64_t) (n - got);
			{
				uint64_t	i;

				for (i = 0; i < count; i++)
					STORE(got + i, v);
			}
			got += (int64_t) count;
		}
	}
	return PQ_OK;
}

/*
 * Decode n hybrid-encoded values into 32-bit out (see rle_core).
 */
pq_status
pq_rle_decode(pq_colctx *c, const uint8_t *p, size_t len, int bit_width,
			  uint32_t *out, int64_t n, const char *what)
{
	return rle_core(c, p, len, bit_width, out, NULL, n, what);
}

/*
 * Decode n hybrid-encoded levels into 16-bit out; the caller checks them
 * against the maximum level.
 */
pq_status
pq_rle_decode16(pq_colctx *c, const uint8_t *p, size_t len, int bit_width,
				uint16_t *out, int64_t n, const char *what)
{
	if (bit_width > 16)
		return pq_fail(c->err, PQ_ERR_FORMAT,
					   "column chunk '%s' of row group %d: %s bit width %d too large for levels",
					   c->path, c->rg, what, bit_width);
	return rle_core(c, p, len, bit_width, NULL, out, n, what);
}
