#!/usr/bin/env python3
"""The Chromium anchors (issue 19): our viewer side by side with Debian's Chromium running a page with the
public KVS WebRTC JS SDK (bench/web/viewer.html: SignalingClient + RTCPeerConnection, recvonly video and
audio, trickle ICE) against the same emulator master (`kvs-signaling-emulator --master`) on loopback.

Interleaved (ours, Chromium, ours, …) and repeated; median [min..max] and the ratio ours/Chromium:
  - media, at 640x480 and 1280x720, 30 fps (the master's config):
      start → first decoded frame: from launching `kvs-viewer-cli connect --media` (which also does the
        control plane) / launching Chromium on the page (whose endpoint and ICE servers were fetched
        beforehand with the AWS SDK v3, bench/js/ice-config.mjs) to the first decoded frame;
      offer → first decoded frame: from sending the SDP offer (ours: the CLI's sinceOfferMs) to the first frame;
      CPU (user+sys seconds per second of wall time, all processes of each side) and memory (RSS and PSS
        summed over all processes of each side, /proc/PID/smaps_rollup; the peak of 1 s samples) during a
        fixed window after the first frame (the first 2 s skipped);
  - GUI memory under Xvfb: `kvs-viewer --demo` connected and showing video (its demo runs the emulator and
    its master inside the same process: counted against us) vs Chromium (not headless) showing the page.
Chromium runs headless (--headless=new) for the media measures. A side that fails gets its reason in the
table instead of numbers ("chromium: no frame in 30 s: …"); the rest goes on. Never part of the test suite.
Usage: bench/browser_bench.py BUILD_DIR [--runs N] [--seconds S] [--json FILE] [--no-gui] [--no-media]
                               [--chromium BINARY]
"""
import argparse, http.server, json, os, queue, shutil, signal, statistics, subprocess, sys, tempfile, threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SDK = os.path.join(ROOT, 'tests/conformance/node_modules/amazon-kinesis-video-streams-webrtc/dist/kvs-webrtc.min.js')
PAGE = os.path.join(ROOT, 'bench/web/viewer.html')
FIRST_FRAME_TIMEOUT = 30
SKIP = 2.0


class Failed(Exception):
    pass


# ---------------------------------------------------------------------------------------------------------
# Processes: a side is every process of its session (each side is started in a new session), so Chromium's
# zygotes, renderers, GPU and utility processes and a re-parented crashpad handler all count.

def session_pids(sid):
    pids = []
    for entry in os.listdir('/proc'):
        if not entry.isdigit():
            continue
        try:
            with open(f'/proc/{entry}/stat') as f:
                fields = f.read().rsplit(')', 1)[1].split()
        except OSError:
            continue
        if int(fields[3]) == sid:  # fields[0] is the state; [3] the session id
            pids.append(int(entry))
    return pids


def cpu_seconds(sid):
    total = 0
    for pid in session_pids(sid):
        try:
            with open(f'/proc/{pid}/stat') as f:
                fields = f.read().rsplit(')', 1)[1].split()
        except OSError:
            continue
        total += sum(int(x) for x in fields[11:15])  # utime stime cutime cstime
    return total / os.sysconf('SC_CLK_TCK')


def memory_mb(sid):
    rss = pss = 0
    count = 0
    for pid in session_pids(sid):
        try:
            with open(f'/proc/{pid}/smaps_rollup') as f:
                for line in f:
                    if line.startswith('Rss:'):
                        rss += int(line.split()[1])
                    elif line.startswith('Pss:'):
                        pss += int(line.split()[1])
            count += 1
        except OSError:
            continue
    return rss / 1024, pss / 1024, count


def stop(process):
    if process.poll() is None:
        try:
            os.killpg(process.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        try:
            process.wait(5)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    # Children that outlived their parent (Chromium's helpers) go with the session.
    for pid in session_pids(process.pid):
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


def measure_window(sid, seconds, alive, also=None):
    """CPU (cores) and peak summed RSS/PSS of a session over `seconds`, after SKIP s of settling; with `also`
    (another session, e.g. the emulator serving this side), the same for it as emulator*."""
    time.sleep(SKIP)
    sids = [sid] + ([also] if also else [])
    cpu0, t0 = [cpu_seconds(s) for s in sids], time.monotonic()
    peaks = [(0.0, 0.0, 0) for _ in sids]
    while time.monotonic() - t0 < seconds:
        if not alive():
            raise Failed('exited during the measuring window')
        for i, s in enumerate(sids):
            sample = memory_mb(s)
            if sample[1] > peaks[i][1]:
                peaks[i] = sample
        time.sleep(1.0)
    cpu1, t1 = [cpu_seconds(s) for s in sids], time.monotonic()
    result = {}
    for i, prefix in enumerate(('', 'emulator')):
        if i < len(sids):
            cpu = (cpu1[i] - cpu0[i]) / (t1 - t0)
            values = {'cpuCores': cpu, 'rssMb': peaks[i][0], 'pssMb': peaks[i][1], 'processes': peaks[i][2]}
            result.update({(prefix + k[0].upper() + k[1:]) if prefix else k: v for k, v in values.items()})
    return result


# ---------------------------------------------------------------------------------------------------------
# The emulator and the page server.

def start_emulator(build, width, height):
    cfg = tempfile.NamedTemporaryFile('w', suffix='.json', delete=False)
    json.dump({'master': {'width': width, 'height': height, 'fps': 30},
               'limits': {'connectsPerSecondPerChannel': 1000, 'maxViewersPerChannel': 1000}}, cfg)
    cfg.close()
    emu = subprocess.Popen([os.path.join(build, 'bin/kvs-signaling-emulator'), '--master', '--quiet',
                            '--config', cfg.name], stdout=subprocess.PIPE, text=True, start_new_session=True)
    info = json.loads(emu.stdout.readline())
    return emu, info


# One HOME for every run of ours and one Chromium profile for every run of Chromium, each warmed by an untimed
# run first: GStreamer's plugin registry (~/.cache) and Chromium's profile are built once, as on a user's machine.
HOME = tempfile.mkdtemp(prefix='bench-home-')
PROFILE = tempfile.mkdtemp(prefix='bench-chromium-')


def environment(info):
    identity = info['identities'][0]
    return dict(os.environ, HOME=HOME, AWS_EC2_METADATA_DISABLED='true',
                AWS_ACCESS_KEY_ID=identity['accessKeyId'], AWS_SECRET_ACCESS_KEY=identity['secretAccessKey'],
                NODE_EXTRA_CA_CERTS=info['caFile'], KVS_EMULATOR_INFO=json.dumps(info))


class PageServer(http.server.ThreadingHTTPServer):
    """Serves the page, the SDK's browser bundle and /config on 127.0.0.1; /report feeds a queue."""

    def __init__(self):
        self.config = {}
        self.reports = queue.Queue()
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def reply(self, body, kind):
                self.send_response(200)
                self.send_header('Content-Type', kind)
                self.send_header('Content-Length', str(len(body)))
                self.send_header('Cache-Control', 'no-store')
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self):
                path = self.path.split('?')[0]
                if path == '/viewer.html':
                    self.reply(open(PAGE, 'rb').read(), 'text/html; charset=utf-8')
                elif path == '/kvs-webrtc.min.js':
                    self.reply(open(SDK, 'rb').read(), 'text/javascript')
                elif path == '/config':
                    self.reply(json.dumps(server.config).encode(), 'application/json')
                else:
                    self.send_error(404)

            def do_POST(self):
                body = self.rfile.read(int(self.headers.get('Content-Length', 0)))
                try:
                    server.reports.put(json.loads(body))
                except ValueError:
                    pass
                self.reply(b'{}', 'application/json')

        super().__init__(('127.0.0.1', 0), Handler)
        threading.Thread(target=self.serve_forever, daemon=True).start()

    @property
    def url(self):
        return f'http://127.0.0.1:{self.server_address[1]}/viewer.html'


def page_config(info, env, client_id):
    result = subprocess.run(['node', os.path.join(ROOT, 'bench/js/ice-config.mjs')], env=env, capture_output=True,
                            text=True, timeout=30)
    if result.returncode != 0:
        raise Failed(f'ice-config.mjs failed: {result.stderr.strip()[-300:]}')
    control = json.loads(result.stdout)
    identity = info['identities'][0]
    return {'channelArn': info['channels'][0]['arn'], 'region': info['region'], 'clientId': client_id,
            'wssEndpoint': control['wssEndpoint'], 'iceServers': control['iceServers'],
            'credentials': {'accessKeyId': identity['accessKeyId'], 'secretAccessKey': identity['secretAccessKey']}}


# ---------------------------------------------------------------------------------------------------------
# Chromium.

def chromium_binary():
    for name in ('chromium', 'chromium-browser', 'google-chrome'):
        path = shutil.which(name)
        if path:
            return path
    return None


def chromium_args(binary, url, profile, headless):
    args = [binary, f'--user-data-dir={profile}', '--no-first-run', '--no-default-browser-check',
            '--disable-background-networking', '--disable-component-update', '--disable-sync',
            '--password-store=basic', '--use-mock-keychain', '--autoplay-policy=no-user-gesture-required',
            # The emulator's TLS certificate is signed by its own CA (benchmark only).
            '--ignore-certificate-errors',
            # Host candidates as addresses, not mDNS names the emulator's master cannot resolve.
            '--disable-features=WebRtcHideLocalIpsWithMdns',
            '--allow-loopback-in-peer-connection',
            '--enable-logging=stderr', '--v=0']
    if os.geteuid() == 0:
        args.append('--no-sandbox')  # Chromium refuses to run as root with its sandbox
    if headless:
        args += ['--headless=new', '--window-size=1280,800']
    else:
        args += ['--window-size=1280,800', '--window-position=0,0']
    return args + [url]


def reason_from(log_path, events):
    errors = [str(e.get('message')) for e in events if e.get('event') == 'error']
    ice = [e.get('state') for e in events if e.get('event') == 'ice']
    seen = ', '.join(e['event'] for e in events if e.get('event') != 'ice') or 'none (the page never reported)'
    parts = errors[-2:] + ([f'ICE {ice[-1]}'] if ice else []) + [f'page events: {seen}']
    if not events:  # nothing from the page: Chromium's own last error says why
        try:
            with open(log_path, errors='replace') as f:
                lines = [l.strip() for l in f if ('ERROR' in l or 'FATAL' in l) and 'alsa' not in l.lower()]
            if lines:
                parts.append(lines[-1][:200])
        except OSError:
            pass
    return '; '.join(parts)[:300]


def run_chromium(server, info, env, binary, seconds, run_id, display=None, after_window=None, warm_up=False,
                 emulator=None):
    if not binary:
        raise Failed('chromium is not installed')
    server.config = page_config(info, env, f'chromium-{run_id}')
    while not server.reports.empty():
        server.reports.get_nowait()
    profile = PROFILE
    log_path = os.path.join(profile, 'chromium.log')
    log = open(log_path, 'w')
    headless = display is None
    args = chromium_args(binary, server.url, profile, headless)
    env_c = dict(os.environ, HOME=profile)
    if display:
        env_c['DISPLAY'] = display
    started_epoch = time.time() * 1000
    process = subprocess.Popen(args, stdout=log, stderr=subprocess.STDOUT, env=env_c, start_new_session=True)
    events = []
    try:
        deadline = time.monotonic() + FIRST_FRAME_TIMEOUT
        first = None
        while first is None:
            left = deadline - time.monotonic()
            if left <= 0:
                raise Failed(f'no frame in {FIRST_FRAME_TIMEOUT} s: {reason_from(log_path, events)}')
            if process.poll() is not None:
                raise Failed(f'exited with {process.returncode} before a frame: {reason_from(log_path, events)}')
            try:
                event = server.reports.get(timeout=min(left, 0.5))
            except queue.Empty:
                continue
            events.append(event)
            if event.get('event') == 'firstFrame':
                first = event
        result = {'startToFirstFrameMs': first['epochMs'] - started_epoch, 'offerToFirstFrameMs': first['sinceOfferMs'],
                  'firstFrameBy': first.get('how')}
        if warm_up:
            return result
        result.update(measure_window(process.pid, seconds, lambda: process.poll() is None, emulator))
        if after_window:
            after_window()
        stats = [e for e in list(server.reports.queue) if e.get('event') == 'stats']
        if stats:
            last = stats[-1]
            result.update({'codec': last.get('codec'), 'decoder': last.get('decoder'), 'fps': last.get('fps'),
                           'width': last.get('width'), 'height': last.get('height')})
        return result
    finally:
        stop(process)
        log.close()


# ---------------------------------------------------------------------------------------------------------
# Ours: kvs-viewer-cli connect --media (as bench/media_bench.py).

def run_ours(build, info, env, seconds, run_id, warm_up=False):
    args = [os.path.join(build, 'bin/kvs-viewer-cli'), 'connect', '--channel-arn', info['channels'][0]['arn'],
            '--endpoint-url', info['controlEndpoint'], '--ca-file', info['caFile'], '--client-id', f'cli-{run_id}',
            '--media', '--no-stun', '--ice-loopback', '--duration', str(int(seconds + SKIP + 10)), '--json']
    started = time.monotonic()
    process = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env,
                               start_new_session=True)
    events = queue.Queue()

    def read():
        for line in process.stdout:
            try:
                events.put(json.loads(line))
            except ValueError:
                pass
        events.put(None)
    threading.Thread(target=read, daemon=True).start()
    try:
        first = None; last_stats = None; failure = None
        deadline = started + FIRST_FRAME_TIMEOUT
        while first is None:
            try:
                event = events.get(timeout=max(0.05, deadline - time.monotonic()))
            except queue.Empty:
                raise Failed(f'no frame in {FIRST_FRAME_TIMEOUT} s: {failure or "no event"}')
            if event is None:
                raise Failed(f'exited with {process.wait()} before a frame: {failure or "no event"}')
            if event.get('event') == 'media' and event.get('step') == 'firstFrame':
                first = event
            elif event.get('event') == 'error' or event.get('status') == 'failed':
                failure = ': '.join(str(event[k]) for k in ('errorType', 'name', 'step', 'message', 'detail')
                                    if event.get(k))[:300] or json.dumps(event)[:300]
        result = {'startToFirstFrameMs': 1000 * (time.monotonic() - started),
                  'offerToFirstFrameMs': first.get('sinceOfferMs', float('nan'))}
        if warm_up:
            return result
        result.update(measure_window(process.pid, seconds, lambda: process.poll() is None))
        while not events.empty():
            event = events.get_nowait()
            if event and event.get('event') == 'stats':
                last_stats = event
        if last_stats:
            result.update({'codec': last_stats.get('codec'), 'fps': last_stats.get('fps'),
                           'width': last_stats.get('width'), 'height': last_stats.get('height')})
        return result
    finally:
        stop(process)


# ---------------------------------------------------------------------------------------------------------
# GUI memory under Xvfb.

def start_xvfb():
    for number in range(90, 110):
        if os.path.exists(f'/tmp/.X11-unix/X{number}') or os.path.exists(f'/tmp/.X{number}-lock'):
            continue
        xvfb = subprocess.Popen(['Xvfb', f':{number}', '-screen', '0', '1280x800x24', '-nolisten', 'tcp'],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        for _ in range(50):
            if os.path.exists(f'/tmp/.X11-unix/X{number}'):
                return xvfb, f':{number}'
            time.sleep(0.1)
        stop(xvfb)
    raise Failed('Xvfb did not start')


def screenshot(display, path):
    """For a human to check that both sides showed video (ImageMagick's import, when installed)."""
    if not shutil.which('import'):
        return
    subprocess.run(['import', '-display', display, '-window', 'root', path], stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, timeout=20)


def run_gui_ours(build, display, seconds, shot):
    home = tempfile.mkdtemp(prefix='bench-gui-')
    env = dict(os.environ, HOME=HOME, XDG_CONFIG_HOME=home, DISPLAY=display,
               QT_QPA_PLATFORM='xcb')
    process = subprocess.Popen([os.path.join(build, 'bin/kvs-viewer'), '--demo'], stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True, env=env, start_new_session=True)
    lines = queue.Queue()
    threading.Thread(target=lambda: [lines.put(l) for l in process.stdout] and None, daemon=True).start()
    try:
        deadline = time.monotonic() + FIRST_FRAME_TIMEOUT
        while True:
            try:
                line = lines.get(timeout=max(0.05, deadline - time.monotonic()))
            except queue.Empty:
                raise Failed(f'no media answer in {FIRST_FRAME_TIMEOUT} s')
            if 'built-in master answered' in line:
                break
        result = measure_window(process.pid, seconds, lambda: process.poll() is None)
        if shot:
            screenshot(display, shot)
        return result
    finally:
        stop(process)
        shutil.rmtree(home, ignore_errors=True)


# ---------------------------------------------------------------------------------------------------------

def summary(values):
    values = [v for v in values if isinstance(v, (int, float)) and v == v]
    if not values:
        return None
    return {'median': statistics.median(values), 'min': min(values), 'max': max(values), 'runs': len(values)}


def fmt(s, digits):
    if s is None:
        return 'n/a'
    return f'{s["median"]:.{digits}f} [{s["min"]:.{digits}f}..{s["max"]:.{digits}f}]'


def first_error(runs):
    errors = [r['error'] for r in runs if 'error' in r]
    return errors[0] if errors else None


def attempt(side, function, *args):
    try:
        return function(*args)
    except Failed as error:
        print(f'  {side}: {error}', file=sys.stderr)
        return {'error': f'{side}: {error}'}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('build')
    parser.add_argument('--runs', type=int, default=3)
    parser.add_argument('--seconds', type=float, default=10)
    parser.add_argument('--json')
    parser.add_argument('--no-gui', action='store_true')
    parser.add_argument('--no-media', action='store_true')
    parser.add_argument('--chromium', help='the browser binary (default: chromium from PATH)')
    options = parser.parse_args()
    binary = options.chromium or chromium_binary()
    if binary and not shutil.which(binary):
        binary = None
    server = PageServer()
    results = {'media': {}, 'gui': {}}
    measures = (('startToFirstFrameMs', 'start → first frame (ms)', 0, 'lower'),
                ('offerToFirstFrameMs', 'SDP offer → first frame (ms)', 0, 'lower'),
                ('cpuCores', 'CPU (CPU s per s)', 3, 'lower'),
                ('rssMb', 'RSS sum (MB)', 0, 'lower'),
                ('pssMb', 'PSS sum (MB)', 0, 'lower'))
    rows = []
    for width, height in () if options.no_media else ((640, 480), (1280, 720)):
        emu, info = start_emulator(options.build, width, height)
        env = environment(info)
        ours, theirs = [], []
        try:
            # Untimed: the master's first session loads its plugins; our registry and Chromium's profile are built.
            attempt('ours (warm-up)', run_ours, options.build, info, env, 0, f'{width}-warm', True)
            attempt('chromium (warm-up)', run_chromium, server, info, env, binary, 0, f'{width}-warm', None, None, True)
            for i in range(options.runs):
                ours.append(attempt('ours', run_ours, options.build, info, env, options.seconds, f'{width}-{i}'))
                theirs.append(attempt('chromium', run_chromium, server, info, env, binary, options.seconds,
                                      f'{width}-{i}'))
        finally:
            stop(emu)
        size = f'{width}x{height}'
        results['media'][size] = {'ours': ours, 'chromium': theirs}
        for key, label, digits, better in measures:
            a, b = summary([r.get(key) for r in ours]), summary([r.get(key) for r in theirs])
            ratio = a['median'] / b['median'] if a and b and b['median'] else None
            rows.append((f'media {size}: {label}', fmt(a, digits) if a else first_error(ours) or 'n/a',
                         fmt(b, digits) if b else first_error(theirs) or 'n/a', ratio))
            results['media'][size][key] = {'ours': a, 'chromium': b, 'ratio': ratio, 'better': better}
        codecs = lambda runs: sorted({str(r.get('codec')) for r in runs if r.get('codec')})
        results['media'][size]['codecs'] = {'ours': codecs(ours), 'chromium': codecs(theirs)}

    if not options.no_gui:
        ours, theirs = [], []
        xvfb = None
        try:
            xvfb, display = start_xvfb()
            emu, info = start_emulator(options.build, 640, 480)
            env = environment(info)
            out = os.path.dirname(os.path.abspath(options.json)) if options.json else None
            try:
                for i in range(options.runs):
                    shot = out and i == 0
                    ours.append(attempt('kvs-viewer', run_gui_ours, options.build, display, options.seconds,
                                        shot and os.path.join(out, 'gui-kvs-viewer.png')))
                    theirs.append(attempt('chromium', run_chromium_gui, server, info, env, binary, options.seconds,
                                          f'gui-{i}', display, shot and os.path.join(out, 'gui-chromium.png'),
                                          emu.pid))
            finally:
                stop(emu)
        except Failed as error:
            ours.append({'error': f'gui: {error}'}); theirs.append({'error': f'gui: {error}'})
        finally:
            if xvfb:
                stop(xvfb)
        results['gui']['ours'] = ours; results['gui']['chromium'] = theirs
        # kvs-viewer --demo runs the emulator and its master (an H.264 encoder) in its own process: rows against
        # Chromium alone (counts the emulator against us) and against Chromium + the emulator serving it.
        gui_measures = [(k, f'GUI showing video: {label}', d, b) for k, label, d, b in measures[2:]]
        gui_measures += [(k, f'GUI: {label} vs Chromium + emulator', d, b)
                         for k, label, d, b in measures[2:] if k != 'rssMb']
        for key, label, digits, better in gui_measures:
            their_key = key if 'emulator' not in label else 'withEmulator' + key[0].upper() + key[1:]
            a, b = summary([r.get(key) for r in ours]), summary([r.get(their_key) for r in theirs])
            ratio = a['median'] / b['median'] if a and b and b['median'] else None
            rows.append((label, fmt(a, digits) if a else first_error(ours) or 'n/a',
                         fmt(b, digits) if b else first_error(theirs) or 'n/a', ratio))
            results['gui'][their_key] = {'ours': a, 'chromium': b, 'ratio': ratio, 'better': better}

    print(f'{"measure":46} {"ours":>26} {"Chromium + KVS JS SDK":>26} {"ratio":>6}')
    for label, a, b, ratio in rows:
        print(f'{label:46} {a:>26} {b:>26} {(f"{ratio:.3f}" if ratio else "n/a"):>6}')
    shutil.rmtree(HOME, ignore_errors=True)
    shutil.rmtree(PROFILE, ignore_errors=True)
    if options.json:
        try:
            version = subprocess.run([binary, '--version'], capture_output=True, text=True, timeout=30).stdout.strip()
        except (OSError, TypeError, subprocess.SubprocessError):
            version = None
        with open(options.json, 'w') as f:
            json.dump({'machine': os.uname().nodename, 'cpus': os.cpu_count(), 'chromium': version,
                       'windowSeconds': options.seconds, 'results': results}, f, indent=1)


def run_chromium_gui(server, info, env, binary, seconds, run_id, display, shot, emulator):
    result = run_chromium(server, info, env, binary, seconds, run_id, display,
                          (lambda: screenshot(display, shot)) if shot else None, emulator=emulator)
    for key in ('cpuCores', 'rssMb', 'pssMb'):
        result['withEmulator' + key[0].upper() + key[1:]] = result[key] + result['emulator' + key[0].upper() + key[1:]]
    return result


if __name__ == '__main__':
    sys.exit(main())
