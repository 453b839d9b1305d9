/*
 * pq_codec.c
 *		Page decompression through Debian's codec libraries: snappy, zlib
 *		(GZIP), zstd, lz4 (LZ4_RAW and Hadoop-framed LZ4) and brotli.
 */
#include <brotli/decode.h>
#include <lz4.h>
#include <snappy-c.h>
#include <zlib.h>
#include <zstd.h>

#include "pq_int.h"

/* Name of a CompressionCodec number for messages. */
const char *
pq_codec_name(int codec)
{
	static const char *const names[] = {
		"UNCOMPRESSED", "SNAPPY", "GZIP", "LZO", "BROTLI", "LZ4", "ZSTD",
		"LZ4_RAW"
	};

	if (codec < 0 || codec > 7)
		return "unknown";
	return names[codec];
}

/*
 * Inflate a gzip or zlib stream (possibly several gzip members) into exactly
 * dstlen bytes.  Returns 0 on success.
 */
static int
gunzip(const uint8_t *src, size_t srclen, uint8_t *dst, size_t dstlen)
{
	z_stream	z;
	int			rc;
	int			result = -1;

	memset(&z, 0, sizeof(z));
	if (inflateInit2(&z, 15 + 32) != Z_OK)
		return -1;
	z.next_in = (Bytef *) src;
	z.avail_in = (uInt) srclen;
	z.next_out = dst;
	z.avail_out = (uInt) dstlen;
	for (;;)
	{
		rc = inflate(&z, Z_FINISH);
		if (rc == Z_STREAM_END)
		{
			if (z.avail_in > 0 && z.avail_out > 0)
			{
				if (inflateReset(&z) != Z_OK)
					break;
				continue;
			}
			result = z.avail_out == 0 ? 0 : -1;
			break;
		}
		if (rc == Z_BUF_ERROR && z.avail_out == 0)
		{
			/* output full: fine if the input is used up too */
			result = 0;
			break;
		}
		break;
	}
	inflateEnd(&z);
	return result;
}

/*
 * Hadoop-framed LZ4 (codec LZ4): blocks of [BE uncompressed len][BE
 * compressed len][lz4 block].  Returns 0 on success.
 */
static int
lz4_hadoop(const uint8_t *src, size_t srclen, uint8_t *dst, size_t dstlen)
{
	size_t		in = 0,
				out = 0;

	while (in < srclen)
	{
		uint32_t	ulen,
					clen;
		int			got;

		if (srclen - in < 8)
			return -1;
		ulen = ((uint32_t) src[in] << 24) | ((uint32_t) src[in + 1] << 16) |
			((uint32_t) src[in + 2] << 8) | src[in + 3];
		clen = ((uint32_t) src[in + 4] << 24) | ((uint32_t) src[in + 5] << 16) |
			((uint32_t) src[in + 6] << 8) | src[in + 7];
		in += 8;
		if (clen > srclen - in || ulen > dstlen - out || clen > INT32_MAX)
			return -1;
		got = LZ4_decompress_safe((const char *) src + in, (char *) dst + out,
								  (int) clen, (int) ulen);
		if (got < 0 || (uint32_t) got != ulen)
			return -1;
		in += clen;
		out += ulen;
	}
	return out == dstlen ? 0 : -1;
}

/*
 * Decompress src into exactly dstlen bytes of dst with the given codec;
 * any mismatch in sizes is an error naming the codec and column.
 */
pq_status
pq_decompress(pq_colctx *c, int codec, const uint8_t *src, size_t srclen,
			  uint8_t *dst, size_t dstlen)
{
	int			ok = 0;

	switch (codec)
	{
		case 0:
			if (srclen != dstlen)
				break;
			memcpy(dst, src, srclen);
			ok = 1;
			break;
		case 1:
			{
				size_t		ulen;

				if (snappy_uncompressed_length((const char *) src, srclen, &ulen) != SNAPPY_OK ||
					ulen != dstlen)
					break;
				ok = snappy_uncompress((const char *) src, srclen,
									   (char *) dst, &ulen) == SNAPPY_OK &&
					ulen == dstlen;
				break;
			}
		case 2:
			ok = srclen <= UINT32_MAX && dstlen <= UINT32_MAX &&
				gunzip(src, srclen, dst, dstlen) == 0;
			break;
		case 4:
			{
				size_t		ulen = dstlen;

				ok = BrotliDecoderDecompress(srclen, src, &ulen, dst) ==
					BROTLI_DECODER_RESULT_SUCCESS && ulen == dstlen;
				break;
			}
		case 5:
			if (srclen > INT32_MAX || dstlen > INT32_MAX)
				break;
			ok = lz4_hadoop(src, srclen, dst, dstlen) == 0;
			if (!ok)
				ok = LZ4_decompress_safe((const char *) src, (char *) dst,
										 (int) srclen, (int) dstlen) == (int) dstlen;
			break;
		case 6:
			{
				size_t		r = ZSTD_decompress(dst, dstlen, src, srclen);

				ok = !ZSTD_isError(r) && r == dstlen;
				break;
			}
		case 7:
			if (srclen > INT32_MAX || dstlen > INT32_MAX)
				break;
			ok = LZ4_decompress_safe((const char *) src, (char *) dst,
									 (int) srclen, (int) dstlen) == (int) dstlen;
			break;
		default:
			return pq_fail(c->err, PQ_ERR_UNSUPPORTED,
						   "column chunk '%s' of row group %d: compression codec %s (%d) is not supported",
						   c->path, c->rg, pq_codec_name(codec), codec);
	}
	if (!ok)
		return pq_fail(c->err, PQ_ERR_FORMAT,
					   "column chunk '%s' of row group %d: %s data does not decompress to the %zu bytes the page header states",
					   c->path, c->rg, pq_codec_name(codec), dstlen);
	return PQ_OK;
}
