// Anchor for presign: the public KVS WebRTC JS SDK's SigV4RequestSigner.
//   node presign.mjs one              — signs one viewer URL and prints it (one process per URL)
//   node presign.mjs bulk N           — signs N viewer URLs in this process; prints {"urls": N, "seconds": S}
import { require } from './modules.mjs';

const { SigV4RequestSigner } = require('amazon-kinesis-video-streams-webrtc');
const credentials = { accessKeyId: 'AKIAEMULATORDEMO0001', secretAccessKey: 'EmulatorDemoSecretKey/NotForAws+00000000' };
const arn = 'arn:aws:kinesisvideo:us-west-2:111122223333:channel/demo-channel/1700000000000';
const endpoint = 'wss://v-1234abcd.kinesisvideo.us-west-2.amazonaws.com';
const signer = new SigV4RequestSigner('us-west-2', credentials);
const sign = (i) => signer.getSignedURL(endpoint, { 'X-Amz-ChannelARN': arn, 'X-Amz-ClientId': `viewer-${i}` }, new Date());

if (process.argv[2] === 'bulk') {
  const n = Number(process.argv[3] ?? 10000);
  const started = process.hrtime.bigint();
  for (let i = 0; i < n; i += 1) await sign(i);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(JSON.stringify({ urls: n, seconds }));
} else {
  console.log(await sign(0));
}
