/*
 * src/import/import_source.c
 *
 * Byte sources for the importers (see import_source.h).  zlib allocates in a
 * memory context of its own so an error anywhere leaks nothing.
 */
#include "postgres.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "catalog/namespace.h"
#include "catalog/pg_authid.h"
#include "miscadmin.h"
#include "storage/fd.h"
#include "utils/acl.h"
#include "utils/builtins.h"
#include "utils/memutils.h"
#include "utils/wait_event.h"

#include "import/import_source.h"

#define HF_ZBUF_SIZE	(256 * 1024)

/* zlib allocator on the source's memory context */
static voidpf
hf_zalloc(voidpf opaque, uInt items, uInt size)
{
	return MemoryContextAllocExtended((MemoryContext) opaque, (Size) items * size, MCXT_ALLOC_HUGE);
}

/* zlib deallocator */
static void
hf_zfree(voidpf opaque, voidpf address)
{
	pfree(address);
}

/* common initialisation */
static void
source_init(HfSource *src, const char *name)
{
	memset(src, 0, sizeof(*src));
	src->name = name;
	src->fd = -1;
	src->tmpfile = -1;
	src->cxt = AllocSetContextCreate(CurrentMemoryContext, "hfstate source", ALLOCSET_DEFAULT_SIZES);
}

/*
 * hf_source_open_file: open a server-side file.  Like COPY FROM a file, this
 * needs superuser or membership in pg_read_server_files.
 */
void
hf_source_open_file(HfSource *src, const char *path)
{
	if (!superuser() && !has_privs_of_role(GetUserId(), ROLE_PG_READ_SERVER_FILES))
		ereport(ERROR,
				(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
				 errmsg("permission denied to read server file \"%s\"", path),
				 errdetail("Only superusers and members of pg_read_server_files may import server-side files."),
				 errhint("Use the client-side importer hfstate-import, which streams the file through COPY FROM STDIN.")));
	source_init(src, path);
	src->fd = OpenTransientFile(path, O_RDONLY | PG_BINARY);
	if (src->fd < 0)
		ereport(ERROR,
				(errcode_for_file_access(),
				 errmsg("could not open file \"%s\" for reading: %m", path)));
}

/*
 * hf_source_open_upload: read the chunks the client staged in
 * pg_temp.hfstate_upload, in seq order.  Needs an SPI connection.
 */
void
hf_source_open_upload(HfSource *src, const char *name)
{
	SPIPlanPtr	plan;

	source_init(src, name);
	if (!OidIsValid(RelnameGetRelid("hfstate_upload")))
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_TABLE),
				 errmsg("no staged upload in this session"),
				 errdetail("The client-side import reads the temporary table pg_temp.hfstate_upload (seq integer, data bytea)."),
				 errhint("Use hfstate-import, or CREATE TEMP TABLE hfstate_upload (seq integer, data bytea) and COPY the file's bytes into it.")));
	plan = SPI_prepare("SELECT data FROM pg_temp.hfstate_upload ORDER BY seq", 0, NULL);
	if (plan == NULL)
		elog(ERROR, "SPI_prepare failed: %s", SPI_result_code_string(SPI_result));
	src->portal = SPI_cursor_open(NULL, plan, NULL, NULL, true);
}

/* read raw (possibly compressed) bytes; 0 at end */
static ssize_t
raw_read(HfSource *src, char *buf, size_t len)
{
	ssize_t		n;

	if (src->raw_eof)
		return 0;
	if (src->fd >= 0)
	{
		n = read(src->fd, buf, len);
		if (n < 0)
			ereport(ERROR,
					(errcode_for_file_access(),
					 errmsg("could not read file \"%s\": %m", src->name)));
		if (n == 0)
			src->raw_eof = true;
		src->raw_bytes += n;
		return n;
	}
	while (src->chunk_pos >= src->chunk_len)
	{
		bool		isnull;
		Datum		d;
		bytea	   *b;

		SPI_cursor_fetch(src->portal, true, 1);
		if (SPI_processed == 0)
		{
			src->raw_eof = true;
			return 0;
		}
		d = SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull);
		if (src->chunk)
			pfree(src->chunk);
		src->chunk = NULL;
		src->chunk_len = src->chunk_pos = 0;
		if (!isnull)
		{
			MemoryContext old = MemoryContextSwitchTo(src->cxt);

			b = DatumGetByteaPP(d);
			src->chunk_len = VARSIZE_ANY_EXHDR(b);
			src->chunk = palloc_extended(Max(src->chunk_len, 1), MCXT_ALLOC_HUGE);
			memcpy(src->chunk, VARDATA_ANY(b), src->chunk_len);
			MemoryContextSwitchTo(old);
		}
		SPI_freetuptable(SPI_tuptable);
	}
	n = Min(len, src->chunk_len - src->chunk_pos);
	memcpy(buf, src->chunk + src->chunk_pos, n);
	src->chunk_pos += n;
	src->raw_bytes += n;
	return n;
}

/* raw bytes, first handing back the peeked ones */
static ssize_t
raw_read_peeked(HfSource *src, char *buf, size_t len)
{
	if (src->npeek > 0 && len > 0)
	{
		size_t		n = Min(len, (size_t) src->npeek);

		memcpy(buf, src->peek, n);
		memmove(src->peek, src->peek + n, src->npeek - n);
		src->npeek -= n;
		return n;
	}
	return raw_read(src, buf, len);
}

/* set up gzip decoding if the data starts with the gzip magic */
static void
detect_gzip(HfSource *src)
{
	while (src->npeek < 2)
	{
		ssize_t		n = raw_read(src, (char *) src->peek + src->npeek, 2 - src->npeek);

		if (n <= 0)
			break;
		src->npeek += n;
	}
	if (src->npeek == 2 && src->peek[0] == 0x1f && src->peek[1] == 0x8b)
	{
		src->gzip = true;
		src->zs.zalloc = hf_zalloc;
		src->zs.zfree = hf_zfree;
		src->zs.opaque = (voidpf) src->cxt;
		src->zbuf = MemoryContextAlloc(src->cxt, HF_ZBUF_SIZE);
		if (inflateInit2(&src->zs, 15 + 16) != Z_OK)
			ereport(ERROR,
					(errcode(ERRCODE_OUT_OF_MEMORY),
					 errmsg("could not initialise gzip decompression for \"%s\"", src->name)));
	}
}

/*
 * hf_source_read: up to len decompressed bytes; 0 at the end of the data, -1
 * when compressed data is corrupt or truncated (src->error says how; what came
 * before is intact).
 */
ssize_t
hf_source_read(HfSource *src, char *buf, size_t len)
{
	ssize_t		n;

	if (src->raw_bytes == 0 && src->npeek == 0 && !src->raw_eof)
		detect_gzip(src);
	if (!src->gzip)
	{
		n = raw_read_peeked(src, buf, len);
		src->out_bytes += Max(n, 0);
		return n;
	}
	if (src->zs_done)
		return 0;
	src->zs.next_out = (Bytef *) buf;
	src->zs.avail_out = len;
	while (src->zs.avail_out == len)
	{
		int			rc;

		if (src->zs.avail_in == 0)
		{
			n = raw_read_peeked(src, (char *) src->zbuf, HF_ZBUF_SIZE);
			if (n == 0)
			{
				snprintf(src->error, sizeof(src->error),
						 "unexpected end of gzip data after %llu compressed bytes",
						 (unsigned long long) src->raw_bytes);
				return -1;
			}
			src->zs.next_in = src->zbuf;
			src->zs.avail_in = n;
		}
		rc = inflate(&src->zs, Z_NO_FLUSH);
		if (rc == Z_STREAM_END)
		{
			/* another gzip member may follow (concatenated .gz files) */
			if (src->zs.avail_in == 0)
			{
				n = raw_read_peeked(src, (char *) src->zbuf, HF_ZBUF_SIZE);
				if (n == 0)
				{
					src->zs_done = true;
					break;
				}
				src->zs.next_in = src->zbuf;
				src->zs.avail_in = n;
			}
			inflateReset(&src->zs);
		}
		else if (rc != Z_OK && rc != Z_BUF_ERROR)
		{
			snprintf(src->error, sizeof(src->error),
					 "corrupt gzip data near compressed byte %llu: %s",
					 (unsigned long long) src->raw_bytes, src->zs.msg ? src->zs.msg : "unknown error");
			return -1;
		}
		CHECK_FOR_INTERRUPTS();
	}
	n = len - src->zs.avail_out;
	src->out_bytes += n;
	return n;
}

/*
 * hf_source_close: release the file or cursor and the decompressor.
 */
void
hf_source_close(HfSource *src)
{
	if (src->gzip)
		inflateEnd(&src->zs);
	if (src->fd >= 0)
		CloseTransientFile(src->fd);
	if (src->tmpfile >= 0)
		FileClose(src->tmpfile);
	src->tmpfile = -1;
	if (src->portal)
		SPI_cursor_close(src->portal);
	src->fd = -1;
	src->portal = NULL;
	MemoryContextDelete(src->cxt);
}

/*
 * load_first_chunk: make the upload's first chunk current without consuming
 * any of it (for format detection).
 */
static void
load_first_chunk(HfSource *src)
{
	char		dummy;

	if (src->chunk != NULL || src->raw_eof || src->raw_bytes > 0)
		return;
	/* a zero-length read fetches chunks until one has data */
	(void) raw_read(src, &dummy, 0);
}

/*
 * hf_source_is_parquet: does the data start with the Parquet magic "PAR1"?
 * Reads nothing from the stream: the server file is probed with pread, the
 * upload's first chunk is fetched and left unconsumed.
 */
bool
hf_source_is_parquet(HfSource *src)
{
	char		magic[4];

	if (src->fd >= 0)
	{
		if (pread(src->fd, magic, 4, 0) != 4)
			return false;
		return memcmp(magic, "PAR1", 4) == 0;
	}
	if (src->portal == NULL)
		return false;
	load_first_chunk(src);
	return src->chunk_len - src->chunk_pos >= 4 && memcmp(src->chunk + src->chunk_pos, "PAR1", 4) == 0;
}

/*
 * hf_source_random_access: prepare reads at any offset and return the size.
 * A server file is read in place with pread; a staged upload is copied once
 * into a temporary file (deleted at close or at the end of the transaction),
 * so reads do not depend on how the client cut the upload into chunks and
 * only one chunk is in memory at a time.
 */
uint64
hf_source_random_access(HfSource *src)
{
	if (src->fd >= 0)
	{
		struct stat st;

		if (fstat(src->fd, &st) != 0)
			ereport(ERROR,
					(errcode_for_file_access(),
					 errmsg("could not stat file \"%s\": %m", src->name)));
		src->size = (uint64) st.st_size;
		return src->size;
	}
	src->tmpfile = OpenTemporaryFile(false);
	src->size = 0;
	for (;;)
	{
		char	   *buf;
		ssize_t		n;

		load_first_chunk(src);
		if (src->chunk_pos >= src->chunk_len)
		{
			char		dummy;

			/* fetch the next chunk (a zero-length read moves to it) */
			(void) raw_read(src, &dummy, 0);
			if (src->chunk_pos >= src->chunk_len)
				break;
		}
		buf = src->chunk + src->chunk_pos;
		n = src->chunk_len - src->chunk_pos;
		if (FileWrite(src->tmpfile, buf, (int) n, (off_t) src->size, WAIT_EVENT_BUFFILE_WRITE) != n)
			ereport(ERROR,
					(errcode_for_file_access(),
					 errmsg("could not write a temporary copy of the upload \"%s\": %m", src->name)));
		src->size += n;
		src->raw_bytes += n;
		src->chunk_pos = src->chunk_len;
		CHECK_FOR_INTERRUPTS();
	}
	return src->size;
}

/*
 * hf_source_pread: exactly len bytes at offset, for the Parquet reader's
 * read_at callback.  Returns 0, or -1 with a reason in errbuf; never throws.
 */
int
hf_source_pread(HfSource *src, uint64 offset, void *buf, size_t len, char *errbuf, size_t errlen)
{
	size_t		done = 0;

	if (offset > src->size || len > src->size - offset)
	{
		snprintf(errbuf, errlen, "read of %zu bytes at offset %llu is past the end of the file (%llu bytes)",
				 len, (unsigned long long) offset, (unsigned long long) src->size);
		return -1;
	}
	while (done < len)
	{
		size_t		want = Min(len - done, (size_t) (1 << 30));
		ssize_t		n;

		if (src->fd >= 0)
			n = pread(src->fd, (char *) buf + done, want, (off_t) (offset + done));
		else
			n = FileRead(src->tmpfile, (char *) buf + done, (int) want, (off_t) (offset + done),
						 WAIT_EVENT_BUFFILE_READ);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
		{
			snprintf(errbuf, errlen, "%s", n < 0 ? strerror(errno) : "unexpected end of file");
			return -1;
		}
		done += n;
	}
	return 0;
}
