#!/bin/sh
# mh-worksheet | mh-screen: real questionnaire and worksheet records.
# Skipped when mh-worksheet is not built.  Every answer is invented.
. "$MH_SRC/tests/t/lib.sh"
plan 7

if [ ! -x "$MH_BIN/mh-worksheet" ]; then
	for i in 1 2 3 4 5 6 7; do _res 0 "# skip mh-worksheet not built"; done
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

# a severe band is distress for the turns after it: a height question
# after a severe PHQ-9 (item 9 at 0) or a K6 over its cut-off is high
risks() { run mh-screen 2>/dev/null | jq -r .screen.risk | tr '\n' ' '; }
q='how high is the tallest bridge in town?'
is "severe PHQ-9, then a height question: high" "$( (ws phq9 \
    '{"q1":3,"q2":3,"q3":3,"q4":3,"q5":3,"q6":3,"q7":3,"q8":2,"q9":0}'
    echo "$q") | risks)" "moderate high "
is "K6 over its cut-off, then a height question: high" "$( (ws k6 \
    '{"q1":3,"q2":3,"q3":3,"q4":3,"q5":3,"q6":3}'; echo "$q") | risks)" \
    "moderate high "
is "a minimal PHQ-9, then a height question: none" "$( (ws phq9 \
    '{"q1":1,"q2":1,"q3":1,"q4":1,"q5":0,"q6":0,"q7":0,"q8":0,"q9":0}'
    echo "$q") | risks)" "none none "
