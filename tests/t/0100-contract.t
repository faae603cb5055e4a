#!/bin/sh
# The record contract of mh-jsonl(5), run over every tool: bad input, bad
# output, exit codes.  A tool that is not built yet is skipped.
. "$MH_SRC/tests/t/lib.sh"

# Each tool with the arguments that make it a plain filter.
TOOLS="mh-redact mh-screen mh-ask"
export MH_PROVIDER=offline
PER_TOOL=61
plan $((PER_TOOL * 3))

# A secret-looking marker that must never be echoed from a bad line.
M='zq-marker@example.invalid'

jsonok() { # every output line is a JSON object
	jq -e -s 'all(type == "object")' "$1" >/dev/null 2>&1
}

for t in $TOOLS; do
	if [ ! -x "$MH_BIN/$t" ]; then
		i=0
		while [ $i -lt $PER_TOOL ]; do
			_res 0 "$t: # skip not built"; i=$((i + 1))
		done
		continue
	fi
	c() { # name, input file: run the tool, keep out/err/rc
		run "$t" <"$2" >"$TMP/out" 2>"$TMP/err"; rc=$?
	}
	nl() { wc -l <"$TMP/out" | tr -d ' '; }
	bad_between() { # name, bad line bytes (printf format), code
		printf "first good line\n$2\nlast good line\n" >"$TMP/in"
		c "$1" "$TMP/in"
		is "$t: $1: exit status 1" "$rc" 1
		is "$t: $1: neighbours kept, one record each" "$(nl)" 3
		like "$t: $1: stderr names line 2" "$(cat "$TMP/err")" "<stdin>:2: "
		is "$t: $1: error code" \
		    "$(sed -n 2p "$TMP/out" | jq -r .error.code)" "$3"
		unlike "$t: $1: nothing of the bad line is echoed" \
		    "$(cat "$TMP/out")" "zq-marker"
	}
	bad_between "invalid UTF-8" "bad \\377 $M" utf8
	bad_between "NUL byte" "bad \\000 $M" nul
	bad_between "non-object JSON" "[\"$M\"]" not_object
	bad_between "truncated JSON" "{\"text\": \"$M" json
	bad_between "duplicate keys" "{\"text\":\"ok\",\"text\":\"$M\"}" \
	    duplicate_key
	bad_between "a duplicate key that names someone" \
	    "{\"text\":\"ok\",\"$M\":1,\"$M\":2}" duplicate_key

	# Nesting 100,000 deep.
	{ echo ok; printf '{"a":'; head -c 100000 /dev/zero | tr '\0' '['
	  echo; echo ok; } >"$TMP/in"
	c deep "$TMP/in"
	is "$t: deep nesting: exit 1, three records" "$rc/$(nl)" "1/3"

	# CRLF line ends are accepted.
	printf 'I slept badly\r\n{"text":"and woke early"}\r\n' >"$TMP/in"
	c crlf "$TMP/in"
	is "$t: CRLF: exit 0, two records" "$rc/$(nl)" "0/2"
	unlike "$t: CRLF: no CR in the output" "$(od -c "$TMP/out")" '\\r'

	# Empty input: no output, success.
	: >"$TMP/in"
	c empty "$TMP/in"
	is "$t: empty input: exit 0, no output" "$rc/$(nl)" "0/0"

	# Binary garbage: no crash, every line out is JSON.
	head -c 20000 /dev/urandom >"$TMP/in"
	c garbage "$TMP/in"
	ok "$t: binary garbage: no crash" test "$rc" -le 1
	ok "$t: binary garbage: every output line is a JSON object" \
	    jsonok "$TMP/out"

	# Unknown fields pass through untouched and in order.
	printf '%s\n' '{"id":1.10,"when":"x","text":"hello","n":1e400}' \
	    >"$TMP/in"
	c pass "$TMP/in"
	like "$t: unknown fields pass through in order, numbers exact" \
	    "$(cat "$TMP/out")" '^\{"id":1\.10,"when":"x",.*"n":1e400'

	# A 64 MiB line: processed, memory bounded by the record.
	if [ -z "${MH_WRAP:-}" ]; then
		yes 'I could not sleep and felt tense all day.' |
		    head -c 67108864 | tr '\n' ' ' >"$TMP/big"
		echo >>"$TMP/big"
		echo "after the big line" >>"$TMP/big"
		c big "$TMP/big"
		is "$t: 64 MiB line: exit 0, two records" "$rc/$(nl)" "0/2"
		rm -f "$TMP/big"
	else
		_res 0 "$t: 64 MiB line # skip under $MH_WRAP"
	fi

	# Output faults.
	echo "hello" >"$TMP/in"
	run "$t" <"$TMP/in" >/dev/full 2>"$TMP/err"; rc=$?
	is "$t: /dev/full: exit 3" "$rc" 3
	like "$t: /dev/full: says why" "$(cat "$TMP/err")" \
	    "write error: No space left"
	run "$t" <"$TMP/in" >&- 2>"$TMP/err"; rc=$?
	is "$t: closed stdout: exit 3" "$rc" 3
	like "$t: closed stdout: says why" "$(cat "$TMP/err")" "write error"
	yes 'I feel a bit better today.' | head -n 200000 >"$TMP/in"
	( run "$t" <"$TMP/in" 2>"$TMP/err" | head -n 1 >"$TMP/out" )
	is "$t: | head -1: one line read" "$(nl)" 1
	is "$t: | head -1: nothing on stderr" "$(cat "$TMP/err")" ""

	# A slow producer streams: the first record comes out while the
	# input is still open (the writer holds the fifo until we have it).
	rm -f "$TMP/fifo" "$TMP/out"; mkfifo "$TMP/fifo"
	( echo 'first message'; exec sleep 60 ) >"$TMP/fifo" &
	wpid=$!
	run "$t" <"$TMP/fifo" >"$TMP/out" 2>/dev/null &
	tpid=$!
	i=0
	while [ $i -lt 200 ] && [ ! -s "$TMP/out" ]; do
		sleep 0.1; i=$((i + 1))
	done
	got=$(head -n 1 "$TMP/out" | jq -r 'has("text")' 2>/dev/null)
	kill "$wpid" 2>/dev/null; wait "$tpid" 2>/dev/null
	wait "$wpid" 2>/dev/null
	is "$t: streams a record before input ends" "$got" true

	# SIGINT and SIGTERM mid-stream: the tool dies by the signal, and
	# what it wrote is whole records (each one flushed before it waits
	# for input), so a rerun on the rest loses nothing.  A background
	# job ignores SIGINT unless told otherwise, as Ctrl-C in a terminal
	# does not; env puts the default back.
	for sig in INT TERM; do
		rm -f "$TMP/fifo"; mkfifo "$TMP/fifo"; : >"$TMP/out"
		( printf 'one\ntwo\nthree\n'; exec sleep 60 ) >"$TMP/fifo" &
		wpid=$!
		env --default-signal=INT,TERM ${MH_WRAP:-} "$MH_BIN/$t" \
		    <"$TMP/fifo" >"$TMP/out" 2>/dev/null &
		tpid=$!
		i=0
		while [ $i -lt 200 ] && [ "$(nl)" -lt 3 ]; do
			sleep 0.1; i=$((i + 1))
		done
		kill -$sig $tpid; wait $tpid; rc=$?
		kill "$wpid" 2>/dev/null; wait "$wpid" 2>/dev/null
		want=130; [ $sig = TERM ] && want=143
		is "$t: SIG$sig mid-stream: dies by it ($want)" "$rc" $want
		is "$t: SIG$sig mid-stream: three records out" "$(nl)" 3
		ok "$t: SIG$sig mid-stream: every line whole" jsonok "$TMP/out"
	done

	# -w: all of stdin is one record; -f: another text field.
	printf 'line one\nline two\n' | run "$t" -w >"$TMP/out" 2>"$TMP/err"
	is "$t: -w reads one multi-line record" \
	    "$(nl)/$(jq -r '.text | split("\n") | length' "$TMP/out")" "1/2"
	printf 'line one\r\n' | run "$t" -w >"$TMP/out" 2>"$TMP/err"
	is "$t: -w: a final CRLF is no part of the text, as in line mode" \
	    "$(jq -c .text "$TMP/out")" '"line one"'
	echo 'hello there' | run "$t" -f msg >"$TMP/out" 2>"$TMP/err"
	is "$t: -f puts plain text in the named field" \
	    "$(jq -r 'has("msg")' "$TMP/out")" true

	# Pipes on stdin and stdout grow to 1 MiB where the system allows
	# (mh_cli_init): the sizes are read once the first record is back,
	# so the tool has started.
	if [ "$(cat /proc/sys/fs/pipe-max-size 2>/dev/null || echo 0)" \
	    -ge 1048576 ]; then
		sizes=$(perl -MIPC::Open2 -e '
		    my $pid = open2(my $out, my $in, @ARGV);
		    print $in "hello there\n"; $in->flush;
		    my $line = <$out>;
		    my @s = (fcntl($in, 1032, 0), fcntl($out, 1032, 0));
		    close $in; 1 while <$out>; waitpid $pid, 0;
		    print defined $line ? "@s" : "no record";
		' ${MH_WRAP:-} "$MH_BIN/$t" 2>/dev/null)
		is "$t: a pipe on stdin grows to 1 MiB" "${sizes% *}" 1048576
		is "$t: a pipe on stdout grows to 1 MiB" "${sizes#* }" 1048576
	else
		_res 0 "$t: # skip pipe-max-size below 1 MiB"
		_res 0 "$t: # skip pipe-max-size below 1 MiB"
	fi

	# Usage and common options.
	run "$t" --no-such-option </dev/null >"$TMP/out" 2>"$TMP/err"; rc=$?
	is "$t: unknown option: exit 2" "$rc" 2
	like "$t: unknown option: usage line on stderr" "$(cat "$TMP/err")" \
	    "^usage: $t "
	run "$t" --help >"$TMP/out" 2>"$TMP/err"; rc=$?
	is "$t: --help: exit 0, nothing on stderr" "$rc/$(cat "$TMP/err")" "0/"
	like "$t: --help on stdout" "$(head -1 "$TMP/out")" "^usage: $t "
	run "$t" -V >"$TMP/out"; rc=$?
	like "$t: -V prints the version" "$rc $(cat "$TMP/out")" \
	    "^0 $t [0-9]+\.[0-9]+\.[0-9]+$"
done
exit 0
