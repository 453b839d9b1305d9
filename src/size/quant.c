/*
 * src/size/quant.c
 *
 * Quantization of Hub model repositories: which method and how many bits,
 * from the sources a dump offers, and the parameter count of a safetensors
 * checkpoint corrected for low-bit values packed into wider storage
 * elements.  Both rest on the same table of method names.
 *
 * Sources, in order of trust: config.json quantization_config.quant_method,
 * the repo's tags, its file names, words of its name, and finally its
 * declared relation to a base model ("quantized").  Bits come from the
 * method itself where it fixes them (fp8 8, mxfp4/nvfp4 4, eetq 8, bitnet
 * 2), then from the method string ("bitsandbytes_4bit"), the "4-bit" /
 * "8-bit" tags, GGUF file names, and name words; AWQ defaults to 4.
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "common/int.h"
#include "fmgr.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/jsonb.h"
#include "utils/numeric.h"

#include "util/json_util.h"
#include "util/result_row.h"
#include "size/names.h"
#include "size/quant.h"

const char *const hf_quant_method_names[HF_QUANT_NMETHODS] = {
	"gguf", "gptq", "awq", "exl2", "bitsandbytes", "fp8", "mxfp4", "nvfp4",
	"mlx", "compressed-tensors", "hqq", "aqlm", "eetq", "torchao", "quanto",
	"bitnet", "autoround", "other"
};

typedef struct HfQuantKey
{
	const char *key;
	HfQuantMethod method;
	int			bits;			/* bits stated by the key itself, or 0 */
} HfQuantKey;

/* quant_method values, lower-cased with '_' read as '-'. */
static const HfQuantKey quant_method_keys[] = {
	{"gguf", HF_QUANT_GGUF, 0},
	{"gptq", HF_QUANT_GPTQ, 0},
	{"gptqmodel", HF_QUANT_GPTQ, 0},
	{"auto-gptq", HF_QUANT_GPTQ, 0},
	{"awq", HF_QUANT_AWQ, 0},
	{"autoawq", HF_QUANT_AWQ, 0},
	{"exl2", HF_QUANT_EXL2, 0},
	{"exllama", HF_QUANT_EXL2, 0},
	{"exllamav2", HF_QUANT_EXL2, 0},
	{"bitsandbytes", HF_QUANT_BITSANDBYTES, 0},
	{"bitsandbytes-4bit", HF_QUANT_BITSANDBYTES, 4},
	{"bitsandbytes-8bit", HF_QUANT_BITSANDBYTES, 8},
	{"bnb", HF_QUANT_BITSANDBYTES, 0},
	{"bnb4", HF_QUANT_BITSANDBYTES, 4},
	{"bnb-4bit", HF_QUANT_BITSANDBYTES, 4},
	{"bnb8", HF_QUANT_BITSANDBYTES, 8},
	{"bnb-8bit", HF_QUANT_BITSANDBYTES, 8},
	{"nf4", HF_QUANT_BITSANDBYTES, 4},
	{"fp8", HF_QUANT_FP8, 8},
	{"fbgemm-fp8", HF_QUANT_FP8, 8},
	{"finegrained-fp8", HF_QUANT_FP8, 8},
	{"mxfp4", HF_QUANT_MXFP4, 4},
	{"nvfp4", HF_QUANT_NVFP4, 4},
	{"mlx", HF_QUANT_MLX, 0},
	{"compressed-tensors", HF_QUANT_COMPRESSED_TENSORS, 0},
	{"hqq", HF_QUANT_HQQ, 0},
	{"aqlm", HF_QUANT_AQLM, 0},
	{"eetq", HF_QUANT_EETQ, 8},
	{"torchao", HF_QUANT_TORCHAO, 0},
	{"quanto", HF_QUANT_QUANTO, 0},
	{"optimum-quanto", HF_QUANT_QUANTO, 0},
	{"bitnet", HF_QUANT_BITNET, 2},
	{"auto-round", HF_QUANT_AUTOROUND, 0},
	{"autoround", HF_QUANT_AUTOROUND, 0},
	{"intel/auto-round", HF_QUANT_AUTOROUND, 0},
	{NULL, HF_QUANT_NONE, 0}
};

/* Hub tags, compared case-insensitively. */
static const HfQuantKey quant_tag_keys[] = {
	{"gguf", HF_QUANT_GGUF, 0},
	{"gptq", HF_QUANT_GPTQ, 0},
	{"gptqmodel", HF_QUANT_GPTQ, 0},
	{"auto-gptq", HF_QUANT_GPTQ, 0},
	{"awq", HF_QUANT_AWQ, 0},
	{"autoawq", HF_QUANT_AWQ, 0},
	{"exl2", HF_QUANT_EXL2, 0},
	{"exllamav2", HF_QUANT_EXL2, 0},
	{"bitsandbytes", HF_QUANT_BITSANDBYTES, 0},
	{"fp8", HF_QUANT_FP8, 8},
	{"mxfp4", HF_QUANT_MXFP4, 4},
	{"nvfp4", HF_QUANT_NVFP4, 4},
	{"mlx", HF_QUANT_MLX, 0},
	{"compressed-tensors", HF_QUANT_COMPRESSED_TENSORS, 0},
	{"autoround", HF_QUANT_AUTOROUND, 0},
	{"auto-round", HF_QUANT_AUTOROUND, 0},
	{"hqq", HF_QUANT_HQQ, 0},
	{"aqlm", HF_QUANT_AQLM, 0},
	{"eetq", HF_QUANT_EETQ, 8},
	{"torchao", HF_QUANT_TORCHAO, 0},
	{"quanto", HF_QUANT_QUANTO, 0},
	{"optimum-quanto", HF_QUANT_QUANTO, 0},
	{"bitnet", HF_QUANT_BITNET, 2},
	{"2-bit", HF_QUANT_NONE, 2},
	{"3-bit", HF_QUANT_NONE, 3},
	{"4-bit", HF_QUANT_NONE, 4},
	{"8-bit", HF_QUANT_NONE, 8},
	{NULL, HF_QUANT_NONE, 0}
};

/* Words of repo and file names (lower-cased ASCII letter/digit runs). */
static const HfQuantKey quant_word_keys[] = {
	{"gguf", HF_QUANT_GGUF, 0},
	{"gptq", HF_QUANT_GPTQ, 0},
	{"awq", HF_QUANT_AWQ, 0},
	{"exl2", HF_QUANT_EXL2, 0},
	{"mlx", HF_QUANT_MLX, 0},
	{"fp8", HF_QUANT_FP8, 8},
	{"bnb", HF_QUANT_BITSANDBYTES, 0},
	{"bitsandbytes", HF_QUANT_BITSANDBYTES, 0},
	{"nf4", HF_QUANT_BITSANDBYTES, 4},
	{"mxfp4", HF_QUANT_MXFP4, 4},
	{"nvfp4", HF_QUANT_NVFP4, 4},
	{"autoround", HF_QUANT_AUTOROUND, 0},
	{"hqq", HF_QUANT_HQQ, 0},
	{"aqlm", HF_QUANT_AQLM, 0},
	{"eetq", HF_QUANT_EETQ, 8},
	{"quanto", HF_QUANT_QUANTO, 0},
	{"bitnet", HF_QUANT_BITNET, 2},
	{"fp4", HF_QUANT_NONE, 4},
	{NULL, HF_QUANT_NONE, 0}
};

#define QUANT_WORD_MAX 32

/*
 * ASCII letter or digit, independent of the locale.
 */
static inline bool
quant_is_alnum(char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
		(c >= 'A' && c <= 'Z');
}

/* What one source says: a method (or NONE) and bits (0 = not stated). */
typedef struct HfQuantHint
{
	HfQuantMethod method;
	int			bits;
	bool		quantized;		/* says "quantized" without a method */
} HfQuantHint;

/*
 * Find key (NUL-terminated, already lower-case) in a key table; NULL when
 * absent.
 */
static const HfQuantKey *
quant_lookup(const HfQuantKey *table, const char *key)
{
	for (; table->key != NULL; table++)
	{
		if (strcmp(table->key, key) == 0)
			return table;
	}
	return NULL;
}

/*
 * Bits a method fixes by itself, or 0 when it allows several widths.
 */
static int
quant_fixed_bits(HfQuantMethod m)
{
	switch (m)
	{
		case HF_QUANT_FP8:
		case HF_QUANT_EETQ:
			return 8;
		case HF_QUANT_MXFP4:
		case HF_QUANT_NVFP4:
			return 4;
		case HF_QUANT_BITNET:
			return 2;
		default:
			return 0;
	}
}

/*
 * Copy s[0..len) lower-cased into buf (size QUANT_WORD_MAX), reading '_' as
 * '-' when dash is set and trimming ASCII blanks.  Returns false (buf
 * empty) when the result is empty or too long to be any known key.
 */
static bool
quant_lower(const char *s, int len, char *buf, bool dash)
{
	int			n = 0;

	while (len > 0 && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r'))
	{
		s++;
		len--;
	}
	while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t' ||
					   s[len - 1] == '\n' || s[len - 1] == '\r'))
		len--;
	buf[0] = '\0';
	if (len <= 0 || len >= QUANT_WORD_MAX)
		return false;
	for (n = 0; n < len; n++)
	{
		char		c = s[n];

		if (c >= 'A' && c <= 'Z')
			c += 'a' - 'A';
		else if (dash && c == '_')
			c = '-';
		buf[n] = c;
	}
	buf[n] = '\0';
	return true;
}

/*
 * Canonical method and stated bits of a quant_method string (see quant.h).
 */
HfQuantMethod
hf_quant_parse_method(const char *s, int len, int *bits)
{
	char		buf[QUANT_WORD_MAX];
	const HfQuantKey *k;
	int			i;
	bool		blank = true;

	*bits = 0;
	for (i = 0; i < len; i++)
	{
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\n' && s[i] != '\r')
			blank = false;
	}
	if (blank)
		return HF_QUANT_NONE;
	if (!quant_lower(s, len, buf, true) ||
		(k = quant_lookup(quant_method_keys, buf)) == NULL)
		return HF_QUANT_OTHER;
	*bits = k->bits;
	return k->method;
}

/*
 * Bits stated by a GGUF quantization-type word ("q4", "iq2", "tq1", "f16",
 * "bf16"), or 0.  GGUF types wider than 16 bits (f32) state nothing.
 */
static int
quant_gguf_type_bits(const char *w)
{
	if (w[0] == 'i' || w[0] == 't')
		w++;
	if (w[0] == 'q' && w[1] >= '1' && w[1] <= '8' && w[2] == '\0')
		return w[1] - '0';
	if (strcmp(w, "f16") == 0 || strcmp(w, "bf16") == 0 ||
		strcmp(w, "fp16") == 0)
		return 16;
	return 0;
}

/*
 * Read one lower-cased name word w ("awq", "4bit", "int4", "w4a16", "q4")
 * into the hint h: the first method word and the first bits word win.
 * prev_digits is the previous word when it was all digits ("4" before
 * "bit"), else NULL.  16-bit words are not quantization and are ignored.
 */
static void
quant_read_word(const char *w, const char *prev_digits, HfQuantHint *h)
{
	const HfQuantKey *k = quant_lookup(quant_word_keys, w);
	HfQuantMethod m = HF_QUANT_NONE;
	int			bits = 0;
	int			n = (int) strlen(w);

	if (k != NULL)
	{
		m = k->method;
		bits = k->bits;
	}
	else if (quant_gguf_type_bits(w) > 0 && quant_gguf_type_bits(w) < 16)
	{
		m = HF_QUANT_GGUF;
		bits = quant_gguf_type_bits(w);
	}
	else if (n == 4 && w[0] == 'i' && w[1] == 'n' && w[2] == 't' &&
			 w[3] >= '1' && w[3] <= '8')
		bits = w[3] - '0';
	else if (n >= 4 && n <= 5 && w[0] == 'w' && w[1] >= '1' && w[1] <= '8' &&
			 w[2] == 'a' && w[3] >= '1' && w[3] <= '9')
	{
		/* w4a16, w8a8: compressed-tensors scheme names */
		m = HF_QUANT_COMPRESSED_TENSORS;
		bits = w[1] - '0';
	}
	else if (n >= 4 && n <= 5 && strcmp(w + n - 3, "bit") == 0 &&
			 w[0] >= '1' && w[0] <= '9' &&
			 (n == 4 || (w[1] >= '0' && w[1] <= '9')))
		bits = atoi(w);
	else if (strcmp(w, "bit") == 0 && prev_digits != NULL &&
			 strlen(prev_digits) <= 2)
		bits = atoi(prev_digits);

	if (bits >= 16 || bits < 0)
		bits = 0;
	if (h->method == HF_QUANT_NONE && m != HF_QUANT_NONE)
		h->method = m;
	if (h->bits == 0 && bits > 0)
		h->bits = bits;
	if (m != HF_QUANT_NONE || bits > 0)
		h->quantized = true;
}

/*
 * Scan the words of s[0..len) (runs of ASCII letters and digits) into h.
 * Words too long to be keys are skipped.
 */
static void
quant_scan_words(const char *s, int len, HfQuantHint *h)
{
	int			i = 0;
	char		w[QUANT_WORD_MAX];
	char		prev[QUANT_WORD_MAX];
	bool		prev_digits = false;

	while (i < len)
	{
		int			start;
		bool		digits = true;

		while (i < len && !quant_is_alnum(s[i]))
			i++;
		if (i >= len)
			break;
		start = i;
		while (i < len && quant_is_alnum(s[i]))
		{
			if (!(s[i] >= '0' && s[i] <= '9'))
				digits = false;
			i++;
		}
		if (quant_lower(s + start, i - start, w, false))
		{
			quant_read_word(w, prev_digits ? prev : NULL, h);
			strcpy(prev, w);
			prev_digits = digits;
		}
		else
			prev_digits = false;
	}
}

/*
 * Read the tags array: method tags, "N-bit" tags, and
 * "base_model:quantized:..." (the Hub's relation tag) as "quantized".
 * NULL elements are skipped.
 */
static void
quant_scan_tags(ArrayType *tags, HfQuantHint *h)
{
	Datum	   *elems;
	bool	   *nulls;
	int			n;
	int			i;
	char		buf[QUANT_WORD_MAX];
	static const char rel_prefix[] = "base_model:quantized:";

	deconstruct_array(tags, TEXTOID, -1, false, TYPALIGN_INT,
					  &elems, &nulls, &n);
	for (i = 0; i < n; i++)
	{
		text	   *t;
		const char *s;
		int			len;
		const HfQuantKey *k;

		CHECK_FOR_INTERRUPTS();
		if (nulls[i])
			continue;
		t = DatumGetTextPP(elems[i]);
		s = VARDATA_ANY(t);
		len = VARSIZE_ANY_EXHDR(t);
		if (len > (int) sizeof(rel_prefix) - 1 &&
			pg_strncasecmp(s, rel_prefix, sizeof(rel_prefix) - 1) == 0)
		{
			h->quantized = true;
			continue;
		}
		if (!quant_lower(s, len, buf, false) ||
			(k = quant_lookup(quant_tag_keys, buf)) == NULL)
			continue;
		if (h->method == HF_QUANT_NONE && k->method != HF_QUANT_NONE)
			h->method = k->method;
		if (h->bits == 0 && k->bits > 0 && k->method == HF_QUANT_NONE)
			h->bits = k->bits;
		h->quantized = true;
	}
}

/*
 * Does s[0..len) end with suffix (lower-case), ignoring case?
 */
static bool
quant_ends_with(const char *s, int len, const char *suffix)
{
	int			n = (int) strlen(suffix);

	return len >= n && pg_strncasecmp(s + len - n, suffix, n) == 0;
}

/*
 * Read the file names: any "*.gguf" makes the method gguf, with the lowest
 * bit width named by a GGUF quantization type among them ("Q4_K_M" 4,
 * "IQ2_XS" 2, "BF16" 16); otherwise the first file whose name says a method
 * ("*.exl2", "*.mlx", "gptq_model-4bit-128g.safetensors") decides.  Only
 * the part after the last '/' of each path is read.  NULLs are skipped.
 */
static void
quant_scan_files(ArrayType *files, HfQuantHint *h)
{
	Datum	   *elems;
	bool	   *nulls;
	int			n;
	int			i;
	int			gguf_bits = 0;
	bool		gguf = false;
	HfQuantHint other = {HF_QUANT_NONE, 0, false};

	deconstruct_array(files, TEXTOID, -1, false, TYPALIGN_INT,
					  &elems, &nulls, &n);
	for (i = 0; i < n; i++)
	{
		text	   *t;
		const char *s;
		int			len;
		int			j;

		CHECK_FOR_INTERRUPTS();
		if (nulls[i])
			continue;
		t = DatumGetTextPP(elems[i]);
		s = VARDATA_ANY(t);
		len = VARSIZE_ANY_EXHDR(t);
		for (j = len - 1; j >= 0; j--)
		{
			if (s[j] == '/')
			{
				s += j + 1;
				len -= j + 1;
				break;
			}
		}
		if (quant_ends_with(s, len, ".gguf"))
		{
			int			pos = 0;
			char		w[QUANT_WORD_MAX];

			gguf = true;
			/* lowest GGUF type width named in this file name */
			while (pos < len)
			{
				int			start;
				int			b;

				while (pos < len && !quant_is_alnum(s[pos]))
					pos++;
				start = pos;
				while (pos < len && quant_is_alnum(s[pos]))
					pos++;
				if (pos > start && quant_lower(s + start, pos - start, w, false) &&
					(b = quant_gguf_type_bits(w)) > 0 &&
					(gguf_bits == 0 || b < gguf_bits))
					gguf_bits = b;
			}
		}
		else if (other.method == HF_QUANT_NONE)
		{
			HfQuantHint fh = {HF_QUANT_NONE, 0, false};

			if (quant_ends_with(s, len, ".exl2"))
				fh.method = HF_QUANT_EXL2;
			else if (quant_ends_with(s, len, ".mlx"))
				fh.method = HF_QUANT_MLX;
			quant_scan_words(s, len, &fh);
			if (fh.method != HF_QUANT_NONE && fh.method != HF_QUANT_GGUF)
				other = fh;
		}
	}
	if (gguf)
	{
		h->method = HF_QUANT_GGUF;
		h->bits = gguf_bits;
		h->quantized = true;
	}
	else if (other.method != HF_QUANT_NONE)
	{
		*h = other;
		h->quantized = true;
	}
}

/*
 * quantization(name, tags, quant_method, files, relation,
 *				OUT method text, OUT bits smallint)
 *
 * Not strict: every argument may be NULL and is then simply not a source.
 * A repo no source calls quantized gives (NULL, NULL).  A repo that is
 * quantized by its tags ("4-bit", base_model:quantized:...), a bits-only
 * name word ("int4", "8bit") or relation = 'quantized', but whose method
 * no source names, gets method 'other'.  bits is 1..15, 16 for F16/BF16
 * GGUF files, or NULL when no source states it.
 */
PG_FUNCTION_INFO_V1(hfstate_quant_quantization);
Datum
hfstate_quant_quantization(PG_FUNCTION_ARGS)
{
	TupleDesc	tupdesc = hf_result_tupdesc(fcinfo);
	HfQuantHint qm = {HF_QUANT_NONE, 0, false};
	HfQuantHint tg = {HF_QUANT_NONE, 0, false};
	HfQuantHint fl = {HF_QUANT_NONE, 0, false};
	HfQuantHint nm = {HF_QUANT_NONE, 0, false};
	bool		relation_quantized = false;
	HfQuantMethod method;
	int			bits;
	Datum		values[2];
	bool		nulls[2] = {true, true};


	if (!PG_ARGISNULL(2))
	{
		text	   *t = PG_GETARG_TEXT_PP(2);

		qm.method = hf_quant_parse_method(VARDATA_ANY(t),
										  VARSIZE_ANY_EXHDR(t), &qm.bits);
	}
	if (!PG_ARGISNULL(1))
		quant_scan_tags(PG_GETARG_ARRAYTYPE_P(1), &tg);
	if (!PG_ARGISNULL(3))
		quant_scan_files(PG_GETARG_ARRAYTYPE_P(3), &fl);
	if (!PG_ARGISNULL(0))
	{
		text	   *t = PG_GETARG_TEXT_PP(0);
		const char *s = VARDATA_ANY(t);
		int			len = VARSIZE_ANY_EXHDR(t);

		hf_name_strip_namespace(&s, &len);
		quant_scan_words(s, len, &nm);
	}
	if (!PG_ARGISNULL(4))
	{
		text	   *t = PG_GETARG_TEXT_PP(4);
		char		buf[QUANT_WORD_MAX];

		relation_quantized =
			quant_lower(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), buf, false) &&
			strcmp(buf, "quantized") == 0;
	}

	/* method: first source that names one */
	if (qm.method != HF_QUANT_NONE)
	{
		method = qm.method;
		/* NVIDIA ModelOpt checkpoints say only "modelopt": ask the others */
		if (method == HF_QUANT_OTHER)
		{
			text	   *t = PG_GETARG_TEXT_PP(2);
			char		buf[QUANT_WORD_MAX];

			if (quant_lower(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), buf, true) &&
				strcmp(buf, "modelopt") == 0)
			{
				if (tg.method == HF_QUANT_FP8 || tg.method == HF_QUANT_NVFP4)
					method = tg.method;
				else if (nm.method == HF_QUANT_FP8 || nm.method == HF_QUANT_NVFP4)
					method = nm.method;
			}
		}
	}
	else if (tg.method != HF_QUANT_NONE)
		method = tg.method;
	else if (fl.method != HF_QUANT_NONE)
		method = fl.method;
	else if (nm.method != HF_QUANT_NONE)
		method = nm.method;
	else if (tg.quantized || nm.quantized || relation_quantized)
		method = HF_QUANT_OTHER;
	else
		PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(tupdesc, values, nulls)));

	/* bits: the method's own width, then the sources in order of trust */
	bits = quant_fixed_bits(method);
	if (bits == 0)
		bits = qm.bits;
	if (bits == 0)
		bits = tg.bits;
	if (bits == 0 && fl.method == method)
		bits = fl.bits;
	if (bits == 0)
		bits = nm.bits;
	if (bits == 0 && method == HF_QUANT_AWQ)
		bits = 4;

	values[0] = CStringGetTextDatum(hf_quant_method_names[method]);
	nulls[0] = false;
	if (bits >= 1 && bits <= 16)
	{
		values[1] = Int16GetDatum((int16) bits);
		nulls[1] = false;
	}
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(tupdesc, values, nulls)));
}

/*
 * Storage-element multipliers of a quant_method for the safetensors dtypes
 * that hold packed values: U8 holds 2 values for mxfp4, nvfp4 and
 * bitsandbytes 4-bit (bitsandbytes 8-bit stores I8, so a U8 tensor under
 * plain "bitsandbytes" is taken as 4-bit); I32 holds 8 values for gptq,
 * awq, autoround (which exports GPTQ-style int32 qweight) and
 * compressed-tensors (4-bit pack-quantized, the only compressed-tensors
 * format that stores I32).
 */
static void
quant_pack_factors(HfQuantMethod m, int bits, int *u8, int *i32)
{
	*u8 = 1;
	*i32 = 1;
	switch (m)
	{
		case HF_QUANT_MXFP4:
		case HF_QUANT_NVFP4:
			*u8 = 2;
			break;
		case HF_QUANT_BITSANDBYTES:
			if (bits != 8)
				*u8 = 2;
			break;
		case HF_QUANT_GPTQ:
		case HF_QUANT_AWQ:
		case HF_QUANT_AUTOROUND:
		case HF_QUANT_COMPRESSED_TENSORS:
			*i32 = 8;
			break;
		default:
			break;
	}
}

/*
 * A JSON number that is a whole, non-negative bigint; false otherwise.
 */
static bool
quant_json_count(JsonbValue *v, int64 *out)
{
	return v->type == jbvNumeric &&
		hf_numeric_to_int64(v->val.numeric, out) && *out >= 0;
}

/*
 * safetensors_params(safetensors jsonb, quant_method text DEFAULT NULL)
 *
 * Sum of safetensors.parameters (JSON nulls skipped), with U8 and I32
 * counts multiplied by the packing factor of quant_method
 * (quant_pack_factors).  When parameters is absent, JSON null or empty, the
 * "total" member is returned as is (it has no dtype split to correct).
 * When both exist the sum wins: real dumps carry totals taken from file
 * metadata that disagree with the tensors (a 24B model with total 414720).
 * NULL safetensors, a non-object, a parameters member that is not an
 * object, a count that is not a whole non-negative number, or an overflow
 * gives NULL.  Not strict because quant_method may be NULL.
 */
PG_FUNCTION_INFO_V1(hfstate_quant_safetensors_params);
Datum
hfstate_quant_safetensors_params(PG_FUNCTION_ARGS)
{
	Jsonb	   *jb;
	JsonbValue	v;
	int			u8 = 1;
	int			i32 = 1;
	int64		sum = 0;
	int			nvalues = 0;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	jb = PG_GETARG_JSONB_P(0);
	if (!JB_ROOT_IS_OBJECT(jb))
		PG_RETURN_NULL();

	if (!PG_ARGISNULL(1))
	{
		text	   *t = PG_GETARG_TEXT_PP(1);
		int			bits;
		HfQuantMethod m;

		m = hf_quant_parse_method(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), &bits);
		quant_pack_factors(m, bits, &u8, &i32);
	}

	if (getKeyJsonValueFromContainer(&jb->root, "parameters", 10, &v) != NULL &&
		v.type != jbvNull)
	{
		JsonbIterator *it;
		JsonbIteratorToken tok;
		JsonbValue	key;
		JsonbValue	val;
		bool		bad = false;

		if (v.type != jbvBinary || !JsonContainerIsObject(v.val.binary.data))
			PG_RETURN_NULL();
		it = JsonbIteratorInit(v.val.binary.data);
		while ((tok = JsonbIteratorNext(&it, &key, true)) != WJB_DONE)
		{
			int64		n;
			int			factor = 1;

			if (tok != WJB_KEY || bad)
				continue;
			tok = JsonbIteratorNext(&it, &val, true);
			if (val.type == jbvNull)
				continue;
			if (!quant_json_count(&val, &n))
			{
				bad = true;
				continue;
			}
			if (key.val.string.len == 2 &&
				pg_strncasecmp(key.val.string.val, "U8", 2) == 0)
				factor = u8;
			else if (key.val.string.len == 3 &&
					 pg_strncasecmp(key.val.string.val, "I32", 3) == 0)
				factor = i32;
			if (pg_mul_s64_overflow(n, factor, &n) ||
				pg_add_s64_overflow(sum, n, &sum))
				bad = true;
			nvalues++;
		}
		if (bad)
			PG_RETURN_NULL();
		if (nvalues > 0)
			PG_RETURN_INT64(sum);
	}

	if (getKeyJsonValueFromContainer(&jb->root, "total", 5, &v) != NULL)
	{
		int64		n;

		if (quant_json_count(&v, &n))
			PG_RETURN_INT64(n);
	}
	PG_RETURN_NULL();
}
