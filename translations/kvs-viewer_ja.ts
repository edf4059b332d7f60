<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AccessCheckDialog</name>
    <message>
        <source>Check access</source>
        <translation>アクセスの確認</translation>
    </message>
    <message>
        <source>Runs each step a viewer needs, once and without retries, with the connection form&apos;s credentials, channel and endpoint.</source>
        <translation>接続フォームの認証情報、チャネル、エンドポイントを使い、ビューアーに必要な各ステップを再試行なしで 1 回ずつ実行します。</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>Each step of the check with its result, time, HTTP status, error type and the service&apos;s message</source>
        <translation>確認の各ステップとその結果、時間、HTTP ステータス、エラーの種類、サービスのメッセージ</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Error type</source>
        <translation>エラーの種類</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>対処方法</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>確認中</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Copy &amp;policy</source>
        <translation>ポリシーをコピー(&amp;P)</translation>
    </message>
    <message>
        <source>Copy policy</source>
        <translation>ポリシーをコピー</translation>
    </message>
    <message>
        <source>Copy the minimal IAM policy a viewer of this channel needs</source>
        <translation>このチャネルのビューアーに必要な最小限の IAM ポリシーをコピーします</translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation>再実行(&amp;R)</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>再実行</translation>
    </message>
    <message>
        <source>Run the check again with the form&apos;s current settings</source>
        <translation>フォームの現在の設定で確認をもう一度実行します</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel the check</source>
        <translation>確認をキャンセルします</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>閉じる(&amp;L)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>ConnectionFormPanel</name>
    <message>
        <source>Credentials</source>
        <translation>認証情報</translation>
    </message>
    <message>
        <source>Credential source</source>
        <translation>認証情報の取得元</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>Access &amp;key id:</source>
        <translation>アクセスキー ID(&amp;K):</translation>
    </message>
    <message>
        <source>AKIA… or ASIA…</source>
        <translation>AKIA… または ASIA…</translation>
    </message>
    <message>
        <source>Access key id</source>
        <translation>アクセスキー ID</translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation>シークレットアクセスキー</translation>
    </message>
    <message>
        <source>Only for temporary credentials</source>
        <translation>一時的な認証情報の場合のみ</translation>
    </message>
    <message>
        <source>Session token</source>
        <translation>セッショントークン</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>チャネル</translation>
    </message>
    <message>
        <source>Channel name or arn:aws:kinesisvideo:…</source>
        <translation>チャネル名または arn:aws:kinesisvideo:…</translation>
    </message>
    <message>
        <source>Channel name or ARN</source>
        <translation>チャネル名または ARN</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>リージョン(&amp;G):</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <source>Client &amp;id:</source>
        <translation>クライアント ID(&amp;I):</translation>
    </message>
    <message>
        <source>ClientId</source>
        <translation>ClientId</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>クライアント ID</translation>
    </message>
    <message>
        <source>&amp;New id</source>
        <translation>新規 ID(&amp;N)</translation>
    </message>
    <message>
        <source>Generate a new ClientId. Keep one per install: stale ids count toward the channel&apos;s 10-viewer limit until they time out.</source>
        <translation>新しい ClientId を生成します。インストールごとに 1 つを使い続けてください。古い ID はタイムアウトするまでチャネルのビューアー上限 (10) に数えられます。</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>詳細設定(&amp;A)</translation>
    </message>
    <message>
        <source>Default: the region&apos;s endpoint</source>
        <translation>既定: リージョンのエンドポイント</translation>
    </message>
    <message>
        <source>Endpoint URL override</source>
        <translation>エンドポイント URL の上書き</translation>
    </message>
    <message>
        <source>Default: the system&apos;s certificates</source>
        <translation>既定: システムの証明書</translation>
    </message>
    <message>
        <source>Extra CA certificate file</source>
        <translation>追加の CA 証明書ファイル</translation>
    </message>
    <message>
        <source>A profile from the AWS config and credentials files</source>
        <translation>AWS の config ファイルと credentials ファイルにあるプロファイル</translation>
    </message>
    <message>
        <source>Read the AWS config and credentials files again and check the profile&apos;s credentials</source>
        <translation>AWS の config ファイルと credentials ファイルを読み込み直し、プロファイルの認証情報を確認します</translation>
    </message>
    <message>
        <source>Reload profiles</source>
        <translation>プロファイルを再読み込み</translation>
    </message>
    <message>
        <source>AWS profile files</source>
        <translation>AWS プロファイルファイル</translation>
    </message>
    <message>
        <source>Credentials found</source>
        <translation>検出された認証情報</translation>
    </message>
    <message>
        <source>Remember the keys in the system keychain</source>
        <translation>キーをシステムのキーチェーンに保存</translation>
    </message>
    <message>
        <source>A channel name or ARN; Down (or Alt+Down) lists the channels you connected to recently</source>
        <translation>チャネル名または ARN。下矢印キー (または Alt+下矢印キー) で最近接続したチャネルを一覧表示します</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Channels you connected to recently</source>
        <translation>最近接続したチャネル</translation>
    </message>
    <message>
        <source>Recent channels</source>
        <translation>最近のチャネル</translation>
    </message>
    <message>
        <source>Empty: AWS_REGION, AWS_DEFAULT_REGION, the profile&apos;s region or the channel ARN&apos;s region, in that order</source>
        <translation>空欄の場合: AWS_REGION、AWS_DEFAULT_REGION、プロファイルのリージョン、チャネル ARN のリージョンの順に使用します</translation>
    </message>
    <message>
        <source>Where the region comes from</source>
        <translation>リージョンの取得元</translation>
    </message>
    <message>
        <source>Region warning</source>
        <translation>リージョンの警告</translation>
    </message>
    <message>
        <source>New client id</source>
        <translation>新しいクライアント ID</translation>
    </message>
    <message>
        <source>Advanced options</source>
        <translation>詳細オプション</translation>
    </message>
    <message>
        <source>Custo&amp;m CA file:</source>
        <translation>カスタム CA ファイル(&amp;M):</translation>
    </message>
    <message>
        <source>Browse for a CA file</source>
        <translation>CA ファイルを参照</translation>
    </message>
    <message>
        <source>FIPS endpoint</source>
        <translation>FIPS エンドポイント</translation>
    </message>
    <message>
        <source>Dual-stack (IPv6) endpoint</source>
        <translation>デュアルスタック (IPv6) エンドポイント</translation>
    </message>
    <message>
        <source>Ma&amp;x retries:</source>
        <translation>最大再試行回数(&amp;X):</translation>
    </message>
    <message>
        <source>Chann&amp;el:</source>
        <translation>チャネル(&amp;E):</translation>
    </message>
    <message>
        <source>Endpoint &amp;URL:</source>
        <translation>エンドポイント URL(&amp;U):</translation>
    </message>
    <message>
        <source>FIP&amp;S endpoint</source>
        <translation>FIPS エンドポイント(&amp;S)</translation>
    </message>
    <message>
        <source>Show or hide the endpoint, CA file, FIPS, dual-stack, retry and media options</source>
        <translation>エンドポイント、CA ファイル、FIPS、デュアルスタック、再試行、メディアのオプションを表示または非表示にします</translation>
    </message>
    <message>
        <source>Maximum retries</source>
        <translation>最大再試行回数</translation>
    </message>
    <message>
        <source>Vi&amp;deo codec:</source>
        <translation>映像コーデック(&amp;D):</translation>
    </message>
    <message>
        <source>Video codec preference</source>
        <translation>優先する映像コーデック</translation>
    </message>
    <message>
        <source>Which video codecs the viewer offers to the master</source>
        <translation>ビューアーがマスターに提示する映像コーデック</translation>
    </message>
    <message>
        <source>Media path:</source>
        <translation>メディアの経路:</translation>
    </message>
    <message>
        <source>Use the region&apos;s STUN server</source>
        <translation>リージョンの STUN サーバーを使う</translation>
    </message>
    <message>
        <source>Use the STUN server</source>
        <translation>STUN サーバーを使う</translation>
    </message>
    <message>
        <source>Lets ICE learn this network&apos;s public address (server-reflexive candidates)</source>
        <translation>ICE がこのネットワークのパブリックアドレスを知るために使います（サーバーリフレクシブ候補）</translation>
    </message>
    <message>
        <source>Use the channel&apos;s TURN servers</source>
        <translation>チャネルの TURN サーバーを使う</translation>
    </message>
    <message>
        <source>Use the TURN servers</source>
        <translation>TURN サーバーを使う</translation>
    </message>
    <message>
        <source>Lets video flow through a relay when no direct path works (relay candidates)</source>
        <translation>直接の経路が使えないとき、映像をリレー経由で流します（リレー候補）</translation>
    </message>
    <message>
        <source>Rela&amp;y only (TURN)</source>
        <translation>リレーのみ (TURN)(&amp;Y)</translation>
    </message>
    <message>
        <source>Relay only</source>
        <translation>リレーのみ</translation>
    </message>
    <message>
        <source>Gather only relay candidates, as a browser with iceTransportPolicy &quot;relay&quot; does</source>
        <translation>iceTransportPolicy が &quot;relay&quot; のブラウザーと同じく、リレー候補だけを収集します</translation>
    </message>
    <message>
        <source>Receive audio</source>
        <translation>音声を受信する</translation>
    </message>
    <message>
        <source>Offer an audio track (Opus) besides the video</source>
        <translation>映像に加えて音声トラック (Opus) を提示します</translation>
    </message>
    <message>
        <source>Connec&amp;t</source>
        <translation>接続(&amp;T)</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Connect to the channel as a viewer (Enter)</source>
        <translation>ビューアーとしてチャネルに接続します (Enter)</translation>
    </message>
    <message>
        <source>What is missing to connect</source>
        <translation>接続に不足しているもの</translation>
    </message>
    <message>
        <source>Credentia&amp;ls from:</source>
        <translation>認証情報の取得元(&amp;L):</translation>
    </message>
    <message>
        <source>P&amp;rofile:</source>
        <translation>プロファイル(&amp;R):</translation>
    </message>
    <message>
        <source>Rel&amp;oad</source>
        <translation>再読み込み(&amp;O)</translation>
    </message>
    <message>
        <source>Sec&amp;ret access key:</source>
        <translation>シークレットアクセスキー(&amp;R):</translation>
    </message>
    <message>
        <source>Session t&amp;oken:</source>
        <translation>セッショントークン(&amp;O):</translation>
    </message>
    <message>
        <source>Remem&amp;ber in the system keychain</source>
        <translation>システムのキーチェーンに保存(&amp;B)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Dual-stack (IPv&amp;6) endpoint</source>
        <translation>デュアルスタック (IPv6) エンドポイント(&amp;6)</translation>
    </message>
</context>
<context>
    <name>CustomOfferDialog</name>
    <message>
        <source>Send custom offer</source>
        <translation>カスタムオファーの送信</translation>
    </message>
    <message>
        <source>&amp;Offer (SDP) to send to the channel&apos;s master — prefilled with the probe&apos;s offer:</source>
        <translation>チャネルのマスターに送信するオファー (SDP) — プローブのオファーが入力済み(&amp;O):</translation>
    </message>
    <message>
        <source>Offer SDP</source>
        <translation>オファー SDP</translation>
    </message>
    <message>
        <source>Problem with the offer</source>
        <translation>オファーの問題</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>応答</translation>
    </message>
    <message>
        <source>Waiting for the answer</source>
        <translation>応答を待っています</translation>
    </message>
    <message>
        <source>Reset the offer</source>
        <translation>オファーをリセット</translation>
    </message>
    <message>
        <source>Put back the offer the probe would send</source>
        <translation>プローブが送信するオファーに戻します</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>送信(&amp;S)</translation>
    </message>
    <message>
        <source>Send the offer</source>
        <translation>オファーを送信</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>Stop waiting for the answer</source>
        <translation>応答の待機を中止します</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>閉じる(&amp;L)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>リセット(&amp;R)</translation>
    </message>
</context>
<context>
    <name>IceServersDialog</name>
    <message>
        <source>ICE servers</source>
        <translation>ICE サーバー</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>チャネル</translation>
    </message>
    <message>
        <source>The STUN and TURN servers of the channel; TURN usernames and passwords are hidden</source>
        <translation>チャネルの STUN サーバーと TURN サーバー。TURN のユーザー名とパスワードは非表示です</translation>
    </message>
    <message>
        <source>URIs</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Fetching</source>
        <translation>取得中</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Fetch the ICE servers again with the form&apos;s current settings</source>
        <translation>フォームの現在の設定で ICE サーバーを再取得します</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel the fetch</source>
        <translation>取得をキャンセルします</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>閉じる(&amp;L)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>接続(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Export diagnostics…</source>
        <translation>診断情報のエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Preview and save one redacted file with versions, settings, timeline and events</source>
        <translation>バージョン、設定、タイムライン、イベントを含む秘密情報除去済みのファイルをプレビューして保存します</translation>
    </message>
    <message>
        <source>&amp;Probe master</source>
        <translation>マスターをプローブ(&amp;P)</translation>
    </message>
    <message>
        <source>Send a probe offer and summarise the master&apos;s answer (only while connected)</source>
        <translation>プローブ用のオファーを送信し、マスターの応答を要約します (接続中のみ)</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About KVS Signaling Viewer</source>
        <translation>KVS Signaling Viewer について(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Check access…</source>
        <translation>アクセスを確認(&amp;C)…</translation>
    </message>
    <message>
        <source>Run each step a viewer needs with the form&apos;s settings and show which ones the service allows</source>
        <translation>フォームの設定でビューアーに必要な各ステップを実行し、サービスがどのステップを許可するかを表示します</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>&amp;ICE servers…</source>
        <translation>ICE サーバー(&amp;I)…</translation>
    </message>
    <message>
        <source>Fetch the channel&apos;s STUN and TURN servers and show how long they stay valid</source>
        <translation>チャネルの STUN サーバーと TURN サーバーを取得し、その有効期間を表示します</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Send custom &amp;offer…</source>
        <translation>カスタムオファーを送信(&amp;O)…</translation>
    </message>
    <message>
        <source>Edit an SDP offer and send it to the master (only while connected)</source>
        <translation>SDP オファーを編集してマスターに送信します (接続中のみ)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>&amp;Network test…</source>
        <translation>ネットワークテスト(&amp;N)…</translation>
    </message>
    <message>
        <source>Try STUN and each TURN transport of the channel from this network and say which way video can take</source>
        <translation>このネットワークからチャネルの STUN と各 TURN トランスポートを試し、映像が通れる経路を示します</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Who am I…</source>
        <translation>認証情報の持ち主を確認(&amp;W)…</translation>
    </message>
    <message>
        <source>Ask STS who the form&apos;s credentials belong to, where they came from and when they expire</source>
        <translation>フォームの認証情報が誰のものか、どこから来たか、いつ期限切れになるかを STS に問い合わせます</translation>
    </message>
    <message>
        <source>Ctrl+Shift+W</source>
        <translation>Ctrl+Shift+W</translation>
    </message>
    <message>
        <source>&amp;List channels…</source>
        <translation>チャネル一覧(&amp;L)…</translation>
    </message>
    <message>
        <source>List the channels the form&apos;s credentials may see in its region and pick one</source>
        <translation>フォームの認証情報でそのリージョンに見えるチャネルを一覧表示し、1 つ選びます</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Open &amp;presigned URL…</source>
        <translation>署名付き URL を開く(&amp;P)…</translation>
    </message>
    <message>
        <source>Paste a presigned signaling URL and see its channel, ClientId, region, signing time and expiry (never its signature)</source>
        <translation>署名付きシグナリング URL を貼り付けて、チャネル、ClientId、リージョン、署名時刻、有効期限を確認します (署名そのものは表示しません)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <source>&amp;Open setup…</source>
        <translation>接続設定を開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Fill the form from a setup file (channel, region, endpoint, CA, credential source, media options; never keys)</source>
        <translation>接続設定ファイルからフォームを埋めます (チャネル、リージョン、エンドポイント、CA、認証情報の取得元、メディアオプション。キーは含みません)</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Save setup…</source>
        <translation>接続設定を保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the form as a setup file to share: everything but keys, secrets and tokens</source>
        <translation>フォームを共有用の接続設定ファイルとして保存します。キー、シークレット、トークン以外のすべてを含みます</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Open &amp;diagnostics…</source>
        <translation>診断情報を開く(&amp;D)…</translation>
    </message>
    <message>
        <source>Show a diagnostics export (a customer&apos;s) read-only: its steps, log and settings</source>
        <translation>診断情報のエクスポート (顧客のものなど) を読み取り専用で表示します: ステップ、ログ、設定</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
</context>
<context>
    <name>kvs::AccessCheck</name>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>The WebSocket opened and closed cleanly.</source>
        <translation>WebSocket は正常に開き、正常に閉じられました。</translation>
    </message>
</context>
<context>
    <name>kvs::AppController</name>
    <message>
        <source>keys typed into the form</source>
        <translation>フォームに入力されたキー</translation>
    </message>
    <message>
        <source>Probing the master…</source>
        <translation>マスターをプローブしています…</translation>
    </message>
    <message>
        <source>Fix the connection form first: %1</source>
        <translation>先に接続フォームを修正してください: %1</translation>
    </message>
    <message>
        <source>Not connected, or a probe is still running.</source>
        <translation>未接続か、プローブがまだ実行中です。</translation>
    </message>
    <message>
        <source>Sent a custom offer…</source>
        <translation>カスタムオファーを送信しました…</translation>
    </message>
    <message>
        <source>Waiting for the master&apos;s answer…</source>
        <translation>マスターの応答を待っています…</translation>
    </message>
    <message>
        <source>Finding a network path to the master…</source>
        <translation>マスターへのネットワーク経路を探しています…</translation>
    </message>
    <message>
        <source>Securing the media (DTLS)…</source>
        <translation>メディアを保護しています (DTLS)…</translation>
    </message>
    <message>
        <source>Waiting for the first video frame…</source>
        <translation>最初の映像フレームを待っています…</translation>
    </message>
    <message>
        <source>Codec: %1</source>
        <translation>コーデック: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Resolution: %1 × %2</source>
        <translation>解像度: %1 × %2</translation>
    </message>
    <message>
        <source>Frame rate: %1 fps</source>
        <translation>フレームレート: %1 fps</translation>
    </message>
    <message>
        <source>Bit rate: %1 kbit/s</source>
        <translation>ビットレート: %1 kbit/s</translation>
    </message>
    <message>
        <source>Packets lost: %1</source>
        <translation>損失パケット: %1</translation>
    </message>
    <message>
        <source>Pair: %1</source>
        <translation>ペア: %1</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>まだ不明</translation>
    </message>
    <message>
        <source>Audio: %1, %2 dB</source>
        <translation>音声: %1、%2 dB</translation>
    </message>
    <message>
        <source>No master answered on this channel. Start the master (the camera&apos;s app or the KVS sample master) on this channel, then connect again.</source>
        <translation>このチャネルではマスターが応答しませんでした。このチャネルでマスター (カメラのアプリまたは KVS のサンプルマスター) を起動してから、もう一度接続してください。</translation>
    </message>
    <message>
        <source>No video from the master — see why: %1</source>
        <translation>マスターから映像が届きません — 理由: %1</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>メディア</translation>
    </message>
    <message>
        <source>No video from the master</source>
        <translation>マスターから映像が届きません</translation>
    </message>
    <message>
        <source>Candidates offered by this viewer: %1</source>
        <translation>このビューアーが提示した候補: %1</translation>
    </message>
    <message>
        <source>Candidates offered by the master: %1</source>
        <translation>マスターが提示した候補: %1</translation>
    </message>
    <message>
        <source>Candidate pairs tried: %1</source>
        <translation>試した候補ペア: %1</translation>
    </message>
    <message>
        <source>ICE settings: relay only %1, STUN %2, TURN %3</source>
        <translation>ICE 設定: リレーのみ %1、STUN %2、TURN %3</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>on</source>
        <translation>オン</translation>
    </message>
    <message>
        <source>off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>Fill in the channel and press Connect to watch its video.</source>
        <translation>チャネルを入力し、「接続」を押すと映像が表示されます。</translation>
    </message>
    <message>
        <source>Sending the offer to the master…</source>
        <translation>マスターにオファーを送信しています…</translation>
    </message>
    <message>
        <source>Disconnected. Press Connect to watch the video again.</source>
        <translation>切断しました。もう一度映像を見るには「接続」を押してください。</translation>
    </message>
    <message>
        <source>The connection failed: no video. The panel below and the log say why.</source>
        <translation>接続に失敗しました: 映像はありません。理由は下のパネルとログに表示されます。</translation>
    </message>
    <message>
        <source>Waiting to retry the connection…</source>
        <translation>接続の再試行を待っています…</translation>
    </message>
    <message>
        <source>Connecting to the signaling channel…</source>
        <translation>シグナリングチャネルに接続しています…</translation>
    </message>
    <message>
        <source>Fetching the channel&apos;s ICE servers…</source>
        <translation>チャネルの ICE サーバーを取得しています…</translation>
    </message>
    <message>
        <source>The ICE servers could not be fetched: %1 failed: %2 %3</source>
        <translation>ICE サーバーを取得できませんでした: %1 が失敗しました: %2 %3</translation>
    </message>
    <message>
        <source>The ICE servers could not be fetched.</source>
        <translation>ICE サーバーを取得できませんでした。</translation>
    </message>
    <message>
        <source>Local addresses: %1. VPN-like interface: %2.</source>
        <translation>ローカルアドレス: %1。VPN 風のインターフェース: %2。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>(through the HTTP proxy %1)</source>
        <translation>（HTTP プロキシ %1 経由）</translation>
    </message>
    <message>
        <source>Open diagnostics</source>
        <translation>診断情報を開く</translation>
    </message>
    <message>
        <source>Diagnostics exports (*.json);;All files (*)</source>
        <translation>診断情報のエクスポート (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>These diagnostics cannot be shown</source>
        <translation>この診断情報は表示できません</translation>
    </message>
    <message>
        <source>Ask for the file made with File › Export diagnostics again, unchanged.</source>
        <translation>「ファイル › 診断情報のエクスポート」で作ったファイルを、変更せずにもう一度依頼してください。</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>ファイルを読み込めません: %1</translation>
    </message>
</context>
<context>
    <name>kvs::AwsConfigFiles</name>
    <message>
        <source>%1 cannot be read (%2); check its permissions.</source>
        <translation>%1 を読み取れません (%2)。アクセス権を確認してください。</translation>
    </message>
    <message>
        <source>%1, %2 Fix the file or point %3 elsewhere.</source>
        <translation>%1、%2 ファイルを修正するか、%3 で別のファイルを指定してください。</translation>
    </message>
    <message>
        <source>no region: set AWS_REGION, a region in the profile, or use a channel ARN.</source>
        <translation>リージョンがありません。AWS_REGION かプロファイルのリージョンを設定するか、チャネル ARN を使ってください。</translation>
    </message>
</context>
<context>
    <name>kvs::AwsHttp</name>
    <message>
        <source>the CA bundle %1 cannot be read (%2); fix AWS_CA_BUNDLE.</source>
        <translation>CA バンドル %1 を読み取れません (%2)。AWS_CA_BUNDLE を修正してください。</translation>
    </message>
    <message>
        <source>the CA bundle %1 holds no PEM certificate; fix AWS_CA_BUNDLE.</source>
        <translation>CA バンドル %1 に PEM 証明書がありません。AWS_CA_BUNDLE を修正してください。</translation>
    </message>
    <message>
        <source>HTTP %1 from %2 (%3 bytes)</source>
        <translation>%2 から HTTP %1 (%3 バイト)</translation>
    </message>
    <message>
        <source>HTTP %1 from %2
  %3</source>
        <translation>%2 から HTTP %1
  %3</translation>
    </message>
    <message>
        <source>no HTTP response from %1: %2</source>
        <translation>%1 から HTTP 応答がありません: %2</translation>
    </message>
    <message>
        <source>the answer is larger than %1 bytes and was not read</source>
        <translation>応答が %1 バイトを超えているため読み込みませんでした</translation>
    </message>
    <message>
        <source>no usable HTTP response from %1: %2</source>
        <translation>%1 から使用できる HTTP 応答がありません: %2</translation>
    </message>
</context>
<context>
    <name>kvs::ClockSkewEstimator</name>
    <message>
        <source>The local clock is %1 behind the service&apos;s.</source>
        <translation>ローカル時計がサービスより %1 遅れています。</translation>
    </message>
    <message>
        <source>The local clock is %1 ahead of the service&apos;s.</source>
        <translation>ローカル時計がサービスより %1 進んでいます。</translation>
    </message>
</context>
<context>
    <name>kvs::ConnectionController</name>
    <message>
        <source>not retryable</source>
        <translation>再試行できません</translation>
    </message>
    <message>
        <source>gave up after %1 attempts</source>
        <translation>%1 回試行した後に断念しました</translation>
    </message>
    <message>
        <source>gave up: the retry time budget ran out after %1 attempts</source>
        <translation>断念しました: %1 回の試行で再試行の時間枠を使い切りました</translation>
    </message>
    <message>
        <source>Ignored event %1 in state %2 (a bug: please report it).</source>
        <translation>状態 %2 でイベント %1 を無視しました (不具合です。報告してください)。</translation>
    </message>
    <message>
        <source>Control plane %1 (from %2), region %3, ClientId %4</source>
        <translation>コントロールプレーン %1 (%2 から)、リージョン %3、ClientId %4</translation>
    </message>
    <message>
        <source>The channel&apos;s status is %1, not ACTIVE.</source>
        <translation>チャネルの状態が ACTIVE ではなく %1 です。</translation>
    </message>
    <message numerus="yes">
        <source>%n TURN server(s)</source>
        <translation>
            <numerusform>TURN サーバー %n 台</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not refresh the ICE server config (%1); keeping the previous one.</source>
        <translation>ICE サーバー設定を更新できませんでした (%1)。以前の設定を使い続けます。</translation>
    </message>
    <message>
        <source>The service refused the WebSocket upgrade; replaying the request once to read why.</source>
        <translation>サービスが WebSocket へのアップグレードを拒否しました。理由を読み取るため、要求を 1 回だけ再送します。</translation>
    </message>
    <message>
        <source>TLS handshake with the signaling endpoint failed: %1</source>
        <translation>シグナリングエンドポイントとの TLS ハンドシェイクに失敗しました: %1</translation>
    </message>
    <message>
        <source>Could not open the WebSocket: %1</source>
        <translation>WebSocket を開けませんでした: %1</translation>
    </message>
    <message>
        <source>The connection closed during the WebSocket handshake.</source>
        <translation>WebSocket ハンドシェイク中に接続が閉じられました。</translation>
    </message>
    <message>
        <source>The connection was closed soon after opening %1 times within %2 s.</source>
        <translation>%2 秒以内に、接続が開いた直後に閉じられることが %1 回ありました。</translation>
    </message>
    <message>
        <source>Ignored a malformed message: %1 (%2)</source>
        <translation>不正な形式のメッセージを無視しました: %1 (%2)</translation>
    </message>
    <message>
        <source>The service refused message %1: %2 %3 %4</source>
        <translation>サービスがメッセージ %1 を拒否しました: %2 %3 %4</translation>
    </message>
    <message>
        <source>The service is going away (deployment): reconnecting now with a fresh endpoint.</source>
        <translation>サービスが終了します (デプロイ)。新しいエンドポイントで今すぐ再接続します。</translation>
    </message>
    <message>
        <source>The local clock was corrected to the service&apos;s time; retrying once at once.</source>
        <translation>ローカル時計をサービスの時刻に補正しました。すぐに 1 回だけ再試行します。</translation>
    </message>
    <message>
        <source>Another client is probably using the same ClientId (%1): %2</source>
        <translation>別のクライアントが同じ ClientId (%1) を使っている可能性があります: %2</translation>
    </message>
    <message>
        <source>stopped to avoid flapping</source>
        <translation>接続と切断の繰り返しを避けるため停止しました</translation>
    </message>
    <message>
        <source>Requests are signed with the service&apos;s time; fix the system clock (NTP).</source>
        <translation>要求はサービスの時刻で署名されます。システム時計を修正してください (NTP)。</translation>
    </message>
    <message>
        <source>The WebSocket upgrade was answered 101 with a wrong Sec-WebSocket-Accept: the server does not speak the WebSocket protocol (a proxy in the way, or not the signaling service).</source>
        <translation>WebSocket のアップグレードに 101 が返されましたが、Sec-WebSocket-Accept が正しくありません。サーバーは WebSocket プロトコルを話していません (間にプロキシがあるか、シグナリングサービスではありません)。</translation>
    </message>
    <message>
        <source>The WebSocket connection failed with a protocol error (code %1: %2): %3. A server that does this is broken or is not the signaling service.</source>
        <translation>WebSocket 接続がプロトコルエラーで失敗しました (コード %1: %2): %3。このような動作をするサーバーは壊れているか、シグナリングサービスではありません。</translation>
    </message>
    <message>
        <source>a malformed WebSocket frame</source>
        <translation>不正な形式の WebSocket フレーム</translation>
    </message>
    <message>
        <source>a kind of data the other end cannot take</source>
        <translation>相手側が受け付けられない種類のデータ</translation>
    </message>
    <message>
        <source>a text message that is not valid UTF-8</source>
        <translation>有効な UTF-8 ではないテキストメッセージ</translation>
    </message>
    <message>
        <source>a message larger than the limit (%1 bytes on this side)</source>
        <translation>上限を超えるメッセージ (こちら側の上限は %1 バイト)</translation>
    </message>
    <message>
        <source>Another connection with the same ClientId opened in this program just before this one was closed (%1).</source>
        <translation>このプログラム内で同じ ClientId の別の接続が開かれた直後に、この接続が閉じられました（%1）。</translation>
    </message>
    <message>
        <source>Cancelled by you: the scheduled retry was not made.</source>
        <translation>ユーザーが取り消しました: 予定されていた再試行は行われませんでした。</translation>
    </message>
    <message>
        <source>The replayed upgrade was accepted (101) and closed at once: the refusal was not repeated.</source>
        <translation>再送したアップグレード要求は受け入れられ (101)、直ちに閉じました: 拒否は再現しませんでした。</translation>
    </message>
    <message>
        <source>Replaying the upgrade to read why it was refused failed: %1</source>
        <translation>拒否の理由を読むためのアップグレード要求の再送に失敗しました: %1</translation>
    </message>
    <message>
        <source>The service refused the WebSocket upgrade; Qt did not report the HTTP status. %1</source>
        <translation>サービスが WebSocket のアップグレードを拒否しました。Qt は HTTP ステータスを報告しませんでした。%1</translation>
    </message>
    <message>
        <source>The service refused the WebSocket upgrade: HTTP %1. %2</source>
        <translation>サービスが WebSocket のアップグレードを拒否しました: HTTP %1。%2</translation>
    </message>
    <message>
        <source>%1 to %2 through the HTTP proxy %3 (from %4)</source>
        <translation>%1 から %2 へ HTTP プロキシ %3 経由（%4 による）</translation>
    </message>
    <message>
        <source>%1 to %2 without a proxy: no_proxy / NO_PROXY lists the host (%3 is set)</source>
        <translation>%1 から %2 へプロキシなし: no_proxy / NO_PROXY がこのホストを挙げています（%3 は設定済み）</translation>
    </message>
    <message>
        <source>Waiting %1 before connecting: at most 3 connects per second per channel.</source>
        <translation>接続前に %1 待機します: チャネルごとの接続は毎秒 3 回までです。</translation>
    </message>
    <message>
        <source>The WebSocket handshake got no answer within %1.</source>
        <translation>WebSocket ハンドシェイクに %1 以内の応答がありませんでした。</translation>
    </message>
    <message>
        <source>The connection was lost without a close frame (code %1) after %2.</source>
        <translation>%2 後にクローズフレームなしで接続が切れました (コード %1)。</translation>
    </message>
    <message>
        <source>The service closed the connection (code %1) after %2.</source>
        <translation>サービスが %2 後に接続を閉じました (コード %1)。</translation>
    </message>
    <message>
        <source>The service closed the connection (code %1: %2) after %3.</source>
        <translation>サービスが %3 後に接続を閉じました (コード %1: %2)。</translation>
    </message>
    <message>
        <source>No pong within %1 of a ping: the link is dead.</source>
        <translation>ping から %1 以内に pong がありません。接続は切れています。</translation>
    </message>
    <message>
        <source>Connecting with the presigned URL as given (channel %1, ClientId %2, region %3): no credentials, control-plane calls or ICE server config are used, so media can use host and STUN candidates only.</source>
        <translation>指定された署名付き URL のまま接続します (チャネル %1、ClientId %2、リージョン %3)。認証情報、コントロールプレーンの呼び出し、ICE サーバー設定は使わないため、メディアはホストと STUN の候補しか使えません。</translation>
    </message>
</context>
<context>
    <name>kvs::ConnectionForm</name>
    <message>
        <source>The channel is empty; enter a channel name or a channel ARN.</source>
        <translation>チャネルが空です。チャネル名またはチャネル ARN を入力してください。</translation>
    </message>
    <message>
        <source>Choose a profile.</source>
        <translation>プロファイルを選んでください。</translation>
    </message>
    <message>
        <source>The region is empty; a channel name needs one (for example us-west-2).</source>
        <translation>リージョンが空です。チャネル名にはリージョンが必要です (例: us-west-2)。</translation>
    </message>
    <message>
        <source>The channel ARN is in %1 but the region field says %2; the connection will use %2 and is likely to fail with ResourceNotFound.</source>
        <translation>チャネル ARN は %1 ですが、リージョン欄は %2 です。接続には %2 が使われ、ResourceNotFound で失敗する可能性が高いです。</translation>
    </message>
    <message>
        <source>The CA file cannot be read; choose a PEM file.</source>
        <translation>CA ファイルを読み取れません。PEM ファイルを選んでください。</translation>
    </message>
</context>
<context>
    <name>kvs::ConnectionPlan</name>
    <message>
        <source>The connection form is incomplete.</source>
        <translation>接続フォームの入力が不完全です。</translation>
    </message>
    <message>
        <source>Choose a region first (or give a channel ARN).</source>
        <translation>先にリージョンを選んでください (またはチャネル ARN を指定してください)。</translation>
    </message>
    <message>
        <source>This is a master&apos;s URL (ConnectAsMaster, no X-Amz-ClientId): a viewer connects only with a ConnectAsViewer URL.</source>
        <translation>これはマスターの URL です (ConnectAsMaster、X-Amz-ClientId なし)。ビューアーは ConnectAsViewer の URL でのみ接続します。</translation>
    </message>
    <message>
        <source>The URL expired at %1 by this computer&apos;s clock (signed at %2, valid for %3 s): get a freshly presigned URL and connect with it at once.</source>
        <translation>この URL は、このコンピューターの時計で %1 に期限切れになりました (署名 %2、有効期間 %3 秒)。新しく署名された URL を入手し、すぐに接続してください。</translation>
    </message>
</context>
<context>
    <name>kvs::ConnectionSetup</name>
    <message>
        <source>The file is larger than %1 KiB: not a setup.</source>
        <translation>ファイルが %1 KiB を超えています。接続設定ではありません。</translation>
    </message>
    <message>
        <source>The file is not a JSON object (%1 at byte %2).</source>
        <translation>ファイルが JSON オブジェクトではありません (%2 バイト目で %1)。</translation>
    </message>
    <message>
        <source>missing: this is not a KVS Signaling Viewer setup.</source>
        <translation>ありません。KVS Signaling Viewer の接続設定ではありません。</translation>
    </message>
    <message>
        <source>version %1 is not known here (this version reads %2): update the app.</source>
        <translation>バージョン %1 はこのアプリでは読めません (このバージョンが読めるのは %2)。アプリを更新してください。</translation>
    </message>
    <message>
        <source>must be a string.</source>
        <translation>文字列でなければなりません。</translation>
    </message>
    <message>
        <source>must be true or false.</source>
        <translation>true または false でなければなりません。</translation>
    </message>
    <message>
        <source>clientId is ignored: clientIdPolicy is &quot;install&quot; (each viewer uses its own).</source>
        <translation>clientId は無視されます。clientIdPolicy が「install」です (各ビューアーが自分の ID を使います)。</translation>
    </message>
    <message>
        <source>must be &quot;install&quot; or &quot;fixed&quot;.</source>
        <translation>「install」または「fixed」でなければなりません。</translation>
    </message>
    <message>
        <source>a profile name is needed when credentialSource is &quot;profile&quot;.</source>
        <translation>credentialSource が「profile」のときはプロファイル名が必要です。</translation>
    </message>
    <message>
        <source>must be &quot;environment&quot;, &quot;profile&quot; or &quot;manual&quot;.</source>
        <translation>「environment」「profile」「manual」のいずれかでなければなりません。</translation>
    </message>
    <message>
        <source>must be a whole number from 0 to 50.</source>
        <translation>0〜50 の整数でなければなりません。</translation>
    </message>
    <message>
        <source>must be an object.</source>
        <translation>オブジェクトでなければなりません。</translation>
    </message>
    <message>
        <source>must be &quot;any&quot;, &quot;h264&quot; or &quot;vp8&quot;.</source>
        <translation>「any」「h264」「vp8」のいずれかでなければなりません。</translation>
    </message>
    <message>
        <source>must be &quot;all&quot; or &quot;relay&quot;.</source>
        <translation>「all」または「relay」でなければなりません。</translation>
    </message>
    <message>
        <source>setups never hold keys, secrets or tokens.</source>
        <translation>接続設定にキー、シークレット、トークンを含めることはできません。</translation>
    </message>
    <message>
        <source>Unknown key ignored: media.%1</source>
        <translation>不明なキーを無視しました: media.%1</translation>
    </message>
    <message>
        <source>Unknown key ignored: %1</source>
        <translation>不明なキーを無視しました: %1</translation>
    </message>
</context>
<context>
    <name>kvs::ConnectionState</name>
    <message>
        <source>Not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>Getting credentials…</source>
        <translation>認証情報を取得しています…</translation>
    </message>
    <message>
        <source>Looking up the channel…</source>
        <translation>チャネルを検索しています…</translation>
    </message>
    <message>
        <source>Getting the signaling endpoint…</source>
        <translation>シグナリングエンドポイントを取得しています…</translation>
    </message>
    <message>
        <source>Getting ICE servers…</source>
        <translation>ICE サーバーを取得しています…</translation>
    </message>
    <message>
        <source>Signing the connection…</source>
        <translation>接続に署名しています…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続しています…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>接続済み</translation>
    </message>
    <message>
        <source>Reconnecting (the service is going away)…</source>
        <translation>再接続しています (サービスが終了します)…</translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation>再試行を待っています</translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation>切断しています…</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>切断済み</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Replaced by another client</source>
        <translation>別のクライアントに置き換えられました</translation>
    </message>
</context>
<context>
    <name>kvs::ConnectionTimeline</name>
    <message>
        <source>attempt %1 of %2</source>
        <translation>%1 / %2 回目の試行</translation>
    </message>
    <message>
        <source>attempt %1</source>
        <translation>%1 回目の試行</translation>
    </message>
    <message>
        <source>Media: %1</source>
        <translation>メディア: %1</translation>
    </message>
    <message>
        <source>Retrying in %1 (%2): %3</source>
        <translation>%1 後に再試行 (%2): %3</translation>
    </message>
</context>
<context>
    <name>kvs::ContainerCredentials</name>
    <message>
        <source>%1 is not an http:// or https:// URL.</source>
        <translation>%1 は http:// または https:// の URL ではありません。</translation>
    </message>
    <message>
        <source>%1 names the host %2 over plain http; only https://, a loopback address or 169.254.170.2, 169.254.170.23, fd00:ec2::23, localhost are allowed (as in the AWS CLI).</source>
        <translation>%1 は平文の http でホスト %2 を指定しています。使えるのは https://、ループバックアドレス、または 169.254.170.2、169.254.170.23、fd00:ec2::23、localhost だけです（AWS CLI と同じ）。</translation>
    </message>
    <message>
        <source>%1 does not form a valid URL.</source>
        <translation>%1 は有効な URL になりません。</translation>
    </message>
    <message>
        <source>AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE %1 cannot be read: %2.</source>
        <translation>AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE %1 を読み取れません: %2。</translation>
    </message>
    <message>
        <source>the container authorization token holds a line break; it is not a legal header value.</source>
        <translation>コンテナーの認可トークンに改行が含まれています。ヘッダー値として使えません。</translation>
    </message>
    <message>
        <source>the container credentials endpoint %1</source>
        <translation>コンテナー認証情報エンドポイント %1</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>the container credentials endpoint %1 (from %2) failed %3 times; last: %4</source>
        <translation>コンテナー認証情報エンドポイント %1（%2 による）が %3 回失敗しました。最後: %4</translation>
    </message>
</context>
<context>
    <name>kvs::ControlPlaneClient</name>
    <message>
        <source>Unexpected answer from the service: %1.</source>
        <translation>サービスから予期しない応答がありました: %1。</translation>
    </message>
    <message>
        <source>the body is not a JSON object</source>
        <translation>本文が JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>ChannelInfo.ChannelARN is missing or invalid</source>
        <translation>ChannelInfo.ChannelARN がないか、無効です</translation>
    </message>
    <message>
        <source>ResourceEndpointList lacks the WSS or the HTTPS endpoint</source>
        <translation>ResourceEndpointList に WSS または HTTPS のエンドポイントがありません</translation>
    </message>
    <message>
        <source>the WSS endpoint is unusable: %1</source>
        <translation>WSS エンドポイントを使用できません: %1</translation>
    </message>
    <message>
        <source>the HTTPS endpoint is unusable: %1</source>
        <translation>HTTPS エンドポイントを使用できません: %1</translation>
    </message>
    <message>
        <source>IceServerList is missing</source>
        <translation>IceServerList がありません</translation>
    </message>
    <message>
        <source>%1 got no answer within %2 ms.</source>
        <translation>%1 に %2 ms 以内の応答がありませんでした。</translation>
    </message>
    <message>
        <source>%1 was cancelled.</source>
        <translation>%1 はキャンセルされました。</translation>
    </message>
    <message>
        <source>%1: TLS handshake with %2 failed: %3</source>
        <translation>%1: %2 との TLS ハンドシェイクに失敗しました: %3</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 に失敗しました: %2</translation>
    </message>
    <message>
        <source>%1 failed: HTTP %2</source>
        <translation>%1 に失敗しました: HTTP %2</translation>
    </message>
    <message>
        <source> (request id %1)</source>
        <translation> (リクエスト ID %1)</translation>
    </message>
    <message>
        <source>%1: the answer from %2 is larger than %3 bytes and was not read (a broken endpoint, or not the signaling service).</source>
        <translation>%1: %2 からの応答が %3 バイトを超えているため読み込みませんでした (壊れたエンドポイントか、シグナリングサービスではありません)。</translation>
    </message>
    <message>
        <source>ChannelInfoList is missing</source>
        <translation>ChannelInfoList がありません</translation>
    </message>
</context>
<context>
    <name>kvs::ControlPlaneEndpoint</name>
    <message>
        <source>profile %1 names services %2, but the config file has no [services %2] section.</source>
        <translation>プロファイル %1 は services %2 を指定していますが、config ファイルに [services %2] セクションがありません。</translation>
    </message>
    <message>
        <source>%1 and FIPS (from %2) exclude each other: a custom endpoint is not a FIPS endpoint.</source>
        <translation>%1 と FIPS（%2 による）は同時に使えません。カスタムエンドポイントは FIPS エンドポイントではありません。</translation>
    </message>
    <message>
        <source>%1 and dual-stack (from %2) exclude each other: a custom endpoint is used as given.</source>
        <translation>%1 とデュアルスタック（%2 による）は同時に使えません。カスタムエンドポイントは指定どおりに使われます。</translation>
    </message>
</context>
<context>
    <name>kvs::CredentialChain</name>
    <message>
        <source>AWS_SECRET_ACCESS_KEY: not set, but AWS_ACCESS_KEY_ID is; set both.</source>
        <translation>AWS_SECRET_ACCESS_KEY が未設定ですが、AWS_ACCESS_KEY_ID は設定されています。両方を設定してください。</translation>
    </message>
    <message>
        <source>aws_access_key_id is set but aws_secret_access_key is not; set both.</source>
        <translation>aws_access_key_id は設定されていますが aws_secret_access_key がありません。両方を設定してください。</translation>
    </message>
    <message>
        <source>credentials from %1 expire at %2: fetching new ones</source>
        <translation>%1 の認証情報は %2 に期限切れになります。新しい認証情報を取得します</translation>
    </message>
    <message>
        <source>credentials: %1 (access key %2), %3</source>
        <translation>認証情報: %1 (アクセスキー %2)、%3</translation>
    </message>
    <message>
        <source>expire at %1</source>
        <translation>%1 に期限切れ</translation>
    </message>
    <message>
        <source>do not expire</source>
        <translation>期限なし</translation>
    </message>
    <message>
        <source>refreshing credentials failed (%1); the current ones are still valid until %2</source>
        <translation>認証情報の更新に失敗しました (%1)。現在の認証情報は %2 まで有効です</translation>
    </message>
    <message>
        <source>no credentials: %1</source>
        <translation>認証情報がありません: %1</translation>
    </message>
    <message>
        <source>using the environment&apos;s AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY</source>
        <translation>環境変数の AWS_ACCESS_KEY_ID と AWS_SECRET_ACCESS_KEY を使用します</translation>
    </message>
    <message>
        <source>--profile %1 given: the environment&apos;s keys (if any) are not used</source>
        <translation>--profile %1 が指定されたため、環境変数のキー (あれば) は使いません</translation>
    </message>
    <message>
        <source>the profile &quot;%1&quot; (from %2) is in neither %3 nor %4; check the name.</source>
        <translation>プロファイル「%1」(%2 による指定) は %3 にも %4 にもありません。名前を確認してください。</translation>
    </message>
    <message>
        <source>using profile %1 (chosen by %2)</source>
        <translation>プロファイル %1 を使用します (%2 による指定)</translation>
    </message>
    <message>
        <source>the profiles&apos; source_profile settings form a loop (%1); break it.</source>
        <translation>プロファイルの source_profile 設定が循環しています (%1)。循環を解消してください。</translation>
    </message>
    <message>
        <source>the profile &quot;%1&quot; (source_profile of %2) is in neither %3 nor %4.</source>
        <translation>プロファイル「%1」(%2 の source_profile) は %3 にも %4 にもありません。</translation>
    </message>
    <message>
        <source>mfa_serial needs a code typed at each sign-in, which this app cannot ask for; use a profile without MFA or SSO.</source>
        <translation>mfa_serial はサインインのたびにコード入力が必要ですが、このアプリでは入力できません。MFA のないプロファイルか SSO を使ってください。</translation>
    </message>
    <message>
        <source>duration_seconds must be a whole number from 900 to 43200.</source>
        <translation>duration_seconds は 900 から 43200 までの整数でなければなりません。</translation>
    </message>
    <message>
        <source>has both source_profile and credential_source; keep one.</source>
        <translation>に source_profile と credential_source の両方があります。どちらか一方だけにしてください。</translation>
    </message>
    <message>
        <source>profile %1: AssumeRole %2 at %3 with credentials from %4</source>
        <translation>プロファイル %1: %4 の認証情報で %3 に AssumeRole %2</translation>
    </message>
    <message>
        <source>credential_source is Environment, but AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set.</source>
        <translation>credential_source は Environment ですが、AWS_ACCESS_KEY_ID と AWS_SECRET_ACCESS_KEY が設定されていません。</translation>
    </message>
    <message>
        <source>has role_arn but neither source_profile nor credential_source; add one.</source>
        <translation>に role_arn がありますが、source_profile も credential_source もありません。どちらかを追加してください。</translation>
    </message>
    <message>
        <source>sso_session %1 has no [sso-session %1] section in %2.</source>
        <translation>sso_session %1 に対応する [sso-session %1] セクションが %2 にありません。</translation>
    </message>
    <message>
        <source>an SSO profile needs %1; run `aws configure sso --profile %2`.</source>
        <translation>SSO プロファイルには %1 が必要です。`aws configure sso --profile %2` を実行してください。</translation>
    </message>
    <message>
        <source>profile %1: SSO GetRoleCredentials for role %2 in account %3</source>
        <translation>プロファイル %1: アカウント %3 のロール %2 に SSO GetRoleCredentials</translation>
    </message>
    <message>
        <source>profile %1: running credential_process %2</source>
        <translation>プロファイル %1: credential_process %2 を実行しています</translation>
    </message>
    <message>
        <source>credential_process did not finish within %1 seconds; check the helper (does it wait for input?).</source>
        <translation>credential_process が %1 秒以内に終了しませんでした。ヘルパーを確認してください (入力を待っていませんか?)。</translation>
    </message>
    <message>
        <source>credential_process could not be started: %1.</source>
        <translation>credential_process を起動できませんでした: %1。</translation>
    </message>
    <message>
        <source>credential_process exited with status %1: %2</source>
        <translation>credential_process が状態 %1 で終了しました: %2</translation>
    </message>
    <message>
        <source>(nothing on stderr)</source>
        <translation>(stderr への出力なし)</translation>
    </message>
    <message>
        <source>credential_process returned credentials that expired at %1.</source>
        <translation>credential_process が返した認証情報は %1 に期限切れになっています。</translation>
    </message>
    <message>
        <source>AWS_CREDENTIAL_EXPIRATION: not an ISO-8601 time with a zone (e.g. 2026-01-01T12:00:00Z).</source>
        <translation>AWS_CREDENTIAL_EXPIRATION: タイムゾーン付きの ISO-8601 時刻ではありません（例: 2026-01-01T12:00:00Z）。</translation>
    </message>
    <message>
        <source>the environment&apos;s credentials expired at %1 (AWS_CREDENTIAL_EXPIRATION); get new ones.</source>
        <translation>環境変数の認証情報は %1 に期限切れになりました（AWS_CREDENTIAL_EXPIRATION）。新しいものを取得してください。</translation>
    </message>
    <message>
        <source>temporary, with no expiration given</source>
        <translation>一時的（有効期限の指定なし）</translation>
    </message>
    <message>
        <source>no AWS_ACCESS_KEY_ID and no default profile in %1 or %2</source>
        <translation>AWS_ACCESS_KEY_ID がなく、%1 にも %2 にも default プロファイルがありません</translation>
    </message>
    <message>
        <source>profile %1: holds no credentials</source>
        <translation>プロファイル %1: 認証情報がありません</translation>
    </message>
    <message>
        <source>this kind of credentials (login_session) is not supported; use static keys, credential_process, role_arn, web identity or SSO.</source>
        <translation>この種類の認証情報（login_session）はサポートされていません。静的キー、credential_process、role_arn、Web ID、または SSO を使ってください。</translation>
    </message>
    <message>
        <source>is a source_profile but holds no credentials: set aws_access_key_id and aws_secret_access_key, credential_process, role_arn, web_identity_token_file or sso_session.</source>
        <translation>は source_profile ですが認証情報がありません。aws_access_key_id と aws_secret_access_key、credential_process、role_arn、web_identity_token_file、または sso_session を設定してください。</translation>
    </message>
    <message>
        <source>the source_profile chain is longer than %1 profiles.</source>
        <translation>source_profile の連鎖が %1 プロファイルを超えています。</translation>
    </message>
    <message>
        <source>web identity: AssumeRoleWithWebIdentity %1 at %2 with the token in %3 (from %4)</source>
        <translation>Web ID: %2 で AssumeRoleWithWebIdentity %1（トークンは %3、%4 による）</translation>
    </message>
    <message>
        <source>container credentials from %1 (%2)</source>
        <translation>%1 からのコンテナー認証情報（%2）</translation>
    </message>
    <message>
        <source>container credentials (%1)</source>
        <translation>コンテナー認証情報（%1）</translation>
    </message>
    <message>
        <source>no credentials (%1): set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or configure a profile in ~/.aws/config or ~/.aws/credentials and choose it with --profile or AWS_PROFILE.</source>
        <translation>認証情報がありません（%1）。AWS_ACCESS_KEY_ID と AWS_SECRET_ACCESS_KEY を設定するか、~/.aws/config または ~/.aws/credentials にプロファイルを作り、--profile または AWS_PROFILE で選んでください。</translation>
    </message>
    <message>
        <source>AWS_SECRET_ACCESS_KEY is set but AWS_ACCESS_KEY_ID is not set, so the environment&apos;s keys are ignored (as by the AWS CLI).</source>
        <translation>AWS_SECRET_ACCESS_KEY は設定されていますが AWS_ACCESS_KEY_ID が設定されていないため、環境変数のキーは無視されます（AWS CLI と同じ）。</translation>
    </message>
    <message>
        <source>(EC2 instance metadata: off by AWS_EC2_METADATA_DISABLED)</source>
        <translation>（EC2 インスタンスメタデータ: AWS_EC2_METADATA_DISABLED により無効）</translation>
    </message>
    <message>
        <source>EC2 instance metadata at %1 (%2), %3 ms timeout</source>
        <translation>EC2 インスタンスメタデータ %1（%2）、タイムアウト %3 ms</translation>
    </message>
    <message>
        <source>credential_source is EcsContainer, but neither AWS_CONTAINER_CREDENTIALS_RELATIVE_URI nor AWS_CONTAINER_CREDENTIALS_FULL_URI is set.</source>
        <translation>credential_source は EcsContainer ですが、AWS_CONTAINER_CREDENTIALS_RELATIVE_URI も AWS_CONTAINER_CREDENTIALS_FULL_URI も設定されていません。</translation>
    </message>
    <message>
        <source>credential_source is Ec2InstanceMetadata, but AWS_EC2_METADATA_DISABLED is true.</source>
        <translation>credential_source は Ec2InstanceMetadata ですが、AWS_EC2_METADATA_DISABLED が true です。</translation>
    </message>
    <message>
        <source>credential_source %1 is not one of Environment, Ec2InstanceMetadata or EcsContainer.</source>
        <translation>credential_source %1 は Environment、Ec2InstanceMetadata、EcsContainer のいずれでもありません。</translation>
    </message>
</context>
<context>
    <name>kvs::CredentialInspector</name>
    <message>
        <source>No AWS config files: neither HOME nor AWS_CONFIG_FILE is set.</source>
        <translation>AWS 設定ファイルがありません。HOME も AWS_CONFIG_FILE も設定されていません。</translation>
    </message>
    <message>
        <source>No profiles in %1 or %2.</source>
        <translation>%1 にも %2 にもプロファイルがありません。</translation>
    </message>
    <message>
        <source>Profiles from %1 and %2 (%3 found).</source>
        <translation>%1 と %2 のプロファイル (%3 個見つかりました)。</translation>
    </message>
</context>
<context>
    <name>kvs::CredentialProcess</name>
    <message>
        <source>the credential_process output %1; it must print JSON with &quot;Version&quot;: 1, AccessKeyId and SecretAccessKey.</source>
        <translation>credential_process の出力が不正です (%1)。&quot;Version&quot;: 1、AccessKeyId、SecretAccessKey を含む JSON を出力する必要があります。</translation>
    </message>
    <message>
        <source>credential_process ends with a lone backslash.</source>
        <translation>credential_process が単独のバックスラッシュで終わっています。</translation>
    </message>
    <message>
        <source>credential_process has a quote that is never closed.</source>
        <translation>credential_process に閉じられていない引用符があります。</translation>
    </message>
    <message>
        <source>credential_process is empty.</source>
        <translation>credential_process が空です。</translation>
    </message>
    <message>
        <source>is not a JSON object</source>
        <translation>JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>has no &quot;Version&quot;: 1</source>
        <translation>&quot;Version&quot;: 1 がありません</translation>
    </message>
    <message>
        <source>lacks AccessKeyId or SecretAccessKey</source>
        <translation>AccessKeyId または SecretAccessKey がありません</translation>
    </message>
    <message>
        <source>has an invalid %1 (%2)</source>
        <translation>%1 が無効です (%2)</translation>
    </message>
    <message>
        <source>has an Expiration that is not an ISO-8601 time with a zone</source>
        <translation>Expiration がタイムゾーン付きの ISO-8601 時刻ではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not found in PATH</source>
        <translation>「%1」が PATH に見つかりません</translation>
    </message>
    <message>
        <source>it did not finish in time and was stopped</source>
        <translation>時間内に終了しなかったため停止しました</translation>
    </message>
</context>
<context>
    <name>kvs::DemoSession</name>
    <message>
        <source>The demo cannot create its temporary directory.</source>
        <translation>デモ用の一時ディレクトリを作成できません。</translation>
    </message>
    <message>
        <source>The demo cannot write its CA certificate.</source>
        <translation>デモ用の CA 証明書を書き込めません。</translation>
    </message>
</context>
<context>
    <name>kvs::DiagnosticsFile</name>
    <message>
        <source>The file is larger than %1 MiB: not a diagnostics export.</source>
        <translation>ファイルが %1 MiB を超えています。診断情報のエクスポートではありません。</translation>
    </message>
    <message>
        <source>The file is not JSON (%1 at byte %2).</source>
        <translation>ファイルが JSON ではありません (%2 バイト目で %1)。</translation>
    </message>
    <message>
        <source>The file is JSON but not an object: not a diagnostics export.</source>
        <translation>ファイルは JSON ですがオブジェクトではありません。診断情報のエクスポートではありません。</translation>
    </message>
    <message>
        <source>The file has no &quot;events&quot; list: not a diagnostics export of this app.</source>
        <translation>ファイルに「events」リストがありません。このアプリの診断情報のエクスポートではありません。</translation>
    </message>
</context>
<context>
    <name>kvs::Duration</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ミリ秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
</context>
<context>
    <name>kvs::EngineEvent</name>
    <message>
        <source>%1: %2%3</source>
        <translation>%1: %2%3</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>状態: %1</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source> (request id %1)</source>
        <translation> (リクエスト ID %1)</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>Clock skew: %1 ms</source>
        <translation>時計のずれ: %1 ms</translation>
    </message>
    <message>
        <source>Clock skew: %1</source>
        <translation>時計のずれ: %1</translation>
    </message>
    <message>
        <source>Error %1: %2 %3</source>
        <translation>エラー %1: %2 %3</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>Summary: %1</source>
        <translation>概要: %1</translation>
    </message>
    <message>
        <source>started</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Media: %1: %2%3</source>
        <translation>メディア: %1: %2%3</translation>
    </message>
    <message>
        <source>Peer connection: %1</source>
        <translation>ピア接続: %1</translation>
    </message>
    <message>
        <source>ICE: %1</source>
        <translation>ICE: %1</translation>
    </message>
    <message>
        <source>%1 candidate %2/%3 %4:%5</source>
        <translation>%1の候補 %2/%3 %4:%5</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>ローカル</translation>
    </message>
    <message>
        <source>Master&apos;s</source>
        <translation>マスター</translation>
    </message>
    <message>
        <source>Media: %1</source>
        <translation>メディア: %1</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Retry %1 in %2: %3</source>
        <translation>%2 後に再試行 %1: %3</translation>
    </message>
    <message>
        <source>Run %1 · %2 · %3</source>
        <translation>実行 %1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>kvs::FailureExplainer</name>
    <message>
        <source>%1 minutes</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>your clock is %1 ahead of AWS&apos;s</source>
        <translation>お使いの時計が AWS より %1 進んでいる</translation>
    </message>
    <message>
        <source>your clock is %1 behind AWS&apos;s</source>
        <translation>お使いの時計が AWS より %1 遅れている</translation>
    </message>
    <message>
        <source>Access denied: your clock is off</source>
        <translation>アクセス拒否: 時計がずれています</translation>
    </message>
    <message>
        <source>AWS rejected the signature because %1.</source>
        <translation>%1ため、AWS が署名を拒否しました。</translation>
    </message>
    <message>
        <source>AWS rejected the signature because it was made too far from AWS&apos;s time (more than 5 minutes).</source>
        <translation>署名時刻が AWS の時刻から離れすぎている (5 分超) ため、AWS が署名を拒否しました。</translation>
    </message>
    <message>
        <source>Set your computer&apos;s clock automatically (for example: timedatectl set-ntp true).</source>
        <translation>コンピューターの時計を自動で合わせるようにしてください (例: timedatectl set-ntp true)。</translation>
    </message>
    <message>
        <source>The viewer already signs with the corrected time and retried once.</source>
        <translation>ビューアーは補正済みの時刻で署名し、1 回再試行しました。</translation>
    </message>
    <message>
        <source>Access denied: the credentials have expired</source>
        <translation>アクセス拒否: 認証情報の期限が切れています</translation>
    </message>
    <message>
        <source>The session token of these credentials is expired or invalid.</source>
        <translation>この認証情報のセッショントークンは期限切れか無効です。</translation>
    </message>
    <message>
        <source>Get fresh credentials: run `aws sso login` for an SSO profile, or renew the session token.</source>
        <translation>新しい認証情報を取得してください。SSO プロファイルなら `aws sso login` を実行し、それ以外はセッショントークンを更新してください。</translation>
    </message>
    <message>
        <source>Then connect again.</source>
        <translation>その後、もう一度接続してください。</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>アクセス拒否</translation>
    </message>
    <message>
        <source>These credentials are not allowed to do this.</source>
        <translation>この認証情報にはこの操作が許可されていません。</translation>
    </message>
    <message>
        <source>These credentials are not allowed to call %1 on this channel.</source>
        <translation>この認証情報には、このチャネルで %1 を呼び出す権限がありません。</translation>
    </message>
    <message>
        <source>Ask your AWS administrator to grant the viewer permissions (policy below).</source>
        <translation>AWS 管理者にビューアーの権限を付与するよう依頼してください (ポリシーは下記)。</translation>
    </message>
    <message>
        <source>Grant %1 on the channel to this identity (a minimal policy is below).</source>
        <translation>この ID にチャネルに対する %1 を許可してください (最小限のポリシーは下記)。</translation>
    </message>
    <message>
        <source>Check that you use the intended profile or keys (kvs-viewer-cli whoami).</source>
        <translation>意図したプロファイルまたはキーを使っているか確認してください (kvs-viewer-cli whoami)。</translation>
    </message>
    <message>
        <source>If the keys are new, wait a minute: IAM changes take a moment to apply.</source>
        <translation>キーを作成したばかりなら 1 分ほど待ってください。IAM の変更が反映されるまで少し時間がかかります。</translation>
    </message>
    <message>
        <source>Channel not found</source>
        <translation>チャネルが見つかりません</translation>
    </message>
    <message>
        <source>AWS has no such signaling channel.</source>
        <translation>そのようなシグナリングチャネルは AWS にありません。</translation>
    </message>
    <message>
        <source>AWS has no such signaling channel in %1.</source>
        <translation>%1 にそのようなシグナリングチャネルは AWS にありません。</translation>
    </message>
    <message>
        <source>Check the region: a channel exists in one region only (the ARN&apos;s fourth part).</source>
        <translation>リージョンを確認してください。チャネルは 1 つのリージョンにしか存在しません (ARN の 4 番目の部分)。</translation>
    </message>
    <message>
        <source>Check the account: the credentials must belong to the account in the ARN (kvs-viewer-cli whoami).</source>
        <translation>アカウントを確認してください。認証情報は ARN のアカウントのものである必要があります (kvs-viewer-cli whoami)。</translation>
    </message>
    <message>
        <source>Check the channel&apos;s name and that it was not deleted.</source>
        <translation>チャネル名と、チャネルが削除されていないことを確認してください。</translation>
    </message>
    <message>
        <source>Throttled: too many viewers or connects</source>
        <translation>スロットリング: ビューアーまたは接続が多すぎます</translation>
    </message>
    <message>
        <source>The channel already has the maximum number of viewers (10), or viewers connect more than 3 times a second.</source>
        <translation>チャネルのビューアー数が上限 (10) に達しているか、ビューアーの接続が毎秒 3 回を超えています。</translation>
    </message>
    <message>
        <source>The viewer retries with growing pauses; wait, or close other viewers of this channel.</source>
        <translation>ビューアーは間隔を広げながら再試行します。待つか、このチャネルの他のビューアーを閉じてください。</translation>
    </message>
    <message>
        <source>Keep one ClientId per install: every new id keeps counting until it times out.</source>
        <translation>インストールごとに 1 つの ClientId を使い続けてください。新しい ID はタイムアウトするまで数に含まれます。</translation>
    </message>
    <message>
        <source>A parameter was rejected</source>
        <translation>パラメーターが拒否されました</translation>
    </message>
    <message>
        <source>AWS rejected a parameter of the request.</source>
        <translation>AWS が要求のパラメーターを拒否しました。</translation>
    </message>
    <message>
        <source>AWS rejected a parameter: %1</source>
        <translation>AWS がパラメーターを拒否しました: %1</translation>
    </message>
    <message>
        <source>Check the ClientId (1–256 of A–Z a–z 0–9 _ . -, not starting with AWS_) and the channel ARN.</source>
        <translation>ClientId (A–Z a–z 0–9 _ . - の 1～256 文字、AWS_ で始まらないこと) とチャネル ARN を確認してください。</translation>
    </message>
    <message>
        <source>Unknown access key</source>
        <translation>不明なアクセスキー</translation>
    </message>
    <message>
        <source>AWS does not know this access key id, or its session token does not belong to it.</source>
        <translation>AWS はこのアクセスキー ID を認識していないか、セッショントークンがこのキーのものではありません。</translation>
    </message>
    <message>
        <source>Check the access key id and session token, or choose another profile.</source>
        <translation>アクセスキー ID とセッショントークンを確認するか、別のプロファイルを選んでください。</translation>
    </message>
    <message>
        <source>Signature does not match</source>
        <translation>署名が一致しません</translation>
    </message>
    <message>
        <source>The secret access key does not belong to this access key id.</source>
        <translation>シークレットアクセスキーがこのアクセスキー ID のものではありません。</translation>
    </message>
    <message>
        <source>Paste the secret access key again, without spaces.</source>
        <translation>シークレットアクセスキーを空白を含めずにもう一度貼り付けてください。</translation>
    </message>
    <message>
        <source>The credentials have expired</source>
        <translation>認証情報の期限が切れています</translation>
    </message>
    <message>
        <source>The session token has expired.</source>
        <translation>セッショントークンの期限が切れています。</translation>
    </message>
    <message>
        <source>Get fresh credentials (for SSO: aws sso login), then connect again.</source>
        <translation>新しい認証情報を取得してから (SSO の場合: aws sso login)、もう一度接続してください。</translation>
    </message>
    <message>
        <source>Replaced by another client</source>
        <translation>別のクライアントに置き換えられました</translation>
    </message>
    <message>
        <source>Another viewer with the same ClientId keeps taking this connection over.</source>
        <translation>同じ ClientId を持つ別のビューアーがこの接続を繰り返し奪っています。</translation>
    </message>
    <message>
        <source>Close the other app or tool that uses this ClientId, or choose New id.</source>
        <translation>この ClientId を使っている他のアプリやツールを閉じるか、「新規 ID」を選んでください。</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>セキュアな接続に失敗しました</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified.</source>
        <translation>サーバーの証明書を検証できませんでした。</translation>
    </message>
    <message>
        <source>For a private endpoint, choose its CA file under Advanced (or set AWS_CA_BUNDLE).</source>
        <translation>プライベートエンドポイントの場合は、「詳細設定」で CA ファイルを選んでください (または AWS_CA_BUNDLE を設定)。</translation>
    </message>
    <message>
        <source>Network problem</source>
        <translation>ネットワークの問題</translation>
    </message>
    <message>
        <source>The service could not be reached.</source>
        <translation>サービスに接続できませんでした。</translation>
    </message>
    <message>
        <source>Check the network connection, proxy and any endpoint override.</source>
        <translation>ネットワーク接続、プロキシ、エンドポイントの上書き設定を確認してください。</translation>
    </message>
    <message>
        <source>The viewer retries by itself.</source>
        <translation>ビューアーは自動で再試行します。</translation>
    </message>
    <message>
        <source>The service had a problem</source>
        <translation>サービスで問題が発生しました</translation>
    </message>
    <message>
        <source>AWS answered %1 %2.</source>
        <translation>AWS の応答は %1 %2 でした。</translation>
    </message>
    <message>
        <source>The viewer retries by itself; if it persists, check the AWS Health Dashboard.</source>
        <translation>ビューアーは自動で再試行します。解決しない場合は AWS Health Dashboard を確認してください。</translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation>接続に失敗しました</translation>
    </message>
    <message>
        <source>The service answered %1.</source>
        <translation>サービスの応答は %1 でした。</translation>
    </message>
    <message>
        <source>Export diagnostics and share them with support (they contain no secrets).</source>
        <translation>診断情報をエクスポートしてサポートに共有してください (秘密情報は含まれません)。</translation>
    </message>
    <message>
        <source>AWS has no signaling channel named %1 in account %2, region %3.</source>
        <translation>AWS のアカウント %2、リージョン %3 には %1 という名前のシグナリングチャネルがありません。</translation>
    </message>
    <message numerus="yes">
        <source>The viewer tried %n time(s) and gave up; Connect tries again.</source>
        <translation>
            <numerusform>ビューアーは %n 回試行して中止しました。「接続」で再度試行します。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The viewer retried with growing pauses %n time(s) and gave up; wait, or close other viewers of this channel, then connect again.</source>
        <translation>
            <numerusform>ビューアーは間隔を広げながら %n 回再試行して中止しました。しばらく待つか、このチャネルの他のビューアーを閉じてから、もう一度接続してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>If it persists, check the AWS Health Dashboard.</source>
        <translation>解決しない場合は AWS Health Dashboard を確認してください。</translation>
    </message>
    <message>
        <source>Refused for an unknown reason</source>
        <translation>不明な理由で拒否されました</translation>
    </message>
    <message>
        <source>The service answered HTTP 400 without an error type.</source>
        <translation>サービスはエラータイプなしで HTTP 400 を返しました。</translation>
    </message>
    <message>
        <source>Check the channel ARN and the ClientId, in case a parameter was refused.</source>
        <translation>パラメーターが拒否された可能性があるため、チャネル ARN と ClientId を確認してください。</translation>
    </message>
    <message>
        <source>Ask your AWS administrator to grant the viewer permissions (kvs-viewer-cli check-access prints a minimal policy).</source>
        <translation>AWS 管理者にビューアーの権限を付与するよう依頼してください (kvs-viewer-cli check-access が最小限のポリシーを出力します)。</translation>
    </message>
    <message>
        <source>Grant %1 on the channel to this identity (kvs-viewer-cli check-access prints a minimal policy).</source>
        <translation>このアイデンティティにチャネルに対する %1 を許可してください (kvs-viewer-cli check-access が最小限のポリシーを出力します)。</translation>
    </message>
    <message>
        <source>Check that the form uses the intended profile or keys (its Credentials line says where they come from).</source>
        <translation>フォームが意図したプロファイルまたはキーを使っているか確認してください (認証情報の行に取得元が表示されます)。</translation>
    </message>
    <message>
        <source>Close the other app or tool that uses this ClientId, or pass another --client-id.</source>
        <translation>この ClientId を使っている他のアプリやツールを閉じるか、別の --client-id を指定してください。</translation>
    </message>
    <message>
        <source>For a private endpoint, pass its CA file with --ca-file (or set AWS_CA_BUNDLE).</source>
        <translation>プライベートエンドポイントの場合は、その CA ファイルを --ca-file で指定してください (または AWS_CA_BUNDLE を設定します)。</translation>
    </message>
    <message>
        <source>The service named no cause. Connect again later; if it persists, report the status, headers, body and request id above to AWS Support.</source>
        <translation>サービスは原因を示しませんでした。後でもう一度接続してください。続く場合は上記のステータス、ヘッダー、本文、リクエスト ID を AWS サポートに報告してください。</translation>
    </message>
    <message>
        <source>Access denied: the presigned URL is expired or not yet valid</source>
        <translation>アクセス拒否: 署名付き URL の有効期限が切れているか、まだ有効ではありません</translation>
    </message>
    <message>
        <source>AWS rejected the URL&apos;s signature time. This viewer connects with the URL exactly as given and cannot sign it again.</source>
        <translation>AWS が URL の署名時刻を拒否しました。このビューアーは指定された URL をそのまま使って接続するため、署名し直すことはできません。</translation>
    </message>
    <message>
        <source>Get a freshly presigned URL (it works from X-Amz-Date for X-Amz-Expires seconds) and connect with it at once.</source>
        <translation>新しく署名された URL を取得し (X-Amz-Date から X-Amz-Expires 秒間有効です)、すぐに接続してください。</translation>
    </message>
    <message>
        <source>If a fresh URL is refused the same way, the clock of the computer that signed it is off.</source>
        <translation>新しい URL でも同じように拒否される場合は、署名したコンピューターの時計がずれています。</translation>
    </message>
</context>
<context>
    <name>kvs::HandshakeDiagnostics</name>
    <message>
        <source>The WebSocket handshake was refused and replaying it failed: %1</source>
        <translation>WebSocket ハンドシェイクが拒否され、再送にも失敗しました: %1</translation>
    </message>
    <message>
        <source>The WebSocket handshake was refused: HTTP %1</source>
        <translation>WebSocket ハンドシェイクが拒否されました: HTTP %1</translation>
    </message>
    <message>
        <source> (request id %1)</source>
        <translation> (リクエスト ID %1)</translation>
    </message>
    <message>
        <source>A connection parameter was refused: check the channel ARN and the ClientId.</source>
        <translation>接続パラメーターが拒否されました。チャネル ARN と ClientId を確認してください。</translation>
    </message>
    <message>
        <source>Check that the credentials are valid and not expired, and that the IAM policy allows kinesisvideo:ConnectAsViewer on this channel.</source>
        <translation>認証情報が有効で期限切れでないこと、および IAM ポリシーがこのチャネルで kinesisvideo:ConnectAsViewer を許可していることを確認してください。</translation>
    </message>
    <message>
        <source>The signature was too old for the service: the local clock is probably behind. Synchronise the clock (NTP); the next attempt signs with the service&apos;s time.</source>
        <translation>署名がサービスにとって古すぎました。ローカル時計が遅れている可能性があります。時計を同期してください (NTP)。次の試行ではサービスの時刻で署名します。</translation>
    </message>
    <message>
        <source>The signature was in the service&apos;s future: the local clock is probably ahead. Synchronise the clock (NTP); the next attempt signs with the service&apos;s time.</source>
        <translation>署名がサービスから見て未来の時刻でした。ローカル時計が進んでいる可能性があります。時計を同期してください (NTP)。次の試行ではサービスの時刻で署名します。</translation>
    </message>
    <message>
        <source>The channel was not found: check its name or ARN, the region and the account.</source>
        <translation>チャネルが見つかりません。名前または ARN、リージョン、アカウントを確認してください。</translation>
    </message>
    <message>
        <source>Too many connects per second, or the channel already has its maximum of viewers (10); retrying with backoff.</source>
        <translation>毎秒の接続が多すぎるか、チャネルのビューアー数が上限 (10) に達しています。間隔を空けて再試行します。</translation>
    </message>
    <message>
        <source>The service had an internal error; retrying with backoff.</source>
        <translation>サービスで内部エラーが発生しました。間隔を空けて再試行します。</translation>
    </message>
    <message>
        <source>Unexpected HTTP status on the WebSocket handshake.</source>
        <translation>WebSocket ハンドシェイクで予期しない HTTP ステータスを受け取りました。</translation>
    </message>
    <message>
        <source>Check the network connection, proxy and TLS trust (--ca-file).</source>
        <translation>ネットワーク接続、プロキシ、TLS の信頼設定 (--ca-file) を確認してください。</translation>
    </message>
    <message>
        <source>Something that is not the signaling service answers on this endpoint (a proxy or another server): check the endpoint and any proxy in between.</source>
        <translation>このエンドポイントではシグナリングサービス以外のもの (プロキシや別のサーバー) が応答しています。エンドポイントと間にあるプロキシを確認してください。</translation>
    </message>
    <message>
        <source>It names no error type, so the cause is unknown.</source>
        <translation>エラータイプが示されていないため、原因は不明です。</translation>
    </message>
    <message>
        <source>Body: %1</source>
        <translation>本文: %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Headers: %1</source>
        <translation>ヘッダー: %1</translation>
    </message>
    <message>
        <source>HTTP 400 without an error type: the cause is unknown (no public source explains it). Retried once; check the status, headers and body above.</source>
        <translation>エラータイプのない HTTP 400: 原因は不明です（公開情報に説明がありません）。1 回だけ再試行しました。上記のステータス、ヘッダー、本文を確認してください。</translation>
    </message>
</context>
<context>
    <name>kvs::IceCandidate</name>
    <message>
        <source>Invalid ICE candidate: %1.</source>
        <translation>無効な ICE 候補です: %1。</translation>
    </message>
    <message>
        <source>it does not start with &quot;candidate:&quot;</source>
        <translation>「candidate:」で始まっていません</translation>
    </message>
    <message>
        <source>fewer than 8 fields</source>
        <translation>フィールドが 8 個未満です</translation>
    </message>
    <message>
        <source>bad foundation</source>
        <translation>foundation が不正です</translation>
    </message>
    <message>
        <source>bad component id</source>
        <translation>コンポーネント ID が不正です</translation>
    </message>
    <message>
        <source>unknown transport (expected udp or tcp)</source>
        <translation>不明なトランスポートです (udp または tcp が必要です)</translation>
    </message>
    <message>
        <source>bad priority</source>
        <translation>優先度が不正です</translation>
    </message>
    <message>
        <source>bad connection address</source>
        <translation>接続アドレスが不正です</translation>
    </message>
    <message>
        <source>bad port</source>
        <translation>ポートが不正です</translation>
    </message>
    <message>
        <source>missing &quot;typ&quot;</source>
        <translation>「typ」がありません</translation>
    </message>
    <message>
        <source>unknown candidate type</source>
        <translation>不明な候補タイプです</translation>
    </message>
    <message>
        <source>bad raddr</source>
        <translation>raddr が不正です</translation>
    </message>
    <message>
        <source>bad rport</source>
        <translation>rport が不正です</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
</context>
<context>
    <name>kvs::IceServerExpiry</name>
    <message>
        <source>no TURN servers</source>
        <translation>TURN サーバーなし</translation>
    </message>
    <message>
        <source>expired — refresh</source>
        <translation>期限切れ — 更新してください</translation>
    </message>
    <message>
        <source>expires in %1:%2</source>
        <translation>あと %1:%2 で期限切れ</translation>
    </message>
</context>
<context>
    <name>kvs::IniFile</name>
    <message>
        <source>line %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
    <message>
        <source>expected key = value inside the nested section &quot;%1&quot;.</source>
        <translation>入れ子のセクション「%1」内には キー = 値 が必要です。</translation>
    </message>
    <message>
        <source>a key is missing before &quot;=&quot;.</source>
        <translation>「=」の前にキーがありません。</translation>
    </message>
    <message>
        <source>a section header is missing its closing &quot;]&quot;.</source>
        <translation>セクション見出しに閉じ「]」がありません。</translation>
    </message>
    <message>
        <source>unexpected text after the section header&apos;s &quot;]&quot;.</source>
        <translation>セクション見出しの「]」の後に予期しないテキストがあります。</translation>
    </message>
    <message>
        <source>the section name is empty.</source>
        <translation>セクション名が空です。</translation>
    </message>
    <message>
        <source>expected key = value or a [section] header.</source>
        <translation>キー = 値 または [セクション] 見出しが必要です。</translation>
    </message>
    <message>
        <source>a key comes before the first [section] header.</source>
        <translation>最初の [セクション] 見出しより前にキーがあります。</translation>
    </message>
    <message>
        <source>the section [%1] appears again (first at line %2); merge the two.</source>
        <translation>セクション [%1] が再び現れます（最初は %2 行目）。2 つをまとめてください。</translation>
    </message>
    <message>
        <source>the key %1 appears again in this section (first at line %2); keep one.</source>
        <translation>キー %1 がこのセクションに再び現れます（最初は %2 行目）。1 つだけ残してください。</translation>
    </message>
</context>
<context>
    <name>kvs::InstanceMetadataCredentials</name>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>must be IPv4 or IPv6.</source>
        <translation>IPv4 または IPv6 でなければなりません。</translation>
    </message>
    <message>
        <source>is not an http:// or https:// URL.</source>
        <translation>は http:// または https:// の URL ではありません。</translation>
    </message>
    <message>
        <source>must be a number of seconds.</source>
        <translation>秒数でなければなりません。</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 10.</source>
        <translation>1 から 10 までの整数でなければなりません。</translation>
    </message>
    <message>
        <source>EC2 instance metadata at %1 (%2): %3</source>
        <translation>EC2 インスタンスメタデータ %1（%2）: %3</translation>
    </message>
    <message>
        <source>the IMDSv2 token was refused (%1) and IMDSv1 is disabled</source>
        <translation>IMDSv2 トークンが拒否され（%1）、IMDSv1 は無効です</translation>
    </message>
    <message>
        <source>the IMDSv2 token: %1</source>
        <translation>IMDSv2 トークン: %1</translation>
    </message>
    <message>
        <source>no IAM role is attached to this instance</source>
        <translation>このインスタンスには IAM ロールが割り当てられていません</translation>
    </message>
    <message>
        <source>the role name: %1</source>
        <translation>ロール名: %1</translation>
    </message>
    <message>
        <source>the role name is not usable</source>
        <translation>ロール名が使えません</translation>
    </message>
    <message>
        <source>the credentials of role %1: %2</source>
        <translation>ロール %1 の認証情報: %2</translation>
    </message>
    <message>
        <source>EC2 instance metadata</source>
        <translation>EC2 インスタンスメタデータ</translation>
    </message>
    <message>
        <source>EC2 instance metadata (role %1)</source>
        <translation>EC2 インスタンスメタデータ（ロール %1）</translation>
    </message>
</context>
<context>
    <name>kvs::KeychainStore</name>
    <message>
        <source>no credentials named &quot;%1&quot; are saved in the keychain.</source>
        <translation>キーチェーンに「%1」という名前の認証情報は保存されていません。</translation>
    </message>
    <message>
        <source>the keychain refused access (is it locked?); unlock it and try again.</source>
        <translation>キーチェーンがアクセスを拒否しました (ロックされていませんか?)。ロックを解除して再試行してください。</translation>
    </message>
    <message>
        <source>no keychain available: credentials are kept for this session only</source>
        <translation>キーチェーンを利用できません。認証情報はこのセッション中のみ保持されます</translation>
    </message>
    <message>
        <source>the keychain entry &quot;%1&quot; does not hold valid credentials; enter them again.</source>
        <translation>キーチェーンの項目「%1」に有効な認証情報がありません。もう一度入力してください。</translation>
    </message>
    <message>
        <source>the keychain failed with error %1: %2</source>
        <translation>キーチェーンでエラー %1 が発生しました: %2</translation>
    </message>
</context>
<context>
    <name>kvs::ManualKeysVault</name>
    <message>
        <source>No system keychain is available: the keys are kept for this session only.</source>
        <translation>システムのキーチェーンを利用できません。キーはこのセッション中のみ保持されます。</translation>
    </message>
    <message>
        <source>The keys were loaded from the system keychain.</source>
        <translation>システムのキーチェーンからキーを読み込みました。</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>キーチェーンを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>The keys are remembered in the system keychain.</source>
        <translation>キーはシステムのキーチェーンに保存されています。</translation>
    </message>
    <message>
        <source>The keys are no longer remembered in the system keychain.</source>
        <translation>キーはシステムのキーチェーンに保存されなくなりました。</translation>
    </message>
    <message>
        <source>The keys could not be removed from the keychain: %1</source>
        <translation>キーチェーンからキーを削除できませんでした: %1</translation>
    </message>
    <message>
        <source>The keys are kept for this session only; saving them in the keychain failed: %1</source>
        <translation>キーはこのセッション中のみ保持されます。キーチェーンへの保存に失敗しました: %1</translation>
    </message>
</context>
<context>
    <name>kvs::MasterProbe</name>
    <message>
        <source>Probe: %1</source>
        <translation>プローブ: %1</translation>
    </message>
    <message>
        <source>The connection closed before a master answered.</source>
        <translation>マスターが応答する前に接続が閉じられました。</translation>
    </message>
    <message>
        <source>recvonly probe offer (audio opus; video H264, VP8), correlationId %1</source>
        <translation>recvonly プローブオファー (音声 opus、映像 H264・VP8)、correlationId %1</translation>
    </message>
    <message>
        <source>Not connected: the probe offer could not be sent.</source>
        <translation>未接続: プローブオファーを送信できませんでした。</translation>
    </message>
    <message>
        <source>The service refused the probe offer: %1 %2</source>
        <translation>サービスがプローブオファーを拒否しました: %1 %2</translation>
    </message>
    <message>
        <source>custom offer (%1), correlationId %2</source>
        <translation>カスタムオファー (%1)、correlationId %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>The offer&apos;s payload is %1 characters, above the documented limit of about %2; the service has relayed larger offers, so it is sent anyway.</source>
        <translation>オファーのペイロードは %1 文字で、文書化された上限（約 %2）を超えていますが、サービスはより大きなオファーを中継した実績があるため、そのまま送信します。</translation>
    </message>
    <message>
        <source>Probe: the master answered in %1: %2; ICE candidates in the answer: %3; trickled: %4</source>
        <translation>プローブ: マスターが %1 で応答しました: %2。アンサー内の ICE 候補: %3、トリクル: %4</translation>
    </message>
    <message>
        <source>(the answer&apos;s SDP did not parse)</source>
        <translation>(応答の SDP を解析できませんでした)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>No master answered within %1.</source>
        <translation>%1 以内に応答したマスターはありません。</translation>
    </message>
    <message>
        <source>Probe: SDP answer after %1: %2; waiting for trickled ICE candidates</source>
        <translation>プローブ: %1 後に SDP アンサー: %2。トリクルされる ICE 候補を待っています</translation>
    </message>
</context>
<context>
    <name>kvs::MetadataCredentials</name>
    <message>
        <source>%1 answered with %2.</source>
        <translation>%1 の応答は %2 でした。</translation>
    </message>
    <message>
        <source>a document that is not a JSON object</source>
        <translation>JSON オブジェクトではない文書</translation>
    </message>
    <message>
        <source>%1 answered with Code %2: %3</source>
        <translation>%1 の応答はコード %2 でした: %3</translation>
    </message>
    <message>
        <source>no AccessKeyId, SecretAccessKey or Token</source>
        <translation>AccessKeyId、SecretAccessKey、Token のいずれかがない内容</translation>
    </message>
    <message>
        <source>an invalid %1 (%2)</source>
        <translation>無効な %1（%2）</translation>
    </message>
    <message>
        <source>credentials without a valid Expiration</source>
        <translation>有効な Expiration のない認証情報</translation>
    </message>
</context>
<context>
    <name>kvs::PracticeFaults</name>
    <message>
        <source>dropped</source>
        <translation>破棄</translation>
    </message>
    <message>
        <source>delayed</source>
        <translation>遅延</translation>
    </message>
    <message>
        <source>%1: %2 ×%3</source>
        <translation>%1: %2 ×%3</translation>
    </message>
    <message>
        <source>service clock %1 min ahead</source>
        <translation>サービスの時計が %1 分進んでいます</translation>
    </message>
    <message>
        <source>a second viewer takes the ClientId over</source>
        <translation>2 つ目のビューアーが ClientId を奪います</translation>
    </message>
</context>
<context>
    <name>kvs::PresignedUrl</name>
    <message>
        <source>The URL is longer than %1 characters.</source>
        <translation>URL が %1 文字を超えています。</translation>
    </message>
    <message>
        <source>This is not a URL.</source>
        <translation>URL ではありません。</translation>
    </message>
    <message>
        <source>A presigned signaling URL starts with wss://.</source>
        <translation>署名付きシグナリング URL は wss:// で始まります。</translation>
    </message>
    <message>
        <source>X-Amz-Algorithm is missing or is not AWS4-HMAC-SHA256.</source>
        <translation>X-Amz-Algorithm がないか、AWS4-HMAC-SHA256 ではありません。</translation>
    </message>
    <message>
        <source>X-Amz-Signature is missing or is not 64 hexadecimal digits.</source>
        <translation>X-Amz-Signature がないか、64 桁の 16 進数ではありません。</translation>
    </message>
    <message>
        <source>X-Amz-Credential is missing or is not KEY/DATE/REGION/SERVICE/aws4_request.</source>
        <translation>X-Amz-Credential がないか、キー/日付/リージョン/サービス/aws4_request の形式ではありません。</translation>
    </message>
    <message>
        <source>The region in X-Amz-Credential is not a region: %1</source>
        <translation>X-Amz-Credential のリージョンがリージョンではありません: %1</translation>
    </message>
    <message>
        <source>X-Amz-Date is missing or is not yyyyMMddTHHmmssZ.</source>
        <translation>X-Amz-Date がないか、yyyyMMddTHHmmssZ の形式ではありません。</translation>
    </message>
    <message>
        <source>X-Amz-Expires is missing or is not 1–604800 seconds.</source>
        <translation>X-Amz-Expires がないか、1〜604800 秒の範囲外です。</translation>
    </message>
    <message>
        <source>X-Amz-ChannelARN is missing.</source>
        <translation>X-Amz-ChannelARN がありません。</translation>
    </message>
    <message>
        <source>X-Amz-ChannelARN is not a channel ARN: %1</source>
        <translation>X-Amz-ChannelARN がチャネル ARN ではありません: %1</translation>
    </message>
    <message>
        <source>X-Amz-ClientId: %1</source>
        <translation>X-Amz-ClientId: %1</translation>
    </message>
    <message>
        <source>The URL expired at %1: it can no longer connect; ask for a fresh one.</source>
        <translation>URL は %1 に期限切れになりました。もう接続できないので、新しい URL を依頼してください。</translation>
    </message>
    <message>
        <source>It was signed in the future (%1): the signer&apos;s clock is ahead.</source>
        <translation>未来の時刻 (%1) に署名されています。署名した側の時計が進んでいます。</translation>
    </message>
    <message>
        <source>It was signed for region %1 but the channel is in %2: the service refuses it.</source>
        <translation>リージョン %1 用に署名されていますが、チャネルは %2 にあります。サービスはこれを拒否します。</translation>
    </message>
    <message>
        <source>It was signed for the service &quot;%1&quot;, not kinesisvideo.</source>
        <translation>kinesisvideo ではなくサービス「%1」用に署名されています。</translation>
    </message>
    <message>
        <source>The credential scope&apos;s date %1 is not the signing date.</source>
        <translation>認証スコープの日付 %1 が署名日と一致しません。</translation>
    </message>
</context>
<context>
    <name>kvs::SdpOfferBuilder</name>
    <message>
        <source>The offer is empty.</source>
        <translation>オファーが空です。</translation>
    </message>
    <message>
        <source>The offer must start with the line &quot;v=0&quot;.</source>
        <translation>オファーは「v=0」の行で始まる必要があります。</translation>
    </message>
    <message>
        <source>The offer has no media line: add at least one &quot;m=&quot; line.</source>
        <translation>オファーにメディア行がありません。「m=」行を 1 つ以上追加してください。</translation>
    </message>
    <message>
        <source>The offer is larger than 64 KiB.</source>
        <translation>オファーが 64 KiB を超えています。</translation>
    </message>
</context>
<context>
    <name>kvs::SdpSummary</name>
    <message>
        <source>The SDP is larger than 64 KiB.</source>
        <translation>SDP が 64 KiB を超えています。</translation>
    </message>
    <message>
        <source>The SDP does not start with v=0.</source>
        <translation>SDP が v=0 で始まっていません。</translation>
    </message>
    <message>
        <source>The SDP has no media line (m=).</source>
        <translation>SDP にメディア行 (m=) がありません。</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>%1; ICE candidates in the SDP: %2</source>
        <translation>%1。SDP 内の ICE 候補: %2</translation>
    </message>
</context>
<context>
    <name>kvs::SetupFiles</name>
    <message>
        <source>KVS Signaling Viewer setups (*.kvssetup.json);;JSON files (*.json)</source>
        <translation>KVS Signaling Viewer の接続設定 (*.kvssetup.json);;JSON ファイル (*.json)</translation>
    </message>
    <message>
        <source>Save setup</source>
        <translation>接続設定を保存</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>The setup was not saved</source>
        <translation>接続設定は保存されませんでした</translation>
    </message>
    <message>
        <source>Choose a folder you can write to.</source>
        <translation>書き込み可能なフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>Setup saved to %1 (no keys, secrets or tokens).</source>
        <translation>接続設定を %1 に保存しました (キー、シークレット、トークンは含みません)。</translation>
    </message>
    <message>
        <source>Open setup</source>
        <translation>接続設定を開く</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>ファイルを読み込めません: %1</translation>
    </message>
    <message>
        <source>Setup opened from %1.</source>
        <translation>%1 から接続設定を開きました。</translation>
    </message>
    <message>
        <source>This setup cannot be opened</source>
        <translation>この接続設定は開けません</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Ask for the setup again, or fix the key named above; the form was left as it was.</source>
        <translation>接続設定をもう一度依頼するか、上記のキーを修正してください。フォームは変更していません。</translation>
    </message>
</context>
<context>
    <name>kvs::SigV4</name>
    <message>
        <source>The signing time is not a valid date and time.</source>
        <translation>署名時刻が有効な日時ではありません。</translation>
    </message>
    <message>
        <source>The expiry must be from 1 to %1 seconds; it is %2.</source>
        <translation>有効期間は 1 から %1 秒でなければなりません (現在 %2)。</translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; is to be signed but is not in the request.</source>
        <translation>ヘッダー「%1」は署名対象ですが、要求に含まれていません。</translation>
    </message>
</context>
<context>
    <name>kvs::SignalingMessage</name>
    <message>
        <source>%1 has no messagePayload.</source>
        <translation>%1 に messagePayload がありません。</translation>
    </message>
    <message>
        <source>%1 has a messagePayload that is not valid base64.</source>
        <translation>%1 の messagePayload が有効な base64 ではありません。</translation>
    </message>
    <message>
        <source>%1 has a messagePayload that is not a JSON object.</source>
        <translation>%1 の messagePayload が JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <source>statusResponse is not an object.</source>
        <translation>statusResponse がオブジェクトではありません。</translation>
    </message>
    <message>
        <source>A signaling message of %1 bytes was refused; the limit is %2 bytes.</source>
        <translation>%1 バイトのシグナリングメッセージを拒否しました。上限は %2 バイトです。</translation>
    </message>
    <message>
        <source>A signaling message is not valid JSON (%1 at offset %2).</source>
        <translation>シグナリングメッセージが有効な JSON ではありません (オフセット %2 で %1)。</translation>
    </message>
    <message>
        <source>A signaling message is JSON but not an object.</source>
        <translation>シグナリングメッセージは JSON ですが、オブジェクトではありません。</translation>
    </message>
    <message>
        <source>A signaling message has a non-string messageType or senderClientId.</source>
        <translation>シグナリングメッセージの messageType または senderClientId が文字列ではありません。</translation>
    </message>
    <message>
        <source>A message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>%1 carries no SDP (the payload&apos;s &quot;sdp&quot; must start with v=0).</source>
        <translation>%1 に SDP が含まれていません (ペイロードの「sdp」は v=0 で始まる必要があります)。</translation>
    </message>
    <message>
        <source>%1 carries an SDP of type &quot;%2&quot;; expected &quot;%3&quot;.</source>
        <translation>%1 の SDP のタイプが「%2」です。「%3」が必要です。</translation>
    </message>
    <message>
        <source>%1 has no &quot;candidate&quot; string in its payload.</source>
        <translation>%1 のペイロードに文字列「candidate」がありません。</translation>
    </message>
    <message>
        <source>%1 has a non-string sdpMid or a non-number sdpMLineIndex.</source>
        <translation>%1 の sdpMid が文字列でないか、sdpMLineIndex が数値ではありません。</translation>
    </message>
    <message>
        <source>%1 has an sdpMLineIndex out of range.</source>
        <translation>%1 の sdpMLineIndex が範囲外です。</translation>
    </message>
    <message>
        <source>A correlationId must be 1–256 characters of A–Z a–z 0–9 _ . -</source>
        <translation>correlationId は A–Z a–z 0–9 _ . - から成る 1–256 文字である必要があります</translation>
    </message>
    <message>
        <source>The message payload is %1 characters of base64; the limit is %2.</source>
        <translation>メッセージのペイロードは base64 で %1 文字です。上限は %2 文字です。</translation>
    </message>
    <message>
        <source>An SDP offer must start with v=0.</source>
        <translation>SDP オファーは v=0 で始まる必要があります。</translation>
    </message>
    <message numerus="yes">
        <source>, %n characters of SDP</source>
        <translation>
            <numerusform>, SDP %n 文字</numerusform>
        </translation>
    </message>
    <message>
        <source>end of candidates</source>
        <translation>候補の終わり</translation>
    </message>
    <message>
        <source>mid %1</source>
        <translation>mid %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>送信元 %1</translation>
    </message>
</context>
<context>
    <name>kvs::SsoClient</name>
    <message>
        <source>run `aws sso login --profile %1` and try again.</source>
        <translation>`aws sso login --profile %1` を実行してから再試行してください。</translation>
    </message>
    <message>
        <source>No SSO sign-in is cached for profile %1</source>
        <translation>プロファイル %1 の SSO サインインがキャッシュにありません</translation>
    </message>
    <message>
        <source>The SSO token cache %1 cannot be read (%2)</source>
        <translation>SSO トークンキャッシュ %1 を読み取れません (%2)</translation>
    </message>
    <message>
        <source>The SSO token cache %1 holds no usable token</source>
        <translation>SSO トークンキャッシュ %1 に使えるトークンがありません</translation>
    </message>
    <message>
        <source>The SSO sign-in for profile %1 expired at %2</source>
        <translation>プロファイル %1 の SSO サインインは %2 に期限切れになりました</translation>
    </message>
    <message>
        <source>the SSO portal answered without roleCredentials (accessKeyId, secretAccessKey, expiration).</source>
        <translation>SSO ポータルの応答に roleCredentials (accessKeyId、secretAccessKey、expiration) がありません。</translation>
    </message>
    <message>
        <source>SSO portal endpoint: %1</source>
        <translation>SSO ポータルのエンドポイント: %1</translation>
    </message>
    <message>
        <source>SSO GetRoleCredentials: %1; check the network and AWS_CA_BUNDLE.</source>
        <translation>SSO GetRoleCredentials: %1。ネットワークと AWS_CA_BUNDLE を確認してください。</translation>
    </message>
    <message>
        <source>The SSO portal no longer accepts the sign-in of profile %1 (HTTP %2)</source>
        <translation>SSO ポータルはプロファイル %1 のサインインをもう受け付けません (HTTP %2)</translation>
    </message>
    <message>
        <source>SSO GetRoleCredentials failed with HTTP %1 %2: %3</source>
        <translation>SSO GetRoleCredentials が HTTP %1 %2 で失敗しました: %3</translation>
    </message>
    <message>
        <source>the SSO portal answered with an expiration out of range (%1).</source>
        <translation>SSO ポータルの応答の有効期限が範囲外です (%1)。</translation>
    </message>
</context>
<context>
    <name>kvs::StsClient</name>
    <message>
        <source>STS answered with %1.</source>
        <translation>STS の応答: %1。</translation>
    </message>
    <message>
        <source>a document that is not XML</source>
        <translation>XML ではない文書</translation>
    </message>
    <message>
        <source>no Credentials</source>
        <translation>Credentials なし</translation>
    </message>
    <message>
        <source>credentials without a valid Expiration</source>
        <translation>有効な Expiration のない認証情報</translation>
    </message>
    <message>
        <source>no Account or Arn</source>
        <translation>Account または Arn なし</translation>
    </message>
    <message>
        <source>STS %1 failed with HTTP %2 %3: %4</source>
        <translation>STS %1 が HTTP %2 %3 で失敗しました: %4</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>メッセージなし</translation>
    </message>
    <message>
        <source>STS endpoint: %1</source>
        <translation>STS エンドポイント: %1</translation>
    </message>
    <message>
        <source>STS %1: %2; check the network, the endpoint and AWS_CA_BUNDLE.</source>
        <translation>STS %1: %2。ネットワーク、エンドポイント、AWS_CA_BUNDLE を確認してください。</translation>
    </message>
</context>
<context>
    <name>kvs::TlsOptions</name>
    <message>
        <source>The CA bundle %1 cannot be read: %2.</source>
        <translation>CA バンドル %1 を読み取れません: %2。</translation>
    </message>
    <message>
        <source>The CA bundle %1 contains no PEM certificate (-----BEGIN CERTIFICATE-----).</source>
        <translation>CA バンドル %1 に PEM 証明書 (-----BEGIN CERTIFICATE-----) がありません。</translation>
    </message>
</context>
<context>
    <name>kvs::Validation</name>
    <message>
        <source>a space or line break at position %1</source>
        <translation>%1 文字目の空白または改行</translation>
    </message>
    <message>
        <source>an invisible character at position %1</source>
        <translation>%1 文字目の不可視文字</translation>
    </message>
    <message>
        <source>&apos;%1&apos; at position %2</source>
        <translation>%2 文字目の「%1」</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1が空です。</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; the maximum is %3.</source>
        <translation>%1が %2 文字あります。最大 %3 文字です。</translation>
    </message>
    <message>
        <source>%1 may only contain letters A–Z and a–z, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;; found %2.</source>
        <translation>%1に使えるのは A–Z と a–z の英字、数字、「_」「.」「-」だけです。見つかった文字: %2。</translation>
    </message>
    <message>
        <source>The channel ARN</source>
        <translation>チャネル ARN</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; the maximum is 1024.</source>
        <translation>%1が %2 文字あります。最大 1024 文字です。</translation>
    </message>
    <message>
        <source>%1 must start with &quot;arn:&quot; and look like %2.</source>
        <translation>%1は「arn:」で始まり、%2 の形式である必要があります。</translation>
    </message>
    <message>
        <source>%1 must have six parts separated by colons, like %2; it has %3.</source>
        <translation>%1は %2 のようにコロンで区切られた 6 つの部分が必要ですが、%3 つあります。</translation>
    </message>
    <message>
        <source>%1 has no valid partition after &quot;arn:&quot; (expected aws, aws-cn or aws-us-gov).</source>
        <translation>%1の「arn:」の後に有効なパーティションがありません (aws、aws-cn、aws-us-gov のいずれか)。</translation>
    </message>
    <message>
        <source>%1 must name the service &quot;kinesisvideo&quot;, not &quot;%2&quot;.</source>
        <translation>%1のサービス名は「%2」ではなく「kinesisvideo」である必要があります。</translation>
    </message>
    <message>
        <source>%1 has no valid region (such as us-west-2) in its fourth part.</source>
        <translation>%1の 4 番目の部分に有効なリージョン (us-west-2 など) がありません。</translation>
    </message>
    <message>
        <source>%1 must have the AWS account id (digits only) in its fifth part.</source>
        <translation>%1の 5 番目の部分は AWS アカウント ID (数字のみ) である必要があります。</translation>
    </message>
    <message>
        <source>must end with channel/NAME/CREATION-TIME</source>
        <translation>は channel/NAME/CREATION-TIME で終わる必要があります</translation>
    </message>
    <message>
        <source>%1 %2; its last part has %3 piece(s) separated by &apos;/&apos;, not 3.</source>
        <translation>%1%2。最後の部分が「/」で %3 個に区切られていますが、3 個である必要があります。</translation>
    </message>
    <message>
        <source>%1 %2; the resource type must be lower-case letters such as &quot;channel&quot;.</source>
        <translation>%1%2。リソースの種類は「channel」のような小文字の英字である必要があります。</translation>
    </message>
    <message>
        <source>%1 %2; NAME may only contain letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos; (found %3).</source>
        <translation>%1%2。NAME に使えるのは英字、数字、「_」「.」「-」だけです (見つかった文字: %3)。</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1 %2; CREATION-TIME must be digits.</source>
        <translation>%1%2。CREATION-TIME は数字である必要があります。</translation>
    </message>
    <message>
        <source>The channel name</source>
        <translation>チャネル名</translation>
    </message>
    <message>
        <source>The client id</source>
        <translation>クライアント ID</translation>
    </message>
    <message>
        <source>%1 must not start with &quot;AWS_&quot; (in any letter case): the prefix is reserved by AWS.</source>
        <translation>%1は「AWS_」で始めることはできません (大文字小文字を問わず)。この接頭辞は AWS の予約語です。</translation>
    </message>
    <message>
        <source>The region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; the maximum is 32.</source>
        <translation>%1が %2 文字あります。最大 32 文字です。</translation>
    </message>
    <message>
        <source>%1 must be a region code in lower case, such as us-west-2, eu-central-1 or cn-north-1.</source>
        <translation>%1は us-west-2、eu-central-1、cn-north-1 のような小文字のリージョンコードである必要があります。</translation>
    </message>
    <message>
        <source>The access key id</source>
        <translation>アクセスキー ID</translation>
    </message>
    <message>
        <source>%1 may only contain letters, digits and &apos;_&apos; (it looks like AKIA… or ASIA…); found %2.</source>
        <translation>%1に使えるのは英字、数字、「_」だけです (AKIA… や ASIA… の形式)。見つかった文字: %2。</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; it must have at least 16.</source>
        <translation>%1が %2 文字しかありません。16 文字以上必要です。</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; the maximum is 128.</source>
        <translation>%1が %2 文字あります。最大 128 文字です。</translation>
    </message>
    <message>
        <source>The secret access key</source>
        <translation>シークレットアクセスキー</translation>
    </message>
    <message>
        <source>%1 contains a space, line break or non-ASCII character at position %2; paste it again without extra characters.</source>
        <translation>%1の %2 文字目に空白、改行、または ASCII 以外の文字があります。余分な文字を含めずにもう一度貼り付けてください。</translation>
    </message>
    <message>
        <source>The session token</source>
        <translation>セッショントークン</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; the maximum is 8192.</source>
        <translation>%1が %2 文字あります。最大 8192 文字です。</translation>
    </message>
    <message>
        <source>The WebSocket endpoint</source>
        <translation>WebSocket エンドポイント</translation>
    </message>
    <message>
        <source>The endpoint URL</source>
        <translation>エンドポイント URL</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; the maximum is 2048.</source>
        <translation>%1が %2 文字あります。最大 2048 文字です。</translation>
    </message>
    <message>
        <source>%1 must start with %2:// (for example %2://HOST).</source>
        <translation>%1は %2:// で始まる必要があります (例: %2://HOST)。</translation>
    </message>
    <message>
        <source>%1 must not contain a query (&apos;?&apos; and what follows): the signer adds its own parameters.</source>
        <translation>%1にクエリ (「?」以降) を含めることはできません。署名時に独自のパラメーターが追加されます。</translation>
    </message>
    <message>
        <source>%1 must not contain a fragment (&apos;#&apos;).</source>
        <translation>%1にフラグメント (「#」) を含めることはできません。</translation>
    </message>
    <message>
        <source>%1 must not contain a user name or password (&apos;@&apos;).</source>
        <translation>%1にユーザー名やパスワード (「@」) を含めることはできません。</translation>
    </message>
    <message>
        <source>%1 has an unclosed &apos;[&apos; in its host.</source>
        <translation>%1のホストに閉じられていない「[」があります。</translation>
    </message>
    <message>
        <source>%1 has unexpected characters after its host.</source>
        <translation>%1のホストの後に予期しない文字があります。</translation>
    </message>
    <message>
        <source>%1 has &apos;:&apos; after its host but no port number.</source>
        <translation>%1のホストの後に「:」がありますが、ポート番号がありません。</translation>
    </message>
    <message>
        <source>%1 has an invalid IPv6 address in brackets.</source>
        <translation>%1の角かっこ内の IPv6 アドレスが無効です。</translation>
    </message>
    <message>
        <source>%1 has no host name.</source>
        <translation>%1にホスト名がありません。</translation>
    </message>
    <message>
        <source>%1 has an invalid host name; use letters, digits, &apos;-&apos; and &apos;.&apos; (for example v-1a2b3c4d.kinesisvideo.us-west-2.amazonaws.com).</source>
        <translation>%1のホスト名が無効です。英字、数字、「-」「.」を使ってください (例: v-1a2b3c4d.kinesisvideo.us-west-2.amazonaws.com)。</translation>
    </message>
    <message>
        <source>%1 has an invalid port; use a number from 1 to 65535.</source>
        <translation>%1のポートが無効です。1 から 65535 までの数値を使ってください。</translation>
    </message>
    <message>
        <source>%1 has a path with %2; a path may only contain letters, digits, &apos;/&apos;, &apos;_&apos;, &apos;.&apos;, &apos;-&apos; and &apos;~&apos;.</source>
        <translation>%1のパスに %2 があります。パスに使えるのは英字、数字、「/」「_」「.」「-」「~」だけです。</translation>
    </message>
    <message>
        <source>%1 uses unencrypted %2://, which is allowed only for this computer (localhost, 127.0.0.1 or ::1); use %3://.</source>
        <translation>%1は暗号化されない %2:// を使っていますが、これはこのコンピューター (localhost、127.0.0.1、::1) にのみ許可されています。%3:// を使ってください。</translation>
    </message>
</context>
<context>
    <name>kvs::ViewerApp</name>
    <message>
        <source>&amp;Throttle the next 3 connects</source>
        <translation>次の 3 回の接続をスロットリング(&amp;T)</translation>
    </message>
    <message>
        <source>Move the service&apos;s &amp;clock 7 minutes ahead</source>
        <translation>サービスの時計を 7 分進める(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Deny access (403)</source>
        <translation>アクセスを拒否 (403)(&amp;D)</translation>
    </message>
    <message>
        <source>Channel &amp;not found (404)</source>
        <translation>チャネルが見つからない (404)(&amp;N)</translation>
    </message>
    <message>
        <source>Send &amp;GO_AWAY</source>
        <translation>GO_AWAY を送信(&amp;G)</translation>
    </message>
    <message>
        <source>D&amp;rop the link</source>
        <translation>接続を切断(&amp;R)</translation>
    </message>
    <message>
        <source>Take &amp;over with a second viewer (same ClientId)</source>
        <translation>2 つ目のビューアーで奪う (同じ ClientId)(&amp;O)</translation>
    </message>
    <message>
        <source>Takes effect when the app is started again</source>
        <translation>アプリの次回起動時に反映されます</translation>
    </message>
    <message>
        <source>The language changes when you restart KVS Signaling Viewer.</source>
        <translation>言語は KVS Signaling Viewer を再起動すると切り替わります。</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>システムの言語(&amp;S)</translation>
    </message>
    <message>
        <source>No &amp;media from the master</source>
        <translation>マスターからメディアなし(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;ICE blocked (candidates dropped)</source>
        <translation>ICE をブロック (候補を破棄)(&amp;I)</translation>
    </message>
    <message>
        <source>T&amp;URN only (relay candidates)</source>
        <translation>TURN のみ (リレー候補)(&amp;U)</translation>
    </message>
    <message>
        <source>Put the service&apos;s c&amp;lock back</source>
        <translation>サービスの時計を戻す(&amp;L)</translation>
    </message>
    <message>
        <source>Cl&amp;ear all faults</source>
        <translation>すべての障害を解除(&amp;E)</translation>
    </message>
</context>
<context>
    <name>kvs::WebIdentityCredentials</name>
    <message>
        <source>a web identity token file is set (%1) but no role: set AWS_ROLE_ARN or the profile&apos;s role_arn.</source>
        <translation>Web ID トークンファイルは設定されていますが（%1）、ロールがありません。AWS_ROLE_ARN かプロファイルの role_arn を設定してください。</translation>
    </message>
    <message>
        <source>the web identity token file %1 (from %2) cannot be read: %3.</source>
        <translation>Web ID トークンファイル %1（%2 による）を読み取れません: %3。</translation>
    </message>
    <message>
        <source>the web identity token file %1 (from %2) is empty.</source>
        <translation>Web ID トークンファイル %1（%2 による）は空です。</translation>
    </message>
    <message>
        <source>web identity (assume role %1 with the token in %2, from %3)</source>
        <translation>Web ID（トークン %2 でロール %1 を引き受け、%3 による）</translation>
    </message>
</context>
<context>
    <name>kvs::media</name>
    <message>
        <source>Check that the master (camera) is connected to this channel and running; a master that is offline, or connected to another region or channel, never answers.</source>
        <translation>マスター（カメラ）がこのチャネルに接続され、動作していることを確認してください。オフラインのマスターや、別のリージョンまたはチャネルに接続したマスターは応答しません。</translation>
    </message>
    <message>
        <source>The signaling service refused our SDP offer: %1</source>
        <translation>シグナリングサービスが SDP オファーを拒否しました: %1</translation>
    </message>
    <message>
        <source>The offer was not delivered to the master; see the service&apos;s reason.</source>
        <translation>オファーはマスターに届きませんでした。サービスが示した理由を確認してください。</translation>
    </message>
    <message>
        <source>The master&apos;s answer rejects every video codec we offered (H.264, VP8).</source>
        <translation>マスターの応答は、提示したすべての映像コーデック（H.264、VP8）を拒否しています。</translation>
    </message>
    <message>
        <source>The master sends a codec this viewer cannot decode, or was configured for another codec; try --codec any, or configure the master for H.264 or VP8.</source>
        <translation>マスターがこのビューアーでデコードできないコーデックを送っているか、別のコーデックに設定されています。--codec any を試すか、マスターを H.264 または VP8 に設定してください。</translation>
    </message>
    <message>
        <source>No network path between this viewer and the master was found (ICE failed). This side offered candidates %1; the master offered %2.</source>
        <translation>このビューアーとマスターの間にネットワーク経路が見つかりませんでした（ICE 失敗）。こちら側の候補: %1、マスター側の候補: %2。</translation>
    </message>
    <message>
        <source>The master sent no ICE candidates at all: its network may block everything, or its candidates were lost on the way.</source>
        <translation>マスターから ICE 候補がまったく届きませんでした。マスターのネットワークがすべてを遮断しているか、候補が途中で失われた可能性があります。</translation>
    </message>
    <message>
        <source>The TURN servers answered but gave no relay: they refused our credentials (expired or wrong). Reconnect to fetch fresh ones from GetIceServerConfig.</source>
        <translation>TURN サーバーは応答しましたがリレーを割り当てませんでした。認証情報（期限切れまたは誤り）が拒否されました。再接続して GetIceServerConfig から新しい認証情報を取得してください。</translation>
    </message>
    <message>
        <source>The master offered only addresses from a private network, and no TURN relay was reached from here. </source>
        <translation>マスターはプライベートネットワークのアドレスしか提示せず、こちらからは TURN リレーに到達できませんでした。</translation>
    </message>
    <message>
        <source>No TURN relay was reached from here. </source>
        <translation>こちらからは TURN リレーに到達できませんでした。</translation>
    </message>
    <message>
        <source>Allow UDP and TCP port 443 to the TURN servers (a firewall or VPN blocks them), or run the network test.</source>
        <translation>TURN サーバーへの UDP と TCP ポート 443 を許可するか（ファイアウォールまたは VPN が遮断しています）、ネットワークテストを実行してください。</translation>
    </message>
    <message>
        <source>TURN is off, so only direct paths were tried; turn TURN on so the media can flow through a relay.</source>
        <translation>TURN がオフのため直接経路だけを試しました。メディアがリレー経由で流れるよう TURN をオンにしてください。</translation>
    </message>
    <message>
        <source>This side reached a TURN relay, but the master offered only private addresses and no relay of its own: the master&apos;s network blocks outgoing traffic to TURN.</source>
        <translation>こちら側は TURN リレーに到達しましたが、マスターはプライベートアドレスのみでリレーを提示しませんでした。マスター側のネットワークが TURN への送信を遮断しています。</translation>
    </message>
    <message>
        <source>Both sides offered candidates but no pair answered: a firewall drops the traffic between them. Try relay only, or run the network test.</source>
        <translation>双方が候補を提示しましたが、どのペアも応答しませんでした。ファイアウォールが間の通信を破棄しています。リレーのみを試すか、ネットワークテストを実行してください。</translation>
    </message>
    <message>
        <source>The TURN servers refused our credentials: no relay candidate was obtained (%1).</source>
        <translation>TURN サーバーが認証情報を拒否しました。リレー候補は得られませんでした（%1）。</translation>
    </message>
    <message>
        <source>The TURN credentials from GetIceServerConfig expired or were rejected; reconnect to fetch fresh ones.</source>
        <translation>GetIceServerConfig から得た TURN 認証情報が期限切れか拒否されました。再接続して新しいものを取得してください。</translation>
    </message>
    <message>
        <source>ICE connected, but the DTLS handshake with the master failed: %1</source>
        <translation>ICE は接続しましたが、マスターとの DTLS ハンドシェイクに失敗しました: %1</translation>
    </message>
    <message>
        <source>The master&apos;s certificate fingerprint did not match its answer, or something between the peers alters packets.</source>
        <translation>マスターの証明書フィンガープリントが応答と一致しないか、ピア間の何かがパケットを改変しています。</translation>
    </message>
    <message>
        <source>The master accepted the connection but sends no video (camera off, encoder stopped, or it sends only audio).</source>
        <translation>マスターは接続を受け入れましたが映像を送っていません（カメラがオフ、エンコーダー停止、または音声のみ送信）。</translation>
    </message>
    <message>
        <source>The media stopped and could not be restored: %1</source>
        <translation>メディアが停止し、復旧できませんでした: %1</translation>
    </message>
    <message>
        <source>The network path to the master broke (a network change, VPN, or the master went away).</source>
        <translation>マスターへのネットワーク経路が切れました（ネットワークの変更、VPN、またはマスターの離脱）。</translation>
    </message>
    <message>
        <source>The media pipeline failed: %1</source>
        <translation>メディアパイプラインが失敗しました: %1</translation>
    </message>
    <message>
        <source>Install the GStreamer packages named above, or report this with the diagnostics.</source>
        <translation>上記の GStreamer パッケージをインストールするか、診断情報を添えて報告してください。</translation>
    </message>
    <message>
        <source>No video frame was decoded, so there is nothing to save.</source>
        <translation>映像フレームがデコードされていないため、保存するものがありません。</translation>
    </message>
    <message>
        <source>The frame could not be encoded as PNG: %1</source>
        <translation>フレームを PNG にエンコードできませんでした: %1</translation>
    </message>
    <message>
        <source>The PNG encoder returned nothing.</source>
        <translation>PNG エンコーダーが何も返しませんでした。</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>The master did not answer our SDP offer within %1.</source>
        <translation>マスターが %1 以内に SDP オファーに応答しませんでした。</translation>
    </message>
    <message>
        <source>Connected to the master, but no video frame was decoded within %1.</source>
        <translation>マスターに接続しましたが、%1 以内に映像フレームがデコードされませんでした。</translation>
    </message>
</context>
<context>
    <name>kvs::media::MediaSession</name>
    <message>
        <source>ICE server not used: %1</source>
        <translation>使用しない ICE サーバー: %1</translation>
    </message>
    <message>
        <source>Media: ICE servers %1; transport policy %2</source>
        <translation>メディア: ICE サーバー %1、トランスポートポリシー %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>relay only was asked for, but there is no TURN server</source>
        <translation>リレーのみが指定されましたが、TURN サーバーがありません</translation>
    </message>
    <message>
        <source>local candidates %1</source>
        <translation>ローカル候補 %1</translation>
    </message>
    <message numerus="yes">
        <source>recvonly offer (%n characters of SDP)</source>
        <translation>
            <numerusform>recvonly オファー（SDP %n 文字）</numerusform>
        </translation>
    </message>
    <message>
        <source>ICE failed while playing</source>
        <translation>再生中に ICE が失敗しました</translation>
    </message>
    <message>
        <source>Media: the network path to the master is interrupted.</source>
        <translation>メディア: マスターへのネットワーク経路が途切れています。</translation>
    </message>
    <message>
        <source>the peer connection failed after ICE connected</source>
        <translation>ICE 接続後にピア接続が失敗しました</translation>
    </message>
    <message>
        <source>the network path stayed interrupted</source>
        <translation>ネットワーク経路が途切れたままでした</translation>
    </message>
    <message numerus="yes">
        <source>Media: fresh TURN credentials given to the ICE agent (%n URI(s))</source>
        <translation>
            <numerusform>メディア: 新しい TURN 認証情報を ICE エージェントに渡しました（URI %n 件）</numerusform>
        </translation>
    </message>
    <message>
        <source>Media lost (%1): starting a new media session (%2 of %3).</source>
        <translation>メディアが失われました（%1）。新しいメディアセッションを開始します（%3 回中 %2 回目）。</translation>
    </message>
    <message>
        <source>Media: TURN over TCP</source>
        <translation>メディア: TCP 経由の TURN</translation>
    </message>
    <message>
        <source>Media: the HTTP proxy %1 could not be resolved (%2); TURN over TCP goes without it</source>
        <translation>メディア: HTTP プロキシ %1 の名前を解決できませんでした（%2）。TCP 経由の TURN はプロキシなしで接続します</translation>
    </message>
    <message>
        <source>relay only, gathering ended after %1</source>
        <translation>リレーのみ、収集は %1 後に終了</translation>
    </message>
</context>
<context>
    <name>kvs::media::MediaStats</name>
    <message>
        <source>%1 %2×%3 %4 fps, %5 kbit/s, %6 frames decoded, %7 lost</source>
        <translation>%1 %2×%3 %4 fps、%5 kbit/s、デコード済み %6 フレーム、損失 %7</translation>
    </message>
    <message>
        <source>video</source>
        <translation>映像</translation>
    </message>
    <message>
        <source>, audio %1 dB</source>
        <translation>、音声 %1 dB</translation>
    </message>
</context>
<context>
    <name>kvs::media::MediaStep</name>
    <message>
        <source>SDP offer sent</source>
        <translation>SDP オファー送信</translation>
    </message>
    <message>
        <source>SDP answer received</source>
        <translation>SDP アンサー受信</translation>
    </message>
    <message>
        <source>ICE candidates gathered</source>
        <translation>ICE 候補の収集</translation>
    </message>
    <message>
        <source>ICE connectivity checks</source>
        <translation>ICE 接続チェック</translation>
    </message>
    <message>
        <source>ICE connected</source>
        <translation>ICE 接続</translation>
    </message>
    <message>
        <source>DTLS handshake</source>
        <translation>DTLS ハンドシェイク</translation>
    </message>
    <message>
        <source>First video frame</source>
        <translation>最初の映像フレーム</translation>
    </message>
</context>
<context>
    <name>kvs::media::ViewerPeer</name>
    <message>
        <source>GStreamer elements missing: %1 (install %2).</source>
        <translation>GStreamer のエレメントがありません: %1（%2 をインストールしてください）。</translation>
    </message>
    <message>
        <source>The media pipeline could not start.</source>
        <translation>メディアパイプラインを開始できませんでした。</translation>
    </message>
    <message>
        <source>The master&apos;s SDP answer could not be parsed.</source>
        <translation>マスターの SDP アンサーを解析できませんでした。</translation>
    </message>
</context>
<context>
    <name>kvs::ui::AccessCheckDialog</name>
    <message>
        <source>not run</source>
        <translation>未実行</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>実行中…</translation>
    </message>
    <message>
        <source>✔ passed</source>
        <translation>✔ 成功</translation>
    </message>
    <message>
        <source>✘ failed</source>
        <translation>✘ 失敗</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認しています…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>Every step passed: these credentials can connect as a viewer.</source>
        <translation>すべてのステップに成功しました。この認証情報でビューアーとして接続できます。</translation>
    </message>
    <message>
        <source>%1 failed; the later steps were not run.</source>
        <translation>%1 が失敗したため、以降のステップは実行されませんでした。</translation>
    </message>
    <message>
        <source>Grant &lt;b&gt;%1&lt;/b&gt; on %2 to these credentials (Copy policy gives a minimal policy).</source>
        <translation>%2 に対する &lt;b&gt;%1&lt;/b&gt; をこの認証情報に許可してください (「ポリシーをコピー」で最小限のポリシーを取得できます)。</translation>
    </message>
    <message>
        <source>the channel</source>
        <translation>チャネル</translation>
    </message>
    <message>
        <source>The minimal viewer policy is on the clipboard.</source>
        <translation>ビューアー用の最小限のポリシーをクリップボードにコピーしました。</translation>
    </message>
</context>
<context>
    <name>kvs::ui::ChannelPickerDialog</name>
    <message>
        <source>&amp;Use channel</source>
        <translation>このチャネルを使う(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>チャネル</translation>
    </message>
    <message>
        <source>The signaling channels the connection form&apos;s credentials may list in its region (ListSignalingChannels).</source>
        <translation>接続フォームの認証情報がそのリージョンで一覧表示できるシグナリングチャネル (ListSignalingChannels)。</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>絞り込み(&amp;F):</translation>
    </message>
    <message>
        <source>Part of a name or ARN</source>
        <translation>名前または ARN の一部</translation>
    </message>
    <message>
        <source>Filter channels</source>
        <translation>チャネルを絞り込む</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>ARN</source>
        <translation>ARN</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>一覧取得中</translation>
    </message>
    <message>
        <source>Listing the channels…</source>
        <translation>チャネルを一覧取得しています…</translation>
    </message>
    <message>
        <source>These credentials may not list channels (kinesisvideo:ListSignalingChannels).</source>
        <translation>この認証情報にはチャネルを一覧表示する権限がありません (kinesisvideo:ListSignalingChannels)。</translation>
    </message>
    <message>
        <source>The service said: %1 (%2)</source>
        <translation>サービスの応答: %1 (%2)</translation>
    </message>
    <message>
        <source>You can still type the channel&apos;s name or ARN in the form: connecting needs other permissions than listing.</source>
        <translation>チャネルの名前または ARN はフォームに直接入力できます。接続に必要な権限は一覧表示とは別です。</translation>
    </message>
    <message>
        <source>The channels could not be listed: %1</source>
        <translation>チャネルを一覧取得できませんでした: %1</translation>
    </message>
    <message>
        <source>No signaling channels in this region for these credentials.</source>
        <translation>この認証情報では、このリージョンにシグナリングチャネルがありません。</translation>
    </message>
    <message numerus="yes">
        <source>The first %n channel(s); use the filter to find one.</source>
        <translation>
            <numerusform>先頭の %n 個のチャネルです。絞り込みで探してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n channel(s).</source>
        <translation>
            <numerusform>%n 個のチャネル。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kvs::ui::ConnectionFormPanel</name>
    <message>
        <source>From the environment (AWS_ACCESS_KEY_ID, …)</source>
        <translation>環境変数から (AWS_ACCESS_KEY_ID など)</translation>
    </message>
    <message>
        <source>From an AWS profile (~/.aws)</source>
        <translation>AWS プロファイルから (~/.aws)</translation>
    </message>
    <message>
        <source>Enter access keys</source>
        <translation>アクセスキーを入力</translation>
    </message>
    <message>
        <source>Default: the ARN&apos;s region</source>
        <translation>既定: ARN のリージョン</translation>
    </message>
    <message>
        <source>default</source>
        <translation>既定</translation>
    </message>
    <message>
        <source>Uses AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN from the environment.</source>
        <translation>環境変数の AWS_ACCESS_KEY_ID、AWS_SECRET_ACCESS_KEY、AWS_SESSION_TOKEN を使います。</translation>
    </message>
    <message>
        <source>Keys are kept for this session only, unless you choose to remember them in the system keychain.</source>
        <translation>システムのキーチェーンへの保存を選ばない限り、キーはこのセッション中のみ保持されます。</translation>
    </message>
    <message>
        <source>To connect: %1</source>
        <translation>接続するには: %1</translation>
    </message>
    <message>
        <source>Channel %1 · account %2 · region %3 · partition %4</source>
        <translation>チャネル %1 · アカウント %2 · リージョン %3 · パーティション %4</translation>
    </message>
    <message>
        <source>Channel name: the ARN is looked up with DescribeSignalingChannel in %1.</source>
        <translation>チャネル名: ARN は %1 で DescribeSignalingChannel により検索されます。</translation>
    </message>
    <message>
        <source>the chosen region</source>
        <translation>選択したリージョン</translation>
    </message>
    <message>
        <source>Choose a CA certificate file</source>
        <translation>CA 証明書ファイルを選択</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM 証明書 (*.pem *.crt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>切断(&amp;D)</translation>
    </message>
    <message>
        <source>Close the connection</source>
        <translation>接続を閉じます</translation>
    </message>
    <message>
        <source>Connect to the channel as a viewer (Enter)</source>
        <translation>ビューアーとしてチャネルに接続します (Enter)</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>expires in %1</source>
        <translation>%1 後に期限切れ</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation>%1 前に期限切れ</translation>
    </message>
    <message>
        <source>the region of profile %1</source>
        <translation>プロファイル %1 のリージョン</translation>
    </message>
    <message>
        <source>the channel ARN</source>
        <translation>チャネル ARN</translation>
    </message>
    <message>
        <source>Recent channels</source>
        <translation>最近のチャネル</translation>
    </message>
    <message>
        <source>Cannot read the AWS files: %1</source>
        <translation>AWS ファイルを読み取れません: %1</translation>
    </message>
    <message>
        <source>No recent channels yet</source>
        <translation>最近のチャネルはまだありません</translation>
    </message>
    <message>
        <source>Channels you connected to recently</source>
        <translation>最近接続したチャネル</translation>
    </message>
    <message>
        <source>Checking the credentials…</source>
        <translation>認証情報を確認しています…</translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation>期限なし</translation>
    </message>
    <message>
        <source>Found: %1
Access key %2 · %3</source>
        <translation>検出: %1
アクセスキー %2 · %3</translation>
    </message>
    <message>
        <source>No credentials: %1</source>
        <translation>認証情報がありません: %1</translation>
    </message>
    <message>
        <source>A profile&apos;s static keys, SSO sign-in, credential_process or role, as the AWS CLI reads them.</source>
        <translation>プロファイルの静的キー、SSO サインイン、credential_process、ロールを AWS CLI と同じ方法で読み取ります。</translation>
    </message>
    <message>
        <source>The channel ARN is in %1 but %2 says %3; the connection will use %3 and is likely to fail with ResourceNotFound. Type %1 in the region field to use the ARN&apos;s region.</source>
        <translation>チャネル ARN は %1 ですが、%2 は %3 です。接続には %3 が使われ、ResourceNotFound で失敗する可能性が高いです。ARN のリージョンを使うには、リージョン欄に %1 と入力してください。</translation>
    </message>
    <message>
        <source>The default region is unusable: %1</source>
        <translation>既定のリージョンは使用できません: %1</translation>
    </message>
    <message>
        <source>Region from this field (it overrides AWS_REGION, the profile and the channel ARN).</source>
        <translation>この欄のリージョン (AWS_REGION、プロファイル、チャネル ARN より優先されます)。</translation>
    </message>
    <message>
        <source>Region %1 from %2.</source>
        <translation>リージョン %1 (取得元: %2)。</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>既定: %1</translation>
    </message>
    <message>
        <source>Connec&amp;t</source>
        <translation>接続(&amp;T)</translation>
    </message>
    <message>
        <source>Automatic (H.264, then VP8)</source>
        <translation>自動 (H.264、次に VP8)</translation>
    </message>
    <message>
        <source>H.264 only</source>
        <translation>H.264 のみ</translation>
    </message>
    <message>
        <source>VP8 only</source>
        <translation>VP8 のみ</translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation>プロファイル %1</translation>
    </message>
    <message>
        <source>FIPS endpoint on: %1.</source>
        <translation>FIPS エンドポイントが有効です: %1。</translation>
    </message>
    <message>
        <source>Dual-stack endpoint on: %1.</source>
        <translation>デュアルスタックエンドポイントが有効です: %1。</translation>
    </message>
    <message>
        <source>List…</source>
        <translation>一覧…</translation>
    </message>
    <message>
        <source>List the channels these credentials may see in the region and pick one (Ctrl+Shift+L)</source>
        <translation>この認証情報でリージョン内に見えるチャネルを一覧表示し、1 つ選びます (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>List channels</source>
        <translation>チャネル一覧</translation>
    </message>
</context>
<context>
    <name>kvs::ui::ConnectionPanel</name>
    <message>
        <source>Cance&amp;l retry</source>
        <translation>再試行を取り消す(&amp;L)</translation>
    </message>
    <message>
        <source>Retry &amp;now</source>
        <translation>今すぐ再試行(&amp;N)</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>接続状態</translation>
    </message>
    <message>
        <source>The connection&apos;s state; announced when it changes</source>
        <translation>接続の状態。変化すると読み上げられます</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Retry countdown</source>
        <translation>再試行までのカウントダウン</translation>
    </message>
    <message>
        <source>Cancel the scheduled retry (Esc)</source>
        <translation>予定された再試行を取り消します (Esc)</translation>
    </message>
    <message>
        <source>Cancels the scheduled retry; Esc does the same</source>
        <translation>予定された再試行を取り消します。Esc キーでも同じです</translation>
    </message>
    <message>
        <source>Retry at once instead of waiting</source>
        <translation>待たずにすぐ再試行します</translation>
    </message>
    <message>
        <source>Retries at once instead of waiting for the countdown</source>
        <translation>カウントダウンを待たずにすぐ再試行します</translation>
    </message>
    <message>
        <source>Connected time</source>
        <translation>接続時間</translation>
    </message>
    <message>
        <source>Master probe result</source>
        <translation>マスタープローブの結果</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Waterfall</source>
        <translation>ウォーターフォール</translation>
    </message>
    <message>
        <source>Connection steps</source>
        <translation>接続ステップ</translation>
    </message>
    <message>
        <source>Each step of the connection with its start, duration and outcome; the waterfall shows the timing</source>
        <translation>接続の各ステップの開始、所要時間、結果。ウォーターフォールでタイミングを示します</translation>
    </message>
    <message>
        <source>Connection state: %1</source>
        <translation>接続状態: %1</translation>
    </message>
    <message>
        <source>%1 (attempt %2)</source>
        <translation>%1 (%2 回目の試行)</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>実行中…</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Put a new ClientId in the form (like its “New id”)</source>
        <translation>フォームに新しい ClientId を入力します (フォームの「新規 ID」と同じ)</translation>
    </message>
    <message>
        <source>Get a different ClientId</source>
        <translation>別の ClientId を取得</translation>
    </message>
    <message>
        <source>Clock warning</source>
        <translation>時計の警告</translation>
    </message>
    <message>
        <source>Credential expiry</source>
        <translation>認証情報の有効期限</translation>
    </message>
    <message>
        <source>Connection taken over</source>
        <translation>接続が奪われました</translation>
    </message>
    <message>
        <source>Idle time</source>
        <translation>アイドル時間</translation>
    </message>
    <message>
        <source>Another client connected with the same ClientId and the service gave it this connection, so the viewer stopped instead of taking it back. If that client is yours (a second copy of this app, a test rig), keep one ClientId per viewer: get a different ClientId (the button here, or “New id” in the form), then connect again.</source>
        <translation>別のクライアントが同じ ClientId で接続し、サービスがこの接続をそのクライアントに渡したため、ビューアーは接続を奪い返さずに停止しました。そのクライアントが自分のもの (このアプリの 2 つ目のインスタンスやテスト環境) であれば、ビューアーごとに 1 つの ClientId を使ってください。別の ClientId を取得してから (ここのボタン、またはフォームの「新規 ID」)、もう一度接続してください。</translation>
    </message>
    <message>
        <source>Credentials from %1 expired %2 min ago. This connection stays open; the next connection fetches new ones (or fails if the source cannot give any).</source>
        <translation>%1 の認証情報は %2 分前に期限切れになりました。この接続は開いたままです。次回の接続で新しい認証情報を取得します (取得元が提供できない場合は失敗します)。</translation>
    </message>
    <message>
        <source>Credentials from %1 expire in %2 min — the next connection will refresh them.</source>
        <translation>%1 の認証情報はあと %2 分で期限切れになります — 次回の接続で更新されます。</translation>
    </message>
    <message>
        <source>Cancelled by you</source>
        <translation>ユーザーが取り消しました</translation>
    </message>
    <message>
        <source>Connected for %1 · documented maximum: 1 hour per connection (observed longer); the viewer reconnects when it ends</source>
        <translation>接続時間 %1 · 文書上の最大: 1 接続あたり 1 時間（実際はより長いことが観測されています）。終了したらビューアーが再接続します</translation>
    </message>
    <message>
        <source>No signaling message for %1 · documented idle limit: 10 minutes; the viewer&apos;s pings keep the connection from going idle</source>
        <translation>シグナリングメッセージなし: %1 · 文書上のアイドル上限: 10 分。ビューアーの ping により接続はアイドル扱いになりません</translation>
    </message>
    <message>
        <source>Notices about this connection; press Space to show or hide them</source>
        <translation>この接続に関するお知らせ。Space キーで表示／非表示を切り替えます</translation>
    </message>
    <message>
        <source>Hide the notices</source>
        <translation>お知らせを隠す</translation>
    </message>
    <message>
        <source>Notices (%1) — hide</source>
        <translation>お知らせ (%1) — 隠す</translation>
    </message>
    <message>
        <source>Notices (%1):</source>
        <translation>お知らせ (%1):</translation>
    </message>
    <message>
        <source>Notices (%1)</source>
        <translation>お知らせ (%1)</translation>
    </message>
    <message>
        <source>Connected for %1 when the record of this run ends (recorded, not live)</source>
        <translation>この実行の記録の終了時点で接続時間 %1（記録された値で、ライブではありません）</translation>
    </message>
</context>
<context>
    <name>kvs::ui::CustomOfferDialog</name>
    <message>
        <source>Sent; waiting for the master&apos;s answer…</source>
        <translation>送信しました。マスターの応答を待っています…</translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation>応答なし: %1</translation>
    </message>
    <message>
        <source>(the answer&apos;s SDP did not parse)</source>
        <translation>(応答の SDP を解析できませんでした)</translation>
    </message>
    <message>
        <source>Connect first: the offer goes to the master through the open connection.</source>
        <translation>先に接続してください。オファーは開いている接続を通じてマスターに送信されます。</translation>
    </message>
    <message>
        <source>The master answered in %1: %2
ICE candidates in the answer: %3; trickled: %4 (details in the message log)</source>
        <translation>マスターが %1 で応答しました: %2
アンサー内の ICE 候補: %3、トリクル: %4 (詳細はイベントログを参照)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
</context>
<context>
    <name>kvs::ui::DiagnosticsDialog</name>
    <message>
        <source>Export diagnostics</source>
        <translation>診断情報のエクスポート</translation>
    </message>
    <message>
        <source>This is the whole file. Secrets (keys, tokens, signatures, TURN credentials) are removed; check it before you hand it over.</source>
        <translation>これがファイルの全内容です。秘密情報 (キー、トークン、署名、TURN 認証情報) は除去されています。渡す前に確認してください。</translation>
    </message>
    <message>
        <source>Diagnostics preview</source>
        <translation>診断情報のプレビュー</translation>
    </message>
    <message>
        <source>The whole file as it will be saved, with secrets removed</source>
        <translation>保存されるファイルの全内容 (秘密情報は除去済み)</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>kvs::ui::DiagnosticsViewer</name>
    <message>
        <source>Diagnostics: %1 (read-only)</source>
        <translation>診断情報: %1 (読み取り専用)</translation>
    </message>
    <message>
        <source>Diagnostics from a file</source>
        <translation>ファイルの診断情報</translation>
    </message>
    <message>
        <source>Made by kvs-viewer %1 at %2.</source>
        <translation>kvs-viewer %1 が %2 に作成。</translation>
    </message>
    <message>
        <source>(unknown version)</source>
        <translation>(バージョン不明)</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>不明な時刻</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s).</source>
        <translation>
            <numerusform>%n 件のイベント。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) skipped (not an event of this app, or over the limit).</source>
        <translation>
            <numerusform>%n 件のエントリを読み飛ばしました (このアプリのイベントではないか、上限超過)。</numerusform>
        </translation>
    </message>
    <message>
        <source>Also in the file: %1.</source>
        <translation>ファイルにはほかに %1 があります。</translation>
    </message>
    <message>
        <source>Read-only: nothing here connects.</source>
        <translation>読み取り専用: ここからは何も接続しません。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>設定項目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>&amp;Timeline and log</source>
        <translation>タイムラインとログ(&amp;T)</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation>設定(&amp;E)</translation>
    </message>
    <message>
        <source>no state recorded</source>
        <translation>状態の記録なし</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Run %1 — %2</source>
        <translation>実行 %1 — %2</translation>
    </message>
    <message>
        <source>Run shown in the steps</source>
        <translation>ステップに表示する実行</translation>
    </message>
    <message>
        <source>Each Connect of the session is a run: the steps show the one chosen here, the log holds them all</source>
        <translation>セッション中の接続 1 回が 1 つの実行です。ステップにはここで選んだ実行を表示し、ログにはすべての実行が含まれます</translation>
    </message>
    <message>
        <source>&amp;Run:</source>
        <translation>実行(&amp;R):</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) in %1 runs.</source>
        <translation>
            <numerusform>%1 回の実行で %n 件のイベント。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kvs::ui::ErrorDialog</name>
    <message>
        <source>What happened</source>
        <translation>発生した問題</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>対処方法</translation>
    </message>
    <message>
        <source>Step:</source>
        <translation>ステップ:</translation>
    </message>
    <message>
        <source>Service message:</source>
        <translation>サービスのメッセージ:</translation>
    </message>
    <message>
        <source>HTTP status:</source>
        <translation>HTTP ステータス:</translation>
    </message>
    <message>
        <source>Error type:</source>
        <translation>エラーの種類:</translation>
    </message>
    <message>
        <source>Request id:</source>
        <translation>リクエスト ID:</translation>
    </message>
    <message>
        <source>IAM action:</source>
        <translation>IAM アクション:</translation>
    </message>
    <message>
        <source>Minimal IAM policy for a viewer</source>
        <translation>ビューアー用の最小限の IAM ポリシー</translation>
    </message>
    <message>
        <source>A minimal &amp;policy for a viewer of this channel:</source>
        <translation>このチャネルのビューアー用の最小限のポリシー(&amp;P):</translation>
    </message>
    <message>
        <source>Copies these details with secrets removed</source>
        <translation>これらの詳細を秘密情報を除いてコピーします</translation>
    </message>
    <message>
        <source>Step: %1</source>
        <translation>ステップ: %1</translation>
    </message>
    <message>
        <source>Service message: %1</source>
        <translation>サービスのメッセージ: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP ステータス: %1</translation>
    </message>
    <message>
        <source>Error type: %1</source>
        <translation>エラーの種類: %1</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>リクエスト ID: %1</translation>
    </message>
    <message>
        <source>IAM action: %1</source>
        <translation>IAM アクション: %1</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>対処方法:</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>詳細:</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>詳細: %1</translation>
    </message>
    <message>
        <source>Copy &amp;details</source>
        <translation>詳細をコピー(&amp;D)</translation>
    </message>
</context>
<context>
    <name>kvs::ui::IceServersDialog</name>
    <message>
        <source>Fetching the ICE servers…</source>
        <translation>ICE サーバーを取得しています…</translation>
    </message>
    <message>
        <source>Channel %1 in %2</source>
        <translation>%2 のチャネル %1</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(不明)</translation>
    </message>
    <message>
        <source>Fetched at %1.</source>
        <translation>%1 に取得しました。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>%1 failed: %2 %3</source>
        <translation>%1 が失敗しました: %2 %3</translation>
    </message>
    <message>
        <source>Grant %1 to these credentials.</source>
        <translation>この認証情報に %1 を許可してください。</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>TURN: %1.</source>
        <translation>TURN: %1。</translation>
    </message>
</context>
<context>
    <name>kvs::ui::IdentityDialog</name>
    <message>
        <source>&amp;Ask again</source>
        <translation>もう一度問い合わせる(&amp;A)</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>コピー(&amp;Y)</translation>
    </message>
    <message>
        <source>Who am I</source>
        <translation>認証情報の持ち主</translation>
    </message>
    <message>
        <source>Asks STS (GetCallerIdentity) who the connection form&apos;s credentials belong to. Nothing is changed in the account.</source>
        <translation>接続フォームの認証情報が誰のものかを STS (GetCallerIdentity) に問い合わせます。アカウントには何も変更を加えません。</translation>
    </message>
    <message>
        <source>Asking</source>
        <translation>問い合わせ中</translation>
    </message>
    <message>
        <source>Asking STS…</source>
        <translation>STS に問い合わせています…</translation>
    </message>
    <message>
        <source>never (long-term keys)</source>
        <translation>なし (長期キー)</translation>
    </message>
    <message>
        <source>expired at %1</source>
        <translation>%1 に期限切れ</translation>
    </message>
    <message numerus="yes">
        <source>%1 (in %n second(s))</source>
        <translation>
            <numerusform>%1 (あと %n 秒)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (in %n minute(s))</source>
        <translation>
            <numerusform>%1 (あと %n 分)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (in %n hour(s))</source>
        <translation>
            <numerusform>%1 (あと %n 時間)</numerusform>
        </translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>アカウント:</translation>
    </message>
    <message>
        <source>ARN:</source>
        <translation>ARN:</translation>
    </message>
    <message>
        <source>User id:</source>
        <translation>ユーザー ID:</translation>
    </message>
    <message>
        <source>Credentials:</source>
        <translation>認証情報:</translation>
    </message>
    <message>
        <source>Access key:</source>
        <translation>アクセスキー:</translation>
    </message>
    <message>
        <source>%1 (temporary, with a session token)</source>
        <translation>%1 (一時的、セッショントークンあり)</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>有効期限:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>リージョン:</translation>
    </message>
    <message>
        <source>STS endpoint:</source>
        <translation>STS エンドポイント:</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (%2 から)</translation>
    </message>
    <message>
        <source>STS knows these credentials.</source>
        <translation>STS はこの認証情報を認識しています。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The service said: %1 (%2)</source>
        <translation>サービスの応答: %1 (%2)</translation>
    </message>
    <message>
        <source>Advanced › Endpoint URL</source>
        <translation>詳細設定 › エンドポイント URL</translation>
    </message>
    <message>
        <source>the region&apos;s default</source>
        <translation>リージョンの既定</translation>
    </message>
</context>
<context>
    <name>kvs::ui::MainWindow</name>
    <message>
        <source>Save diagnostics</source>
        <translation>診断情報の保存</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON ファイル (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Diagnostics saved to %1</source>
        <translation>診断情報を %1 に保存しました</translation>
    </message>
    <message>
        <source>Export diagnostics</source>
        <translation>診断情報のエクスポート</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 を書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>&amp;Practice</source>
        <translation>練習(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>About KVS Signaling Viewer</source>
        <translation>KVS Signaling Viewer について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;KVS Signaling Viewer %1&lt;/h3&gt;&lt;p&gt;Connects to Amazon Kinesis Video Streams WebRTC signaling channels as a viewer and explains every step.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;KVS Signaling Viewer %1&lt;/h3&gt;&lt;p&gt;Amazon Kinesis Video Streams の WebRTC シグナリングチャネルにビューアーとして接続し、各ステップを説明します。&lt;/p&gt;&lt;p&gt;Qt %2 でビルド、Qt %3 で実行中。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Edit connection</source>
        <translation>接続を編集(&amp;E)</translation>
    </message>
    <message>
        <source>Show the connection form again</source>
        <translation>接続フォームを再表示します</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>ミュート</translation>
    </message>
    <message>
        <source>Mute audio</source>
        <translation>音声をミュート</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>ミュート解除</translation>
    </message>
    <message>
        <source>&amp;Video</source>
        <translation>映像(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>全画面(&amp;F)</translation>
    </message>
    <message>
        <source>Show only the video (Esc leaves)</source>
        <translation>映像だけを表示します (Esc で戻る)</translation>
    </message>
    <message>
        <source>Save &amp;snapshot…</source>
        <translation>スナップショットを保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the current picture as a PNG file</source>
        <translation>現在の画像を PNG ファイルとして保存します</translation>
    </message>
    <message>
        <source>&amp;Mute audio</source>
        <translation>音声をミュート(&amp;M)</translation>
    </message>
    <message>
        <source>Show s&amp;tats overlay</source>
        <translation>統計オーバーレイを表示(&amp;T)</translation>
    </message>
    <message>
        <source>Codec, resolution, frame rate, bit rate, loss and the selected pair</source>
        <translation>コーデック、解像度、フレームレート、ビットレート、損失、選択されたペア</translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation>チャネル: %1</translation>
    </message>
    <message>
        <source>There is no picture to save yet.</source>
        <translation>保存できる画像はまだありません。</translation>
    </message>
    <message>
        <source>Save snapshot</source>
        <translation>スナップショットを保存</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>Snapshot saved to %1</source>
        <translation>スナップショットを %1 に保存しました</translation>
    </message>
    <message>
        <source>Armed practice faults</source>
        <translation>有効な練習用の障害</translation>
    </message>
    <message>
        <source>⚠ Practice armed: %1</source>
        <translation>⚠ 練習の障害が有効: %1</translation>
    </message>
    <message>
        <source>Faults waiting in the demo&apos;s emulator; Practice › Clear all faults ends them</source>
        <translation>デモのエミュレーターで待機中の障害。練習 › すべての障害を解除 で終了します</translation>
    </message>
</context>
<context>
    <name>kvs::ui::MessageLogPanel</name>
    <message>
        <source>All events</source>
        <translation>すべてのイベント</translation>
    </message>
    <message>
        <source>Signaling messages</source>
        <translation>シグナリングメッセージ</translation>
    </message>
    <message>
        <source>Steps and states</source>
        <translation>ステップと状態</translation>
    </message>
    <message>
        <source>Errors and warnings</source>
        <translation>エラーと警告</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>In and out</source>
        <translation>受信と送信</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受信</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Filter text (Ctrl+F)</source>
        <translation>絞り込み (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter text</source>
        <translation>絞り込みテキスト</translation>
    </message>
    <message>
        <source>Copy the selected events, or all shown, with secrets removed</source>
        <translation>選択したイベント (選択がなければ表示中のすべて) を秘密情報を除いてコピーします</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>イベントログ</translation>
    </message>
    <message>
        <source>Select an event to see it in full.</source>
        <translation>イベントを選ぶと全体が表示されます。</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation>イベントの詳細</translation>
    </message>
    <message>
        <source>Which kinds of events the log shows</source>
        <translation>ログに表示するイベントの種類</translation>
    </message>
    <message>
        <source>Show received messages, sent messages or both</source>
        <translation>受信メッセージ、送信メッセージ、またはその両方を表示します</translation>
    </message>
    <message>
        <source>Shows only events containing this text</source>
        <translation>このテキストを含むイベントだけを表示します</translation>
    </message>
    <message>
        <source>Copies the selected events, or all shown, with secrets removed</source>
        <translation>選択したイベント (選択がなければ表示中のすべて) を秘密情報を除いてコピーします</translation>
    </message>
    <message>
        <source>Every event and signaling message, newest last; select one to see it in full</source>
        <translation>すべてのイベントとシグナリングメッセージ (新しいものが下)。選ぶと全体が表示されます</translation>
    </message>
    <message>
        <source>The selected event in full, with secrets removed</source>
        <translation>選択したイベントの全体 (秘密情報は除去済み)</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>表示(&amp;W):</translation>
    </message>
    <message>
        <source>Payload:</source>
        <translation>ペイロード:</translation>
    </message>
    <message>
        <source>Media and ICE</source>
        <translation>メディアと ICE</translation>
    </message>
    <message>
        <source>Session description (SDP):</source>
        <translation>セッション記述 (SDP):</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>まだありません</translation>
    </message>
    <message>
        <source>Candidates gathered by this viewer:</source>
        <translation>このビューアーが収集した候補:</translation>
    </message>
    <message>
        <source>Candidates received from the master:</source>
        <translation>マスターから受信した候補:</translation>
    </message>
    <message>
        <source>Selected candidate pair: %1</source>
        <translation>選択された候補ペア: %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>方向:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>テキスト:</translation>
    </message>
</context>
<context>
    <name>kvs::ui::NetworkTestDialog</name>
    <message>
        <source>Network test</source>
        <translation>ネットワークテスト</translation>
    </message>
    <message>
        <source>Which of STUN, TURN over UDP, TCP and TLS work from this network, tried one by one with the real ICE stack against the channel&apos;s own servers.</source>
        <translation>このネットワークから STUN、UDP・TCP・TLS 経由の TURN のどれが使えるかを、実際の ICE スタックでチャネル自身のサーバーに対して一つずつ試します。</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>経路</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Address or reason</source>
        <translation>アドレスまたは理由</translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation>再実行(&amp;R)</translation>
    </message>
    <message>
        <source>Copy the rows and the verdict (TURN credentials are never included)</source>
        <translation>行と判定をコピーします (TURN の認証情報は決して含まれません)</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>テスト中…</translation>
    </message>
    <message>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>コピー(&amp;Y)</translation>
    </message>
</context>
<context>
    <name>kvs::ui::PresignedUrlDialog</name>
    <message>
        <source>&amp;Use in form</source>
        <translation>フォームに反映(&amp;U)</translation>
    </message>
    <message>
        <source>Presigned URL</source>
        <translation>署名付き URL</translation>
    </message>
    <message>
        <source>&amp;Paste a presigned signaling URL (wss://…?X-Amz-ChannelARN=…). It is decoded here only: nothing is sent, and the signature is never shown.</source>
        <translation>署名付きシグナリング URL を貼り付けてください(&amp;P) (wss://…?X-Amz-ChannelARN=…)。ここで解読するだけで、何も送信せず、署名は表示しません。</translation>
    </message>
    <message>
        <source>Put the channel ARN, region and ClientId in the connection form</source>
        <translation>チャネル ARN、リージョン、ClientId を接続フォームに入れます</translation>
    </message>
    <message>
        <source>%1 — expired</source>
        <translation>%1 — 期限切れ</translation>
    </message>
    <message numerus="yes">
        <source>%1 (valid for %n more minute(s))</source>
        <translation>
            <numerusform>%1 (あと %n 分有効)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing pasted yet.</source>
        <translation>まだ何も貼り付けられていません。</translation>
    </message>
    <message>
        <source>Not a presigned signaling URL: %1</source>
        <translation>署名付きシグナリング URL ではありません: %1</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>エンドポイント:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>チャネル:</translation>
    </message>
    <message>
        <source>Account, name:</source>
        <translation>アカウント、名前:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>ロール:</translation>
    </message>
    <message>
        <source>viewer, ClientId %1</source>
        <translation>ビューアー、ClientId %1</translation>
    </message>
    <message>
        <source>master</source>
        <translation>マスター</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>リージョン:</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>署名者:</translation>
    </message>
    <message>
        <source>%1 (temporary credentials)</source>
        <translation>%1 (一時的な認証情報)</translation>
    </message>
    <message>
        <source>Signed at:</source>
        <translation>署名時刻:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>有効期限:</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>署名:</translation>
    </message>
    <message>
        <source>present (hidden)</source>
        <translation>あり (非表示)</translation>
    </message>
    <message>
        <source>The URL looks usable until it expires.</source>
        <translation>この URL は期限切れまで使えそうです。</translation>
    </message>
    <message>
        <source>Co&amp;nnect with this URL</source>
        <translation>この URL で接続(&amp;N)</translation>
    </message>
    <message>
        <source>Connect the window&apos;s session with this URL exactly as pasted: no credentials, no control-plane calls (media: host and STUN candidates only)</source>
        <translation>貼り付けたとおりの URL でウィンドウのセッションを接続します。認証情報もコントロールプレーンの呼び出しも使いません (メディアはホストと STUN の候補のみ)</translation>
    </message>
</context>
<context>
    <name>kvs::ui::VideoWidget</name>
    <message>
        <source>Double-click or press F11 for full screen</source>
        <translation>ダブルクリックまたは F11 で全画面表示</translation>
    </message>
    <message>
        <source>Video: playing</source>
        <translation>映像: 再生中</translation>
    </message>
    <message>
        <source>Video: playing %1</source>
        <translation>映像: 再生中 %1</translation>
    </message>
    <message>
        <source>Video: %1</source>
        <translation>映像: %1</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>映像</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Connects to a Kinesis Video Streams signaling channel as a viewer.</source>
        <translation>Kinesis Video Streams のシグナリングチャネルにビューアーとして接続します。</translation>
    </message>
    <message>
        <source>Quit after MS milliseconds (for smoke tests).</source>
        <translation>MS ミリ秒後に終了します (スモークテスト用)。</translation>
    </message>
    <message>
        <source>Start a local signaling emulator with a built-in master and connect to its demo channel (no AWS account needed).</source>
        <translation>組み込みマスター付きのローカルシグナリングエミュレーターを起動し、そのデモチャネルに接続します (AWS アカウント不要)。</translation>
    </message>
    <message>
        <source>Use this language: de, ja or en (default: the one chosen in Help › Language, else the system&apos;s).</source>
        <translation>使用する言語: de、ja、en (既定: ヘルプ › 言語 で選んだ言語、なければシステムの言語)。</translation>
    </message>
    <message>
        <source>A setup file (.kvssetup.json) to fill the form from.</source>
        <translation>フォームを埋める接続設定ファイル (.kvssetup.json)。</translation>
    </message>
</context>
</TS>
