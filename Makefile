# hfstate: PGXS build of the extension, plus the project's tools and test entry points.

EXTENSION = hfstate
MODULE_big = hfstate

OBJS = \
	src/hfstate.o \
	src/json_util.o \
	src/edges.o \
	src/import_source.o \
	src/import_split.o \
	src/import_record.o \
	src/import_stage.o \
	src/import_keys.o \
	src/import_direct.o \
	src/import_parquet.o \
	src/parquet_row.o \
	src/import.o \
	src/names.o \
	src/name_lines.o \
	src/size.o \
	src/quant.o \
	src/config_params.o \
	src/config_families.o \
	src/wsample.o \
	src/aggregates.o \
	src/graph.o \
	src/lineage.o \
	src/parquet/pq_arena.o \
	src/parquet/pq_thrift.o \
	src/parquet/pq_meta.o \
	src/parquet/pq_codec.o \
	src/parquet/pq_levels.o \
	src/parquet/pq_encoding.o \
	src/parquet/pq_column.o \
	src/parquet/pq_record.o \
	src/parquet/pq_json.o

DATA = $(wildcard sql/hfstate--*.sql)
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

# every object depends on every header of src/ (PGXS tracks no header dependencies by itself)
$(OBJS): $(wildcard src/*.h src/parquet/*.h)

# ---- Parquet reader: standalone tools, DuckDB comparisons, fuzzing (see tools/parquet.mk) ----
include tools/parquet.mk

.PHONY: fuzz
# a short libFuzzer run over the reader (FUZZ_SECONDS, default 30; CI runs it from tools/test.sh)
FUZZ_SECONDS ?= 30
fuzz:
	$(MAKE) pq-fuzz-run PQ_FUZZ_SECONDS=$(FUZZ_SECONDS)
