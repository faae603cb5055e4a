# Helpers for the mh-ask shell tests (sourced after tests/t/lib.sh).
#   stub_start RESPONSE...  start the stub on a free port (it stops by
#                           itself after $STUB_SECONDS, default 60): sets PORT, URL
#                           (OpenAI-style base) and BASE (bare base); the
#                           requests it gets are recorded as $TMP/req.N.*
#   stub_stop               stop it
#   nreq                    how many requests the stub received
#   body N                  the body of request N
#   ask ARGS...             mh-ask with a test key, against nothing else
STUB_PID=
stub_stop() {
	if [ -n "$STUB_PID" ]; then
		kill "$STUB_PID" 2>/dev/null
		wait "$STUB_PID" 2>/dev/null
		STUB_PID=
	fi
}
stub_start() {
	stub_stop
	rm -f "$TMP"/req.* "$TMP/port"
	"$MH_BUILD/tests/stub/stub" -t "${STUB_SECONDS:-60}" -d "$MH_SRC/tests/stub/fixtures" \
	    -r "$TMP/req" "$@" >"$TMP/port" 2>"$TMP/stub.err" &
	STUB_PID=$!
	_i=0
	while [ ! -s "$TMP/port" ] && [ $_i -lt 100 ]; do
		sleep 0.05; _i=$((_i + 1))
	done
	PORT=$(cat "$TMP/port")
	BASE="http://127.0.0.1:$PORT"
	URL="$BASE/v1"
}
nreq() { ls "$TMP"/req.*.head 2>/dev/null | wc -l | tr -d ' '; }
body() { cat "$TMP/req.$1.body"; }
trap 'stub_stop; rm -rf "$TMP"' EXIT
# A key that must never show up anywhere but the Authorization header.
KEY='sk-test-KEY-7f3a9c-never-print'
export NO_PROXY='*'
ask() { MH_API_KEY=$KEY run mh-ask "$@"; }
