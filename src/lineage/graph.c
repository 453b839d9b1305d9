/*
 * src/lineage/graph.c
 *
 * The model graph in memory: compressed sparse rows (CSR) in both
 * directions, Kahn's algorithm for depths and cycles, and one ancestor walk
 * per vertex for roots and exact distinct descendant counts.  Pure C over
 * dense vertex indices; the SQL-facing side lives in lineage.c.
 *
 * Definitions (docs/lineage.md): self-loops are dropped first; a root is a
 * vertex without parents; depth_max/depth_min are the longest/shortest
 * chains up to a root, known only for vertices reached by Kahn's order
 * (the others are on a cycle or below one: in_cycle); roots and descendants
 * are computed by reachability for every vertex, with visit stamps so that a
 * cycle is never followed twice.
 */
#include "postgres.h"

#include "miscadmin.h"
#include "utils/memutils.h"

#include "lineage/graph.h"

/* how many ancestor visits between two interrupt checks */
#define HF_GRAPH_VISIT_CHECK	(1 << 20)

/*
 * Allocate a zeroed array of size bytes in the current memory context,
 * allowing more than 1 GB; size 0 gives a valid empty allocation.
 */
void *
hf_graph_alloc(Size size)
{
	return palloc_extended(size, MCXT_ALLOC_HUGE | MCXT_ALLOC_ZERO);
}

/*
 * qsort comparator for int32 keys, ascending.
 */
static int
hf_graph_cmp_int32(const void *a, const void *b)
{
	int32		x = *(const int32 *) a;
	int32		y = *(const int32 *) b;

	return (x > y) - (x < y);
}

/*
 * Sort keys[0 .. nkeys) ascending and squeeze out repeats in place; returns
 * the number of distinct keys left at the front.  nkeys = 0 returns 0.
 */
int32
hf_graph_unique_keys(int32 *keys, int64 nkeys)
{
	int64		i;
	int64		w = 0;

	if (nkeys <= 0)
		return 0;
	qsort(keys, nkeys, sizeof(int32), hf_graph_cmp_int32);
	for (i = 0; i < nkeys; i++)
	{
		if (w == 0 || keys[w - 1] != keys[i])
			keys[w++] = keys[i];
	}
	if (w > PG_INT32_MAX)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("too many distinct nodes in lineage graph"),
				 errdetail("The graph has %lld distinct nodes.", (long long) w),
				 errhint("Split the graph into smaller parts.")));
	return (int32) w;
}

/*
 * Index of key in the sorted distinct array keys[0 .. n), by binary search;
 * -1 when the key is absent.
 */
int32
hf_graph_key_index(const int32 *keys, int32 n, int32 key)
{
	int32		lo = 0;
	int32		hi = n - 1;

	while (lo <= hi)
	{
		int32		mid = lo + (hi - lo) / 2;

		if (keys[mid] < key)
			lo = mid + 1;
		else if (keys[mid] > key)
			hi = mid - 1;
		else
			return mid;
	}
	return -1;
}

/*
 * Remove repeated neighbours from each adjacency list of a CSR pair
 * (off, adj) over n vertices, compacting adj in place and rewriting off.
 * mark is scratch space of n entries.  Returns the edge count left.
 */
static int32
hf_graph_dedupe(int32 n, int32 *off, int32 *adj, int32 *mark)
{
	int32		v;
	int32		w = 0;

	for (v = 0; v < n; v++)
		mark[v] = -1;
	for (v = 0; v < n; v++)
	{
		int32		start = off[v];
		int32		end = off[v + 1];
		int32		i;

		off[v] = w;
		for (i = start; i < end; i++)
		{
			int32		u = adj[i];

			if (mark[u] != v)
			{
				mark[u] = v;
				adj[w++] = u;
			}
		}
	}
	off[n] = w;
	return w;
}

/*
 * Build the graph over vertices 0 .. n - 1 from nedges edges
 * child[i] -> parent[i] with relation rel[i] (HF_GRAPH_*; rel = NULL means
 * every edge is a finetune).  Self-loops are counted and dropped; repeated
 * pairs are merged (their greatest relation counts).  Indices out of range
 * are a caller bug.  An empty edge list gives n isolated roots.
 */
HfGraph *
hf_graph_build(int32 n, int64 nedges, const int32 *child,
			   const int32 *parent, const int8 *rel)
{
	HfGraph    *g = (HfGraph *) palloc0(sizeof(HfGraph));
	int64		kept = 0;
	int64		i;
	int32		v;
	int32	   *fill;

	g->n = n;
	g->par_off = (int32 *) hf_graph_alloc(sizeof(int32) * ((Size) n + 1));
	g->chi_off = (int32 *) hf_graph_alloc(sizeof(int32) * ((Size) n + 1));
	g->own_rel = (int8 *) hf_graph_alloc(sizeof(int8) * (Size) Max(n, 1));
	memset(g->own_rel, HF_GRAPH_NO_REL, sizeof(int8) * (Size) Max(n, 1));

	/* pass 1: degrees (with repeats) and each child's greatest relation */
	for (i = 0; i < nedges; i++)
	{
		int32		c = child[i];
		int32		p = parent[i];
		int8		r = rel ? rel[i] : HF_GRAPH_FINETUNE;

		if (c < 0 || c >= n || p < 0 || p >= n || r < 0 || r >= HF_GRAPH_NREL)
			elog(ERROR, "lineage edge %lld out of range", (long long) i);
		if (c == p)
		{
			g->self_loops++;
			continue;
		}
		kept++;
		g->par_off[c + 1]++;
		g->chi_off[p + 1]++;
		if (r > g->own_rel[c])
			g->own_rel[c] = r;
	}
	if (kept >= PG_INT32_MAX)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("too many edges in lineage graph"),
				 errdetail("The graph has %lld edges; the limit is %d.",
						   (long long) kept, PG_INT32_MAX - 1),
				 errhint("Split the graph into smaller parts.")));
	for (v = 0; v < n; v++)
	{
		g->par_off[v + 1] += g->par_off[v];
		g->chi_off[v + 1] += g->chi_off[v];
	}

	/* pass 2: fill both directions, using fill[] as a moving cursor */
	g->par = (int32 *) hf_graph_alloc(sizeof(int32) * (Size) Max(kept, 1));
	g->chi = (int32 *) hf_graph_alloc(sizeof(int32) * (Size) Max(kept, 1));
	fill = (int32 *) hf_graph_alloc(sizeof(int32) * ((Size) n + 1));
	memcpy(fill, g->par_off, sizeof(int32) * (Size) n);
	for (i = 0; i < nedges; i++)
	{
		if (child[i] != parent[i])
			g->par[fill[child[i]]++] = parent[i];
	}
	memcpy(fill, g->chi_off, sizeof(int32) * (Size) n);
	for (i = 0; i < nedges; i++)
	{
		if (child[i] != parent[i])
			g->chi[fill[parent[i]]++] = child[i];
	}

	/* repeated (child, parent) pairs: keep one */
	g->m = hf_graph_dedupe(n, g->par_off, g->par, fill);
	(void) hf_graph_dedupe(n, g->chi_off, g->chi, fill);
	g->duplicates = kept - g->m;
	pfree(fill);
	return g;
}

/*
 * Kahn's algorithm from the roots: depth_max and depth_min of every vertex
 * it reaches; the vertices it never reaches are on a cycle or below one and
 * get in_cycle = true and depths -1.  queue and indeg are scratch arrays of
 * n entries.
 */
static void
hf_graph_kahn(HfGraph *g, int32 *queue, int32 *indeg)
{
	int32		n = g->n;
	int32		head = 0;
	int32		tail = 0;
	int32		v;

	for (v = 0; v < n; v++)
	{
		indeg[v] = g->par_off[v + 1] - g->par_off[v];
		g->depth_max[v] = 0;
		if (indeg[v] == 0)
		{
			g->depth_min[v] = 0;
			queue[tail++] = v;
		}
		else
			g->depth_min[v] = PG_INT32_MAX;
	}
	while (head < tail)
	{
		int32		u = queue[head++];
		int32		dmax = g->depth_max[u] + 1;
		int32		dmin = g->depth_min[u] + 1;
		int32		i;

		if ((head & 0xFFFF) == 0)
			CHECK_FOR_INTERRUPTS();
		for (i = g->chi_off[u]; i < g->chi_off[u + 1]; i++)
		{
			int32		c = g->chi[i];

			if (dmax > g->depth_max[c])
				g->depth_max[c] = dmax;
			if (dmin < g->depth_min[c])
				g->depth_min[c] = dmin;
			if (--indeg[c] == 0)
				queue[tail++] = c;
		}
	}

	/* whatever Kahn did not reach is on or below a cycle */
	g->max_depth = 0;
	g->cycle_vertices = 0;
	for (v = 0; v < n; v++)
	{
		if (indeg[v] > 0)
		{
			g->in_cycle[v] = true;
			g->depth_max[v] = -1;
			g->depth_min[v] = -1;
			g->cycle_vertices++;
		}
		else if (g->depth_max[v] > g->max_depth)
			g->max_depth = g->depth_max[v];
	}
}

/*
 * Roots and descendants by one ancestor walk per vertex.  Each walk stamps
 * the vertices it visits with the walking vertex, so every distinct
 * ancestor is credited exactly once (a diamond counts once) and a cycle is
 * left as soon as it closes.  The cost is the sum over vertices of their
 * ancestor counts: on Hub-shaped graphs (shallow trees, short merge chains)
 * a few times the edge count, but quadratic on a long chain; interrupts are
 * checked every HF_GRAPH_VISIT_CHECK visits so a pathological graph can be
 * cancelled.  The roots each walk meets are kept in a list so that
 * primary_root (most descendants, then smallest index) can be chosen once
 * all descendant counts are final.
 */
static void
hf_graph_walk(HfGraph *g, int32 *queue, int32 *stamp)
{
	int32		n = g->n;
	int32		v;
	int64		visits = 0;
	int64		nroot_list = 0;
	int64		cap_root_list = Max((int64) n, 16);
	int32	   *root_list;
	int64	   *root_off;

	root_list = (int32 *) hf_graph_alloc(sizeof(int32) * (Size) cap_root_list);
	root_off = (int64 *) hf_graph_alloc(sizeof(int64) * ((Size) n + 1));
	for (v = 0; v < n; v++)
		stamp[v] = -1;

	for (v = 0; v < n; v++)
	{
		int32		head = 0;
		int32		tail = 0;
		int32		i;
		int32	   *desc_rel;

		root_off[v] = nroot_list;
		if (g->par_off[v + 1] == g->par_off[v])
		{
			/* a root is its own (only) root */
			if (nroot_list >= cap_root_list)
			{
				cap_root_list *= 2;
				root_list = (int32 *) repalloc_huge(root_list,
													sizeof(int32) * (Size) cap_root_list);
			}
			root_list[nroot_list++] = v;
			g->n_roots[v] = 1;
			continue;
		}

		desc_rel = g->desc_rel[g->own_rel[v]];
		stamp[v] = v;
		for (i = g->par_off[v]; i < g->par_off[v + 1]; i++)
		{
			int32		p = g->par[i];

			if (stamp[p] != v)
			{
				stamp[p] = v;
				queue[tail++] = p;
			}
		}
		while (head < tail)
		{
			int32		a = queue[head++];
			int32		start = g->par_off[a];
			int32		end = g->par_off[a + 1];

			if ((++visits & (HF_GRAPH_VISIT_CHECK - 1)) == 0)
				CHECK_FOR_INTERRUPTS();
			g->descendants[a]++;
			desc_rel[a]++;
			if (start == end)
			{
				if (nroot_list >= cap_root_list)
				{
					cap_root_list *= 2;
					root_list = (int32 *) repalloc_huge(root_list,
														sizeof(int32) * (Size) cap_root_list);
				}
				root_list[nroot_list++] = a;
				g->n_roots[v]++;
				continue;
			}
			for (i = start; i < end; i++)
			{
				int32		p = g->par[i];

				if (stamp[p] != v)
				{
					stamp[p] = v;
					queue[tail++] = p;
				}
			}
		}
	}
	root_off[n] = nroot_list;

	/* primary root: most descendants, ties by the smallest index */
	for (v = 0; v < n; v++)
	{
		int32		best = -1;
		int64		j;

		for (j = root_off[v]; j < root_off[v + 1]; j++)
		{
			int32		r = root_list[j];

			if (best < 0 ||
				g->descendants[r] > g->descendants[best] ||
				(g->descendants[r] == g->descendants[best] && r < best))
				best = r;
		}
		g->primary_root[v] = best;
	}
	pfree(root_list);
	pfree(root_off);
}

/*
 * Compute every per-vertex measure of a built graph (see HfGraph).  Works on
 * an empty graph.  Scratch arrays are freed before returning.
 */
void
hf_graph_compute(HfGraph *g)
{
	Size		nn = (Size) Max(g->n, 1);
	int32	   *queue;
	int32	   *scratch;
	int			r;

	g->depth_max = (int32 *) hf_graph_alloc(sizeof(int32) * nn);
	g->depth_min = (int32 *) hf_graph_alloc(sizeof(int32) * nn);
	g->n_roots = (int32 *) hf_graph_alloc(sizeof(int32) * nn);
	g->primary_root = (int32 *) hf_graph_alloc(sizeof(int32) * nn);
	g->in_cycle = (bool *) hf_graph_alloc(sizeof(bool) * nn);
	g->descendants = (int32 *) hf_graph_alloc(sizeof(int32) * nn);
	for (r = 0; r < HF_GRAPH_NREL; r++)
		g->desc_rel[r] = (int32 *) hf_graph_alloc(sizeof(int32) * nn);
	queue = (int32 *) hf_graph_alloc(sizeof(int32) * nn);
	scratch = (int32 *) hf_graph_alloc(sizeof(int32) * nn);

	hf_graph_kahn(g, queue, scratch);
	hf_graph_walk(g, queue, scratch);

	pfree(queue);
	pfree(scratch);
}
