// Load for the emulator benchmark: one master per channel, then viewersPerChannel viewers per channel over
// real TLS WebSockets (Node ws), URLs presigned with the public KVS JS SDK's signer; then messages from random
// viewers relayed to their channel's master, timed from send to receipt in this process.
//   node emulator-load.mjs '<json>'   json: {wss, ca, region, channels: [arn…], viewersPerChannel, messages,
//                                            ratePerSecond, accessKeyId, secretAccessKey, emulatorPid}
// Prints one JSON line: {viewers, connectSeconds, connectsPerSecond, pssBeforeKiB, pssAfterKiB,
//                        kibPerConnection, relayed, lost, p50Ms, p99Ms, maxMs}.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { require } from './modules.mjs';

const WebSocket = require('ws');
const { SigV4RequestSigner } = require('amazon-kinesis-video-streams-webrtc');

const options = JSON.parse(process.argv[2]);
const ca = readFileSync(options.ca);
const signer = new SigV4RequestSigner(options.region, {
  accessKeyId: options.accessKeyId,
  secretAccessKey: options.secretAccessKey,
});

/// PSS of the emulator process in KiB (smaps_rollup), or null when it cannot be read.
function pssKiB(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    const match = text.match(/^Pss:\s+(\d+) kB/m);
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

function open(url) {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { ca, perMessageDeflate: false });
    socket.once('open', () => resolve(socket));
    socket.once('error', reject);
    socket.once('unexpected-response', (request, response) => reject(new Error(`HTTP ${response.statusCode}`)));
  });
}

async function signed(arn, clientId) {
  const query = { 'X-Amz-ChannelARN': arn };
  if (clientId) query['X-Amz-ClientId'] = clientId;
  return signer.getSignedURL(options.wss, query, new Date());
}

/// Runs tasks with at most limit in flight.
async function pool(tasks, limit) {
  const results = new Array(tasks.length);
  let next = 0;
  async function worker() {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await tasks[index]();
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}

const pending = new Map(); // seq → send time
const latencies = [];
const masters = [];
for (const arn of options.channels) {
  const master = await open(await signed(arn, null));
  master.on('message', (data) => {
    if (data.length === 0) return;
    const message = JSON.parse(data.toString());
    const payload = JSON.parse(Buffer.from(message.messagePayload, 'base64').toString());
    const sentAt = pending.get(payload.seq);
    if (sentAt !== undefined) {
      latencies.push(performance.now() - sentAt);
      pending.delete(payload.seq);
    }
  });
  masters.push(master);
}

const pssBeforeKiB = pssKiB(options.emulatorPid);
const viewerTasks = [];
for (const arn of options.channels) {
  for (let i = 0; i < options.viewersPerChannel; i += 1) {
    viewerTasks.push(async () => open(await signed(arn, `bench-${viewerTasks.length}-${i}`)));
  }
}
const connectStarted = performance.now();
const viewers = await pool(viewerTasks, 50);
const connectSeconds = (performance.now() - connectStarted) / 1000;
await new Promise((resolve) => setTimeout(resolve, 500));
const pssAfterKiB = pssKiB(options.emulatorPid);
console.log(JSON.stringify({ phase: 'relay' })); // the harness measures the emulator's CPU from here

// Messages at a steady rate from random viewers; each names a sequence number its master times.
const intervalMs = 1000 / options.ratePerSecond;
for (let seq = 0; seq < options.messages; seq += 1) {
  const viewer = viewers[Math.floor(Math.random() * viewers.length)];
  const candidate = { candidate: `candidate:1 1 udp 2130706431 127.0.0.1 ${10000 + (seq % 50000)} typ host`, sdpMid: '0', sdpMLineIndex: 0, seq };
  pending.set(seq, performance.now());
  viewer.send(JSON.stringify({
    action: 'ICE_CANDIDATE',
    messagePayload: Buffer.from(JSON.stringify(candidate)).toString('base64'),
  }));
  await new Promise((resolve) => setTimeout(resolve, intervalMs));
}
const relayEnded = performance.now();
while (pending.size > 0 && performance.now() - relayEnded < 2000) await new Promise((resolve) => setTimeout(resolve, 10));
console.log(JSON.stringify({ phase: 'done' }));

latencies.sort((a, b) => a - b);
const at = (q) => (latencies.length ? latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] : null);
const viewerCount = viewers.length;
console.log(JSON.stringify({
  viewers: viewerCount,
  connectSeconds,
  connectsPerSecond: viewerCount / connectSeconds,
  pssBeforeKiB,
  pssAfterKiB,
  kibPerConnection: pssBeforeKiB !== null && pssAfterKiB !== null ? (pssAfterKiB - pssBeforeKiB) / viewerCount : null,
  relayed: latencies.length,
  lost: pending.size,
  p50Ms: at(0.5),
  p99Ms: at(0.99),
  maxMs: latencies.length ? latencies[latencies.length - 1] : null,
}));
for (const socket of [...viewers, ...masters]) socket.terminate();
process.exit(0);
