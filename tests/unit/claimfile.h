/*
 * claimfile.h - claims written to a file in a scratch directory and read
 * back with claims_read(): the fixture of test_claims.c and
 * test_evidence_merge.c.  claimfile_open() makes the directory,
 * claimfile_close() removes it.
 */
#ifndef TRADESTAT_CLAIMFILE_H
#define TRADESTAT_CLAIMFILE_H

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "claims.h"

static char dir[64];

/* A claims file of the header and lines; the claims read. */
static struct claim *
claims_of(const char *lines, size_t *n)
{
	struct claims_opts co = { NULL, NULL };
	char path[128], err[1024];
	struct claim *cl;
	FILE *fp;

	snprintf(path, sizeof(path), "%s/claims.csv", dir);
	if ((fp = fopen(path, "w")) == NULL)
		return NULL;
	fputs("id,claim,metric,reporter,partner,flow,product,period,"
	    "expected,tolerance,source\n", fp);
	fputs(lines, fp);
	fclose(fp);
	co.lists = dir;
	if (claims_read(path, &co, &cl, n, err, sizeof(err)) != 0)
		fprintf(stderr, "claims_read: %s\n", err);
	return cl;
}

/* The scratch directory /tmp/NAME.XXXXXX: 0, or -1 said on stderr. */
static int
claimfile_open(const char *name)
{
	snprintf(dir, sizeof(dir), "/tmp/%s.XXXXXX", name);
	if (mkdtemp(dir) == NULL) {
		perror("mkdtemp");
		return -1;
	}
	return 0;
}

static void
claimfile_close(void)
{
	char path[128];

	snprintf(path, sizeof(path), "%s/claims.csv", dir);
	unlink(path);
	rmdir(dir);
}

#endif
