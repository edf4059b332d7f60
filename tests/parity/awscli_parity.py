#!/usr/bin/python3
"""Parity of credential, region and CA resolution with the AWS CLI.

For each set-up (an isolated HOME with its own ~/.aws files and environment) this runs:
  * botocore as Debian's awscli package ships it (/usr/lib/python3/dist-packages/awscli/botocore), resolving
    credentials and region exactly as `aws` does, then calling sts:GetCallerIdentity at the emulator;
  * `kvs-viewer-cli whoami --json` on the same HOME and environment;
and compares the GetCallerIdentity ARN, the (masked) access key id and the region.

Limit: awscli 2.9 has no AWS_ENDPOINT_URL_STS, so `aws` itself cannot send its internal STS calls (AssumeRole,
AssumeRoleWithWebIdentity) to the emulator. Botocore from Python is therefore used with one change: every STS
client it creates is pointed at the emulator (with the emulator's CA). Everything else - which files are read,
which source wins, which region, session names - is botocore's own code. Set-ups without internal STS calls are
also run through `/usr/bin/aws sts get-caller-identity --endpoint-url ...` to show the CLI itself agrees.

Endpoint settings (issue 17 points 1 and 5): a second list of set-ups compares the Kinesis Video endpoint and
the CA bundle: ours from `whoami --json` (`kinesisVideo.endpoint`, `caFile`), botocore's from a kinesisvideo
client whose first request is caught before it is sent (so the endpoint is what botocore's own endpoint
rules resolve). FIPS and dual-stack (AWS_USE_*_ENDPOINT, use_*_endpoint) and ca_bundle are compared with
Debian's awscli botocore. Limit: awscli 2.9's botocore predates configured endpoints (AWS_ENDPOINT_URL,
endpoint_url, [services], the ignore flag; botocore >= 1.31), so those set-ups are compared with a newer
botocore when one is importable by a python3 on PATH, and otherwise reported as not compared (not a
failure). One difference is intended and checked as such: a custom endpoint together with FIPS or dual-stack
is an error for us, while botocore silently drops FIPS and uses the custom endpoint.

Exit 0: every set-up agrees; 1: a difference (each one printed); 77: awscli's botocore is not installed.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

SANITIZER_VARIABLES = ('ASAN_OPTIONS', 'LSAN_OPTIONS', 'UBSAN_OPTIONS')

CLI, EMULATOR = sys.argv[1], sys.argv[2]
PYTHON = '/usr/bin/python3'

BOTOCORE_PROBE = r'''
import json, sys
try:
    from awscli.botocore.session import Session
except ImportError:
    from botocore.session import Session
endpoint, ca = sys.argv[1], sys.argv[2]
session = Session()
original = session.create_client
def create_client(service, *args, **kwargs):
    if service == 'sts':
        kwargs['endpoint_url'] = endpoint
        kwargs['verify'] = ca
        # Without a region botocore signs for STS's global endpoint (us-east-1); with endpoint_url it needs
        # that said explicitly.
        if len(args) < 1 and not kwargs.get('region_name'):
            kwargs['region_name'] = 'us-east-1'
    return original(service, *args, **kwargs)
session.create_client = create_client
try:
    region = session.get_config_variable('region')
    credentials = session.get_credentials()
    if credentials is None:
        print(json.dumps({'error': 'NoCredentials'})); sys.exit(0)
    frozen = credentials.get_frozen_credentials()
    sts = session.create_client('sts', region_name=region or 'us-east-1')
    arn = sts.get_caller_identity()['Arn']
    print(json.dumps({'arn': arn, 'key': frozen.access_key, 'region': region, 'method': credentials.method}))
except Exception as e:  # a configuration the AWS CLI refuses
    print(json.dumps({'error': type(e).__name__, 'message': str(e)[:300]}))
'''

KEY_A, SECRET_A = 'AKIAPARITYAAAAAAAA01', 'ParitySecretA/0000000000000000000000000'
KEY_B, SECRET_B = 'AKIAPARITYBBBBBBBB02', 'ParitySecretB/0000000000000000000000000'
KEY_C, SECRET_C = 'AKIAPARITYCCCCCCCC03', 'ParitySecretC/0000000000000000000000000'
ROLE = 'arn:aws:iam::111122223333:role/kvs-viewer-qa'
CONFIG = {
    'identities': [
        {'accessKeyId': KEY_A, 'secretAccessKey': SECRET_A, 'arn': 'arn:aws:iam::111122223333:user/a'},
        {'accessKeyId': KEY_B, 'secretAccessKey': SECRET_B, 'arn': 'arn:aws:iam::111122223333:user/b'},
        {'accessKeyId': KEY_C, 'secretAccessKey': SECRET_C, 'arn': 'arn:aws:iam::111122223333:user/c'},
    ],
    'roles': [{'arn': ROLE, 'trust': [KEY_A, KEY_B, KEY_C]}],
    'webIdentityTokens': [{'token': 'parity-web-token', 'roleArn': ROLE}],
}


def process_helper(home, key, secret):
    path = os.path.join(home, 'helper.sh')
    with open(path, 'w') as f:
        f.write('#!/bin/sh\necho \'{"Version": 1, "AccessKeyId": "%s", "SecretAccessKey": "%s"}\'\n' % (key, secret))
    os.chmod(path, 0o755)
    return path


def keys(key, secret):
    return 'aws_access_key_id = %s\naws_secret_access_key = %s\n' % (key, secret)


# name, config file, credentials file, environment, extra whoami args; {home} is replaced by the HOME path.
SETUPS = [
    ('environment keys', '', '', {'AWS_ACCESS_KEY_ID': KEY_A, 'AWS_SECRET_ACCESS_KEY': SECRET_A}, []),
    ('default profile in credentials', '', '[default]\n' + keys(KEY_A, SECRET_A), {}, []),
    ('default profile in config', '[default]\n' + keys(KEY_B, SECRET_B), '', {}, []),
    ('credentials file beats config file', '[default]\n' + keys(KEY_B, SECRET_B),
     '[default]\n' + keys(KEY_A, SECRET_A), {}, []),
    ('environment beats default profile', '', '[default]\n' + keys(KEY_A, SECRET_A),
     {'AWS_ACCESS_KEY_ID': KEY_B, 'AWS_SECRET_ACCESS_KEY': SECRET_B}, []),
    ('AWS_PROFILE does not beat environment keys', '[profile p]\nregion = eu-west-1\n', '[p]\n' + keys(KEY_A, SECRET_A),
     {'AWS_PROFILE': 'p', 'AWS_ACCESS_KEY_ID': KEY_B, 'AWS_SECRET_ACCESS_KEY': SECRET_B}, []),
    ('--profile beats environment keys', '[profile p]\nregion = eu-west-1\n', '[p]\n' + keys(KEY_A, SECRET_A),
     {'AWS_PROFILE': 'p', 'AWS_ACCESS_KEY_ID': KEY_B, 'AWS_SECRET_ACCESS_KEY': SECRET_B}, ['--profile', 'p']),
    ('AWS_PROFILE profile', '[profile p]\nregion = ap-northeast-1\n', '[p]\n' + keys(KEY_C, SECRET_C),
     {'AWS_PROFILE': 'p'}, []),
    ('region: AWS_REGION beats AWS_DEFAULT_REGION beats profile', '[default]\nregion = eu-west-1\n',
     '[default]\n' + keys(KEY_A, SECRET_A), {'AWS_REGION': 'us-west-2', 'AWS_DEFAULT_REGION': 'eu-central-1'}, []),
    ('region: AWS_DEFAULT_REGION beats profile', '[default]\nregion = eu-west-1\n',
     '[default]\n' + keys(KEY_A, SECRET_A), {'AWS_DEFAULT_REGION': 'eu-central-1'}, []),
    ('credential_process', '[profile proc]\ncredential_process = {home}/helper.sh\nregion = us-west-2\n', '',
     {'AWS_PROFILE': 'proc'}, []),
    ('credentials-file keys beat credential_process',
     '[profile proc]\ncredential_process = {home}/helper.sh\n', '[proc]\n' + keys(KEY_B, SECRET_B),
     {'AWS_PROFILE': 'proc'}, []),
    ('credential_process beats config-file keys',
     '[profile proc]\ncredential_process = {home}/helper.sh\n' + keys(KEY_B, SECRET_B), '',
     {'AWS_PROFILE': 'proc'}, []),
    ('assume role from source_profile', '[profile role]\nrole_arn = %s\nsource_profile = base\nrole_session_name = parity\n' % ROLE,
     '[base]\n' + keys(KEY_A, SECRET_A), {'AWS_PROFILE': 'role'}, []),
    ('source_profile with keys and role_arn gives its keys',
     '[profile role]\nrole_arn = %s\nsource_profile = base\nrole_session_name = outer\n'
     '[profile base]\nrole_arn = %s\nsource_profile = other\n' % (ROLE, ROLE),
     '[base]\n' + keys(KEY_A, SECRET_A) + '[other]\n' + keys(KEY_B, SECRET_B), {'AWS_PROFILE': 'role'}, []),
    ('assume role with credential_source Environment',
     '[profile role]\nrole_arn = %s\ncredential_source = Environment\nrole_session_name = envsrc\n' % ROLE, '',
     {'AWS_PROFILE': 'role', 'AWS_ACCESS_KEY_ID': KEY_C, 'AWS_SECRET_ACCESS_KEY': SECRET_C}, []),
    ('web identity from the environment', '', '',
     {'AWS_WEB_IDENTITY_TOKEN_FILE': '{home}/token', 'AWS_ROLE_ARN': ROLE, 'AWS_ROLE_SESSION_NAME': 'pod'}, []),
    ('web identity beats profile keys', '[default]\n' + keys(KEY_B, SECRET_B), '',
     {'AWS_WEB_IDENTITY_TOKEN_FILE': '{home}/token', 'AWS_ROLE_ARN': ROLE, 'AWS_ROLE_SESSION_NAME': 'pod2'}, []),
    ('web identity from the profile',
     '[profile pod]\nweb_identity_token_file = {home}/token\nrole_arn = %s\nrole_session_name = prof\n' % ROLE, '',
     {'AWS_PROFILE': 'pod'}, []),
    ('AWS_SHARED_CREDENTIALS_FILE and AWS_CONFIG_FILE', '', '',
     {'AWS_SHARED_CREDENTIALS_FILE': '{home}/elsewhere/creds', 'AWS_CONFIG_FILE': '{home}/elsewhere/conf'}, []),
    ('AWS_SECURITY_TOKEN is not a session token for permanent keys', '', '[default]\n' + keys(KEY_A, SECRET_A),
     {}, []),
    ('missing AWS_PROFILE fails even with environment keys', '', '',
     {'AWS_PROFILE': 'nope', 'AWS_ACCESS_KEY_ID': KEY_A, 'AWS_SECRET_ACCESS_KEY': SECRET_A}, []),
    ('duplicate key is an error', '[default]\nregion = us-west-2\nregion = eu-west-1\n',
     '[default]\n' + keys(KEY_A, SECRET_A), {}, []),
    ('duplicate section is an error', '', '[default]\n' + keys(KEY_A, SECRET_A) + '[default]\n' + keys(KEY_B, SECRET_B),
     {}, []),
    ('nothing configured', '', '', {}, []),
]


def mask(key):
    return key[:4] + '\u2026' + key[-4:] if len(key) > 8 else key

ENDPOINT_PROBE = r'''
import json, sys
if sys.argv[1] == 'modern':
    from botocore.session import Session
else:
    try:
        from awscli.botocore.session import Session
    except ImportError:
        from botocore.session import Session
class Captured(Exception):
    pass
session = Session()
out = {'ca': session.get_config_variable('ca_bundle')}
try:
    client = session.create_client('kinesisvideo', region_name='us-west-2', aws_access_key_id='AKIAPARITYPROBE00001',
                                   aws_secret_access_key='x' * 40)
    def capture(request, **kwargs):
        raise Captured(request.url)
    client.meta.events.register('before-send', capture)
    client.describe_signaling_channel(ChannelName='parity')
except Captured as e:
    out['endpoint'] = str(e).split('/describeSignalingChannel')[0].rstrip('/')
except Exception as e:
    out['error'] = type(e).__name__
print(json.dumps(out))
'''

SERVICES = '[services local]\nkinesis_video =\n  endpoint_url = https://service.example/\n'
# name, config file, environment, needs a botocore with configured endpoints, intended difference
ENDPOINT_SETUPS = [
    ('FIPS from AWS_USE_FIPS_ENDPOINT', '', {'AWS_USE_FIPS_ENDPOINT': 'true'}, False, False),
    ('FIPS from the profile', '[default]\nuse_fips_endpoint = true\n', {}, False, False),
    ('AWS_USE_FIPS_ENDPOINT=false beats the profile', '[default]\nuse_fips_endpoint = true\n',
     {'AWS_USE_FIPS_ENDPOINT': 'false'}, False, False),
    ('FIPS value 1 is off as in botocore', '', {'AWS_USE_FIPS_ENDPOINT': '1'}, False, False),
    ('dual-stack from AWS_USE_DUALSTACK_ENDPOINT', '', {'AWS_USE_DUALSTACK_ENDPOINT': 'true'}, False, False),
    ('dual-stack from the profile, FIPS from the environment', '[default]\nuse_dualstack_endpoint = True\n',
     {'AWS_USE_FIPS_ENDPOINT': 'true'}, False, False),
    ('FIPS and dual-stack from a named profile', '[profile p]\nuse_fips_endpoint = true\nuse_dualstack_endpoint = true\n',
     {'AWS_PROFILE': 'p'}, False, False),
    ('ca_bundle from the profile', '[default]\nca_bundle = {ca}\n', {'AWS_CA_BUNDLE': None}, False, False),
    ('AWS_CA_BUNDLE beats ca_bundle', '[default]\nca_bundle = /nonexistent/ca.pem\n', {}, False, False),
    ('endpoint_url from the profile', '[default]\nendpoint_url = https://global.example\n', {}, True, False),
    ('[services] kinesis_video beats endpoint_url',
     '[default]\nendpoint_url = https://global.example\nservices = local\n' + SERVICES, {}, True, False),
    ('kinesisvideo is not the services key',
     '[default]\nservices = local\n[services local]\nkinesisvideo =\n  endpoint_url = https://service.example\n', {},
     True, False),
    ('AWS_ENDPOINT_URL beats [services]', '[default]\nservices = local\n' + SERVICES,
     {'AWS_ENDPOINT_URL': 'https://env.example'}, True, False),
    ('AWS_ENDPOINT_URL_KINESIS_VIDEO beats AWS_ENDPOINT_URL', '',
     {'AWS_ENDPOINT_URL': 'https://env.example', 'AWS_ENDPOINT_URL_KINESIS_VIDEO': 'https://kvs.example'}, True,
     False),
    ('AWS_IGNORE_CONFIGURED_ENDPOINT_URLS', '[default]\nendpoint_url = https://global.example\n',
     {'AWS_IGNORE_CONFIGURED_ENDPOINT_URLS': 'true', 'AWS_ENDPOINT_URL': 'https://env.example'}, True, False),
    ('ignore_configured_endpoint_urls in the profile',
     '[default]\nendpoint_url = https://global.example\nignore_configured_endpoint_urls = true\n', {}, True, False),
    ('the environment\'s false beats the profile\'s ignore',
     '[default]\nendpoint_url = https://global.example\nignore_configured_endpoint_urls = true\n',
     {'AWS_IGNORE_CONFIGURED_ENDPOINT_URLS': 'false'}, True, False),
    ('a missing [services] section is an error', '[default]\nservices = nope\n', {}, True, False),
    ('intended: configured endpoint with FIPS is refused', '[default]\nendpoint_url = https://global.example\n',
     {'AWS_USE_FIPS_ENDPOINT': 'true'}, True, True),
]


def modern_botocore():
    """A python3 whose botocore resolves configured endpoints (>= 1.31), or None."""
    for python in [sys.executable, shutil.which('python3'), PYTHON]:
        if not python:
            continue
        probe = subprocess.run([python, '-c', 'import botocore; print(botocore.__version__)'], capture_output=True,
                               text=True)
        if probe.returncode == 0:
            version = tuple(int(x) for x in probe.stdout.strip().split('.')[:2] if x.isdigit())
            if version >= (1, 31):
                return python
    return None


def compare_endpoints(work, endpoint, ca):
    failures = 0
    modern = modern_botocore()
    for name, config, env_extra, needs_modern, intended in ENDPOINT_SETUPS:
        python = modern if needs_modern else PYTHON
        if python is None:
            print('NOT COMPARED  %-55s (no botocore >= 1.31 here; awscli 2.9 predates configured endpoints)' % name)
            continue
        home = tempfile.mkdtemp(dir=work)
        os.makedirs(os.path.join(home, '.aws'))
        with open(os.path.join(home, '.aws', 'credentials'), 'w') as f:
            f.write('[default]\n' + keys(KEY_A, SECRET_A) + '[p]\n' + keys(KEY_A, SECRET_A))
        with open(os.path.join(home, '.aws', 'config'), 'w') as f:
            f.write(config.replace('{ca}', ca))
        env = {'HOME': home, 'PATH': '/usr/bin:/bin', 'AWS_CA_BUNDLE': ca, 'AWS_EC2_METADATA_DISABLED': 'true',
               'AWS_ENDPOINT_URL_STS': endpoint, 'AWS_REGION': 'us-west-2', 'LANG': 'C.UTF-8'}
        for k, v in env_extra.items():
            if v is None:
                env.pop(k, None)
            else:
                env[k] = v
        ours_env = dict(env)
        ours_env.update({k: os.environ[k] for k in SANITIZER_VARIABLES if k in os.environ})
        ours_run = subprocess.run([CLI, 'whoami', '--json'], env=ours_env, capture_output=True, text=True, timeout=60)
        theirs_run = subprocess.run([python, '-c', ENDPOINT_PROBE, 'modern' if needs_modern else 'debian'], env=env,
                                    capture_output=True, text=True, timeout=60)
        theirs = json.loads(theirs_run.stdout or '{"error": "probe failed"}')
        if ours_run.returncode == 0:
            whoami = json.loads(ours_run.stdout)
            kvs = whoami.get('kinesisVideo', {})
            ours = {'endpoint': kvs['endpoint']} if 'endpoint' in kvs else {'error': kvs.get('error', '?')[:120]}
            ours['ca'] = whoami.get('caFile')
        else:
            ours = {'error': ours_run.stderr.strip()[:200], 'ca': None}
        if intended:
            same = 'error' in ours and theirs.get('endpoint') == 'https://global.example'
        elif 'error' in theirs or 'error' in ours:
            same = ('error' in theirs) == ('error' in ours)
        else:
            same = ours['endpoint'] == theirs['endpoint']
        if same and ours_run.returncode == 0 and 'ca' in theirs:
            same = ours['ca'] == theirs['ca']
        print('%s  %-55s ours=%s  botocore=%s' % ('ok  ' if same else 'DIFF', name, json.dumps(ours),
                                                json.dumps(theirs)))
        failures += 0 if same else 1
    return failures


def main():
    try:
        subprocess.run([PYTHON, '-c', 'import awscli.botocore'], check=True, capture_output=True)
    except (OSError, subprocess.CalledProcessError):
        print('SKIP: Debian awscli (awscli.botocore for /usr/bin/python3) is not installed')
        return 77
    work = tempfile.mkdtemp(prefix='kvs-parity-')
    config_path = os.path.join(work, 'emulator.json')
    with open(config_path, 'w') as f:
        json.dump(CONFIG, f)
    emulator = subprocess.Popen([EMULATOR, '--port', '0', '--quiet', '--config', config_path,
                                 '--state-dir', os.path.join(work, 'state')],
                                stdout=subprocess.PIPE, text=True)
    try:
        info = json.loads(emulator.stdout.readline())
        endpoint, ca = info['controlEndpoint'], info['caFile']
        failures = 0
        for name, config, credentials, env_extra, args in SETUPS:
            home = tempfile.mkdtemp(dir=work)
            os.makedirs(os.path.join(home, '.aws'))
            os.makedirs(os.path.join(home, 'elsewhere'))
            process_helper(home, KEY_C, SECRET_C)
            with open(os.path.join(home, 'token'), 'w') as f:
                f.write('parity-web-token')
            conf_name, cred_name = ('elsewhere/conf', 'elsewhere/creds') if 'AWS_CONFIG_FILE' in env_extra else (
                '.aws/config', '.aws/credentials')
            if name.startswith('AWS_SHARED_CREDENTIALS_FILE'):
                config, credentials = '[default]\nregion = sa-east-1\n', '[default]\n' + keys(KEY_B, SECRET_B)
            for rel, text in ((conf_name, config), (cred_name, credentials)):
                if text:
                    with open(os.path.join(home, rel), 'w') as f:
                        f.write(text.replace('{home}', home))
            env = {'HOME': home, 'PATH': '/usr/bin:/bin', 'AWS_CA_BUNDLE': ca, 'AWS_EC2_METADATA_DISABLED': 'true',
                   'AWS_ENDPOINT_URL_STS': endpoint, 'LANG': 'C.UTF-8'}
            if name.startswith('AWS_SECURITY_TOKEN'):
                env['AWS_SECURITY_TOKEN'] = 'x' * 40  # ignored: no environment keys
            env.update({k: v.replace('{home}', home) for k, v in env_extra.items()})
            # The sanitizer build's settings (suppressions, exit behaviour) apply to our CLI, not to botocore.
            ours_env = dict(env)
            ours_env.update({k: os.environ[k] for k in SANITIZER_VARIABLES if k in os.environ})
            ours_run = subprocess.run([CLI, 'whoami', '--json'] + args, env=ours_env, capture_output=True, text=True,
                                      timeout=60)
            probe_env = dict(env)
            if '--profile' in args:
                probe_env['AWS_PROFILE'] = args[args.index('--profile') + 1]
                # `aws --profile` drops the environment keys; botocore's Session(profile=...) does the same.
            theirs_run = subprocess.run([PYTHON, '-c', BOTOCORE_PROBE.replace(
                'session = Session()', 'session = Session(profile=%r)' % (args[args.index('--profile') + 1])
                if '--profile' in args else 'session = Session()'), endpoint, ca], env=probe_env,
                capture_output=True, text=True, timeout=60)
            theirs = json.loads(theirs_run.stdout or '{"error": "probe failed"}')
            if ours_run.returncode == 0:
                ours = json.loads(ours_run.stdout)
                ours_view = {'arn': ours['arn'], 'key': ours['accessKeyId'], 'region': ours['region'],
                             'regionSource': ours['regionSource']}
            else:
                ours_view = {'error': ours_run.stderr.strip()[:300]}
            if 'error' in theirs or 'error' in ours_view:
                same = ('error' in theirs) == ('error' in ours_view)
            else:
                region_theirs = theirs['region']
                # Temporary keys differ between two runs (each tool assumes the role itself): their ARN and
                # their ASIA prefix must agree.
                key_same = (ours_view['key'] == mask(theirs['key']) if not theirs['key'].startswith('ASIA')
                            else ours_view['key'].startswith('ASIA'))
                same = (ours_view['arn'] == theirs['arn'] and key_same and
                        (ours_view['region'] == region_theirs or
                         (region_theirs is None and ours_view['regionSource'] not in
                          ('AWS_REGION', 'AWS_DEFAULT_REGION') and not ours_view['regionSource'].startswith('profile'))))
            print('%s  %-60s ours=%s  awscli=%s' % ('ok  ' if same else 'DIFF', name, json.dumps(ours_view),
                                                   json.dumps(theirs)))
            failures += 0 if same else 1
        print('%d of %d set-ups agree' % (len(SETUPS) - failures, len(SETUPS)))
        endpoint_failures = compare_endpoints(work, endpoint, ca)
        print('endpoint settings: %d difference(s)' % endpoint_failures)
        return 1 if failures or endpoint_failures else 0
    finally:
        emulator.terminate()
        emulator.wait(10)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == '__main__':
    sys.exit(main())
