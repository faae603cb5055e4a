#!/bin/sh
# mh-ask when things go wrong: errors in the stream, truncation, rate
# limits, server errors, drops, stalls, refused connections.  Every
# failure ends in an error record with the server's own message (never
# "unknown error"), exit 4, and no half reply presented as whole.
. "$MH_SRC/tests/t/lib.sh"
. "$MH_SRC/tests/stub/stub.sh"

fails() { # name, code, message ERE, requests: check the last run
	is "$1: exit 4" "$rc" 4
	is "$1: error code" "$(jq -r .error.code "$TMP/out")" "$2"
	like "$1: the server's own message" "$(jq -r .error.message "$TMP/out")" "$3"
	like "$1: on stderr too" "$(cat "$TMP/err")" "$3"
	is "$1: no reply text" "$(jq -r '.reply.text // "none"' "$TMP/out")" none
	is "$1: requests made" "$(nreq)" "$4"
	unlike "$1: never unknown error" "$(cat "$TMP/out" "$TMP/err")" \
	    '[Uu]nknown error'
	unlike "$1: the key never shows" "$(cat "$TMP/out" "$TMP/err")" "$KEY"
}
go() { # provider, base [option...]: ask with the usual input
	p=$1 b=$2
	shift 2
	echo "I am worried about tomorrow" |
	    ask -P "$p" -b "$b" --stall-timeout 1 --connect-timeout 2 \
	    "$@" >"$TMP/out" 2>"$TMP/err"
	rc=$?
}

stub_start 200:openai-error-mid.sse,chunk=1
go openai "$URL"
fails "openai error event mid-stream" stream 'The upstream model crashed \(stub\)' 1
is "openai error mid-stream: marked partial" "$(jq -r .reply.partial "$TMP/out")" true
like "the request carries the message from stdin" "$(body 1)" \
    'worried about tomorrow'

stub_start 200:anthropic-error-mid.sse,chunk=2
go anthropic "$BASE"
fails "anthropic error event mid-stream" stream 'Overloaded \(stub\)' 1

stub_start 200:ollama-error-mid.ndjson,chunk=1
go ollama "$BASE"
fails "ollama error line mid-stream" stream \
    'model runner has unexpectedly stopped \(stub\)' 1

stub_start 200:openai-legacy-error.sse
go openai "$URL"
fails "legacy llama.cpp error field" stream 'context shift is disabled \(stub\)' 1

stub_start 200:raw-error-in-sse.sse
go openai "$URL"
fails "raw JSON error in an SSE 200" stream 'Bad gateway from the proxy \(stub\)' 1

stub_start 200:openai-truncated.sse
go openai "$URL"
fails "EOF without [DONE]" partial 'ended before the provider.s end marker' 1

stub_start 400:openai-badrequest.json
go openai "$URL"
fails "400: no retry" http 'maximum context length is 8192 tokens \(stub\)' 1

stub_start 429:openai-quota.json,retry-after=1
go openai "$URL"
fails "429 quota: no retry" quota 'exceeded your current quota' 1

stub_start 429:openai-ratelimit.json,header=x-should-retry:false
go openai "$URL"
fails "x-should-retry false: no retry" rate_limited 'Rate limit reached' 1

stub_start 429:openai-ratelimit.json,retry-after=3600
go openai "$URL"
fails "Retry-After beyond the cap: fail, do not wait" rate_limited \
    'asks to wait longer than 60 s' 1
# So large that seconds times 1000 wraps round to 384 ms.
stub_start 429:openai-ratelimit.json,retry-after=18446744073709552 \
    200:openai-basic.sse
go openai "$URL"
fails "huge Retry-After: fail, do not wait" rate_limited \
    'asks to wait longer than 60 s' 1

stub_start 500:server-error.json
go openai "$URL" --retries 1
fails "500 twice with one retry" http \
    'server had an error.*\(stub\).*after 2 attempts' 2

stub_start 200:openai-basic.sse,drop=300
go openai "$URL"
fails "dropped connection mid-reply: no retry" dropped \
    'connection broke in the middle of the reply' 1

stub_start 200:openai-basic.sse,chunk=50,stall=4000,after=250
go openai "$URL"
fails "stall mid-reply: no retry" stalled \
    'no data from the server for 1.0 s in the middle of the reply' 1

stub_start 200:openai-basic.sse,stall=4000
go openai "$URL" --retries 0
fails "headers then nothing" stalled 'no data from the server for 1.0 s' 1

# Nothing listens on a port the stub just gave up.
stub_start 200:openai-basic.sse
dead=$PORT; stub_stop
go openai "http://127.0.0.1:$dead/v1" --retries 0
is "connection refused: exit 4" "$rc" 4
is "connection refused: code" "$(jq -r .error.code "$TMP/out")" connect
like "connection refused: libcurl's words" "$(jq -r .error.message "$TMP/out")" \
    'cannot connect: Failed to connect to 127.0.0.1'

# A name that cannot resolve (.invalid never does): no network needed.
go openai "https://api.mh-test.invalid/v1" --retries 0
is "DNS failure: exit 4" "$rc" 4
is "DNS failure: code" "$(jq -r .error.code "$TMP/out")" connect
like "DNS failure: says so" "$(jq -r .error.message "$TMP/out")" \
    'resolve host: api\.mh-test\.invalid'

# TLS failure: https:// to a server that answers in plain HTTP at once
# (a few lines of perl, which prove already needs; bounded to 20 s).
perl -MIO::Socket::INET -e '
	my $s = IO::Socket::INET->new(LocalAddr => "127.0.0.1", LocalPort => 0,
	    Listen => 5, ReuseAddr => 1) or die;
	open(my $f, ">", $ARGV[0]) or die; print $f $s->sockport; close $f;
	alarm 20;
	while (my $c = $s->accept) {
		print $c "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n";
		close $c;
	}' "$TMP/plainport" &
ppid=$!
i=0
while [ ! -s "$TMP/plainport" ] && [ $i -lt 100 ]; do sleep 0.05; i=$((i + 1)); done
go openai "https://127.0.0.1:$(cat "$TMP/plainport")/v1" --retries 0 \
    --stall-timeout 60 --connect-timeout 60
kill "$ppid" 2>/dev/null; wait "$ppid" 2>/dev/null
is "TLS failure: exit 4" "$rc" 4
like "TLS failure: says what failed" "$(jq -r .error.message "$TMP/out")" \
    'SSL|TLS|ssl|tls'
is "TLS failure: no reply text" "$(jq -r '.reply.text // "none"' "$TMP/out")" \
    none

# Retries that succeed: the reply is whole and the record clean.
retried() { # name, requests
	is "$1: exit 0" "$rc" 0
	is "$1: the reply" "$(jq -r .reply.source "$TMP/out")" llm
	is "$1: requests made" "$(nreq)" "$2"
	is "$1: no error" "$(jq -r '.error // "none"' "$TMP/out")" none
}
stub_start 429:openai-ratelimit.json,retry-after=1 200:openai-basic.sse
go openai "$URL"
retried "429 with Retry-After, then 200" 2
stub_start 429:openai-ratelimit.json,retry-after-ms=200 200:openai-basic.sse
go openai "$URL"
retried "429 with retry-after-ms, then 200" 2
stub_start 429:openai-ratelimit.json,retry-after=past 200:openai-basic.sse
go openai "$URL"
retried "429 with a past HTTP-date, then 200" 2
stub_start 500:server-error.json 500:server-error.json 200:openai-basic.sse
go openai "$URL"
retried "500, 500, then 200" 3
stub_start 529:anthropic-overloaded.json 200:anthropic-basic.sse
go anthropic "$BASE"
retried "anthropic 529 then 200" 2
stub_start 200:openai-basic.sse,stall=4000 200:openai-basic.sse
go openai "$URL" --retries 1
retried "headers then nothing, then 200" 2

# A cut reply (finish_reason length) is kept but flagged.
stub_start 200:openai-length.sse
go openai "$URL"
is "length: exit 1" "$rc" 1
is "length: error code" "$(jq -r .error.code "$TMP/out")" length
is "length: finish reason" "$(jq -r .reply.finish_reason "$TMP/out")" length

# One record failing does not stop the others.
stub_start 200:openai-basic.sse 400:openai-badrequest.json 200:openai-basic.sse
printf 'one\ntwo\nthree\n' | ask -P openai -b "$URL" >"$TMP/out" 2>"$TMP/err"
rc=$?
is "mixed: exit 4" "$rc" 4
is "mixed: three records" "$(wc -l <"$TMP/out" | tr -d ' ')" 3
is "mixed: only the second failed" \
    "$(jq -r '.error.code // "ok"' "$TMP/out" | tr '\n' ' ')" "ok http ok "
like "mixed: stderr names line 2" "$(cat "$TMP/err")" '<stdin>:2: '

# A server that quotes the key it refused: the message is kept, the key
# is not; nor is the start of a key where a long message was cut.
stub_start 401:openai-echo-key.json
go openai "$URL"
fails "401 quoting the key" http 'Incorrect API key provided: \[hidden\]\. You' 1
stub_start 200:openai-echo-key.sse
go openai "$URL"
fails "long stream error ending in the key" stream 'xxx\[hidde$' 1
unlike "long stream error: no start of the key" \
    "$(cat "$TMP/out" "$TMP/err")" 'sk-te'

# On a terminal-style plain run, a failure after text began says so and
# shows nothing unchecked.
stub_start 200:openai-error-mid.sse
echo "hello" | ask -p -P openai -b "$URL" >"$TMP/out" 2>"$TMP/err"; rc=$?
is "plain mid-stream error: exit 4" "$rc" 4
unlike "plain: the unfinished sentence is not shown" "$(cat "$TMP/out")" \
    'Here is a first'
like "plain: the server's message on stderr" "$(cat "$TMP/err")" \
    'The upstream model crashed'

# Ctrl-C during a stalled stream: the request stops at once, its record
# is written with the error, no further request is made, and mh-ask dies
# by the signal.
stub_start 200:openai-basic.sse,chunk=50,stall=8000,after=100
printf 'one\ntwo\n' >"$TMP/in"
MH_API_KEY=$KEY "$MH_BIN/mh-ask" -P openai -b "$URL" --stall-timeout 30 \
    <"$TMP/in" >"$TMP/out" 2>"$TMP/err" &
apid=$!
i=0 # the request is in flight once the stub has it, however slow we are
while [ "$(nreq)" -lt 1 ] && [ $i -lt 300 ]; do sleep 0.1; i=$((i + 1)); done
sleep 0.2
kill -INT $apid
wait $apid; rc=$?
is "SIGINT: dies by the signal (130)" "$rc" 130
is "SIGINT: the record in flight written" "$(wc -l <"$TMP/out" | tr -d ' ')" 1
is "SIGINT: its error" "$(jq -r .error.code "$TMP/out")" cancelled
is "SIGINT: no second request" "$(nreq)" 1

plan $_n
