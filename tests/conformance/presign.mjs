// Conformance: `kvs-viewer-cli presign` must print exactly the URL that the public KVS WebRTC JS SDK's
// SigV4RequestSigner produces, for random valid inputs (viewer and master, with and without session
// tokens, ports, paths, every partition). Usage: node presign.mjs PATH-TO-kvs-viewer-cli [COUNT] [SEED]
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { SigV4RequestSigner } = require('amazon-kinesis-video-streams-webrtc');

const [cli, countArg = '300', seedArg = String(Date.now() % 1000000)] = process.argv.slice(2);
if (!cli) {
  console.error('usage: node presign.mjs PATH-TO-kvs-viewer-cli [COUNT] [SEED]');
  process.exit(2);
}

// Small seeded PRNG (mulberry32) so a failure can be replayed with the printed seed.
let state = Number(seedArg) >>> 0;
function random() {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (items) => items[Math.floor(random() * items.length)];
const int = (min, max) => min + Math.floor(random() * (max - min + 1));
const chars = (alphabet, min, max) => Array.from({ length: int(min, max) }, () => pick(alphabet)).join('');

const ID = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const HOST = 'abcdefghijklmnopqrstuvwxyz0123456789';
const PATH = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-~';
const regions = [['aws', 'us-west-2'], ['aws', 'eu-central-1'], ['aws', 'ap-southeast-4'], ['aws-cn', 'cn-north-1'],
  ['aws-us-gov', 'us-gov-west-1'], ['aws', 'il-central-1']];

function randomCase() {
  const [partition, region] = pick(regions);
  const name = chars(ID, 1, pick([8, 40, 256]));
  const arn = `arn:${partition}:kinesisvideo:${region}:${chars('0123456789', 12, 12)}:channel/${name}/${chars('0123456789', 1, 13)}`;
  let clientId = chars(ID, 1, pick([10, 64, 256]));
  if (/^aws_/i.test(clientId)) clientId = 'x' + clientId.slice(1);
  const host = pick([
    () => `v-${chars(HOST, 8, 8)}.kinesisvideo.${region}.amazonaws.com${partition === 'aws-cn' ? '.cn' : ''}`,
    () => `127.0.0.1:${int(1, 65535)}`,
    () => `${chars(HOST, 1, 20)}.example.com:${pick([443, 8443, 9000])}`,
    () => `localhost`,
  ])();
  const path = pick(['', '', '/', `/${chars(PATH, 1, 12)}`, `/${chars(PATH, 1, 6)}/${chars(PATH, 1, 6)}`]);
  const tokenLength = pick([0, 0, 16, 400, 1200]);
  const credentials = {
    accessKeyId: pick(['AKIA', 'ASIA']) + chars(UPPER, 16, 16),
    secretAccessKey: chars(B64, 40, 40),
    sessionToken: tokenLength ? chars(B64, tokenLength, tokenLength) + pick(['', '=', '==']) : undefined,
  };
  const date = new Date(int(946684800, 4102444799) * 1000 + pick([0, int(0, 999)]));
  return { arn, clientId, role: random() < 0.75 ? 'viewer' : 'master', region, endpoint: `wss://${host}${path}`, credentials, date };
}

const count = Number(countArg);
let failures = 0;
console.log(`presign conformance: ${count} random cases against amazon-kinesis-video-streams-webrtc, seed ${seedArg}`);
for (let i = 0; i < count; i++) {
  const c = randomCase();
  const params = { 'X-Amz-ChannelARN': c.arn };
  if (c.role === 'viewer') params['X-Amz-ClientId'] = c.clientId;
  const signer = new SigV4RequestSigner(c.region, c.credentials);
  const expected = await signer.getSignedURL(c.endpoint, params, c.date);

  const args = ['presign', '--channel-arn', c.arn, '--endpoint', c.endpoint, '--date', c.date.toISOString()];
  if (c.role === 'viewer') args.push('--client-id', c.clientId);
  else args.push('--role', 'master');
  const env = { ...process.env, AWS_ACCESS_KEY_ID: c.credentials.accessKeyId, AWS_SECRET_ACCESS_KEY: c.credentials.secretAccessKey };
  delete env.AWS_SESSION_TOKEN;
  if (c.credentials.sessionToken) env.AWS_SESSION_TOKEN = c.credentials.sessionToken;
  const run = spawnSync(cli, args, { env, encoding: 'utf8' });
  const actual = run.stdout.replace(/\n$/, '');
  if (run.status !== 0 || actual !== expected) {
    failures++;
    console.log(`FAIL case ${i}: exit ${run.status}, stderr: ${run.stderr.trim()}`);
    console.log(`  endpoint ${c.endpoint} role ${c.role} date ${c.date.toISOString()}`);
    console.log(`  expected ${expected.slice(0, 160)}…\n  actual   ${actual.slice(0, 160)}…`);
    if (failures > 5) break;
  }
}
console.log(`${count - failures} passed, ${failures} failed`);
process.exit(failures ? 1 : 0);
