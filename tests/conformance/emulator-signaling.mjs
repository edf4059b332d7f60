// Conformance: the KVS WebRTC JS SDK's SignalingClient, as MASTER and as VIEWER, through the emulator's WSS
// data plane (endpoint found with the AWS SDK v3), exchanging offer, answer and ICE candidates; then a viewer
// against the emulator's built-in master (--master).
// Usage: node emulator-signaling.mjs PATH-TO-kvs-signaling-emulator [--master]
import { createRequire } from 'node:module';
import { GetSignalingChannelEndpointCommand, KinesisVideoClient } from '@aws-sdk/client-kinesis-video';
import { check, emulatorInfo } from './emulator-harness.mjs';

const require = createRequire(import.meta.url);
// Node 20 has no global WebSocket; the SDK uses the global one. ws verifies certificates (NODE_EXTRA_CA_CERTS).
globalThis.WebSocket = require('ws');
const { SignalingClient, Role } = require('amazon-kinesis-video-streams-webrtc');

const builtInMaster = process.argv.includes('--master');
const info = await emulatorInfo(import.meta.url, builtInMaster ? ['--master'] : []);
const [channel] = info.channels;
const credentials = info.identities[0];

const kvs = new KinesisVideoClient({ region: info.region, endpoint: info.controlEndpoint, credentials });
async function endpointFor(role) {
  const result = await kvs.send(new GetSignalingChannelEndpointCommand({
    ChannelARN: channel.arn,
    SingleMasterChannelEndpointConfiguration: { Protocols: ['WSS'], Role: role },
  }));
  return result.ResourceEndpointList[0].ResourceEndpoint;
}

function client(role, endpoint, clientId) {
  const c = new SignalingClient({ channelARN: channel.arn, channelEndpoint: endpoint, role, region: info.region, clientId, credentials });
  c.on('error', (error) => { console.error(`${role} error`, error?.message ?? error); process.exit(1); });
  return c;
}

const offer = { type: 'offer', sdp: 'v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\na=group:BUNDLE 0\r\nm=video 9 UDP/TLS/RTP/SAVPF 96\r\nc=IN IP4 0.0.0.0\r\na=mid:0\r\na=recvonly\r\na=rtcp-mux\r\na=rtpmap:96 H264/90000\r\n' };
const viewerCandidate = { candidate: 'candidate:1 1 udp 2130706431 127.0.0.1 40000 typ host', sdpMid: '0', sdpMLineIndex: 0 };
const masterCandidate = { candidate: 'candidate:2 1 udp 2130706431 127.0.0.1 50000 typ host', sdpMid: '0', sdpMLineIndex: 0 };

const timeout = setTimeout(() => { console.error('FAILED: timed out'); process.exit(1); }, 20000);

async function peerToPeer() {
  const master = client(Role.MASTER, await endpointFor('MASTER'));
  const viewer = client(Role.VIEWER, await endpointFor('VIEWER'), 'js-sdk-viewer');
  await new Promise((resolve) => {
    let masterGotCandidate = false;
    let viewerGotCandidate = false;
    const done = () => { if (masterGotCandidate && viewerGotCandidate) resolve(); };
    master.on('sdpOffer', (sdp, senderClientId) => {
      check(sdp.type === 'offer' && sdp.sdp === offer.sdp, 'master received the viewer\'s offer intact');
      check(senderClientId === 'js-sdk-viewer', 'the offer names the viewer as sender');
      master.sendSdpAnswer({ type: 'answer', sdp: offer.sdp.replace('recvonly', 'sendonly') }, senderClientId);
      master.sendIceCandidate(masterCandidate, senderClientId);
    });
    master.on('iceCandidate', (candidate, senderClientId) => {
      check(candidate.candidate === viewerCandidate.candidate && senderClientId === 'js-sdk-viewer', 'master received the viewer\'s ICE candidate');
      masterGotCandidate = true;
      done();
    });
    viewer.on('sdpAnswer', (sdp) => {
      check(sdp.type === 'answer' && sdp.sdp.includes('sendonly'), 'viewer received the master\'s answer');
      viewer.sendIceCandidate(viewerCandidate);
    });
    viewer.on('iceCandidate', (candidate) => {
      check(candidate.candidate === masterCandidate.candidate, 'viewer received the master\'s ICE candidate');
      viewerGotCandidate = true;
      done();
    });
    viewer.on('open', () => { check(true, 'viewer connected'); viewer.sendSdpOffer(offer); });
    master.on('open', () => { check(true, 'master connected'); viewer.open(); });
    master.open();
  });
  viewer.close();
  master.close();
}

async function againstBuiltInMaster() {
  const viewer = client(Role.VIEWER, await endpointFor('VIEWER'), 'js-sdk-solo-viewer');
  await new Promise((resolve) => {
    let candidates = 0;
    viewer.on('sdpAnswer', (sdp) => {
      check(sdp.type === 'answer', 'the built-in master answered');
      check(/a=sendonly/.test(sdp.sdp) && /a=fingerprint:sha-256 ([0-9A-F]{2}:){31}[0-9A-F]{2}/.test(sdp.sdp) && /a=ice-ufrag:/.test(sdp.sdp),
        'the answer mirrors the offer with a fingerprint and fresh ICE credentials');
    });
    viewer.on('iceCandidate', (candidate) => {
      candidates += 1;
      if (candidates === 3) { check(true, 'three candidates (host, srflx, relay) arrived'); resolve(); }
    });
    viewer.on('open', () => viewer.sendSdpOffer(offer));
    viewer.open();
  });
  viewer.close();
}

try {
  if (builtInMaster) await againstBuiltInMaster();
  else await peerToPeer();
  clearTimeout(timeout);
  console.log('signaling conformance passed');
  process.exit(0);
} catch (error) {
  console.error(error);
  process.exit(1);
}
