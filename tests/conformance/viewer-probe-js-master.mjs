// Conformance: the public KVS WebRTC JS SDK's SignalingClient as MASTER (through the emulator) answers the
// probe of `kvs-viewer-cli connect --probe --json`: every offer gets an SDP answer and an ICE candidate.
// Usage: node viewer-probe-js-master.mjs PATH-TO-kvs-signaling-emulator PATH-TO-kvs-viewer-cli
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetSignalingChannelEndpointCommand, KinesisVideoClient } from '@aws-sdk/client-kinesis-video';
import { check, emulatorInfo } from './emulator-harness.mjs';

const require = createRequire(import.meta.url);
globalThis.WebSocket = require('ws');
const { SignalingClient, Role } = require('amazon-kinesis-video-streams-webrtc');

const info = await emulatorInfo(import.meta.url);
const cli = process.argv[3];
const [channel] = info.channels;
const credentials = info.identities[0];
const timeout = setTimeout(() => { console.error('FAILED: timed out'); process.exit(1); }, 60000);

const kvs = new KinesisVideoClient({ region: info.region, endpoint: info.controlEndpoint, credentials });
const endpoint = (await kvs.send(new GetSignalingChannelEndpointCommand({
  ChannelARN: channel.arn,
  SingleMasterChannelEndpointConfiguration: { Protocols: ['WSS'], Role: 'MASTER' },
}))).ResourceEndpointList[0].ResourceEndpoint;

const master = new SignalingClient({ channelARN: channel.arn, channelEndpoint: endpoint, role: Role.MASTER, region: info.region, credentials });
let offers = 0;
master.on('error', (error) => { console.error('master error', error?.message ?? error); process.exit(1); });
master.on('sdpOffer', (offer, senderClientId) => {
  offers += 1;
  const sdp = offer.sdp.replace(/a=recvonly/g, 'a=sendonly').replace('a=setup:actpass', 'a=setup:passive');
  master.sendSdpAnswer({ type: 'answer', sdp }, senderClientId);
  master.sendIceCandidate({ candidate: 'candidate:1 1 udp 2130706431 127.0.0.1 50000 typ host', sdpMid: '0', sdpMLineIndex: 0 }, senderClientId);
});
await new Promise((resolve) => { master.on('open', resolve); master.open(); });
check(true, 'the JS SDK master is connected');

const home = mkdtempSync(join(tmpdir(), 'kvs-probe-'));
const run = await new Promise((resolve) => {
  const child = spawn(cli, ['connect', '--channel-arn', channel.arn, '--endpoint-url', info.controlEndpoint,
    '--ca-file', info.caFile, '--client-id', 'cli-probe', '--probe', '--probe-timeout', '10', '--json'], {
    env: { PATH: process.env.PATH, HOME: home, XDG_CONFIG_HOME: join(home, 'config'),
      AWS_ACCESS_KEY_ID: credentials.accessKeyId, AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk) => { out += chunk; });
  child.stderr.on('data', (chunk) => { err += chunk; });
  child.once('exit', (code) => resolve({ code, out, err }));
});
const events = run.out.split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line));
check(events.every((e) => typeof e.event === 'string' && typeof e.t === 'number'), 'every line has "event" and "t"');
check(run.code === 0, `connect --probe exited 0 (got ${run.code}; stderr: ${run.err})`);
check(offers === 1, 'the JS SDK master received exactly one offer');
const probe = events.find((e) => e.event === 'probe');
check(probe && probe.answered === true, 'the probe was answered');
check(probe.media.some((m) => m.direction === 'sendonly'), 'the answer\'s directions are reported');
check(probe.candidates['host/udp'] === 1, 'the master\'s trickled ICE candidate is counted');
check(events[events.length - 1].event === 'summary', 'the last line is the summary');
check(!run.out.includes(credentials.secretAccessKey), 'the secret key never appears');
master.close();
clearTimeout(timeout);
console.log('viewer probe conformance passed');
process.exit(0);
