#!/bin/sh
# deps.sh - make sure the Debian packages tradestat builds and tests with
# are installed: install them with apt-get when run as root, otherwise
# stop with the exact command to run.
#
# usage: scripts/deps.sh [build|test|all]
#   build  compiler, libraries and headers (make)
#   test   build plus gnuplot and GNU parallel (make check, make demo)
#   all    test plus LibreOffice Calc for the spreadsheet round trip
set -eu

want=${1:-test}

# package:file-that-proves-it-is-installed
build_pkgs="gcc:/usr/bin/gcc make:/usr/bin/make pkg-config:/usr/bin/pkg-config
libcsv-dev:/usr/include/csv.h libgsl-dev:/usr/include/gsl/gsl_fit.h
libjansson-dev:/usr/include/jansson.h libxlsxwriter-dev:/usr/include/xlsxwriter.h
libcurl4-openssl-dev:/usr/bin/curl-config
libarchive-dev:/usr/include/archive.h libexpat1-dev:/usr/include/expat.h
iso-codes:/usr/share/iso-codes/json/iso_3166-1.json"
test_pkgs="gnuplot-nox:/usr/bin/gnuplot parallel:/usr/bin/parallel"
all_pkgs="libreoffice-calc-nogui:/usr/bin/soffice"

case $want in
build)	list=$build_pkgs ;;
test)	list="$build_pkgs $test_pkgs" ;;
all)	list="$build_pkgs $test_pkgs $all_pkgs" ;;
*)	echo "usage: scripts/deps.sh [build|test|all]" >&2; exit 2 ;;
esac

missing=
for pf in $list; do
	pkg=${pf%%:*}
	file=${pf#*:}
	[ -e "$file" ] || missing="$missing $pkg"
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
	echo "deps.sh: installing:$missing" >&2
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq >&2 || true
	# shellcheck disable=SC2086
	apt-get install -y -qq --no-install-recommends $missing >&2
	exit 0
fi
echo "deps.sh: missing Debian packages:$missing" >&2
echo "deps.sh: run this, then try again:" >&2
echo "    sudo apt-get install -y$missing" >&2
exit 1
