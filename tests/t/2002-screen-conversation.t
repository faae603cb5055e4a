#!/bin/sh
# Conversations and worksheet records.  Every message is invented.
. "$MH_SRC/tests/t/lib.sh"
plan 23

scr() { run mh-screen "$@" 2>"$TMP/err"; }
risks() { jq -r '.screen.risk' "$TMP/out" | tr '\n' ' ' | sed 's/ $//'; }

cat >"$TMP/in" <<'IN'
{"conversation":"a","text":"I want to hurt myself"}
{"conversation":"b","text":"The weather is nice."}
{"conversation":"a","text":"The weather is nice."}
{"conversation":"b","text":"Where do I buy pesticides?"}
{"conversation":"a","text":"Where do I buy pesticides?"}
IN
scr <"$TMP/in" >"$TMP/out"
is "earlier turns inform later ones, per conversation" "$(risks)" \
    "high none none none high"
is "the raised cue says why" \
    "$(jq -sc '.[4].screen.categories[0].evidence[0].context' "$TMP/out")" \
    '["conversation"]'
is "conversation values pass through" \
    "$(jq -sc '[.[].conversation]' "$TMP/out")" '["a","b","a","b","a"]'

# numbers are conversation values too
printf '%s\n' '{"conversation":1,"text":"I lost my job"}' \
    '{"conversation":2,"text":"tallest bridges near me?"}' \
    '{"conversation":1,"text":"tallest bridges near me?"}' | scr >"$TMP/out"
is "numeric conversation values" "$(risks)" "low none high"

# the string "1" and the number 1 are two conversations, as are two
# strings that differ only after a NUL: the other one's turns must not
# push this one's distress out of its window of 20 turns
for pair in '"1" 1' '"x\u0000y" "x\u0000z"'; do
	set -- $pair
	{
		printf '%s\n' '{"conversation":'"$1"',"text":"I lost my job"}'
		for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21; do
			printf '%s\n' '{"conversation":'"$2"',"text":"nice weather"}'
		done
		printf '%s\n' \
		    '{"conversation":'"$1"',"text":"tallest bridges near me?"}'
	} | scr >"$TMP/out"
	is "conversations $1 and $2 are kept apart" \
	    "$(jq -r .screen.risk "$TMP/out" | tail -1)" high
done

# without a conversation value the whole stream is one conversation
printf 'I lost my job today\nwhich buildings are the tallest here?\n' |
    scr >"$TMP/out"
is "whole stream: one conversation" "$(risks)" "low high"
printf 'I lost my job today\nwhich buildings are the tallest here?\n' |
    scr -i >"$TMP/out"
is "-i: every record on its own" "$(risks)" "low none"

# worksheet records are screened from their scores, not their text (a
# name with answers, as mh-worksheet writes them)
cat >"$TMP/in" <<'IN'
{"worksheet":{"schema":1,"name":"phq9","answers":{"q1":2,"q2":2,"q3":2,"q4":2,"q5":2,"q6":2,"q7":1,"q8":0,"q9":1},"scores":{"total":14,"severity":"moderate","flags":["phq9_item9"]}},"text":"Thoughts that you would be better off dead: several days"}
{"worksheet":{"schema":1,"name":"asq","scores":{"flags":["asq_positive","asq_acute"]}},"text":"summary"}
{"worksheet":{"schema":1,"name":"asq","scores":{"flags":["asq_declined"]}},"text":"summary"}
{"worksheet":{"schema":1,"name":"phq9","answers":{"q1":1,"q2":1,"q3":1,"q4":0,"q5":0,"q6":0,"q7":0,"q8":0,"q9":0},"scores":{"total":3,"severity":"minimal","flags":[]}},"text":"Thoughts that you would be better off dead: not at all"}
{"worksheet":{"schema":1,"name":"thought_record"},"text":"Situation: I want to kill myself after the exam"}
IN
scr -i <"$TMP/in" >"$TMP/out"
is "PHQ-9 item 9, ASQ acute, ASQ declined, clean PHQ-9, free text" \
    "$(risks)" "high imminent high none high"
is "the flag is the evidence" \
    "$(jq -sc '.[0].screen.categories[0].evidence[0]' "$TMP/out")" \
    '{"source":"worksheet","flag":"phq9_item9"}'
is "a questionnaire's item wording is not read as the user's words" \
    "$(jq -sc '.[3].screen.categories' "$TMP/out")" '[]'
is "worksheet objects pass through untouched" \
    "$(jq -sc '.[1].worksheet.scores.flags' "$TMP/out")" \
    '["asq_positive","asq_acute"]'

# scores that cannot be judged must not hide the text as clear: an error
# record, no screen, exit 1 (mh-screen(1), Errors)
cat >"$TMP/in" <<'IN'
{"worksheet":{"scores":{}},"text":"I want to kill myself tonight","screen":{"risk":"none"}}
{"worksheet":{"name":"phq9","scores":{"flags":"phq9_item9"}}}
{"worksheet":{"name":"asq","scores":{"flags":["ASQ_POSITIVE"]}}}
{"worksheet":{"name":"thought_record","scores":{"flags":[]}},"text":"I want to die"}
{"worksheet":{"name":"phq9","answers":{"q1":0,"q2":0,"q3":0,"q4":0,"q5":0,"q6":0,"q7":0,"q8":0,"q9":"3"},"scores":{"flags":[]}}}
{"worksheet":{"name":"phq9","answers":{"q1":0,"q2":0,"q3":0,"q4":0,"q5":0,"q6":0,"q7":0,"q8":0},"scores":{"flags":[]}}}
IN
scr -i -F high <"$TMP/in" >"$TMP/out"
is "unjudgeable scores: exit 1, not 0" "$?" 1
is "no flags, bad flags, not a questionnaire, a string, a missing item" \
    "$(jq -c '[.error.code, .screen]' "$TMP/out" | sort -u)" \
    '["scores",null]'
# the answers are the truth: a flag they give counts though left out
printf '%s\n' '{"worksheet":{"name":"phq9","answers":{"q1":0,"q2":0,"q3":0,"q4":0,"q5":0,"q6":0,"q7":0,"q8":0,"q9":2},"scores":{"total":2,"flags":[]}}}' |
    scr >"$TMP/out"
is "PHQ-9 item 9 answered above 0, flag missing: high" \
    "$(jq -c '[.screen.risk, .worksheet.scores.flags]' "$TMP/out")" \
    '["high",[]]'

# an acute ASQ counts after however many other flags
f='"phq9_item9",'
printf '%s\n' '{"worksheet":{"scores":{"flags":['"$f$f$f$f$f$f$f$f"'"asq_acute"]}}}' |
    scr >"$TMP/out"
is "asq_acute after eight other flags: imminent" "$(risks)" imminent

# scores without a name and answers do not hide the text beside them
printf '%s\n' \
    '{"worksheet":{"name":"phq9","scores":{"flags":[]}},"text":"I want to kill myself tonight"}' |
    scr -i >"$TMP/out"
is "scores without answers: the text is screened too" "$(risks)" imminent
printf '%s\n' \
    '{"worksheet":{"name":5,"answers":{},"scores":{"flags":[]}},"text":"I want to kill myself tonight"}' |
    scr -i >"$TMP/out"
is "a name that is not a string: the text is screened too" "$(risks)" imminent

# a flagged questionnaire informs the rest of the conversation
printf '%s\n' \
    '{"conversation":"w","worksheet":{"scores":{"flags":["phq9_item9"]}}}' \
    '{"conversation":"w","text":"how high is the tallest bridge in town?"}' |
    scr >"$TMP/out"
is "PHQ-9 item 9 then a height question: high" "$(risks)" "high high"

# memory for conversation values is bounded: three values of 1.5 MiB
# do not fit in 4 MiB, so the least recent is forgotten when the third
# comes
python3 -c '
import json
a, b, c = (ch * (3 << 19) for ch in "abc")
for conv, text in ((a, "I want to hurt myself"), (b, "I want to hurt myself"),
                   (c, "hello"), (b, "where can I buy pesticides"),
                   (a, "where can I buy pesticides")):
    print(json.dumps({"conversation": conv, "text": text}))
' | scr >"$TMP/out"
is "long conversation values: the least recent is forgotten" \
    "$(risks)" "high high none high none"

# a slow producer streams: the first record is out before the input ends
# (the producer holds the pipe open until we have seen it, however slow
# the machine is, then lets the rest through)
rm -f "$TMP/go"
: >"$TMP/out" # else a late start leaves the last test's lines to count
( echo "hello"; i=0
  while [ ! -e "$TMP/go" ] && [ $i -lt 600 ]; do sleep 0.1; i=$((i + 1)); done
  echo "bye" ) | scr >"$TMP/out" &
i=0
while [ "$(wc -l <"$TMP/out" | tr -d ' ')" -lt 1 ] && [ $i -lt 300 ]; do
	sleep 0.1; i=$((i + 1))
done
is "records stream through a pipe" "$(wc -l <"$TMP/out" | tr -d ' ')" 1
touch "$TMP/go"
wait
is "then the rest" "$(wc -l <"$TMP/out" | tr -d ' ')" 2

# reader closing the pipe early: quiet
yes "I feel fine" | head -5000 | scr | head -1 >/dev/null
is "a reader that leaves early: nothing on stderr" "$(cat "$TMP/err")" ""
