#!/usr/bin/env python3
"""The emulator at scale (issue 19): connects per second, memory per connection and relay latency at 50, 200
and 1,000 viewers (several channels, raised limits), over real TLS WebSockets from one Node process
(bench/js/emulator-load.mjs: URLs presigned with the KVS JS SDK's signer, one master per channel, ICE
candidates from random viewers timed until their master receives them).

Each size runs in a fresh emulator, repeated; reports median [min..max]. No anchor: the goals are absolute
(relay p99 <= 5 ms at 1,000 viewers, <= 50 KiB per connection). Never part of the test suite. Usage:
  bench/emulator_bench.py BUILD_DIR [--runs N] [--sizes 50,200,1000] [--json FILE]
"""
import argparse, json, os, resource, statistics, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JS = os.path.join(ROOT, 'bench', 'js')
VIEWERS_PER_CHANNEL = 50


def summary(values):
    values = [v for v in values if v is not None]
    if not values:
        return None
    return {'median': statistics.median(values), 'min': min(values), 'max': max(values), 'runs': len(values)}


def start_emulator(binary, channels):
    cfg = tempfile.NamedTemporaryFile('w', suffix='.json', delete=False)
    json.dump({'channels': [{'name': f'bench-{i}'} for i in range(channels)],
               'limits': {'connectsPerSecondPerChannel': 100000, 'maxViewersPerChannel': 100000,
                          'sdpMessagesPerSecond': 100000, 'iceMessagesPerSecond': 100000}}, cfg)
    cfg.close()
    emu = subprocess.Popen([binary, '--port', '0', '--quiet',
                            '--config', cfg.name], stdout=subprocess.PIPE, text=True)
    info = json.loads(emu.stdout.readline())
    os.unlink(cfg.name)
    return emu, info


def cpu_seconds(pid):
    with open(f'/proc/{pid}/stat') as f:
        fields = f.read().rsplit(')', 1)[1].split()
    ticks = os.sysconf('SC_CLK_TCK')
    return (int(fields[11]) + int(fields[12])) / ticks


def run_size(binary, viewers, messages, rate):
    channels = max(1, viewers // VIEWERS_PER_CHANNEL)
    emu, info = start_emulator(binary, channels)
    try:
        identity = info['identities'][0]
        load = {'wss': info['wssEndpoint'], 'ca': info['caFile'], 'region': info['region'],
                'channels': [c['arn'] for c in info['channels']], 'viewersPerChannel': viewers // channels,
                'messages': messages, 'ratePerSecond': rate, 'accessKeyId': identity['accessKeyId'],
                'secretAccessKey': identity['secretAccessKey'], 'emulatorPid': emu.pid}
        # The emulator's CPU during the relay phase only (the load says when it starts and ends).
        load_process = subprocess.Popen(['node', os.path.join(JS, 'emulator-load.mjs'), json.dumps(load)],
                                        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        marks = {}
        measured = None
        for line in load_process.stdout:
            event = json.loads(line)
            if 'phase' in event:
                marks[event['phase']] = cpu_seconds(emu.pid)
            else:
                measured = event
        error = load_process.stderr.read()
        if load_process.wait() != 0 or measured is None:
            sys.exit(f'emulator-load failed ({load_process.returncode}): {error[-2000:]}')
        cpu = marks['done'] - marks['relay']
        measured['emulatorCpuSeconds'] = cpu
        measured['cpuMsPerMessage'] = 1000 * cpu / max(1, measured['relayed'])
        return measured
    finally:
        emu.terminate()
        emu.wait()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('build')
    parser.add_argument('--runs', type=int, default=3)
    parser.add_argument('--sizes', default='50,200,1000')
    parser.add_argument('--messages', type=int, default=2000)
    parser.add_argument('--rate', type=int, default=200, help='messages per second, all viewers together')
    parser.add_argument('--json')
    parser.add_argument('--emulator', help='this emulator binary instead of BUILD/bin/kvs-signaling-emulator')
    options = parser.parse_args()
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))  # 1,000 sockets on each side
    binary = options.emulator or os.path.join(options.build, 'bin/kvs-signaling-emulator')
    rows = {}
    print(f'{"viewers":>8} {"connects/s":>22} {"KiB/connection":>22} {"relay p50 ms":>22} '
          f'{"relay p99 ms":>22} {"CPU ms/message":>22}')
    for size in [int(s) for s in options.sizes.split(',')]:
        runs = [run_size(binary, size, options.messages, options.rate) for _ in range(options.runs)]
        row = {key: summary([r[key] for r in runs])
               for key in ('connectsPerSecond', 'kibPerConnection', 'p50Ms', 'p99Ms', 'maxMs',
                           'cpuMsPerMessage')}
        row['lost'] = sum(r['lost'] for r in runs)
        rows[str(size)] = row

        def cell(key, digits=1):
            s = row[key]
            return 'n/a' if s is None else f'{s["median"]:.{digits}f} [{s["min"]:.{digits}f}..{s["max"]:.{digits}f}]'
        print(f'{size:>8} {cell("connectsPerSecond", 0):>22} {cell("kibPerConnection"):>22} '
              f'{cell("p50Ms", 2):>22} {cell("p99Ms", 2):>22} {cell("cpuMsPerMessage", 3):>22}'
              + (f'  ({row["lost"]} lost)' if row['lost'] else ''))
    if options.json:
        with open(options.json, 'w') as f:
            json.dump({'emulator': rows, 'messagesPerRun': options.messages, 'ratePerSecond': options.rate,
                       'viewersPerChannel': VIEWERS_PER_CHANNEL}, f, indent=2)


if __name__ == '__main__':
    main()
