/*
 * tee.h - standard input kept aside as it is read, so that a program
 * that streams it can read it again from its start when it finds it
 * must (input out of the order it streams): a thread copies fd 0 to an
 * unlinked temporary file and to a pipe of its own, which the program
 * reads by the name tee_path() gives.  Memory is a buffer; the disk
 * holds the input.
 */
#ifndef TRADESTAT_TEE_H
#define TRADESTAT_TEE_H

#include <stdio.h>

struct tee;

/*
 * The input (argc files; none, or "-": standard input) for a first pass
 * that may have to read it again from its start: *names and *n are what
 * to read it by in the first (one is the caller's room for one name).
 * Regular files are read by their names; standard input that is a
 * regular file at its start by /dev/stdin, fd 0 and its offset left for
 * the second; a pipe on standard input through tee_start() (*tp, NULL
 * otherwise).  0 when the input cannot be read twice (a terminal, "-"
 * among files, a file that is not regular, no tee to be had).
 */
int		 tee_input(int argc, char **argv, char ***names, int *n,
		    char **one, struct tee **tp);
/* An unlinked temporary file, open for writing and reading, in tmpdir
 * (NULL or "": /tmp); NULL when there is none to be had. */
FILE		*tee_tmpfile(const char *tmpdir);

/*
 * Start copying standard input (a pipe, not a regular file: that one
 * can be read again as it is) into a temporary file in tmpdir (NULL or
 * "": /tmp).  NULL when it cannot be set up (fd 0 is then untouched).
 */
struct tee	*tee_start(const char *tmpdir);
/* The name the input is read by ("/dev/fd/N"), valid until tee_free(). */
const char	*tee_path(const struct tee *t);
/*
 * After the reader of tee_path() is closed: the rest of standard input
 * is copied aside, and fd 0 becomes the copy, at its start, for the
 * input to be read again as standard input.  0, or -1 with errno when
 * the copy could not be made (a full disk) or fd 0 could not be read.
 */
int		 tee_rewind(struct tee *t);
/* Wait for the copy to end and free t: 0, or -1 with errno when fd 0
 * could not be read (the reader of tee_path() then saw the input end
 * early). */
int		 tee_free(struct tee *t);

#endif
