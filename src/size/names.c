/*
 * src/size/names.c
 *
 * Parameter counts parsed from Hugging Face repository names.
 *
 * Only the part after the last '/' is read.  It is cut into words at every
 * byte that is not an ASCII letter or digit (bytes >= 0x80 count as
 * letters), except that a '.' between two digits stays inside its word as a
 * decimal point ("3.1", "0.5B").  Each word is matched as a whole against a
 * small grammar:
 *
 *	 size		NUM UNIT [D[D]] [A NUM UNIT]	"8B", "0.5B", "7b1", "30BA3B"
 *	 active		A NUM UNIT						"A3B", "a400m"
 *	 effective	E NUM UNIT						"E4B"
 *	 moe		N x NUM UNIT					"8x7B"
 *	 experts	N E								"16E"
 *	 tokens		NUM UNIT (TOK|TOKS|TOKEN|TOKENS)	"100Btok"
 *
 * where NUM is up to 5 integer digits with up to 4 decimals and UNIT is
 * B/b (1e9), M/m (1e6) or T/t (1e12).  Anything else ("v0.2", "4k", "Q4",
 * "int4", "4bit", "3.1", "8x", "K2", "0924", "4e1t", "7BT") is not a size;
 * "0b" is a size of zero, which states nothing.  A size next to the word
 * "tokens" (or "token", "toks", "tok"; the larger one when there is a size
 * on both sides: "nucleus-22B-token-500B") is a training-token count.
 *
 * '_' separates words, but a one-digit word, '_' and a size with one or two
 * integer digits are one size with a decimal point ("stablelm-2-1_6b" =
 * 1.6e9, "internlm2-1_8b" = 1.8e9) when the digit is 0 or 1 or follows a
 * word ending in a digit (a version), and is not glued by '_' to the word
 * before it ("llama_3_1_8b", "orca_mini_v9_0_3B", "SASTRI_1_9B": part of a
 * version), except a 0 after a word without a digit at its end
 * ("qwen_0_5b" = 0.5e9).  Otherwise the digit is a version: "LLAMA-3_8B" =
 * 8e9.  A word right after a '.' that does not follow a
 * word is no size (".5B").
 *
 * Draft and speculator heads are named after the model they serve, so the
 * size in their names is the target's: a name with the word "eagle3",
 * "speculator", "speculators" or "dflash", with "eagle" or "eagle2" not
 * directly followed by a size ("EAGLE-LLaMA3-Instruct-8B"; "Eagle2-9B" is a
 * model named Eagle), that starts or ends with "medusa", or ends with
 * "accelerator" (IBM's MLP speculators) states no counts.  After the word
 * "draft" or "drafter", a size is the draft model's own
 * ("GLM-4.5-DRAFT-0.6B").
 *
 * The first word that states a size (size, active, effective, moe) decides,
 * counting from the draft model's size when there is one, except that a
 * plain size below 1e9 yields to a later, not adjacent, size or moe word
 * from 1e9 to below 1e12 ("Infinity-Instruct-3M-0625-Llama3-70B": 3M is a
 * dataset size).  The word right after a plain size may refine it: an active
 * part ("Qwen3-30B-A3B"), an expert count ("Llama-4-Scout-17B-16E": 17B is
 * the active count, the total is not stated) or a larger size at most 12
 * times as large ("OLMoE-1B-7B": active, then total).  A larger size still is
 * a training-token count ("transformer-1.3B-100B", "bitnet-b1.58-2B-4T"), and
 * is left out like every later word.
 *
 * A name rounds its size: Gemma "2B" has 2.51e9 parameters, Mixtral "8x7B"
 * 46.7e9.  When the words right before the size words name a well-known
 * model line and the size is one the line was released in ("gemma-2b",
 * "Llama-3.2-1B", "Mixtral-8x7B", "Qwen1.5-MoE-A2.7B"), the counts are the
 * published ones of that release, which line names (name_lines.c).  When
 * the size is none of the line's, the one or two digits that end the word
 * before a plain size, a '-' or '_', and the size are read as one size with
 * a decimal point, if that is one of the line's ("pythia2-8b" = 2.8e9,
 * "qwen_1_8b" = 1.8e9; "llama2-7b" stays Llama 2 7B).
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "common/int.h"
#include "fmgr.h"
#include "funcapi.h"
#include "utils/builtins.h"

#include "size/name_lines.h"
#include "size/names.h"
#include "util/result_row.h"

/* Words read from a name; a Hub name has at most 96 characters, 48 words. */
#define HF_NAME_MAX_WORDS	64

/* "1B-7B" is active and total up to this ratio; beyond, a token count. */
#define HF_NAME_PAIR_RATIO	12

#define HF_NAME_BILLION		INT64CONST(1000000000)
#define HF_NAME_TRILLION	INT64CONST(1000000000000)

typedef enum HfNameWordKind
{
	HF_WORD_OTHER,
	HF_WORD_SIZE,				/* "8B", "30BA3B", "1_6b" */
	HF_WORD_ACTIVE,				/* "A3B" */
	HF_WORD_EFFECTIVE,			/* "E4B" */
	HF_WORD_MOE,				/* "8x7B" */
	HF_WORD_EXPERTS,			/* "16E" */
	HF_WORD_TOKENS,				/* "100Btok"; "100B" before "tokens" */
	HF_WORD_TOKENS_MARK,		/* "tokens", "tok" */
	HF_WORD_HEAD,				/* "eagle3", "speculator", "dflash" */
	HF_WORD_HEAD_UNSIZED,		/* "eagle": unless a size follows */
	HF_WORD_HEAD_EDGE,			/* "medusa": as the first or last word */
	HF_WORD_HEAD_LAST,			/* "accelerator": as the last word */
	HF_WORD_ZERO,				/* "0b" */
	HF_WORD_DRAFT				/* "draft": a size after it is the draft's */
} HfNameWordKind;

typedef struct HfNameWord
{
	HfNameWordKind kind;
	int64		value;			/* parameters stated by the word */
	int64		active;			/* attached active part ("30BA3B"), or -1 */
	int			start;			/* byte offsets of the word in the name */
	int			stop;
} HfNameWord;

typedef struct HfNameMarker
{
	const char *word;
	HfNameWordKind kind;
} HfNameMarker;

/* Words that mean something without stating a size, in any case. */
static const HfNameMarker name_markers[] = {
	{"eagle3", HF_WORD_HEAD},
	{"speculator", HF_WORD_HEAD},
	{"speculators", HF_WORD_HEAD},
	{"dflash", HF_WORD_HEAD},
	{"eagle", HF_WORD_HEAD_UNSIZED},
	{"eagle2", HF_WORD_HEAD_UNSIZED},
	{"medusa", HF_WORD_HEAD_EDGE},
	{"accelerator", HF_WORD_HEAD_LAST},
	{"draft", HF_WORD_DRAFT},
	{"drafter", HF_WORD_DRAFT},
	{"tokens", HF_WORD_TOKENS_MARK},
	{"token", HF_WORD_TOKENS_MARK},
	{"toks", HF_WORD_TOKENS_MARK},
	{"tok", HF_WORD_TOKENS_MARK}
};

/* Suffixes that make a size word a token count ("100Btok", "2Ttokens"). */
static const char *const name_token_suffixes[] = {
	"tok", "toks", "token", "tokens"
};

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

/* Does [p, p + len) equal the lower-case ASCII word, in any case? */
static inline bool
name_word_is(const char *p, int len, const char *word)
{
	return strlen(word) == (size_t) len && pg_strncasecmp(p, word, len) == 0;
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

/* Is [p, end) a size of zero ("0b", "0.0B")? */
static bool
name_is_zero_size(const char *p, const char *end)
{
	if (p >= end || *p != '0')
		return false;
	while (p < end && *p == '0')
		p++;
	if (p < end && *p == '.')
	{
		p++;
		if (p >= end || *p != '0')
			return false;
		while (p < end && *p == '0')
			p++;
	}
	return p + 1 == end && name_unit(*p) != 0;
}

/*
 * Classify the word [p, end) by the grammar in the file header, then as a
 * marker word.  Words that match nothing, or that would state zero or
 * absurd counts, are OTHER.  start and stop are left to the caller.
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

	if (!name_is_digit(*q))
	{
		int			i;

		for (i = 0; i < (int) lengthof(name_markers); i++)
		{
			if (name_word_is(p, end - p, name_markers[i].word))
			{
				w->kind = name_markers[i].kind;
				return;
			}
		}
	}

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
	{
		if (prefix == 0 && name_is_zero_size(q, end))
			w->kind = HF_WORD_ZERO;
		return;
	}
	if (q == end)
	{
		w->kind = prefix == 'a' ? HF_WORD_ACTIVE :
			prefix == 'e' ? HF_WORD_EFFECTIVE : HF_WORD_SIZE;
		w->value = v;
		return;
	}
	if (prefix != 0)
		return;
	if (*q == 'a' || *q == 'A')
	{
		const char *r = q + 1;
		int64		a;

		if (name_parse_size(&r, end, &a) && r == end)
		{
			w->kind = HF_WORD_SIZE;
			w->value = v;
			w->active = a;
			return;
		}
	}
	for (int i = 0; i < (int) lengthof(name_token_suffixes); i++)
	{
		if (name_word_is(q, end - q, name_token_suffixes[i]))
		{
			w->kind = HF_WORD_TOKENS;
			w->value = v;
			return;
		}
	}
}

/*
 * Cut name[0..len) into at most max words (see the file header), classify
 * each and return how many there are.
 */
static int
name_cut_words(const char *name, int len, HfNameWord *words, int max)
{
	int			n = 0;
	int			i = 0;

	while (n < max)
	{
		int			start;

		while (i < len && !name_is_word_byte((unsigned char) name[i]))
			i++;
		if (i >= len)
			break;
		start = i;
		while (i < len)
		{
			if (name_is_word_byte((unsigned char) name[i]))
				i++;
			else if (name[i] == '.' && i > start && name_is_digit(name[i - 1]) &&
					 i + 1 < len && name_is_digit(name[i + 1]))
				i++;
			else
				break;
		}
		if (start > 0 && name[start - 1] == '.' &&
			(start == 1 || !name_is_word_byte((unsigned char) name[start - 2])))
		{
			/* ".5B": a decimal point without its integer part */
			words[n].kind = HF_WORD_OTHER;
			words[n].value = -1;
			words[n].active = -1;
		}
		else
			name_classify_word(name + start, name + i, &words[n]);
		words[n].start = start;
		words[n].stop = i;
		n++;
	}
	return n;
}

/*
 * Join "1_6b" into one size word 1.6e9 where the file header says the '_'
 * is a decimal point.  The joined word keeps the digit's start.  When the
 * joined word is no size ("1_6b2"), neither part is one.
 */
static void
name_join_decimals(const char *name, HfNameWord *w, int n)
{
	for (int i = 0; i + 1 < n; i++)
	{
		HfNameWord *x = &w[i];
		HfNameWord *y = &w[i + 1];
		int			ylen = y->stop - y->start;
		int			ndig = 0;
		bool		version_before = false;
		char		buf[32];
		HfNameWord	joined;

		if (x->stop - x->start != 1 || !name_is_digit(name[x->start]) ||
			name[x->stop] != '_' || y->start != x->stop + 1)
			continue;
		while (ndig < ylen && name_is_digit(name[y->start + ndig]))
			ndig++;
		if (ndig < 1 || ndig > 2 || ylen + 2 > (int) sizeof(buf))
			continue;
		if (i > 0 && name_is_digit(name[w[i - 1].stop - 1]))
			version_before = true;
		if (i > 0 && x->start == w[i - 1].stop + 1 && name[w[i - 1].stop] == '_' &&
			(version_before || name[x->start] != '0'))
		{
			/* "llama_3_1_8b", "orca_mini_v9_0_3B", "SASTRI_1_9B": a version */
			continue;
		}
		if (name[x->start] > '1' && !version_before)
			continue;

		buf[0] = name[x->start];
		buf[1] = '.';
		memcpy(buf + 2, name + y->start, ylen);
		name_classify_word(buf, buf + ylen + 2, &joined);
		if (joined.kind != HF_WORD_SIZE)
		{
			y->kind = HF_WORD_OTHER;
			y->value = -1;
			y->active = -1;
			continue;
		}
		y->kind = HF_WORD_SIZE;
		y->value = joined.value;
		y->active = joined.active;
		y->start = x->start;
	}
}

static inline bool
name_states_size(const HfNameWord *w)
{
	return w->kind == HF_WORD_SIZE || w->kind == HF_WORD_MOE ||
		w->kind == HF_WORD_ACTIVE || w->kind == HF_WORD_EFFECTIVE;
}

/* Is the name, cut into w[0..n), the name of a draft or speculator head? */
static bool
name_is_head(const HfNameWord *w, int n)
{
	for (int i = 0; i < n; i++)
	{
		switch (w[i].kind)
		{
			case HF_WORD_HEAD:
				return true;
			case HF_WORD_HEAD_UNSIZED:
				if (i + 1 >= n || (w[i + 1].kind != HF_WORD_SIZE &&
								   w[i + 1].kind != HF_WORD_MOE))
					return true;
				break;
			case HF_WORD_HEAD_EDGE:
				if (i == 0 || i == n - 1)
					return true;
				break;
			case HF_WORD_HEAD_LAST:
				if (i == n - 1)
					return true;
				break;
			default:
				break;
		}
	}
	return false;
}

static inline void
name_set_token(HfNameParams *out, const char *name, const HfNameWord *first,
			   const HfNameWord *last)
{
	out->token = name + first->start;
	out->token_len = last->stop - first->start;
}

/*
 * If the words of name[0..start) end with a model line of the table in
 * name_lines.c, and out states one of its sizes, replace out's counts with
 * the line's published ones (reason NULL, line set) and return true;
 * otherwise leave out alone and return false.
 */
static bool
name_use_line(const char *name, int start, HfNameParams *out)
{
	const HfNameLineSize *size;

	size = hf_name_line_find(name, start, out->total, out->active);
	if (size == NULL)
		return false;
	out->total = size->total;
	out->active = size->active;
	out->reason = NULL;
	out->line = size->release;
	return true;
}

/*
 * "pythia2-8b", "pythia12-0b", "qwen_1_8b": read the one or two digits that
 * end the word before w[i] (a plain size or zero size of one or two digits
 * and a unit), the '-' or '_' between them and w[i] as one size with a
 * decimal point (2.8e9, 12e9, 1.8e9).  The reading is taken only when the
 * words before the digits name a model line with that size; then out gets
 * the line's counts, its token runs from the digits and true is returned.
 * Otherwise out is left alone.
 */
static bool
name_use_line_decimal(const char *name, const HfNameWord *w, int i,
					  HfNameParams *out)
{
	const HfNameWord *x;
	const HfNameWord *y = &w[i];
	int			ylen = y->stop - y->start;
	int			xlen;
	int			ydig = 0;
	int			xdig = 0;
	char		buf[8];
	HfNameWord	joined;
	HfNameParams alt;

	if (i == 0 || y->active >= 0 ||
		(y->kind != HF_WORD_SIZE && y->kind != HF_WORD_ZERO))
		return false;
	x = &w[i - 1];
	xlen = x->stop - x->start;
	if (y->start != x->stop + 1 ||
		(name[x->stop] != '-' && name[x->stop] != '_'))
		return false;
	while (ydig < ylen && name_is_digit(name[y->start + ydig]))
		ydig++;
	if (ydig < 1 || ydig > 2 || ydig + 1 != ylen)
		return false;
	while (xdig < xlen && name_is_digit(name[x->stop - 1 - xdig]))
		xdig++;
	if (xdig < 1 || xdig > 2 ||
		(xdig < xlen && !name_is_word_byte((unsigned char) name[x->stop - 1 - xdig])))
		return false;

	memcpy(buf, name + x->stop - xdig, xdig);
	buf[xdig] = '.';
	memcpy(buf + xdig + 1, name + y->start, ylen);
	name_classify_word(buf, buf + xdig + 1 + ylen, &joined);
	if (joined.kind != HF_WORD_SIZE)
		return false;

	alt = *out;
	alt.total = joined.value;
	alt.active = -1;
	if (!name_use_line(name, x->stop - xdig, &alt))
		return false;
	alt.token = name + x->stop - xdig;
	alt.token_len = y->stop - (x->stop - xdig);
	*out = alt;
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
 * Parse a repository name (not necessarily NUL-terminated) into total and
 * active parameter counts, the word(s) they came from and, when the total
 * is not stated, why (see the file header and names.h).  Only the part
 * after the last '/' is read; an empty name states nothing.
 */
void
hf_name_parse_params(const char *name, int len, HfNameParams *out)
{
	HfNameWord	w[HF_NAME_MAX_WORDS];
	int			n;
	int			first = 0;
	int			d = -1;
	int			last;
	int			i;

	out->total = -1;
	out->active = -1;
	out->token = NULL;
	out->token_len = 0;
	out->reason = NULL;
	out->line = NULL;

	hf_name_strip_namespace(&name, &len);
	n = name_cut_words(name, len, w, HF_NAME_MAX_WORDS);
	name_join_decimals(name, w, n);
	for (i = 0; i < n; i++)
	{
		/* "300B-tokens", "22B-token-500B": the larger neighbour */
		HfNameWord *before = i > 0 ? &w[i - 1] : NULL;
		HfNameWord *after = i + 1 < n ? &w[i + 1] : NULL;

		if (w[i].kind != HF_WORD_TOKENS_MARK)
			continue;
		if (before && (before->kind != HF_WORD_SIZE || before->active >= 0))
			before = NULL;
		if (after && (after->kind != HF_WORD_SIZE || after->active >= 0))
			after = NULL;
		if (before && after && before->value > after->value)
			after = NULL;
		if (after)
			after->kind = HF_WORD_TOKENS;
		else if (before)
			before->kind = HF_WORD_TOKENS;
	}

	if (name_is_head(w, n))
	{
		for (i = 0; i < n; i++)
		{
			if (name_states_size(&w[i]))
			{
				name_set_token(out, name, &w[i], &w[i]);
				break;
			}
		}
		out->reason = "draft head";
		return;
	}

	/* a draft model: count from its own size */
	for (i = 0; i < n; i++)
	{
		if (w[i].kind == HF_WORD_DRAFT)
		{
			for (int j = i + 1; j < n; j++)
			{
				if (name_states_size(&w[j]))
				{
					first = j;
					break;
				}
			}
			break;
		}
	}

	for (i = first; i < n; i++)
	{
		if (name_states_size(&w[i]))
		{
			d = i;
			break;
		}
	}
	if (d < 0)
	{
		/* nothing states a size: say what the size-like words were */
		for (i = 0; i < n; i++)
		{
			if (w[i].kind == HF_WORD_TOKENS || w[i].kind == HF_WORD_ZERO)
			{
				name_set_token(out, name, &w[i], &w[i]);
				out->reason = w[i].kind == HF_WORD_TOKENS ?
					"token count" : "zero size";
				/* "pythia12-0b": a model line's size */
				if (w[i].kind == HF_WORD_ZERO)
					(void) name_use_line_decimal(name, w, i, out);
				return;
			}
		}
		out->reason = "no size token";
		return;
	}

	if (w[d].kind == HF_WORD_SIZE && w[d].active < 0 &&
		w[d].value < HF_NAME_BILLION)
	{
		/* a sub-1B plain size yields to a later, not adjacent, one >= 1B */
		for (i = d + 2; i < n; i++)
		{
			if ((w[i].kind == HF_WORD_SIZE || w[i].kind == HF_WORD_MOE) &&
				w[i].value >= HF_NAME_BILLION && w[i].value < HF_NAME_TRILLION)
			{
				d = i;
				break;
			}
		}
	}

	last = d;
	switch (w[d].kind)
	{
		case HF_WORD_SIZE:
			out->total = w[d].value;
			out->active = w[d].active;
			if (w[d].active >= 0 || d + 1 >= n)
				break;
			if (w[d + 1].kind == HF_WORD_ACTIVE)
			{
				out->active = w[d + 1].value;
				last = d + 1;
			}
			else if (w[d + 1].kind == HF_WORD_EXPERTS)
			{
				/* "Llama-4-Scout-17B-16E": the size is the active count */
				out->active = w[d].value;
				out->total = -1;
				out->reason = "active count only";
				last = d + 1;
			}
			else if (w[d + 1].kind == HF_WORD_SIZE && w[d + 1].active < 0 &&
					 w[d + 1].value > w[d].value &&
					 w[d + 1].value <= w[d].value * HF_NAME_PAIR_RATIO)
			{
				/* "OLMoE-1B-7B": active then total; larger is a token count */
				out->active = w[d].value;
				out->total = w[d + 1].value;
				last = d + 1;
			}
			break;
		case HF_WORD_MOE:
			out->total = w[d].value;
			if (d + 1 < n && w[d + 1].kind == HF_WORD_ACTIVE)
			{
				out->active = w[d + 1].value;
				last = d + 1;
			}
			break;
		case HF_WORD_ACTIVE:
			out->active = w[d].value;
			out->reason = "active count only";
			break;
		case HF_WORD_EFFECTIVE:
			out->active = w[d].value;
			out->reason = "effective count only";
			break;
		default:
			elog(ERROR, "unexpected name word kind %d", (int) w[d].kind);
	}
	name_set_token(out, name, &w[d], &w[last]);

	/* a well-known model line: its published counts */
	if (!name_use_line(name, w[d].start, out) && d == last)
		(void) name_use_line_decimal(name, w, d, out);
}

/*
 * name_params(name text, OUT total bigint, OUT active bigint,
 *			   OUT token text, OUT reason text, OUT line text)
 *
 * SQL wrapper of hf_name_parse_params.  Strict: a NULL name gives NULL.  A
 * name without a size gives NULL counts, a NULL token (unless a size-like
 * word was set aside) and a reason; line is NULL unless a model line's
 * published counts were taken.  The earlier declarations with (total,
 * active) and (total, active, token, reason) are served too. 
 */
PG_FUNCTION_INFO_V1(hfstate_name_params);
Datum
hfstate_name_params(PG_FUNCTION_ARGS)
{
	text	   *name = PG_GETARG_TEXT_PP(0);
	TupleDesc	tupdesc = hf_result_tupdesc(fcinfo);
	Datum		values[5];
	bool		nulls[5];
	HfNameParams p;

	/* the declarations of 0.6 and before are served too */
	if (tupdesc->natts != 2 && tupdesc->natts != 4 && tupdesc->natts != 5)
		elog(ERROR, "name_params must return 2, 4 or 5 columns, not %d",
			 tupdesc->natts);

	hf_name_parse_params(VARDATA_ANY(name), VARSIZE_ANY_EXHDR(name), &p);
	values[0] = Int64GetDatum(p.total);
	nulls[0] = p.total < 0;
	values[1] = Int64GetDatum(p.active);
	nulls[1] = p.active < 0;
	values[2] = p.token ?
		PointerGetDatum(cstring_to_text_with_len(p.token, p.token_len)) : (Datum) 0;
	nulls[2] = p.token == NULL;
	values[3] = p.reason ? CStringGetTextDatum(p.reason) : (Datum) 0;
	nulls[3] = p.reason == NULL;
	values[4] = p.line ? CStringGetTextDatum(p.line) : (Datum) 0;
	nulls[4] = p.line == NULL;

	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(tupdesc, values, nulls)));
}
