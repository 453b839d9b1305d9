/* sql/src/40_lineage.sql */

-- Lineage over the model graph (C: src/lineage/lineage.c, src/lineage/graph.c): lineage_graph() over any edge list,
-- and the table lineage that refresh_lineage() rebuilds from model_nodes and model_edges (depths,
-- roots, descendants by relation), read by the report tables T8 and T9 and by refresh().

------------------------------------------------------------------------------
-- Lineage over the model graph
------------------------------------------------------------------------------

CREATE TABLE @extschema@.lineage (
    key              integer PRIMARY KEY,
    depth_max        integer,
    depth_min        integer,
    n_parents        integer NOT NULL,
    dangling_parents integer NOT NULL,
    n_roots          integer NOT NULL,
    primary_root     integer,
    in_cycle         boolean NOT NULL,
    children         integer NOT NULL,
    descendants      integer NOT NULL,
    desc_finetune    integer NOT NULL,
    desc_adapter     integer NOT NULL,
    desc_quantized   integer NOT NULL,
    desc_merge       integer NOT NULL
);
COMMENT ON TABLE @extschema@.lineage IS
'Lineage of every model node, materialised by refresh_lineage(): depth_max/depth_min = longest/shortest chain up to a root (a root has 0; NULL on or below a cycle), parents (self-loops dropped), dangling parents (not imported), roots reached and the primary root (the root with most descendants, then the smallest key), in_cycle, direct children and distinct transitive descendants, split by the descendant''s own relation (the greatest over its parent edges: any merge edge makes a merge).';
-- Lineage over the model graph (src/lineage/lineage.c, src/lineage/graph.c).
-- Relies on @extschema@.relation, model_nodes, model_edges and lineage, which the extension script creates.

CREATE FUNCTION @extschema@.lineage_graph(
    child integer[],
    parent integer[],
    relation text[] DEFAULT NULL,
    OUT node integer,
    OUT depth_max integer,
    OUT depth_min integer,
    OUT n_parents integer,
    OUT n_roots integer,
    OUT primary_root integer,
    OUT in_cycle boolean,
    OUT children integer,
    OUT descendants integer,
    OUT desc_finetune integer,
    OUT desc_adapter integer,
    OUT desc_quantized integer,
    OUT desc_merge integer)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'hfstate_lineage_graph'
-- not STRICT: relation may be NULL (every edge a finetune); a NULL child or parent array returns no rows, as STRICT would
LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE
ROWS 1000;

COMMENT ON FUNCTION @extschema@.lineage_graph(integer[], integer[], text[]) IS
'Lineage measures of the edge list child[i] -> parent[i] (relation[i] finetune/adapter/quantized/merge, NULL = finetune): one row per distinct node with longest and shortest depth to a root (NULL on or below a cycle), parents, roots, primary root (most descendants, then smallest id), children and distinct descendants split by relation. Self-loops are ignored; NULL nodes and unequal array lengths are errors.';

CREATE FUNCTION @extschema@.refresh_lineage(
    OUT nodes bigint,
    OUT edges bigint,
    OUT self_loops bigint,
    OUT cycle_nodes bigint,
    OUT max_depth integer,
    OUT peak_bytes bigint,
    OUT millis double precision)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'hfstate_lineage_refresh'
-- STRICT is moot: the function takes no arguments
LANGUAGE C VOLATILE STRICT PARALLEL UNSAFE
ROWS 1;

COMMENT ON FUNCTION @extschema@.refresh_lineage() IS
'Recompute the lineage table from model_nodes and model_edges in memory and replace its rows in the calling transaction, changing only the rows whose values changed (no TRUNCATE: readers are never blocked and see the old rows until the caller commits). Returns nodes and edges read, self-loops dropped, nodes on or below a cycle, the greatest depth, the peak working memory in bytes and the elapsed milliseconds.';
