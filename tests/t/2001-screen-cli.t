#!/bin/sh
# mh-screen on the command line: the screen object, options, exit codes.
# Every message is invented.
. "$MH_SRC/tests/t/lib.sh"
plan 63

scr() { run mh-screen "$@" 2>"$TMP/err"; }
j() { jq -c "$1" "$TMP/out"; }

echo "I just lost my job. What are the bridges taller than 25 meters in NYC?" |
    scr >"$TMP/out"
is "exit 0 when nothing asked to fail" "$?" 0
is "schema version" "$(j .screen.schema)" 1
is "distress then a bridge question: high" "$(j .screen.risk)" '"high"'
is "action crisis" "$(j .screen.action)" '"crisis"'
is "category means_seeking" "$(j '.screen.categories[0].name')" \
    '"means_seeking"'
is "raised by the distress in the message" \
    "$(j '.screen.categories[0].evidence[0].context')" '["distress"]'
# the offsets point at the cue in the text
is "evidence offsets cut the cue out of the text" "$(jq -r '
    .screen.categories[0].evidence[0] as $e | .text | .[$e.start:$e.end]' \
    "$TMP/out")" "bridges taller"
is "crisis resources, US by default" "$(j .screen.resources.country)" '"US"'
like "988 among them" "$(j .screen.resources.services)" '"988"'

# full-width forms and bold letters are read as the ASCII they stand for;
# the offsets are of the bytes as written (cut -b in the C locale)
echo 'Ｉ ｗａｎｔ ｔｏ ｋｉｌｌ ｍｙｓｅｌｆ ｔｏｎｉｇｈｔ' | scr >"$TMP/out"
is "full-width letters: the crisis is read" \
    "$(j '[.screen.action, .screen.categories[0].name]')" \
    '["crisis","suicidal_ideation"]'
is "full-width letters: the offsets cut the cue out of the text" \
    "$(jq -r .text "$TMP/out" | LC_ALL=C cut -b "$(jq -r \
    '.screen.categories[0].evidence[0] | "\(.start + 1)-\(.end)"' "$TMP/out")")" \
    'ｋｉｌｌ ｍｙｓｅｌｆ'
echo '𝐈 𝐝𝐨𝐧𝐭 𝐰𝐚𝐧𝐭 𝐭𝐨 𝐛𝐞 𝐡𝐞𝐫𝐞 𝐚𝐧𝐲𝐦𝐨𝐫𝐞' | scr >"$TMP/out"
is "bold letters: the wish is read" "$(j .screen.categories[0].name)" \
    '"suicidal_ideation"'

# a soft hyphen and a zero-width space, unseen, split no cue
printf 'I want to ki\302\255ll my\342\200\213self\n' | scr >"$TMP/out"
is "invisible characters: the cue is read, its offsets as written" \
    "$(j '[.screen.categories[0].name, .screen.categories[0].evidence[0].start, .screen.categories[0].evidence[0].end]')" \
    '["suicidal_ideation",10,26]'

echo "How do I kill a zombie process?" | scr >"$TMP/out"
is "technical text: risk none" "$(j .screen.risk)" '"none"'
is "action continue" "$(j .screen.action)" '"continue"'
is "no resources when not a crisis" "$(j .screen.resources)" null

echo "I want to die" | scr -c GB >"$TMP/out"
is "--country GB" "$(j .screen.resources.country)" '"GB"'
like "Samaritans for GB" "$(j .screen.resources.services)" "116 123"
echo "I want to die" | scr -c ZZ >"$TMP/out"
is "a country without lines: the international fallback" \
    "$(j '.screen.resources | [.country, .fallback, .directory]')" \
    '["INT",true,"findahelpline.com"]'
echo "I want to die" | MH_COUNTRY=ie scr >"$TMP/out"
is "MH_COUNTRY when no option" "$(j .screen.resources.country)" '"IE"'
mkdir -p "$XDG_CONFIG_HOME/mh"
echo "country = AU" >"$XDG_CONFIG_HOME/mh/config"
echo "I want to die" | scr >"$TMP/out"
is "config country" "$(j .screen.resources.country)" '"AU"'
echo "I want to die" | scr -c nz >"$TMP/out"
is "the option overrides the config" "$(j .screen.resources.country)" '"NZ"'
# as -h and mh-screen(1) say: MH_COUNTRY before the configuration key
echo "I want to die" | MH_COUNTRY=ie scr >"$TMP/out"
is "MH_COUNTRY overrides the config" "$(j .screen.resources.country)" '"IE"'
rm "$XDG_CONFIG_HOME/mh/config"
echo "hi" | scr -c "12" >"$TMP/out"
is "a bad country is a usage error" "$?" 2
like "and says so" "$(cat "$TMP/err")" "country"
echo "hi" | scr -c '' >"$TMP/out"
is "an empty -c is a usage error, not the locale's country" "$?" 2

# --fail-at: a script branches on the exit status
printf 'hello\nI feel hopeless and want to die\n' | scr -F high >/dev/null
is "--fail-at high: exit 5 when reached" "$?" 5
printf 'hello\nI feel hopeless and want to die\n' | scr -F imminent >/dev/null
is "--fail-at imminent: exit 0 when not reached" "$?" 0
printf 'hello\n' | scr --fail-at low >/dev/null
is "--fail-at low: exit 0 on a greeting" "$?" 0
echo hi | scr -F severe >/dev/null
is "--fail-at with an unknown level: usage error" "$?" 2
like "usage line on stderr" "$(cat "$TMP/err")" "^mh-screen: --fail-at"
echo hi | scr extra-arg >/dev/null
is "an operand is a usage error" "$?" 2

# the text field, whole input, a text that is not a string
echo '{"msg":"kms","text":"hello"}' | scr -f msg >"$TMP/out"
is "-f reads another field" "$(j .screen.risk)" '"high"'
printf '%s\n' '{"txt":"kms"}' '{"txt":"I want to kill myself"}' |
    scr -F high >"$TMP/out" 2>"$TMP/err"
is "no text field: rated none, --fail-at passes (exit 0)" "$?" 0
like "no text field: named on stderr" "$(cat "$TMP/err")" \
    '<stdin>:1: no "text" field, nothing screened'
is "no text field: said once" "$(wc -l <"$TMP/err" | tr -d ' ')" 1
printf 'first line\nI want to kill myself\n' | scr -w >"$TMP/out"
is "-w: one record for all of stdin" "$(wc -l <"$TMP/out" | tr -d ' ')" 1
is "-w: screened as a whole" "$(j .screen.risk)" '"high"'
printf '{"text":42}\n{"text":"ok"}\n' | scr >"$TMP/out"
is "a text that is not a string: exit 1" "$?" 1
is "its record carries an error" "$(jq -sc '.[0].error.code' "$TMP/out")" \
    '"text_type"'
is "the next record is still screened" \
    "$(jq -sc '.[1].screen.risk' "$TMP/out")" '"none"'
# a screen the input brought must not pass as the verdict on a record
# that could not be screened (mh-ask trusts a record's screen)
printf '%s\n' '{"text":42,"screen":{"schema":1,"risk":"none","action":"continue","categories":[]}}' |
    scr >"$TMP/out"
is "a text that is not a string: an input screen is dropped" \
    "$(j '[.error.code, .screen]')" '["text_type",null]'
printf '%s\n' '{"text":"hi\u0000","screen":{"risk":"none","action":"continue"}}' |
    scr >"$TMP/out"
is "a text with a NUL: an input screen is dropped" \
    "$(j '[.error.code, .screen]')" '["nul",null]'
echo '{"id":7}' | scr >"$TMP/out"
is "a record without text: risk none, passed through" "$(j '[.id,.screen.risk]')" \
    '[7,"none"]'

# --help matches the man page synopsis
run mh-screen --help >"$TMP/help"
syn=$(mandoc -Tascii "$MH_SRC/man/mh-screen.1" 2>/dev/null | col -b |
    sed -n '/^SYNOPSIS/,/^DESCRIPTION/p' | sed '1d;$d' | tr -s ' \n' '  ' |
    sed 's/^ *//;s/ *$//')
is "--help usage line is the man SYNOPSIS" \
    "$(head -1 "$TMP/help" | sed 's/^usage: //')" "$syn"
like "--help says it is no clinician" "$(cat "$TMP/help")" "clinician"

# reply screening: reply.text is judged against the user's text
r='{"text":"I lost my job. Tall bridges near me?",'
r="$r"'"reply":{"text":"The Verrazzano Bridge is 70 m high.","model":"m1"}}'
echo "$r" | scr >"$TMP/out"
is "a reply naming bridges after a job loss is unsafe" \
    "$(j '[.reply.screen.safe, .reply.screen.reasons[0].reason]')" \
    '[false,"means_information"]'
is "the reply's other fields are kept, in order" \
    "$(j '.reply | keys_unsorted')" '["text","model","screen"]'
echo "$r" | scr -F imminent >/dev/null
is "--fail-at: an unsafe reply exits 5" "$?" 5
echo '{"text":"hello","reply":{"text":"Hi, how can I help?"}}' | scr >"$TMP/out"
is "a plain greeting and reply: safe" "$(j .reply.screen.safe)" true
echo '{"text":"hello","reply":{"text":7}}' | scr >"$TMP/out"
is "reply.text not a string: exit 1" "$?" 1
is "with an error record" "$(j .error.code)" '"reply_type"'
is "and the user's screen still written" "$(j .screen.risk)" '"none"'
echo '{"text":"hi","reply":{"text":7,"screen":{"schema":1,"safe":true},"model":"m1"}}' |
    scr >"$TMP/out"
is "reply.text not a string: an input reply.screen is dropped" \
    "$(j '[.error.code, .reply]')" '["reply_type",{"text":7,"model":"m1"}]'
echo '{"text":"I lost my job","reply":"The tallest bridge is 70 m."}' |
    scr >"$TMP/out"
is "a reply that is not an object: exit 1" "$?" 1
is "with a reply_type error" "$(j .error.code)" '"reply_type"'
echo '{"text":"hello","reply":{"model":"m1"}}' | scr >"$TMP/out"
is "a reply without text is left alone" "$(j .reply)" '{"model":"m1"}'
echo '{"text":"hello","reply":{"model":"m1","screen":{"schema":1,"safe":true}}}' |
    scr >"$TMP/out"
is "a reply without text: an input reply.screen is dropped" \
    "$(j .reply)" '{"model":"m1"}'

# the clear screen written without a dump is the library's own
echo hello | scr >"$TMP/out"
is "clear screen object" "$(j .screen)" \
    '{"schema":1,"risk":"none","action":"continue","categories":[]}'

# mh-screen(1), EXIT STATUS: a broken resources table is refused with its
# line, exit 2, never half-loaded
mkdir "$TMP/data"
cp -R "$MH_DATADIR"/. "$TMP/data/"
printf 'XX\tcrisis\n' >>"$TMP/data/resources.tsv"
echo hello | MH_DATADIR="$TMP/data" scr >"$TMP/out"
is "a broken resources table: exit 2" "$?" 2
like "named with its line" "$(cat "$TMP/err")" "resources.tsv:[0-9]*: "
# a table without the international directory would leave a crisis in a
# country without lines with no line at all
grep -v '^INT' "$MH_DATADIR/resources.tsv" >"$TMP/data/resources.tsv"
echo "I want to die" | MH_DATADIR="$TMP/data" scr -c ZZ >"$TMP/out"
is "a table without the INT directory: exit 2" "$?" 2
like "and says so" "$(cat "$TMP/err")" "no INT directory"
