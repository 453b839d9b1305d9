/*
 * pq_json.c
 *		Writing a row value tree as one JSON value: timestamps as ISO 8601
 *		("YYYY-MM-DDTHH:MM:SS.ffffffZ", no "Z" when not adjusted to UTC),
 *		dates "YYYY-MM-DD", byte arrays without a string annotation as base64,
 *		invalid UTF-8 in strings replaced by U+FFFD.
 */
#include <math.h>
#include <stdio.h>

#include "pq_civil.h"
#include "pq_int.h"

/* Set up an empty buffer using alloc. */
void
pq_buf_init(pq_buf *b, const pq_allocator *alloc)
{
	memset(b, 0, sizeof(*b));
	b->alloc = alloc;
}

/* Release the buffer's memory (if the allocator can free). */
void
pq_buf_free(pq_buf *b)
{
	if (b->data != NULL && b->alloc->free != NULL)
		b->alloc->free(b->alloc->ctx, b->data);
	b->data = NULL;
	b->len = b->cap = 0;
}

/* Empty the buffer, keeping its memory. */
void
pq_buf_reset(pq_buf *b)
{
	b->len = 0;
	b->failed = 0;
}

/*
 * Make room for extra more bytes (plus a NUL); sets failed on OOM.
 */
static int
buf_reserve(pq_buf *b, size_t extra)
{
	size_t		ncap;
	char	   *nd;

	if (b->failed)
		return -1;
	if (b->len + extra + 1 <= b->cap)
		return 0;
	ncap = b->cap ? b->cap : 256;
	while (ncap < b->len + extra + 1)
	{
		if (ncap > SIZE_MAX / 2)
		{
			b->failed = 1;
			return -1;
		}
		ncap *= 2;
	}
	nd = b->alloc->alloc(b->alloc->ctx, ncap);
	if (nd == NULL)
	{
		b->failed = 1;
		return -1;
	}
	if (b->len > 0)
		memcpy(nd, b->data, b->len);
	if (b->data != NULL && b->alloc->free != NULL)
		b->alloc->free(b->alloc->ctx, b->data);
	b->data = nd;
	b->cap = ncap;
	return 0;
}

/* Append len bytes. */
static void
buf_put(pq_buf *b, const char *s, size_t len)
{
	if (buf_reserve(b, len) != 0)
		return;
	memcpy(b->data + b->len, s, len);
	b->len += len;
	b->data[b->len] = '\0';
}

/* Append a NUL-terminated string. */
static void
buf_puts(pq_buf *b, const char *s)
{
	buf_put(b, s, strlen(s));
}

/*
 * Length of a valid UTF-8 sequence at p (at most n bytes), 0 if invalid.
 */
static int
utf8_len(const uint8_t *p, size_t n)
{
	uint8_t		c = p[0];
	int			len,
				i;
	uint32_t	cp;

	if (c < 0x80)
		return 1;
	if (c >= 0xc2 && c <= 0xdf)
	{
		len = 2;
		cp = c & 0x1f;
	}
	else if (c >= 0xe0 && c <= 0xef)
	{
		len = 3;
		cp = c & 0x0f;
	}
	else if (c >= 0xf0 && c <= 0xf4)
	{
		len = 4;
		cp = c & 0x07;
	}
	else
		return 0;
	if ((size_t) len > n)
		return 0;
	for (i = 1; i < len; i++)
	{
		if ((p[i] & 0xc0) != 0x80)
			return 0;
		cp = (cp << 6) | (p[i] & 0x3f);
	}
	if ((len == 3 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) ||
		(len == 4 && (cp < 0x10000 || cp > 0x10ffff)))
		return 0;
	return len;
}

/*
 * Append a JSON string literal for p[0..len): escapes quotes, backslash and
 * control characters; invalid UTF-8 bytes become U+FFFD.
 */
static void
json_string(pq_buf *b, const uint8_t *p, size_t len)
{
	size_t		i = 0;
	size_t		run = 0;

	buf_put(b, "\"", 1);
	while (i < len)
	{
		uint8_t		c = p[i];
		int			l;

		if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\')
		{
			i++;
			run++;
			continue;
		}
		if (run > 0)
			buf_put(b, (const char *) p + i - run, run);
		run = 0;
		if (c == '"')
			buf_put(b, "\\\"", 2);
		else if (c == '\\')
			buf_put(b, "\\\\", 2);
		else if (c == '\n')
			buf_put(b, "\\n", 2);
		else if (c == '\r')
			buf_put(b, "\\r", 2);
		else if (c == '\t')
			buf_put(b, "\\t", 2);
		else if (c < 0x20)
		{
			char		esc[8];

			snprintf(esc, sizeof(esc), "\\u%04x", c);
			buf_put(b, esc, 6);
		}
		else if ((l = utf8_len(p + i, len - i)) > 0)
		{
			buf_put(b, (const char *) p + i, (size_t) l);
			i += (size_t) l;
			continue;
		}
		else
			buf_put(b, "\xef\xbf\xbd", 3);
		i++;
	}
	if (run > 0)
		buf_put(b, (const char *) p + i - run, run);
	buf_put(b, "\"", 1);
}

/*
 * Append p[0..len) as a quoted base64 string (RFC 4648, with padding).
 */
static void
json_base64(pq_buf *b, const uint8_t *p, size_t len)
{
	static const char tab[] =
		"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	size_t		i;
	char		q[4];

	buf_put(b, "\"", 1);
	for (i = 0; i + 2 < len; i += 3)
	{
		uint32_t	v = ((uint32_t) p[i] << 16) | ((uint32_t) p[i + 1] << 8) | p[i + 2];

		q[0] = tab[v >> 18];
		q[1] = tab[(v >> 12) & 63];
		q[2] = tab[(v >> 6) & 63];
		q[3] = tab[v & 63];
		buf_put(b, q, 4);
	}
	if (len - i == 1)
	{
		uint32_t	v = (uint32_t) p[i] << 16;

		q[0] = tab[v >> 18];
		q[1] = tab[(v >> 12) & 63];
		q[2] = q[3] = '=';
		buf_put(b, q, 4);
	}
	else if (len - i == 2)
	{
		uint32_t	v = ((uint32_t) p[i] << 16) | ((uint32_t) p[i + 1] << 8);

		q[0] = tab[v >> 18];
		q[1] = tab[(v >> 12) & 63];
		q[2] = tab[(v >> 6) & 63];
		q[3] = '=';
		buf_put(b, q, 4);
	}
	buf_put(b, "\"", 1);
}

/* Floor division and modulo for int64 with positive divisor. */
static void
floor_divmod(int64_t a, int64_t b, int64_t *q, int64_t *r)
{
	*q = a / b;
	*r = a % b;
	if (*r < 0)
	{
		*r += b;
		(*q)--;
	}
}

/*
 * Append a decimal: unscaled * 10^-scale written exactly.
 */
static void
json_decimal(pq_buf *b, const pq_value *v)
{
	char		digits[48];
	char		out[96];
	uint64_t	mag;
	int			neg = v->u.dec.unscaled < 0;
	int			nd,
				scale = v->u.dec.scale,
				o = 0,
				k;

	if (v->u.dec.len > 16)
	{
		/* wider than 128 bits: big-endian two's complement as hex */
		static const char hex[] = "0123456789abcdef";
		uint32_t	i;

		buf_puts(b, "\"0x");
		for (i = 0; i < v->u.dec.len; i++)
		{
			char		h[2];

			h[0] = hex[v->u.dec.ptr[i] >> 4];
			h[1] = hex[v->u.dec.ptr[i] & 15];
			buf_put(b, h, 2);
		}
		buf_puts(b, "\"");
		return;
	}
	if (v->u.dec.len > 0)
	{
		/* 9..16 bytes: 128-bit two's complement */
		unsigned __int128 u = 0;
		uint32_t	i;
		char		rev[48];
		int			r = 0;

		for (i = 0; i < v->u.dec.len; i++)
			u = (u << 8) | v->u.dec.ptr[i];
		if (v->u.dec.len < 16 && (v->u.dec.ptr[0] & 0x80))
			u |= ~(unsigned __int128) 0 << (8 * v->u.dec.len);
		neg = (u >> 127) != 0;
		if (neg)
			u = ~u + 1;
		do
		{
			rev[r++] = (char) ('0' + (int) (u % 10));
			u /= 10;
		} while (u != 0);
		for (nd = 0; nd < r; nd++)
			digits[nd] = rev[r - 1 - nd];
		digits[nd] = '\0';
		goto format;
	}
	mag = neg ? (uint64_t) 0 - (uint64_t) v->u.dec.unscaled : (uint64_t) v->u.dec.unscaled;
	nd = snprintf(digits, sizeof(digits), "%llu", (unsigned long long) mag);
format:
	if (scale > 40)
		scale = 40;
	if (scale < 0)
		scale = 0;				/* invalid in the file; print the unscaled value */
	if (neg)
		out[o++] = '-';
	if (scale == 0)
	{
		memcpy(out + o, digits, (size_t) nd);
		o += nd;
	}
	else if (nd > scale)
	{
		memcpy(out + o, digits, (size_t) (nd - scale));
		o += nd - scale;
		out[o++] = '.';
		memcpy(out + o, digits + nd - scale, (size_t) scale);
		o += scale;
	}
	else
	{
		out[o++] = '0';
		out[o++] = '.';
		for (k = 0; k < scale - nd; k++)
			out[o++] = '0';
		memcpy(out + o, digits, (size_t) nd);
		o += nd;
	}
	buf_put(b, out, (size_t) o);
}

/*
 * Append v as JSON, recursing into lists and structs.  Returns 0, or -1 if
 * memory ran out.
 */
int
pq_value_to_json(pq_buf *b, const pq_value *v)
{
	char		tmp[80];
	uint32_t	i;

	switch (v->kind)
	{
		case PQ_V_NULL:
			buf_puts(b, "null");
			break;
		case PQ_V_BOOL:
			buf_puts(b, v->u.b ? "true" : "false");
			break;
		case PQ_V_INT:
			snprintf(tmp, sizeof(tmp), "%lld", (long long) v->u.i);
			buf_puts(b, tmp);
			break;
		case PQ_V_UINT:
			snprintf(tmp, sizeof(tmp), "%llu", (unsigned long long) v->u.u);
			buf_puts(b, tmp);
			break;
		case PQ_V_DOUBLE:
			if (isnan(v->u.d))
				buf_puts(b, "\"NaN\"");
			else if (isinf(v->u.d))
				buf_puts(b, v->u.d > 0 ? "\"Infinity\"" : "\"-Infinity\"");
			else
			{
				snprintf(tmp, sizeof(tmp), "%.17g", v->u.d);
				buf_puts(b, tmp);
			}
			break;
		case PQ_V_STRING:
			json_string(b, v->u.s.ptr, v->u.s.len);
			break;
		case PQ_V_BYTES:
			json_base64(b, v->u.s.ptr, v->u.s.len);
			break;
		case PQ_V_TIMESTAMP:
			{
				int64_t		days,
							us,
							y;
				int			mo,
							d;

				floor_divmod(v->u.ts.micros, 86400000000LL, &days, &us);
				pq_civil_from_days(days, &y, &mo, &d);
				snprintf(tmp, sizeof(tmp), "\"%04lld-%02d-%02dT%02d:%02d:%02d.%06d%s\"",
						 (long long) y, mo, d, (int) (us / 3600000000LL),
						 (int) (us / 60000000 % 60), (int) (us / 1000000 % 60),
						 (int) (us % 1000000), v->u.ts.utc ? "Z" : "");
				buf_puts(b, tmp);
				break;
			}
		case PQ_V_DATE:
			{
				int64_t		y;
				int			mo,
							d;

				pq_civil_from_days(v->u.date, &y, &mo, &d);
				snprintf(tmp, sizeof(tmp), "\"%04lld-%02d-%02d\"", (long long) y, mo, d);
				buf_puts(b, tmp);
				break;
			}
		case PQ_V_TIME:
			{
				int64_t		days,
							us;

				floor_divmod(v->u.i, 86400000000LL, &days, &us);
				snprintf(tmp, sizeof(tmp), "\"%02d:%02d:%02d.%06d\"",
						 (int) (us / 3600000000LL), (int) (us / 60000000 % 60),
						 (int) (us / 1000000 % 60), (int) (us % 1000000));
				buf_puts(b, tmp);
				break;
			}
		case PQ_V_DECIMAL:
			json_decimal(b, v);
			break;
		case PQ_V_LIST:
			buf_put(b, "[", 1);
			for (i = 0; i < v->u.list.n; i++)
			{
				if (i > 0)
					buf_put(b, ",", 1);
				pq_value_to_json(b, &v->u.list.items[i]);
			}
			buf_put(b, "]", 1);
			break;
		case PQ_V_STRUCT:
			buf_put(b, "{", 1);
			for (i = 0; i < v->u.st.n; i++)
			{
				if (i > 0)
					buf_put(b, ",", 1);
				json_string(b, (const uint8_t *) v->u.st.names[i],
							strlen(v->u.st.names[i]));
				buf_put(b, ":", 1);
				pq_value_to_json(b, &v->u.st.fields[i]);
			}
			buf_put(b, "}", 1);
			break;
	}
	return b->failed ? -1 : 0;
}
