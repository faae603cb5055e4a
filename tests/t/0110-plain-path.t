#!/bin/sh
# mh-screen and mh-redact write plain-text lines, and JSON lines that are
# the record {field: line} alone, by a fast path that makes no record
# (mh_reader_next_text).  Whatever it writes must be byte for byte what
# the record path writes for the same text: here every line goes as plain
# text, as that record (compact, and with blanks around its tokens), and
# as a record with a member before the text (which takes the record path;
# the member is cut from its output), and the outputs are compared, with
# the options that change what is written.
. "$MH_SRC/tests/t/lib.sh"

plan 25

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
jq -R -c '{n: 0, text: .}' <"$TMP/lines" >"$TMP/nrecs"
jq -R -c '{n: 0, body: .}' <"$TMP/lines" >"$TMP/nbody"
for f in recs body; do
	sed 's/^{\("[a-z]*"\):/ { \1	: /; s/}$/ }	 /' "$TMP/$f" >"$TMP/b$f"
done
ok "corpus built: over 200 lines as plain text and as records" \
    test "$(wc -l <"$TMP/recs")" -gt 200

same() { # name, tool, args...: plain and record input give one output
	_name=$1; _tool=$2; shift 2
	_in="$TMP/recs" _nin="$TMP/nrecs" _bin="$TMP/brecs"
	case " $* " in
	*" -f body "*) _in="$TMP/body" _nin="$TMP/nbody" _bin="$TMP/bbody" ;;
	esac
	run "$_tool" "$@" <"$TMP/lines" >"$TMP/a" 2>"$TMP/ae"; _ra=$?
	run "$_tool" "$@" <"$_in" >"$TMP/b" 2>"$TMP/be"; _rb=$?
	run "$_tool" "$@" <"$_nin" >"$TMP/c0" 2>"$TMP/ce"; _rc=$?
	sed 's/^{"n":0,/{/' "$TMP/c0" >"$TMP/c"
	run "$_tool" "$@" <"$_bin" >"$TMP/d" 2>"$TMP/de"; _rd=$?
	if [ "$_ra" = "$_rb" ] && [ "$_ra" = "$_rc" ] && [ "$_ra" = "$_rd" ] &&
	    cmp -s "$TMP/a" "$TMP/b" && cmp -s "$TMP/a" "$TMP/c" &&
	    cmp -s "$TMP/a" "$TMP/d" && [ -s "$TMP/a" ]; then
		_res 0 "$_name"
	else
		_res 1 "$_name"
		echo "# exit $_ra, $_rb, $_rc and $_rd"
		for _o in b c d; do
			diff "$TMP/a" "$TMP/$_o" | head -6 | sed 's/^/# /'
		done
	fi
}

same "mh-screen: plain lines and records give the same output" mh-screen
same "mh-screen -i: the same" mh-screen -i
same "mh-screen -f body: the same" mh-screen -f body
same "mh-screen -F high: the same" mh-screen -F high
run mh-screen -F high <"$TMP/lines" >/dev/null 2>&1
is "mh-screen -F high: exit 5 on plain lines" "$?" 5
same "mh-redact: plain lines and records give the same output" mh-redact
same "mh-redact --mask: the same" mh-redact --mask
same "mh-redact -f body: the same" mh-redact -f body

# A field named like a member the tool reads or writes goes the record
# way on plain lines too: one key each, as before the fast path.
for t in "mh-screen screen" "mh-screen reply" "mh-screen conversation" \
    "mh-redact redact"; do
	set -- $t
	printf 'I lost my job\ntallest bridges near me?\n' |
	    run "$1" -f "$2" >"$TMP/o" 2>/dev/null
	# (jq keeps the last of two equal keys: count them in the bytes)
	is "$1 -f $2: the key once in each record" \
	    "$(while IFS= read -r l; do
		printf '%s\n' "$l" | grep -o "\"$2\":" | wc -l
	    done <"$TMP/o" | tr -d ' ' | tr '\n' ' ')" "1 1 "
done
printf 'I feel fine\n' | run mh-screen -f reply >/dev/null 2>&1
is "mh-screen -f reply: a string reply is refused (exit 1), as in a record" \
    "$?" 1
printf 'I lost my job\ntallest bridges near me?\n' |
    run mh-screen -f conversation >"$TMP/o" 2>/dev/null
is "mh-screen -f conversation: each line its own conversation, as records" \
    "$(jq -r .screen.risk "$TMP/o" | tr '\n' ' ')" "low none "

# Lines the reader hands to the record path, mixed with plain ones:
# CR endings, blank lines, bad UTF-8, NUL, a line over max_record.
{
	printf 'plain one\r\n\n   \nI want to die\r\n'
	printf 'bad \377 byte\nnul \000 byte\n'
	printf '%0300d\n' 0
	printf 'last Maya Lindqvist 555-201-7788\n'
} >"$TMP/mixed"
for t in mh-screen mh-redact; do
	MH_MAX_RECORD=200 run "$t" <"$TMP/mixed" >"$TMP/a" 2>/dev/null
	is "$t: mixed input, exit 1 (bad lines)" "$?" 1
	is "$t: mixed input, one record per non-blank line" \
	    "$(wc -l <"$TMP/a" | tr -d ' ')" 6
	like "$t: the CR is not in the text" "$(sed -n 1p "$TMP/a")" \
	    '^\{"text":"plain one",'
	is "$t: the bad lines are error records" \
	    "$(jq -r '.error.code // "-"' "$TMP/a" | tr '\n' ' ')" \
	    "- - utf8 nul too_large - "
done

# With a vault, the second run reads the first one's numbering.
run mh-redact --vault "$TMP/v1" <"$TMP/lines" >"$TMP/a" 2>/dev/null
run mh-redact --vault "$TMP/v2" <"$TMP/recs" >"$TMP/b" 2>/dev/null
is "mh-redact --vault: the same, and the vaults agree" \
    "$(cmp -s "$TMP/a" "$TMP/b" && cmp -s "$TMP/v1" "$TMP/v2" && echo same)" \
    same
run mh-redact --restore --vault "$TMP/v1" <"$TMP/a" >"$TMP/r" 2>/dev/null
is "mh-redact --restore gives the lines back" \
    "$(jq -r .text <"$TMP/r" | cmp -s - "$TMP/lines" && echo same)" same
