/*
 * sink.c
 *		Growable byte buffers with JSON helpers, and output sinks writing
 *		records as JSON Lines or as a JSON array, plain or gzip (zlib).
 *
 * tools/hubgen/sink.c
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "hubgen.h"

struct Sink
{
	FILE	   *f;
	gzFile		gz;
	int			array;
	long		count;
	char	   *path;
};

/* buf_reserve: make room for extra more bytes. */
void
buf_reserve(Buf *b, size_t extra)
{
	if (b->len + extra + 1 > b->cap)
	{
		size_t		cap = b->cap ? b->cap : 4096;

		while (cap < b->len + extra + 1)
			cap *= 2;
		b->data = xrealloc(b->data, cap);
		b->cap = cap;
	}
}

/* buf_putn: append n raw bytes. */
void
buf_putn(Buf *b, const char *s, size_t n)
{
	buf_reserve(b, n);
	memcpy(b->data + b->len, s, n);
	b->len += n;
}

/* buf_put: append a raw NUL-terminated string (NULL appends nothing). */
void
buf_put(Buf *b, const char *s)
{
	if (s)
		buf_putn(b, s, strlen(s));
}

/* buf_char: append one byte. */
void
buf_char(Buf *b, char c)
{
	buf_reserve(b, 1);
	b->data[b->len++] = c;
}

/* buf_int: append a decimal integer. */
void
buf_int(Buf *b, int64_t v)
{
	char		tmp[24];
	int			n = snprintf(tmp, sizeof(tmp), "%lld", (long long) v);

	buf_putn(b, tmp, (size_t) n);
}

/*
 * buf_str: append s as a JSON string with escaping of quotes, backslashes
 * and control bytes; NULL is written as null.  UTF-8 passes through.
 */
void
buf_str(Buf *b, const char *s)
{
	const unsigned char *p;

	if (!s)
	{
		buf_put(b, "null");
		return;
	}
	buf_char(b, '"');
	for (p = (const unsigned char *) s; *p; p++)
	{
		if (*p == '"' || *p == '\\')
		{
			buf_char(b, '\\');
			buf_char(b, (char) *p);
		}
		else if (*p < 0x20)
		{
			char		tmp[8];

			snprintf(tmp, sizeof(tmp), "\\u%04x", *p);
			buf_put(b, tmp);
		}
		else
			buf_char(b, (char) *p);
	}
	buf_char(b, '"');
}

/* buf_key: append "key": (the key is trusted not to need escaping). */
void
buf_key(Buf *b, const char *k)
{
	buf_char(b, '"');
	buf_put(b, k);
	buf_putn(b, "\":", 2);
}

/*
 * sink_open: open path for writing (gzip via zlib when gzip is set; JSON
 * array framing when array is set); dies on failure.
 */
Sink *
sink_open(const char *path, int gzip, int array)
{
	Sink	   *s = xcalloc(1, sizeof(Sink));

	s->array = array;
	s->path = arena_strdup(path);
	if (gzip)
	{
		s->gz = gzopen(path, "wb1");
		if (!s->gz)
			die("cannot write %s", path);
		gzbuffer(s->gz, 1 << 18);
	}
	else
	{
		s->f = fopen(path, "wb");
		if (!s->f)
			die("cannot write %s", path);
		setvbuf(s->f, NULL, _IOFBF, 1 << 20);
	}
	return s;
}

/* sink_write: write n bytes to the sink, dying on error. */
static void
sink_write(Sink *s, const char *p, size_t n)
{
	if (n == 0)
		return;
	if (s->gz)
	{
		if (gzwrite(s->gz, p, (unsigned) n) != (int) n)
			die("error writing %s", s->path);
	}
	else if (fwrite(p, 1, n, s->f) != n)
		die("error writing %s", s->path);
}

/*
 * sink_record: write the record held in b (one JSON object, no newline)
 * and empty b.
 */
void
sink_record(Sink *s, Buf *b)
{
	if (s->array)
		sink_write(s, s->count ? ",\n" : "[", s->count ? 2 : 1);
	sink_write(s, b->data, b->len);
	if (!s->array)
		sink_write(s, "\n", 1);
	s->count++;
	b->len = 0;
}

/* sink_close: finish the framing, flush and close; dies on error. */
void
sink_close(Sink *s)
{
	if (s->array)
	{
		if (s->count == 0)
			sink_write(s, "[", 1);
		sink_write(s, "]\n", 2);
	}
	if (s->gz)
	{
		if (gzclose(s->gz) != Z_OK)
			die("error closing %s", s->path);
	}
	else if (fclose(s->f) != 0)
		die("error closing %s", s->path);
	free(s);
}
