#!/bin/sh
# mh-redact: placeholders consistent within a stream, across runs and
# across processes sharing a vault; the vault file; restore, also after an
# LLM has mangled the placeholders; masking; options and configuration.
. "$MH_SRC/tests/t/lib.sh"
plan 70

V="$TMP/state/vault"

# -- consistency within a stream and across runs
printf '%s\n' 'Maya Okafor called me.' '{"text":"I miss Maya Okafor."}' \
    'Kofi Brennan and Maya Okafor argued.' >"$TMP/in"
run mh-redact --vault "$V" <"$TMP/in" >"$TMP/out"
is "same value, same placeholder across records" \
    "$(jq -r .text "$TMP/out" | tr '\n' '|')" \
    "[NAME_1] called me.|I miss [NAME_1].|[NAME_2] and [NAME_1] argued.|"
echo 'Later Kofi Brennan said Maya Okafor was right.' |
    run mh-redact --vault "$V" >"$TMP/out2"
is "same placeholders in a second run sharing the vault" \
    "$(jq -r .text "$TMP/out2")" "Later [NAME_2] said [NAME_1] was right."
echo 'Later Kofi Brennan said Maya Okafor was right.' |
    run mh-redact >"$TMP/out3"
is "without a vault, numbering starts afresh" \
    "$(jq -r .text "$TMP/out3")" "Later [NAME_1] said [NAME_2] was right."

# -- the vault file
is "vault created 0600" "$(stat -c %a "$V")" 600
is "vault directory created 0700" "$(stat -c %a "$TMP/state")" 700
is "vault holds one line per value" "$(wc -l <"$V" | tr -d ' ')" 2
unlike "the output never holds a value" "$(cat "$TMP/out" "$TMP/out2")" \
    "Maya|Okafor|Kofi|Brennan"
cp "$V" "$TMP/open"; chmod 644 "$TMP/open"
echo 'Maya' | run mh-redact --vault "$TMP/open" >"$TMP/o" 2>"$TMP/e"; rc=$?
is "a vault others can read is refused (exit 3)" "$rc" 3
is "nothing written when the vault is refused" "$(cat "$TMP/o")" ""
like "and says why" "$(cat "$TMP/e")" "^mh-redact: .*open"
before=$(cksum <"$V")
echo 'Only Maya Okafor again.' | run mh-redact --vault "$V" >/dev/null
is "known values append nothing" "$(cksum <"$V")" "$before"

# -- round trip: redact then restore gives back the text exactly
jq -nc '{text: "Dr. Ingrid Haddad (ingrid.h@example.org, 555-201-7788) saw me"},
    {id: 7, text: "On 03/14/2024 at 24 Clarke Avenue, MRN 4455667.\nSecond line: Tomasz Novak."},
    {text: "Ünïcode: Zoë Ferreira wrote from Wrocław; card 4111 1111 1111 1111."},
    {text: "Text that looks like a placeholder: [NAME_1], NAME_2 and <PHONE_3>."}' \
    >"$TMP/rt"
run mh-redact --vault "$TMP/rv" <"$TMP/rt" >"$TMP/red"
run mh-redact --restore --vault "$TMP/rv" <"$TMP/red" >"$TMP/back"
is "round trip is exact" "$(jq -c .text "$TMP/back" | cksum)" \
    "$(jq -c .text "$TMP/rt" | cksum)"
unlike "the redacted text holds none of the values" "$(cat "$TMP/red")" \
    "Haddad|ingrid|7788|4455667|Clarke|Novak|Zoë|4111"
is "round trip keeps the other fields" "$(sed -n 2p "$TMP/back" | jq -c .id)" 7
# -f naming a member no record has: said on stderr, once
printf '%s\n' '{"text":"a"}' '{"text":"b"}' |
    run mh-redact --mask -f reply.text >"$TMP/o" 2>"$TMP/e"
is "missing -f field: said once" "$(grep -c 'no "reply.text" field' "$TMP/e")" 1
# The restored record no longer carries the redact object, which
# described the text as sent: with it, mh-ask took the originals for
# redacted text and sent them.
is "restore drops the redact object of the restored text" \
    "$(jq -c 'has("redact")' "$TMP/back" | sort -u)" false
is "a text with nothing to restore keeps it" \
    "$(echo '{"text":"fine","redact":{"schema":1,"field":"text","count":0,"items":[]}}' |
        run mh-redact --restore --vault "$TMP/rv" | jq -c 'has("redact")')" true

# The round trip in one pipeline on a new vault: the restoring stage
# starts with the first and once looked for the vault before it was made
# (about one run in six lost its answer, exit 3)
lost=0
for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do
	rm -f "$TMP/pv"
	echo 'Maya Okafor called' | run mh-redact --vault "$TMP/pv" |
	    run mh-redact --restore --vault "$TMP/pv" >"$TMP/o" 2>&1 &&
	    [ "$(jq -r .text "$TMP/o")" = 'Maya Okafor called' ] ||
	    lost=$((lost + 1))
done
is "redact | restore on a new vault: no run of 20 lost" "$lost" 0

# A line of the vault that is no entry (edited by hand, a torn write
# ended by the next append): its number went to the next new value,
# and the old text restored as another person's name.
rm -f "$TMP/dv"
echo 'Marisol Quenby called 555-0142' | run mh-redact --vault "$TMP/dv" >"$TMP/dold"
sed -i '1s/"value"/"valu"/' "$TMP/dv"
echo 'Tobin Ashgrove is here' | run mh-redact --vault "$TMP/dv" >"$TMP/o" 2>"$TMP/e"
is "a damaged vault line: its number goes to no new value" \
    "$(jq -r .text "$TMP/o")" '[NAME_2] is here'
is "a damaged vault line: its placeholder is not restored to another" \
    "$(run mh-redact --restore --vault "$TMP/dv" <"$TMP/dold" 2>/dev/null | jq -r .text)" \
    '[NAME_1] called 555-0142'
like "a damaged vault line: said, by its number" "$(cat "$TMP/e")" \
    'dv: line 1 is not a vault entry'
unlike "a damaged vault line: its content is not said" "$(cat "$TMP/e")" \
    'Marisol|Quenby'
# a byte-order mark an editor put before the first line is no damage
rm -f "$TMP/bv"
echo 'Marisol Quenby called' | run mh-redact --vault "$TMP/bv" >/dev/null
printf '\357\273\277' | cat - "$TMP/bv" >"$TMP/bv2" && cat "$TMP/bv2" >"$TMP/bv"
is "a byte-order mark: the first entry still read, nothing added" \
    "$(echo 'Marisol Quenby again' | run mh-redact --vault "$TMP/bv" 2>&1 |
        jq -r .text) $(wc -l <"$TMP/bv")" '[NAME_1] again 1'

# clear messages: an empty vault name, a missing names file named by
# its option; restore reads no names file
echo hi | run mh-redact -v '' >/dev/null 2>"$TMP/e"; rc=$?
is "an empty --vault: a usage error that says so" \
    "$rc $(grep -c 'vault needs a file name' "$TMP/e")" '2 1'
echo hi | run mh-redact -n "$TMP/nonames" >/dev/null 2>"$TMP/e"
like "a missing names file: its option named" "$(cat "$TMP/e")" \
    'names file \(-n, redact_names\): .*nonames'
is "restore reads no names file" \
    "$(echo '{"reply":{"text":"[NAME_1]"}}' |
        run mh-redact -r -v "$TMP/rv" -n "$TMP/nonames" 2>/dev/null |
        jq -r .reply.text)" 'Dr. Ingrid Haddad'

# restore from a mistyped vault path: exit 3, nothing made, nothing out
run mh-redact --restore --vault "$TMP/nodir/rv" <"$TMP/red" >"$TMP/o" 2>"$TMP/e"
is "restore with no such vault: exit 3" "$?" 3
ok "restore with no such vault: nothing created" test ! -e "$TMP/nodir"
unlike "placeholder-like input is replaced too" "$(sed -n 4p "$TMP/red")" \
    'NAME_2 and'
# A rule that ends inside a word must not leave a look-alike behind it:
# "@kofi" is a handle, and "'NAME_1" after it would restore as a name.
printf '%s\n' 'Maya Okafor' "ping @kofi'NAME_1 now" |
    run mh-redact --vault "$TMP/lv" >"$TMP/red2"
is "round trip with a look-alike after a handle" \
    "$(run mh-redact --restore --vault "$TMP/lv" <"$TMP/red2" | jq -r .text |
    tail -n 1)" "ping @kofi'NAME_1 now"

# -- the round trip with punctuation from U+0080 on: a span stops at
# it, a look-alike after a curly apostrophe is escaped
printf '%s\n' 'Maya Okafor’s mum — “Maya Okafor” said; Maya Okafor… ok' \
    'I typed x’NAME_1 and “NAME_1” by mistake—NAME_1…' \
    'Zoë’s café in Wrocław—Tobin Ashgrove😊 555‑201‑3344' >"$TMP/up"
run mh-redact --vault "$TMP/uv" <"$TMP/up" >"$TMP/ured"
is "curly punctuation: a name stops at it" \
    "$(sed -n 1p "$TMP/ured" | jq -r .text)" \
    '[NAME_1]’s mum — “[NAME_1]” said; [NAME_1]… ok'
run mh-redact --restore --vault "$TMP/uv" <"$TMP/ured" | jq -r .text >"$TMP/uback"
is "curly punctuation: the round trip is exact" "$(cksum <"$TMP/uback")" \
    "$(cksum <"$TMP/up")"

# -- characters that stand for ASCII (full-width, other scripts' digits,
# bold letters) are read as it and restored as they were written
printf '%s\n' 'Call ５５５-２０１-３３４４ or ｍａｙａ＠ｅｘａｍｐｌｅ．ｏｒｇ, Ｍａｙａ Ｏｋａｆｏｒ.' \
    '𝐌𝐚𝐲𝐚 𝐎𝐤𝐚𝐟𝐨𝐫 😊 ٥٥٥ ٢٠١ ٣٣٤٤ and Maya Okafor' >"$TMP/fw"
run mh-redact --vault "$TMP/fwv" <"$TMP/fw" >"$TMP/fwred"
is "folded: each spelling its own placeholder" \
    "$(jq -r .text "$TMP/fwred" | tr '\n' '|')" \
    "Call [PHONE_1] or [EMAIL_1], [NAME_1].|[NAME_2] 😊 [PHONE_2] and [NAME_3]|"
# the items' offsets are bytes of the output text: cut -b in the C locale
is "folded: offsets are the output's" \
    "$(for l in 1 2; do
	sed -n "${l}p" "$TMP/fwred" | jq -r .text >"$TMP/fwt"
	sed -n "${l}p" "$TMP/fwred" |
	    jq -r '.redact.items[] | "\(.start + 1)-\(.end)"' |
	    while read -r r; do LC_ALL=C cut -b "$r" "$TMP/fwt"; done
    done | tr '\n' ' ')" \
    "[PHONE_1] [EMAIL_1] [NAME_1] [NAME_2] [PHONE_2] [NAME_3] "
run mh-redact --restore --vault "$TMP/fwv" <"$TMP/fwred" |
    jq -r .text >"$TMP/fwback"
is "folded: the round trip is exact" "$(cksum <"$TMP/fwback")" \
    "$(cksum <"$TMP/fw")"
# a look-alike the folded copy hides must be none to restore either: an
# invisible character or a full-width letter joins it to the word before
# (found by fuzz_redact)
printf 'f\342\200\213NAME_1\342\200\246Maya Okafor\n\357\275\206NAME_1 and x\357\274\277NAME_2 and \302\255NAME_1 \342\200\213[NAME_1]\n' \
    >"$TMP/fl"
run mh-redact --vault "$TMP/flv" <"$TMP/fl" >"$TMP/flred"
run mh-redact --restore --vault "$TMP/flv" <"$TMP/flred" |
    jq -r .text >"$TMP/flback"
is "folded look-alikes: the round trip is exact" "$(cksum <"$TMP/flback")" \
    "$(cksum <"$TMP/fl")"

# -- restore after an LLM mangled the placeholders
printf '%s\n' 'Maya Okafor and Kofi Brennan' |
    run mh-redact --vault "$TMP/mv" >/dev/null
restore() { # (stderr: the count of placeholders not in the vault)
	printf '{"reply":{"text":"%s"}}\n' "$1" |
	    run mh-redact --restore --vault "$TMP/mv" 2>/dev/null |
	    jq -r .reply.text
}
is "restore [NAME_1]" "$(restore 'Ask [NAME_1].')" "Ask Maya Okafor."
is "restore without brackets" "$(restore 'Ask NAME_2.')" "Ask Kofi Brennan."
is "restore lower case" "$(restore 'Ask [name_1].')" "Ask Maya Okafor."
is "restore Name_1" "$(restore 'Ask Name_1 now')" "Ask Maya Okafor now"
is "restore [Name 2] and [NAME2]" "$(restore '[Name 2]/[NAME2]')" \
    "Kofi Brennan/Kofi Brennan"
is "restore <NAME_1>" "$(restore 'Hi <NAME_1>')" "Hi Maya Okafor"
is "restore beside curly quotes, a dash, an ellipsis" \
    "$(restore 'NAME_1’s mum; “NAME_2” said; NAME_1—really; NAME_1… ok')" \
    'Maya Okafor’s mum; “Kofi Brennan” said; Maya Okafor—really; Maya Okafor… ok'
is "restore: a text that is no string is left, the reply restored" \
    "$(echo '{"id":6,"text":7,"reply":{"text":"Ask [NAME_1]."}}' |
        run mh-redact --restore --vault "$TMP/mv" | jq -c '[.text, .reply.text]')" \
    '[7,"Ask Maya Okafor."]'
is "unknown placeholders stay" "$(restore '[NAME_9] and NAME_1x')" \
    "[NAME_9] and NAME_1x"
printf '{"reply":{"text":"Ask [NAME_1], [NAME_9] or NAME_8."}}\n' |
    run mh-redact --restore --vault "$TMP/mv" >/dev/null 2>"$TMP/e"
like "placeholders not in the vault: said once, counted" "$(cat "$TMP/e")" \
    '^mh-redact: 2 placeholders not in .*mv left as they were'
printf '{"text":"[NAME_1] asked","reply":{"text":"Tell NAME_2","n":1.50}}\n' |
    run mh-redact --restore --vault "$TMP/mv" >"$TMP/o"
is "restores text and reply.text together" \
    "$(jq -c '[.text, .reply.text, .reply.n]' "$TMP/o")" \
    '["Maya Okafor asked","Tell Kofi Brennan",1.5]'
like "restore keeps reply's other members byte for byte" "$(cat "$TMP/o")" \
    '"reply":\{"text":"Tell Kofi Brennan","n":1\.50\}'

# -- a record longer than the scanner's window (1 MiB) is read in
# windows: nothing is missed or split at the seams, and it comes back whole
awk 'BEGIN { for (i = 0; i < 60000; i++)
    printf "Maya Okafor called 555-201-3344 about Dr. Tomasz Novak. ";
    print "" }' >"$TMP/long"
run mh-redact --vault "$TMP/lv" <"$TMP/long" >"$TMP/long.out"
is "3.4 MB record: every identifier found once per sentence" \
    "$(jq -r .text "$TMP/long.out" | grep -o '\[[A-Z]*_[0-9]*\]' | sort |
       uniq -c | tr -s ' ' | tr '\n' '|')" \
    " 60000 [NAME_1]| 60000 [NAME_2]| 60000 [PHONE_1]|"
run mh-redact --restore --vault "$TMP/lv" <"$TMP/long.out" |
    jq -r .text >"$TMP/long.back"
is "3.4 MB record: restored exactly" "$(cksum <"$TMP/long.back")" \
    "$(cksum <"$TMP/long")"

# -- two processes at once on one vault
for k in 1 2 3 4 5 6 7 8 9 10 11 12; do
	echo "Worker note $k: Ravi Tanaka, Lucia Moreau and Sione Novak met Person$k Haddad."
done >"$TMP/w"
( run mh-redact --vault "$TMP/cv" <"$TMP/w" >"$TMP/w1" ) &
( run mh-redact --vault "$TMP/cv" <"$TMP/w" >"$TMP/w2" ) &
wait
is "two processes: identical output" "$(cksum <"$TMP/w1")" "$(cksum <"$TMP/w2")"
is "two processes: one vault entry per value" \
    "$(jq -r '[.type, .value] | join(" ")' "$TMP/cv" | sort | uniq -d | wc -l | tr -d ' ')" 0
is "two processes: one value per number" \
    "$(jq -r '[.type, .n] | join(" ")' "$TMP/cv" | sort | uniq -d | wc -l | tr -d ' ')" 0

# -- masking mode keeps no map
echo 'Maya Okafor, 555-201-3344' | run mh-redact --mask >"$TMP/o"
is "--mask: placeholders without numbers" "$(jq -r .text "$TMP/o")" \
    "[NAME], [PHONE]"
run mh-redact --mask --vault "$TMP/x" </dev/null 2>/dev/null; rc=$?
is "--mask with --vault is a usage error" "$rc/$(test -e "$TMP/x" && echo made)" 2/
run mh-redact --restore </dev/null 2>/dev/null; rc=$?
is "--restore without a vault is a usage error" "$rc" 2

# -- the user's names and keep-words, by option and by configuration
printf 'Sunny\n# a comment\nBo Lindqvist\n' >"$TMP/names"
printf 'Okafor\n' >"$TMP/keep"
echo 'sunny and bo came; Maya Okafor stayed.' |
    run mh-redact --mask --names "$TMP/names" --keep "$TMP/keep" >"$TMP/o"
is "names file and keep file" "$(jq -r .text "$TMP/o")" \
    "[NAME] and [NAME] came; [NAME] Okafor stayed."
# masked: test name, names-file lines, keep-file lines ("" for none),
# input, expected text
masked() {
	printf '%b' "$2" >"$TMP/mn"
	printf '%b' "$3" >"$TMP/mk"
	echo "$4" | run mh-redact --mask --names "$TMP/mn" --keep "$TMP/mk" \
	    >"$TMP/o"
	is "$1" "$(jq -r .text "$TMP/o")" "$5"
}
# "in any case" holds for letters beyond ASCII too
masked "names file: non-ASCII letters in any case" 'Zoë Öztürk\nÅsa\n' '' \
    'ZOË ÖZTÜRK wrote; åsa and öztürk and Zoë replied.' \
    "[NAME] wrote; [NAME] and [NAME] and [NAME] replied."
masked "names file: names in single quotes" "'Sunny'\n'Bo Lindqvist'\n" '' \
    'sunny and bo came' "[NAME] and [NAME] came"
masked "names file: hyphenated names in lower case" \
    'Anne-Marie Kowalczyk-Ngata\n' '' \
    'Yesterday anne-marie and kowalczyk-ngata came.' \
    "Yesterday [NAME] and [NAME] came."
# a word in both files is replaced: the names file wins (fail closed)
masked "a word in the names and the keep file is replaced" 'Maya\n' \
    'maya\nHope\n' 'My sister Maya called; maya brought hope.' \
    "My sister [NAME] called; [NAME] brought hope."
# an entry that is no single word (a clinic, a helpline, a web address)
# keeps a span that is all of it, in any case and spacing, and no other
masked "keep file: entries with blanks, digits and punctuation" '' \
    '  Mercy   Hospital  # the clinic\nexample.org\n1-800-555-0199\n' \
    'Seen at Mercy Hospital; see EXAMPLE.ORG or call 1-800-555-0199, not 1-800-555-0198 or example.org/maya.' \
    'Seen at Mercy Hospital; see EXAMPLE.ORG or call 1-800-555-0199, not [PHONE] or [URL].'
masked "keep file: a kept entry with a word of the names file is replaced" \
    'Tobin\n' 'Tobin Ashgrove\nKofi Brennan\n' \
    'I told Tobin Ashgrove and Kofi Brennan.' 'I told [NAME] Ashgrove and Kofi Brennan.'
awk 'BEGIN { for (i = 0; i < 100; i++) printf "ab "; print "" }' >"$TMP/mk"
echo 'hi' | run mh-redact --keep "$TMP/mk" >"$TMP/o" 2>"$TMP/e"; rc=$?
is "keep file: an entry too long is refused by its line, exit 3" \
    "$rc $(cat "$TMP/e")" \
    "3 mh-redact: keep file (-k, redact_keep): $TMP/mk:1: entry longer than 256 bytes"
mkdir -p "$XDG_CONFIG_HOME/mh"
printf 'redact_names = %s\nredact_keep = %s\nvault = %s\n' \
    "$TMP/names" "$TMP/keep" "$TMP/cfgvault" >"$XDG_CONFIG_HOME/mh/config"
echo 'sunny and Maya Okafor' | run mh-redact >"$TMP/o"
is "configuration keys redact_names, redact_keep, vault" \
    "$(jq -r .text "$TMP/o") $(test -s "$TMP/cfgvault" && echo vault)" \
    "[NAME_1] and [NAME_2] Okafor vault"
rm -f "$XDG_CONFIG_HOME/mh/config"

# -- fail closed
printf '%s\n' '{"text":["Maya Okafor"]}' 'fine' >"$TMP/in"
run mh-redact <"$TMP/in" >"$TMP/o" 2>"$TMP/e"; rc=$?
is "a text that is not a string: exit 1, error record, text dropped" \
    "$rc $(sed -n 1p "$TMP/o" | jq -c '[.error.code, has("text")]')" \
    '1 ["text_type",false]'
unlike "the failed value is nowhere in the output" "$(cat "$TMP/o" "$TMP/e")" \
    "Okafor"
echo '{"msg":"Maya Okafor"}' | run mh-redact -f msg >"$TMP/o"
is "--field names the text field" "$(jq -r .msg "$TMP/o")" "[NAME_1]"

# A placeholder look-alike inside a word ("Oka'NAME_2", "x-NAME_1", found
# by fuzzing) is escaped too, once NAME_2 exists: restore is exact.
rm -f "$TMP/vx"
printf '%s\n' 'Maya Okafor met Tomasz Brennan.' "I wrote Oka'NAME_2 by mistake" \
    "x-NAME_1 and y.NAME_2 z" >"$TMP/inx"
run mh-redact --vault "$TMP/vx" <"$TMP/inx" >"$TMP/redx"
unlike "look-alike inside a word: not left as it was" \
    "$(sed -n 2p "$TMP/redx" | jq -r .text)" "Oka'NAME_2"
run mh-redact --restore --vault "$TMP/vx" <"$TMP/redx" | jq -r .text >"$TMP/backx"
is "look-alike inside a word: the round trip is exact" \
    "$(cksum <"$TMP/backx")" "$(cksum <"$TMP/inx")"
