/*
 * src/lineage/edges.h
 *
 * Base-model edges of one model record, from its tags, its baseModels struct
 * and its card's base_model, following docs/lineage.md.  baseModels, which
 * the Hub writes, is checked and typed when the record is read
 * (hf_value_base_models); the card is read loosely when the edges are made.
 */
#ifndef HF_EDGES_H
#define HF_EDGES_H

#include "postgres.h"

#include "util/json_util.h"

/* relations, in the order of the SQL enum hfstate.relation */
typedef enum HfRelation
{
	HF_REL_NONE = -1,
	HF_REL_FINETUNE = 0,
	HF_REL_ADAPTER,
	HF_REL_QUANTIZED,
	HF_REL_MERGE,
	HF_NUM_RELATIONS
} HfRelation;

/* sources, most trusted first */
#define HF_SRC_TAG_TYPED	0x01
#define HF_SRC_BASE_MODELS	0x02
#define HF_SRC_TAG			0x04
#define HF_SRC_CARD			0x08
#define HF_NUM_SOURCES		4

typedef struct HfEdge
{
	char	   *parent;			/* parent id as named (trimmed) */
	char	   *parent_lid;		/* lower-cased, set by the record builder */
	int32		parent_key;		/* model_nodes key, set by hf_resolve_keys */
	HfRelation	relation;		/* chosen relation */
	int			relmask;		/* 1 << relation for every relation seen */
	int			srcmask;		/* HF_SRC_* that named this parent */
	bool		inferred;		/* relation inferred, not given */
} HfEdge;

/* the baseModels field of a record: {relation, models: [{_id, id}]} */
typedef struct HfBaseModels
{
	HfRelation	relation;		/* HF_REL_NONE if absent or no relation name */
	char	  **ids;			/* models[].id, in order */
	int			nids;
} HfBaseModels;

/* card base_model values that no Hub source names (they may become card-only edges) */
typedef struct HfCardBase
{
	char	   *parent;			/* normalised card base_model value */
	HfRelation	relation;
	bool		inferred;
} HfCardBase;

typedef struct HfEdgeSet
{
	HfEdge	   *edges;
	int			nedges;
	HfCardBase *cards;
	int			ncards;
	HfRelation	base_relation;	/* baseModels.relation, or the relation of the edges */
	int			n_base_models;	/* distinct parents named by the Hub */
} HfEdgeSet;

extern const char *const hf_relation_names[HF_NUM_RELATIONS];
extern const char *const hf_source_names[HF_NUM_SOURCES];

extern HfRelation hf_relation_from_name(const char *s, int len);
extern bool hf_value_base_models(const JsonbValue *v, HfBaseModels *out, FieldError *err);
extern void hf_extract_edges(const char *child_id, char **tags, int ntags,
							 const char *library_name, const HfBaseModels *bm,
							 JsonbContainer *card, HfEdgeSet *out);
extern char *hf_normalise_model_ref(const char *s, int len);

#endif							/* HF_EDGES_H */
