/*
 * gencodes - build the compiled-in country table (codes_table.c).
 *
 * usage: gencodes ISO_3166-1.json ALIASES.csv... > codes_table.c
 *
 * Reads ISO 3166-1 from Debian's iso-codes JSON (with jansson) and the
 * project's alias table (alias,code,aggregate,name), and writes two sorted
 * arrays for codes.c: the codes with their names and aggregate flags, and
 * every lookup key (alias, alpha-3, numeric, names; lower case).  An alias
 * row wins over an ISO key that is spelled the same.
 */
#include <csv.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct code {
	char	*code, *name;
	int	 aggregate;
};

struct key {
	char	*key;
	char	*code;
};

static struct code *codes;
static size_t ncodes, capcodes;
static struct key *keys;
static size_t nkeys, capkeys;

/* aliases.csv while it is parsed */
static char *fields[8];
static size_t nfields;
static size_t lineno;
static const char *aliasfile;
static struct arow {
	char	*alias, *code, *name;
	int	 agg;
} *arows;
static size_t narows;

static void *
xrealloc(void *p, size_t n)
{
	if ((p = realloc(p, n)) == NULL) {
		fprintf(stderr, "gencodes: out of memory\n");
		exit(1);
	}
	return p;
}

static char *
xstrdup(const char *s)
{
	char *p = xrealloc(NULL, strlen(s) + 1);

	return strcpy(p, s);
}

static struct code *
find_code(const char *code)
{
	size_t i;

	for (i = 0; i < ncodes; i++)
		if (strcmp(codes[i].code, code) == 0)
			return &codes[i];
	return NULL;
}

static void
add_code(const char *code, const char *name, int aggregate)
{
	if (find_code(code) != NULL)
		return;
	if (ncodes == capcodes) {
		capcodes = capcodes ? capcodes * 2 : 512;
		codes = xrealloc(codes, capcodes * sizeof(*codes));
	}
	codes[ncodes].code = xstrdup(code);
	codes[ncodes].name = xstrdup(name);
	codes[ncodes].aggregate = aggregate;
	ncodes++;
}

static void
add_key(const char *s, const char *code)
{
	char *k;
	size_t i, len;
	int digits = 1;

	while (*s == ' ')
		s++;
	len = strlen(s);
	while (len > 0 && s[len - 1] == ' ')
		len--;
	if (len == 0)
		return;
	for (i = 0; i < len; i++)
		if (s[i] < '0' || s[i] > '9')
			digits = 0;
	if (digits)
		while (len > 1 && *s == '0')
			s++, len--;
	k = xrealloc(NULL, len + 1);
	for (i = 0; i < len; i++)
		k[i] = (s[i] >= 'A' && s[i] <= 'Z') ? (char)(s[i] + 32) : s[i];
	k[len] = '\0';
	for (i = 0; i < nkeys; i++)
		if (strcmp(keys[i].key, k) == 0) {
			free(k);
			return;		/* the first spelling wins */
		}
	if (nkeys == capkeys) {
		capkeys = capkeys ? capkeys * 2 : 2048;
		keys = xrealloc(keys, capkeys * sizeof(*keys));
	}
	keys[nkeys].key = k;
	keys[nkeys].code = xstrdup(code);
	nkeys++;
}

static void
cb_field(void *s, size_t len, void *data)
{
	(void)data;
	if (nfields < 8) {
		fields[nfields] = xrealloc(NULL, len + 1);
		memcpy(fields[nfields], s, len);
		fields[nfields][len] = '\0';
		nfields++;
	}
}

static void
cb_row(int c, void *data)
{
	size_t i;

	(void)c;
	(void)data;
	lineno++;
	if (nfields == 0)
		return;
	if (nfields != 4) {
		fprintf(stderr, "gencodes: %s:%zu: %zu fields, want 4 "
		    "(alias,code,aggregate,name)\n", aliasfile, lineno, nfields);
		exit(1);
	}
	if (lineno > 1) {
		if (strcmp(fields[2], "0") != 0 && strcmp(fields[2], "1") != 0) {
			fprintf(stderr, "gencodes: %s:%zu: column 'aggregate': "
			    "want 0 or 1: '%s'\n", aliasfile, lineno, fields[2]);
			exit(1);
		}
		if (fields[1][0] == '\0') {
			fprintf(stderr, "gencodes: %s:%zu: column 'code': "
			    "empty\n", aliasfile, lineno);
			exit(1);
		}
		arows = xrealloc(arows, (narows + 1) * sizeof(*arows));
		arows[narows].alias = fields[0];
		arows[narows].code = fields[1];
		arows[narows].agg = fields[2][0] == '1';
		arows[narows].name = fields[3];
		narows++;
		free(fields[2]);
	} else
		for (i = 0; i < nfields; i++)
			free(fields[i]);
	nfields = 0;
}

static void
put_str(const char *s)
{
	putchar('"');
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;

		if (c == '"' || c == '\\')
			printf("\\%c", c);
		else if (c < 0x20 || c >= 0x7f)
			printf("\\%03o", c);
		else
			putchar(c);
	}
	putchar('"');
}

static int
cmp_keys(const void *a, const void *b)
{
	return strcmp(((const struct key *)a)->key,
	    ((const struct key *)b)->key);
}

static int
cmp_codes(const void *a, const void *b)
{
	return strcmp(((const struct code *)a)->code,
	    ((const struct code *)b)->code);
}

static const char *
jstr(json_t *o, const char *k)
{
	json_t *v = json_object_get(o, k);

	return json_is_string(v) ? json_string_value(v) : NULL;
}

int
main(int argc, char **argv)
{
	json_error_t jerr;
	json_t *root, *list, *e;
	struct csv_parser p;
	char buf[65536];
	size_t i, j, n;
	FILE *fp;
	int a;

	if (argc < 3) {
		fprintf(stderr, "usage: gencodes ISO_3166-1.json ALIASES.csv "
		    "...\n");
		return 2;
	}
	/* the alias files in order: a key spelled in two, the first's */
	for (a = 2; a < argc; a++) {
		aliasfile = argv[a];
		lineno = 0;
		if ((fp = fopen(aliasfile, "rb")) == NULL) {
			perror(aliasfile);
			return 1;
		}
		csv_init(&p, CSV_STRICT | CSV_STRICT_FINI);
		while ((n = fread(buf, 1, sizeof(buf), fp)) > 0)
			if (csv_parse(&p, buf, n, cb_field, cb_row, NULL) !=
			    n) {
				fprintf(stderr, "gencodes: %s: %s\n",
				    aliasfile, csv_strerror(csv_error(&p)));
				return 1;
			}
		if (csv_fini(&p, cb_field, cb_row, NULL) != 0) {
			fprintf(stderr, "gencodes: %s: unterminated quote\n",
			    aliasfile);
			return 1;
		}
		csv_free(&p);
		fclose(fp);
	}

	/* alias rows first: their keys win over ISO spellings */
	for (i = 0; i < narows; i++)
		add_key(arows[i].alias, arows[i].code);

	root = json_load_file(argv[1], 0, &jerr);
	if (root == NULL) {
		fprintf(stderr, "gencodes: %s:%d: %s\n", argv[1], jerr.line,
		    jerr.text);
		return 1;
	}
	list = json_object_get(root, "3166-1");
	if (!json_is_array(list)) {
		fprintf(stderr, "gencodes: %s: no \"3166-1\" array\n", argv[1]);
		return 1;
	}
	json_array_foreach(list, i, e) {
		const char *a3 = jstr(e, "alpha_3"), *num = jstr(e, "numeric");
		const char *name = jstr(e, "name"), *off = jstr(e, "official_name");
		const char *common = jstr(e, "common_name");
		const char *a2 = jstr(e, "alpha_2");

		if (a3 == NULL || name == NULL)
			continue;
		add_code(a3, common ? common : name, 0);
		add_key(a3, a3);
		if (num)
			add_key(num, a3);
		add_key(name, a3);
		if (off)
			add_key(off, a3);
		if (common)
			add_key(common, a3);
		/* alpha-2 under a prefix of its own, for the formats that
		 * write it (Comext): "DE" is not a key of every file */
		if (a2 && strlen(a2) == 2) {
			char k2[8];

			snprintf(k2, sizeof(k2), "iso2:%s", a2);
			add_key(k2, a3);
		}
	}
	json_decref(root);

	/* codes of the alias table's own (WLD, EU27, S19, G110...) */
	for (i = 0; i < narows; i++) {
		struct code *c = find_code(arows[i].code);

		if (c == NULL)
			add_code(arows[i].code, arows[i].name[0] ?
			    arows[i].name : arows[i].code, arows[i].agg);
		else if (arows[i].agg)
			c->aggregate = 1;
		else if (c->name[0] == '\0' && arows[i].name[0])
			c->name = xstrdup(arows[i].name);
		add_key(arows[i].code, arows[i].code);
	}
	for (i = 0; i < nkeys; i++)
		if (find_code(keys[i].code) == NULL) {
			fprintf(stderr, "gencodes: key '%s' names code '%s' that "
			    "is neither ISO nor in an alias file\n",
			    keys[i].key, keys[i].code);
			return 1;
		}

	qsort(codes, ncodes, sizeof(*codes), cmp_codes);
	qsort(keys, nkeys, sizeof(*keys), cmp_keys);
	printf("/* Generated by gencodes from %s and the alias files: do "
	    "not edit. */\n", argv[1]);
	printf("#include <stddef.h>\n#include \"codes.h\"\n\n");
	printf("const struct country codes_table[] = {\n");
	for (i = 0; i < ncodes; i++) {
		printf("\t{ ");
		put_str(codes[i].code);
		printf(", ");
		put_str(codes[i].name);
		printf(", %d },\n", codes[i].aggregate);
	}
	printf("};\nconst size_t codes_ntable = %zu;\n\n", ncodes);
	printf("const struct codes_key codes_keys[] = {\n");
	for (i = 0; i < nkeys; i++) {
		for (j = 0; j < ncodes; j++)
			if (strcmp(codes[j].code, keys[i].code) == 0)
				break;
		printf("\t{ ");
		put_str(keys[i].key);
		printf(", %zu },\n", j);
	}
	printf("};\nconst size_t codes_nkeys = %zu;\n", nkeys);
	return 0;
}
