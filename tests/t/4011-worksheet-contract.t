#!/bin/sh
# The record contract where mh-worksheet reads records: answers on
# stdin (--answers -).  Bad lines become error records between good
# ones; output faults end with a clear status.
. "$MH_SRC/tests/t/lib.sh"
plan 37

G='{"q1":1,"q2":0}'
M='zq-marker@example.invalid'
W() { run mh-worksheet phq2 -a - "$@"; }
c() { W <"$1" >"$TMP/out" 2>"$TMP/err"; rc=$?; }
nl() { wc -l <"$TMP/out" | tr -d ' '; }
bad_between() { # name, bad line (printf format), error code
	printf "%s\n$2\n%s\n" "$G" "$G" >"$TMP/in"
	c "$TMP/in"
	is "$1: exit 1, three records" "$rc/$(nl)" "1/3"
	is "$1: error code" "$(sed -n 2p "$TMP/out" | jq -r .error.code)" "$3"
	is "$1: neighbours scored" "$(sed -n '1p;3p' "$TMP/out" |
	    jq -r .worksheet.scores.total | tr '\n' ' ')" "1 1 "
	unlike "$1: nothing of the bad line echoed" "$(cat "$TMP/out")" \
	    zq-marker
}
bad_between "invalid UTF-8" "{\"q1\":\"\\377 $M\"}" utf8
bad_between "NUL byte" "{\"q1\":1,\\000\"$M\":2}" nul
bad_between "not an object" "[1, \"$M\"]" not_object
bad_between "truncated JSON" "{\"q1\": 1, \"$M" json
bad_between "duplicate keys" '{"q1":1,"q1":2,"q2":0}' duplicate_key

{ echo "$G"; printf '{"q1":'; head -c 100000 /dev/zero | tr '\0' '['
  echo; echo "$G"; } >"$TMP/in"
c "$TMP/in"
is "nesting 100,000 deep: exit 1, three records" "$rc/$(nl)" "1/3"
printf '%s\r\n%s\r\n' "$G" "$G" >"$TMP/in"
c "$TMP/in"
is "CRLF: exit 0, two records" "$rc/$(nl)" "0/2"
: >"$TMP/in"
c "$TMP/in"
is "empty input: exit 0, no output" "$rc/$(nl)" "0/0"
head -c 20000 /dev/urandom >"$TMP/in"
c "$TMP/in"
ok "binary garbage: no crash, exit 1 or 0" test "$rc" -le 1
ok "binary garbage: every line a JSON object" \
    sh -c "jq -e -s 'all(type == \"object\")' '$TMP/out' >/dev/null"
if [ -z "${MH_WRAP:-}" ]; then
	{ printf '{"q1":1,"q2":0,"x":"'
	  head -c 67108864 /dev/zero | tr '\0' 'a'; echo '"}'; echo "$G"
	} >"$TMP/big"
	c "$TMP/big"
	is "64 MiB line: an error record and the next one" "$rc/$(nl)" "1/2"
	is "64 MiB line: named as an unknown item" \
	    "$(sed -n 1p "$TMP/out" | jq -r .error.message)" \
	    '"x" is not an item of phq2'
	rm -f "$TMP/big"
else
	_res 0 "64 MiB line # skip under valgrind"
	_res 0 "64 MiB line # skip under valgrind"
fi
echo "$G" | W >/dev/full 2>"$TMP/err"; rc=$?
is "/dev/full: exit 3" "$rc" 3
like "/dev/full: says why" "$(cat "$TMP/err")" "No space left"
echo "$G" | W >&- 2>"$TMP/err"; rc=$?
is "closed stdout: exit 3" "$rc" 3
yes "$G" | head -n 20000 >"$TMP/in"
( W <"$TMP/in" 2>"$TMP/err" | head -n 1 >"$TMP/out" )
is "| head -1: one line, quietly" "$(nl):$(cat "$TMP/err")" "1:"
run mh-worksheet --help >"$TMP/out" 2>"$TMP/err"; rc=$?
like "--help: usage on stdout, exit 0" "$rc $(head -n 1 "$TMP/out")" \
    "^0 usage: mh-worksheet "
run mh-worksheet -w --list >"$TMP/out" 2>"$TMP/err"; rc=$?
is "-w (a shared option that means nothing here): usage error" "$rc" 2
like "-w: says so" "$(cat "$TMP/err")" "-w is not an option of mh-worksheet"
run mh-worksheet -V >"$TMP/out"; rc=$?
like "-V: the version" "$rc $(cat "$TMP/out")" \
    "^0 mh-worksheet [0-9]+\.[0-9]+\.[0-9]+$"
# The man page's SYNOPSIS is the usage line.
syn=$(mandoc -Tascii -Owidth=400 "$MH_SRC/man/mh-worksheet.1" 2>/dev/null |
    col -b | sed -n '/^SYNOPSIS/{n;p;}' | sed 's/^ *//')
is "man SYNOPSIS is the usage line" "usage: $syn" \
    "$(run mh-worksheet --help | head -n 1)"
# The man page's example runs and prints what the page says.
want=$(grep -A1 "^\$ echo '{\"q1\":1,\"q2\":2}'" "$MH_SRC/man/mh-worksheet.1" |
    sed -n 2p)
is "man example output" "$(echo '{"q1":1,"q2":2}' | run mh-worksheet phq2 \
    -a - | jq -c .worksheet.scores)" "$want"
exit 0
