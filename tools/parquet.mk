# tools/parquet.mk -- build and test the standalone Parquet reader.
# Included from the top Makefile; all paths relative to the project root.
#
#   make pq2json              build tools/pq2json
#   make parquet-test         npm install (once) and run test/parquet (DuckDB comparison)
#   make parquet-fixture      compare pq2json on the shared hub-stats fixture with its API JSON
#   make pq-fuzz              build tools/fuzz/pq_fuzz (clang libFuzzer + ASan + UBSan)
#   make pq-fuzz-run PQ_FUZZ_SECONDS=60   run the fuzzer on the seed corpus

PQ_SRCS = src/parquet/pq_arena.c src/parquet/pq_thrift.c src/parquet/pq_meta.c \
	src/parquet/pq_codec.c src/parquet/pq_levels.c src/parquet/pq_encoding.c \
	src/parquet/pq_column.c src/parquet/pq_record.c src/parquet/pq_json.c
PQ_HDRS = src/parquet/pq.h src/parquet/pq_int.h src/parquet/pq_civil.h
PQ_LIBS = -lsnappy -lz -lzstd -llz4 -lbrotlidec -lm
PQ_CC ?= cc
PQ_CFLAGS ?= -std=c11 -O2 -g -Wall -Wextra -Wdeclaration-after-statement
PQ_FUZZ_SECONDS ?= 60
PQ_FUZZ_CORPUS ?= tools/fuzz/corpus-run
PQ_FUZZ_ARTIFACTS ?= tools/fuzz/
PQ_FIXTURE ?= ../shared/fixtures/hub-stats-subset

tools/pq2json: tools/pq2json.c $(PQ_SRCS) $(PQ_HDRS)
	$(PQ_CC) $(PQ_CFLAGS) -o $@ tools/pq2json.c $(PQ_SRCS) $(PQ_LIBS)

.PHONY: pq2json parquet-test parquet-fixture pq-fuzz pq-fuzz-run
pq2json: tools/pq2json

parquet-test: tools/pq2json
	cd test/parquet && { [ -d node_modules/@duckdb/node-api ] || npm install --no-audit --no-fund; } && \
		PQ2JSON=$(CURDIR)/tools/pq2json node run.mjs

parquet-fixture: tools/pq2json
	python3 test/parquet/check_fixture.py tools/pq2json $(PQ_FIXTURE)/models.parquet $(PQ_FIXTURE)/models.api.jsonl

tools/fuzz/pq_fuzz: tools/fuzz/pq_fuzz.c $(PQ_SRCS) $(PQ_HDRS)
	clang -std=c11 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
		-o $@ tools/fuzz/pq_fuzz.c $(PQ_SRCS) $(PQ_LIBS)

pq-fuzz: tools/fuzz/pq_fuzz

pq-fuzz-run: tools/fuzz/pq_fuzz
	mkdir -p $(PQ_FUZZ_CORPUS)
	tools/fuzz/pq_fuzz -max_total_time=$(PQ_FUZZ_SECONDS) -rss_limit_mb=2048 \
		-max_len=65536 -artifact_prefix=$(PQ_FUZZ_ARTIFACTS) $(PQ_FUZZ_CORPUS) test/parquet/out/seeds
