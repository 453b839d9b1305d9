/*
 * src/aggregate/wsample.h
 *
 * The weighted-sample type hfstate.wsample: a multiset of (value, weight)
 * pairs plus the constant parameters of the aggregate that built it (the
 * quantiles q, the k of top_share, ...).  It is the transition state of the
 * quantile, Gini and top-share aggregates.
 *
 * Flat (varlena) layout, version 1, all fields in native byte order; this is
 * the on-disk form only, never a wire format (see wsample_send/recv):
 *
 *		int32	vl_len_
 *		int32	version		HF_WS_VERSION
 *		int32	nparams		number of parameters
 *		int32	npairs		number of (value, weight) pairs
 *		float8	params[nparams]
 *		WSamplePair pairs[npairs]
 *
 * Invariants, checked by every input path: values are not NaN, weights are
 * finite and > 0, parameters are not NaN.
 *
 * While an aggregate runs, the state is a read-write expanded object
 * (utils/expandeddatum.h) living in a child context of the aggregate memory
 * context, so that appending a row is amortised O(1) and nodeAgg keeps the
 * object instead of copying it after every row.
 */
#ifndef HF_WSAMPLE_H
#define HF_WSAMPLE_H

#include "postgres.h"

#include "fmgr.h"
#include "utils/expandeddatum.h"

#define HF_WS_VERSION		1
#define HF_WS_MAGIC			0x77536d70	/* identifies ExpandedWSample */
#define HF_WS_MAX_PARAMS	10000

typedef struct WSamplePair
{
	float8		value;
	float8		weight;
} WSamplePair;

typedef struct WSample
{
	int32		vl_len_;		/* varlena header (do not touch directly!) */
	int32		version;
	int32		nparams;
	int32		npairs;
	/* float8 params[nparams] and WSamplePair pairs[npairs] follow */
} WSample;

#define HF_WS_HDRSZ			MAXALIGN(sizeof(WSample))
#define HF_WS_PARAMS(ws)	((float8 *) (((char *) (ws)) + HF_WS_HDRSZ))
#define HF_WS_PAIRS(ws)		((WSamplePair *) (HF_WS_PARAMS(ws) + (ws)->nparams))
#define HF_WS_FLAT_SIZE(np, nq) \
	(HF_WS_HDRSZ + (Size) (np) * sizeof(float8) + (Size) (nq) * sizeof(WSamplePair))

/* the expanded, appendable form */
typedef struct ExpandedWSample
{
	ExpandedObjectHeader hdr;
	int32		magic;			/* HF_WS_MAGIC */
	int32		nparams;
	float8	   *params;			/* NULL when nparams = 0 */
	int64		npairs;
	int64		capacity;		/* allocated length of pairs */
	WSamplePair *pairs;
} ExpandedWSample;

/* a read-only look at a state, flat or expanded, without copying */
typedef struct WSampleView
{
	int32		nparams;
	const float8 *params;
	int64		npairs;
	const WSamplePair *pairs;
} WSampleView;

extern ExpandedWSample *hf_ws_rw_state(FunctionCallInfo fcinfo, int argno,
									   MemoryContext aggcontext, bool reuse);
extern ExpandedWSample *hf_ws_new(MemoryContext parent);
extern void hf_ws_append(ExpandedWSample *ews, float8 value, float8 weight);
extern void hf_ws_append_many(ExpandedWSample *ews, const WSamplePair *pairs,
							  int64 n);
extern void hf_ws_set_params(ExpandedWSample *ews, const float8 *params,
							 int32 nparams);
extern void hf_ws_view(Datum d, WSampleView *view);
extern Datum hf_ws_flat_datum(ExpandedWSample *ews);
extern void hf_ws_check_pair(float8 value, float8 weight);

#endif							/* HF_WSAMPLE_H */
