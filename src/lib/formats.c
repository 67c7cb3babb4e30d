/*
 * formats.c - the table of input formats (formats.h), and their names
 * for --format, usage and messages, made from it.
 */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "tradefmt.h"

#define TRADE_FORMAT_PTR(e, ops)	&ops,
const struct trade_format_ops *const trade_formats[] = {
	TRADE_FORMATS(TRADE_FORMAT_PTR)
};
#undef TRADE_FORMAT_PTR
const size_t trade_nformats = sizeof(trade_formats) / sizeof(trade_formats[0]);

/* The names, made once: the list, and the usage lines. */
static pthread_once_t names_once = PTHREAD_ONCE_INIT;
static char name_list[1024];
static char name_usage[2048];

#define USAGE_COLS	72	/* a usage line's width at most */
#define USAGE_INDENT	"                        "

static void
make_names(void)
{
	size_t i, o = 0, u, line;
	int w;

	for (i = 0; i < trade_nformats; i++) {
		w = snprintf(name_list + o, sizeof(name_list) - o, "%s%s",
		    i ? ", " : "", trade_formats[i]->name);
		if (w > 0 && (size_t)w < sizeof(name_list) - o)
			o += (size_t)w;
	}
	/* "input format: auto (default), NAME, NAME," wrapped under the
	 * options' descriptions */
	u = (size_t)snprintf(name_usage, sizeof(name_usage), "  -f, --format "
	    "F        input format: auto (default),");
	line = u;
	for (i = 0; i < trade_nformats; i++) {
		const char *n = trade_formats[i]->name;
		size_t need = 1 + strlen(n) + (i + 1 < trade_nformats);

		if (u + sizeof(USAGE_INDENT) + need + 2 >= sizeof(name_usage))
			break;
		if (line + need > USAGE_COLS) {
			u += (size_t)snprintf(name_usage + u,
			    sizeof(name_usage) - u, "\n%s", USAGE_INDENT);
			line = sizeof(USAGE_INDENT) - 1;
			need--;		/* no space after the indent */
		} else
			name_usage[u++] = ' ';
		u += (size_t)snprintf(name_usage + u, sizeof(name_usage) - u,
		    "%s%s", n, i + 1 < trade_nformats ? "," : "");
		line += need;
	}
	snprintf(name_usage + u, sizeof(name_usage) - u, "\n");
}

const struct trade_format_ops *
trade_format_find(enum trade_format f)
{
	size_t i;

	for (i = 0; i < trade_nformats; i++)
		if (trade_formats[i]->fmt == f)
			return trade_formats[i];
	return NULL;
}

int
trade_format_parse(const char *name)
{
	size_t i;

	if (strcmp(name, "auto") == 0)
		return FMT_AUTO;
	for (i = 0; i < trade_nformats; i++)
		if (strcmp(name, trade_formats[i]->name) == 0)
			return (int)trade_formats[i]->fmt;
	return -1;
}

const char *
trade_format_name(enum trade_format f)
{
	size_t i;

	for (i = 0; i < trade_nformats; i++)
		if (trade_formats[i]->fmt == f)
			return trade_formats[i]->name;
	return "auto";
}

const char *
trade_format_list(void)
{
	pthread_once(&names_once, make_names);
	return name_list;
}

const char *
trade_format_usage(void)
{
	pthread_once(&names_once, make_names);
	return name_usage;
}
