/*
 * emit_json.c
 *		Formatting of model, dataset and Space records as Hub API JSON objects.
 *		Cosmetic choices (license, language, siblings, nulls) come from a
 *		stream seeded by the repo index, so a repo looks the same in every
 *		snapshot except for its counters and lastModified.
 *
 * tools/hubgen/emit_json.c
 */
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "hubgen.h"

static const char *const licenses[] = {
	"apache-2.0", "mit", "other", "llama3.1", "cc-by-4.0", "cc-by-nc-4.0",
	"gemma", "openrail", "bsd-3-clause", "gpl-3.0"
};
static const char *const languages[] = {
	"en", "zh", "fr", "de", "ko", "ja", "es", "ar", "hi", "ru", "pt", "it"
};
static const char *const extra_tags[9] = {
	NULL, "biology", "chemistry", "medical", "climate", "rocm", "openvino",
	"mlx", "npu"
};
static const char *const modalities[8] = {
	"text", "image", "audio", "video", "tabular", "timeseries", "3d", "document"
};
static const char *const size_cats[7] = {
	"n<1K", "1K<n<10K", "10K<n<100K", "100K<n<1M", "1M<n<10M", "10M<n<100M",
	"100M<n<1B"
};
static const char *const formats[4] = {"parquet", "json", "csv", "imagefolder"};
static const char *const sdks[4] = {"gradio", "streamlit", "docker", "static"};

#define NELEM(a) ((int) (sizeof(a) / sizeof((a)[0])))

/* put_time: append "key":"<ISO time>",. */
static void
put_time(Buf *b, const char *key, int64_t t)
{
	char		tmp[40];

	format_time(tmp, t);
	buf_key(b, key);
	buf_str(b, tmp);
	buf_char(b, ',');
}

/* put_int: append "key":v,. */
static void
put_int(Buf *b, const char *key, int64_t v)
{
	buf_key(b, key);
	buf_int(b, v);
	buf_char(b, ',');
}

/* tag: append one tag string to a JSON array being built (*n counts items). */
static void
tag(Buf *b, int *n, const char *s)
{
	if (*n)
		buf_char(b, ',');
	buf_str(b, s);
	(*n)++;
}

/* tag2: append the tag prefix+s. */
static void
tag2(Buf *b, int *n, const char *prefix, const char *s)
{
	char		tmp[256];

	snprintf(tmp, sizeof(tmp), "%s%s", prefix, s);
	tag(b, n, tmp);
}

/* parent_id: the id string of a parent reference. */
static const char *
parent_id(int32_t p)
{
	return p >= 0 ? model_get(p)->id : dangling_name(-p - 1);
}

/* object_id: a 24-hex-digit Hub object id derived from a parent reference. */
static void
object_id(char *buf, uint64_t seed, int32_t p)
{
	uint64_t	st = seed ^ ((uint64_t) (uint32_t) p * UINT64_C(0x9E3779B97F4A7C15));
	uint64_t	a = splitmix64(&st);
	uint64_t	c = splitmix64(&st);

	snprintf(buf, 32, "%016llx%08x", (unsigned long long) a, (unsigned) (c & 0xffffffffu));
}

/* last_modified: a lastModified between creation and `at`, stable per repo. */
static int64_t
last_modified(Rng *r, int64_t created, int64_t at)
{
	double		f = rng_unit(r);
	int64_t		span = at - created;

	if (span <= 0)
		return created;
	return created + (int64_t) (f * f * (double) span * 0.6);
}

/* card_base_model: append the card's base_model value for model m. */
static void
card_base_model(Buf *b, const Model *m, int32_t *par)
{
	char		tmp[256];
	const char *target;
	int			i;

	switch (m->card)
	{
		case CM_NORMAL:
			if (m->nparents == 1)
				buf_str(b, parent_id(par[0]));
			else
			{
				buf_char(b, '[');
				for (i = 0; i < m->nparents; i++)
				{
					if (i)
						buf_char(b, ',');
					buf_str(b, parent_id(par[i]));
				}
				buf_char(b, ']');
			}
			return;
		case CM_CASE:
			target = model_get(m->card_target)->id;
			snprintf(tmp, sizeof(tmp), "%s", target);
			for (i = 0; tmp[i]; i++)
				tmp[i] = (char) tolower((unsigned char) tmp[i]);
			if (strcmp(tmp, target) == 0)
				for (i = 0; tmp[i]; i++)
					tmp[i] = (char) toupper((unsigned char) tmp[i]);
			buf_str(b, tmp);
			return;
		case CM_URL:
			snprintf(tmp, sizeof(tmp), "https://huggingface.co/%s", model_get(m->card_target)->id);
			buf_str(b, tmp);
			return;
		case CM_SLASH:
			snprintf(tmp, sizeof(tmp), "%s/", model_get(m->card_target)->id);
			buf_str(b, tmp);
			return;
		case CM_GARBAGE_WORD:
			buf_str(b, "llama2");
			return;
		case CM_GARBAGE_EMPTY:
			buf_str(b, "");
			return;
		default:
			buf_put(b, "[]");
			return;
	}
}

/* put_params: append "DTYPE":n to a parameters object. */
static void
put_params(Buf *b, int *n, const char *dtype, int64_t v)
{
	if (v <= 0)
		return;
	if (*n)
		buf_char(b, ',');
	buf_key(b, dtype);
	buf_int(b, v);
	(*n)++;
}

/*
 * safetensors_total: the safetensors "total" of m: the parameter count, or
 * the sum of the packed element counts of a quantized format (which
 * under-counts); the per-dtype split is in emit_safetensors.
 */
static int64_t
safetensors_total(const Model *m)
{
	int64_t		p = m->params;
	int64_t		lin = p / 100 * 85;

	switch (m->qfmt)
	{
		case QF_AWQ:
		case QF_GPTQ:
			return lin / 8 + p - lin + lin / 64;
		case QF_BNB:
			return p - lin + lin / 64 + lin / 2;
		case QF_MLX:
			return p - lin + lin / 32 + lin / 8;
		default:
			return p;
	}
}

/*
 * emit_safetensors: the safetensors struct of m: plain BF16/F32 counts, or
 * the packed element counts of quantized formats (which under-count).
 */
static void
emit_safetensors(Buf *b, const Model *m)
{
	int64_t		p = m->params;
	int64_t		lin = p / 100 * 85;
	int			n = 0;

	buf_put(b, ",\"safetensors\":{\"parameters\":{");
	switch (m->qfmt)
	{
		case QF_AWQ:
		case QF_GPTQ:
			put_params(b, &n, "I32", lin / 8);
			put_params(b, &n, "F16", p - lin + lin / 64);
			break;
		case QF_BNB:
			put_params(b, &n, "BF16", p - lin);
			put_params(b, &n, "F32", lin / 64);
			put_params(b, &n, "U8", lin / 2);
			break;
		case QF_MLX:
			put_params(b, &n, "BF16", p - lin + lin / 32);
			put_params(b, &n, "U32", lin / 8);
			break;
		case QF_FP8:
			put_params(b, &n, "BF16", p - lin);
			put_params(b, &n, "F8_E4M3", lin);
			break;
		default:
			put_params(b, &n, (m->kind == MK_ADAPTER || m->kind == MK_LEGACY ||
							   p < 200000000) ? "F32" : "BF16", p);
			break;
	}
	buf_put(b, "},\"total\":");
	buf_int(b, safetensors_total(m));
	buf_char(b, '}');
}

/*
 * has_quant_config: whether the config subset of m (when written) carries
 * config.quantization_config.
 */
static int
has_quant_config(const Model *m, const Dims *d)
{
	return m->qfmt == QF_AWQ || m->qfmt == QF_GPTQ || m->qfmt == QF_BNB ||
		m->qfmt == QF_FP8 || (strcmp(d->model_type, "gpt_oss") == 0 && m->kind == MK_BASE);
}

/*
 * model_layout: seed r for model idx and make the record's first draws, in
 * this order: license, language, whether it has a safetensors object and
 * whether it has a config subset.  emit_model and model_objects share it,
 * so truths.c sees exactly the objects that are written.
 */
static void
model_layout(Rng *r, const Model *m, int idx, uint64_t seed, const char **license,
			 const char **lang, int *has_st, int *has_config)
{
	const Dims *d = dims_get(m->dims);
	const char *lib = library_name(m->library);
	int			is_gguf = m->qfmt == QF_GGUF;

	rng_seed(r, seed, 11, (uint64_t) idx);
	*license = licenses[rng_below(r, NELEM(licenses))];
	*lang = languages[rng_below(r, NELEM(languages))];
	*has_st = !is_gguf && m->params > 0 && lib != NULL &&
		(m->kind == MK_LEGACY ? rng_chance(r, 0.4) : rng_chance(r, 0.92));
	*has_config = d != NULL && !is_gguf && m->kind != MK_ADAPTER &&
		(lib == NULL || strcmp(lib, "diffusers") != 0) && rng_chance(r, 0.93);
}

/*
 * model_objects: which size-related objects the record of model m (index
 * idx) carries in every snapshot: a safetensors object (and its total), a
 * gguf object, config.quantization_config.
 */
void
model_objects(const Model *m, int idx, uint64_t seed, ModelObjects *o)
{
	Rng			r;
	const char *license;
	const char *lang;
	int			has_config;

	model_layout(&r, m, idx, seed, &license, &lang, &o->has_safetensors, &has_config);
	o->has_gguf = m->qfmt == QF_GGUF;
	o->has_quant_config = has_config && has_quant_config(m, dims_get(m->dims));
	o->safetensors_total = o->has_safetensors ? safetensors_total(m) : 0;
}

/*
 * emit_model: append the JSON object of model m (index idx) as seen in
 * snapshot `snap` taken at time `at`.
 */
void
emit_model(Buf *b, const Model *m, int idx, int snap, int64_t at, uint64_t seed)
{
	Rng			r;
	int32_t    *par = model_parents(m);
	const Dims *d = dims_get(m->dims);
	const char *pipe = pipeline_name(m->pipeline);
	const char *lib = library_name(m->library);
	int64_t		all = model_alltime(m, snap, at);
	int64_t		recent = model_recent(m, at);
	int			n = 0,
				i;
	int			is_gguf = m->qfmt == QF_GGUF;
	int			has_st;
	int			has_config;
	const char *license;
	const char *lang;

	model_layout(&r, m, idx, seed, &license, &lang, &has_st, &has_config);
	if (recent > all)
		recent = all;

	buf_put(b, "{\"id\":");
	buf_str(b, m->id);
	buf_put(b, ",\"author\":");
	buf_str(b, author_get(m->author)->name);
	buf_char(b, ',');
	put_time(b, "createdAt", m->created);
	put_time(b, "lastModified", last_modified(&r, m->created, at));
	put_int(b, "downloads", recent);
	put_int(b, "downloadsAllTime", all);
	put_int(b, "likes", (int64_t) (sqrt((double) all) * (0.02 + 0.2 * rng_unit(&r))));
	buf_key(b, "trendingScore");
	if (rng_chance(&r, 0.1))
	{
		char		tmp[32];

		snprintf(tmp, sizeof(tmp), "%.1f", (double) recent / 9000.0);
		buf_put(b, tmp);
	}
	else
		buf_int(b, recent / 9000);

	/* tags */
	buf_put(b, ",\"tags\":[");
	if (is_gguf)
		tag(b, &n, "gguf");
	else if (lib)
		tag(b, &n, lib);
	if (has_st)
		tag(b, &n, "safetensors");
	if (d && m->kind != MK_ADAPTER)
		tag(b, &n, d->model_type);
	if (pipe)
		tag(b, &n, pipe);
	if (m->moe)
		tag(b, &n, "moe");
	if (m->kind == MK_MERGE)
	{
		tag(b, &n, "mergekit");
		tag(b, &n, "merge");
	}
	if (m->kind == MK_ADAPTER)
		tag(b, &n, "lora");
	switch (m->qfmt)
	{
		case QF_AWQ:
			tag(b, &n, "4-bit");
			tag(b, &n, "awq");
			break;
		case QF_GPTQ:
			tag(b, &n, "4-bit");
			tag(b, &n, "gptq");
			break;
		case QF_BNB:
			tag(b, &n, "4-bit");
			tag(b, &n, "bitsandbytes");
			break;
		case QF_MLX:
			tag(b, &n, "4-bit");
			break;
		case QF_FP8:
			tag(b, &n, "fp8");
			break;
		default:
			break;
	}
	if (pipe && strcmp(pipe, "text-generation") == 0 && m->kind != MK_LEGACY &&
		rng_chance(&r, 0.6))
		tag(b, &n, "conversational");
	if (m->extra_tag)
		tag(b, &n, extra_tags[m->extra_tag]);
	tag(b, &n, lang);
	for (i = 0; i < m->nparents; i++)
		tag2(b, &n, "base_model:", parent_id(par[i]));
	for (i = 0; i < m->nparents; i++)
	{
		char		pre[32];

		snprintf(pre, sizeof(pre), "base_model:%s:", relation_names[m->relation]);
		tag2(b, &n, pre, parent_id(par[i]));
	}
	tag2(b, &n, "license:", license);
	if (lib && strcmp(lib, "transformers") == 0)
		tag(b, &n, "endpoints_compatible");
	tag(b, &n, "region:us");
	buf_char(b, ']');

	if (pipe)
	{
		buf_put(b, ",\"pipeline_tag\":");
		buf_str(b, pipe);
	}
	else if (rng_chance(&r, 0.5))
		buf_put(b, ",\"pipeline_tag\":null");
	if (lib)
	{
		buf_put(b, ",\"library_name\":");
		buf_str(b, lib);
	}
	else if (rng_chance(&r, 0.5))
		buf_put(b, ",\"library_name\":null");

	/* card */
	buf_put(b, ",\"cardData\":{\"license\":");
	buf_str(b, license);
	if (rng_chance(&r, 0.4))
	{
		buf_put(b, ",\"language\":[");
		buf_str(b, lang);
		buf_char(b, ']');
	}
	if (m->card != CM_NONE)
	{
		buf_put(b, ",\"base_model\":");
		card_base_model(b, m, par);
		if (m->card == CM_NORMAL && rng_chance(&r, 0.3))
		{
			buf_put(b, ",\"base_model_relation\":");
			buf_str(b, relation_names[m->relation]);
		}
	}
	if (m->kind == MK_MERGE)
		buf_put(b, ",\"tags\":[\"mergekit\",\"merge\"]");
	if (pipe && rng_chance(&r, 0.15))
	{
		buf_put(b, ",\"pipeline_tag\":");
		buf_str(b, pipe);
	}
	buf_char(b, '}');

	/* config subset */
	if (has_config)
	{
		buf_put(b, ",\"config\":{\"architectures\":[");
		buf_str(b, d->arch);
		buf_put(b, "],\"model_type\":");
		buf_str(b, d->model_type);
		if (has_quant_config(m, d))
		{
			buf_put(b, ",\"quantization_config\":{\"quant_method\":");
			buf_str(b, m->qfmt == QF_AWQ ? "awq" : m->qfmt == QF_GPTQ ? "gptq" :
					m->qfmt == QF_BNB ? "bitsandbytes" : m->qfmt == QF_FP8 ? "fp8" : "mxfp4");
			buf_char(b, '}');
		}
		buf_char(b, '}');
	}
	if (has_st)
		emit_safetensors(b, m);
	if (is_gguf)
	{
		buf_put(b, ",\"gguf\":{\"total\":");
		buf_int(b, m->params > 0 ? m->params : 7241732096);
		buf_put(b, ",\"architecture\":");
		buf_str(b, d ? (strcmp(d->model_type, "mistral") == 0 ? "llama" : d->model_type) : "llama");
		buf_put(b, ",\"context_length\":");
		buf_int(b, d ? d->ctx : 4096);
		buf_char(b, '}');
	}
	else if (rng_chance(&r, 0.02))
		buf_put(b, ",\"gguf\":null");
	if (m->nparents > 0)
	{
		buf_put(b, ",\"baseModels\":{\"relation\":");
		buf_str(b, relation_names[m->relation]);
		buf_put(b, ",\"models\":[");
		for (i = 0; i < m->nparents; i++)
		{
			char		oid[32];

			object_id(oid, seed, par[i]);
			if (i)
				buf_char(b, ',');
			buf_put(b, "{\"_id\":");
			buf_str(b, oid);
			buf_put(b, ",\"id\":");
			buf_str(b, parent_id(par[i]));
			buf_char(b, '}');
		}
		buf_put(b, "]}");
	}
	if (is_gguf)
	{
		static const char *const quants[] = {"Q2_K", "Q4_K_M", "Q5_K_M", "Q6_K", "Q8_0"};
		const char *base = strchr(m->id, '/') + 1;
		char		stem[160];
		size_t		sl;
		int			k0 = (int) rng_below(&r, 2);

		snprintf(stem, sizeof(stem), "%s", base);
		sl = strlen(stem);
		if (sl > 5 && strcmp(stem + sl - 5, "-GGUF") == 0)
			stem[sl - 5] = '\0';
		buf_put(b, ",\"siblings\":[{\"rfilename\":\".gitattributes\"},{\"rfilename\":\"README.md\"}");
		for (i = k0; i < NELEM(quants); i += 2)
		{
			char		fn[200];

			snprintf(fn, sizeof(fn), "%s.%s.gguf", stem, quants[i]);
			buf_put(b, ",{\"rfilename\":");
			buf_str(b, fn);
			buf_char(b, '}');
		}
		buf_char(b, ']');
	}
	else if (has_st && rng_chance(&r, 0.08))
		buf_put(b, ",\"siblings\":[{\"rfilename\":\".gitattributes\"},{\"rfilename\":\"README.md\"},"
				"{\"rfilename\":\"config.json\"},{\"rfilename\":\"model.safetensors\"}]");
	buf_char(b, '}');
}

/*
 * emit_dataset: append the JSON object of dataset d (index idx) as seen at
 * time `at`.
 */
void
emit_dataset(Buf *b, const Dataset *d, int idx, int64_t at, uint64_t seed)
{
	Rng			r;
	int			n = 0;
	int64_t		all = downloads_alltime(d->dl_amp, d->dl_tau, d->dl_tail, d->created, at);
	int64_t		before = downloads_alltime(d->dl_amp, d->dl_tau, d->dl_tail, d->created,
										   at - 30 * HG_DAY);
	const char *license;
	const char *lang;
	const char *modality = modalities[d->modality];

	rng_seed(&r, seed, 12, (uint64_t) idx);
	license = licenses[rng_below(&r, NELEM(licenses))];
	lang = languages[rng_below(&r, NELEM(languages))];
	if (dataset_is_robotics(d))
		modality = rng_chance(&r, 0.5) ? "video" : "timeseries";
	buf_put(b, "{\"id\":");
	buf_str(b, d->id);
	buf_put(b, ",\"author\":");
	buf_str(b, author_get(d->author)->name);
	buf_char(b, ',');
	put_time(b, "createdAt", d->created);
	put_time(b, "lastModified", last_modified(&r, d->created, at));
	put_int(b, "downloads", all - before);
	put_int(b, "downloadsAllTime", all);
	put_int(b, "likes", (int64_t) (sqrt((double) all) * 0.05 * rng_unit(&r)));
	put_int(b, "trendingScore", (all - before) / 5000);
	buf_put(b, "\"tags\":[");
	if (d->cat1 >= 0)
		tag2(b, &n, "task_categories:", dataset_categories[d->cat1]);
	if (d->cat2 >= 0)
		tag2(b, &n, "task_categories:", dataset_categories[d->cat2]);
	tag2(b, &n, "language:", lang);
	tag2(b, &n, "license:", license);
	tag2(b, &n, "size_categories:", size_cats[d->size_cat]);
	tag2(b, &n, "modality:", modality);
	tag2(b, &n, "format:", d->lerobot_lib ? "parquet" : formats[rng_below(&r, 4)]);
	tag(b, &n, "library:datasets");
	if (d->lerobot_lib)
		tag(b, &n, "library:lerobot");
	if (d->lerobot_tag)
		tag(b, &n, "LeRobot");
	if (d->extra_tag)
		tag(b, &n, extra_tags[d->extra_tag]);
	tag(b, &n, "region:us");
	buf_put(b, "],\"cardData\":{\"license\":");
	buf_str(b, license);
	buf_put(b, ",\"language\":[");
	buf_str(b, lang);
	buf_char(b, ']');
	if (d->cat1 >= 0)
	{
		buf_put(b, ",\"task_categories\":[");
		buf_str(b, dataset_categories[d->cat1]);
		if (d->cat2 >= 0)
		{
			buf_char(b, ',');
			buf_str(b, dataset_categories[d->cat2]);
		}
		buf_char(b, ']');
	}
	buf_put(b, ",\"size_categories\":[");
	buf_str(b, size_cats[d->size_cat]);
	buf_char(b, ']');
	if (d->lerobot_tag)
		buf_put(b, ",\"tags\":[\"LeRobot\"]");
	buf_put(b, "}}");
}

/*
 * emit_space: append the JSON object of Space s (index idx) as seen at
 * time `at`.
 */
void
emit_space(Buf *b, const Space *s, int idx, int64_t at, uint64_t seed)
{
	Rng			r;
	double		age = (double) (at - s->created) / (double) HG_WEEK;
	const char *sdk = sdks[s->sdk];
	int			i,
				n = 0;

	rng_seed(&r, seed, 13, (uint64_t) idx);
	buf_put(b, "{\"id\":");
	buf_str(b, s->id);
	buf_put(b, ",\"author\":");
	buf_str(b, author_get(s->author)->name);
	buf_char(b, ',');
	put_time(b, "createdAt", s->created);
	put_time(b, "lastModified", last_modified(&r, s->created, at));
	put_int(b, "likes", (int64_t) floor(s->likes_scale * (1.0 - exp(-age / 8.0))));
	buf_key(b, "sdk");
	buf_str(b, sdk);
	buf_put(b, ",\"tags\":[");
	buf_str(b, sdk);
	buf_put(b, ",\"region:us\"],\"cardData\":{\"title\":");
	buf_str(b, strchr(s->id, '/') + 1);
	buf_put(b, ",\"emoji\":\"\xF0\x9F\x9A\x80\",\"sdk\":");
	buf_str(b, sdk);
	if (s->sdk < 2)
		buf_put(b, s->sdk == 0 ? ",\"sdk_version\":\"5.9.1\",\"app_file\":\"app.py\"" :
				",\"sdk_version\":\"1.41.0\",\"app_file\":\"app.py\"");
	buf_put(b, ",\"pinned\":false}");
	buf_put(b, ",\"models\":[");
	for (i = 0; i < 2; i++)
		if (s->model_ref[i] >= 0 && model_get(s->model_ref[i])->created <= at)
		{
			if (n++)
				buf_char(b, ',');
			buf_str(b, model_get(s->model_ref[i])->id);
		}
	buf_put(b, "],\"datasets\":[");
	if (s->dataset_ref >= 0)
		buf_str(b, dataset_get(s->dataset_ref)->id);
	buf_put(b, "]}");
}
