#!/bin/sh
# Templates and answers: --list, --show, filling in from answers, the
# result record, validation failures, user templates.
. "$MH_SRC/tests/t/lib.sh"
plan 42

W() { run mh-worksheet "$@"; }
PHQ9='{"q1":2,"q2":2,"q3":2,"q4":2,"q5":2,"q6":2,"q7":1,"q8":1,"q9":0}'

out=$(W --list); rc=$?
is "--list: exit 0" "$rc" 0
is "--list: 16 templates as JSON lines" \
    "$(printf '%s\n' "$out" | jq -r .name | tr '\n' ' ')" \
    "activation asq checkin diary-card gad2 gad7 grounding k6 phq2 phq9 \
safety-plan sleep-diary thought-record three-good-things who5 worry-time "
is "--list: titles" "$(printf '%s\n' "$out" | jq -r 'select(.name=="phq9")
    .title')" "PHQ-9 depression questionnaire"

out=$(W --show phq9)
is "--show: nine items" "$(printf '%s' "$out" | jq '.items | length')" 9
is "--show: item fields" "$(printf '%s' "$out" | jq -c '.items[0] |
    [.id, .type, .min, .max, .required, (.labels | length)]')" \
    '["q1","scale",0,3,true,4]'
is "--show: choice options" "$(W --show asq | jq -c '.items[4] |
    [.options, .ask_if.ids]')" \
    '[["yes","no","decline"],["q1","q2","q3","q4"]]'
W --show nonesuch >/dev/null 2>"$TMP/err"; rc=$?
is "--show unknown: exit 2" "$rc" 2
like "--show unknown: says so" "$(cat "$TMP/err")" "nonesuch: no such worksheet"

# A complete PHQ-9.
echo "$PHQ9" | W phq9 -a - >"$TMP/out" 2>"$TMP/err"; rc=$?
is "phq9 answers: exit 0" "$rc" 0
is "phq9: record fields" "$(jq -c '.worksheet | [.schema, .name,
    .template_version, .scores.total, .scores.severity, .scores.flags]' \
    "$TMP/out")" '[1,"phq9",1,14,"moderate",[]]'
like "phq9: times with a UTC offset" "$(jq -r .worksheet.completed \
    "$TMP/out")" '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}[+-][0-9]{2}:[0-9]{2}$'
like "phq9: readable text" "$(jq -r .text "$TMP/out")" \
    'total 14 of 27, moderate'
is "phq9: no crisis text without a flag" "$(cat "$TMP/err")" ""

# Item 9 above 0: flagged, and crisis lines on stderr at once.
echo "$PHQ9" | sed 's/"q9":0/"q9":2/' | W phq9 -a - >"$TMP/out" \
    2>"$TMP/err"
is "item 9 = 2: flag" "$(jq -c .worksheet.scores.flags "$TMP/out")" \
    '["phq9_item9"]'
like "item 9 = 2: crisis lines on stderr" "$(cat "$TMP/err")" '988'
is "item 9 = 2: asq is next" "$(jq -c .worksheet.scores.next "$TMP/out")" \
    '["asq"]'

# ASQ: acute.
echo '{"q1":"no","q2":"no","q3":"yes","q4":"no","q5":"yes"}' |
    W asq -a - 2>"$TMP/err" >"$TMP/out"
like "asq acute: emergency number first on stderr" \
    "$(sed -n 2p "$TMP/err")" "please call 911 now"
is "asq acute" "$(jq -c '.worksheet.scores | [.severity, .flags]' \
    "$TMP/out")" '["acute_positive",["asq_positive","asq_acute"]]'

# Validation failures are error records, the run goes on.
printf '%s\n' '{"q1":1}' '{"q1":1,"q2":9}' '{"q1":1,"q2":0,"q3":1}' \
    '{"q1":1,"q2":0}' '{"q1":"1","q2":0}' | W phq2 -a - >"$TMP/out" \
    2>"$TMP/err"; rc=$?
is "bad answers: exit 1" "$rc" 1
is "bad answers: one record per line" "$(wc -l <"$TMP/out" | tr -d ' ')" 5
is "missing answer named" "$(sed -n 1p "$TMP/out" | jq -r .error.message)" \
    "missing answer: q2 (Feeling down, depressed, or hopeless)"
is "out of range named with the range" \
    "$(sed -n 2p "$TMP/out" | jq -r .error.message)" \
    "q2: must be a whole number from 0 to 3"
is "unknown item named" "$(sed -n 3p "$TMP/out" | jq -r .error.message)" \
    '"q3" is not an item of phq2'
is "the good line between still scores" \
    "$(sed -n 4p "$TMP/out" | jq .worksheet.scores.total)" 1
is "a string for a number is refused" \
    "$(sed -n 5p "$TMP/out" | jq -r .error.code)" answers
like "stderr names the line" "$(cat "$TMP/err")" '<stdin>:2: q2: must be'

# An answers file, and the "answers" member with pass-through fields.
printf '%s\n' '{"id":1.10,"answers":{"q1":0,"q2":1},"conversation":"c7"}' \
    >"$TMP/a.jsonl"
W phq2 --answers "$TMP/a.jsonl" >"$TMP/out"; rc=$?
is "answers file: exit 0" "$rc" 0
like "other members pass through, in order, numbers exact" \
    "$(cat "$TMP/out")" '^\{"id":1\.10,"conversation":"c7","worksheet":'
W phq2 --answers "$TMP/nonesuch" >/dev/null 2>"$TMP/err"; rc=$?
is "missing answers file: exit 2" "$rc" 2
printf '{"q1":1,"q2":0}\n{"q1":5,"q2":0}\n' >"$TMP/b.jsonl"
W phq2 -a "$TMP/b.jsonl" >/dev/null 2>"$TMP/err"
like "errors name the answers file" "$(cat "$TMP/err")" "b.jsonl:2: q1"

# Not a terminal and no answers: a clear usage error.
W checkin </dev/null >/dev/null 2>"$TMP/err"; rc=$?
is "no terminal, no answers: exit 2" "$rc" 2
like "no terminal: says what to do" "$(cat "$TMP/err")" "--answers FILE"

# User templates: a new one extends the list, a broken one is named.
U="$XDG_CONFIG_HOME/mh/worksheets"
mkdir -p "$U"
cat >"$U/gratitude.json" <<'T'
{"name":"gratitude","title":"Gratitude note","version":1,
 "items":[{"id":"note","prompt":"One thing you are grateful for",
 "type":"text"}]}
T
is "a user template extends the list" \
    "$(W --list | jq -r 'select(.name=="gratitude") | .source')" user
echo '{"note":"the sun came out"}' | W gratitude -a - >"$TMP/out"
is "a user template fills in" "$(jq -r .worksheet.answers.note "$TMP/out")" \
    "the sun came out"
printf '{"name":"checkin","title":"Mine","version":1,"items":[{"id":"m",\n"prompt":"Mood","type":"scale","min":0,"max":"ten"}]}\n' \
    >"$U/checkin.json"
echo '{"m":1}' | W checkin -a - >/dev/null 2>"$TMP/err"; rc=$?
is "broken user template: exit 2" "$rc" 2
like "broken user template: file and problem named" "$(cat "$TMP/err")" \
    "worksheets/checkin.json: item \"m\": a scale needs \"min\" and \"max\" integers"
W --list >"$TMP/out" 2>"$TMP/err"; rc=$?
is "--list with a broken template: exit 1" "$rc" 1
like "--list names the broken file" "$(cat "$TMP/err")" "checkin.json"
is "--list still lists the others" "$(wc -l <"$TMP/out" | tr -d ' ')" 16
rm -f "$U/checkin.json"

# Usage.
W >/dev/null 2>"$TMP/err"; rc=$?
is "no arguments: exit 2 with usage" "$rc:$(head -c 20 "$TMP/err")" \
    "2:usage: mh-worksheet "
W --export xml >/dev/null 2>&1; rc=$?
is "--export xml: exit 2" "$rc" 2
W --history --since tomorrowish >/dev/null 2>&1; rc=$?
is "bad --since: exit 2" "$rc" 2
exit 0
