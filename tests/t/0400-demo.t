#!/bin/sh
# The main job, as the README gives it (make demo runs scripts/demo): it
# succeeds offline, shows the crisis answer whole (cut after its first
# line of resources, it showed 911 and hid 988 and the other lines), and
# writes nothing outside its own temporary directory.
. "$MH_SRC/tests/t/lib.sh"

plan 5
TMPDIR="$TMP/demo" && mkdir -p "$TMPDIR" && export TMPDIR
out=$("$MH_SRC/scripts/demo" 2>&1); rc=$?
is "demo: exit 0" "$rc" 0
like "demo: the job loss and bridges message is a crisis" "$out" \
    'risk=high action=crisis'
like "demo: the crisis answer shows the 988 Lifeline" "$out" \
    '988 Suicide & Crisis Lifeline: call 988'
like "demo: ... and ends with its closing words" "$out" \
    "I'm still here if you want to keep talking"
is "demo: its temporary directory is gone, nothing else written" \
    "$(ls -A "$TMPDIR" "$HOME")" "$TMPDIR:

$HOME:"
