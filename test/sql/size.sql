-- size_bucket / size_scale at every boundary
SELECT x, hfstate.size_bucket(x) AS bucket, hfstate.size_scale(x) AS scale
FROM unnest(ARRAY[0, 1, 99999999, 100000000, 999999999, 1000000000, 2999999999, 3000000000,
	9999999999, 10000000000, 29999999999, 30000000000, 99999999999, 100000000000,
	299999999999, 300000000000, 999999999999, 1000000000000, 9223372036854775807]::bigint[]) AS x
ORDER BY x;

SELECT x, hfstate.size_bucket(x) AS bucket, hfstate.size_scale(x) AS scale
FROM unnest(ARRAY[0.5, 999999999.5, 1e9, 1e10 - 0.001, 1e11, 'Infinity']::float8[]) AS x
ORDER BY x;

-- numeric input resolves to the double precision overload; int4 to one of them
SELECT hfstate.size_bucket(1500000000::numeric) AS from_numeric,
	hfstate.size_bucket(5) AS from_int4,
	hfstate.size_scale(250000000000::numeric) AS scale_numeric;

-- NULL in, NULL out
SELECT hfstate.size_bucket(NULL::bigint) IS NULL AS b_null,
	hfstate.size_scale(NULL::float8) IS NULL AS s_null;

-- enum order follows size
SELECT hfstate.size_bucket(5e8::float8) < hfstate.size_bucket(5e9::float8) AS ordered,
	pg_catalog.enum_range(NULL::hfstate.size_bucket)::text AS buckets,
	pg_catalog.enum_range(NULL::hfstate.size_scale)::text AS scales;

-- errors
SELECT hfstate.size_bucket(-1::bigint);
SELECT hfstate.size_scale(-1::bigint);
SELECT hfstate.size_bucket('NaN'::float8);
SELECT hfstate.size_scale(-0.5::float8);
