# tradestat - small, fast programs for international trade statistics.
# make [all] | check | asan | tsan | demo | docs | bench | fuzz | install | clean

VERSION  = 0.1.0
PREFIX  ?= /usr/local
DESTDIR ?=
CC      ?= cc

# O is the build directory; bin/ holds the programs of the default build.
O       ?= build
BIN     ?= bin

WARN     = -Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes
ifeq ($(WERROR),1)
WARN    += -Werror
endif
# link-time optimisation: the reader's small accessors inline across
# files (trade-agg --by period on 10 M rows: 1.98 s -> 1.70 s); -O3 (the
# floating point of -O2: no -ffast-math, and no FMA to contract into
# without -march) 0.49 s -> 0.46 s
OPT     ?= -O3 -g -flto=auto
ISOJSON ?= /usr/share/iso-codes/json/iso_3166-1.json
ALIASES ?= data/codes/aliases.csv data/codes/comext.csv
GSL_CFLAGS := $(shell pkg-config --cflags gsl 2>/dev/null)
GSL_LIBS   := $(shell pkg-config --libs gsl 2>/dev/null || echo -lgsl -lgslcblas -lm)
# compressed input and zip archives (source.c)
ARCHIVE_LIBS := $(shell pkg-config --libs libarchive 2>/dev/null || echo -larchive)
CPPFLAGS += -D_POSIX_C_SOURCE=200809L -DTRADESTAT_VERSION='"$(VERSION)"' \
	    -Isrc/lib $(GSL_CFLAGS)
CFLAGS  += -std=c11 -pthread $(WARN) $(OPT) $(SAN)
LDFLAGS += -pthread $(SAN) $(filter -flto%,$(OPT))
LDLIBS  += -lcsv -ljansson -lxlsxwriter -lcurl $(ARCHIVE_LIBS) -lexpat \
	    $(GSL_LIBS) -lm

LIB_SRC  = $(wildcard src/lib/*.c)
LIB_OBJ  = $(LIB_SRC:src/lib/%.c=$(O)/lib/%.o) $(O)/lib/codes_table.o
LIB      = $(O)/libtradestat.a
PROG_SRC = $(wildcard src/*.c)
PROGS    = $(PROG_SRC:src/%.c=$(BIN)/%)
UNIT_SRC = $(wildcard tests/unit/*.c)
UNITS    = $(UNIT_SRC:tests/unit/%.c=$(O)/unit/%)
DEPS_OK  = $(O)/.deps-ok

.PHONY: all check asan asan-build tsan demo docs bench fuzz install uninstall clean deps \
	units
.DELETE_ON_ERROR:

all: $(PROGS)

deps: $(DEPS_OK)
$(DEPS_OK): scripts/deps.sh
	@scripts/deps.sh build
	@mkdir -p $(O) && touch $@

$(O)/lib/%.o: src/lib/%.c $(wildcard src/lib/*.h) | $(DEPS_OK)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) -c -o $@ $<

# The country table is compiled in: ISO 3166-1 from Debian's iso-codes,
# plus data/codes/aliases.csv (what trade data adds) and comext.csv
# (Eurostat Comext's labels, English, French and German).
$(O)/gencodes: src/tools/gencodes.c | $(DEPS_OK)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) -std=c11 $(WARN) -O1 -o $@ $< -lcsv -ljansson
$(O)/codes_table.c: $(O)/gencodes $(ALIASES)
	$(O)/gencodes $(ISOJSON) $(ALIASES) > $@
$(O)/lib/codes_table.o: $(O)/codes_table.c src/lib/codes.h
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) -c -o $@ $<

$(LIB): $(LIB_OBJ)
	rm -f $@
	gcc-ar rcs $@ $^

$(BIN)/%: src/%.c $(wildcard src/lib/*.h) $(LIB)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $< $(LIB) $(LDLIBS)

$(O)/unit/%: tests/unit/%.c $(wildcard tests/unit/*.h) $(LIB)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $< $(LIB) $(LDLIBS)

# the local server that plays the Comtrade API for trade-fetch's tests
$(O)/unit/fakeapi: tests/tools/fakeapi.c | $(DEPS_OK)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $< -ljansson

units: $(UNITS) $(O)/unit/fakeapi

# The whole suite: unit tests, CLI golden tests, bad-input corpus, and the
# acceptance tests on ../shared/data (skipped, and said so, without it).
check: all units
	@scripts/deps.sh test
	@BIN=$(BIN) UNITDIR=$(O)/unit sh tests/run.sh

# the sanitizers see both scanners: the unit tests read every input with
# SSE2 and with the portable code (CSVR_PORTABLE_SCAN, chosen per call),
# and the CLI suite runs the default build's (SSE2 where the machine has
# it)
ASAN_FLAGS = -fsanitize=address,undefined -fno-omit-frame-pointer \
	     -fno-sanitize-recover=undefined
# the sanitizer build alone (.ci/run builds it on both cores first)
asan-build:
	$(MAKE) O=build/asan BIN=build/asan/bin OPT='-O1 -g' \
	    SAN='$(ASAN_FLAGS)' all units

asan:
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 \
	UBSAN_OPTIONS=print_stacktrace=1 \
	    $(MAKE) O=build/asan BIN=build/asan/bin OPT='-O1 -g' \
	    SAN='$(ASAN_FLAGS)' check

# the code that runs on several threads, under ThreadSanitizer: the
# cases of every program that reads on threads (tradepar.c: trade-agg,
# -conc, -share, -trend, -mirror, -rca, -load, -filter), merges a
# partitioned roll-up or spills it past --memory (cli.c, spill.c), fills
# an evidence set per thread (trade-claim), decompresses beside the parser
# (source.c) or gives back what it sniffed of a table (tablefilter.c).
# TSAN_CASES=/ runs the whole suite (some forty minutes on two loaded
# cores, too long for CI).
TSAN_CASES = parallel threads many-groups fast-paths input-is-output \
	     read-with trade-agg/exact fast-equals-slow tar-members \
	     encodings compressed json-gzip test_source test_tablefilter \
	     trade-filter/tables trade-claim/threads test_evidence_merge \
	     trade-agg/memory test_spill test_agg_spill stdin-file \
	     trade-conc/stream
tsan:
	TSAN_OPTIONS=halt_on_error=1 \
	    $(MAKE) O=build/tsan BIN=build/tsan/bin OPT='-O1 -g' \
	    SAN=-fsanitize=thread all units
	@for p in $(TSAN_CASES); do \
		TSAN_OPTIONS=halt_on_error=1 UNITDIR=build/tsan/unit \
		    BIN=build/tsan/bin sh tests/run.sh $$p || exit 1; \
	done

demo: all
	@scripts/deps.sh test
	@BIN=$(BIN) sh scripts/demo.sh

docs: all
	@scripts/deps.sh test
	@BIN=$(BIN) sh scripts/docs.sh

bench: all
	@bash bench/run.sh

# libFuzzer harnesses, each for FUZZ_TIME seconds (default 60)
fuzz:
	@sh tests/fuzz/run.sh

install: all
	mkdir -p $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1
	cp $(PROGS) $(DESTDIR)$(PREFIX)/bin/
	cp docs/*.1 $(DESTDIR)$(PREFIX)/share/man/man1/
	mkdir -p $(DESTDIR)$(PREFIX)/share/tradestat
	cp -R data/lists data/claims data/published $(DESTDIR)$(PREFIX)/share/tradestat/

uninstall:
	rm -f $(PROGS:$(BIN)/%=$(DESTDIR)$(PREFIX)/bin/%)
	rm -f $(patsubst docs/%,$(DESTDIR)$(PREFIX)/share/man/man1/%,$(wildcard docs/*.1))
	rm -rf $(DESTDIR)$(PREFIX)/share/tradestat

clean:
	rm -rf build bin out
