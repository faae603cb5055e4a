#!/bin/sh
# scripts/mh-remind: a notification when due and a session bus is there,
# stdout otherwise, nothing once today's entry is done.
. "$MH_SRC/tests/t/lib.sh"
plan 6

export MH_WORKSHEET="$MH_BIN/mh-worksheet"
R="$MH_SRC/scripts/mh-remind"
mkdir -p "$TMP/bin"
# A stand-in notify-send that records what it was asked to show.
cat >"$TMP/bin/notify-send" <<EOF2
#!/bin/sh
printf '%s\n' "\$*" >>"$TMP/notified"
EOF2
chmod +x "$TMP/bin/notify-send"

out=$(env -i HOME="$HOME" PATH=/usr/bin:/bin MH_WORKSHEET="$MH_WORKSHEET" \
    "$R" checkin); rc=$?
is "no notify-send: exit 0" "$rc" 0
like "no notify-send: the reminder on stdout" "$out" "daily check-in"
out=$(env -i HOME="$HOME" PATH="$TMP/bin:/usr/bin:/bin" \
    DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent \
    MH_WORKSHEET="$MH_WORKSHEET" "$R" checkin)
is "with a session: nothing on stdout" "$out" ""
like "with a session: a notification" "$(cat "$TMP/notified")" \
    "daily check-in"
echo '{"mood":5,"sleep_hours":7,"phq2_q1":0,"phq2_q2":0,"gad2_q1":0,"gad2_q2":0}' |
    run mh-worksheet checkin -a - --save >/dev/null
out=$(env -i HOME="$HOME" PATH=/usr/bin:/bin MH_WORKSHEET="$MH_WORKSHEET" \
    "$R" checkin); rc=$?
is "done today: silent" "$rc:$out" "0:"
env -i HOME="$HOME" PATH=/usr/bin:/bin MH_WORKSHEET="$MH_WORKSHEET" \
    "$R" nonesuch >/dev/null 2>&1; rc=$?
is "unknown worksheet: exit 2" "$rc" 2
exit 0
