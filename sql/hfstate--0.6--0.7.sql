/* sql/hfstate--0.6--0.7.sql */

-- complain if script is sourced in psql, rather than via ALTER EXTENSION
\echo Use "ALTER EXTENSION hfstate UPDATE TO '0.7'" to load this file. \quit

-- 0.7 defines every object once in sql/src (assembled into hfstate--0.7.sql) and changes none of
-- them, nor their labels, comments or shipped rows: a 0.6 installation only takes the new version.
