#!/bin/sh
# A real terminal session in tmux: one step at a time, help, range
# checks, a required step, Ctrl-C with a draft kept, resume, the crisis
# lines shown at once after PHQ-9 item 9 > 0, and a closed terminal.
. "$MH_SRC/tests/t/lib.sh"

if ! command -v tmux >/dev/null 2>&1; then
	echo "1..0 # skip tmux not installed"; exit 0
fi
plan 22
# A private server per session: a new one never races a dying one.
sn=0
T() { tmux -S "$TMP/tmux.$sn.sock" "$@"; }
screen() { T capture-pane -p -J -S -200 -t w 2>/dev/null; }
wait_for() { # ERE: wait up to 10 s for it on the screen
	i=0
	while [ $i -lt 100 ]; do
		screen | grep -Eq -- "$1" && return 0
		sleep 0.1; i=$((i + 1))
	done
	echo "# timed out waiting for: $1"; screen | tail -8 | sed 's/^/# /'
	return 1
}
wait_file() { i=0; while [ ! -s "$1" ] && [ $i -lt 100 ]; do
	sleep 0.1; i=$((i + 1)); done; }
start() { # the session runs mh-worksheet with stdout and status to files
	sn=$((sn + 1))
	rm -f "$TMP/out" "$TMP/rc"
	# The shell traps SIGINT (not ignores it) so it survives Ctrl-C
	# to record the status, while mh-worksheet gets the default.
	T new-session -d -s w -x 100 -y 50 \
	    "trap : INT; \"$MH_BIN/mh-worksheet\" phq9 --save \
	    >\"$TMP/out\"; echo \$? >\"$TMP/rc\"; sleep 60"
}
key() { T send-keys -t w "$@"; }
draft="$XDG_STATE_HOME/mh/drafts/phq9.json"
journal="$XDG_DATA_HOME/mh/journal.jsonl"

start
ok "first step shown" wait_for '\[1/9\] Little interest'
key '?' Enter
ok "? explains the step" wait_for 'Answer for the last two weeks'
key 7 Enter
ok "out of range refused with the range" \
    wait_for 'please enter a whole number from 0 to 3'
key Enter
ok "a required step cannot be skipped" wait_for 'this step is needed'
key 1 Enter
ok "next step after a valid answer" wait_for '\[2/9\]'
key 2 Enter
wait_for '\[3/9\]' >/dev/null
key C-c
wait_file "$TMP/rc"
is "Ctrl-C ends the run by SIGINT" "$(cat "$TMP/rc")" 130
like "says the answers are kept" "$(screen)" 'answers so far are kept'
is "draft keeps the two answers" \
    "$(jq -c '[.answers.q1, .answers.q2, .next]' "$draft")" '[1,2,2]'
is "draft is private (0600)" "$(stat -c %a "$draft")" 600
ok "nothing in the journal yet" test ! -s "$journal"
T kill-server

start
ok "offers to resume" wait_for 'Continue where you left off'
key y Enter
ok "resumes at step 3" wait_for '\[3/9\] Trouble falling'
for n in 3 4 5 6 7 8; do
	key 0 Enter
	wait_for "\[$((n + 1))/9\]" >/dev/null
done
key 1 Enter
ok "item 9 > 0 shows crisis lines at once" \
    wait_for 'Are you safe right now'
wait_file "$TMP/rc"
is "completed: exit 0" "$(cat "$TMP/rc")" 0
is "answers from before and after the break" \
    "$(jq -c '[.worksheet.answers.q1, .worksheet.answers.q2,
        .worksheet.answers.q9, .worksheet.scores.flags]' "$TMP/out")" \
    '[1,2,1,["phq9_item9"]]'
is "saved once in the journal" "$(wc -l <"$journal" | tr -d ' ')" 1
ok "draft removed when done" test ! -e "$draft"
T kill-server

# A closed terminal (SIGHUP) keeps the draft too.
start
wait_for '\[1/9\]' >/dev/null
key 3 Enter
wait_for '\[2/9\]' >/dev/null
T kill-server
i=0; while [ ! -s "$draft" ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i+1)); done
is "closed terminal: draft kept" "$(jq -c .answers "$draft" 2>&1)" '{"q1":3}'

# A journal that cannot be used is refused before any typing.
chmod 644 "$journal"
start
wait_file "$TMP/rc"
is "unsafe journal: exit 3 at once" "$(cat "$TMP/rc")" 3
like "unsafe journal: says why before the first step" "$(screen)" \
    "readable or writable by others"
T kill-server
chmod 600 "$journal"

# On a terminal the summary is coloured by band, unless NO_COLOR is set.
esc=$(printf '\033')
for nc in "" 1; do
	sn=$((sn + 1))
	T new-session -d -s w -x 100 -y 50 \
	    "NO_COLOR=$nc \"$MH_BIN/mh-worksheet\" --summary; sleep 60"
	wait_for 'latest' >/dev/null
	T capture-pane -p -e -t w >"$TMP/screen"
	T kill-server
	if [ -z "$nc" ]; then
		like "summary on a terminal: coloured" "$(cat "$TMP/screen")" \
		    "$esc\\[3[0-9]m"
	else
		unlike "summary with NO_COLOR: no colour" "$(cat "$TMP/screen")" \
		    "$esc\\[3[0-9]m"
	fi
done
exit 0
