#!/bin/sh
# mh-worksheet | mh-screen: real questionnaire and worksheet records.
# Skipped when mh-worksheet is not built.  Every answer is invented.
. "$MH_SRC/tests/t/lib.sh"
plan 4

if [ ! -x "$MH_BIN/mh-worksheet" ]; then
	for i in 1 2 3 4; do _res 0 "# skip mh-worksheet not built"; done
	exit 0
fi
ws() { echo "$2" >"$TMP/a"; run mh-worksheet -a "$TMP/a" "$1" 2>/dev/null; }
risk() { run mh-screen 2>/dev/null | jq -r .screen.risk; }

is "PHQ-9 with item 9 above 0: high" "$(ws phq9 \
    '{"q1":2,"q2":2,"q3":1,"q4":2,"q5":1,"q6":2,"q7":1,"q8":1,"q9":1}' |
    risk)" high
is "PHQ-9 with item 9 at 0: none, its item wording is not read" \
    "$(ws phq9 \
    '{"q1":0,"q2":1,"q3":0,"q4":1,"q5":0,"q6":0,"q7":0,"q8":0,"q9":0}' |
    risk)" none
is "a safety plan's own headings raise nothing" "$(ws safety-plan \
    '{"warning_signs":"I stop sleeping and stop answering friends","coping":"walk the dog","distractions":"the library","helpers":"my sister","professionals":"my GP","safe_environment":"ask my sister to keep my pills","reason":"my dog"}' |
    risk)" none
sp=$(ws safety-plan '{"warning_signs":"when I want to kill myself","coping":"music","distractions":"park","helpers":"a friend","professionals":"GP","safe_environment":"none","reason":"cat"}' | risk)
like "a worksheet's free text is screened" "$sp" "^(high|imminent)$"
