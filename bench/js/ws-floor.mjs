// The floor of the ConnectAsViewer step: a bare TLS connection and WebSocket upgrade (Node ws) to a URL that
// is already presigned (argv[2]), nothing else. Prints {"openMs": T}.
import { performance } from 'node:perf_hooks';
import { require } from './modules.mjs';

const WebSocket = require('ws');
const started = performance.now();
const socket = new WebSocket(process.argv[2]);
socket.on('open', () => {
  console.log(JSON.stringify({ openMs: performance.now() - started }));
  socket.close();
  process.exit(0);
});
socket.on('error', (error) => { console.error(error.message); process.exit(1); });
