/*
 * src/size/config_params.c
 *
 * Total and active parameter counts of a model from its config.json (jsonb):
 * the SQL entry points and the dispatch on model_type / architectures[0] /
 * text_config.model_type.  The per-family formulas live in
 * config_families.c, the readers of config keys in config_read.c.
 *
 * A config is data: a missing key, a key of the wrong JSON type or an absurd
 * value never raises an error; the counts come back NULL and "reason" says
 * why.
 */
#include "postgres.h"

#include <stdarg.h>
#include <stdio.h>

#include "access/htup_details.h"
#include "fmgr.h"
#include "funcapi.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"
#include "utils/jsonb.h"
#include "utils/numeric.h"

#include "size/config_families.h"
#include "size/config_read.h"
#include "util/json_util.h"
#include "util/result_row.h"

/*
 * Copy at most 60 bytes of a JSON string into buf as a NUL-terminated
 * string, cut on a character boundary of the database encoding.
 */
static void
hf_cfg_clip(const JsonbValue *v, char *buf)
{
	int			len = pg_mbcliplen(v->val.string.val, v->val.string.len, 60);

	memcpy(buf, v->val.string.val, len);
	buf[len] = '\0';
}

/*
 * Evaluate one config: find the family (model_type, else architectures[0],
 * else text_config.model_type), pick the object holding the language model's
 * keys and run the family's formula.  *family is set to the recognised
 * family name or NULL.
 */
static void
hf_cfg_evaluate(Jsonb *jb, HfCfg *cfg, const char **family)
{
	JsonbValue	mtbuf;
	JsonbValue	tbuf;
	JsonbValue *mt;
	JsonbValue *arch = NULL;
	JsonbContainer *archs;
	JsonbContainer *text;
	HfCfgFormula formula = NULL;
	bool		tie_default = false;
	bool		nested = false;
	char		name[64];

	*family = NULL;
	if (!JB_ROOT_IS_OBJECT(jb))
	{
		hf_cfg_fail(cfg, "config is not a JSON object");
		return;
	}
	cfg->root = &jb->root;
	cfg->c = cfg->root;
	cfg->prefix = "";

	mt = hf_cfg_find(cfg->root, "model_type", &mtbuf);
	if (mt != NULL && mt->type == jbvString)
		formula = hf_cfg_lookup_model_type(mt->val.string.val,
										   mt->val.string.len, family,
										   &tie_default, &nested);
	if (formula == NULL)
	{
		archs = hf_cfg_array(cfg, cfg->root, "architectures");
		if (archs != NULL && JsonContainerSize(archs) > 0)
		{
			arch = getIthJsonbValueFromContainer(archs, 0);
			if (arch->type == jbvString)
				formula = hf_cfg_lookup_architecture(arch->val.string.val,
													 arch->val.string.len,
													 family, &tie_default,
													 &nested);
		}
	}
	text = hf_cfg_object(cfg, cfg->root, "text_config");
	if (formula == NULL && text != NULL)
	{
		JsonbValue *tmt = hf_cfg_find(text, "model_type", &tbuf);

		if (tmt != NULL && tmt->type == jbvString)
			formula = hf_cfg_lookup_model_type(tmt->val.string.val,
											   tmt->val.string.len, family,
											   &tie_default, &nested);
		if (formula != NULL)
			nested = true;
	}
	if (formula == NULL)
	{
		cfg->failed = false;	/* the family is the reason that matters */
		if (mt != NULL && mt->type == jbvString)
		{
			hf_cfg_clip(mt, name);
			hf_cfg_fail(cfg, "unknown model_type \"%s\"", name);
		}
		else if (mt != NULL)
			hf_cfg_fail(cfg, "key model_type is %s, expected a string",
						hf_json_type_name(mt));
		else if (arch != NULL && arch->type == jbvString)
		{
			hf_cfg_clip(arch, name);
			hf_cfg_fail(cfg, "missing key model_type and unknown architecture \"%s\"",
						name);
		}
		else
			hf_cfg_fail(cfg, "missing key model_type");
		return;
	}
	cfg->failed = false;		/* a bad "architectures" no longer matters */
	if (nested)
	{
		if (text == NULL)
		{
			if (hf_cfg_present(cfg->root, "text_config"))
				hf_cfg_fail(cfg, "key text_config is not an object");
			else
				hf_cfg_fail(cfg, "missing key text_config");
			return;
		}
		cfg->c = text;
		cfg->prefix = "text_config.";
		cfg->vision_excluded = true;
	}
	formula(cfg, tie_default);
}

/*
 * Describe in words what the total counts, e.g. "text model; 1 MTP layer
 * excluded; vision tower excluded".
 */
static text *
hf_cfg_counted(HfCfg *cfg)
{
	char		buf[160];
	int			n;

	n = snprintf(buf, sizeof(buf), "text model");
	if (cfg->mtp_layers > 0)
		n += snprintf(buf + n, sizeof(buf) - n, "; %d MTP layer%s excluded",
					  cfg->mtp_layers, cfg->mtp_layers == 1 ? "" : "s");
	if (cfg->vision_excluded)
		n += snprintf(buf + n, sizeof(buf) - n, "; vision tower excluded");
	if (hf_cfg_present(cfg->root, "quantization_config"))
		snprintf(buf + n, sizeof(buf) - n, "; quantization scales excluded");
	return cstring_to_text(buf);
}

/*
 * Run the evaluation and turn the 128-bit tallies into the four published
 * figures; false (with a reason) when they do not fit a bigint.
 */
static bool
hf_cfg_compute(Jsonb *jb, HfCfg *cfg, const char **family, int64 out[5])
{
	int128		a_all;
	int128		figures[5];
	int			i;

	memset(cfg, 0, sizeof(HfCfg));
	hf_cfg_evaluate(jb, cfg, family);
	if (cfg->failed)
		return false;
	a_all = cfg->total - cfg->inactive;
	figures[0] = cfg->total;
	figures[1] = a_all;
	figures[2] = a_all - (cfg->emb_out > 0 ? cfg->emb_in : 0);
	figures[3] = a_all - cfg->emb_in - cfg->emb_out;
	figures[4] = cfg->emb_in + cfg->emb_out;
	for (i = 0; i < 5; i++)
	{
		if (figures[i] < 0 || figures[i] > (int128) PG_INT64_MAX)
		{
			hf_cfg_fail(cfg, "parameter count exceeds the bigint range");
			return false;
		}
		out[i] = (int64) figures[i];
	}
	return true;
}

/*
 * config_params(config jsonb) -> record: family, is_moe, total, active,
 * active_compute, active_nonemb, embedding, routed_experts,
 * experts_per_token, moe_layers, counted, reason.  STRICT, so a NULL config
 * gives NULL.  An unusable config gives NULL counts and a reason.
 */
PG_FUNCTION_INFO_V1(hfstate_config_params);
Datum
hfstate_config_params(PG_FUNCTION_ARGS)
{
	Jsonb	   *jb = PG_GETARG_JSONB_P(0);
	TupleDesc	tupdesc = hf_result_tupdesc(fcinfo);
	HfCfg		cfg;
	const char *family;
	int64		fig[5];
	Datum		values[12];
	bool		nulls[12];
	int			i;


	for (i = 0; i < 12; i++)
	{
		values[i] = (Datum) 0;
		nulls[i] = true;
	}
	if (hf_cfg_compute(jb, &cfg, &family, fig))
	{
		values[1] = BoolGetDatum(cfg.moe_layers > 0);
		for (i = 0; i < 5; i++)
			values[2 + i] = Int64GetDatum(fig[i]);
		for (i = 1; i <= 6; i++)
			nulls[i] = false;
		if (cfg.moe_layers > 0)
		{
			values[7] = Int32GetDatum(cfg.routed_experts);
			values[8] = Int32GetDatum(cfg.experts_per_token);
			nulls[7] = nulls[8] = false;
		}
		values[9] = Int32GetDatum(cfg.moe_layers);
		values[10] = PointerGetDatum(hf_cfg_counted(&cfg));
		nulls[9] = nulls[10] = false;
	}
	else
	{
		values[11] = PointerGetDatum(cstring_to_text(cfg.reason));
		nulls[11] = false;
	}
	if (family != NULL)
	{
		values[0] = PointerGetDatum(cstring_to_text(family));
		nulls[0] = false;
	}
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(tupdesc, values, nulls)));
}

/*
 * config_total_params(config jsonb) -> bigint: the total of config_params,
 * NULL when the config is NULL (STRICT) or cannot be evaluated.
 */
PG_FUNCTION_INFO_V1(hfstate_config_total_params);
Datum
hfstate_config_total_params(PG_FUNCTION_ARGS)
{
	HfCfg		cfg;
	const char *family;
	int64		fig[5];

	if (!hf_cfg_compute(PG_GETARG_JSONB_P(0), &cfg, &family, fig))
		PG_RETURN_NULL();
	PG_RETURN_INT64(fig[0]);
}

/*
 * config_active_params(config jsonb) -> bigint: the active count (A_all,
 * embeddings as stored) of config_params, NULL when the config is NULL
 * (STRICT) or cannot be evaluated.
 */
PG_FUNCTION_INFO_V1(hfstate_config_active_params);
Datum
hfstate_config_active_params(PG_FUNCTION_ARGS)
{
	HfCfg		cfg;
	const char *family;
	int64		fig[5];

	if (!hf_cfg_compute(PG_GETARG_JSONB_P(0), &cfg, &family, fig))
		PG_RETURN_NULL();
	PG_RETURN_INT64(fig[1]);
}
