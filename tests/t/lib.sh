# TAP helpers for the shell tests, sourced by every tests/t/*.t.
#   plan N               print the plan
#   ok NAME CMD...       pass when CMD succeeds
#   is NAME GOT WANT     pass when two strings are equal
#   like NAME GOT ERE    pass when GOT matches the extended regex
#   unlike NAME GOT ERE  pass when GOT does not match
# Tools are run through run TOOL ARGS..., which uses $MH_BIN and $MH_WRAP
# (valgrind).  Every test gets a private $TMP, $HOME and XDG directories.
set -u
: "${MH_BIN:?run the tests through make check}"
_n=0
_fail=0
plan() { echo "1..$1"; }
_res() {
	_n=$((_n + 1))
	if [ "$1" -eq 0 ]; then echo "ok $_n - $2"
	else echo "not ok $_n - $2"; _fail=$((_fail + 1)); fi
}
ok() { _name=$1; shift; "$@" >/dev/null 2>&1; _res $? "$_name"; }
is() {
	if [ "$2" = "$3" ]; then _res 0 "$1"
	else _res 1 "$1"; printf '# got:  %s\n# want: %s\n' "$2" "$3" | head -20; fi
}
like() {
	if printf '%s' "$2" | grep -Eq -- "$3"; then _res 0 "$1"
	else _res 1 "$1"; printf '# got: %s\n# want match: %s\n' "$2" "$3" | head -20; fi
}
unlike() {
	if printf '%s' "$2" | grep -Eq -- "$3"; then _res 1 "$1"
		printf '# got: %s\n# must not match: %s\n' "$2" "$3" | head -20
	else _res 0 "$1"; fi
}
run() { _t=$1; shift; ${MH_WRAP:-} "$MH_BIN/$_t" "$@"; }
TMP=$(mktemp -d "${TMPDIR:-/tmp}/mh-test.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
export HOME="$TMP/home" XDG_CONFIG_HOME="$TMP/home/.config" \
    XDG_DATA_HOME="$TMP/home/.local/share" \
    XDG_STATE_HOME="$TMP/home/.local/state"
mkdir -p "$HOME"
unset MH_CONFIG MH_PROVIDER MH_BASE_URL MH_MODEL MH_API_KEY OPENAI_API_KEY \
    ANTHROPIC_API_KEY OLLAMA_HOST MH_COUNTRY NO_COLOR 2>/dev/null || true
