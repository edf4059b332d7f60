// Anchor for "cold start → connected": a Node viewer with the public KVS WebRTC JS SDK, the same flow as
// kvs-viewer-cli connect (GetSignalingChannelEndpoint and GetIceServerConfig with the AWS SDK v3, then
// SignalingClient.open()). Prints {"connectedMs": T, "openMs": T2} measured from process start.
// Environment: KVS_EMULATOR_INFO (the emulator's start line); NODE_EXTRA_CA_CERTS trusts its CA.
import { performance } from 'node:perf_hooks';
import { require } from './modules.mjs';

globalThis.WebSocket = require('ws');
const { KinesisVideoClient, GetSignalingChannelEndpointCommand } = require('@aws-sdk/client-kinesis-video');
const { KinesisVideoSignalingClient, GetIceServerConfigCommand } = require('@aws-sdk/client-kinesis-video-signaling');
const { SignalingClient, Role } = require('amazon-kinesis-video-streams-webrtc');

const info = JSON.parse(process.env.KVS_EMULATOR_INFO);
const [channel] = info.channels;
const credentials = info.identities[0];
const kvs = new KinesisVideoClient({ region: info.region, endpoint: info.controlEndpoint, credentials });
const endpoints = await kvs.send(new GetSignalingChannelEndpointCommand({
  ChannelARN: channel.arn,
  SingleMasterChannelEndpointConfiguration: { Protocols: ['WSS', 'HTTPS'], Role: 'VIEWER' },
}));
const byProtocol = Object.fromEntries(endpoints.ResourceEndpointList.map((e) => [e.Protocol, e.ResourceEndpoint]));
const signaling = new KinesisVideoSignalingClient({ region: info.region, endpoint: byProtocol.HTTPS, credentials });
await signaling.send(new GetIceServerConfigCommand({ ChannelARN: channel.arn, ClientId: 'bench-js' }));
const opening = performance.now();
const client = new SignalingClient({ channelARN: channel.arn, channelEndpoint: byProtocol.WSS, role: Role.VIEWER,
  region: info.region, clientId: 'bench-js', credentials });
client.on('open', () => {
  console.log(JSON.stringify({ connectedMs: performance.now(), openMs: performance.now() - opening }));
  client.close();
  process.exit(0);
});
client.on('error', (error) => { console.error(error?.message ?? error); process.exit(1); });
client.open();
