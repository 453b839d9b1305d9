/*
 * src/import/import_split.c
 *
 * Record splitting for JSON Lines and JSON-array files (see import_split.h).
 */
#include "postgres.h"

#include "miscadmin.h"

#include "import/import_split.h"

#define HF_READ_SIZE	(1024 * 1024)

/*
 * hf_split_init: prepare to split src.
 */
void
hf_split_init(HfSplitter *sp, HfSource *src)
{
	memset(sp, 0, sizeof(*sp));
	sp->src = src;
	sp->buf = palloc(HF_READ_SIZE);
	sp->line = 1;
}

/* make sure buf[pos] is valid; false at the end of data (or on a source error) */
static bool
fill(HfSplitter *sp)
{
	ssize_t		n;

	if (sp->pos < sp->len)
		return true;
	if (sp->eof)
		return false;
	n = hf_source_read(sp->src, sp->buf, HF_READ_SIZE);
	if (n < 0)
	{
		strlcpy(sp->error, sp->src->error, sizeof(sp->error));
		sp->eof = true;
		sp->failed = true;
		return false;
	}
	if (n == 0)
	{
		sp->eof = true;
		return false;
	}
	sp->len = n;
	sp->pos = 0;
	CHECK_FOR_INTERRUPTS();
	return true;
}

/* decide between JSON Lines and JSON array from the first non-blank byte */
static void
start(HfSplitter *sp)
{
	sp->started = true;
	/* skip a UTF-8 byte order mark */
	if (fill(sp) && sp->len - sp->pos >= 3 &&
		memcmp(sp->buf + sp->pos, "\xEF\xBB\xBF", 3) == 0)
		sp->pos += 3;
	while (fill(sp))
	{
		char		c = sp->buf[sp->pos];

		if (c == '[')
		{
			sp->array_mode = true;
			return;
		}
		if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
			return;
		/* leave leading blank lines to the line splitter, which counts them */
		if (c == '\n')
			return;
		sp->pos++;
	}
}

/* next line of a JSON Lines file */
static HfSplitResult
next_line(HfSplitter *sp, StringInfo out, int64 *line)
{
	for (;;)
	{
		bool		too_long = false;
		bool		got = false;

		resetStringInfo(out);
		*line = sp->line;
		while (fill(sp))
		{
			char	   *nl = memchr(sp->buf + sp->pos, '\n', sp->len - sp->pos);
			size_t		n = nl ? (size_t) (nl - (sp->buf + sp->pos)) : sp->len - sp->pos;

			got = true;
			if (!too_long && out->len + n > HF_MAX_RECORD)
				too_long = true;
			if (!too_long)
				appendBinaryStringInfo(out, sp->buf + sp->pos, n);
			sp->pos += n;
			if (nl)
			{
				sp->pos++;
				sp->line++;
				break;
			}
		}
		if (sp->failed)
		{
			/* the data broke off inside or before this line */
			sp->stop = true;
			return HF_SPLIT_BAD;
		}
		if (!got)
			return HF_SPLIT_EOF;
		if (too_long)
		{
			snprintf(sp->error, sizeof(sp->error), "line longer than %d bytes", HF_MAX_RECORD);
			return HF_SPLIT_BAD;
		}
		if (out->len > 0 && out->data[out->len - 1] == '\r')
			out->data[--out->len] = '\0';
		/* blank lines are skipped */
		for (int i = 0; i < out->len; i++)
		{
			char		c = out->data[i];

			if (c != ' ' && c != '\t' && c != '\r')
				return HF_SPLIT_RECORD;
		}
	}
}

/* next element of a JSON array file */
static HfSplitResult
next_element(HfSplitter *sp, StringInfo out, int64 *line)
{
	int			depth = 0;
	bool		in_string = false;
	bool		escape = false;
	bool		in_elem = false;

	resetStringInfo(out);
	while (fill(sp))
	{
		char		c = sp->buf[sp->pos];

		if (!in_elem)
		{
			sp->pos++;
			if (c == '\n')
				sp->line++;
			else if (c == '[' && !sp->in_array)
				sp->in_array = true;
			else if (c == ']' && sp->in_array)
				sp->in_array = false;
			else if (c == ' ' || c == '\t' || c == '\r' || (c == ',' && sp->in_array))
				 /* separator */ ;
			else if (sp->in_array)
			{
				/* an element starts */
				in_elem = true;
				*line = sp->line;
				sp->pos--;
			}
			else
			{
				snprintf(sp->error, sizeof(sp->error),
						 "unexpected character '%c' outside the JSON array", c);
				*line = sp->line;
				sp->stop = true;
				return HF_SPLIT_BAD;
			}
			continue;
		}

		/* inside an element: find where it ends */
		if (in_string)
		{
			if (escape)
				escape = false;
			else if (c == '\\')
				escape = true;
			else if (c == '"')
				in_string = false;
		}
		else if (c == '"')
			in_string = true;
		else if (c == '{' || c == '[')
			depth++;
		else if (c == '}' || c == ']')
		{
			if (depth == 0)
			{
				/* the array's closing bracket ends a scalar element */
				return HF_SPLIT_RECORD;
			}
			depth--;
			if (depth == 0)
			{
				appendStringInfoChar(out, c);
				sp->pos++;
				return HF_SPLIT_RECORD;
			}
		}
		else if (depth == 0 && (c == ',' || c == ' ' || c == '\n' || c == '\t' || c == '\r'))
			return HF_SPLIT_RECORD;
		if (c == '\n')
			sp->line++;
		if (out->len >= HF_MAX_RECORD)
		{
			snprintf(sp->error, sizeof(sp->error), "array element longer than %d bytes", HF_MAX_RECORD);
			sp->stop = true;
			return HF_SPLIT_BAD;
		}
		appendStringInfoChar(out, c);
		sp->pos++;
	}
	if (sp->failed)
	{
		if (!in_elem)
			*line = sp->line;
		sp->stop = true;
		return HF_SPLIT_BAD;
	}
	if (in_elem)
	{
		if (depth == 0 && !in_string)
			return HF_SPLIT_RECORD;		/* a scalar at the very end */
		snprintf(sp->error, sizeof(sp->error), "unterminated JSON array element");
		sp->stop = true;
		return HF_SPLIT_BAD;
	}
	if (sp->in_array)
	{
		snprintf(sp->error, sizeof(sp->error), "unterminated JSON array (no closing ']')");
		*line = sp->line;
		sp->stop = true;
		return HF_SPLIT_BAD;
	}
	return HF_SPLIT_EOF;
}

/*
 * hf_split_next: the next record.  HF_SPLIT_BAD reports a record that cannot
 * be cut out (too long, unterminated, corrupt compressed data); after an
 * unrecoverable one the next call returns HF_SPLIT_EOF.
 */
HfSplitResult
hf_split_next(HfSplitter *sp, StringInfo out, int64 *line)
{
	if (!sp->started)
		start(sp);
	if (sp->stop)
		return HF_SPLIT_EOF;
	sp->error[0] = '\0';
	return sp->array_mode ? next_element(sp, out, line) : next_line(sp, out, line);
}
