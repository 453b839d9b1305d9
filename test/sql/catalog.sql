--
-- catalog: every object of the extension with its kind, the labels of its functions (volatility,
-- strictness, parallel label, SET options) and the md5 of its comment, then the md5 of every
-- column comment.  The expected output was taken from the 0.6 update chain before the install
-- script was assembled from sql/src: a change here is a change of the SQL surface, to be made on
-- purpose (and shipped with an upgrade script).  test/catalog/describe.psql prints the full
-- definitions when this test fails and the reason is not obvious.
--
SET search_path = pg_catalog;

SELECT pg_describe_object(d.classid, d.objid, d.objsubid) COLLATE "C" AS object,
       coalesce(c.relkind::text, p.prokind::text, t.typtype::text, '-') AS kind,
       CASE WHEN p.oid IS NOT NULL
            THEN p.provolatile::text || CASE WHEN p.proisstrict THEN ' strict ' ELSE ' called ' END || p.proparallel::text
                 || coalesce(' ' || array_to_string(p.proconfig, ' '), '')
       END AS labels,
       md5(pg_description.description) AS comment_md5
  FROM pg_depend d
  LEFT JOIN pg_class c ON d.classid = 'pg_class'::regclass AND c.oid = d.objid
  LEFT JOIN pg_proc p ON d.classid = 'pg_proc'::regclass AND p.oid = d.objid
  LEFT JOIN pg_type t ON d.classid = 'pg_type'::regclass AND t.oid = d.objid
  LEFT JOIN pg_description ON pg_description.classoid = d.classid AND pg_description.objoid = d.objid
                          AND pg_description.objsubid = 0
 WHERE d.refclassid = 'pg_extension'::regclass
   AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'hfstate')
   AND d.deptype = 'e'
 ORDER BY 1;

-- comments on columns of the extension's tables and views
SELECT pg_describe_object(ds.classoid, ds.objoid, ds.objsubid) COLLATE "C" AS column, md5(ds.description) AS comment_md5
  FROM pg_description ds
  JOIN pg_depend d ON d.classid = ds.classoid AND d.objid = ds.objoid
 WHERE ds.classoid = 'pg_class'::regclass AND ds.objsubid > 0
   AND d.refclassid = 'pg_extension'::regclass
   AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'hfstate')
   AND d.deptype = 'e'
 ORDER BY 1;
