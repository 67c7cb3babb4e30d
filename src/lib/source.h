/*
 * source.h - the bytes of an input, as a file descriptor to read: a file
 * or standard input as it is, or, when its first bytes say it is
 * compressed (gzip, bzip2, xz, zstd) or a zip archive, what its
 * decompressor gives, written into a pipe by a thread of its own (so
 * decompression runs on one core while the reader parses on another, in
 * flat memory).  A zip or a tar archive (compressed or not) gives each
 * data member in turn, named "ARCHIVE:MEMBER" for messages.
 */
#ifndef TRADESTAT_SOURCE_H
#define TRADESTAT_SOURCE_H

#include <stddef.h>

enum source_kind {
	SOURCE_PLAIN, SOURCE_GZIP, SOURCE_BZIP2, SOURCE_XZ, SOURCE_ZSTD,
	SOURCE_ZIP, SOURCE_TAR
};

struct source;

/* The kind told by the first n bytes of b. */
enum source_kind source_magic(const void *b, size_t n);
/* The kind of a named file ("-": standard input, looked at from its
 * offset when it is a regular file, else SOURCE_PLAIN); a file that
 * cannot be read is SOURCE_PLAIN too (its reader says why). */
enum source_kind source_kind_of(const char *path);
/* The name of a kind ("gzip"...). */
const char	*source_kind_name(enum source_kind k);

/*
 * Open path ("-" or NULL: standard input, named "<stdin>") and look at
 * its first bytes.  NULL on failure with the message in err (size n).
 * The caller takes members with source_next() and frees with
 * source_close().
 */
struct source	*source_open(const char *path, char *err, size_t n);
enum source_kind source_kind(const struct source *s);
/*
 * The next member: 1 with its name in *name (the path, or
 * "ARCHIVE:MEMBER"; valid until the next call) and its bytes on a file
 * descriptor that csvr_open(*name) takes (source_fd()), or that the
 * caller may read itself with source_cur_fd(); 0 when no member is left;
 * -1 on a decompression error (source_error()).
 */
int		 source_next(struct source *s, const char **name);
int		 source_cur_fd(const struct source *s);
/*
 * Once the reader of the current member saw its end (or failed): 0 when
 * its bytes were all there, -1 when decompression failed, a truncated
 * or corrupt input, with "NAME: what" in source_error().
 */
int		 source_check(struct source *s);
const char	*source_error(const struct source *s);
/*
 * A zip's member whose base name starts with prefix (BACI's
 * country_codes), taken out of order into a temporary file and made
 * ready for csvr_open() under the name it returns (freed by
 * source_close()); NULL when there is none (or s is no zip), or on a
 * read error (source_error() is then set).
 */
const char	*source_side_member(struct source *s, const char *prefix);
/* Stop the decompressor, close what the caller did not take, free s. */
void		 source_close(struct source *s);

/*
 * For csvr_open(): the descriptor of *path (made ready by source_next()
 * or source_side_member(), or else the path opened now through
 * source_open(), whose first member it gives); *path becomes "<stdin>"
 * for "-" or NULL.  -1 with *err set on failure.
 */
int		 source_fd(const char **path, const char **err);

#endif
