#!/bin/sh
# mh-screen and mh-redact write plain-text lines by a fast path that makes
# no record (mh_reader_next_text).  Whatever it writes must be byte for
# byte what the record path writes for the same text given as the JSON
# record {field: line}: here every line goes both ways and the outputs are
# compared, with the options that change what is written.
. "$MH_SRC/tests/t/lib.sh"

plan 10

# Lines that reach every part of both tools: ordinary and risky messages,
# identifiers, escapes, control bytes, non-ASCII, and lines the fast path
# hands to the record path ('[' that is not JSON).
{
	grep -hv '^#' "$MH_SRC/tests/data/benign.txt" \
	    "$MH_SRC/tests/data/benign-holdout.txt"
	grep -hv '^#' "$MH_SRC/tests/data/crisis-dev5.tsv" | cut -f2
	cat <<'EOF'
Call Maya Lindqvist at 555-201-7788 or maya.lindqvist@example.org
DOB 03/14/1985, MRN 88231-X, seen at Riverside Clinic on June 2nd
I just lost my job. What are the bridges taller than 25 meters in NYC?
quotes "inside" and a back\slash and a	tab
I want to hurt myself
café in Zürich with Zoë Müller, 8001 Zürich
[sighs] nobody would notice if I was gone
	  leading blanks then text
emoji 😀 and a long dash — here
EOF
	printf 'a control \001 byte\n'
} >"$TMP/lines"
jq -R -c '{text: .}' <"$TMP/lines" >"$TMP/recs"
jq -R -c '{body: .}' <"$TMP/lines" >"$TMP/body"
ok "corpus built: over 200 lines as plain text and as records" \
    test "$(wc -l <"$TMP/recs")" -gt 200

same() { # name, tool, args...: plain and record input give one output
	_name=$1; _tool=$2; shift 2
	_in="$TMP/recs"
	case " $* " in *" -f body "*) _in="$TMP/body" ;; esac
	run "$_tool" "$@" <"$TMP/lines" >"$TMP/a" 2>"$TMP/ae"; _ra=$?
	run "$_tool" "$@" <"$_in" >"$TMP/b" 2>"$TMP/be"; _rb=$?
	if [ "$_ra" = "$_rb" ] && cmp -s "$TMP/a" "$TMP/b" &&
	    [ -s "$TMP/a" ]; then
		_res 0 "$_name"
	else
		_res 1 "$_name"
		echo "# exit $_ra and $_rb"
		diff "$TMP/a" "$TMP/b" | head -6 | sed 's/^/# /'
	fi
}

same "mh-screen: plain lines and records give the same output" mh-screen
same "mh-screen -i: the same" mh-screen -i
same "mh-screen -f body: the same" mh-screen -f body
same "mh-screen -F high: the same, exit 5 both ways" mh-screen -F high
same "mh-redact: plain lines and records give the same output" mh-redact
same "mh-redact --mask: the same" mh-redact --mask
same "mh-redact -f body: the same" mh-redact -f body

# With a vault, the second run reads the first one's numbering.
run mh-redact --vault "$TMP/v1" <"$TMP/lines" >"$TMP/a" 2>/dev/null
run mh-redact --vault "$TMP/v2" <"$TMP/recs" >"$TMP/b" 2>/dev/null
is "mh-redact --vault: the same, and the vaults agree" \
    "$(cmp -s "$TMP/a" "$TMP/b" && cmp -s "$TMP/v1" "$TMP/v2" && echo same)" \
    same
run mh-redact --restore --vault "$TMP/v1" <"$TMP/a" >"$TMP/r" 2>/dev/null
is "mh-redact --restore gives the lines back" \
    "$(jq -r .text <"$TMP/r" | cmp -s - "$TMP/lines" && echo same)" same
