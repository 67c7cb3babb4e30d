#!/bin/sh
# run.sh - build the libFuzzer harnesses with clang and run each for
# FUZZ_TIME seconds (default 60; FUZZ_ONLY="fuzz_x fuzz_y" for some), seeded with the real files in
# ../shared/data (when present) and the bad-input corpus in tests/bad.
# A crash leaves its input in build/fuzz/<harness>/crash-*: make it a
# tests/bad case.
set -eu
cd "$(dirname "$0")/../.."
FUZZ_TIME=${FUZZ_TIME:-60}
out=build/fuzz
mkdir -p "$out"
command -v clang >/dev/null || {
	echo "fuzz: clang is needed: apt-get install -y clang libclang-rt-14-dev" >&2
	exit 1
}
make -s O=build/fuzzlib CC=clang OPT='-O1 -g' \
    SAN='-fsanitize=fuzzer-no-link,address,undefined' build/fuzzlib/libtradestat.a
for h in tests/fuzz/fuzz_*.c; do
	name=$(basename "$h" .c)
	clang -std=c11 -D_POSIX_C_SOURCE=200809L -O1 -g -Isrc/lib \
	    -fsanitize=fuzzer,address,undefined -o "$out/$name" "$h" \
	    build/fuzzlib/libtradestat.a -lcsv -ljansson -lxlsxwriter \
	    $(pkg-config --libs gsl) -lm
	corpus=$out/$name.corpus
	mkdir -p "$corpus"
	case " ${FUZZ_ONLY:-$name} " in
	*" $name "*) ;;
	*) continue ;;
	esac
	if [ "$name" = fuzz_claims ]; then
		for f in data/claims/*.csv tests/data/claims-*.csv; do
			cp "$f" "$corpus/$(echo "$f" | md5sum | cut -c1-16)"
		done
	fi
	if [ "$name" = fuzz_trade ] || [ "$name" = fuzz_rollup ]; then
		# seeds: the first 4 KiB of each real file, after a format byte
		for f in ../shared/data/*/*.csv ../shared/data/*/*/*.csv \
		    ../shared/data/*/*.json tests/bad/*/*.csv; do
			[ -f "$f" ] || continue
			{ printf '\000'; head -c 4096 "$f"; } > \
			    "$corpus/$(echo "$f" | md5sum | cut -c1-16)"
		done
	fi
	echo "fuzz: $name for ${FUZZ_TIME}s"
	# the harness's status, not tail's: a crash must fail the run
	rc=0
	(cd "$out" && "./$name" -max_total_time="$FUZZ_TIME" -max_len=65536 \
	    -close_fd_mask=1 -print_final_stats=1 "$name.corpus" \
	    > "$name.log" 2>&1) || rc=$?
	tail -12 "$out/$name.log"
	if [ "$rc" -ne 0 ]; then
		echo "fuzz: $name failed (exit $rc): see $out/$name.log" >&2
		failed="${failed:-} $name"
	fi
done
if [ -n "${failed:-}" ]; then
	echo "fuzz: failed:$failed" >&2
	exit 1
fi
