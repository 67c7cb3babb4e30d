# await.sh - sourced by the cases that wait for another process: a
# condition to see, never a time to sleep, so that a loaded machine
# only makes them slower.
#
# await CMD [ARG...]: runs CMD until it succeeds, every 0.05 seconds
# for a minute at the most; then returns 1, and the case's output says
# what did not happen.
await() {
	_await_n=0
	until "$@"; do
		[ $_await_n -ge 1200 ] && return 1
		sleep 0.05
		_await_n=$((_await_n + 1))
	done
}
# has_tmp FILE: a temporary of FILE (FILE.tmp...) exists
has_tmp() {
	set -- "$1".tmp*
	[ -e "$1" ]
}
# waits PID NAME: process PID runs the program NAME and sleeps (on
# its input, once it has started), as Linux's /proc says; true where
# there is no /proc or no process
waits() {
	[ -r "/proc/$1/stat" ] || return 0
	read -r _w_comm < "/proc/$1/comm" || return 0
	[ "$_w_comm" = "$2" ] || return 1
	# the state is the field after the name in parentheses
	_w_stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 0
	_w_stat=${_w_stat##*) }
	[ "${_w_stat%% *}" = S ]
}
# watchdog PID: kills PID (KILL) should it still run a minute from now;
# stop it with "kill $DOG"
watchdog() {
	( trap 'kill $_dog_s 2>/dev/null; exit 0' TERM
	  sleep 60 & _dog_s=$!
	  wait $_dog_s && kill -KILL $1 2>/dev/null ) &
	DOG=$!
}
