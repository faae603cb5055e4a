#!/bin/sh
# Storage faults, one table over the three files the tools keep: the
# journal (mh-worksheet --save), the vault (mh-redact --vault) and a
# session (mh-ask --session).  For each: a full disk, a directory that
# cannot be written, a read-only file system (when this machine lets the
# test mount one), a file that is not ours (open to others, another
# owner, a symlink), kill -9 mid-write and two writers at once.  Every
# time: a clear error naming the file, the documented exit status, and
# nothing written earlier lost or corrupted.
. "$MH_SRC/tests/t/lib.sh"
. "$MH_SRC/tests/stub/stub.sh"

PHQ9='{"q1":1,"q2":1,"q3":1,"q4":1,"q5":1,"q6":1,"q7":1,"q8":1,"q9":0}'
BIG=$(head -c 6000 /dev/zero | tr '\0' x)
# The session rows run long under valgrind: the stub waits that long.
STUB_SECONDS=1800 stub_start 200:openai-basic.sse

# -- the table: for each store, where it lives, how to add N entries
# (each new), one entry larger than a page, and how to read it back.
# Each writer reads its input from a file so that the tool itself is the
# process a limit or a signal hits.
ROOT="$TMP/root"
journal_path() { echo "$ROOT/data/mh/journal.jsonl"; }
journal_in() {
	_i=0
	while [ $_i -lt "$1" ]; do echo "$PHQ9"; _i=$((_i + 1)); done
}
journal_big() { printf '{"situation":"%s","moods":"tense","mood_before":50,"automatic_thoughts":"a","hot_thought":"a","evidence_for":"a","evidence_against":"a","balanced_thought":"a","belief_balanced":50,"mood_after":40}\n' "$BIG"; }
journal_run() {
	case $1 in
	big) set -- thought-record ;;
	*) set -- phq9 ;;
	esac
	XDG_DATA_HOME="$ROOT/data" $EXEC $AS ${MH_WRAP:-} "$MH_BIN/mh-worksheet" \
	    "$1" -a - --save <"${IN:-$TMP/in}"
}
journal_read() { XDG_DATA_HOME="$ROOT/data" run mh-worksheet --history; }
journal_per=1 journal_exit_full=3 journal_exit_dir=3 journal_exit_rofs=3
journal_exit_foreign=3

vault_path() { echo "$ROOT/vault"; }
_seq=0
vault_in() {
	_i=0
	while [ $_i -lt "$1" ]; do
		_seq=$((_seq + 1))
		echo "Write to reader$$-$_seq@example.org please."
		_i=$((_i + 1))
	done
}
vault_big() { echo "See https://example.org/$BIG for it."; }
vault_run() { $EXEC $AS ${MH_WRAP:-} "$MH_BIN/mh-redact" --vault "$ROOT/vault" <"${IN:-$TMP/in}"; }
vault_read() {
	echo '{"reply":{"text":"EMAIL_1"}}' |
	    run mh-redact --restore --vault "$ROOT/vault"
}
# A vault that cannot be written still serves the values it holds; a
# record with a new value fails closed (exit 1).
vault_per=1 vault_exit_full=1 vault_exit_dir=3 vault_exit_rofs=1
vault_exit_foreign=3

session_path() { echo "$ROOT/state/mh/sessions/s.jsonl"; }
session_in() {
	_i=0
	while [ $_i -lt "$1" ]; do
		_seq=$((_seq + 1)); echo "turn $_seq went fine"; _i=$((_i + 1))
	done
}
session_big() { echo "A long note: $BIG"; }
session_run() {
	XDG_STATE_HOME="$ROOT/state" MH_API_KEY=$KEY $EXEC $AS ${MH_WRAP:-} \
	    "$MH_BIN/mh-ask" -P openai -b "$URL" -s s <"${IN:-$TMP/in}"
}
session_read() { all_valid "$(session_path)"; }
session_per=2 session_exit_full=1 session_exit_dir=1 session_exit_rofs=1
session_exit_foreign=3

lines() { wc -l <"$1" | tr -d ' '; }
# Every line of the file is a JSON object.
all_valid() { [ "$(jq -c . "$1" 2>/dev/null | wc -l)" -eq "$(lines "$1")" ]; }
# The first bytes of FILE are SAVED, byte for byte.
prefix_kept() {
	_sz=$(stat -c %s "$2")
	[ "$(stat -c %s "$1")" -ge "$_sz" ] &&
	    head -c "$_sz" "$1" | cmp -s - "$2"
}
write() {	# STORE N|big: run the tool; sets rc, out, err
	if [ "$2" = big ]; then "$1_big" >"$TMP/in"; else "$1_in" "$2" >"$TMP/in"; fi
	"$1_run" "$2" >"$TMP/out" 2>"$TMP/err"
	rc=$?
}
fresh() {
	chmod -R u+w "$ROOT" 2>/dev/null
	rm -rf "$ROOT"
	mkdir -p "$ROOT"
}
# A real read-only or full file system needs a mount: as root here, or
# not at all.  Without one, those checks are skipped (said in the TAP).
can_mount=0
if [ "$(id -u)" -eq 0 ] && mkdir -p "$TMP/mnt" &&
    mount -t tmpfs -o size=64k tmpfs "$TMP/mnt" 2>/dev/null; then
	umount "$TMP/mnt" && can_mount=1
fi
MOUNTED=
skip() { _n=$((_n + 1)); echo "ok $_n # SKIP $1"; }
# Root to test an unwritable directory runs the tool as nobody, from a
# directory nobody can reach (the test's own $TMP is private).
AS= EXEC= NOBODY= ASNOBODY=
if [ "$(id -u)" -eq 0 ] && command -v setpriv >/dev/null &&
    NOBODY=$(mktemp -d "${TMPDIR:-/tmp}/mh-nobody.XXXXXX"); then
	chmod 755 "$NOBODY"
	ASNOBODY="setpriv --reuid=65534 --regid=65534 --clear-groups env \
HOME=$NOBODY XDG_CONFIG_HOME=$NOBODY/config"
	$ASNOBODY "$MH_BIN/mh-redact" --version >/dev/null 2>&1 || {
		rm -rf "$NOBODY"; NOBODY=; }
fi
[ "$(id -u)" -ne 0 ] && NOBODY="$TMP"
trap 'stub_stop; [ -n "$MOUNTED" ] && umount "$MOUNTED"
      [ -n "$NOBODY" ] && [ "$NOBODY" != "$TMP" ] && rm -rf "$NOBODY"
      rm -rf "$TMP"' EXIT

for S in journal vault session; do
	P=$("${S}_path")
	eval "x_full=\$${S}_exit_full x_dir=\$${S}_exit_dir" \
	    "x_rofs=\$${S}_exit_rofs x_foreign=\$${S}_exit_foreign" \
	    "per=\$${S}_per"

	# Set-up: some entries to keep.
	fresh
	write $S 3
	is "$S: first writes succeed" "$rc" 0
	is "$S: the file is 0600" "$(stat -c %a "$P" 2>&1)" 600
	cp "$P" "$TMP/saved"

	# A full disk: a file-size limit with SIGXFSZ ignored makes the
	# append fail part-way (the standard output is a pipe, not limited).
	blocks=$(($(stat -c %s "$P") / 512 + 1))
	"${S}_big" >"$TMP/in"
	( trap '' XFSZ; ulimit -f $blocks; "${S}_run" big 2>"$TMP/err";
	    echo $? >"$TMP/rc" ) | cat >"$TMP/out"
	is "$S, full disk: exit $x_full" "$(cat "$TMP/rc")" "$x_full"
	like "$S, full disk: the error names the file" "$(cat "$TMP/err")" \
	    "$P: write: File too large"
	ok "$S, full disk: the half-written entry rolled back" \
	    cmp -s "$P" "$TMP/saved"
	write $S 2
	is "$S, full disk: the next write succeeds" "$rc" 0
	ok "$S, full disk: nothing earlier lost" prefix_kept "$P" "$TMP/saved"
	ok "$S, full disk: every line whole" all_valid "$P"

	# A directory that cannot be written: the file cannot be created.
	# Root writes anyway, so as root the tool runs as nobody.
	if [ -n "$NOBODY" ]; then
		ROOT="$NOBODY/root"
		P=$("${S}_path")
		rm -rf "$ROOT"
		mkdir -p "$(dirname "$P")"
		chown -R 65534 "$ROOT"
		chmod 555 "$(dirname "$P")"
		AS=$ASNOBODY
		write $S 1
		AS=
		is "$S, read-only directory: exit $x_dir" "$rc" "$x_dir"
		like "$S, read-only directory: says why" "$(cat "$TMP/err")" \
		    "$P.*Permission denied"
		ok "$S, read-only directory: no file" test ! -e "$P"
		unlike "$S, read-only directory: no identifier out" \
		    "$(cat "$TMP/out")" "@example"
		chmod 755 "$(dirname "$P")"
		ROOT="$TMP/root"
		P=$("${S}_path")
	else
		skip "$S, read-only directory: cannot drop privileges here"
		skip "$S, read-only directory: (as root)"
		skip "$S, read-only directory: (as root)"
		skip "$S, read-only directory: (as root)"
	fi

	# A read-only file system under an existing file.
	if [ $can_mount -eq 1 ]; then
		fresh
		mkdir -p "$TMP/ro"
		mount -t tmpfs -o size=1m tmpfs "$TMP/ro" && MOUNTED="$TMP/ro"
		ROOT="$TMP/ro"
		P=$("${S}_path")
		write $S 2
		cp "$P" "$TMP/saved"
		mount -o remount,ro "$TMP/ro"
		write $S 1
		is "$S, read-only file system: exit $x_rofs" "$rc" "$x_rofs"
		like "$S, read-only file system: says why" "$(cat "$TMP/err")" \
		    "$P.*Read-only file system"
		ok "$S, read-only file system: file unchanged" \
		    cmp -s "$P" "$TMP/saved"
		ok "$S, read-only file system: still readable" "${S}_read"
		unlike "$S, read-only file system: no identifier out" \
		    "$(cat "$TMP/out")" "@example"
		umount "$TMP/ro"; MOUNTED=
		ROOT="$TMP/root"
		P=$("${S}_path")
	else
		skip "$S, read-only file system: cannot mount here"
		skip "$S, read-only file system: (no mount)"
		skip "$S, read-only file system: (no mount)"
		skip "$S, read-only file system: (no mount)"
	fi

	# Files that are not ours: refused, and left as they are.
	fresh
	write $S 2
	cp "$P" "$TMP/saved"
	chmod 644 "$P"
	write $S 1
	is "$S, open to others: refused, exit $x_foreign" "$rc" "$x_foreign"
	like "$S, open to others: says how to fix" "$(cat "$TMP/err")" \
	    "chmod 600 '$P'"
	ok "$S, open to others: file unchanged" cmp -s "$P" "$TMP/saved"
	chmod 600 "$P"
	if [ "$(id -u)" -eq 0 ]; then
		chown 65534 "$P"
		write $S 1
		is "$S, another owner: refused, exit $x_foreign" "$rc" \
		    "$x_foreign"
		like "$S, another owner: says whose" "$(cat "$TMP/err")" \
		    "$P: owned by another user \\(uid 65534\\)"
		ok "$S, another owner: file unchanged" cmp -s "$P" "$TMP/saved"
		chown 0 "$P"
	else
		skip "$S, another owner: needs root to chown"
		skip "$S, another owner: (not root)"
		skip "$S, another owner: (not root)"
	fi
	mv "$P" "$TMP/target"
	ln -s "$TMP/target" "$P"
	write $S 1
	is "$S, a symlink: refused, exit $x_foreign" "$rc" "$x_foreign"
	like "$S, a symlink: says why" "$(cat "$TMP/err")" "$P.*link"
	ok "$S, a symlink: its target unchanged" cmp -s "$TMP/target" \
	    "$TMP/saved"
	rm -f "$P"

	# kill -9 part-way through a long run of writes.
	fresh
	write $S 2
	cp "$P" "$TMP/saved"
	"${S}_in" 400 >"$TMP/in"
	EXEC=exec	# so that $! is the tool, not a subshell
	"${S}_run" 400 >/dev/null 2>&1 &
	p=$!
	EXEC=
	i=0
	while [ $i -lt 100 ] &&
	    [ "$(stat -c %s "$P")" -le "$(stat -c %s "$TMP/saved")" ]; do
		sleep 0.02; i=$((i + 1))
	done
	kill -9 $p 2>/dev/null; wait $p 2>/dev/null
	ok "$S, kill -9: landed part-way" test "$(lines "$P")" -lt \
	    $(((2 + 400) * per))
	ok "$S, kill -9: nothing earlier lost" prefix_kept "$P" "$TMP/saved"
	# A torn last line is allowed (readers skip it); every whole line
	# must be a record.
	n=$(lines "$P")
	ok "$S, kill -9: every whole line a record" test \
	    "$(head -n "$n" "$P" | jq -c . 2>/dev/null | wc -l)" -eq "$n"
	write $S 1
	is "$S, kill -9: the next write succeeds" "$rc" 0
	ok "$S, kill -9: ... on a line of its own" sh -c \
	    "tail -n 1 '$P' | jq -e . >/dev/null"
	ok "$S, kill -9: still readable" "${S}_read"

	# Two writers at once: both succeed, nothing interleaved or lost.
	fresh
	write $S 1
	"${S}_in" 40 >"$TMP/in.a"
	"${S}_in" 40 >"$TMP/in.b"
	before=$(lines "$P")
	IN="$TMP/in.a" "${S}_run" 40 >/dev/null 2>&1 &
	p1=$!
	IN="$TMP/in.b" "${S}_run" 40 >/dev/null 2>&1 &
	p2=$!
	wait $p1; r1=$?; wait $p2; r2=$?
	is "$S, two writers: both exit 0" "$r1/$r2" 0/0
	ok "$S, two writers: every line whole" all_valid "$P"
	is "$S, two writers: both runs' entries all there" "$(lines "$P")" \
	    $((before + 80 * per))
done
plan "$_n"
