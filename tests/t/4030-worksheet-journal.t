#!/bin/sh
# The journal: private file, concurrent saves, a kill mid-write, a full
# disk, --due and --prompt from a cron-like environment.
. "$MH_SRC/tests/t/lib.sh"
plan 29

W() { run mh-worksheet "$@"; }
J="$XDG_DATA_HOME/mh/journal.jsonl"
PHQ9='{"q1":2,"q2":2,"q3":2,"q4":2,"q5":2,"q6":2,"q7":1,"q8":1,"q9":0}'
valid_lines() { jq -c . "$1" 2>/dev/null | wc -l | tr -d ' '; }
lines() { wc -l <"$1" | tr -d ' '; }

echo "$PHQ9" | W phq9 -a - --save >/dev/null; rc=$?
is "--save: exit 0" "$rc" 0
is "journal created 0600" "$(stat -c %a "$J")" 600
is "its directory 0700" "$(stat -c %a "$(dirname "$J")")" 700
is "one entry" "$(lines "$J")" 1

# Concurrent saves: two processes, 300 entries each, none lost.
i=0; : >"$TMP/many"
while [ $i -lt 300 ]; do echo "$PHQ9" >>"$TMP/many"; i=$((i + 1)); done
W phq9 -a "$TMP/many" --save >/dev/null 2>&1 &
p1=$!
W phq9 -a "$TMP/many" --save >/dev/null 2>&1 &
p2=$!
wait $p1; r1=$?; wait $p2; r2=$?
is "concurrent saves: both exit 0" "$r1/$r2" 0/0
is "concurrent saves: all 601 entries" "$(lines "$J")" 601
is "concurrent saves: every line a whole record" "$(valid_lines "$J")" 601

# A kill -9 in the middle of saving: what was written stays whole.
i=0; : >"$TMP/lots"
while [ $i -lt 3000 ]; do echo "$PHQ9" >>"$TMP/lots"; i=$((i + 1)); done
# Started directly (not through a function) so $! is the tool itself.
"$MH_BIN/mh-worksheet" phq9 -a "$TMP/lots" --save >/dev/null 2>&1 &
p=$!
sleep 0.3; kill -9 $p 2>/dev/null; wait $p 2>/dev/null
n=$(lines "$J")
ok "kill -9 landed part-way ($n lines)" test "$n" -lt 3601
ok "kill -9: earlier entries intact" test "$(head -n 601 "$J" | jq -c . |
    wc -l)" -eq 601
is "kill -9: every complete line parses" "$(valid_lines "$J")" "$n"
# A torn last line, as a crash mid-write would leave: skipped by
# readers, and the next save starts on a line of its own.
printf '{"worksheet":{"schema":1,"name":"phq9","compl' >>"$J"
n=$(lines "$J")
out=$(W --history phq9 | wc -l | tr -d ' ')
is "torn line: readers skip it" "$out" "$n"
echo "$PHQ9" | W phq9 -a - --save >/dev/null
is "torn line: the next entry is whole" "$(tail -n 1 "$J" | jq -r \
    .worksheet.name)" phq9

# A full disk: a file-size limit with SIGXFSZ ignored makes the write
# fail part-way; the entry is rolled back and nothing earlier is lost.
cp "$J" "$TMP/before"
size=$(stat -c %s "$J")
blocks=$((size / 512 + 1))
( trap '' XFSZ; ulimit -f $blocks; echo "$PHQ9" |
    "$MH_BIN/mh-worksheet" phq9 -a - --save >/dev/null 2>"$TMP/err";
    echo $? >"$TMP/rc" )
is "full disk: exit 3" "$(cat "$TMP/rc")" 3
like "full disk: says why" "$(cat "$TMP/err")" "File too large"
ok "full disk: journal unchanged" cmp -s "$J" "$TMP/before"
# The same limit with SIGXFSZ at its default: mh-worksheet ignores it
# itself, so the write fails and rolls back instead of the signal
# killing it with half an entry in the journal.
( ulimit -f $blocks; echo "$PHQ9" |
    "$MH_BIN/mh-worksheet" phq9 -a - --save >/dev/null 2>"$TMP/err";
    echo $? >"$TMP/rc" ) 2>/dev/null
is "file-size limit, SIGXFSZ not ignored: exit 3" "$(cat "$TMP/rc")" 3
ok "file-size limit, SIGXFSZ not ignored: journal unchanged" \
    cmp -s "$J" "$TMP/before"
echo '{"q1":1,"q2":1}' | W phq2 -a - >/dev/full 2>"$TMP/err"; rc=$?
is "/dev/full on stdout: exit 3" "$rc" 3

# Permissions: a journal others can read is refused, not used.
chmod 644 "$J"
echo "$PHQ9" | W phq9 -a - --save >/dev/null 2>"$TMP/err"; rc=$?
is "world-readable journal: save refused, exit 3" "$rc" 3
like "world-readable journal: says how to fix" "$(cat "$TMP/err")" \
    "chmod 600"
W --history >/dev/null 2>&1; rc=$?
is "world-readable journal: not read either" "$rc" 3
chmod 600 "$J"

# --due and --prompt as cron runs them: no terminal, only HOME and PATH.
cronrun() {
	env -i HOME="$HOME" PATH=/usr/bin:/bin "$MH_BIN/mh-worksheet" "$@" \
	    </dev/null
}
out=$(cronrun --prompt checkin 2>&1); rc=$?
is "cron --prompt: exit 0" "$rc" 0
like "cron --prompt: the reminder" "$out" "daily check-in"
unlike "cron --prompt: nothing from the journal" "$out" "phq9|total"
cronrun --due checkin; rc=$?
is "cron --due: due before today's check-in" "$rc" 0
echo '{"mood":6,"sleep_hours":7.5,"phq2_q1":0,"phq2_q2":1,"gad2_q1":1,
"gad2_q2":0}' | tr -d '\n' >"$TMP/c"; echo >>"$TMP/c"
env -i HOME="$HOME" PATH=/usr/bin:/bin "$MH_BIN/mh-worksheet" checkin \
    -a "$TMP/c" --save >/dev/null </dev/null; rc=$?
is "cron: a check-in saved with a minimal environment" "$rc" 0
cronrun --due checkin; rc=$?
is "cron --due: done after it" "$rc" 1
cronrun --due nonesuch 2>/dev/null; rc=$?
is "--due of an unknown worksheet: exit 2" "$rc" 2
ok "cron and --save used the default journal" \
    test "$(tail -n 1 "$J" | jq -r .worksheet.name)" = checkin
exit 0
