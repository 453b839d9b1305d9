/*
 * pq2json.c
 *		Command-line front end of the hfstate Parquet reader.
 *
 *	pq2json FILE [--columns a,b.c,...] [--schema] [--rows N] [--bench]
 *	             [--max-alloc BYTES]
 *
 * Default: one JSON object per row on stdout.  --schema prints the row count,
 * row groups and schema tree instead.  --bench decodes every selected column
 * and assembles every row without printing, then reports throughput on
 * stderr.  Errors go to stderr with exit status 1.
 *
 * JSON conventions: timestamps "YYYY-MM-DDTHH:MM:SS.ffffffZ" (no "Z" when the
 * column is not adjusted to UTC), dates "YYYY-MM-DD", byte arrays without a
 * string annotation as base64, decimals as exact numbers, NaN/Infinity as
 * strings, invalid UTF-8 replaced by U+FFFD, maps as lists of
 * {"key":…,"value":…}.
 */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "../src/parquet/pq.h"

/* malloc-backed allocator callbacks */
static void *
xalloc(void *ctx, size_t size)
{
	(void) ctx;
	return malloc(size);
}

static void
xfree(void *ctx, void *p)
{
	(void) ctx;
	free(p);
}

/* read_at over a file descriptor with pread */
static int
fd_read_at(void *ctx, uint64_t off, void *buf, size_t len, char *err,
		   size_t errlen)
{
	int			fd = *(int *) ctx;
	size_t		done = 0;

	while (done < len)
	{
		ssize_t		r = pread(fd, (char *) buf + done, len - done,
							  (off_t) (off + done));

		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
		{
			snprintf(err, errlen, "%s", r < 0 ? strerror(errno) : "unexpected end of file");
			return -1;
		}
		done += (size_t) r;
	}
	return 0;
}

/* print the schema tree below n, indented by depth */
static void
print_schema(const pq_schema_node *n, int depth)
{
	char		lt[64];
	int			i;

	printf("%*s%s %s %s", depth * 2, "", pq_repetition_name(n->repetition),
		   pq_physical_name(n->physical), n->name);
	if (n->physical == 7)
		printf("(%d)", n->type_length);
	pq_logical_describe(&n->logical, lt, sizeof(lt));
	if (lt[0])
		printf(" %s", lt);
	printf("  [def %d rep %d]\n", n->max_def, n->max_rep);
	for (i = 0; i < n->nchildren; i++)
		print_schema(n->children[i], depth + 1);
}

/* split a comma-separated list in place into argv-like pointers */
static int
split_columns(char *s, const char ***out)
{
	int			n = 1,
				k = 0;
	char	   *p;

	for (p = s; *p; p++)
		n += *p == ',';
	*out = malloc(sizeof(char *) * (size_t) n);
	if (*out == NULL)
		return 0;
	for (p = strtok(s, ","); p != NULL; p = strtok(NULL, ","))
		(*out)[k++] = p;
	return k;
}

static double
now_sec(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

int
main(int argc, char **argv)
{
	const char *path = NULL;
	char	   *columns = NULL;
	int			schema = 0,
				bench = 0;
	long long	max_rows = -1,
				emitted = 0;
	int			fd,
				i,
				rg,
				rc = 0;
	struct stat st;
	pq_allocator alloc = {xalloc, xfree, NULL};
	pq_source	src;
	pq_options	opt = {0};
	pq_file    *f;
	char		err[512];
	const char **cols = NULL;
	int			ncols = 0;
	pq_buf		buf;
	double		t0;
	long long	nrows = 0;

	for (i = 1; i < argc; i++)
	{
		if (strcmp(argv[i], "--columns") == 0 && i + 1 < argc)
			columns = argv[++i];
		else if (strcmp(argv[i], "--schema") == 0)
			schema = 1;
		else if (strcmp(argv[i], "--bench") == 0)
			bench = 1;
		else if (strcmp(argv[i], "--rows") == 0 && i + 1 < argc)
			max_rows = atoll(argv[++i]);
		else if (strcmp(argv[i], "--max-alloc") == 0 && i + 1 < argc)
			opt.max_alloc = (size_t) atoll(argv[++i]);
		else if (argv[i][0] != '-' && path == NULL)
			path = argv[i];
		else
		{
			fprintf(stderr, "usage: pq2json FILE [--columns a,b.c] [--schema] [--rows N] [--bench] [--max-alloc BYTES]\n");
			return 2;
		}
	}
	if (path == NULL)
	{
		fprintf(stderr, "usage: pq2json FILE [--columns a,b.c] [--schema] [--rows N] [--bench] [--max-alloc BYTES]\n");
		return 2;
	}
	fd = open(path, O_RDONLY);
	if (fd < 0 || fstat(fd, &st) != 0)
	{
		fprintf(stderr, "pq2json: error: %s: %s\n", path, strerror(errno));
		return 1;
	}
	src.read_at = fd_read_at;
	src.ctx = &fd;
	src.size = (uint64_t) st.st_size;
	if (pq_open(&src, &alloc, &opt, &f, err, sizeof(err)) != PQ_OK)
	{
		fprintf(stderr, "pq2json: error: %s: %s\n", path, err);
		close(fd);
		return 1;
	}
	if (schema)
	{
		printf("rows: %lld\nrow groups: %d\ncreated by: %s\n",
			   (long long) pq_num_rows(f), pq_num_row_groups(f), pq_created_by(f));
		for (i = 0; i < pq_num_row_groups(f); i++)
			printf("row group %d: %lld rows, %lld bytes\n", i,
				   (long long) pq_row_group_num_rows(f, i),
				   (long long) pq_row_group_byte_size(f, i));
		print_schema(pq_schema_root(f), 0);
		pq_close(f);
		close(fd);
		return 0;
	}
	if (columns != NULL)
		ncols = split_columns(columns, &cols);
	if (pq_select(f, cols, ncols) != PQ_OK)
	{
		fprintf(stderr, "pq2json: error: %s: %s\n", path, pq_error(f));
		free(cols);
		pq_close(f);
		close(fd);
		return 1;
	}
	pq_buf_init(&buf, &alloc);
	t0 = now_sec();
	for (rg = 0; rg < pq_num_row_groups(f) && (max_rows < 0 || emitted < max_rows); rg++)
	{
		const pq_value *row;
		int			r;

		if (pq_read_row_group(f, rg) != PQ_OK)
		{
			rc = 1;
			break;
		}
		while ((max_rows < 0 || emitted < max_rows) && (r = pq_next_row(f, &row)) == 1)
		{
			nrows++;
			if (bench)
				continue;
			pq_buf_reset(&buf);
			if (pq_value_to_json(&buf, row) != 0)
			{
				fprintf(stderr, "pq2json: error: out of memory\n");
				rc = 1;
				break;
			}
			buf.data[buf.len] = '\n';
			fwrite(buf.data, 1, buf.len + 1, stdout);
			emitted++;
		}
		if (rc != 0)
			break;
		if (max_rows < 0 || emitted < max_rows)
			if (r < 0)
			{
				rc = 1;
				break;
			}
	}
	if (rc != 0 && pq_error(f)[0])
		fprintf(stderr, "pq2json: error: %s: %s\n", path, pq_error(f));
	if (bench && rc == 0)
	{
		double		sec = now_sec() - t0;
		double		mb = pq_bytes_read(f) / 1e6;

		fprintf(stderr, "bench: %lld rows, %.1f MB of column chunks, %.3f s, %.1f MB/s, %.0f rows/s\n",
				nrows, mb, sec, mb / sec, nrows / sec);
	}
	pq_buf_free(&buf);
	free(cols);
	pq_close(f);
	close(fd);
	return rc;
}
