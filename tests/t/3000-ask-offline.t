#!/bin/sh
# mh-ask with the offline default: no key, no network, labelled as not
# AI, one worksheet command per reply; crises get the crisis text; the
# command line behaves.
. "$MH_SRC/tests/t/lib.sh"
. "$MH_SRC/tests/stub/stub.sh"

# The default needs nothing configured.
echo "I keep panicking before meetings and my heart races" >"$TMP/in"
run mh-ask <"$TMP/in" >"$TMP/out" 2>"$TMP/err"; rc=$?
is "offline by default: exit 0" "$rc" 0
is "offline: source" "$(jq -r .reply.source "$TMP/out")" offline
is "offline: provider" "$(jq -r .reply.provider "$TMP/out")" offline
like "offline: labelled as not AI" "$(jq -r .reply.text "$TMP/out")" \
    '^\[mh offline helper: not AI; nothing was sent anywhere\]'
like "offline: panic gets grounding" "$(jq -r .reply.text "$TMP/out")" \
    'To start it: mh-worksheet grounding'
is "offline: screened on the way" "$(jq -r .screen.action "$TMP/out")" \
    continue
is "offline: redacted on the way" "$(jq -r .redact.schema "$TMP/out")" 1
is "offline: nothing on stderr" "$(cat "$TMP/err")" ""
# Every offline answer names the crisis line for the country, or the
# directory where the table has none for it.
like "offline: names the country's crisis line" \
    "$(jq -r .reply.text "$TMP/out" | tail -1)" \
    '^If you are thinking about suicide or are not safe right now, contact 988 .*\(988\), or call 911\.$'
echo "I feel a bit low" | run mh-ask -c GB >"$TMP/out"
like "offline: and another country's" "$(jq -r .reply.text "$TMP/out" | tail -1)" \
    'contact Samaritans \(116 123\), or call 999'
echo "I feel a bit low" | run mh-ask -c ZW >"$TMP/out"
like "offline: or the directory" "$(jq -r .reply.text "$TMP/out" | tail -1)" \
    'call your local emergency number, or find a crisis line at findahelpline\.com\.$'
# conversations are kept apart by their JSON value, numbers too, as
# mh-screen keeps them
printf '%s\n' '{"conversation":1,"text":"I lost my job"}' \
    '{"conversation":2,"text":"tallest bridges near me?"}' \
    '{"conversation":1,"text":"tallest bridges near me?"}' |
    run mh-ask >"$TMP/out"
is "numeric conversations: each its own" \
    "$(jq -r .screen.action "$TMP/out" | tr '\n' ' ')" "continue continue crisis "
# odd tables: a country with support lines only gets the directory; a
# crisis line reached by text says so
mkdir -p "$TMP/dd" && cp -R "$MH_DATADIR/." "$TMP/dd/"
printf 'ZW\tsupport\tAn Invented Line\t0800 000 000\t\t\t\t\t-\t-\ttest\nZM\tcrisis\tAn Invented Text Line\t\t85258\t\t\t\t-\t-\ttest\n' \
    >>"$TMP/dd/resources.tsv"
echo "I feel a bit low" | MH_DATADIR="$TMP/dd" run mh-ask -c ZW >"$TMP/out"
like "offline: support lines only, then the directory" \
    "$(jq -r .reply.text "$TMP/out" | tail -1)" 'findahelpline\.com\.$'
echo "I feel a bit low" | MH_DATADIR="$TMP/dd" run mh-ask -c ZM >"$TMP/out"
like "offline: a text line is named as one" \
    "$(jq -r .reply.text "$TMP/out" | tail -1)" 'An Invented Text Line \(text 85258\)\.$'
# a broken crisis-lines table is a configuration error, as in mh-screen
grep -v '^INT	' "$MH_DATADIR/resources.tsv" >"$TMP/dd/resources.tsv"
echo "I feel a bit low" | MH_DATADIR="$TMP/dd" run mh-ask >"$TMP/out" 2>"$TMP/err"
is "a table without the international rows: exit 2" "$?" 2
like "and says which file" "$(cat "$TMP/err")" 'resources\.tsv'

# Each skill, one record per line, in order.
cat >"$TMP/in" <<'X'
I feel so stupid, I always mess everything up
I lie awake until 4am every night
I can't stop worrying about what if I fail
No energy, I can't get out of bed, everything is pointless
X
run mh-ask <"$TMP/in" >"$TMP/out"
is "offline: four records, four skills" \
    "$(jq -r '.reply.text' "$TMP/out" | sed -n 's/^To start it: mh-worksheet //p' | tr '\n' ' ')" \
    "thought-record sleep-diary worry-time activation "

# Every worksheet the offline helper names exists (once mh-worksheet's
# templates are in the tree).
for w in thought-record activation grounding three-good-things checkin \
    sleep-diary worry-time diary-card safety-plan; do
	if [ -d "$MH_DATADIR/worksheets" ]; then
		ok "worksheet $w exists" test -f "$MH_DATADIR/worksheets/$w.json"
	else
		_res 0 "worksheet $w exists # skip no worksheets in this tree"
	fi
done

# A crisis is answered with the crisis text, whatever the provider.
echo '{"id":7,"text":"I want to kill myself tonight"}' >"$TMP/in"
run mh-ask <"$TMP/in" >"$TMP/out"; rc=$?
is "crisis: exit 0" "$rc" 0
is "crisis: source" "$(jq -r .reply.source "$TMP/out")" crisis
is "crisis: screen says crisis" "$(jq -r .screen.action "$TMP/out")" crisis
like "crisis: asks directly about safety" "$(jq -r .reply.text "$TMP/out")" \
    'Are you safe right now'
like "crisis: gives the US line by default" "$(jq -r .reply.text "$TMP/out")" \
    '988'
is "crisis: id passes through" "$(jq -r .id "$TMP/out")" 7
run mh-ask -c GB <"$TMP/in" >"$TMP/out"
like "crisis: --country GB gives UK lines" "$(jq -r .reply.text "$TMP/out")" \
    '116 123'

# A record already screened is not screened again.
echo '{"text":"hello there","redact":{"schema":1,"count":0},"screen":{"schema":1,"risk":"high","action":"crisis","categories":[{"name":"suicidal_ideation"}]}}' >"$TMP/in"
run mh-ask <"$TMP/in" >"$TMP/out"
is "an existing screen is used as it is" "$(jq -r .reply.source "$TMP/out")" crisis

# A message as arguments: one record.
run mh-ask "I had a bad day and nothing went right" >"$TMP/out"; rc=$?
is "arguments: one record, exit 0" "$rc/$(wc -l <"$TMP/out" | tr -d ' ')" "0/1"
like "arguments: three good things" "$(jq -r .reply.text "$TMP/out")" \
    'mh-worksheet three-good-things'

# Plain text into a pipe with -p.
run mh-ask -p "I can't sleep" >"$TMP/out"
like "plain: first line is the label" "$(head -1 "$TMP/out")" \
    '^\[mh offline helper'
unlike "plain: no JSON" "$(cat "$TMP/out")" '^\{'

# A record without text fails, but the run goes on.
printf '%s\n' '{"id":1}' 'I feel low' >"$TMP/in"
run mh-ask <"$TMP/in" >"$TMP/out" 2>"$TMP/err"; rc=$?
is "no text: exit 1" "$rc" 1
is "no text: error code" "$(head -1 "$TMP/out" | jq -r .error.code)" no_text
is "no text: next record answered" "$(sed -n 2p "$TMP/out" | jq -r .reply.source)" offline
like "no text: stderr names the line" "$(cat "$TMP/err")" '<stdin>:1: '

# The same in plain mode: the diagnostic names the line.
printf '%s\n' 'I feel low' '{"text":1}' | run mh-ask -p >"$TMP/out" 2>"$TMP/err"
rc=$?
is "plain, bad text: exit 1" "$rc" 1
like "plain, bad text: stderr names line 2" "$(cat "$TMP/err")" \
    '^mh-ask: <stdin>:2: the text is not a string$'

# A message given as arguments that cannot be read is still written,
# with its error.
run mh-ask "$(printf 'bad \377 byte')" >"$TMP/out" 2>"$TMP/err"; rc=$?
is "bad argument: exit 1" "$rc" 1
is "bad argument: written with its error" \
    "$(jq -c '[.error.code, .error.line]' "$TMP/out")" '["utf8",1]'
like "bad argument: named as such" "$(cat "$TMP/err")" '^mh-ask: <arguments>:1: '

# On a terminal (a pty from script(1)): an empty stdin gets a hint, not
# a hang; the answer is plain text.
if command -v script >/dev/null 2>&1; then
	timeout 10 script -qec "$MH_BIN/mh-ask" /dev/null </dev/null \
	    >"$TMP/out" 2>&1; rc=$?
	is "terminal, no input: exit 2, no hang" "$rc" 2
	like "terminal, no input: a hint" "$(cat "$TMP/out")" \
	    "type a message as arguments, or pipe"
	timeout 10 script -qec "$MH_BIN/mh-ask I cannot sleep at night" \
	    /dev/null </dev/null >"$TMP/out" 2>&1
	like "terminal: plain text" "$(head -1 "$TMP/out")" '^\[mh offline helper'
	unlike "terminal: no JSON" "$(cat "$TMP/out")" '"reply"'
else
	for i in 1 2 3 4; do _res 0 "terminal # skip no script(1)"; done
fi

# The command line.
run mh-ask --mode therapist x >/dev/null 2>"$TMP/err"; rc=$?
is "bad --mode: exit 2" "$rc" 2
run mh-ask -P nosuch x >/dev/null 2>"$TMP/err"; rc=$?
is "unknown provider: exit 2" "$rc" 2
like "unknown provider: says so" "$(cat "$TMP/err")" "unknown provider 'nosuch'"
run mh-ask -P openai x >/dev/null 2>"$TMP/err"; rc=$?
is "hosted provider without a key: exit 2" "$rc" 2
like "no key: says where to put one" "$(cat "$TMP/err")" 'OPENAI_API_KEY'
run mh-ask -P openai -b http://192.0.2.1/v1 x >/dev/null 2>"$TMP/err"; rc=$?
is "plain http to another host: exit 2" "$rc" 2
like "plain http: refused" "$(cat "$TMP/err")" 'only for a server on this machine'
run mh-ask -f text --retries many x >/dev/null 2>"$TMP/err"; rc=$?
is "bad --retries: exit 2" "$rc" 2
like "bad --retries: says which" "$(cat "$TMP/err")" 'retries: not a whole number'
# max_record from the configuration holds for plain mode too
mkdir -p "$XDG_CONFIG_HOME/mh"
echo 'max_record = 100' >"$XDG_CONFIG_HOME/mh/config"
head -c 300 /dev/zero | tr '\0' a | run mh-ask -p >/dev/null 2>"$TMP/err"
rc=$?
is "max_record in plain mode: the long line fails (exit 1)" "$rc" 1
like "max_record in plain mode: named" "$(cat "$TMP/err")" \
    '<stdin>:1: line longer than 100 bytes'
rm "$XDG_CONFIG_HOME/mh/config"
# redact_names and redact_keep, listed by mh-ask -h and mh-ask(1), hold
# for the redaction inside mh-ask
echo 'Kettle' >"$TMP/names"
echo 'Maya Okafor' >"$TMP/keep"
printf 'redact_names = %s\nredact_keep = %s\n' "$TMP/names" "$TMP/keep" \
    >"$XDG_CONFIG_HOME/mh/config"
echo 'the kettle told Maya Okafor off' | run mh-ask -n -P ollama |
    jq -r '.reply.request.body.messages[-1].content' >"$TMP/out"
is "redact_names and redact_keep from the configuration" "$(cat "$TMP/out")" \
    'the [NAME_1] told Maya Okafor off'
like "and -h lists them" "$(run mh-ask -h)" 'redact_names, redact_keep'
rm "$XDG_CONFIG_HOME/mh/config"
run mh-ask -s ../elsewhere x >/dev/null 2>"$TMP/err"; rc=$?
is "bad session name: exit 2 (usage)" "$rc" 2
like "bad session name: says the rule" "$(cat "$TMP/err")" \
    "bad session name '../elsewhere'"
run mh-ask --max-tokens 0 x >/dev/null 2>"$TMP/err"; rc=$?
is "--max-tokens 0: exit 2, not the default in silence" "$rc" 2
like "--max-tokens 0: says the range" "$(cat "$TMP/err")" \
    'max_tokens: not a whole number from 1 to'
MH_STALL_TIMEOUT=-1 run mh-ask x >/dev/null 2>"$TMP/err"; rc=$?
is "bad stall_timeout from the environment: exit 2" "$rc" 2
run mh-ask -c XYZ x >/dev/null 2>"$TMP/err"; rc=$?
is "bad country: exit 2" "$rc" 2
MH_PROVIDER=offline run mh-ask -S /nonexistent x >/dev/null 2>"$TMP/err"; rc=$?
is "missing system file: exit 2" "$rc" 2

# --help matches the man page's synopsis.
run mh-ask --help >"$TMP/out"
syn=$(mandoc -Tutf8 "$MH_SRC/man/mh-ask.1" 2>/dev/null | col -b |
    sed -n '/^SYNOPSIS/,/^DESCRIPTION/p' | sed '1d;$d' | tr '\t\n' '  ' |
    tr -s ' ' | sed 's/^ *//;s/ *$//')
use=$(head -1 "$TMP/out" | sed 's/^usage: //')
is "--help usage line matches the man page SYNOPSIS" "$use" "$syn"

# The examples in the man page run (offline) and exit 0.
sed -n '/^\.Sh EXAMPLES/,/^\.Sh /p' "$MH_SRC/man/mh-ask.1" |
    sed -n 's/^\.Dl //p' | grep -e ' -n ' -e '^[^P]*$' >"$TMP/examples"
n=0
while IFS= read -r ex; do
	n=$((n + 1))
	ex=$(printf '%s' "$ex" | sed 's/\\(dq/"/g; s/\\-/-/g; s/\\e/\\/g')
	( cd "$TMP" && PATH="$MH_BIN:$PATH" sh -c "$ex" >/dev/null 2>&1 )
	is "man page offline example $n runs: $ex" "$?" 0
done <"$TMP/examples"
ok "the man page has offline examples" test "$n" -ge 2

# A completed worksheet is reviewed, not answered with the same exercise.
if [ -x "$MH_BIN/mh-worksheet" ]; then
	run mh-worksheet thought-record \
	    --answers "$MH_SRC/examples/thought-record.json" |
	    run mh-ask >"$TMP/out" 2>"$TMP/err"
	r=$(jq -r .reply.text "$TMP/out")
	like "review: a thought record is reviewed" "$r" \
	    'You completed the Thought record'
	like "review: the mood before and after" "$r" 'from 80 to 40'
	unlike "review: not told to start the same exercise" "$r" \
	    'To start it: mh-worksheet thought-record'
	unlike "review: no free-text answer is quoted" "$r" 'let go|manager'
	echo '{"q1":1,"q2":2}' | run mh-worksheet phq2 -a - | run mh-ask \
	    >"$TMP/out" 2>"$TMP/err"
	r=$(jq -r .reply.text "$TMP/out")
	like "review: a questionnaire's total and band" "$r" \
	    'total was 3 \(positive\)'
	like "review: not a diagnosis" "$r" 'not a diagnosis'
	like "review: the follow-up questionnaire" "$r" 'mh-worksheet phq9'
fi

plan $_n
