/*
 * main.c
 *		hubgen: write a deterministic synthetic Hugging Face Hub as Hub API
 *		dumps (weekly snapshots of models, datasets and spaces), with
 *		configs.jsonl, authors.csv, truths.csv and a README.
 *
 * Usage: hubgen --out DIR [--seed N] [--models N] [--datasets N]
 *		  [--spaces N] [--snapshots K] [--full] [--latest-only] [--gzip]
 *		  [--array]
 *
 * tools/hubgen/main.c
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>

#include "hubgen.h"

typedef struct Options
{
	const char *out;
	uint64_t	seed;
	long		models;
	long		datasets;
	long		spaces;
	int			snapshots;
	int			latest_only;
	int			gzip;
	int			array;
} Options;

/* usage: print the command line synopsis and exit with status code. */
static void
usage(int code)
{
	fprintf(code ? stderr : stdout,
			"usage: hubgen --out DIR [--seed N (42)] [--models N (100000)]\n"
			"              [--datasets N (30000)] [--spaces N (20000)]\n"
			"              [--snapshots K (12)] [--full] [--latest-only]\n"
			"              [--gzip] [--array]\n");
	exit(code);
}

/* parse_count: a non-negative decimal count from argument s, dying on junk. */
static long
parse_count(const char *opt, const char *s, long max)
{
	char	   *end;
	long		v;

	if (!s)
		die("%s needs a value", opt);
	errno = 0;
	v = strtol(s, &end, 10);
	if (errno || *end || end == s || v < 0 || v > max)
		die("invalid value for %s: \"%s\" (0..%ld)", opt, s, max);
	return v;
}

/* join_path: format a path into buf (size bytes), dying when it does not fit. */
static void
join_path(char *buf, size_t size, const char *fmt,...)
{
	va_list		ap;
	int			n;

	va_start(ap, fmt);
	n = vsnprintf(buf, size, fmt, ap);
	va_end(ap);
	if (n < 0 || (size_t) n >= size)
		die("path too long");
}

/* make_dir: mkdir that accepts an existing directory and dies otherwise. */
static void
make_dir(const char *path)
{
	if (mkdir(path, 0755) != 0 && errno != EEXIST)
		die("cannot create directory %s: %s", path, strerror(errno));
}

/* parse_args: fill o from argv, dying on unknown options. */
static void
parse_args(int argc, char **argv, Options *o)
{
	int			i;

	memset(o, 0, sizeof(*o));
	o->seed = 42;
	o->models = 100000;
	o->datasets = 30000;
	o->spaces = 20000;
	o->snapshots = 12;
	for (i = 1; i < argc; i++)
	{
		const char *a = argv[i];
		const char *v = i + 1 < argc ? argv[i + 1] : NULL;

		if (strcmp(a, "--out") == 0 && v)
			o->out = argv[++i];
		else if (strcmp(a, "--seed") == 0)
		{
			char	   *end;

			if (!v)
				die("--seed needs a value");
			errno = 0;
			o->seed = strtoull(v, &end, 10);
			if (errno || *end || end == v)
				die("invalid value for --seed: \"%s\"", v);
			i++;
		}
		else if (strcmp(a, "--models") == 0)
			o->models = parse_count(a, v, 50000000), i++;
		else if (strcmp(a, "--datasets") == 0)
			o->datasets = parse_count(a, v, 50000000), i++;
		else if (strcmp(a, "--spaces") == 0)
			o->spaces = parse_count(a, v, 50000000), i++;
		else if (strcmp(a, "--snapshots") == 0)
			o->snapshots = (int) parse_count(a, v, 100), i++;
		else if (strcmp(a, "--full") == 0)
		{
			o->models = 3000000;
			o->datasets = 1000000;
			o->spaces = 1500000;
		}
		else if (strcmp(a, "--latest-only") == 0)
			o->latest_only = 1;
		else if (strcmp(a, "--gzip") == 0)
			o->gzip = 1;
		else if (strcmp(a, "--array") == 0)
			o->array = 1;
		else if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0)
			usage(0);
		else
		{
			fprintf(stderr, "hubgen: unknown option %s\n", a);
			usage(2);
		}
	}
	if (!o->out)
		usage(2);
	if (o->snapshots < 1)
		die("--snapshots must be at least 1");
}

/* open_kind: open DIR/snapshots/DATE/<kind>.<ext> for this run's format. */
static Sink *
open_kind(const Options *o, const char *dir, const char *kind)
{
	char		path[4096];

	join_path(path, sizeof(path), "%s/%s.%s%s", dir, kind,
			 o->array ? "json" : "jsonl", o->gzip ? ".gz" : "");
	return sink_open(path, o->gzip, o->array);
}

/* write_snapshot: write the three files of snapshot s taken at `at`. */
static void
write_snapshot(const Options *o, int s, int64_t at, Buf *b)
{
	char		date[16],
				dir[4096];
	Sink	   *sk;
	int			i,
				n;

	format_date(date, at);
	join_path(dir, sizeof(dir), "%s/snapshots/%s", o->out, date);
	make_dir(dir);
	sk = open_kind(o, dir, "models");
	n = model_count();
	for (i = 0; i < n; i++)
	{
		const Model *m = model_get(i);

		if (m->created <= at)
		{
			emit_model(b, m, i, s, at, o->seed);
			sink_record(sk, b);
		}
	}
	sink_close(sk);
	sk = open_kind(o, dir, "datasets");
	n = dataset_count();
	for (i = 0; i < n; i++)
	{
		const Dataset *d = dataset_get(i);

		if (d->created <= at)
		{
			emit_dataset(b, d, i, at, o->seed);
			sink_record(sk, b);
		}
	}
	sink_close(sk);
	sk = open_kind(o, dir, "spaces");
	n = space_count();
	for (i = 0; i < n; i++)
	{
		const Space *sp = space_get(i);

		if (sp->created <= at)
		{
			emit_space(b, sp, i, at, o->seed);
			sink_record(sk, b);
		}
	}
	sink_close(sk);
}

/* main: generate everything described in the file header. */
int
main(int argc, char **argv)
{
	Options		o;
	Rng			r;
	Buf			b = {0};
	int64_t		snap_times[HG_MAX_SNAPSHOTS];
	int			nsnap,
				s,
				i,
				nconf = 0,
				nauth,
				ntruth;
	char		path[4096];
	Sink	   *sk;
	FILE	   *f;

	parse_args(argc, argv, &o);
	nsnap = o.latest_only ? 1 : o.snapshots;
	for (s = 0; s < nsnap; s++)
		snap_times[s] = HG_LATEST_TIME - (int64_t) (nsnap - 1 - s) * HG_WEEK;

	rng_seed(&r, o.seed, 0, 0);
	authors_init(&r, (int) o.models, (int) (o.models + o.datasets + o.spaces));
	models_generate(o.seed, (int) o.models, nsnap);
	datasets_generate(o.seed, (int) o.datasets);
	spaces_generate(o.seed, (int) o.spaces);

	make_dir(o.out);
	join_path(path, sizeof(path), "%s/snapshots", o.out);
	make_dir(path);
	for (s = 0; s < nsnap; s++)
		write_snapshot(&o, s, snap_times[s], &b);

	join_path(path, sizeof(path), "%s/configs.jsonl", o.out);
	sk = sink_open(path, 0, 0);
	for (i = 0; i < model_count(); i++)
		if (model_get(i)->full_config)
		{
			emit_full_config(&b, model_get(i));
			sink_record(sk, &b);
			nconf++;
		}
	sink_close(sk);

	join_path(path, sizeof(path), "%s/authors.csv", o.out);
	nauth = write_authors_csv(path);
	join_path(path, sizeof(path), "%s/truths.csv", o.out);
	ntruth = write_truths(path, nsnap, snap_times, &nconf, o.seed);

	join_path(path, sizeof(path), "%s/README", o.out);
	f = fopen(path, "w");
	if (!f)
		die("cannot write %s", path);
	fprintf(f, "Synthetic Hugging Face Hub written by hubgen (tools/hubgen) with seed %llu: "
			"%d models, %d datasets and %d spaces in %d weekly snapshot(s) ending 2026-02-23 "
			"(snapshots/YYYY-MM-DD/, Hub API %s%s), %d full model configs in configs.jsonl, "
			"%d namespaces of %d registered in authors.csv, and %d planted truths in "
			"truths.csv. All namespaces other than the real organisations are invented; the data is "
			"random and deterministic for the seed and flags.\n",
			(unsigned long long) o.seed, model_count(), dataset_count(), space_count(),
			nsnap, o.array ? "JSON arrays" : "JSON Lines", o.gzip ? ", gzip" : "", nconf,
			nauth, author_count(), ntruth);
	if (fclose(f) != 0)
		die("error writing %s", path);

	free(b.data);
	spaces_free();
	datasets_free();
	models_free();
	authors_free();
	arena_free_all();
	return 0;
}
