/*
 * src/import/import_source.h
 *
 * Byte sources for the importers: a server-side file, or a client's upload
 * staged in the session's temp table pg_temp.hfstate_upload(seq, data) by
 * COPY FROM STDIN; either may be gzip-compressed (detected by magic bytes).
 */
#ifndef HF_IMPORT_SOURCE_H
#define HF_IMPORT_SOURCE_H

#include "postgres.h"

#include <zlib.h>

#include "executor/spi.h"
#include "storage/fd.h"

typedef struct HfSource
{
	const char *name;			/* file name, for messages */
	int			fd;				/* server file, or -1 */
	Portal		portal;			/* staged upload cursor, or NULL */
	char	   *chunk;			/* current upload chunk */
	size_t		chunk_len;
	size_t		chunk_pos;
	bool		raw_eof;

	bool		gzip;
	z_stream	zs;
	unsigned char *zbuf;		/* compressed input buffer */
	bool		zs_done;		/* a gzip member ended and no more input */

	unsigned char peek[2];		/* first bytes, read to detect gzip */
	int			npeek;

	uint64		raw_bytes;		/* bytes read from the file or upload */
	uint64		out_bytes;		/* bytes handed out (uncompressed) */
	char		error[256];		/* corrupt or truncated compressed data */
	MemoryContext cxt;

	/* random access (Parquet): the server file's fd, or the upload copied here */
	File		tmpfile;		/* temporary copy of a staged upload, or -1 */
	uint64		size;			/* file size, once hf_source_random_access ran */
} HfSource;

extern void hf_source_open_file(HfSource *src, const char *path);
extern void hf_source_open_upload(HfSource *src, const char *name);
extern ssize_t hf_source_read(HfSource *src, char *buf, size_t len);
extern void hf_source_close(HfSource *src);
extern bool hf_source_is_parquet(HfSource *src);
extern uint64 hf_source_random_access(HfSource *src);
extern int	hf_source_pread(HfSource *src, uint64 offset, void *buf, size_t len,
							char *errbuf, size_t errlen);

#endif							/* HF_IMPORT_SOURCE_H */
