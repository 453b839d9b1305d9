/*
 * hubgen.h
 *		Shared types and prototypes of hubgen, the deterministic generator of a
 *		synthetic Hugging Face Hub in the Hub API JSON Lines dump format.
 *
 * Plain C11, no PostgreSQL headers.  All data lives in arrays of structs
 * sized by the number of repos; output records are formatted on the fly.
 *
 * tools/hubgen/hubgen.h
 */
#ifndef HUBGEN_H
#define HUBGEN_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* ---- fixed calendar ---- */
#define HG_SENTINEL_TIME	INT64_C(1646263744)	/* 2022-03-02T23:29:04Z */
#define HG_START_TIME		INT64_C(1609459200)	/* 2021-01-01T00:00:00Z */
#define HG_LATEST_TIME		INT64_C(1771804800)	/* 2026-02-23T00:00:00Z */
#define HG_WEEK				INT64_C(604800)
#define HG_DAY				INT64_C(86400)
#define HG_MAX_SNAPSHOTS	520
#define HG_MAX_PARENTS		5

/* ---- random numbers (rng.c) ---- */
typedef struct Rng
{
	uint64_t	s[4];
} Rng;

extern uint64_t splitmix64(uint64_t *state);
extern void rng_seed(Rng *r, uint64_t seed, uint64_t stream, uint64_t index);
extern uint64_t rng_next(Rng *r);
extern double rng_unit(Rng *r);
extern uint32_t rng_below(Rng *r, uint32_t n);
extern double rng_normal(Rng *r);
extern int	rng_chance(Rng *r, double p);
extern int	rng_weighted(Rng *r, const double *w, int n);

/* ---- dates (dates.c) ---- */
extern int	year_of(int64_t t);
extern void format_time(char *buf, int64_t t);
extern void format_date(char *buf, int64_t t);
extern int64_t sample_growth_time(Rng *r, double yearly_factor);
extern int	year_key(int64_t t, int sentinel, char *buf);

/* ---- string arena and case-insensitive id set (strings.c) ---- */
extern char *arena_strdup(const char *s);
extern void arena_free_all(void);
typedef struct IdSet IdSet;
extern IdSet *idset_create(size_t expected);
extern void idset_free(IdSet *set);
extern int	idset_lookup(const IdSet *set, const char *id, size_t len);
extern int	idset_insert(IdSet *set, const char *id, int value);

/* ---- names (names.c) ---- */
extern void name_user(Rng *r, char *buf, size_t size);
extern void name_org(Rng *r, char *buf, size_t size);
extern void name_word(Rng *r, char *buf, size_t size);
extern const char *pick_word(Rng *r);

/* ---- authors (authors.c) ---- */
typedef enum DevType
{
	DT_INDUSTRY, DT_ACADEMIA, DT_NONPROFIT, DT_GOVERNMENT, DT_COMMUNITY,
	DT_INDEPENDENT, DT_COUNT
} DevType;

typedef enum AuthorClass
{
	AC_BIGORG, AC_ORG, AC_QUANTIZER, AC_USER
} AuthorClass;

typedef struct Author
{
	char	   *name;
	char		country[3];		/* "" when none */
	uint8_t		type;			/* DevType */
	uint8_t		klass;			/* AuthorClass */
	uint8_t		registered;		/* row in authors.csv */
	const char *parent_org;		/* "" when none */
	int			first_year;		/* big orgs: year releases start */
	double		weight;			/* how prolific */
} Author;

extern const char *devtype_name(int t);
extern void authors_init(Rng *r, int n_models, int n_repos);
extern int	author_count(void);
extern Author *author_get(int i);
extern int	author_find(const char *name);
extern int	author_pick_bigorg(Rng *r, int year);
extern int	author_pick_org(Rng *r, int year);
extern int	author_pick_quantizer(Rng *r);
extern int	author_new_user(Rng *r);
extern int	author_pick_existing_user(Rng *r);
extern int	write_authors_csv(const char *path);
extern void authors_free(void);

/* ---- base-model catalogue (catalog.c) ---- */
typedef enum Family
{
	FAM_QWEN, FAM_LLAMA, FAM_MISTRAL, FAM_GEMMA, FAM_PHI, FAM_DEEPSEEK,
	FAM_OPENAI, FAM_IMAGE, FAM_OTHER, FAM_COUNT
} Family;

typedef struct Dims
{
	const char *model_type;
	const char *arch;
	int			hidden;
	int			layers;
	int			heads;
	int			kv_heads;
	int			inter;
	int			vocab;
	int			head_dim;		/* 0: hidden/heads */
	int			experts;		/* 0: dense */
	int			topk;
	int			moe_inter;
	int			shared_inter;
	int			tied;
	int			ctx;
} Dims;

typedef struct CatalogEntry
{
	const char *org;
	const char *name;
	const char *date;			/* YYYY-MM-DD */
	int			family;
	int			dims;			/* index into dims table, -1 none */
	int64_t		params;			/* when dims < 0 */
	const char *pipeline;
	const char *library;
	double		pop;			/* log10 of target all-time downloads */
} CatalogEntry;

extern const CatalogEntry *catalog_entries(int *n);
extern const Dims *dims_get(int i);
extern int	dims_count(void);
extern int	dims_for_size(double billions);
extern int64_t dims_params(const Dims *d, int64_t *active);
extern const char *family_name(int f);

/* ---- models (models.c) ---- */
typedef enum ModelKind
{
	MK_BASE, MK_FINETUNE, MK_ADAPTER, MK_QUANT, MK_MERGE, MK_LEGACY
} ModelKind;

typedef enum QuantFmt
{
	QF_NONE, QF_GGUF, QF_AWQ, QF_GPTQ, QF_MLX, QF_FP8, QF_BNB
} QuantFmt;

typedef enum CardMode
{
	CM_NORMAL,					/* card base_model mirrors the declared parents */
	CM_NONE,					/* no base_model in the card */
	CM_CASE,					/* card-only: wrong letter case */
	CM_URL,						/* card-only: https://huggingface.co/ prefix */
	CM_SLASH,					/* card-only: trailing slash */
	CM_GARBAGE_WORD,			/* "llama2" */
	CM_GARBAGE_EMPTY,			/* "" */
	CM_GARBAGE_LIST				/* [] */
} CardMode;

/* a parent reference: >= 0 model index, < 0 dangling name -(k+1) */
typedef struct Model
{
	char	   *id;
	int64_t		created;
	int64_t		params;
	int64_t		active;
	int32_t		author;
	int32_t		parent_off;		/* offset into the parent array */
	int32_t		card_target;	/* CM_CASE/URL/SLASH target model */
	float		dl_amp;			/* asymptotic downloads of the release wave */
	float		dl_tau;			/* weeks to peak */
	float		dl_tail;		/* steady weekly downloads */
	int16_t		dims;			/* -1 none */
	int8_t		drop_snap;		/* snapshot index with a counter drop, -1 */
	uint8_t		sentinel;
	uint8_t		kind;
	uint8_t		qfmt;
	uint8_t		nparents;
	uint8_t		relation;		/* index into relation names */
	uint8_t		family;
	uint8_t		card;
	uint8_t		pipeline;
	uint8_t		library;
	uint8_t		selfloop;
	uint8_t		moe;
	uint8_t		full_config;	/* written to configs.jsonl */
	uint8_t		extra_tag;		/* science / hardware signal, 0 none */
} Model;

extern const char *relation_names[4];
extern const char *pipeline_name(int p);
extern const char *library_name(int l);
extern void models_generate(uint64_t seed, int n, int nsnap);
extern void models_free(void);
extern int	model_count(void);
extern Model *model_get(int i);
extern int32_t *model_parents(const Model *m);
extern const char *dangling_name(int k);
extern int	dangling_count(void);
extern int	model_lookup(const char *id);
extern int	model_lookup_ci(const char *id, size_t len);

/* ---- downloads (downloads.c) ---- */
extern int64_t downloads_alltime(float amp, float tau, float tail, int64_t created,
								 int64_t at);
extern int64_t model_alltime(const Model *m, int snap, int64_t at);
extern int64_t model_recent(const Model *m, int64_t at);

/* ---- datasets (datasets.c) ---- */
#define DS_NCAT 12
typedef struct Dataset
{
	char	   *id;
	int64_t		created;
	int32_t		author;
	float		dl_amp;
	float		dl_tau;
	float		dl_tail;
	uint8_t		sentinel;
	int8_t		cat1;			/* -1 none */
	int8_t		cat2;			/* -1 none */
	uint8_t		lerobot_tag;
	uint8_t		lerobot_lib;
	uint8_t		modality;
	uint8_t		size_cat;
	uint8_t		extra_tag;
} Dataset;

extern const char *dataset_categories[DS_NCAT];
extern int	dataset_is_robotics(const Dataset *d);
extern void datasets_generate(uint64_t seed, int n);
extern void datasets_free(void);
extern int	dataset_count(void);
extern Dataset *dataset_get(int i);

/* ---- spaces (spaces.c) ---- */
typedef struct Space
{
	char	   *id;
	int64_t		created;
	int32_t		author;
	int32_t		model_ref[2];	/* -1 none */
	int32_t		dataset_ref;	/* -1 none */
	float		likes_scale;
	uint8_t		sdk;
} Space;

extern void spaces_generate(uint64_t seed, int n);
extern void spaces_free(void);
extern int	space_count(void);
extern Space *space_get(int i);

/* ---- buffers and output sinks (sink.c); records (emit_json.c) ---- */
typedef struct Sink Sink;
typedef struct Buf
{
	char	   *data;
	size_t		len;
	size_t		cap;
} Buf;

extern void buf_reserve(Buf *b, size_t extra);
extern void buf_put(Buf *b, const char *s);
extern void buf_putn(Buf *b, const char *s, size_t n);
extern void buf_char(Buf *b, char c);
extern void buf_int(Buf *b, int64_t v);
extern void buf_str(Buf *b, const char *s);
extern void buf_key(Buf *b, const char *k);
extern Sink *sink_open(const char *path, int gzip, int array);
extern void sink_record(Sink *s, Buf *b);
extern void sink_close(Sink *s);
extern void emit_model(Buf *b, const Model *m, int idx, int snap, int64_t at, uint64_t seed);
extern void emit_dataset(Buf *b, const Dataset *d, int idx, int64_t at, uint64_t seed);
extern void emit_space(Buf *b, const Space *s, int idx, int64_t at, uint64_t seed);

/* the size-related objects of a model record (the same in every snapshot) */
typedef struct ModelObjects
{
	int			has_safetensors;	/* a "safetensors" object */
	int64_t		safetensors_total;	/* its "total", 0 without one */
	int			has_gguf;		/* a "gguf" object (not null) */
	int			has_quant_config;	/* config.quantization_config */
} ModelObjects;

extern void model_objects(const Model *m, int idx, uint64_t seed, ModelObjects *o);

/* ---- configs.jsonl (configs.c) ---- */
extern void emit_full_config(Buf *b, const Model *m);

/* ---- truths (truths.c) ---- */
extern int	write_truths(const char *path, int nsnap, const int64_t *snap_times,
						 int *configs_written, uint64_t seed);

/* ---- misc ---- */
extern void die(const char *fmt,...);
extern void *xmalloc(size_t n);
extern void *xcalloc(size_t n, size_t size);
extern void *xrealloc(void *p, size_t n);

#endif							/* HUBGEN_H */
