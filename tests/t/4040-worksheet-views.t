#!/bin/sh
# Journal views: --history with filters, --summary charts, --plot SVG,
# --export Markdown and CSV, --plan.
. "$MH_SRC/tests/t/lib.sh"
plan 36

W() { run mh-worksheet "$@"; }
J="$TMP/j.jsonl"
# Entries on chosen days: answers through the tool, then the completion
# time moved to the day.
add() { # name day answers
	printf '%s\n' "$(printf '%s' "$3" | tr -d '\n')" |
	    W "$1" -a - 2>/dev/null |
	    jq -c --arg d "$2" '.worksheet.completed = ($d + "T20:00:00+01:00")
	    | .worksheet.started = .worksheet.completed' >>"$J"
}
for d in 01 02 03 07 08 09 10; do
	add checkin 2026-10-$d "{\"mood\":${d#0},\"sleep_hours\":6.5,\
\"phq2_q1\":1,\"phq2_q2\":2,\"gad2_q1\":0,\"gad2_q2\":1,\"note\":\"a|b\"}"
done
add phq9 2026-10-01 '{"q1":3,"q2":3,"q3":3,"q4":3,"q5":3,"q6":3,"q7":2,"q8":0,"q9":0}'
add phq9 2026-10-08 '{"q1":2,"q2":2,"q3":1,"q4":1,"q5":1,"q6":1,"q7":1,"q8":0,"q9":0}'
add thought-record 2026-10-09 '{"situation":"Invented: Sam missed the bus",
"moods":"anxious","mood_before":70,"automatic_thoughts":"I always fail",
"hot_thought":"I always fail","evidence_for":"late once",
"evidence_against":"on time all week","balanced_thought":"One late bus",
"belief_balanced":60,"mood_after":40}'
chmod 600 "$J"

out=$(W -j "$J" --history)
is "--history: every entry (JSON lines off a terminal)" \
    "$(printf '%s\n' "$out" | jq -r .worksheet.name | sort | uniq -c |
    tr -s ' ' | tr '\n' ';')" " 7 checkin; 2 phq9; 1 thought-record;"
is "--history NAME" "$(W -j "$J" --history phq9 | wc -l | tr -d ' ')" 2
is "--since/--until, inclusive" "$(W -j "$J" --history checkin \
    --since 2026-10-02 --until 2026-10-08 | wc -l | tr -d ' ')" 4
W -j "$J" --history --since 2026-02-30 >/dev/null 2>&1; rc=$?
is "an impossible date is a usage error" "$rc" 2

out=$(W -j "$J" --summary --until 2026-10-10)
like "--summary: streaks" "$out" "Days with an entry: 7 \(2026-10-01 to 2026-10-10\)"
like "--summary: longest run" "$out" "longest run: 4 days"
like "--summary: gaps" "$out" "Gap: 3 days without an entry after 2026-10-03"
like "--summary: PHQ-9 chart with bands" "$out" "moderately_severe 15\+"
like "--summary: latest PHQ-9 band" "$out" "latest 9 on 2026-10-08 \(mild\)"
like "--summary: mood chart" "$out" "Mood \(daily check-in"
like "--summary: check-in PHQ-2 with its bands" "$(echo "$out" | tr '\n' ' ')" \
    "PHQ-2 total \(daily check-in\).*positive 3\+"
like "--summary: Unicode blocks in a UTF-8 locale" "$out" "│"
unlike "--summary: no colour off a terminal" "$out" "$(printf '\033')"
out=$(LC_ALL=C W -j "$J" --summary)
unlike "--summary: ASCII only in the C locale" "$out" "[^ -~]"
like "--summary: ASCII bars" "$out" "\|#"
is "--summary: empty journal says so" \
    "$(W -j "$TMP/none.jsonl" --summary | sed -n 2p)" \
    "No entries in this period."

W -j "$J" --plot "$TMP/t.svg"; rc=$?
is "--plot: exit 0" "$rc" 0
is "--plot: the picture is private (0600)" "$(stat -c %a "$TMP/t.svg")" 600
like "--plot: an SVG document" "$(head -c 300 "$TMP/t.svg")" '<svg xmlns='
chmod 644 "$TMP/t.svg"
W -j "$J" --plot "$TMP/t.svg"
is "--plot over a readable file: made private (0600)" \
    "$(stat -c %a "$TMP/t.svg")" 600
is "--plot: panels for PHQ-9, mood, sleep, check-in PHQ-2 and GAD-2" \
    "$(grep -c '<polyline' "$TMP/t.svg")" 5
is "--plot: bands shaded: five PHQ-9, two PHQ-2, two GAD-2" \
    "$(grep -c 'fill="#[0-9a-f]*"/>' "$TMP/t.svg")" 9
like "--plot: well-formed ends" "$(tail -n 1 "$TMP/t.svg")" '^</svg>$'
W -j "$J" --plot "$TMP/no/such/dir.svg" 2>/dev/null; rc=$?
is "--plot to an impossible path: exit 3" "$rc" 3

out=$(W -j "$J" --export md --since 2026-10-01 --until 2026-10-31)
like "--export md: title with the period" "$out" \
    "^# Worksheet journal, 2026-10-01 to 2026-10-31"
like "--export md: questionnaire table" "$out" \
    "\| 2026-10-08 \| PHQ-9 depression questionnaire \| 9 \| mild \| \[\] \|"
like "--export md: check-in row, pipes escaped" "$out" \
    "\| 2026-10-07 \| 7 \| 6.5 \| 3 \| 1 \|  \| a\\\\\|b \|"
like "--export md: worksheet text" "$out" \
    "- An alternative or balanced thought: One late bus"
out=$(W -j "$J" --export csv --since 2026-10-08 --until 2026-10-08)
is "--export csv: header" "$(printf '%s\n' "$out" | head -n 1)" \
    "date,time,worksheet,field,value"
like "--export csv: a score row" "$out" "2026-10-08,20:00,phq9,total,9"
like "--export csv: quoted field" "$out" '2026-10-08,20:00,checkin,note,"?a\|b'

out=$(W -j "$J" --plan)
like "--plan without a plan says how to make one" "$out" \
    "mh-worksheet safety-plan --save"
add safety-plan 2026-10-10 '{"warning_signs":"Invented: staying in bed",
"coping":"walk the dog","distractions":"the library","helpers":"Alex",
"professionals":"Dr Example","safe_environment":"ask Alex to help"}'
out=$(W -j "$J" --plan --country GB | tr '\n' ' ')
like "--plan shows the plan and the crisis lines" "$out" \
    "saved 2026-10-10.*walk the dog.*Samaritans"

# An alert (a diary-card urge of 4) brings the saved plan with the lines.
echo '{"urge_suicide":4,"urge_self_harm":1,"self_harm_acted":"no",
"urge_substance":0,"substance_acted":"no","anger":1,"fear":2,"joy":1,
"sadness":3,"shame":1,"distress":6,"medication":"yes"}' | tr -d '\n' |
    W diary-card -a - -j "$J" >/dev/null 2>"$TMP/err"
like "diary-card urge 4: crisis response and the saved plan" \
    "$(tr '\n' ' ' <"$TMP/err")" "988.*My safety plan.*walk the dog"

# A broken table of crisis lines: the fallback is shown, the fault named.
mkdir -p "$TMP/bad"
cp -r "$MH_DATADIR"/. "$TMP/bad"
printf 'XX\tbroken\n' >>"$TMP/bad/resources.tsv"
out=$(MH_DATADIR="$TMP/bad" W -j "$J" --plan 2>"$TMP/err")
like "--plan, broken crisis table: still points at emergency help" \
    "$out" "call your local emergency number"
like "--plan, broken crisis table: names the file and line on stderr" \
    "$(cat "$TMP/err")" 'resources.tsv:[0-9]+: .*showing the fallback lines'
exit 0
