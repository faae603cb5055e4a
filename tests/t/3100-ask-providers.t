#!/bin/sh
# mh-ask against the loopback stub for each protocol: what the user gets
# and what the server received (the system prompt, no identifier from the
# message, the key only in its header), under byte-by-byte chunks and
# CRLF; sessions; vault restore; dry run.
. "$MH_SRC/tests/t/lib.sh"
. "$MH_SRC/tests/stub/stub.sh"

MSG='My friend Marisol Quenby ignored me at work again and I feel useless'
BASIC='It sounds like a heavy week. What evidence do you have for and against the thought? Café breaks count too ✓.'

# OpenAI, byte by byte.
stub_start 200:openai-basic.sse,chunk=1
echo "$MSG" | ask -P openai -b "$URL" -m test-model >"$TMP/out" 2>"$TMP/err"
rc=$?
is "openai: exit 0" "$rc" 0
is "openai: the reply whole" "$(jq -r .reply.text "$TMP/out")" "$BASIC"
is "openai: source llm, not blocked" \
    "$(jq -r '[.reply.source, .reply.blocked] | join(" ")' "$TMP/out")" \
    "llm false"
is "openai: usage" "$(jq -c .reply.usage "$TMP/out")" '{"input":42,"output":17}'
is "openai: finish reason" "$(jq -r .reply.finish_reason "$TMP/out")" stop
is "openai: model as the server says" "$(jq -r .reply.model "$TMP/out")" stub-model
is "openai: reply checked" "$(jq -r .reply.screen.safe "$TMP/out")" true
is "openai: one request" "$(nreq)" 1
like "openai: POST to /v1/chat/completions" "$(head -1 "$TMP/req.1.head")" \
    '^POST /v1/chat/completions HTTP/1.1'
is "openai: model sent" "$(body 1 | jq -r .model)" test-model
is "openai: streamed with usage" \
    "$(body 1 | jq -c '[.stream, .stream_options.include_usage]')" '[true,true]'
is "openai: system prompt first" "$(body 1 | jq -r '.messages[0].role')" system
like "openai: the built-in prompt" "$(body 1 | jq -r '.messages[0].content')" \
    'You are a skills coach'
is "openai: the redacted message" "$(body 1 | jq -r '.messages[1].content')" \
    'My friend [NAME_1] ignored me at work again and I feel useless'
unlike "openai: no name from the message in the request" \
    "$(cat "$TMP"/req.1.*)" 'Marisol|Quenby'
is "openai: max_tokens for compatible servers" \
    "$(body 1 | jq '.max_tokens')" 1024
like "openai: key in the Authorization header" "$(cat "$TMP/req.1.head")" \
    "Authorization: Bearer $KEY"
unlike "openai: key nowhere in the body" "$(body 1)" "$KEY"
unlike "openai: key not in the output" "$(cat "$TMP/out" "$TMP/err")" "$KEY"

# CRLF line ends and keep-alive comments; usage chunk with choices null.
stub_start 200:openai-keepalive.sse,crlf,chunk=3
echo "I am panicking" | ask -P openai -b "$URL" >"$TMP/out"
is "openai CRLF + pings: the reply" "$(jq -r .reply.text "$TMP/out")" \
    'Let us slow down. Name five things you can see.'
is "openai CRLF + pings: usage" "$(jq -c .reply.usage "$TMP/out")" \
    '{"input":30,"output":9}'

# Multi-line data.
stub_start 200:openai-multiline.sse,chunk=5
echo "hello" | ask -P openai -b "$URL" >"$TMP/out"
is "openai multi-line data: the reply" "$(jq -r .reply.text "$TMP/out")" \
    'One step at a time.'

# Anthropic, byte by byte: system at top level, key in x-api-key.
stub_start 200:anthropic-basic.sse,chunk=1
echo "$MSG" | ask -P anthropic -b "$BASE" -m claude-test >"$TMP/out"; rc=$?
is "anthropic: exit 0" "$rc" 0
is "anthropic: the reply (thinking and unknown events skipped)" \
    "$(jq -r .reply.text "$TMP/out")" \
    'That thought sounds harsh. Would you say it to a friend?'
is "anthropic: usage" "$(jq -c .reply.usage "$TMP/out")" '{"input":51,"output":12}'
is "anthropic: finish reason" "$(jq -r .reply.finish_reason "$TMP/out")" end_turn
like "anthropic: POST /v1/messages" "$(head -1 "$TMP/req.1.head")" \
    '^POST /v1/messages '
like "anthropic: x-api-key header" "$(cat "$TMP/req.1.head")" "x-api-key: $KEY"
like "anthropic: version header" "$(cat "$TMP/req.1.head")" \
    'anthropic-version: 2023-06-01'
unlike "anthropic: no Authorization header" "$(cat "$TMP/req.1.head")" \
    'Authorization'
like "anthropic: top-level system prompt" "$(body 1 | jq -r .system)" \
    'You are a skills coach'
is "anthropic: only the user turn in messages" \
    "$(body 1 | jq -c '[.messages[].role]')" '["user"]'
is "anthropic: max_tokens sent" "$(body 1 | jq .max_tokens)" 1024
unlike "anthropic: no name sent" "$(body 1)" 'Marisol|Quenby'

# Ollama native NDJSON, byte by byte, last line without a newline; the
# host from OLLAMA_HOST, no key needed.
stub_start 200:ollama-nonewline.ndjson,chunk=1
echo "I feel low" | OLLAMA_HOST="127.0.0.1:$PORT" run mh-ask -P ollama \
    -m llama-test >"$TMP/out"; rc=$?
is "ollama: exit 0" "$rc" 0
is "ollama: the reply" "$(jq -r .reply.text "$TMP/out")" \
    'Try a short walk outside today.'
is "ollama: usage from eval counts" "$(jq -c .reply.usage "$TMP/out")" \
    '{"input":33,"output":7}'
like "ollama: POST /api/chat" "$(head -1 "$TMP/req.1.head")" '^POST /api/chat '
ok "ollama: num_ctx set so the prompt is never cut" \
    test "$(body 1 | jq '.options.num_ctx')" -ge 4096
is "ollama: system prompt first" "$(body 1 | jq -r '.messages[0].role')" system

# Several records: one request each, in order, connection reused or not.
stub_start 200:ollama-basic.ndjson
printf 'one\ntwo\nthree\n' | run mh-ask -P ollama -b "$BASE" >"$TMP/out"
is "three records, three requests" "$(nreq)" 3
is "three records, three replies" "$(jq -r .reply.source "$TMP/out" | tr '\n' ' ')" \
    "llm llm llm "
is "requests in input order" "$(body 3 | jq -r '.messages[-1].content')" three

# Sessions: the second request carries the first turn; the file holds
# only redacted text.
stub_start 200:openai-basic.sse
echo "Marisol Quenby was rude to me" | ask -P openai -b "$URL" -s work >/dev/null
echo "She did it again" | ask -P openai -b "$URL" -s work >/dev/null
is "session: history sent with the second request" \
    "$(body 2 | jq -c '[.messages[].role]')" \
    '["system","user","assistant","user"]'
is "session: the earlier turn as sent" "$(body 2 | jq -r '.messages[1].content')" \
    '[NAME_1] was rude to me'
f="$XDG_STATE_HOME/mh/sessions/work.jsonl"
is "session: file is 0600" "$(stat -c %a "$f")" 600
unlike "session: no real name stored" "$(cat "$f")" 'Marisol|Quenby'
is "session: two turns stored" "$(wc -l <"$f" | tr -d ' ')" 4

# --no-redact text is not kept: a later run that redacts would send it
# as history, perhaps to another provider.  Text that came through
# mh-redact is kept.
stub_start 200:openai-basic.sse
echo "Marisol Quenby was rude to me" |
    ask --no-redact -P openai -b "$URL" -s raw >/dev/null 2>"$TMP/err"
like "no-redact session: says the turn is not kept" "$(cat "$TMP/err")" \
    'not kept in the session'
echo "She did it again" | ask -P openai -b "$URL" -s raw >/dev/null
unlike "no-redact session: the name is not sent later as history" \
    "$(body 2)" 'Marisol|Quenby'
unlike "no-redact session: nor stored" \
    "$(cat "$XDG_STATE_HOME/mh/sessions/raw.jsonl")" 'Marisol|Quenby'
echo "Marisol Quenby was rude to me" | run mh-redact |
    ask --no-redact -P openai -b "$URL" -s raw2 >/dev/null 2>&1
is "no-redact session: text redacted upstream is kept" \
    "$(jq -r .content "$XDG_STATE_HOME/mh/sessions/raw2.jsonl" | head -1)" \
    '[NAME_1] was rude to me'

# A vault: placeholders in the reply come back as the real names.
cat >"$TMP/echo.sse" <<'X'
data: {"choices":[{"index":0,"delta":{"content":"What did [NAME_1] say, and how did you feel?"},"finish_reason":"stop"}]}

data: [DONE]

X
"$MH_BUILD/tests/stub/stub" -t 30 -d "$TMP" -r "$TMP/vreq" 200:echo.sse \
    >"$TMP/vport" & vpid=$!
while [ ! -s "$TMP/vport" ]; do sleep 0.05; done
echo "Marisol Quenby shouted at me" | ask -P openai \
    -b "http://127.0.0.1:$(cat "$TMP/vport")/v1" --vault "$TMP/vault" \
    >"$TMP/out"
kill $vpid; wait $vpid 2>/dev/null
is "vault: the reply reads with the real name" "$(jq -r .reply.text "$TMP/out")" \
    'What did Marisol Quenby say, and how did you feel?'
unlike "vault: the provider never saw it" "$(cat "$TMP"/vreq.1.body)" 'Marisol'
is "vault: 0600" "$(stat -c %a "$TMP/vault")" 600

# Dry run: the exact request, the key hidden, nothing sent.
stub_start 200:openai-basic.sse
echo "$MSG" | ask -n -P openai -b "$URL" >"$TMP/out"; rc=$?
is "dry run: exit 0" "$rc" 0
is "dry run: nothing sent" "$(nreq)" 0
is "dry run: source" "$(jq -r .reply.source "$TMP/out")" dry-run
is "dry run: the body as it would be sent" \
    "$(jq -r '.reply.request.body.messages[1].content' "$TMP/out")" \
    'My friend [NAME_1] ignored me at work again and I feel useless'
like "dry run: the key hidden" "$(jq -r '.reply.request.headers[]' "$TMP/out")" \
    'Authorization: Bearer \[hidden\]'
unlike "dry run: the key nowhere" "$(cat "$TMP/out")" "$KEY"
ask -n -p -P anthropic -b "$BASE" "I failed my exam" >"$TMP/out" 2>&1
like "dry run plain: request line" "$(head -1 "$TMP/out")" \
    "^POST $BASE/v1/messages\$"
unlike "dry run plain: the key nowhere" "$(cat "$TMP/out")" "$KEY"

# The key from an owner-only key file; refused when others can read it.
stub_start 200:openai-basic.sse
printf '%s\n' "$KEY" >"$TMP/key"; chmod 600 "$TMP/key"
echo hi | run mh-ask -P openai -b "$URL" -k "$TMP/key" >"$TMP/out"; rc=$?
is "key file: exit 0" "$rc" 0
like "key file: used, without its newline" "$(tr -d '\r' <"$TMP/req.1.head")" "Bearer $KEY\$"
chmod 644 "$TMP/key"
echo hi | run mh-ask -P openai -b "$URL" -k "$TMP/key" >"$TMP/out" 2>"$TMP/err"
rc=$?
is "key file readable by others: refused, exit 2" "$rc" 2
unlike "key file refused: key not in the message" "$(cat "$TMP/err")" "$KEY"

# The system prompt from a file; caution guidance still appended.
stub_start 200:openai-basic.sse
echo "MY OWN SYSTEM PROMPT" >"$TMP/sys"
echo "I am sure my neighbours are spying on me" |
    ask -P openai -b "$URL" -S "$TMP/sys" >"$TMP/out"
like "system file: replaces the prompt" "$(body 1 | jq -r '.messages[0].content')" \
    '^MY OWN SYSTEM PROMPT'
like "system file: caution guidance appended for psychosis" \
    "$(body 1 | jq -r '.messages[0].content')" 'Possible psychosis'

# A worksheet record is reviewed (mode review), unless --mode says else.
stub_start 200:openai-basic.sse
W='{"worksheet":{"schema":1,"name":"thought-record","title":"Thought record","template_version":1,"answers":{"thought":"I am useless"}},"text":"Thought record: I am useless. Evidence against: I finished the report."}'
echo "$W" | ask -P openai -b "$URL" >"$TMP/out"
like "worksheet: review mode" "$(body 1 | jq -r '.messages[0].content')" \
    'Mode: worksheet review'
is "worksheet: its text is the message" "$(body 1 | jq -r '.messages[1].content')" \
    'Thought record: I am useless. Evidence against: I finished the report.'
is "worksheet: passes through" "$(jq -r .worksheet.name "$TMP/out")" thought-record
echo "$W" | ask -P openai -b "$URL" --mode learn >/dev/null
like "--mode learn wins" "$(body 2 | jq -r '.messages[0].content')" \
    'Mode: psychoeducation'

# A proxy in the environment is never used for this machine.
stub_start 200:openai-basic.sse
echo hi | env -u NO_PROXY http_proxy=http://127.0.0.1:9 \
    ALL_PROXY=http://127.0.0.1:9 MH_API_KEY=$KEY \
    "$MH_BIN/mh-ask" -P openai -b "$URL" >"$TMP/out" 2>"$TMP/err"; rc=$?
is "loopback bypasses a configured proxy" "$rc/$(nreq)" "0/1"

# The provider from MH_* variables, and from the configuration file.
stub_start 200:openai-basic.sse
echo hi | MH_PROVIDER=openai MH_BASE_URL="$URL" MH_MODEL=env-model ask >"$TMP/out"
is "MH_PROVIDER, MH_BASE_URL, MH_MODEL" "$(body 1 | jq -r .model)" env-model
mkdir -p "$XDG_CONFIG_HOME/mh"
printf 'provider = openai\nbase_url = %s\nmodel = file-model\n' "$URL" \
    >"$XDG_CONFIG_HOME/mh/config"
echo hi | ask >"$TMP/out"
is "configuration file" "$(body 2 | jq -r .model)" file-model
echo hi | MH_MODEL=env-model ask -m opt-model >"$TMP/out"
is "option over variable over file" "$(body 3 | jq -r .model)" opt-model
rm "$XDG_CONFIG_HOME/mh/config"

plan $_n
