#!/usr/bin/env python3
"""Signaling benchmarks of kvs-viewer-cli side by side with the public KVS WebRTC JS SDK (issue 19).

Each measure runs ours and its anchor in the same run, interleaved (ours, anchor, ours, anchor, ...), repeated,
and reports median [min..max] of each and the ratio ours/anchor (for throughput: ours/anchor of URLs per second):
  - presign, one URL per process: `kvs-viewer-cli presign` vs `node bench/js/presign.mjs one` (SigV4RequestSigner);
  - presign, bulk in one process: `kvs-viewer-cli presign --batch` vs the JS signer in a loop (URLs per second);
  - cold start -> connected: `kvs-viewer-cli connect` from launch to its Connected state vs a Node viewer with the
    JS SDK (AWS SDK v3 for the control plane, SignalingClient for the WebSocket) from launch to 'open';
  - the ConnectAsViewer step (our step event) vs the floor: a bare TLS + WebSocket upgrade (Node ws) to a URL
    presigned beforehand, against the same emulator.
Never part of the test suite; no pass/fail. Usage:
  bench/signaling_bench.py BUILD_DIR [--runs N] [--bulk N] [--json FILE]
"""
import argparse, json, os, statistics, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JS = os.path.join(ROOT, 'bench', 'js')


def summary(values):
    return {'median': statistics.median(values), 'min': min(values), 'max': max(values), 'runs': len(values)}


def start_emulator(build):
    cfg = tempfile.NamedTemporaryFile('w', suffix='.json', delete=False)
    # Raised limits: the benchmark connects far more often than 3 times a second per channel.
    json.dump({'limits': {'connectsPerSecondPerChannel': 100000, 'maxViewersPerChannel': 100000}}, cfg)
    cfg.close()
    emu = subprocess.Popen([os.path.join(build, 'bin/kvs-signaling-emulator'), '--port', '0', '--quiet',
                            '--config', cfg.name], stdout=subprocess.PIPE, text=True)
    return emu, json.loads(emu.stdout.readline())


def environment(info):
    identity = info['identities'][0]
    return dict(os.environ, HOME=tempfile.mkdtemp(), AWS_EC2_METADATA_DISABLED='true',
                AWS_ACCESS_KEY_ID=identity['accessKeyId'], AWS_SECRET_ACCESS_KEY=identity['secretAccessKey'],
                NODE_EXTRA_CA_CERTS=info['caFile'], KVS_EMULATOR_INFO=json.dumps(info))


def timed(args, env, stdin=None):
    started = time.monotonic()
    result = subprocess.run(args, env=env, input=stdin, capture_output=True, text=True)
    elapsed = time.monotonic() - started
    if result.returncode != 0:
        sys.exit(f'{args[0]} failed ({result.returncode}): {result.stderr[-2000:]}')
    return elapsed, result.stdout


def until_line(args, env, predicate):
    """Seconds from launch to the first stdout line (JSON) for which predicate holds, and that object."""
    started = time.monotonic()
    process = subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    found = None
    for line in process.stdout:
        try:
            event = json.loads(line)
        except ValueError:
            continue
        if predicate(event):
            found = (time.monotonic() - started, event)
            break
    process.stdout.close()
    process.wait()
    if not found:
        sys.exit(f'{args[0]}: no matching line')
    return found


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('build')
    parser.add_argument('--runs', type=int, default=10)
    parser.add_argument('--bulk', type=int, default=20000)
    parser.add_argument('--json')
    options = parser.parse_args()
    cli = os.path.join(options.build, 'bin/kvs-viewer-cli')
    emu, info = start_emulator(options.build)
    env = environment(info)
    arn = info['channels'][0]['arn']
    wss = 'wss://v-1234abcd.kinesisvideo.us-west-2.amazonaws.com'
    connect = [cli, 'connect', '--channel-arn', arn, '--endpoint-url', info['controlEndpoint'],
               '--ca-file', info['caFile'], '--json']
    results = {}
    try:
        ours, theirs = [], []
        for i in range(options.runs):
            ours.append(timed([cli, 'presign', '--channel-arn', arn, '--client-id', f'v{i}', '--endpoint', wss], env)[0])
            theirs.append(timed(['node', os.path.join(JS, 'presign.mjs'), 'one'], env)[0])
        results['presign, one URL per process (s)'] = (summary(ours), summary(theirs), 'lower')

        lines = ''.join(json.dumps({'clientId': f'viewer-{i}'}) + '\n' for i in range(options.bulk))
        ours, theirs = [], []
        for _ in range(max(3, options.runs // 3)):
            elapsed, out = timed([cli, 'presign', '--batch', '--channel-arn', arn, '--endpoint', wss], env, lines)
            assert out.count('\n') == options.bulk
            ours.append(options.bulk / elapsed)
            _, out = timed(['node', os.path.join(JS, 'presign.mjs'), 'bulk', str(options.bulk)], env)
            theirs.append(json.loads(out)['urls'] / json.loads(out)['seconds'])
        results['presign, bulk in one process (URLs/s)'] = (summary(ours), summary(theirs), 'higher')

        ours, theirs, step, floor = [], [], [], []
        for i in range(options.runs):
            seconds, _ = until_line(connect + ['--client-id', f'bench-{i}'], env,
                                    lambda e: e.get('event') == 'state' and e.get('state') == 'Connected')
            ours.append(seconds)
            seconds, _ = until_line(['node', os.path.join(JS, 'viewer-connect.mjs')], env, lambda e: 'openMs' in e)
            theirs.append(seconds)
            _, event = until_line(connect + ['--client-id', f'step-{i}'], env,
                                  lambda e: e.get('event') == 'step' and e.get('name') == 'ConnectAsViewer'
                                  and e.get('status') == 'ok')
            step.append(event['ms'] / 1000)
            url = timed([cli, 'presign', '--channel-arn', arn, '--client-id', f'floor-{i}', '--endpoint',
                         info['wssEndpoint']], env)[1].strip()
            _, event = until_line(['node', os.path.join(JS, 'ws-floor.mjs'), url], env, lambda e: 'openMs' in e)
            floor.append(event['openMs'] / 1000)
        results['cold start -> connected (s)'] = (summary(ours), summary(theirs), 'lower')
        results['ConnectAsViewer step vs TLS + upgrade floor (s)'] = (summary(step), summary(floor), 'lower')
    finally:
        emu.terminate()

    print(f'{"measure":52} {"ours":>26} {"anchor":>26} {"ratio":>7}')
    table = {}
    for name, (ours, theirs, better) in results.items():
        ratio = ours['median'] / theirs['median']
        fmt = lambda s: f'{s["median"]:.4g} [{s["min"]:.4g}..{s["max"]:.4g}]'
        print(f'{name:52} {fmt(ours):>26} {fmt(theirs):>26} {ratio:7.3f}')
        table[name] = {'ours': ours, 'anchor': theirs, 'ratio': ratio, 'better': better}
    if options.json:
        with open(options.json, 'w') as f:
            json.dump({'machine': os.uname().nodename, 'cpus': os.cpu_count(), 'results': table}, f, indent=2)


if __name__ == '__main__':
    main()
