/*
 * src/lineage/graph.h
 *
 * In-memory model graph for lineage: CSR adjacency built from an edge
 * list over dense vertex indices, Kahn's order, depths, roots and exact
 * distinct descendant counts.  No SPI and no catalog access: callers map
 * their own keys to indices 0 .. n - 1 and back.
 */
#ifndef HFSTATE_GRAPH_H
#define HFSTATE_GRAPH_H

#include "postgres.h"

/* Relations, in the order of the hfstate.relation enum */
#define HF_GRAPH_FINETUNE	0
#define HF_GRAPH_ADAPTER	1
#define HF_GRAPH_QUANTIZED	2
#define HF_GRAPH_MERGE		3
#define HF_GRAPH_NREL		4
#define HF_GRAPH_NO_REL		(-1)	/* a vertex without parents */

/*
 * The graph and, after hf_graph_compute(), its per-vertex measures.
 * Arrays are allocated in the memory context current at build time.
 */
typedef struct HfGraph
{
	int32		n;				/* vertices */
	int32		m;				/* edges kept: no self-loops, no duplicates */
	int64		self_loops;		/* self-loops dropped at build time */
	int64		duplicates;		/* repeated (child, parent) pairs merged */

	int32	   *par_off;		/* parents of v: par[par_off[v] .. par_off[v+1]) */
	int32	   *par;
	int32	   *chi_off;		/* children of v: chi[chi_off[v] .. chi_off[v+1]) */
	int32	   *chi;
	int8	   *own_rel;		/* greatest relation over v's parent edges */

	/* results; depths are -1 (NULL) for vertices with in_cycle set */
	int32	   *depth_max;
	int32	   *depth_min;
	int32	   *n_roots;
	int32	   *primary_root;	/* vertex index, -1 when no root reachable */
	bool	   *in_cycle;
	int32	   *descendants;
	int32	   *desc_rel[HF_GRAPH_NREL];
	int32		max_depth;		/* greatest depth_max, 0 for an empty graph */
	int32		cycle_vertices; /* vertices with in_cycle set */
} HfGraph;

extern HfGraph *hf_graph_build(int32 n, int64 nedges, const int32 *child,
							   const int32 *parent, const int8 *rel);
extern void hf_graph_compute(HfGraph *g);
extern int32 hf_graph_unique_keys(int32 *keys, int64 nkeys);
extern int32 hf_graph_key_index(const int32 *keys, int32 n, int32 key);
extern void *hf_graph_alloc(Size size);

#endif							/* HFSTATE_GRAPH_H */
