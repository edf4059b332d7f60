// Conformance: the AWS SDK for JavaScript v3 against the emulator's HTTPS control plane.
// Usage: node emulator-control-plane.mjs PATH-TO-kvs-signaling-emulator
import {
  DescribeSignalingChannelCommand,
  GetSignalingChannelEndpointCommand,
  KinesisVideoClient,
} from '@aws-sdk/client-kinesis-video';
import { GetIceServerConfigCommand, KinesisVideoSignalingClient } from '@aws-sdk/client-kinesis-video-signaling';
import { check, emulatorInfo } from './emulator-harness.mjs';

const info = await emulatorInfo(import.meta.url);
const [channel] = info.channels;
const credentials = info.identities[0];
const kvs = new KinesisVideoClient({ region: info.region, endpoint: info.controlEndpoint, credentials, maxAttempts: 1 });

try {
  const described = await kvs.send(new DescribeSignalingChannelCommand({ ChannelName: channel.name }));
  check(described.ChannelInfo.ChannelARN === channel.arn, 'DescribeSignalingChannel by name returns the ARN');
  check(described.ChannelInfo.ChannelStatus === 'ACTIVE', 'the channel is ACTIVE');
  check(described.ChannelInfo.CreationTime instanceof Date, 'CreationTime parses as a date');
  check(described.ChannelInfo.SingleMasterConfiguration.MessageTtlSeconds === 60, 'MessageTtlSeconds is 60');

  const endpoints = await kvs.send(new GetSignalingChannelEndpointCommand({
    ChannelARN: channel.arn,
    SingleMasterChannelEndpointConfiguration: { Protocols: ['WSS', 'HTTPS'], Role: 'VIEWER' },
  }));
  const byProtocol = Object.fromEntries(endpoints.ResourceEndpointList.map((e) => [e.Protocol, e.ResourceEndpoint]));
  check(byProtocol.WSS === info.wssEndpoint, 'GetSignalingChannelEndpoint returns the WSS endpoint');
  check(byProtocol.HTTPS === info.controlEndpoint, 'GetSignalingChannelEndpoint returns the HTTPS endpoint');

  const signaling = new KinesisVideoSignalingClient({ region: info.region, endpoint: byProtocol.HTTPS, credentials, maxAttempts: 1 });
  const ice = await signaling.send(new GetIceServerConfigCommand({ ChannelARN: channel.arn, ClientId: 'sdk-viewer', Service: 'TURN' }));
  check(ice.IceServerList.length > 0, 'GetIceServerConfig returns ICE servers');
  check(ice.IceServerList.every((s) => s.Ttl === 300 && s.Username && s.Password && s.Uris.length > 0),
    'each ICE server has Uris, Username, Password and Ttl 300');

  try {
    await kvs.send(new DescribeSignalingChannelCommand({ ChannelName: 'no-such-channel' }));
    check(false, 'an unknown channel is rejected');
  } catch (error) {
    check(error.name === 'ResourceNotFoundException', `unknown channel surfaces as ResourceNotFoundException (${error.name})`);
    check(error.$metadata?.httpStatusCode === 404, 'with HTTP status 404');
    check(typeof error.message === 'string' && error.message.length > 0, `with a message: ${error.message}`);
  }

  const wrong = new KinesisVideoClient({
    region: info.region, endpoint: info.controlEndpoint, maxAttempts: 1,
    credentials: { ...credentials, secretAccessKey: 'x'.repeat(40) },
  });
  try {
    await wrong.send(new DescribeSignalingChannelCommand({ ChannelARN: channel.arn }));
    check(false, 'a wrong secret is rejected');
  } catch (error) {
    check(error.$metadata?.httpStatusCode === 403, `a wrong secret is a 403 (${error.name}: ${error.message})`);
  }
  console.log('control plane conformance passed');
} catch (error) {
  console.error(error);
  process.exit(1);
}
