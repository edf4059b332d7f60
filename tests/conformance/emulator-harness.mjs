// Starts kvs-signaling-emulator, reads its JSON start line, and runs a check in a child Node process that
// trusts the emulator's generated CA through NODE_EXTRA_CA_CERTS (read only at process start, hence the
// child). Certificate checks stay on everywhere.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

export async function startEmulator(binary, extraArgs = []) {
  const child = spawn(binary, ['--port', '0', ...extraArgs], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => { stderr += chunk; });
  const lines = createInterface({ input: child.stdout });
  const first = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start line; stderr: ${stderr}`)), 20000);
    lines.once('line', (line) => { clearTimeout(timer); resolve(line); });
    child.once('exit', (code) => reject(new Error(`emulator exited with ${code}; stderr: ${stderr}`)));
  });
  return { child, info: JSON.parse(first), stderr: () => stderr };
}

/// In the parent: start the emulator, re-run this script as a child with the CA trusted, exit with its status.
/// In the child: return the emulator's start info.
export async function emulatorInfo(scriptUrl, emulatorArgs = []) {
  if (process.env.KVS_EMULATOR_INFO) return JSON.parse(process.env.KVS_EMULATOR_INFO);
  const binary = process.argv[2];
  if (!binary) {
    console.error('usage: node SCRIPT PATH-TO-kvs-signaling-emulator');
    process.exit(2);
  }
  const emulator = await startEmulator(binary, emulatorArgs);
  const status = await new Promise((resolve) => {
    const check = spawn(process.execPath, [new URL(scriptUrl).pathname, ...process.argv.slice(2)], {
      stdio: 'inherit',
      env: { ...process.env, NODE_EXTRA_CA_CERTS: emulator.info.caFile, KVS_EMULATOR_INFO: JSON.stringify(emulator.info) },
    });
    check.once('exit', (code) => resolve(code ?? 1));
  });
  emulator.child.kill('SIGTERM');
  if (status !== 0) console.log(`emulator log:\n${emulator.stderr()}`);
  process.exit(status);
}

export function check(condition, message) {
  if (!condition) throw new Error(`FAILED: ${message}`);
  console.log(`ok - ${message}`);
}
