/*
 * src/size/names.c
 *
 * Parameter counts parsed from Hugging Face repository names.
 *
 * A name is cut into words at every byte that is not an ASCII letter or
 * digit (bytes >= 0x80 count as letters), except that a '.' or '_'
 * between two digits stays inside its word.  '.' is a decimal point
 * ("3.1", "0.5B"); a word with '_' between digits is never a size, because
 * it is ambiguous: "internlm2-1_8b" is 1.8B but "LLAMA-3_8B" is 8B and
 * "alpaca_max_2600_3B" is 3B, so neither reading is taken.  Each word is then matched
 * as a whole against a small grammar:
 *
 *	 size		NUM UNIT [D[D]] [A NUM UNIT]	"8B", "0.5B", "7b1", "30BA3B"
 *	 active		A NUM UNIT						"A3B", "a400m"
 *	 effective	E NUM UNIT						"E4B"
 *	 moe		N x NUM UNIT					"8x7B"
 *	 experts	N E								"16E"
 *
 * where NUM is up to 5 integer digits with up to 4 decimals and UNIT is
 * B/b (1e9), M/m (1e6) or T/t (1e12).  Anything else ("v0.2", "4k", "Q4",
 * "int4", "4bit", "3.1", "8x", "K2") is not a size.  The first word that
 * states a size decides the result, except that a plain size below 1e9
 * yields to a later plain size of at least 1e9 ("Infinity-Instruct-3M-
 * Llama3-70B": 3M is a dataset size).  The word right after the deciding
 * word may refine it (an active part, an expert count, or a larger total as
 * in "OLMoE-1B-7B").
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "common/int.h"
#include "fmgr.h"
#include "funcapi.h"
#include "utils/builtins.h"

#include "size/names.h"

typedef enum HfNameWordKind
{
	HF_WORD_OTHER,
	HF_WORD_SIZE,
	HF_WORD_ACTIVE,
	HF_WORD_EFFECTIVE,
	HF_WORD_MOE,
	HF_WORD_EXPERTS
} HfNameWordKind;

typedef struct HfNameWord
{
	HfNameWordKind kind;
	int64		value;			/* parameters stated by the word */
	int64		active;			/* attached active part ("30BA3B"), or -1 */
} HfNameWord;

/*
 * Is c part of a word?  ASCII letters and digits, and every byte of a
 * multibyte UTF-8 character, so that a size glued to a non-ASCII letter is
 * not taken for a size either.
 */
static inline bool
name_is_word_byte(unsigned char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
		(c >= 'A' && c <= 'Z') || c >= 0x80;
}

static inline bool
name_is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/*
 * Multiplier of a unit letter (B, M, T in either case), or 0 when c is not
 * a unit.
 */
static inline int64
name_unit(char c)
{
	switch (c)
	{
		case 'b':
		case 'B':
			return INT64CONST(1000000000);
		case 'm':
		case 'M':
			return INT64CONST(1000000);
		case 't':
		case 'T':
			return INT64CONST(1000000000000);
		default:
			return 0;
	}
}

/*
 * Parse NUM UNIT [D[D]] at *pp (not beyond end).  On success stores the
 * parameter count (> 0, <= HF_NAME_MAX_PARAMS), advances *pp past the
 * match and returns true; on failure returns false and leaves *pp alone.
 * The optional one or two digits after the unit are decimals in the BLOOM
 * style ("7b1" = 7.1B), allowed only when NUM has no decimals.
 */
static bool
name_parse_size(const char **pp, const char *end, int64 *out)
{
	const char *p = *pp;
	int64		mant = 0;
	int			ndig = 0;
	int			fdig = 0;
	int64		unit;
	int64		value;
	int			i;

	while (p < end && name_is_digit(*p))
	{
		if (++ndig > 5)
			return false;
		mant = mant * 10 + (*p - '0');
		p++;
	}
	if (ndig == 0)
		return false;
	if (p < end && *p == '.')
	{
		p++;
		while (p < end && name_is_digit(*p))
		{
			if (++fdig > 4)
				return false;
			mant = mant * 10 + (*p - '0');
			p++;
		}
		if (fdig == 0)
			return false;
	}
	if (p >= end || (unit = name_unit(*p)) == 0)
		return false;
	p++;
	if (fdig == 0 && p < end && name_is_digit(*p))
	{
		/* BLOOM-style decimals: "7b1", "1b7", "176b25" is not one */
		while (p < end && name_is_digit(*p))
		{
			if (++fdig > 2)
				return false;
			mant = mant * 10 + (*p - '0');
			p++;
		}
	}
	for (i = 0; i < fdig; i++)
		unit /= 10;
	if (mant <= 0 || pg_mul_s64_overflow(mant, unit, &value) ||
		value > HF_NAME_MAX_PARAMS)
		return false;
	*out = value;
	*pp = p;
	return true;
}

/*
 * Classify the word [p, end) by the grammar in the file header.  Words that
 * match nothing, or that would state zero or absurd counts, are OTHER.
 */
static void
name_classify_word(const char *p, const char *end, HfNameWord *w)
{
	const char *q = p;
	char		prefix = 0;
	int64		v;
	int64		n;
	int			ndig;

	w->kind = HF_WORD_OTHER;
	w->value = -1;
	w->active = -1;

	if ((*q == 'a' || *q == 'A' || *q == 'e' || *q == 'E') &&
		q + 1 < end && name_is_digit(q[1]))
	{
		prefix = (*q == 'a' || *q == 'A') ? 'a' : 'e';
		q++;
	}
	if (!name_is_digit(*q))
		return;

	if (prefix == 0)
	{
		/* "8x7B": N x size; "16E": expert count */
		const char *r = q;

		n = 0;
		ndig = 0;
		while (r < end && name_is_digit(*r) && ndig < 5)
		{
			n = n * 10 + (*r - '0');
			ndig++;
			r++;
		}
		if (r + 1 < end && (*r == 'x' || *r == 'X') && name_is_digit(r[1]))
		{
			r++;
			if (n > 0 && name_parse_size(&r, end, &v) && r == end &&
				!pg_mul_s64_overflow(n, v, &v) && v <= HF_NAME_MAX_PARAMS)
			{
				w->kind = HF_WORD_MOE;
				w->value = v;
			}
			return;
		}
		if (r + 1 == end && (*r == 'e' || *r == 'E') && n > 0)
		{
			w->kind = HF_WORD_EXPERTS;
			w->value = n;
			return;
		}
	}

	if (!name_parse_size(&q, end, &v))
		return;
	if (q == end)
	{
		w->kind = prefix == 'a' ? HF_WORD_ACTIVE :
			prefix == 'e' ? HF_WORD_EFFECTIVE : HF_WORD_SIZE;
		w->value = v;
		return;
	}
	if (prefix == 0 && (*q == 'a' || *q == 'A'))
	{
		int64		a;

		q++;
		if (name_parse_size(&q, end, &a) && q == end)
		{
			w->kind = HF_WORD_SIZE;
			w->value = v;
			w->active = a;
		}
	}
}

/*
 * Find the next word at or after *pos in name[0..len).  Returns false when
 * there is none; otherwise sets *start and *stop and moves *pos past the word.
 */
static bool
name_next_word(const char *name, int len, int *pos, int *start, int *stop)
{
	int			i = *pos;

	while (i < len && !name_is_word_byte((unsigned char) name[i]))
		i++;
	if (i >= len)
		return false;
	*start = i;
	while (i < len)
	{
		unsigned char c = (unsigned char) name[i];

		if (name_is_word_byte(c))
			i++;
		else if ((c == '.' || c == '_') && i > *start &&
				 name_is_digit(name[i - 1]) &&
				 i + 1 < len && name_is_digit(name[i + 1]))
			i++;
		else
			break;
	}
	*stop = i;
	*pos = i;
	return true;
}

/*
 * hf_name_strip_namespace: move *name past the last '/', so "owner/name"
 * becomes "name"; a bare name is left as it is.
 */
void
hf_name_strip_namespace(const char **name, int *len)
{
	for (int i = *len - 1; i >= 0; i--)
	{
		if ((*name)[i] == '/')
		{
			*name += i + 1;
			*len -= i + 1;
			return;
		}
	}
}

/*
 * Parse a repository name into total and active parameter counts (see the
 * file header).  Only the part after the last '/' is read.  Outputs are -1
 * when not stated; an empty name states nothing.
 */
bool
hf_name_parse_params(const char *name, int len, int64 *total, int64 *active)
{
	int			pos = 0;
	int			start;
	int			stop;
	HfNameWord	w;
	HfNameWord	next;

	*total = -1;
	*active = -1;

	hf_name_strip_namespace(&name, &len);

	for (;;)
	{
		if (!name_next_word(name, len, &pos, &start, &stop))
			return false;
		name_classify_word(name + start, name + stop, &w);
		if (w.kind != HF_WORD_OTHER && w.kind != HF_WORD_EXPERTS)
			break;
	}

	if (w.kind == HF_WORD_SIZE && w.active < 0 && w.value < INT64CONST(1000000000))
	{
		/* a sub-1B plain size yields to a later plain size >= 1B */
		int			look = pos;
		HfNameWord	later;

		while (name_next_word(name, len, &look, &start, &stop))
		{
			name_classify_word(name + start, name + stop, &later);
			if ((later.kind == HF_WORD_SIZE || later.kind == HF_WORD_MOE) &&
				later.value >= INT64CONST(1000000000))
			{
				w = later;
				pos = look;
				break;
			}
		}
	}

	next.kind = HF_WORD_OTHER;
	next.value = -1;
	next.active = -1;
	if (name_next_word(name, len, &pos, &start, &stop))
		name_classify_word(name + start, name + stop, &next);

	switch (w.kind)
	{
		case HF_WORD_SIZE:
			*total = w.value;
			*active = w.active;
			if (w.active >= 0)
				break;
			if (next.kind == HF_WORD_ACTIVE)
				*active = next.value;
			else if (next.kind == HF_WORD_EXPERTS)
			{
				/* "Llama-4-Scout-17B-16E": the size is the active count */
				*active = w.value;
				*total = -1;
			}
			else if (next.kind == HF_WORD_SIZE && next.active < 0 &&
					 next.value > w.value)
			{
				/* "OLMoE-1B-7B": active then total */
				*active = w.value;
				*total = next.value;
			}
			break;
		case HF_WORD_MOE:
			*total = w.value;
			if (next.kind == HF_WORD_ACTIVE)
				*active = next.value;
			break;
		case HF_WORD_ACTIVE:
		case HF_WORD_EFFECTIVE:
			*active = w.value;
			break;
		default:
			elog(ERROR, "unexpected name word kind %d", (int) w.kind);
	}
	return true;
}

/*
 * name_params(name text, OUT total bigint, OUT active bigint)
 *
 * SQL wrapper of hf_name_parse_params.  Strict: a NULL name gives NULL.  A
 * name without a size gives a row of two NULLs.  The result tuple
 * descriptor is built once per call site and kept in fn_extra.
 */
PG_FUNCTION_INFO_V1(hfstate_name_params);
Datum
hfstate_name_params(PG_FUNCTION_ARGS)
{
	text	   *name = PG_GETARG_TEXT_PP(0);
	TupleDesc	tupdesc = (TupleDesc) fcinfo->flinfo->fn_extra;
	Datum		values[2];
	bool		nulls[2];
	int64		total;
	int64		active;

	if (tupdesc == NULL)
	{
		MemoryContext old = MemoryContextSwitchTo(fcinfo->flinfo->fn_mcxt);
		TupleDesc	td;

		if (get_call_result_type(fcinfo, NULL, &td) != TYPEFUNC_COMPOSITE)
			elog(ERROR, "return type must be a row type");
		tupdesc = BlessTupleDesc(CreateTupleDescCopy(td));
		fcinfo->flinfo->fn_extra = tupdesc;
		MemoryContextSwitchTo(old);
	}

	hf_name_parse_params(VARDATA_ANY(name), VARSIZE_ANY_EXHDR(name),
						 &total, &active);
	values[0] = Int64GetDatum(total);
	nulls[0] = total < 0;
	values[1] = Int64GetDatum(active);
	nulls[1] = active < 0;

	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(tupdesc, values, nulls)));
}
