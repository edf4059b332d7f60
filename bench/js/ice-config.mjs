// For the Chromium anchor of bench/browser_bench.py: the control plane done beforehand with the AWS SDK for
// JavaScript v3, as the KVS JS SDK's test page does in the browser — GetSignalingChannelEndpoint (VIEWER) and
// GetIceServerConfig. Prints {"wssEndpoint", "iceServers": [{urls, username, credential}]} (RTCIceServer).
// Environment: KVS_EMULATOR_INFO (the emulator's start line); NODE_EXTRA_CA_CERTS trusts its CA.
import { require } from './modules.mjs';

const { KinesisVideoClient, GetSignalingChannelEndpointCommand } = require('@aws-sdk/client-kinesis-video');
const { KinesisVideoSignalingClient, GetIceServerConfigCommand } = require('@aws-sdk/client-kinesis-video-signaling');

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
const ice = await signaling.send(new GetIceServerConfigCommand({ ChannelARN: channel.arn, ClientId: 'bench-chromium' }));
const iceServers = (ice.IceServerList ?? []).map((s) => ({ urls: s.Uris, username: s.Username, credential: s.Password }));
console.log(JSON.stringify({ wssEndpoint: byProtocol.WSS, iceServers }));
