/*
 * test_prodlist.c - a product list translated between HS editions: the
 * codes it maps, and the notes it hands back (the library prints none).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "prodlist.h"
#include "test.h"

int
main(void)
{
	struct prodlist l = { 0 };
	struct prodlist_notes notes = { 0 };
	char path[] = "/tmp/tradestat-corr.XXXXXX", err[512];
	FILE *fp;
	int fd;

	/* HS2022 -> HS2017: 847141 is 1:1, 852412 is n:n with 852910 and
	 * 901380; 999999 is not in the table */
	fd = mkstemp(path);
	CHECK(fd >= 0);
	fp = fdopen(fd, "w");
	fputs("hs2022,hs2017,relationship\n847141,847141,1:1\n"
	    "852412,852910,n:n\n852412,901380,n:n\n850760,850780,1:1\n", fp);
	fclose(fp);
	CHECK(prodlist_add_codes(&l, "847141,852412,999999", err,
	    sizeof(err)) == 0);
	CHECK(prodlist_translate(&l, path, &notes, err, sizeof(err)) == 0);
	CHECK(l.n == 2);
	CHECK(prodlist_match(&l, "847141"));
	CHECK(prodlist_match(&l, "999999"));
	CHECK(!prodlist_match(&l, "852910"));
	CHECK(notes.n == 2);
	if (notes.n == 2) {
		CHECK(strstr(notes.line[0], ": 852412 (hs2022) corresponds n:n "
		    "to 2 hs2017 codes (852910 901380): left out of the list, "
		    "since those codes hold other goods too") != NULL);
		CHECK(strstr(notes.line[1], ": 999999 is not in the hs2022 "
		    "column; kept as it is") != NULL);
	}
	prodlist_notes_free(&notes);
	CHECK(notes.n == 0 && notes.line == NULL);
	/* an error leaves the list as it was and says where */
	fp = fopen(path, "w");
	fputs("hs2022,hs2017\n847141,84714x\n", fp);
	fclose(fp);
	CHECK(prodlist_translate(&l, path, &notes, err, sizeof(err)) == -1);
	CHECK(strstr(err, ":2: not an HS code") != NULL);
	CHECK(l.n == 2);
	unlink(path);
	prodlist_free(&l);
	return test_done("test_prodlist");
}
