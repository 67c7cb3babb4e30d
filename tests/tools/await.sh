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
# idle PID: process PID waits on a pipe or FIFO for more input, none
# of its threads running, as Linux's /proc says (a thread's wchan names
# a pipe, every thread's state is S); true where /proc does not say.  A
# signal sent then finds no thread of the program starting or busy.
idle() {
	[ -d "/proc/$1/task" ] || return 0
	_i_pipe=0 _i_known=0
	for _i_t in /proc/$1/task/*; do
		_i_w=$(cat "$_i_t/wchan" 2>/dev/null)
		_i_s=$(cat "$_i_t/stat" 2>/dev/null) || return 0
		# the state is the field after the name in parentheses
		_i_s=${_i_s##*) }
		[ "${_i_s%% *}" = S ] || return 1
		case $_i_w in
		*pipe*) _i_pipe=1 _i_known=1 ;;
		""|0) ;;
		*) _i_known=1 ;;
		esac
	done
	[ $_i_known = 0 ] || [ $_i_pipe = 1 ]
}
# watchdog PID: kills PID (KILL) should it still run a minute from now;
# stop it with "kill $DOG"
watchdog() {
	( trap 'kill $_dog_s 2>/dev/null; exit 0' TERM
	  sleep 60 & _dog_s=$!
	  wait $_dog_s && kill -KILL $1 2>/dev/null ) &
	DOG=$!
}
