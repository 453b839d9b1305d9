# hfstate: PGXS build of the extension, plus the project's tools and test entry points.

EXTENSION = hfstate
MODULE_big = hfstate

OBJS = \
	src/hfstate.o \
	src/util/json_util.o \
	src/util/result_row.o \
	src/import/import_source.o \
	src/import/import_split.o \
	src/import/record.o \
	src/import/record_parquet.o \
	src/import/import_record.o \
	src/import/import_stage.o \
	src/import/import_keys.o \
	src/import/import_direct.o \
	src/import/import_parquet.o \
	src/import/parquet_cell.o \
	src/import/parquet_row.o \
	src/import/import.o \
	src/size/names.o \
	src/size/name_lines.o \
	src/size/size.o \
	src/size/quant.o \
	src/size/config_read.o \
	src/size/config_families.o \
	src/size/config_params.o \
	src/lineage/edges.o \
	src/lineage/graph.o \
	src/lineage/lineage.o \
	src/aggregate/wsample.o \
	src/aggregate/aggregates.o \
	src/parquet/pq_arena.o \
	src/parquet/pq_thrift.o \
	src/parquet/pq_meta.o \
	src/parquet/pq_codec.o \
	src/parquet/pq_levels.o \
	src/parquet/pq_encoding.o \
	src/parquet/pq_column.o \
	src/parquet/pq_record.o \
	src/parquet/pq_json.o

# The install script of the current version is assembled from sql/src/*.sql in name order; each
# release adds a committed upgrade script sql/hfstate--A--B.sql.
EXTVERSION = $(shell sed -n "s/^default_version = '\(.*\)'$$/\1/p" hfstate.control)
SQL_SRC = $(sort $(wildcard sql/src/*.sql))
DATA_built = sql/hfstate--$(EXTVERSION).sql
DATA = $(wildcard sql/hfstate--*--*.sql)
DOCS = README.md

TESTS = $(sort $(wildcard test/sql/*.sql))
REGRESS = $(patsubst test/sql/%.sql,%,$(TESTS))
REGRESS_OPTS = --inputdir=test --load-extension=hfstate
ISOLATION = $(patsubst test/specs/%.spec,%,$(sort $(wildcard test/specs/*.spec)))
ISOLATION_OPTS = --inputdir=test --load-extension=hfstate

PG_CPPFLAGS = -Isrc
PG_CFLAGS = -Wall -Wextra -Wno-unused-parameter -Wno-sign-compare -Wno-missing-field-initializers
SHLIB_LINK = -lz
SHLIB_LINK += -lsnappy -lzstd -llz4 -lbrotlidec

EXTRA_CLEAN = tools/pq2json tools/fuzz/pq_fuzz

# Debian's PGXS would also build LLVM bitcode with clang-14; the JIT gains nothing from it here.
override with_llvm = no

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs 2>/dev/null)
ifneq ($(PGXS),)
include $(PGXS)
else
# a fresh machine: `make demo` and `make test` install the packages (tools/deps.sh) before building
all install installcheck:
	@echo "pg_config not found: run 'make deps' (or 'make demo' / 'make test', which install it)" >&2; exit 1
endif

# ---- project entry points (see README.md) ----
.PHONY: demo test conformance bench tools deps report

tools:
	$(MAKE) -C tools

deps:
	bash tools/deps.sh

demo:
	bash tools/demo.sh

test:
	bash tools/test.sh

conformance:
	bash tools/conformance.sh

bench:
	bash tools/bench.sh

# report.html and report.md from database hfstate of the running demo cluster (after make demo)
report:
	bash tools/report.sh hfstate

sql/hfstate--$(EXTVERSION).sql: $(SQL_SRC) hfstate.control
	{ printf '%s\n' '\echo Use "CREATE EXTENSION hfstate" to load this file. \quit' \
	    '/* $@, assembled by make from sql/src in name order: edit those files */'; \
	  for f in $(SQL_SRC); do printf '\n'; cat "$$f"; done; } >$@.tmp
	mv $@.tmp $@

# every object depends on every header of src/ (PGXS tracks no header dependencies by itself)
$(OBJS): $(wildcard src/*.h src/*/*.h)

# ---- Parquet reader: standalone tools, DuckDB comparisons, fuzzing (see tools/parquet.mk) ----
include tools/parquet.mk

.PHONY: fuzz
# a short libFuzzer run over the reader (FUZZ_SECONDS, default 30; CI runs it from tools/test.sh)
FUZZ_SECONDS ?= 30
fuzz:
	$(MAKE) pq-fuzz-run PQ_FUZZ_SECONDS=$(FUZZ_SECONDS)

# DuckDB's report tables over a weekly Parquet archive of the generated sample equal hfstate's views (4 to 7 min)
.PHONY: duckdb-check
duckdb-check:
	bash tools/bench/duckdb_check.sh
