#!/bin/sh
# Scale-out: GNU parallel --pipe over several workers gives the same output
# as one process, for mh-redact with a shared vault and for mh-screen.
. "$MH_SRC/tests/t/lib.sh"
plan 6
if ! command -v parallel >/dev/null 2>&1 || [ ! -x "$MH_BIN/mh-redact" ] ||
    [ ! -x "$MH_BIN/mh-screen" ]; then
	for i in 1 2 3 4 5 6; do _res 0 "# skip parallel or tools missing"; done
	exit 0
fi
export PARALLEL_HOME="$TMP/parallel"
mkdir -p "$PARALLEL_HOME"
touch "$PARALLEL_HOME/will-cite"

# 2,400 messages, 4 turns per conversation, invented people only.
first="Maya Tomasz Ingrid Kofi Lucia Ravi Annika Mateo Sione Yara"
last="Okafor Brennan Lindqvist Haddad Moreau Tanaka Ferreira Novak"
i=0
for f in $first; do for l in $last; do for k in 1 2 3 4 5 6 7; do
	i=$((i + 1))
	c=$((i / 4))
	printf '{"conversation":"c%d","text":"%s %s called from 555-01%02d and emailed %s.%s@example.org about session %d. I felt anxious."}\n' \
	    "$c" "$f" "$l" $((i % 100)) "$f" "$l" "$i"
	printf '{"conversation":"c%d","text":"Then %s said I never do anything right; I did not sleep."}\n' "$c" "$f"
done; done; done >"$TMP/in"
while [ "$(wc -l <"$TMP/in")" -lt 2400 ]; do
	head -n 2400 "$TMP/in" >"$TMP/in2"; cat "$TMP/in2" >>"$TMP/in"
done
head -n 2400 "$TMP/in" >"$TMP/in2"; mv "$TMP/in2" "$TMP/in"

# Placeholders get numbers in the order a value is first seen, which
# differs between workers: compare after renumbering by first appearance.
canon() {
	jq -r .text "$1" | perl -pe '
	    s{\[([A-Z]+)_(\d+)\]}{
		my $k = "$1_$2";
		$seen{$k} //= "$1_" . ++$n{$1};
		"[" . $seen{$k} . "]" }ge'
}

run mh-redact --vault "$TMP/v1" <"$TMP/in" >"$TMP/one" 2>"$TMP/err1"
parallel -k --pipe -N 100 -j 4 "$MH_BIN/mh-redact" --vault "$TMP/v4" \
    <"$TMP/in" >"$TMP/four" 2>"$TMP/err4"
is "mh-redact: four workers write every record" \
    "$(wc -l <"$TMP/four" | tr -d ' ')" 2400
is "mh-redact: same output as one process, up to placeholder numbering" \
    "$(canon "$TMP/four" | cksum)" "$(canon "$TMP/one" | cksum)"
# Consistency across workers: one placeholder per value, shown by the
# vault holding exactly as many entries as one process made.
run mh-redact --restore --vault "$TMP/v4" <"$TMP/four" >"$TMP/back" 2>&1
is "mh-redact: restoring the parallel output gives the input back" \
    "$(jq -r .text "$TMP/back" | cksum)" "$(jq -r .text "$TMP/in" | cksum)"
a=$(jq -r '.text' "$TMP/four" | grep -o '\[[A-Z]*_[0-9]*\]' | sort -u | wc -l)
b=$(jq -r '.text' "$TMP/one" | grep -o '\[[A-Z]*_[0-9]*\]' | sort -u | wc -l)
is "mh-redact: as many distinct placeholders as one process" "$a" "$b"

# mh-screen: chunks of 400 lines never split a 4-turn conversation.
run mh-screen <"$TMP/in" >"$TMP/s1" 2>/dev/null
parallel -k --pipe -N 400 -j 4 "$MH_BIN/mh-screen" <"$TMP/in" \
    >"$TMP/s4" 2>/dev/null
is "mh-screen: four workers write every record" \
    "$(wc -l <"$TMP/s4" | tr -d ' ')" 2400
is "mh-screen: same output as one process" "$(cksum <"$TMP/s4")" \
    "$(cksum <"$TMP/s1")"
