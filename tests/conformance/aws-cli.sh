#!/usr/bin/env bash
# Conformance: Debian's AWS CLI (botocore, a client no one here wrote) against the emulator over TLS, trusting
# only the emulator's CA (AWS_CA_BUNDLE) and pointed at it with --endpoint-url. Certificate checks stay on.
#   tests/conformance/aws-cli.sh EMULATOR AWS_CLI
set -euo pipefail
emulator="$1"
aws="$2"
work="$(mktemp -d)"
cleanup() {
    [ -n "${emulator_pid:-}" ] && kill "$emulator_pid" 2>/dev/null && wait "$emulator_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

cat > "$work/config.json" <<'JSON'
{"channels": [{"name": "demo-channel"}, {"name": "cam-a"}, {"name": "cam-b"}]}
JSON
"$emulator" --port 0 --config "$work/config.json" --state-dir "$work/state" > "$work/start.json" 2> "$work/emulator.log" &
emulator_pid=$!
for _ in $(seq 1 100); do [ -s "$work/start.json" ] && break; sleep 0.1; done
[ -s "$work/start.json" ] || fail "the emulator did not start: $(cat "$work/emulator.log")"
field() { python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(eval(sys.argv[2], {}, {"d": d}))' "$work/start.json" "$1"; }
control="$(field 'd["controlEndpoint"]')"
region="$(field 'd["region"]')"
arn="$(field 'd["channels"][0]["arn"]')"

# Nothing from this machine's AWS setup may leak in: no files, no instance metadata, no pager.
export AWS_CA_BUNDLE="$(field 'd["caFile"]')"
export AWS_ACCESS_KEY_ID="$(field 'd["identities"][0]["accessKeyId"]')"
export AWS_SECRET_ACCESS_KEY="$(field 'd["identities"][0]["secretAccessKey"]')"
export AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null AWS_EC2_METADATA_DISABLED=true AWS_PAGER=""
unset AWS_SESSION_TOKEN AWS_PROFILE AWS_ENDPOINT_URL AWS_ENDPOINT_URL_KINESIS_VIDEO || true
export HOME="$work"
cli() { "$aws" --region "$region" --endpoint-url "$control" --output json "$@"; }
check() { python3 -c "import json,sys; d=json.load(sys.stdin); assert $1, d" || fail "$2"; }

"$aws" --version >&2
cli kinesisvideo describe-signaling-channel --channel-name demo-channel > "$work/describe.json" \
    || fail "describe-signaling-channel"
check "d['ChannelInfo']['ChannelARN'] == '$arn' and d['ChannelInfo']['ChannelStatus'] == 'ACTIVE'" \
    "describe-signaling-channel answered $(cat "$work/describe.json")" < "$work/describe.json"

cli kinesisvideo get-signaling-channel-endpoint --channel-arn "$arn" \
    --single-master-channel-endpoint-configuration 'Protocols=WSS,HTTPS,Role=VIEWER' > "$work/endpoint.json" \
    || fail "get-signaling-channel-endpoint"
check "sorted(e['Protocol'] for e in d['ResourceEndpointList']) == ['HTTPS', 'WSS']" \
    "get-signaling-channel-endpoint" < "$work/endpoint.json"
https="$(python3 -c 'import json,sys; print([e["ResourceEndpoint"] for e in json.load(sys.stdin)["ResourceEndpointList"] if e["Protocol"] == "HTTPS"][0])' < "$work/endpoint.json")"

cli kinesisvideo list-signaling-channels > "$work/list.json" || fail "list-signaling-channels"
check "sorted(c['ChannelName'] for c in d['ChannelInfoList']) == ['cam-a', 'cam-b', 'demo-channel']" \
    "list-signaling-channels" < "$work/list.json"
# Paged, as the CLI pages (NextToken round trips), with a name filter.
cli kinesisvideo list-signaling-channels --page-size 1 \
    --channel-name-condition 'ComparisonOperator=BEGINS_WITH,ComparisonValue=cam-' > "$work/paged.json" \
    || fail "list-signaling-channels --page-size 1"
check "sorted(c['ChannelName'] for c in d['ChannelInfoList']) == ['cam-a', 'cam-b']" \
    "list-signaling-channels paged" < "$work/paged.json"

"$aws" --region "$region" --endpoint-url "$https" --output json kinesis-video-signaling get-ice-server-config \
    --channel-arn "$arn" --client-id aws-cli-viewer > "$work/ice.json" || fail "get-ice-server-config"
check "len(d['IceServerList']) >= 1 and all(s['Ttl'] == 300 and s['Uris'] for s in d['IceServerList'])" \
    "get-ice-server-config" < "$work/ice.json"

# An error as botocore parses it: the type (the service's URL suffix stripped) and the message.
if cli kinesisvideo describe-signaling-channel --channel-name no-such-channel > /dev/null 2> "$work/error.txt"; then
    fail "a missing channel was found"
fi
grep -q "ResourceNotFoundException" "$work/error.txt" || fail "404 read as: $(cat "$work/error.txt")"
grep -q "not found" "$work/error.txt" || fail "404 message lost: $(cat "$work/error.txt")"
echo "aws-cli conformance: describe, endpoint, list (paged), get-ice-server-config and a 404 all as botocore expects"
