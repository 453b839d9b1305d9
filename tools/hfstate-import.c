/*
 * tools/hfstate-import.c
 *
 * Client-side importer: streams a local Hub dump (JSON Lines or JSON array,
 * plain or gzip, sent as is) to the server through COPY FROM STDIN into the
 * session's temporary table hfstate_upload, then runs hfstate.import_upload
 * in the same transaction.  For servers whose files the user cannot reach.
 * Connection settings come from the usual PG* environment variables or -d.
 *
 *   hfstate-import [-d CONNINFO] [--strict] [--quiet] KIND SNAPSHOT FILE...
 *
 * KIND is models, datasets, spaces or configs; SNAPSHOT a date (YYYY-MM-DD)
 * or "auto" (the date in the file's path).  On a terminal it shows MB and
 * lines per second while uploading, and the server's progress while
 * importing.  Exit status: 0 when every file was imported (rejects are
 * reported, not fatal), 1 on any error (the failed file left no trace).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <arpa/inet.h>

#include <libpq-fe.h>
#include <zlib.h>

#define CHUNK_SIZE (1024 * 1024)

static int	quiet = 0;
static int	tty = 0;

/* seconds since an arbitrary start */
static double
now_seconds(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* print server NOTICEs (the import's progress) on stderr */
static void
notice_processor(void *arg, const char *message)
{
	(void) arg;
	if (!quiet)
		fprintf(stderr, "%s%s", tty ? "\r\033[K" : "", message);
}

/* run a command that returns no rows; 0 on success */
static int
exec_ok(PGconn *conn, const char *sql)
{
	PGresult   *res = PQexec(conn, sql);
	int			ok = PQresultStatus(res) == PGRES_COMMAND_OK || PQresultStatus(res) == PGRES_TUPLES_OK;

	if (!ok)
		fprintf(stderr, "hfstate-import: %s", PQerrorMessage(conn));
	PQclear(res);
	return ok ? 0 : -1;
}

/* append a big-endian int32 */
static char *
put32(char *p, uint32_t v)
{
	v = htonl(v);
	memcpy(p, &v, 4);
	return p + 4;
}

/* append a big-endian int16 */
static char *
put16(char *p, uint16_t v)
{
	v = htons(v);
	memcpy(p, &v, 2);
	return p + 2;
}

/*
 * upload: send the file's bytes as rows (seq, data) of a binary COPY.
 * Lines are counted on the decompressed stream for the progress display.
 */
static int
upload(PGconn *conn, const char *path)
{
	static const char header[] = "PGCOPY\n\377\r\n\0";
	FILE	   *f = fopen(path, "rb");
	char	   *buf = malloc(CHUNK_SIZE + 32);
	unsigned char *zout = malloc(CHUNK_SIZE);
	z_stream	zs;
	int			gz = -1;
	long long	bytes = 0,
				lines = 0;
	uint32_t	seq = 0;
	double		t0 = now_seconds(),
				last = 0;
	PGresult   *res;
	size_t		n;
	char	   *p;

	if (f == NULL || buf == NULL || zout == NULL)
	{
		perror(path);
		return -1;
	}
	memset(&zs, 0, sizeof(zs));
	res = PQexec(conn, "COPY pg_temp.hfstate_upload (seq, data) FROM STDIN (FORMAT binary)");
	if (PQresultStatus(res) != PGRES_COPY_IN)
	{
		fprintf(stderr, "hfstate-import: %s", PQerrorMessage(conn));
		PQclear(res);
		fclose(f);
		return -1;
	}
	PQclear(res);
	memcpy(buf, header, 11);
	p = put32(buf + 11, 0);
	p = put32(p, 0);
	PQputCopyData(conn, buf, p - buf);

	while ((n = fread(buf + 14, 1, CHUNK_SIZE, f)) > 0)
	{
		/* count lines of the (decompressed) content */
		if (gz < 0)
		{
			gz = (n >= 2 && (unsigned char) buf[14] == 0x1f && (unsigned char) buf[15] == 0x8b);
			if (gz)
				inflateInit2(&zs, 15 + 16);
		}
		if (gz)
		{
			zs.next_in = (unsigned char *) buf + 14;
			zs.avail_in = n;
			while (zs.avail_in > 0)
			{
				int			rc;

				zs.next_out = zout;
				zs.avail_out = CHUNK_SIZE;
				rc = inflate(&zs, Z_NO_FLUSH);
				for (unsigned char *q = zout; q < zout + (CHUNK_SIZE - zs.avail_out); q++)
					lines += (*q == '\n');
				if (rc == Z_STREAM_END)
					inflateReset(&zs);
				else if (rc != Z_OK)
					break;		/* the server reports corrupt data with its line */
			}
		}
		else
			for (size_t i = 0; i < n; i++)
				lines += (buf[14 + i] == '\n');

		p = put16(buf, 2);
		p = put32(p, 4);
		p = put32(p, seq++);
		p = put32(p, (uint32_t) n);
		if (PQputCopyData(conn, buf, 14 + n) != 1)
		{
			fprintf(stderr, "hfstate-import: %s", PQerrorMessage(conn));
			break;
		}
		bytes += n;
		if (tty && !quiet && now_seconds() - last > 0.5)
		{
			double		t = now_seconds() - t0;

			last = now_seconds();
			fprintf(stderr, "\r\033[Kuploading %s: %.1f MB (%.1f MB/s), %lld lines (%.0f lines/s)",
					path, bytes / 1e6, bytes / 1e6 / (t > 0 ? t : 1), lines, lines / (t > 0 ? t : 1));
		}
	}
	if (gz > 0)
		inflateEnd(&zs);
	p = put16(buf, 0xFFFF);
	PQputCopyData(conn, buf, 2);
	fclose(f);
	free(buf);
	free(zout);
	if (PQputCopyEnd(conn, NULL) != 1)
		return -1;
	res = PQgetResult(conn);
	if (PQresultStatus(res) != PGRES_COMMAND_OK)
	{
		fprintf(stderr, "hfstate-import: %s", PQerrorMessage(conn));
		PQclear(res);
		return -1;
	}
	PQclear(res);
	if (!quiet)
	{
		double		t = now_seconds() - t0;

		fprintf(stderr, "%suploaded %s: %.1f MB in %.1f s (%.1f MB/s), %lld lines\n", tty ? "\r\033[K" : "",
				path, bytes / 1e6, t, bytes / 1e6 / (t > 0 ? t : 1), lines);
	}
	return 0;
}

/* import one file in its own transaction; 0 on success */
static int
import_one(PGconn *conn, const char *kind, const char *snapshot, int strict, const char *path)
{
	const char *params[5];
	PGresult   *res;
	const char *base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;

	if (exec_ok(conn, "BEGIN") ||
		exec_ok(conn, "CREATE TEMP TABLE hfstate_upload (seq integer, data bytea) ON COMMIT DROP") ||
		upload(conn, path))
	{
		PQexec(conn, "ROLLBACK");
		return -1;
	}
	params[0] = kind;
	params[1] = path;
	params[2] = strcmp(snapshot, "auto") == 0 ? NULL : snapshot;
	params[3] = strict ? "true" : "false";
	params[4] = (tty && !quiet) ? "true" : "false";
	res = PQexecParams(conn,
					   "SELECT run_id, rows_read, rows_imported, rows_rejected, rows_new, rows_changed, edges "
					   "FROM hfstate.run_import($1, $2, $3::date, $4::boolean, $5::boolean, true)",
					   5, NULL, params, NULL, NULL, 0);
	if (PQresultStatus(res) != PGRES_TUPLES_OK)
	{
		fprintf(stderr, "hfstate-import: %s: %s", base, PQerrorMessage(conn));
		PQclear(res);
		PQexec(conn, "ROLLBACK");
		return -1;
	}
	if (!quiet)
		printf("%s: run %s: %s read, %s imported, %s rejected, %s new, %s changed, %s edges\n",
			   base, PQgetvalue(res, 0, 0), PQgetvalue(res, 0, 1), PQgetvalue(res, 0, 2),
			   PQgetvalue(res, 0, 3), PQgetvalue(res, 0, 4), PQgetvalue(res, 0, 5), PQgetvalue(res, 0, 6));
	PQclear(res);
	return exec_ok(conn, "COMMIT");
}

/* print usage */
static void
usage(void)
{
	fprintf(stderr,
			"usage: hfstate-import [-d CONNINFO] [--strict] [--quiet] KIND SNAPSHOT FILE...\n"
			"  KIND      models, datasets, spaces or configs\n"
			"  SNAPSHOT  YYYY-MM-DD, or auto to take the date in each file's path\n"
			"  FILE      Hub API JSON Lines or JSON array, plain or gzip\n"
			"Connection: PGHOST, PGPORT, PGUSER, PGDATABASE ... or -d CONNINFO.\n");
}

/*
 * main: parse arguments, connect, import each file.
 */
int
main(int argc, char **argv)
{
	const char *conninfo = "";
	int			strict = 0;
	int			i = 1;
	int			failed = 0;
	PGconn	   *conn;

	for (; i < argc && argv[i][0] == '-'; i++)
	{
		if (strcmp(argv[i], "-d") == 0 && i + 1 < argc)
			conninfo = argv[++i];
		else if (strcmp(argv[i], "--strict") == 0)
			strict = 1;
		else if (strcmp(argv[i], "--quiet") == 0)
			quiet = 1;
		else
		{
			usage();
			return 2;
		}
	}
	if (argc - i < 3)
	{
		usage();
		return 2;
	}
	tty = isatty(fileno(stderr));
	conn = PQconnectdb(conninfo);
	if (PQstatus(conn) != CONNECTION_OK)
	{
		fprintf(stderr, "hfstate-import: %s", PQerrorMessage(conn));
		return 1;
	}
	PQsetNoticeProcessor(conn, notice_processor, NULL);
	for (int f = i + 2; f < argc; f++)
		if (import_one(conn, argv[i], argv[i + 1], strict, argv[f]) != 0)
			failed = 1;
	PQfinish(conn);
	return failed;
}
