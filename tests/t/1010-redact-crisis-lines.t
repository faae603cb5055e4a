#!/bin/sh
# mh-redact keeps every crisis line that mh-screen and mh-ask hand out:
# each number to call or text in data/resources.tsv, as the file writes
# it, in a sentence a user would write after calling it.  A line added
# to the file and not to crisis_keep[] (lib/redact_scan.c, which holds
# those of six digits or more; no rule takes a shorter one for a phone
# number) fails here.
. "$MH_SRC/tests/t/lib.sh"

# the numbers of the call and text columns: one a line, without the
# words around them ("text HOME to 741741", "(landline)")
awk -F'\t' '/^#/ || $1 == "country" { next } { print $4; print $5 }' \
    "$MH_SRC/data/resources.tsv" | tr ';' '\n' |
    sed 's/([A-Za-z][^)]*)//g' |
    grep -oE '\+?[0-9(][0-9 ().-]*[0-9]' | sort -u >"$TMP/numbers"
n=$(wc -l <"$TMP/numbers")
plan $((n + 2))
# a file with far fewer numbers than the one this test was written
# against (97) means the parsing above broke, not that all is kept
ok "resources.tsv gives its numbers ($n)" test "$n" -ge 80
sed 's/.*/I called & last night and it helped./' "$TMP/numbers" >"$TMP/in"
jq -cR '{text:.}' "$TMP/in" | run mh-redact --mask >"$TMP/out"
jq -r .text "$TMP/out" >"$TMP/got"
i=1
while [ "$i" -le "$n" ]; do
	is "kept: $(sed -n "${i}p" "$TMP/numbers")" \
	    "$(sed -n "${i}p" "$TMP/got")" "$(sed -n "${i}p" "$TMP/in")"
	i=$((i + 1))
done
# and a number of the same shape that is no crisis line still goes
echo 'I called 0800 58 58 59 last night.' | jq -cR '{text:.}' |
    run mh-redact --mask >"$TMP/o"
is "a number one digit off a line goes" "$(jq -r .text "$TMP/o")" \
    'I called [PHONE] last night.'
