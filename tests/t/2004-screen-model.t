#!/bin/sh
# mh-screen's second opinion (data/screen-model.tsv): what it adds, that
# -R leaves it out, that a broken or missing model file stops the tool,
# and that the shipped file is what scripts/train-screen-model makes.
# Every message is invented.
. "$MH_SRC/tests/t/lib.sh"
plan 32

scr() { run mh-screen "$@" 2>"$TMP/err"; }
j() { jq -c "$1" "$TMP/out"; }

# words no phrase rule names, like those of people in crisis
msg="same shit every single day, nothing changes"
echo "$msg" | scr >"$TMP/out"
is "a message no rule names: caution" "$(j .screen.action)" '"caution"'
is "as a possible risk, at moderate" \
    "$(j '[.screen.categories[] | [.name, .risk, .evidence[0].cue]]')" \
    '[["possible_risk","moderate","crisis-like wording (model)"]]'
like "its evidence cuts words out of the text" "$(jq -r '
    .screen.categories[0].evidence[0] as $e | .text | .[$e.start:$e.end]' \
    "$TMP/out")" '^[a-z]+( [a-z]+)?$'
echo "$msg" | scr -R >"$TMP/out"
is "-R: the rules alone let it pass" "$(j .screen.action)" '"continue"'
echo "$msg" | scr --rules-only -F moderate >"$TMP/out"
is "--rules-only with -F moderate: exit 0" "$?" 0
echo "$msg" | scr -F moderate >"$TMP/out"
is "with the second opinion, -F moderate: exit 5" "$?" 5

jq -cn --arg t "$msg" '{text: $t, worksheet: {name: "thought-record"}}' |
    scr >"$TMP/out"
is "a worksheet record's text is not the model's to read" \
    "$(j .screen.action)" '"continue"'
# but any other "worksheet" member does not turn the model off
for w in null '"x"' '[]' '{}'; do
	jq -cn --arg t "$msg" --argjson w "$w" '{text: $t, worksheet: $w}'
done | scr >"$TMP/out"
is "a worksheet member that is not mh-worksheet's: still a caution" \
    "$(jq -r .screen.action "$TMP/out" | tr '\n' ' ')" \
    "caution caution caution caution "
# a message the model rates crisis-like and the rules moderate: the
# model adds nothing beside them
echo "honestly wouldn't mind if i just didn't wake up tomorrow" |
    scr >"$TMP/out"
is "beside a rule that found moderate it adds nothing" \
    "$(j '[.screen.categories[].name]')" '["suicidal_ideation"]'
# a place the rules read as a caution of intent, and the model all but
# sure: the crisis response (not so for a passive wish, above)
echo "I'm sitting on the ledge of my balcony writing this." | scr >"$TMP/out"
is "a ledge the rules read as a caution, the model sure: crisis" \
    "$(j .screen.action)" '"crisis"'
echo "I'm sitting on the ledge of my balcony writing this." | scr -R >"$TMP/out"
is "-R: the rules alone, a caution" "$(j .screen.action)" '"caution"'
# the same for a caution of another kind: abuse
m2="my bf takes my phone and wont let me see my friends and last week he pushed me down the stairs"
echo "$m2" | scr >"$TMP/out"
is "abuse the rules read as a caution, the model sure: crisis" \
    "$(j .screen.action)" '"crisis"'
echo "$m2" | scr -R >"$TMP/out"
is "-R: that abuse, a caution" "$(j .screen.action)" '"caution"'
echo "This deadline is killing me, can you help me outline the report?" |
    scr >"$TMP/out"
is "an idiom: none" "$(j .screen.risk)" '"none"'

# all but sure (at or above the model's crisis threshold), where no rule
# found anything: the crisis response, with the crisis lines
echo "this is my last msg to anyone. im going now" | scr >"$TMP/out"
is "all but sure, no rule: crisis" "$(j .screen.action)" '"crisis"'
is "as a possible risk, at high" \
    "$(j '[.screen.categories[] | [.name, .risk]]')" \
    '[["possible_risk","high"]]'
ok "with the crisis lines" test "$(j '.screen.resources.services | length')" -gt 0
echo "this is my last msg to anyone. im going now" | scr -R >"$TMP/out"
is "-R: the rules alone let it pass" "$(j .screen.action)" '"continue"'
# but not in fiction, nor when helping someone else, nor recovered
printf '%s\n' "in my novel the hero texts: this is my last msg to anyone. im going now" \
    "how do i support my friend, she texted me: this is my last msg to anyone. im going now" \
    "a year ago i texted this is my last msg to anyone. im going now, im stable now" |
    scr -i >"$TMP/out"
is "fiction, support, recovery: a caution at most" \
    "$(jq -r .screen.action "$TMP/out" | tr '\n' ' ')" \
    "caution caution caution "
# neither its crisis response nor its caution is context for later
# turns: a false alarm of a statistical reading must not spread to them
printf '%s\n' '{"text":"this is my last msg to anyone. im going now","conversation":"a"}' \
    '{"text":"which bridge in town is the tallest","conversation":"a"}' \
    '{"text":"same shit every single day, nothing changes","conversation":"b"}' \
    '{"text":"which bridge in town is the tallest","conversation":"b"}' |
    scr >"$TMP/out"
is "a later question about bridges: no context from the model" \
    "$(jq -r .screen.action "$TMP/out" | tr '\n' ' ')" \
    "crisis continue caution continue "
# "stop" is no guard: "dont try to stop me" is no one protecting anyone
echo "this is my last msg to anyone. dont try to stop me. im going now" | scr >"$TMP/out"
is "don't try to stop me: still the crisis response" "$(j .screen.action)" \
    '"crisis"'
# a model file without a crisis line never asks for it
mkdir -p "$TMP/nc"
cp -R "$MH_DATADIR/." "$TMP/nc/"
grep -v '^crisis	' "$MH_DATADIR/screen-model.tsv" >"$TMP/nc/screen-model.tsv"
echo "this is my last msg to anyone. im going now" | MH_DATADIR="$TMP/nc" scr >"$TMP/out"
is "no crisis line in the model: a caution" "$(j .screen.action)" '"caution"'
grep -q '^crisis	' "$MH_DATADIR/screen-model.tsv"
is "the shipped model has one" "$?" 0

# the data directory's model file must be there and well formed
mkdir -p "$TMP/data"
cp -R "$MH_DATADIR/." "$TMP/data/"
rm "$TMP/data/screen-model.tsv"
echo hi | MH_DATADIR="$TMP/data" scr >"$TMP/out"
is "a missing model file: exit 2" "$?" 2
like "named in the message" "$(cat "$TMP/err")" \
    "screen-model.tsv: No such file"
is "and nothing written" "$(wc -c <"$TMP/out" | tr -d ' ')" 0
echo hi | MH_DATADIR="$TMP/data" scr -R >"$TMP/out"
is "-R does without it" "$?" 0
printf 'bias\t0\nthreshold\t0.9\nw\tx\tsad\n' >"$TMP/data/screen-model.tsv"
echo hi | MH_DATADIR="$TMP/data" scr >"$TMP/out"
is "a broken model file: exit 2" "$?" 2
like "with its line" "$(cat "$TMP/err")" "screen-model.tsv:3: "
echo "I want to die" | MH_DATADIR="$TMP/data" run mh-ask >"$TMP/out" \
    2>"$TMP/err"
is "mh-ask refuses it too (exit 2)" "$?" 2

# the shipped model is the trainer's output, byte for byte
if command -v python3 >/dev/null 2>&1; then
	python3 "$MH_SRC/scripts/train-screen-model" "$TMP/model.tsv"
	is "the trainer runs" "$?" 0
	ok "it makes the shipped file again" \
	    cmp "$TMP/model.tsv" "$MH_SRC/data/screen-model.tsv"
else
	_res 0 "# skip no python3"
	_res 0 "# skip no python3"
fi
