/*
 * flow.c - flow labels.
 */
#include <string.h>

#include "flow.h"

static const struct {
	const char	*label;
	enum flow	 flow;
} labels[] = {
	{ "M", FLOW_M }, { "X", FLOW_X }, { "RM", FLOW_RM }, { "RX", FLOW_RX },
	{ "1", FLOW_M }, { "2", FLOW_X }, { "3", FLOW_RX }, { "4", FLOW_RM },
	{ "import", FLOW_M }, { "export", FLOW_X },
	{ "imports", FLOW_M }, { "exports", FLOW_X },
	{ "re-export", FLOW_RX }, { "re-import", FLOW_RM },
	{ "re-exports", FLOW_RX }, { "re-imports", FLOW_RM },
	{ "reexport", FLOW_RX }, { "reimport", FLOW_RM },
	{ "1-import", FLOW_M }, { "2-export", FLOW_X },
	{ "mg", FLOW_M }, { "xg", FLOW_X }, { "total", FLOW_T },
};

enum flow
flow_parse(const char *s, size_t len)
{
	char buf[16];
	size_t i;

	while (len > 0 && (*s == ' ' || *s == '\t'))
		s++, len--;
	while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t'))
		len--;
	if (len == 1 || (len == 2 && (s[0] == 'R' || s[0] == 'r'))) {
		/* the common codes first */
		int c = s[len - 1] | 0x20;

		if (len == 1) {
			switch (s[0] | 0x20) {
			case 'm':
			case '1':
				return FLOW_M;
			case 'x':
			case '2':
				return FLOW_X;
			case '3':
				return FLOW_RX;
			case '4':
				return FLOW_RM;
			case 't':
				return FLOW_T;
			}
			return FLOW_NONE;
		}
		if (c == 'm')
			return FLOW_RM;
		if (c == 'x')
			return FLOW_RX;
	}
	if (len == 0 || len >= sizeof(buf))
		return FLOW_NONE;
	for (i = 0; i < len; i++)
		buf[i] = (s[i] >= 'A' && s[i] <= 'Z') ? (char)(s[i] + 32) : s[i];
	buf[len] = '\0';
	for (i = 0; i < sizeof(labels) / sizeof(labels[0]); i++) {
		const char *l = labels[i].label;

		if (l[0] >= 'A' && l[0] <= 'Z') {
			/* upper-case codes compare case-insensitively too */
			char lc[4];
			size_t k;

			for (k = 0; l[k]; k++)
				lc[k] = (char)(l[k] + 32);
			lc[k] = '\0';
			if (strcmp(buf, lc) == 0)
				return labels[i].flow;
		} else if (strcmp(buf, l) == 0)
			return labels[i].flow;
	}
	return FLOW_NONE;
}

const char *
flow_code(enum flow f)
{
	switch (f) {
	case FLOW_M:
		return "M";
	case FLOW_X:
		return "X";
	case FLOW_RM:
		return "RM";
	case FLOW_RX:
		return "RX";
	case FLOW_T:
		return "T";
	default:
		return "";
	}
}

enum flow
flow_mirror(enum flow f)
{
	switch (f) {
	case FLOW_M:
		return FLOW_X;
	case FLOW_X:
		return FLOW_M;
	case FLOW_RM:
		return FLOW_RX;
	case FLOW_RX:
		return FLOW_RM;
	case FLOW_T:
		return FLOW_T;
	default:
		return FLOW_NONE;
	}
}
