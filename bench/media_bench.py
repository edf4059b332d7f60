#!/usr/bin/env python3
"""Media benchmarks of kvs-viewer-cli against the emulator's built-in master on loopback.

Measures, repeated and reported as median [min..max]:
  - start → first decoded frame: from launching `connect --media` to its firstFrame event (credentials,
    control plane, WebSocket, offer/answer, ICE, DTLS, decode), and offer → first frame;
  - CPU (% of one core) and peak RSS of the viewer process while it receives 640x480 and 1280x720 at 30 fps
    (steady state: the first 2 s after the first frame are skipped).
Never part of the test suite; no pass/fail. Usage: bench/media_bench.py BUILD_DIR [--runs N] [--seconds S] [--json FILE]
"""
import argparse, json, os, statistics, subprocess, sys, tempfile, time

def start_emulator(build, width, height):
    cfg = tempfile.NamedTemporaryFile('w', suffix='.json', delete=False)
    json.dump({"master": {"width": width, "height": height, "fps": 30}}, cfg); cfg.close()
    emu = subprocess.Popen([os.path.join(build, 'bin/kvs-signaling-emulator'), '--master', '--quiet', '--config', cfg.name],
                           stdout=subprocess.PIPE, text=True)
    info = json.loads(emu.stdout.readline())
    return emu, info

def cpu_seconds(pid):
    with open(f'/proc/{pid}/stat') as f:
        fields = f.read().rsplit(')', 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf('SC_CLK_TCK')

def peak_rss_mb(pid):
    with open(f'/proc/{pid}/status') as f:
        for line in f:
            if line.startswith('VmHWM:'):
                return int(line.split()[1]) / 1024
    return 0.0

# One HOME for all runs: a fresh one made GStreamer rebuild its plugin registry (~/.cache) in every run (~1.5 s
# before the offer on this machine), which a user's second start never pays.
HOME = tempfile.mkdtemp(prefix='bench-home-')

def one_run(build, info, seconds):
    env = dict(os.environ, HOME=HOME, AWS_ACCESS_KEY_ID=info['identities'][0]['accessKeyId'],
               AWS_SECRET_ACCESS_KEY=info['identities'][0]['secretAccessKey'])
    args = [os.path.join(build, 'bin/kvs-viewer-cli'), 'connect', '--channel-arn', info['channels'][0]['arn'],
            '--endpoint-url', info['controlEndpoint'], '--ca-file', info['caFile'], '--media', '--no-stun',
            '--ice-loopback', '--duration', str(seconds + 3), '--json']
    started = time.monotonic()
    cli = subprocess.Popen(args, stdout=subprocess.PIPE, text=True, env=env)
    first_frame_s = None; offer_to_first = None; cpu0 = None; t0 = None; rss = 0.0
    for line in cli.stdout:
        event = json.loads(line)
        if event.get('event') == 'media' and event.get('step') == 'firstFrame' and first_frame_s is None:
            first_frame_s = time.monotonic() - started
            offer_to_first = event.get('sinceOfferMs')
        if event.get('event') == 'stats' and first_frame_s is not None:
            now = time.monotonic()
            if cpu0 is None and now - started > first_frame_s + 2:
                cpu0, t0 = cpu_seconds(cli.pid), now
            try:
                rss = max(rss, peak_rss_mb(cli.pid)); cpu1, t1 = cpu_seconds(cli.pid), now
            except FileNotFoundError:
                pass
    cli.wait()
    cpu = 100.0 * (cpu1 - cpu0) / (t1 - t0) if cpu0 is not None and t1 > t0 else float('nan')
    return {'startToFirstFrameMs': 1000 * first_frame_s if first_frame_s else float('nan'),
            'offerToFirstFrameMs': offer_to_first if offer_to_first is not None else float('nan'),
            'cpuPercent': cpu, 'peakRssMb': rss}

def summary(values):
    values = [v for v in values if v == v]
    if not values:
        return 'n/a'
    return f'{statistics.median(values):.1f} [{min(values):.1f}..{max(values):.1f}]'

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('build'); parser.add_argument('--runs', type=int, default=3)
    parser.add_argument('--seconds', type=int, default=6); parser.add_argument('--json')
    a = parser.parse_args()
    results = {}
    for width, height in ((640, 480), (1280, 720)):
        emu, info = start_emulator(a.build, width, height)
        try:
            runs = [one_run(a.build, info, a.seconds) for _ in range(a.runs)]
        finally:
            emu.terminate(); emu.wait()
        results[f'{width}x{height}'] = runs
    print(f'{"measure":<34} {"640x480":>26} {"1280x720":>26}')
    for key, label in (('startToFirstFrameMs', 'start → first frame (ms)'), ('offerToFirstFrameMs', 'offer → first frame (ms)'),
                       ('cpuPercent', 'CPU while receiving (% of a core)'), ('peakRssMb', 'peak RSS (MB)')):
        print(f'{label:<34} {summary([r[key] for r in results["640x480"]]):>26} {summary([r[key] for r in results["1280x720"]]):>26}')
    if a.json:
        with open(a.json, 'w') as f:
            json.dump({'machine': {'cores': os.cpu_count()}, 'results': results}, f, indent=1)

if __name__ == '__main__':
    sys.exit(main())
