// Conformance: a KVS master nobody here wrote — the public KVS WebRTC JS SDK's SignalingClient for signaling
// and libwebrtc (npm @roamhq/wrtc) as its peer connection — sends VP8 video and Opus audio through the
// emulator; `kvs-viewer-cli connect --media` must decode its frames (the saved frame shows the master's
// two-colour picture) and hear its audio.
// Usage: node viewer-media-wrtc-master.mjs PATH-TO-kvs-signaling-emulator PATH-TO-kvs-viewer-cli
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { GetSignalingChannelEndpointCommand, KinesisVideoClient } from '@aws-sdk/client-kinesis-video';
import { check, emulatorInfo } from './emulator-harness.mjs';

const require = createRequire(import.meta.url);
globalThis.WebSocket = require('ws');
const { SignalingClient, Role } = require('amazon-kinesis-video-streams-webrtc');
const wrtc = require('@roamhq/wrtc');

const info = await emulatorInfo(import.meta.url);
const cli = process.argv[3];
const [channel] = info.channels;
const credentials = info.identities[0];
const timeout = setTimeout(() => { console.error('FAILED: timed out'); process.exit(1); }, 90000);

const kvs = new KinesisVideoClient({ region: info.region, endpoint: info.controlEndpoint, credentials });
const endpoint = (await kvs.send(new GetSignalingChannelEndpointCommand({
  ChannelARN: channel.arn,
  SingleMasterChannelEndpointConfiguration: { Protocols: ['WSS'], Role: 'MASTER' },
}))).ResourceEndpointList[0].ResourceEndpoint;

// The picture: left half red, right half blue (I420), 640x480 at 30 fps; a 440 Hz tone at 48 kHz.
const width = 640; const height = 480;
const frame = new Uint8ClampedArray(width * height * 3 / 2);
const ySize = width * height; const cSize = ySize / 4;
for (let y = 0; y < height; y += 1) for (let x = 0; x < width; x += 1) frame[y * width + x] = x < width / 2 ? 81 : 41;
for (let y = 0; y < height / 2; y += 1) for (let x = 0; x < width / 2; x += 1) {
  const left = x < width / 4;
  frame[ySize + y * (width / 2) + x] = left ? 90 : 240;        // U
  frame[ySize + cSize + y * (width / 2) + x] = left ? 240 : 110; // V
}
const videoSource = new wrtc.nonstandard.RTCVideoSource();
const audioSource = new wrtc.nonstandard.RTCAudioSource();
let phase = 0;
const timers = [
  setInterval(() => videoSource.onFrame({ width, height, data: frame }), 33),
  setInterval(() => {
    const samples = new Int16Array(480);
    for (let i = 0; i < samples.length; i += 1) { samples[i] = Math.round(8000 * Math.sin(phase)); phase += 2 * Math.PI * 440 / 48000; }
    audioSource.onData({ samples, sampleRate: 48000, bitsPerSample: 16, channelCount: 1, numberOfFrames: 480 });
  }, 10),
];

const master = new SignalingClient({ channelARN: channel.arn, channelEndpoint: endpoint, role: Role.MASTER, region: info.region, credentials });
const peers = new Map();
let offers = 0;
master.on('error', (error) => { console.error('master error', error?.message ?? error); process.exit(1); });
master.on('sdpOffer', async (offer, viewerId) => {
  offers += 1;
  const pc = new wrtc.RTCPeerConnection({ iceServers: [] });
  peers.set(viewerId, pc);
  pc.addTrack(videoSource.createTrack());
  pc.addTrack(audioSource.createTrack());
  pc.onicecandidate = ({ candidate }) => { if (candidate) master.sendIceCandidate(candidate, viewerId); };
  await pc.setRemoteDescription(offer);
  const answer = await pc.createAnswer();
  await pc.setLocalDescription(answer);
  master.sendSdpAnswer(pc.localDescription, viewerId);
});
master.on('iceCandidate', (candidate, viewerId) => { peers.get(viewerId)?.addIceCandidate(candidate).catch(() => {}); });
await new Promise((resolve) => { master.on('open', resolve); master.open(); });
check(true, 'the JS SDK master (libwebrtc peer) is connected');

const home = mkdtempSync(join(tmpdir(), 'kvs-media-'));
const png = join(home, 'frame.png');
const run = await new Promise((resolve) => {
  const child = spawn(cli, ['connect', '--channel-arn', channel.arn, '--endpoint-url', info.controlEndpoint,
    '--ca-file', info.caFile, '--client-id', 'cli-media', '--media', '--no-stun', '--ice-loopback',
    '--require-frames', '30', '--media-timeout', '30', '--save-frame', png, '--json'], {
    env: { PATH: process.env.PATH, HOME: home, XDG_CONFIG_HOME: join(home, 'config'),
      AWS_ACCESS_KEY_ID: credentials.accessKeyId, AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
      // The sanitizer build's settings apply to the CLI too.
      ...Object.fromEntries(['ASAN_OPTIONS', 'LSAN_OPTIONS', 'UBSAN_OPTIONS'].filter((k) => process.env[k]).map((k) => [k, process.env[k]])) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk) => { out += chunk; });
  child.stderr.on('data', (chunk) => { err += chunk; });
  child.once('exit', (code) => resolve({ code, out, err }));
});
const events = run.out.split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line));
const summary = events[events.length - 1];
check(run.code === 0, `connect --media exited 0 (got ${run.code}; last lines: ${run.out.split('\n').slice(-4).join('\n')} ${run.err})`);
check(offers === 1, 'the master received exactly one offer');
check(summary.media.codec === 'VP8', `the libwebrtc master's VP8 was decoded (codec ${summary.media.codec})`);
check(summary.media.framesDecoded >= 30, `30 frames or more were decoded (${summary.media.framesDecoded})`);
check(summary.media.audioCodec === 'OPUS', 'Opus audio was received');

// Read the saved PNG (8-bit RGB or RGBA, no interlace) and check the colours: red on the left, blue on the right.
const bytes = readFileSync(png);
let offset = 8; let w = 0; let h = 0; let channels = 3; const idat = [];
while (offset < bytes.length) {
  const length = bytes.readUInt32BE(offset); const type = bytes.toString('latin1', offset + 4, offset + 8);
  const data = bytes.subarray(offset + 8, offset + 8 + length);
  if (type === 'IHDR') { w = data.readUInt32BE(0); h = data.readUInt32BE(4); channels = data[9] === 6 ? 4 : 3; }
  if (type === 'IDAT') idat.push(data);
  offset += 12 + length;
}
const raw = inflateSync(Buffer.concat(idat));
const stride = w * channels;
const rows = []; let previous = Buffer.alloc(stride);
for (let y = 0; y < h; y += 1) {
  const filter = raw[y * (stride + 1)]; const line = Buffer.from(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)));
  for (let i = 0; i < stride; i += 1) {
    const a = i >= channels ? line[i - channels] : 0; const b = previous[i]; const c = i >= channels ? previous[i - channels] : 0;
    const p = a + b - c; const pa = Math.abs(p - a); const pb = Math.abs(p - b); const pc = Math.abs(p - c);
    const predictor = [0, a, b, (a + b) >> 1, pa <= pb && pa <= pc ? a : pb <= pc ? b : c][filter];
    line[i] = (line[i] + predictor) & 0xff;
  }
  rows.push(line); previous = line;
}
const pixel = (x, y) => [...rows[y].subarray(x * channels, x * channels + 3)];
const [lr, lg, lb] = pixel(Math.floor(w / 4), Math.floor(h / 2));
const [rr, rg, rb] = pixel(Math.floor(w * 3 / 4), Math.floor(h / 2));
check(w === 640 && h === 480, `the saved frame is 640x480 (${w}x${h})`);
check(lr > 150 && lg < 90 && lb < 90, `the left half is red (${lr},${lg},${lb})`);
check(rb > 150 && rr < 90 && rg < 90, `the right half is blue (${rr},${rg},${rb})`);
check(!run.out.includes(credentials.secretAccessKey), 'the secret key never appears');

timers.forEach(clearInterval);
for (const pc of peers.values()) pc.close();
master.close();
clearTimeout(timeout);
console.log('viewer media conformance with a libwebrtc master passed');
process.exit(0);
