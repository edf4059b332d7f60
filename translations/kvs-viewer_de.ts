<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccessCheckDialog</name>
    <message>
        <source>Check access</source>
        <translation>Zugriff prüfen</translation>
    </message>
    <message>
        <source>Runs each step a viewer needs, once and without retries, with the connection form&apos;s credentials, channel and endpoint.</source>
        <translation>Führt jeden Schritt, den ein Viewer braucht, einmal und ohne Wiederholungen aus – mit den Anmeldedaten, dem Kanal und dem Endpunkt aus dem Verbindungsformular.</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Each step of the check with its result, time, HTTP status, error type and the service&apos;s message</source>
        <translation>Jeder Schritt der Prüfung mit Ergebnis, Zeit, HTTP-Status, Fehlertyp und Meldung des Dienstes</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Error type</source>
        <translation>Fehlertyp</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Prüfung läuft</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Copy &amp;policy</source>
        <translation>&amp;Richtlinie kopieren</translation>
    </message>
    <message>
        <source>Copy policy</source>
        <translation>Richtlinie kopieren</translation>
    </message>
    <message>
        <source>Copy the minimal IAM policy a viewer of this channel needs</source>
        <translation>Die minimale IAM-Richtlinie kopieren, die ein Viewer dieses Kanals braucht</translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation>&amp;Erneut ausführen</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Erneut ausführen</translation>
    </message>
    <message>
        <source>Run the check again with the form&apos;s current settings</source>
        <translation>Die Prüfung mit den aktuellen Einstellungen des Formulars erneut ausführen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the check</source>
        <translation>Die Prüfung abbrechen</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>ConnectionFormPanel</name>
    <message>
        <source>Credentials</source>
        <translation>Anmeldedaten</translation>
    </message>
    <message>
        <source>Credential source</source>
        <translation>Quelle der Anmeldedaten</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Access &amp;key id:</source>
        <translation>Zugriffs&amp;schlüssel-ID:</translation>
    </message>
    <message>
        <source>AKIA… or ASIA…</source>
        <translation>AKIA… oder ASIA…</translation>
    </message>
    <message>
        <source>Access key id</source>
        <translation>Zugriffsschlüssel-ID</translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation>Geheimer Zugriffsschlüssel</translation>
    </message>
    <message>
        <source>Only for temporary credentials</source>
        <translation>Nur für temporäre Anmeldedaten</translation>
    </message>
    <message>
        <source>Session token</source>
        <translation>Sitzungstoken</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Channel name or arn:aws:kinesisvideo:…</source>
        <translation>Kanalname oder arn:aws:kinesisvideo:…</translation>
    </message>
    <message>
        <source>Channel name or ARN</source>
        <translation>Kanalname oder ARN</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Re&amp;gion:</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Client &amp;id:</source>
        <translation>&amp;Client-ID:</translation>
    </message>
    <message>
        <source>ClientId</source>
        <translation>ClientId</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>&amp;New id</source>
        <translation>&amp;Neue ID</translation>
    </message>
    <message>
        <source>Generate a new ClientId. Keep one per install: stale ids count toward the channel&apos;s 10-viewer limit until they time out.</source>
        <translation>Erzeugt eine neue ClientId. Behalten Sie eine pro Installation: Veraltete IDs zählen zum Limit von 10 Viewern des Kanals, bis sie ablaufen.</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>E&amp;rweitert</translation>
    </message>
    <message>
        <source>Default: the region&apos;s endpoint</source>
        <translation>Standard: der Endpunkt der Region</translation>
    </message>
    <message>
        <source>Endpoint URL override</source>
        <translation>Abweichende Endpunkt-URL</translation>
    </message>
    <message>
        <source>Default: the system&apos;s certificates</source>
        <translation>Standard: die Zertifikate des Systems</translation>
    </message>
    <message>
        <source>Extra CA certificate file</source>
        <translation>Zusätzliche CA-Zertifikatsdatei</translation>
    </message>
    <message>
        <source>A profile from the AWS config and credentials files</source>
        <translation>Ein Profil aus den AWS-Dateien config und credentials</translation>
    </message>
    <message>
        <source>Read the AWS config and credentials files again and check the profile&apos;s credentials</source>
        <translation>Die AWS-Dateien config und credentials erneut lesen und die Anmeldedaten des Profils prüfen</translation>
    </message>
    <message>
        <source>Reload profiles</source>
        <translation>Profile neu laden</translation>
    </message>
    <message>
        <source>AWS profile files</source>
        <translation>AWS-Profildateien</translation>
    </message>
    <message>
        <source>Credentials found</source>
        <translation>Gefundene Anmeldedaten</translation>
    </message>
    <message>
        <source>Remember the keys in the system keychain</source>
        <translation>Die Schlüssel im Schlüsselbund des Systems merken</translation>
    </message>
    <message>
        <source>A channel name or ARN; Down (or Alt+Down) lists the channels you connected to recently</source>
        <translation>Ein Kanalname oder ARN; Pfeil nach unten (oder Alt+Pfeil nach unten) listet die Kanäle auf, mit denen Sie zuletzt verbunden waren</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <source>Channels you connected to recently</source>
        <translation>Kanäle, mit denen Sie zuletzt verbunden waren</translation>
    </message>
    <message>
        <source>Recent channels</source>
        <translation>Zuletzt verwendete Kanäle</translation>
    </message>
    <message>
        <source>Empty: AWS_REGION, AWS_DEFAULT_REGION, the profile&apos;s region or the channel ARN&apos;s region, in that order</source>
        <translation>Leer: AWS_REGION, AWS_DEFAULT_REGION, die Region des Profils oder die Region des Kanal-ARN, in dieser Reihenfolge</translation>
    </message>
    <message>
        <source>Where the region comes from</source>
        <translation>Herkunft der Region</translation>
    </message>
    <message>
        <source>Region warning</source>
        <translation>Warnung zur Region</translation>
    </message>
    <message>
        <source>New client id</source>
        <translation>Neue Client-ID</translation>
    </message>
    <message>
        <source>Advanced options</source>
        <translation>Erweiterte Optionen</translation>
    </message>
    <message>
        <source>Custo&amp;m CA file:</source>
        <translation>&amp;Eigene CA-Datei:</translation>
    </message>
    <message>
        <source>Browse for a CA file</source>
        <translation>Nach einer CA-Datei suchen</translation>
    </message>
    <message>
        <source>FIPS endpoint</source>
        <translation>FIPS-Endpunkt</translation>
    </message>
    <message>
        <source>Dual-stack (IPv6) endpoint</source>
        <translation>Dual-Stack-Endpunkt (IPv6)</translation>
    </message>
    <message>
        <source>Ma&amp;x retries:</source>
        <translation>Ma&amp;x. Wiederholungen:</translation>
    </message>
    <message>
        <source>Chann&amp;el:</source>
        <translation>K&amp;anal:</translation>
    </message>
    <message>
        <source>Endpoint &amp;URL:</source>
        <translation>Endpunkt-&amp;URL:</translation>
    </message>
    <message>
        <source>FIP&amp;S endpoint</source>
        <translation>&amp;FIPS-Endpunkt</translation>
    </message>
    <message>
        <source>Show or hide the endpoint, CA file, FIPS, dual-stack, retry and media options</source>
        <translation>Endpunkt, CA-Datei, FIPS, Dual-Stack, Wiederholungen und Medienoptionen ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Maximum retries</source>
        <translation>Maximale Wiederholungen</translation>
    </message>
    <message>
        <source>Vi&amp;deo codec:</source>
        <translation>Vide&amp;o-Codec:</translation>
    </message>
    <message>
        <source>Video codec preference</source>
        <translation>Bevorzugter Video-Codec</translation>
    </message>
    <message>
        <source>Which video codecs the viewer offers to the master</source>
        <translation>Welche Video-Codecs der Viewer dem Master anbietet</translation>
    </message>
    <message>
        <source>Media path:</source>
        <translation>Medienweg:</translation>
    </message>
    <message>
        <source>Use the region&apos;s STUN server</source>
        <translation>STUN-Server der Region verwenden</translation>
    </message>
    <message>
        <source>Use the STUN server</source>
        <translation>Den STUN-Server verwenden</translation>
    </message>
    <message>
        <source>Lets ICE learn this network&apos;s public address (server-reflexive candidates)</source>
        <translation>Lässt ICE die öffentliche Adresse dieses Netzwerks ermitteln (Server-Reflexive-Kandidaten)</translation>
    </message>
    <message>
        <source>Use the channel&apos;s TURN servers</source>
        <translation>TURN-Server des Kanals verwenden</translation>
    </message>
    <message>
        <source>Use the TURN servers</source>
        <translation>Die TURN-Server verwenden</translation>
    </message>
    <message>
        <source>Lets video flow through a relay when no direct path works (relay candidates)</source>
        <translation>Lässt das Video über ein Relay fließen, wenn kein direkter Weg funktioniert (Relay-Kandidaten)</translation>
    </message>
    <message>
        <source>Rela&amp;y only (TURN)</source>
        <translation>Nur Rela&amp;y (TURN)</translation>
    </message>
    <message>
        <source>Relay only</source>
        <translation>Nur Relay</translation>
    </message>
    <message>
        <source>Gather only relay candidates, as a browser with iceTransportPolicy &quot;relay&quot; does</source>
        <translation>Nur Relay-Kandidaten sammeln, wie ein Browser mit iceTransportPolicy „relay“</translation>
    </message>
    <message>
        <source>Receive audio</source>
        <translation>Audio empfangen</translation>
    </message>
    <message>
        <source>Offer an audio track (Opus) besides the video</source>
        <translation>Neben dem Video eine Audiospur (Opus) anbieten</translation>
    </message>
    <message>
        <source>Connec&amp;t</source>
        <translation>Ver&amp;binden</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Connect to the channel as a viewer (Enter)</source>
        <translation>Als Viewer mit dem Kanal verbinden (Eingabetaste)</translation>
    </message>
    <message>
        <source>What is missing to connect</source>
        <translation>Was zum Verbinden fehlt</translation>
    </message>
    <message>
        <source>Credentia&amp;ls from:</source>
        <translation>&amp;Quelle der Anmeldedaten:</translation>
    </message>
    <message>
        <source>P&amp;rofile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>Rel&amp;oad</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>Sec&amp;ret access key:</source>
        <translation>Gehei&amp;mer Zugriffsschlüssel:</translation>
    </message>
    <message>
        <source>Session t&amp;oken:</source>
        <translation>Sitzungs&amp;token:</translation>
    </message>
    <message>
        <source>Remem&amp;ber in the system keychain</source>
        <translation>Im Schlüsse&amp;lbund des Systems merken</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Dual-stack (IPv&amp;6) endpoint</source>
        <translation>Dual-Stac&amp;k-Endpunkt (IPv6)</translation>
    </message>
</context>
<context>
    <name>CustomOfferDialog</name>
    <message>
        <source>Send custom offer</source>
        <translation>Eigenes Angebot senden</translation>
    </message>
    <message>
        <source>&amp;Offer (SDP) to send to the channel&apos;s master — prefilled with the probe&apos;s offer:</source>
        <translation>&amp;Angebot (SDP) an den Master des Kanals – vorausgefüllt mit dem Testangebot:</translation>
    </message>
    <message>
        <source>Offer SDP</source>
        <translation>SDP des Angebots</translation>
    </message>
    <message>
        <source>Problem with the offer</source>
        <translation>Problem mit dem Angebot</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Waiting for the answer</source>
        <translation>Warten auf die Antwort</translation>
    </message>
    <message>
        <source>Reset the offer</source>
        <translation>Das Angebot zurücksetzen</translation>
    </message>
    <message>
        <source>Put back the offer the probe would send</source>
        <translation>Das Angebot wiederherstellen, das die Prüfung senden würde</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Send the offer</source>
        <translation>Das Angebot senden</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;bbrechen</translation>
    </message>
    <message>
        <source>Stop waiting for the answer</source>
        <translation>Nicht länger auf die Antwort warten</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>Schl&amp;ießen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
</context>
<context>
    <name>IceServersDialog</name>
    <message>
        <source>ICE servers</source>
        <translation>ICE-Server</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>The STUN and TURN servers of the channel; TURN usernames and passwords are hidden</source>
        <translation>Die STUN- und TURN-Server des Kanals; TURN-Benutzernamen und -Passwörter sind ausgeblendet</translation>
    </message>
    <message>
        <source>URIs</source>
        <translation>URIs</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Fetching</source>
        <translation>Abruf läuft</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Fetch the ICE servers again with the form&apos;s current settings</source>
        <translation>Die ICE-Server mit den aktuellen Einstellungen des Formulars erneut abrufen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;bbrechen</translation>
    </message>
    <message>
        <source>Cancel the fetch</source>
        <translation>Den Abruf abbrechen</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Export diagnostics…</source>
        <translation>Diagnose &amp;exportieren…</translation>
    </message>
    <message>
        <source>Preview and save one redacted file with versions, settings, timeline and events</source>
        <translation>Eine bereinigte Datei mit Versionen, Einstellungen, Zeitleiste und Ereignissen ansehen und speichern</translation>
    </message>
    <message>
        <source>&amp;Probe master</source>
        <translation>Master &amp;prüfen</translation>
    </message>
    <message>
        <source>Send a probe offer and summarise the master&apos;s answer (only while connected)</source>
        <translation>Ein Test-Angebot senden und die Antwort des Masters zusammenfassen (nur während einer Verbindung)</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About KVS Signaling Viewer</source>
        <translation>&amp;Über KVS Signaling Viewer</translation>
    </message>
    <message>
        <source>&amp;Check access…</source>
        <translation>&amp;Zugriff prüfen…</translation>
    </message>
    <message>
        <source>Run each step a viewer needs with the form&apos;s settings and show which ones the service allows</source>
        <translation>Jeden Schritt, den ein Viewer braucht, mit den Einstellungen des Formulars ausführen und zeigen, welche der Dienst erlaubt</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>&amp;ICE servers…</source>
        <translation>&amp;ICE-Server…</translation>
    </message>
    <message>
        <source>Fetch the channel&apos;s STUN and TURN servers and show how long they stay valid</source>
        <translation>Die STUN- und TURN-Server des Kanals abrufen und zeigen, wie lange sie gültig bleiben</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Send custom &amp;offer…</source>
        <translation>Eigenes &amp;Angebot senden…</translation>
    </message>
    <message>
        <source>Edit an SDP offer and send it to the master (only while connected)</source>
        <translation>Ein SDP-Angebot bearbeiten und an den Master senden (nur während einer Verbindung)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>&amp;Network test…</source>
        <translation>&amp;Netzwerktest…</translation>
    </message>
    <message>
        <source>Try STUN and each TURN transport of the channel from this network and say which way video can take</source>
        <translation>STUN und jeden TURN-Transport des Kanals aus diesem Netzwerk ausprobieren und sagen, welchen Weg das Video nehmen kann</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Who am I…</source>
        <translation>&amp;Wer bin ich…</translation>
    </message>
    <message>
        <source>Ask STS who the form&apos;s credentials belong to, where they came from and when they expire</source>
        <translation>STS fragen, wem die Anmeldedaten des Formulars gehören, woher sie stammen und wann sie ablaufen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+W</source>
        <translation>Ctrl+Shift+W</translation>
    </message>
    <message>
        <source>&amp;List channels…</source>
        <translation>Kanäle &amp;listen…</translation>
    </message>
    <message>
        <source>List the channels the form&apos;s credentials may see in its region and pick one</source>
        <translation>Die Kanäle auflisten, die die Anmeldedaten des Formulars in seiner Region sehen dürfen, und einen auswählen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Open &amp;presigned URL…</source>
        <translation>&amp;Vorsignierte URL öffnen…</translation>
    </message>
    <message>
        <source>Paste a presigned signaling URL and see its channel, ClientId, region, signing time and expiry (never its signature)</source>
        <translation>Eine vorsignierte Signaling-URL einfügen und Kanal, ClientId, Region, Signierzeit und Ablauf sehen (nie ihre Signatur)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <source>&amp;Open setup…</source>
        <translation>Einrichtung ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Fill the form from a setup file (channel, region, endpoint, CA, credential source, media options; never keys)</source>
        <translation>Das Formular aus einer Einrichtungsdatei füllen (Kanal, Region, Endpunkt, CA, Herkunft der Anmeldedaten, Medienoptionen; nie Schlüssel)</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Save setup…</source>
        <translation>Einrichtung &amp;speichern…</translation>
    </message>
    <message>
        <source>Save the form as a setup file to share: everything but keys, secrets and tokens</source>
        <translation>Das Formular als Einrichtungsdatei zum Weitergeben speichern: alles außer Schlüsseln, Geheimnissen und Tokens</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Open &amp;diagnostics…</source>
        <translation>&amp;Diagnose öffnen…</translation>
    </message>
    <message>
        <source>Show a diagnostics export (a customer&apos;s) read-only: its steps, log and settings</source>
        <translation>Einen Diagnose-Export (etwa eines Kunden) schreibgeschützt anzeigen: Schritte, Protokoll und Einstellungen</translation>
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
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The WebSocket opened and closed cleanly.</source>
        <translation>Der WebSocket wurde geöffnet und sauber geschlossen.</translation>
    </message>
</context>
<context>
    <name>kvs::AppController</name>
    <message>
        <source>keys typed into the form</source>
        <translation>im Formular eingegebene Schlüssel</translation>
    </message>
    <message>
        <source>Probing the master…</source>
        <translation>Master wird geprüft…</translation>
    </message>
    <message>
        <source>Fix the connection form first: %1</source>
        <translation>Korrigieren Sie zuerst das Verbindungsformular: %1</translation>
    </message>
    <message>
        <source>Not connected, or a probe is still running.</source>
        <translation>Nicht verbunden, oder eine Prüfung läuft noch.</translation>
    </message>
    <message>
        <source>Sent a custom offer…</source>
        <translation>Eigenes Angebot gesendet…</translation>
    </message>
    <message>
        <source>Waiting for the master&apos;s answer…</source>
        <translation>Warte auf die Antwort des Masters …</translation>
    </message>
    <message>
        <source>Finding a network path to the master…</source>
        <translation>Suche einen Netzwerkpfad zum Master …</translation>
    </message>
    <message>
        <source>Securing the media (DTLS)…</source>
        <translation>Sichere die Medien (DTLS) …</translation>
    </message>
    <message>
        <source>Waiting for the first video frame…</source>
        <translation>Warte auf das erste Videobild …</translation>
    </message>
    <message>
        <source>Codec: %1</source>
        <translation>Codec: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Resolution: %1 × %2</source>
        <translation>Auflösung: %1 × %2</translation>
    </message>
    <message>
        <source>Frame rate: %1 fps</source>
        <translation>Bildrate: %1 fps</translation>
    </message>
    <message>
        <source>Bit rate: %1 kbit/s</source>
        <translation>Bitrate: %1 kbit/s</translation>
    </message>
    <message>
        <source>Packets lost: %1</source>
        <translation>Verlorene Pakete: %1</translation>
    </message>
    <message>
        <source>Pair: %1</source>
        <translation>Paar: %1</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>noch nicht bekannt</translation>
    </message>
    <message>
        <source>Audio: %1, %2 dB</source>
        <translation>Audio: %1, %2 dB</translation>
    </message>
    <message>
        <source>No master answered on this channel. Start the master (the camera&apos;s app or the KVS sample master) on this channel, then connect again.</source>
        <translation>Auf diesem Kanal hat kein Master geantwortet. Starten Sie den Master (die App der Kamera oder den KVS-Beispiel-Master) auf diesem Kanal und verbinden Sie sich dann erneut.</translation>
    </message>
    <message>
        <source>No video from the master — see why: %1</source>
        <translation>Kein Video vom Master – der Grund: %1</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Medien</translation>
    </message>
    <message>
        <source>No video from the master</source>
        <translation>Kein Video vom Master</translation>
    </message>
    <message>
        <source>Candidates offered by this viewer: %1</source>
        <translation>Kandidaten dieses Viewers: %1</translation>
    </message>
    <message>
        <source>Candidates offered by the master: %1</source>
        <translation>Kandidaten des Masters: %1</translation>
    </message>
    <message>
        <source>Candidate pairs tried: %1</source>
        <translation>Versuchte Kandidatenpaare: %1</translation>
    </message>
    <message>
        <source>ICE settings: relay only %1, STUN %2, TURN %3</source>
        <translation>ICE-Einstellungen: nur Relay %1, STUN %2, TURN %3</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Fill in the channel and press Connect to watch its video.</source>
        <translation>Geben Sie den Kanal ein und klicken Sie auf „Verbinden“, um sein Video zu sehen.</translation>
    </message>
    <message>
        <source>Sending the offer to the master…</source>
        <translation>Sende das Angebot an den Master …</translation>
    </message>
    <message>
        <source>Disconnected. Press Connect to watch the video again.</source>
        <translation>Getrennt. Klicken Sie auf „Verbinden“, um das Video wieder zu sehen.</translation>
    </message>
    <message>
        <source>The connection failed: no video. The panel below and the log say why.</source>
        <translation>Die Verbindung ist fehlgeschlagen: kein Video. Der Bereich darunter und das Protokoll nennen den Grund.</translation>
    </message>
    <message>
        <source>Waiting to retry the connection…</source>
        <translation>Warte auf den nächsten Verbindungsversuch …</translation>
    </message>
    <message>
        <source>Connecting to the signaling channel…</source>
        <translation>Verbinde mit dem Signalisierungskanal …</translation>
    </message>
    <message>
        <source>Fetching the channel&apos;s ICE servers…</source>
        <translation>Die ICE-Server des Kanals werden abgerufen…</translation>
    </message>
    <message>
        <source>The ICE servers could not be fetched: %1 failed: %2 %3</source>
        <translation>Die ICE-Server konnten nicht abgerufen werden: %1 fehlgeschlagen: %2 %3</translation>
    </message>
    <message>
        <source>The ICE servers could not be fetched.</source>
        <translation>Die ICE-Server konnten nicht abgerufen werden.</translation>
    </message>
    <message>
        <source>Local addresses: %1. VPN-like interface: %2.</source>
        <translation>Lokale Adressen: %1. VPN-artige Schnittstelle: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>(through the HTTP proxy %1)</source>
        <translation>(über den HTTP-Proxy %1)</translation>
    </message>
    <message>
        <source>Open diagnostics</source>
        <translation>Diagnose öffnen</translation>
    </message>
    <message>
        <source>Diagnostics exports (*.json);;All files (*)</source>
        <translation>Diagnose-Exporte (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>These diagnostics cannot be shown</source>
        <translation>Diese Diagnose kann nicht angezeigt werden</translation>
    </message>
    <message>
        <source>Ask for the file made with File › Export diagnostics again, unchanged.</source>
        <translation>Bitten Sie erneut um die mit Datei › Diagnose exportieren erstellte Datei, unverändert.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>kvs::AwsConfigFiles</name>
    <message>
        <source>%1 cannot be read (%2); check its permissions.</source>
        <translation>%1 kann nicht gelesen werden (%2); prüfen Sie die Zugriffsrechte.</translation>
    </message>
    <message>
        <source>%1, %2 Fix the file or point %3 elsewhere.</source>
        <translation>%1, %2 Korrigieren Sie die Datei oder lassen Sie %3 auf eine andere zeigen.</translation>
    </message>
    <message>
        <source>no region: set AWS_REGION, a region in the profile, or use a channel ARN.</source>
        <translation>keine Region: Setzen Sie AWS_REGION oder eine Region im Profil, oder verwenden Sie einen Kanal-ARN.</translation>
    </message>
</context>
<context>
    <name>kvs::AwsHttp</name>
    <message>
        <source>the CA bundle %1 cannot be read (%2); fix AWS_CA_BUNDLE.</source>
        <translation>das CA-Bundle %1 kann nicht gelesen werden (%2); korrigieren Sie AWS_CA_BUNDLE.</translation>
    </message>
    <message>
        <source>the CA bundle %1 holds no PEM certificate; fix AWS_CA_BUNDLE.</source>
        <translation>das CA-Bundle %1 enthält kein PEM-Zertifikat; korrigieren Sie AWS_CA_BUNDLE.</translation>
    </message>
    <message>
        <source>HTTP %1 from %2 (%3 bytes)</source>
        <translation>HTTP %1 von %2 (%3 Bytes)</translation>
    </message>
    <message>
        <source>HTTP %1 from %2
  %3</source>
        <translation>HTTP %1 von %2
  %3</translation>
    </message>
    <message>
        <source>no HTTP response from %1: %2</source>
        <translation>keine HTTP-Antwort von %1: %2</translation>
    </message>
    <message>
        <source>the answer is larger than %1 bytes and was not read</source>
        <translation>die Antwort ist größer als %1 Bytes und wurde nicht gelesen</translation>
    </message>
    <message>
        <source>no usable HTTP response from %1: %2</source>
        <translation>keine verwendbare HTTP-Antwort von %1: %2</translation>
    </message>
</context>
<context>
    <name>kvs::ClockSkewEstimator</name>
    <message>
        <source>The local clock is %1 behind the service&apos;s.</source>
        <translation>Die lokale Uhr geht %1 hinter der Uhr des Dienstes nach.</translation>
    </message>
    <message>
        <source>The local clock is %1 ahead of the service&apos;s.</source>
        <translation>Die lokale Uhr geht %1 vor der Uhr des Dienstes vor.</translation>
    </message>
</context>
<context>
    <name>kvs::ConnectionController</name>
    <message>
        <source>not retryable</source>
        <translation>nicht wiederholbar</translation>
    </message>
    <message>
        <source>gave up after %1 attempts</source>
        <translation>nach %1 Versuchen aufgegeben</translation>
    </message>
    <message>
        <source>gave up: the retry time budget ran out after %1 attempts</source>
        <translation>aufgegeben: Das Zeitbudget für Wiederholungen war nach %1 Versuchen aufgebraucht</translation>
    </message>
    <message>
        <source>Ignored event %1 in state %2 (a bug: please report it).</source>
        <translation>Ereignis %1 im Zustand %2 ignoriert (ein Fehler: bitte melden).</translation>
    </message>
    <message>
        <source>Control plane %1 (from %2), region %3, ClientId %4</source>
        <translation>Steuerungsebene %1 (aus %2), Region %3, ClientId %4</translation>
    </message>
    <message>
        <source>The channel&apos;s status is %1, not ACTIVE.</source>
        <translation>Der Status des Kanals ist %1, nicht ACTIVE.</translation>
    </message>
    <message numerus="yes">
        <source>%n TURN server(s)</source>
        <translation>
            <numerusform>%n TURN-Server</numerusform>
            <numerusform>%n TURN-Server</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not refresh the ICE server config (%1); keeping the previous one.</source>
        <translation>Die ICE-Server-Konfiguration konnte nicht erneuert werden (%1); die bisherige bleibt in Gebrauch.</translation>
    </message>
    <message>
        <source>The service refused the WebSocket upgrade; replaying the request once to read why.</source>
        <translation>Der Dienst hat das WebSocket-Upgrade abgelehnt; die Anfrage wird einmal wiederholt, um den Grund zu lesen.</translation>
    </message>
    <message>
        <source>TLS handshake with the signaling endpoint failed: %1</source>
        <translation>TLS-Handshake mit dem Signaling-Endpunkt fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Could not open the WebSocket: %1</source>
        <translation>Der WebSocket konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The connection closed during the WebSocket handshake.</source>
        <translation>Die Verbindung wurde während des WebSocket-Handshakes geschlossen.</translation>
    </message>
    <message>
        <source>The connection was closed soon after opening %1 times within %2 s.</source>
        <translation>Die Verbindung wurde innerhalb von %2 s %1-mal kurz nach dem Öffnen geschlossen.</translation>
    </message>
    <message>
        <source>Ignored a malformed message: %1 (%2)</source>
        <translation>Fehlerhafte Nachricht ignoriert: %1 (%2)</translation>
    </message>
    <message>
        <source>The service refused message %1: %2 %3 %4</source>
        <translation>Der Dienst hat die Nachricht %1 abgelehnt: %2 %3 %4</translation>
    </message>
    <message>
        <source>The service is going away (deployment): reconnecting now with a fresh endpoint.</source>
        <translation>Der Dienst wird beendet (Deployment): Es wird jetzt mit einem neuen Endpunkt neu verbunden.</translation>
    </message>
    <message>
        <source>The local clock was corrected to the service&apos;s time; retrying once at once.</source>
        <translation>Die lokale Uhr wurde auf die Zeit des Dienstes korrigiert; es folgt sofort ein weiterer Versuch.</translation>
    </message>
    <message>
        <source>Another client is probably using the same ClientId (%1): %2</source>
        <translation>Wahrscheinlich verwendet ein anderer Client dieselbe ClientId (%1): %2</translation>
    </message>
    <message>
        <source>stopped to avoid flapping</source>
        <translation>angehalten, um ständiges Hin und Her zu vermeiden</translation>
    </message>
    <message>
        <source>Requests are signed with the service&apos;s time; fix the system clock (NTP).</source>
        <translation>Anfragen werden mit der Zeit des Dienstes signiert; korrigieren Sie die Systemuhr (NTP).</translation>
    </message>
    <message>
        <source>The WebSocket upgrade was answered 101 with a wrong Sec-WebSocket-Accept: the server does not speak the WebSocket protocol (a proxy in the way, or not the signaling service).</source>
        <translation>Das WebSocket-Upgrade wurde mit 101 und einem falschen Sec-WebSocket-Accept beantwortet: Der Server spricht das WebSocket-Protokoll nicht (ein Proxy dazwischen oder nicht der Signalisierungsdienst).</translation>
    </message>
    <message>
        <source>The WebSocket connection failed with a protocol error (code %1: %2): %3. A server that does this is broken or is not the signaling service.</source>
        <translation>Die WebSocket-Verbindung ist mit einem Protokollfehler gescheitert (Code %1: %2): %3. Ein Server, der das tut, ist defekt oder nicht der Signalisierungsdienst.</translation>
    </message>
    <message>
        <source>a malformed WebSocket frame</source>
        <translation>ein fehlerhafter WebSocket-Frame</translation>
    </message>
    <message>
        <source>a kind of data the other end cannot take</source>
        <translation>eine Art von Daten, die die Gegenseite nicht annehmen kann</translation>
    </message>
    <message>
        <source>a text message that is not valid UTF-8</source>
        <translation>eine Textnachricht, die kein gültiges UTF-8 ist</translation>
    </message>
    <message>
        <source>a message larger than the limit (%1 bytes on this side)</source>
        <translation>eine Nachricht über dem Limit (%1 Bytes auf dieser Seite)</translation>
    </message>
    <message>
        <source>Another connection with the same ClientId opened in this program just before this one was closed (%1).</source>
        <translation>Eine andere Verbindung mit derselben ClientId wurde in diesem Programm geöffnet, kurz bevor diese geschlossen wurde (%1).</translation>
    </message>
    <message>
        <source>Cancelled by you: the scheduled retry was not made.</source>
        <translation>Von Ihnen abgebrochen: Der geplante neue Versuch wurde nicht unternommen.</translation>
    </message>
    <message>
        <source>The replayed upgrade was accepted (101) and closed at once: the refusal was not repeated.</source>
        <translation>Die wiederholte Upgrade-Anfrage wurde angenommen (101) und sofort geschlossen: Die Ablehnung hat sich nicht wiederholt.</translation>
    </message>
    <message>
        <source>Replaying the upgrade to read why it was refused failed: %1</source>
        <translation>Die Wiederholung der Upgrade-Anfrage, um den Grund der Ablehnung zu lesen, ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The service refused the WebSocket upgrade; Qt did not report the HTTP status. %1</source>
        <translation>Der Dienst hat das WebSocket-Upgrade abgelehnt; Qt hat den HTTP-Status nicht gemeldet. %1</translation>
    </message>
    <message>
        <source>The service refused the WebSocket upgrade: HTTP %1. %2</source>
        <translation>Der Dienst hat das WebSocket-Upgrade abgelehnt: HTTP %1. %2</translation>
    </message>
    <message>
        <source>%1 to %2 through the HTTP proxy %3 (from %4)</source>
        <translation>%1 zu %2 über den HTTP-Proxy %3 (aus %4)</translation>
    </message>
    <message>
        <source>%1 to %2 without a proxy: no_proxy / NO_PROXY lists the host (%3 is set)</source>
        <translation>%1 zu %2 ohne Proxy: no_proxy / NO_PROXY nennt den Host (%3 ist gesetzt)</translation>
    </message>
    <message>
        <source>Waiting %1 before connecting: at most 3 connects per second per channel.</source>
        <translation>Warte %1 vor dem Verbinden: höchstens 3 Verbindungsaufbauten pro Sekunde und Kanal.</translation>
    </message>
    <message>
        <source>The WebSocket handshake got no answer within %1.</source>
        <translation>Der WebSocket-Handshake blieb %1 lang unbeantwortet.</translation>
    </message>
    <message>
        <source>The connection was lost without a close frame (code %1) after %2.</source>
        <translation>Die Verbindung ist nach %2 ohne Close-Frame abgerissen (Code %1).</translation>
    </message>
    <message>
        <source>The service closed the connection (code %1) after %2.</source>
        <translation>Der Dienst hat die Verbindung nach %2 geschlossen (Code %1).</translation>
    </message>
    <message>
        <source>The service closed the connection (code %1: %2) after %3.</source>
        <translation>Der Dienst hat die Verbindung nach %3 geschlossen (Code %1: %2).</translation>
    </message>
    <message>
        <source>No pong within %1 of a ping: the link is dead.</source>
        <translation>Kein Pong innerhalb von %1 nach einem Ping: Die Verbindung ist tot.</translation>
    </message>
    <message>
        <source>Connecting with the presigned URL as given (channel %1, ClientId %2, region %3): no credentials, control-plane calls or ICE server config are used, so media can use host and STUN candidates only.</source>
        <translation>Verbindung mit der vorsignierten URL, wie sie angegeben wurde (Kanal %1, ClientId %2, Region %3): Es werden keine Anmeldedaten, keine Aufrufe der Steuerungsebene und keine ICE-Server-Konfiguration verwendet; Medien können daher nur Host- und STUN-Kandidaten nutzen.</translation>
    </message>
</context>
<context>
    <name>kvs::ConnectionForm</name>
    <message>
        <source>The channel is empty; enter a channel name or a channel ARN.</source>
        <translation>Der Kanal ist leer; geben Sie einen Kanalnamen oder einen Kanal-ARN ein.</translation>
    </message>
    <message>
        <source>Choose a profile.</source>
        <translation>Wählen Sie ein Profil.</translation>
    </message>
    <message>
        <source>The region is empty; a channel name needs one (for example us-west-2).</source>
        <translation>Die Region ist leer; ein Kanalname braucht eine (zum Beispiel us-west-2).</translation>
    </message>
    <message>
        <source>The channel ARN is in %1 but the region field says %2; the connection will use %2 and is likely to fail with ResourceNotFound.</source>
        <translation>Der Kanal-ARN liegt in %1, das Feld Region sagt aber %2; die Verbindung verwendet %2 und scheitert wahrscheinlich mit ResourceNotFound.</translation>
    </message>
    <message>
        <source>The CA file cannot be read; choose a PEM file.</source>
        <translation>Die CA-Datei kann nicht gelesen werden; wählen Sie eine PEM-Datei.</translation>
    </message>
</context>
<context>
    <name>kvs::ConnectionPlan</name>
    <message>
        <source>The connection form is incomplete.</source>
        <translation>Das Verbindungsformular ist unvollständig.</translation>
    </message>
    <message>
        <source>Choose a region first (or give a channel ARN).</source>
        <translation>Wählen Sie zuerst eine Region (oder geben Sie einen Kanal-ARN an).</translation>
    </message>
    <message>
        <source>This is a master&apos;s URL (ConnectAsMaster, no X-Amz-ClientId): a viewer connects only with a ConnectAsViewer URL.</source>
        <translation>Dies ist die URL eines Masters (ConnectAsMaster, ohne X-Amz-ClientId): Ein Viewer verbindet sich nur mit einer ConnectAsViewer-URL.</translation>
    </message>
    <message>
        <source>The URL expired at %1 by this computer&apos;s clock (signed at %2, valid for %3 s): get a freshly presigned URL and connect with it at once.</source>
        <translation>Die URL ist nach der Uhr dieses Computers um %1 abgelaufen (signiert um %2, gültig für %3 s): Lassen Sie eine neue URL vorsignieren und verbinden Sie sich sofort damit.</translation>
    </message>
</context>
<context>
    <name>kvs::ConnectionSetup</name>
    <message>
        <source>The file is larger than %1 KiB: not a setup.</source>
        <translation>Die Datei ist größer als %1 KiB: keine Einrichtung.</translation>
    </message>
    <message>
        <source>The file is not a JSON object (%1 at byte %2).</source>
        <translation>Die Datei ist kein JSON-Objekt (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>missing: this is not a KVS Signaling Viewer setup.</source>
        <translation>fehlt: Dies ist keine Einrichtung des KVS Signaling Viewer.</translation>
    </message>
    <message>
        <source>version %1 is not known here (this version reads %2): update the app.</source>
        <translation>Version %1 ist hier unbekannt (diese Version liest %2): Aktualisieren Sie die App.</translation>
    </message>
    <message>
        <source>must be a string.</source>
        <translation>muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <source>must be true or false.</source>
        <translation>muss true oder false sein.</translation>
    </message>
    <message>
        <source>clientId is ignored: clientIdPolicy is &quot;install&quot; (each viewer uses its own).</source>
        <translation>clientId wird ignoriert: clientIdPolicy ist „install“ (jeder Viewer verwendet seine eigene).</translation>
    </message>
    <message>
        <source>must be &quot;install&quot; or &quot;fixed&quot;.</source>
        <translation>muss „install“ oder „fixed“ sein.</translation>
    </message>
    <message>
        <source>a profile name is needed when credentialSource is &quot;profile&quot;.</source>
        <translation>ein Profilname ist nötig, wenn credentialSource „profile“ ist.</translation>
    </message>
    <message>
        <source>must be &quot;environment&quot;, &quot;profile&quot; or &quot;manual&quot;.</source>
        <translation>muss „environment“, „profile“ oder „manual“ sein.</translation>
    </message>
    <message>
        <source>must be a whole number from 0 to 50.</source>
        <translation>muss eine ganze Zahl von 0 bis 50 sein.</translation>
    </message>
    <message>
        <source>must be an object.</source>
        <translation>muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>must be &quot;any&quot;, &quot;h264&quot; or &quot;vp8&quot;.</source>
        <translation>muss „any“, „h264“ oder „vp8“ sein.</translation>
    </message>
    <message>
        <source>must be &quot;all&quot; or &quot;relay&quot;.</source>
        <translation>muss „all“ oder „relay“ sein.</translation>
    </message>
    <message>
        <source>setups never hold keys, secrets or tokens.</source>
        <translation>Einrichtungen enthalten nie Schlüssel, Geheimnisse oder Tokens.</translation>
    </message>
    <message>
        <source>Unknown key ignored: media.%1</source>
        <translation>Unbekannter Schlüssel ignoriert: media.%1</translation>
    </message>
    <message>
        <source>Unknown key ignored: %1</source>
        <translation>Unbekannter Schlüssel ignoriert: %1</translation>
    </message>
</context>
<context>
    <name>kvs::ConnectionState</name>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Getting credentials…</source>
        <translation>Anmeldedaten werden geholt…</translation>
    </message>
    <message>
        <source>Looking up the channel…</source>
        <translation>Kanal wird gesucht…</translation>
    </message>
    <message>
        <source>Getting the signaling endpoint…</source>
        <translation>Signaling-Endpunkt wird abgefragt…</translation>
    </message>
    <message>
        <source>Getting ICE servers…</source>
        <translation>ICE-Server werden abgefragt…</translation>
    </message>
    <message>
        <source>Signing the connection…</source>
        <translation>Verbindung wird signiert…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Reconnecting (the service is going away)…</source>
        <translation>Neu verbinden (der Dienst wird beendet)…</translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation>Warten auf Wiederholung</translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation>Trenne…</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Replaced by another client</source>
        <translation>Von einem anderen Client ersetzt</translation>
    </message>
</context>
<context>
    <name>kvs::ConnectionTimeline</name>
    <message>
        <source>attempt %1 of %2</source>
        <translation>Versuch %1 von %2</translation>
    </message>
    <message>
        <source>attempt %1</source>
        <translation>Versuch %1</translation>
    </message>
    <message>
        <source>Media: %1</source>
        <translation>Medien: %1</translation>
    </message>
    <message>
        <source>Retrying in %1 (%2): %3</source>
        <translation>Neuer Versuch in %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>kvs::ContainerCredentials</name>
    <message>
        <source>%1 is not an http:// or https:// URL.</source>
        <translation>%1 ist keine http://- oder https://-URL.</translation>
    </message>
    <message>
        <source>%1 names the host %2 over plain http; only https://, a loopback address or 169.254.170.2, 169.254.170.23, fd00:ec2::23, localhost are allowed (as in the AWS CLI).</source>
        <translation>%1 nennt den Host %2 über unverschlüsseltes http; erlaubt sind nur https://, eine Loopback-Adresse oder 169.254.170.2, 169.254.170.23, fd00:ec2::23, localhost (wie in der AWS CLI).</translation>
    </message>
    <message>
        <source>%1 does not form a valid URL.</source>
        <translation>%1 ergibt keine gültige URL.</translation>
    </message>
    <message>
        <source>AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE %1 cannot be read: %2.</source>
        <translation>AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>the container authorization token holds a line break; it is not a legal header value.</source>
        <translation>das Container-Autorisierungstoken enthält einen Zeilenumbruch; das ist kein gültiger Header-Wert.</translation>
    </message>
    <message>
        <source>the container credentials endpoint %1</source>
        <translation>der Container-Anmeldedaten-Endpunkt %1</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>the container credentials endpoint %1 (from %2) failed %3 times; last: %4</source>
        <translation>der Container-Anmeldedaten-Endpunkt %1 (aus %2) ist %3-mal gescheitert; zuletzt: %4</translation>
    </message>
</context>
<context>
    <name>kvs::ControlPlaneClient</name>
    <message>
        <source>Unexpected answer from the service: %1.</source>
        <translation>Unerwartete Antwort des Dienstes: %1.</translation>
    </message>
    <message>
        <source>the body is not a JSON object</source>
        <translation>der Inhalt ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>ChannelInfo.ChannelARN is missing or invalid</source>
        <translation>ChannelInfo.ChannelARN fehlt oder ist ungültig</translation>
    </message>
    <message>
        <source>ResourceEndpointList lacks the WSS or the HTTPS endpoint</source>
        <translation>in ResourceEndpointList fehlt der WSS- oder der HTTPS-Endpunkt</translation>
    </message>
    <message>
        <source>the WSS endpoint is unusable: %1</source>
        <translation>der WSS-Endpunkt ist unbrauchbar: %1</translation>
    </message>
    <message>
        <source>the HTTPS endpoint is unusable: %1</source>
        <translation>der HTTPS-Endpunkt ist unbrauchbar: %1</translation>
    </message>
    <message>
        <source>IceServerList is missing</source>
        <translation>IceServerList fehlt</translation>
    </message>
    <message>
        <source>%1 got no answer within %2 ms.</source>
        <translation>%1 blieb %2 ms lang unbeantwortet.</translation>
    </message>
    <message>
        <source>%1 was cancelled.</source>
        <translation>%1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1: TLS handshake with %2 failed: %3</source>
        <translation>%1: TLS-Handshake mit %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 failed: HTTP %2</source>
        <translation>%1 fehlgeschlagen: HTTP %2</translation>
    </message>
    <message>
        <source> (request id %1)</source>
        <translation> (Request-ID %1)</translation>
    </message>
    <message>
        <source>%1: the answer from %2 is larger than %3 bytes and was not read (a broken endpoint, or not the signaling service).</source>
        <translation>%1: Die Antwort von %2 ist größer als %3 Bytes und wurde nicht gelesen (ein defekter Endpunkt oder nicht der Signalisierungsdienst).</translation>
    </message>
    <message>
        <source>ChannelInfoList is missing</source>
        <translation>ChannelInfoList fehlt</translation>
    </message>
</context>
<context>
    <name>kvs::ControlPlaneEndpoint</name>
    <message>
        <source>profile %1 names services %2, but the config file has no [services %2] section.</source>
        <translation>Profil %1 nennt services %2, aber die config-Datei hat keinen Abschnitt [services %2].</translation>
    </message>
    <message>
        <source>%1 and FIPS (from %2) exclude each other: a custom endpoint is not a FIPS endpoint.</source>
        <translation>%1 und FIPS (aus %2) schließen einander aus: Ein eigener Endpunkt ist kein FIPS-Endpunkt.</translation>
    </message>
    <message>
        <source>%1 and dual-stack (from %2) exclude each other: a custom endpoint is used as given.</source>
        <translation>%1 und Dual-Stack (aus %2) schließen einander aus: Ein eigener Endpunkt wird so verwendet, wie er angegeben ist.</translation>
    </message>
</context>
<context>
    <name>kvs::CredentialChain</name>
    <message>
        <source>AWS_SECRET_ACCESS_KEY: not set, but AWS_ACCESS_KEY_ID is; set both.</source>
        <translation>AWS_SECRET_ACCESS_KEY ist nicht gesetzt, AWS_ACCESS_KEY_ID aber schon; setzen Sie beide.</translation>
    </message>
    <message>
        <source>aws_access_key_id is set but aws_secret_access_key is not; set both.</source>
        <translation>aws_access_key_id ist gesetzt, aws_secret_access_key aber nicht; setzen Sie beide.</translation>
    </message>
    <message>
        <source>credentials from %1 expire at %2: fetching new ones</source>
        <translation>Anmeldedaten aus %1 laufen um %2 ab: neue werden geholt</translation>
    </message>
    <message>
        <source>credentials: %1 (access key %2), %3</source>
        <translation>Anmeldedaten: %1 (Zugriffsschlüssel %2), %3</translation>
    </message>
    <message>
        <source>expire at %1</source>
        <translation>laufen um %1 ab</translation>
    </message>
    <message>
        <source>do not expire</source>
        <translation>laufen nicht ab</translation>
    </message>
    <message>
        <source>refreshing credentials failed (%1); the current ones are still valid until %2</source>
        <translation>Erneuern der Anmeldedaten fehlgeschlagen (%1); die aktuellen gelten noch bis %2</translation>
    </message>
    <message>
        <source>no credentials: %1</source>
        <translation>keine Anmeldedaten: %1</translation>
    </message>
    <message>
        <source>using the environment&apos;s AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY</source>
        <translation>AWS_ACCESS_KEY_ID und AWS_SECRET_ACCESS_KEY aus der Umgebung werden verwendet</translation>
    </message>
    <message>
        <source>--profile %1 given: the environment&apos;s keys (if any) are not used</source>
        <translation>--profile %1 angegeben: Schlüssel aus der Umgebung (falls vorhanden) werden nicht verwendet</translation>
    </message>
    <message>
        <source>the profile &quot;%1&quot; (from %2) is in neither %3 nor %4; check the name.</source>
        <translation>das Profil „%1“ (aus %2) steht weder in %3 noch in %4; prüfen Sie den Namen.</translation>
    </message>
    <message>
        <source>using profile %1 (chosen by %2)</source>
        <translation>Profil %1 wird verwendet (gewählt durch %2)</translation>
    </message>
    <message>
        <source>the profiles&apos; source_profile settings form a loop (%1); break it.</source>
        <translation>die source_profile-Einstellungen der Profile bilden eine Schleife (%1); lösen Sie sie auf.</translation>
    </message>
    <message>
        <source>the profile &quot;%1&quot; (source_profile of %2) is in neither %3 nor %4.</source>
        <translation>das Profil „%1“ (source_profile von %2) steht weder in %3 noch in %4.</translation>
    </message>
    <message>
        <source>mfa_serial needs a code typed at each sign-in, which this app cannot ask for; use a profile without MFA or SSO.</source>
        <translation>mfa_serial verlangt bei jeder Anmeldung einen Code, den diese App nicht abfragen kann; verwenden Sie ein Profil ohne MFA oder SSO.</translation>
    </message>
    <message>
        <source>duration_seconds must be a whole number from 900 to 43200.</source>
        <translation>duration_seconds muss eine ganze Zahl von 900 bis 43200 sein.</translation>
    </message>
    <message>
        <source>has both source_profile and credential_source; keep one.</source>
        <translation>hat sowohl source_profile als auch credential_source; behalten Sie eines davon.</translation>
    </message>
    <message>
        <source>profile %1: AssumeRole %2 at %3 with credentials from %4</source>
        <translation>Profil %1: AssumeRole %2 bei %3 mit Anmeldedaten aus %4</translation>
    </message>
    <message>
        <source>credential_source is Environment, but AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set.</source>
        <translation>credential_source ist Environment, aber AWS_ACCESS_KEY_ID und AWS_SECRET_ACCESS_KEY sind nicht gesetzt.</translation>
    </message>
    <message>
        <source>has role_arn but neither source_profile nor credential_source; add one.</source>
        <translation>hat role_arn, aber weder source_profile noch credential_source; ergänzen Sie eines davon.</translation>
    </message>
    <message>
        <source>sso_session %1 has no [sso-session %1] section in %2.</source>
        <translation>sso_session %1 hat keinen Abschnitt [sso-session %1] in %2.</translation>
    </message>
    <message>
        <source>an SSO profile needs %1; run `aws configure sso --profile %2`.</source>
        <translation>ein SSO-Profil braucht %1; führen Sie `aws configure sso --profile %2` aus.</translation>
    </message>
    <message>
        <source>profile %1: SSO GetRoleCredentials for role %2 in account %3</source>
        <translation>Profil %1: SSO GetRoleCredentials für Rolle %2 in Konto %3</translation>
    </message>
    <message>
        <source>profile %1: running credential_process %2</source>
        <translation>Profil %1: credential_process %2 wird ausgeführt</translation>
    </message>
    <message>
        <source>credential_process did not finish within %1 seconds; check the helper (does it wait for input?).</source>
        <translation>credential_process wurde nicht innerhalb von %1 Sekunden fertig; prüfen Sie das Hilfsprogramm (wartet es auf eine Eingabe?).</translation>
    </message>
    <message>
        <source>credential_process could not be started: %1.</source>
        <translation>credential_process konnte nicht gestartet werden: %1.</translation>
    </message>
    <message>
        <source>credential_process exited with status %1: %2</source>
        <translation>credential_process wurde mit Status %1 beendet: %2</translation>
    </message>
    <message>
        <source>(nothing on stderr)</source>
        <translation>(nichts auf stderr)</translation>
    </message>
    <message>
        <source>credential_process returned credentials that expired at %1.</source>
        <translation>credential_process lieferte Anmeldedaten, die um %1 abgelaufen sind.</translation>
    </message>
    <message>
        <source>AWS_CREDENTIAL_EXPIRATION: not an ISO-8601 time with a zone (e.g. 2026-01-01T12:00:00Z).</source>
        <translation>AWS_CREDENTIAL_EXPIRATION: keine ISO-8601-Zeit mit Zone (z. B. 2026-01-01T12:00:00Z).</translation>
    </message>
    <message>
        <source>the environment&apos;s credentials expired at %1 (AWS_CREDENTIAL_EXPIRATION); get new ones.</source>
        <translation>die Anmeldedaten aus der Umgebung sind am %1 abgelaufen (AWS_CREDENTIAL_EXPIRATION); besorgen Sie neue.</translation>
    </message>
    <message>
        <source>temporary, with no expiration given</source>
        <translation>temporär, ohne angegebenen Ablauf</translation>
    </message>
    <message>
        <source>no AWS_ACCESS_KEY_ID and no default profile in %1 or %2</source>
        <translation>kein AWS_ACCESS_KEY_ID und kein Standardprofil in %1 oder %2</translation>
    </message>
    <message>
        <source>profile %1: holds no credentials</source>
        <translation>Profil %1: enthält keine Anmeldedaten</translation>
    </message>
    <message>
        <source>this kind of credentials (login_session) is not supported; use static keys, credential_process, role_arn, web identity or SSO.</source>
        <translation>diese Art von Anmeldedaten (login_session) wird nicht unterstützt; verwenden Sie statische Schlüssel, credential_process, role_arn, Web-Identität oder SSO.</translation>
    </message>
    <message>
        <source>is a source_profile but holds no credentials: set aws_access_key_id and aws_secret_access_key, credential_process, role_arn, web_identity_token_file or sso_session.</source>
        <translation>ist ein source_profile, enthält aber keine Anmeldedaten: setzen Sie aws_access_key_id und aws_secret_access_key, credential_process, role_arn, web_identity_token_file oder sso_session.</translation>
    </message>
    <message>
        <source>the source_profile chain is longer than %1 profiles.</source>
        <translation>die source_profile-Kette ist länger als %1 Profile.</translation>
    </message>
    <message>
        <source>web identity: AssumeRoleWithWebIdentity %1 at %2 with the token in %3 (from %4)</source>
        <translation>Web-Identität: AssumeRoleWithWebIdentity %1 bei %2 mit dem Token in %3 (aus %4)</translation>
    </message>
    <message>
        <source>container credentials from %1 (%2)</source>
        <translation>Container-Anmeldedaten von %1 (%2)</translation>
    </message>
    <message>
        <source>container credentials (%1)</source>
        <translation>Container-Anmeldedaten (%1)</translation>
    </message>
    <message>
        <source>no credentials (%1): set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or configure a profile in ~/.aws/config or ~/.aws/credentials and choose it with --profile or AWS_PROFILE.</source>
        <translation>keine Anmeldedaten (%1): setzen Sie AWS_ACCESS_KEY_ID und AWS_SECRET_ACCESS_KEY oder richten Sie ein Profil in ~/.aws/config oder ~/.aws/credentials ein und wählen Sie es mit --profile oder AWS_PROFILE.</translation>
    </message>
    <message>
        <source>AWS_SECRET_ACCESS_KEY is set but AWS_ACCESS_KEY_ID is not set, so the environment&apos;s keys are ignored (as by the AWS CLI).</source>
        <translation>AWS_SECRET_ACCESS_KEY ist gesetzt, AWS_ACCESS_KEY_ID aber nicht; daher werden die Schlüssel aus der Umgebung ignoriert (wie von der AWS CLI).</translation>
    </message>
    <message>
        <source>(EC2 instance metadata: off by AWS_EC2_METADATA_DISABLED)</source>
        <translation>(EC2-Instanz-Metadaten: durch AWS_EC2_METADATA_DISABLED abgeschaltet)</translation>
    </message>
    <message>
        <source>EC2 instance metadata at %1 (%2), %3 ms timeout</source>
        <translation>EC2-Instanz-Metadaten bei %1 (%2), Zeitlimit %3 ms</translation>
    </message>
    <message>
        <source>credential_source is EcsContainer, but neither AWS_CONTAINER_CREDENTIALS_RELATIVE_URI nor AWS_CONTAINER_CREDENTIALS_FULL_URI is set.</source>
        <translation>credential_source ist EcsContainer, aber weder AWS_CONTAINER_CREDENTIALS_RELATIVE_URI noch AWS_CONTAINER_CREDENTIALS_FULL_URI ist gesetzt.</translation>
    </message>
    <message>
        <source>credential_source is Ec2InstanceMetadata, but AWS_EC2_METADATA_DISABLED is true.</source>
        <translation>credential_source ist Ec2InstanceMetadata, aber AWS_EC2_METADATA_DISABLED ist true.</translation>
    </message>
    <message>
        <source>credential_source %1 is not one of Environment, Ec2InstanceMetadata or EcsContainer.</source>
        <translation>credential_source %1 ist weder Environment noch Ec2InstanceMetadata noch EcsContainer.</translation>
    </message>
</context>
<context>
    <name>kvs::CredentialInspector</name>
    <message>
        <source>No AWS config files: neither HOME nor AWS_CONFIG_FILE is set.</source>
        <translation>Keine AWS-Konfigurationsdateien: Weder HOME noch AWS_CONFIG_FILE ist gesetzt.</translation>
    </message>
    <message>
        <source>No profiles in %1 or %2.</source>
        <translation>Keine Profile in %1 oder %2.</translation>
    </message>
    <message>
        <source>Profiles from %1 and %2 (%3 found).</source>
        <translation>Profile aus %1 und %2 (%3 gefunden).</translation>
    </message>
</context>
<context>
    <name>kvs::CredentialProcess</name>
    <message>
        <source>the credential_process output %1; it must print JSON with &quot;Version&quot;: 1, AccessKeyId and SecretAccessKey.</source>
        <translation>die Ausgabe von credential_process %1; sie muss JSON mit &quot;Version&quot;: 1, AccessKeyId und SecretAccessKey sein.</translation>
    </message>
    <message>
        <source>credential_process ends with a lone backslash.</source>
        <translation>credential_process endet mit einem einzelnen Backslash.</translation>
    </message>
    <message>
        <source>credential_process has a quote that is never closed.</source>
        <translation>credential_process enthält ein Anführungszeichen, das nie geschlossen wird.</translation>
    </message>
    <message>
        <source>credential_process is empty.</source>
        <translation>credential_process ist leer.</translation>
    </message>
    <message>
        <source>is not a JSON object</source>
        <translation>ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>has no &quot;Version&quot;: 1</source>
        <translation>hat kein &quot;Version&quot;: 1</translation>
    </message>
    <message>
        <source>lacks AccessKeyId or SecretAccessKey</source>
        <translation>enthält kein AccessKeyId oder SecretAccessKey</translation>
    </message>
    <message>
        <source>has an invalid %1 (%2)</source>
        <translation>hat ein ungültiges %1 (%2)</translation>
    </message>
    <message>
        <source>has an Expiration that is not an ISO-8601 time with a zone</source>
        <translation>hat eine Expiration, die keine ISO-8601-Zeit mit Zeitzone ist</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not found in PATH</source>
        <translation>„%1“ wurde in PATH nicht gefunden</translation>
    </message>
    <message>
        <source>it did not finish in time and was stopped</source>
        <translation>es wurde nicht rechtzeitig fertig und wurde angehalten</translation>
    </message>
</context>
<context>
    <name>kvs::DemoSession</name>
    <message>
        <source>The demo cannot create its temporary directory.</source>
        <translation>Die Demo kann ihr temporäres Verzeichnis nicht anlegen.</translation>
    </message>
    <message>
        <source>The demo cannot write its CA certificate.</source>
        <translation>Die Demo kann ihr CA-Zertifikat nicht schreiben.</translation>
    </message>
</context>
<context>
    <name>kvs::DiagnosticsFile</name>
    <message>
        <source>The file is larger than %1 MiB: not a diagnostics export.</source>
        <translation>Die Datei ist größer als %1 MiB: kein Diagnose-Export.</translation>
    </message>
    <message>
        <source>The file is not JSON (%1 at byte %2).</source>
        <translation>Die Datei ist kein JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>The file is JSON but not an object: not a diagnostics export.</source>
        <translation>Die Datei ist JSON, aber kein Objekt: kein Diagnose-Export.</translation>
    </message>
    <message>
        <source>The file has no &quot;events&quot; list: not a diagnostics export of this app.</source>
        <translation>Die Datei hat keine „events“-Liste: kein Diagnose-Export dieser App.</translation>
    </message>
</context>
<context>
    <name>kvs::Duration</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
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
        <translation>Zustand: %1</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source> (request id %1)</source>
        <translation> (Request-ID %1)</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>Clock skew: %1 ms</source>
        <translation>Uhrabweichung: %1 ms</translation>
    </message>
    <message>
        <source>Clock skew: %1</source>
        <translation>Uhrabweichung: %1</translation>
    </message>
    <message>
        <source>Error %1: %2 %3</source>
        <translation>Fehler %1: %2 %3</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Summary: %1</source>
        <translation>Zusammenfassung: %1</translation>
    </message>
    <message>
        <source>started</source>
        <translation>gestartet</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Media: %1: %2%3</source>
        <translation>Medien: %1: %2%3</translation>
    </message>
    <message>
        <source>Peer connection: %1</source>
        <translation>Peer-Verbindung: %1</translation>
    </message>
    <message>
        <source>ICE: %1</source>
        <translation>ICE: %1</translation>
    </message>
    <message>
        <source>%1 candidate %2/%3 %4:%5</source>
        <translation>%1 Kandidat %2/%3 %4:%5</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Lokaler</translation>
    </message>
    <message>
        <source>Master&apos;s</source>
        <translation>Master-</translation>
    </message>
    <message>
        <source>Media: %1</source>
        <translation>Medien: %1</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Retry %1 in %2: %3</source>
        <translation>Wiederholung %1 in %2: %3</translation>
    </message>
    <message>
        <source>Run %1 · %2 · %3</source>
        <translation>Lauf %1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>kvs::FailureExplainer</name>
    <message>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 Sekunden</translation>
    </message>
    <message>
        <source>your clock is %1 ahead of AWS&apos;s</source>
        <translation>Ihre Uhr %1 vor der Uhr von AWS geht</translation>
    </message>
    <message>
        <source>your clock is %1 behind AWS&apos;s</source>
        <translation>Ihre Uhr %1 hinter der Uhr von AWS zurückliegt</translation>
    </message>
    <message>
        <source>Access denied: your clock is off</source>
        <translation>Zugriff verweigert: Ihre Uhr geht falsch</translation>
    </message>
    <message>
        <source>AWS rejected the signature because %1.</source>
        <translation>AWS hat die Signatur abgelehnt, weil %1.</translation>
    </message>
    <message>
        <source>AWS rejected the signature because it was made too far from AWS&apos;s time (more than 5 minutes).</source>
        <translation>AWS hat die Signatur abgelehnt, weil sie zu weit von der Zeit von AWS entfernt erstellt wurde (mehr als 5 Minuten).</translation>
    </message>
    <message>
        <source>Set your computer&apos;s clock automatically (for example: timedatectl set-ntp true).</source>
        <translation>Lassen Sie die Uhr Ihres Computers automatisch stellen (zum Beispiel: timedatectl set-ntp true).</translation>
    </message>
    <message>
        <source>The viewer already signs with the corrected time and retried once.</source>
        <translation>Der Viewer signiert bereits mit der korrigierten Zeit und hat es einmal erneut versucht.</translation>
    </message>
    <message>
        <source>Access denied: the credentials have expired</source>
        <translation>Zugriff verweigert: Die Anmeldedaten sind abgelaufen</translation>
    </message>
    <message>
        <source>The session token of these credentials is expired or invalid.</source>
        <translation>Das Sitzungstoken dieser Anmeldedaten ist abgelaufen oder ungültig.</translation>
    </message>
    <message>
        <source>Get fresh credentials: run `aws sso login` for an SSO profile, or renew the session token.</source>
        <translation>Besorgen Sie neue Anmeldedaten: Führen Sie für ein SSO-Profil `aws sso login` aus, oder erneuern Sie das Sitzungstoken.</translation>
    </message>
    <message>
        <source>Then connect again.</source>
        <translation>Verbinden Sie sich dann erneut.</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>These credentials are not allowed to do this.</source>
        <translation>Diese Anmeldedaten dürfen das nicht.</translation>
    </message>
    <message>
        <source>These credentials are not allowed to call %1 on this channel.</source>
        <translation>Diese Anmeldedaten dürfen %1 für diesen Kanal nicht aufrufen.</translation>
    </message>
    <message>
        <source>Ask your AWS administrator to grant the viewer permissions (policy below).</source>
        <translation>Bitten Sie Ihre AWS-Administration, die Viewer-Berechtigungen zu erteilen (Richtlinie unten).</translation>
    </message>
    <message>
        <source>Grant %1 on the channel to this identity (a minimal policy is below).</source>
        <translation>Erteilen Sie dieser Identität %1 für den Kanal (eine minimale Richtlinie steht unten).</translation>
    </message>
    <message>
        <source>Check that you use the intended profile or keys (kvs-viewer-cli whoami).</source>
        <translation>Prüfen Sie, ob Sie das gewünschte Profil bzw. die gewünschten Schlüssel verwenden (kvs-viewer-cli whoami).</translation>
    </message>
    <message>
        <source>If the keys are new, wait a minute: IAM changes take a moment to apply.</source>
        <translation>Wenn die Schlüssel neu sind, warten Sie eine Minute: IAM-Änderungen brauchen einen Moment, bis sie greifen.</translation>
    </message>
    <message>
        <source>Channel not found</source>
        <translation>Kanal nicht gefunden</translation>
    </message>
    <message>
        <source>AWS has no such signaling channel.</source>
        <translation>AWS kennt keinen solchen Signaling-Kanal.</translation>
    </message>
    <message>
        <source>AWS has no such signaling channel in %1.</source>
        <translation>AWS kennt in %1 keinen solchen Signaling-Kanal.</translation>
    </message>
    <message>
        <source>Check the region: a channel exists in one region only (the ARN&apos;s fourth part).</source>
        <translation>Prüfen Sie die Region: Ein Kanal existiert nur in einer Region (dem vierten Teil des ARN).</translation>
    </message>
    <message>
        <source>Check the account: the credentials must belong to the account in the ARN (kvs-viewer-cli whoami).</source>
        <translation>Prüfen Sie das Konto: Die Anmeldedaten müssen zum Konto im ARN gehören (kvs-viewer-cli whoami).</translation>
    </message>
    <message>
        <source>Check the channel&apos;s name and that it was not deleted.</source>
        <translation>Prüfen Sie den Namen des Kanals und ob er gelöscht wurde.</translation>
    </message>
    <message>
        <source>Throttled: too many viewers or connects</source>
        <translation>Gedrosselt: zu viele Viewer oder Verbindungsaufbauten</translation>
    </message>
    <message>
        <source>The channel already has the maximum number of viewers (10), or viewers connect more than 3 times a second.</source>
        <translation>Der Kanal hat bereits die Höchstzahl an Viewern (10), oder Viewer verbinden sich öfter als 3-mal pro Sekunde.</translation>
    </message>
    <message>
        <source>The viewer retries with growing pauses; wait, or close other viewers of this channel.</source>
        <translation>Der Viewer versucht es mit wachsenden Pausen erneut; warten Sie, oder schließen Sie andere Viewer dieses Kanals.</translation>
    </message>
    <message>
        <source>Keep one ClientId per install: every new id keeps counting until it times out.</source>
        <translation>Behalten Sie eine ClientId pro Installation: Jede neue ID zählt mit, bis sie abläuft.</translation>
    </message>
    <message>
        <source>A parameter was rejected</source>
        <translation>Ein Parameter wurde abgelehnt</translation>
    </message>
    <message>
        <source>AWS rejected a parameter of the request.</source>
        <translation>AWS hat einen Parameter der Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>AWS rejected a parameter: %1</source>
        <translation>AWS hat einen Parameter abgelehnt: %1</translation>
    </message>
    <message>
        <source>Check the ClientId (1–256 of A–Z a–z 0–9 _ . -, not starting with AWS_) and the channel ARN.</source>
        <translation>Prüfen Sie die ClientId (1–256 Zeichen aus A–Z a–z 0–9 _ . -, nicht mit AWS_ beginnend) und den Kanal-ARN.</translation>
    </message>
    <message>
        <source>Unknown access key</source>
        <translation>Unbekannter Zugriffsschlüssel</translation>
    </message>
    <message>
        <source>AWS does not know this access key id, or its session token does not belong to it.</source>
        <translation>AWS kennt diese Zugriffsschlüssel-ID nicht, oder das Sitzungstoken gehört nicht dazu.</translation>
    </message>
    <message>
        <source>Check the access key id and session token, or choose another profile.</source>
        <translation>Prüfen Sie Zugriffsschlüssel-ID und Sitzungstoken, oder wählen Sie ein anderes Profil.</translation>
    </message>
    <message>
        <source>Signature does not match</source>
        <translation>Signatur stimmt nicht</translation>
    </message>
    <message>
        <source>The secret access key does not belong to this access key id.</source>
        <translation>Der geheime Zugriffsschlüssel gehört nicht zu dieser Zugriffsschlüssel-ID.</translation>
    </message>
    <message>
        <source>Paste the secret access key again, without spaces.</source>
        <translation>Fügen Sie den geheimen Zugriffsschlüssel erneut ein, ohne Leerzeichen.</translation>
    </message>
    <message>
        <source>The credentials have expired</source>
        <translation>Die Anmeldedaten sind abgelaufen</translation>
    </message>
    <message>
        <source>The session token has expired.</source>
        <translation>Das Sitzungstoken ist abgelaufen.</translation>
    </message>
    <message>
        <source>Get fresh credentials (for SSO: aws sso login), then connect again.</source>
        <translation>Besorgen Sie neue Anmeldedaten (bei SSO: aws sso login) und verbinden Sie sich dann erneut.</translation>
    </message>
    <message>
        <source>Replaced by another client</source>
        <translation>Von einem anderen Client ersetzt</translation>
    </message>
    <message>
        <source>Another viewer with the same ClientId keeps taking this connection over.</source>
        <translation>Ein anderer Viewer mit derselben ClientId übernimmt diese Verbindung immer wieder.</translation>
    </message>
    <message>
        <source>Close the other app or tool that uses this ClientId, or choose New id.</source>
        <translation>Schließen Sie die andere App bzw. das andere Werkzeug mit dieser ClientId, oder wählen Sie „Neue ID“.</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Sichere Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified.</source>
        <translation>Das Zertifikat des Servers konnte nicht überprüft werden.</translation>
    </message>
    <message>
        <source>For a private endpoint, choose its CA file under Advanced (or set AWS_CA_BUNDLE).</source>
        <translation>Wählen Sie für einen privaten Endpunkt dessen CA-Datei unter „Erweitert“ (oder setzen Sie AWS_CA_BUNDLE).</translation>
    </message>
    <message>
        <source>Network problem</source>
        <translation>Netzwerkproblem</translation>
    </message>
    <message>
        <source>The service could not be reached.</source>
        <translation>Der Dienst war nicht erreichbar.</translation>
    </message>
    <message>
        <source>Check the network connection, proxy and any endpoint override.</source>
        <translation>Prüfen Sie Netzwerkverbindung, Proxy und eine etwaige abweichende Endpunkt-URL.</translation>
    </message>
    <message>
        <source>The viewer retries by itself.</source>
        <translation>Der Viewer versucht es selbst erneut.</translation>
    </message>
    <message>
        <source>The service had a problem</source>
        <translation>Der Dienst hatte ein Problem</translation>
    </message>
    <message>
        <source>AWS answered %1 %2.</source>
        <translation>AWS antwortete %1 %2.</translation>
    </message>
    <message>
        <source>The viewer retries by itself; if it persists, check the AWS Health Dashboard.</source>
        <translation>Der Viewer versucht es selbst erneut; hält das Problem an, prüfen Sie das AWS Health Dashboard.</translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation>Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The service answered %1.</source>
        <translation>Der Dienst antwortete %1.</translation>
    </message>
    <message>
        <source>Export diagnostics and share them with support (they contain no secrets).</source>
        <translation>Exportieren Sie die Diagnose und geben Sie sie an den Support weiter (sie enthält keine Geheimnisse).</translation>
    </message>
    <message>
        <source>AWS has no signaling channel named %1 in account %2, region %3.</source>
        <translation>AWS kennt im Konto %2, Region %3, keinen Signaling-Kanal namens %1.</translation>
    </message>
    <message numerus="yes">
        <source>The viewer tried %n time(s) and gave up; Connect tries again.</source>
        <translation>
            <numerusform>Der Viewer hat es %n Mal versucht und aufgegeben; „Verbinden“ versucht es erneut.</numerusform>
            <numerusform>Der Viewer hat es %n Mal versucht und aufgegeben; „Verbinden“ versucht es erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The viewer retried with growing pauses %n time(s) and gave up; wait, or close other viewers of this channel, then connect again.</source>
        <translation>
            <numerusform>Der Viewer hat es %n Mal mit wachsenden Pausen erneut versucht und aufgegeben; warten Sie oder schließen Sie andere Viewer dieses Kanals und verbinden Sie sich dann erneut.</numerusform>
            <numerusform>Der Viewer hat es %n Mal mit wachsenden Pausen erneut versucht und aufgegeben; warten Sie oder schließen Sie andere Viewer dieses Kanals und verbinden Sie sich dann erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>If it persists, check the AWS Health Dashboard.</source>
        <translation>Wenn es anhält, prüfen Sie das AWS Health Dashboard.</translation>
    </message>
    <message>
        <source>Refused for an unknown reason</source>
        <translation>Aus unbekanntem Grund abgelehnt</translation>
    </message>
    <message>
        <source>The service answered HTTP 400 without an error type.</source>
        <translation>Der Dienst antwortete mit HTTP 400 ohne Fehlertyp.</translation>
    </message>
    <message>
        <source>Check the channel ARN and the ClientId, in case a parameter was refused.</source>
        <translation>Prüfen Sie den Kanal-ARN und die ClientId, falls ein Parameter abgelehnt wurde.</translation>
    </message>
    <message>
        <source>Ask your AWS administrator to grant the viewer permissions (kvs-viewer-cli check-access prints a minimal policy).</source>
        <translation>Bitten Sie Ihre AWS-Administration, die Viewer-Berechtigungen zu erteilen (kvs-viewer-cli check-access gibt eine minimale Richtlinie aus).</translation>
    </message>
    <message>
        <source>Grant %1 on the channel to this identity (kvs-viewer-cli check-access prints a minimal policy).</source>
        <translation>Erteilen Sie dieser Identität %1 für den Kanal (kvs-viewer-cli check-access gibt eine minimale Richtlinie aus).</translation>
    </message>
    <message>
        <source>Check that the form uses the intended profile or keys (its Credentials line says where they come from).</source>
        <translation>Prüfen Sie, ob das Formular das gewünschte Profil oder die gewünschten Schlüssel verwendet (die Zeile zu den Anmeldedaten nennt ihre Herkunft).</translation>
    </message>
    <message>
        <source>Close the other app or tool that uses this ClientId, or pass another --client-id.</source>
        <translation>Schließen Sie die andere App oder das andere Werkzeug, das diese ClientId verwendet, oder übergeben Sie eine andere --client-id.</translation>
    </message>
    <message>
        <source>For a private endpoint, pass its CA file with --ca-file (or set AWS_CA_BUNDLE).</source>
        <translation>Übergeben Sie für einen privaten Endpunkt dessen CA-Datei mit --ca-file (oder setzen Sie AWS_CA_BUNDLE).</translation>
    </message>
    <message>
        <source>The service named no cause. Connect again later; if it persists, report the status, headers, body and request id above to AWS Support.</source>
        <translation>Der Dienst hat keine Ursache genannt. Verbinden Sie sich später erneut; falls es anhält, melden Sie Status, Header, Inhalt und Request-ID von oben dem AWS Support.</translation>
    </message>
    <message>
        <source>Access denied: the presigned URL is expired or not yet valid</source>
        <translation>Zugriff verweigert: Die vorsignierte URL ist abgelaufen oder noch nicht gültig</translation>
    </message>
    <message>
        <source>AWS rejected the URL&apos;s signature time. This viewer connects with the URL exactly as given and cannot sign it again.</source>
        <translation>AWS hat den Signaturzeitpunkt der URL abgelehnt. Dieser Viewer verbindet sich mit der URL genau so, wie sie angegeben wurde, und kann sie nicht neu signieren.</translation>
    </message>
    <message>
        <source>Get a freshly presigned URL (it works from X-Amz-Date for X-Amz-Expires seconds) and connect with it at once.</source>
        <translation>Besorgen Sie eine frisch vorsignierte URL (sie gilt ab X-Amz-Date für X-Amz-Expires Sekunden) und verbinden Sie sich sofort damit.</translation>
    </message>
    <message>
        <source>If a fresh URL is refused the same way, the clock of the computer that signed it is off.</source>
        <translation>Wird auch eine frische URL so abgelehnt, geht die Uhr des Computers falsch, der sie signiert hat.</translation>
    </message>
</context>
<context>
    <name>kvs::HandshakeDiagnostics</name>
    <message>
        <source>The WebSocket handshake was refused and replaying it failed: %1</source>
        <translation>Der WebSocket-Handshake wurde abgelehnt, und seine Wiederholung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The WebSocket handshake was refused: HTTP %1</source>
        <translation>Der WebSocket-Handshake wurde abgelehnt: HTTP %1</translation>
    </message>
    <message>
        <source> (request id %1)</source>
        <translation> (Request-ID %1)</translation>
    </message>
    <message>
        <source>A connection parameter was refused: check the channel ARN and the ClientId.</source>
        <translation>Ein Verbindungsparameter wurde abgelehnt: Prüfen Sie den Kanal-ARN und die ClientId.</translation>
    </message>
    <message>
        <source>Check that the credentials are valid and not expired, and that the IAM policy allows kinesisvideo:ConnectAsViewer on this channel.</source>
        <translation>Prüfen Sie, ob die Anmeldedaten gültig und nicht abgelaufen sind und ob die IAM-Richtlinie kinesisvideo:ConnectAsViewer für diesen Kanal erlaubt.</translation>
    </message>
    <message>
        <source>The signature was too old for the service: the local clock is probably behind. Synchronise the clock (NTP); the next attempt signs with the service&apos;s time.</source>
        <translation>Die Signatur war für den Dienst zu alt: Die lokale Uhr geht wahrscheinlich nach. Synchronisieren Sie die Uhr (NTP); der nächste Versuch signiert mit der Zeit des Dienstes.</translation>
    </message>
    <message>
        <source>The signature was in the service&apos;s future: the local clock is probably ahead. Synchronise the clock (NTP); the next attempt signs with the service&apos;s time.</source>
        <translation>Die Signatur lag aus Sicht des Dienstes in der Zukunft: Die lokale Uhr geht wahrscheinlich vor. Synchronisieren Sie die Uhr (NTP); der nächste Versuch signiert mit der Zeit des Dienstes.</translation>
    </message>
    <message>
        <source>The channel was not found: check its name or ARN, the region and the account.</source>
        <translation>Der Kanal wurde nicht gefunden: Prüfen Sie Name bzw. ARN, Region und Konto.</translation>
    </message>
    <message>
        <source>Too many connects per second, or the channel already has its maximum of viewers (10); retrying with backoff.</source>
        <translation>Zu viele Verbindungsaufbauten pro Sekunde, oder der Kanal hat bereits die Höchstzahl an Viewern (10); neuer Versuch mit wachsender Wartezeit.</translation>
    </message>
    <message>
        <source>The service had an internal error; retrying with backoff.</source>
        <translation>Der Dienst hatte einen internen Fehler; neuer Versuch mit wachsender Wartezeit.</translation>
    </message>
    <message>
        <source>Unexpected HTTP status on the WebSocket handshake.</source>
        <translation>Unerwarteter HTTP-Status beim WebSocket-Handshake.</translation>
    </message>
    <message>
        <source>Check the network connection, proxy and TLS trust (--ca-file).</source>
        <translation>Prüfen Sie Netzwerkverbindung, Proxy und TLS-Vertrauen (--ca-file).</translation>
    </message>
    <message>
        <source>Something that is not the signaling service answers on this endpoint (a proxy or another server): check the endpoint and any proxy in between.</source>
        <translation>Auf diesem Endpunkt antwortet etwas, das nicht der Signalisierungsdienst ist (ein Proxy oder ein anderer Server): Prüfen Sie den Endpunkt und jeden Proxy dazwischen.</translation>
    </message>
    <message>
        <source>It names no error type, so the cause is unknown.</source>
        <translation>Sie nennt keinen Fehlertyp, daher ist die Ursache unbekannt.</translation>
    </message>
    <message>
        <source>Body: %1</source>
        <translation>Inhalt: %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Headers: %1</source>
        <translation>Header: %1</translation>
    </message>
    <message>
        <source>HTTP 400 without an error type: the cause is unknown (no public source explains it). Retried once; check the status, headers and body above.</source>
        <translation>HTTP 400 ohne Fehlertyp: Die Ursache ist unbekannt (keine öffentliche Quelle erklärt sie). Einmal erneut versucht; prüfen Sie Status, Header und Inhalt oben.</translation>
    </message>
</context>
<context>
    <name>kvs::IceCandidate</name>
    <message>
        <source>Invalid ICE candidate: %1.</source>
        <translation>Ungültiger ICE-Kandidat: %1.</translation>
    </message>
    <message>
        <source>it does not start with &quot;candidate:&quot;</source>
        <translation>er beginnt nicht mit „candidate:“</translation>
    </message>
    <message>
        <source>fewer than 8 fields</source>
        <translation>weniger als 8 Felder</translation>
    </message>
    <message>
        <source>bad foundation</source>
        <translation>ungültige Foundation</translation>
    </message>
    <message>
        <source>bad component id</source>
        <translation>ungültige Component-ID</translation>
    </message>
    <message>
        <source>unknown transport (expected udp or tcp)</source>
        <translation>unbekanntes Transportprotokoll (erwartet: udp oder tcp)</translation>
    </message>
    <message>
        <source>bad priority</source>
        <translation>ungültige Priorität</translation>
    </message>
    <message>
        <source>bad connection address</source>
        <translation>ungültige Verbindungsadresse</translation>
    </message>
    <message>
        <source>bad port</source>
        <translation>ungültiger Port</translation>
    </message>
    <message>
        <source>missing &quot;typ&quot;</source>
        <translation>„typ“ fehlt</translation>
    </message>
    <message>
        <source>unknown candidate type</source>
        <translation>unbekannter Kandidatentyp</translation>
    </message>
    <message>
        <source>bad raddr</source>
        <translation>ungültiges raddr</translation>
    </message>
    <message>
        <source>bad rport</source>
        <translation>ungültiger rport</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>kvs::IceServerExpiry</name>
    <message>
        <source>no TURN servers</source>
        <translation>keine TURN-Server</translation>
    </message>
    <message>
        <source>expired — refresh</source>
        <translation>abgelaufen – aktualisieren</translation>
    </message>
    <message>
        <source>expires in %1:%2</source>
        <translation>läuft in %1:%2 ab</translation>
    </message>
</context>
<context>
    <name>kvs::IniFile</name>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>expected key = value inside the nested section &quot;%1&quot;.</source>
        <translation>im verschachtelten Abschnitt „%1“ wird Schlüssel = Wert erwartet.</translation>
    </message>
    <message>
        <source>a key is missing before &quot;=&quot;.</source>
        <translation>vor „=“ fehlt ein Schlüssel.</translation>
    </message>
    <message>
        <source>a section header is missing its closing &quot;]&quot;.</source>
        <translation>einem Abschnittskopf fehlt die schließende „]“.</translation>
    </message>
    <message>
        <source>unexpected text after the section header&apos;s &quot;]&quot;.</source>
        <translation>unerwarteter Text nach der „]“ des Abschnittskopfs.</translation>
    </message>
    <message>
        <source>the section name is empty.</source>
        <translation>der Abschnittsname ist leer.</translation>
    </message>
    <message>
        <source>expected key = value or a [section] header.</source>
        <translation>erwartet wird Schlüssel = Wert oder ein [Abschnitt]-Kopf.</translation>
    </message>
    <message>
        <source>a key comes before the first [section] header.</source>
        <translation>ein Schlüssel steht vor dem ersten [Abschnitt]-Kopf.</translation>
    </message>
    <message>
        <source>the section [%1] appears again (first at line %2); merge the two.</source>
        <translation>der Abschnitt [%1] kommt erneut vor (zuerst in Zeile %2); führen Sie die beiden zusammen.</translation>
    </message>
    <message>
        <source>the key %1 appears again in this section (first at line %2); keep one.</source>
        <translation>der Schlüssel %1 kommt in diesem Abschnitt erneut vor (zuerst in Zeile %2); behalten Sie einen.</translation>
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
        <translation>muss IPv4 oder IPv6 sein.</translation>
    </message>
    <message>
        <source>is not an http:// or https:// URL.</source>
        <translation>ist keine http://- oder https://-URL.</translation>
    </message>
    <message>
        <source>must be a number of seconds.</source>
        <translation>muss eine Anzahl Sekunden sein.</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 10.</source>
        <translation>muss eine ganze Zahl von 1 bis 10 sein.</translation>
    </message>
    <message>
        <source>EC2 instance metadata at %1 (%2): %3</source>
        <translation>EC2-Instanz-Metadaten bei %1 (%2): %3</translation>
    </message>
    <message>
        <source>the IMDSv2 token was refused (%1) and IMDSv1 is disabled</source>
        <translation>das IMDSv2-Token wurde verweigert (%1) und IMDSv1 ist abgeschaltet</translation>
    </message>
    <message>
        <source>the IMDSv2 token: %1</source>
        <translation>das IMDSv2-Token: %1</translation>
    </message>
    <message>
        <source>no IAM role is attached to this instance</source>
        <translation>dieser Instanz ist keine IAM-Rolle zugeordnet</translation>
    </message>
    <message>
        <source>the role name: %1</source>
        <translation>der Rollenname: %1</translation>
    </message>
    <message>
        <source>the role name is not usable</source>
        <translation>der Rollenname ist nicht verwendbar</translation>
    </message>
    <message>
        <source>the credentials of role %1: %2</source>
        <translation>die Anmeldedaten der Rolle %1: %2</translation>
    </message>
    <message>
        <source>EC2 instance metadata</source>
        <translation>EC2-Instanz-Metadaten</translation>
    </message>
    <message>
        <source>EC2 instance metadata (role %1)</source>
        <translation>EC2-Instanz-Metadaten (Rolle %1)</translation>
    </message>
</context>
<context>
    <name>kvs::KeychainStore</name>
    <message>
        <source>no credentials named &quot;%1&quot; are saved in the keychain.</source>
        <translation>im Schlüsselbund sind keine Anmeldedaten namens „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>the keychain refused access (is it locked?); unlock it and try again.</source>
        <translation>der Schlüsselbund hat den Zugriff verweigert (ist er gesperrt?); entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>no keychain available: credentials are kept for this session only</source>
        <translation>kein Schlüsselbund verfügbar: Anmeldedaten werden nur für diese Sitzung behalten</translation>
    </message>
    <message>
        <source>the keychain entry &quot;%1&quot; does not hold valid credentials; enter them again.</source>
        <translation>der Schlüsselbund-Eintrag „%1“ enthält keine gültigen Anmeldedaten; geben Sie sie erneut ein.</translation>
    </message>
    <message>
        <source>the keychain failed with error %1: %2</source>
        <translation>der Schlüsselbund meldete Fehler %1: %2</translation>
    </message>
</context>
<context>
    <name>kvs::ManualKeysVault</name>
    <message>
        <source>No system keychain is available: the keys are kept for this session only.</source>
        <translation>Kein Schlüsselbund des Systems verfügbar: Die Schlüssel werden nur für diese Sitzung behalten.</translation>
    </message>
    <message>
        <source>The keys were loaded from the system keychain.</source>
        <translation>Die Schlüssel wurden aus dem Schlüsselbund des Systems geladen.</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>Der Schlüsselbund konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The keys are remembered in the system keychain.</source>
        <translation>Die Schlüssel sind im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>The keys are no longer remembered in the system keychain.</source>
        <translation>Die Schlüssel sind nicht mehr im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>The keys could not be removed from the keychain: %1</source>
        <translation>Die Schlüssel konnten nicht aus dem Schlüsselbund entfernt werden: %1</translation>
    </message>
    <message>
        <source>The keys are kept for this session only; saving them in the keychain failed: %1</source>
        <translation>Die Schlüssel werden nur für diese Sitzung behalten; das Speichern im Schlüsselbund ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>kvs::MasterProbe</name>
    <message>
        <source>Probe: %1</source>
        <translation>Prüfung: %1</translation>
    </message>
    <message>
        <source>The connection closed before a master answered.</source>
        <translation>Die Verbindung wurde geschlossen, bevor ein Master antwortete.</translation>
    </message>
    <message>
        <source>recvonly probe offer (audio opus; video H264, VP8), correlationId %1</source>
        <translation>recvonly-Testangebot (Audio Opus; Video H264, VP8), correlationId %1</translation>
    </message>
    <message>
        <source>Not connected: the probe offer could not be sent.</source>
        <translation>Nicht verbunden: Das Testangebot konnte nicht gesendet werden.</translation>
    </message>
    <message>
        <source>The service refused the probe offer: %1 %2</source>
        <translation>Der Dienst hat das Testangebot abgelehnt: %1 %2</translation>
    </message>
    <message>
        <source>custom offer (%1), correlationId %2</source>
        <translation>eigenes Angebot (%1), correlationId %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The offer&apos;s payload is %1 characters, above the documented limit of about %2; the service has relayed larger offers, so it is sent anyway.</source>
        <translation>Die Nutzlast des Angebots hat %1 Zeichen und liegt über der dokumentierten Grenze von etwa %2; der Dienst hat schon größere Angebote weitergeleitet, daher wird es trotzdem gesendet.</translation>
    </message>
    <message>
        <source>Probe: the master answered in %1: %2; ICE candidates in the answer: %3; trickled: %4</source>
        <translation>Prüfung: Der Master antwortete in %1: %2; ICE-Kandidaten in der Antwort: %3; nachgereicht: %4</translation>
    </message>
    <message>
        <source>(the answer&apos;s SDP did not parse)</source>
        <translation>(das SDP der Antwort ließ sich nicht auswerten)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>No master answered within %1.</source>
        <translation>Kein Master hat innerhalb von %1 geantwortet.</translation>
    </message>
    <message>
        <source>Probe: SDP answer after %1: %2; waiting for trickled ICE candidates</source>
        <translation>Prüfung: SDP-Antwort nach %1: %2; warte auf nachgereichte ICE-Kandidaten</translation>
    </message>
</context>
<context>
    <name>kvs::MetadataCredentials</name>
    <message>
        <source>%1 answered with %2.</source>
        <translation>%1 antwortete mit %2.</translation>
    </message>
    <message>
        <source>a document that is not a JSON object</source>
        <translation>einem Dokument, das kein JSON-Objekt ist</translation>
    </message>
    <message>
        <source>%1 answered with Code %2: %3</source>
        <translation>%1 antwortete mit Code %2: %3</translation>
    </message>
    <message>
        <source>no AccessKeyId, SecretAccessKey or Token</source>
        <translation>ohne AccessKeyId, SecretAccessKey oder Token</translation>
    </message>
    <message>
        <source>an invalid %1 (%2)</source>
        <translation>einem ungültigen %1 (%2)</translation>
    </message>
    <message>
        <source>credentials without a valid Expiration</source>
        <translation>Anmeldedaten ohne gültiges Expiration</translation>
    </message>
</context>
<context>
    <name>kvs::PracticeFaults</name>
    <message>
        <source>dropped</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <source>delayed</source>
        <translation>verzögert</translation>
    </message>
    <message>
        <source>%1: %2 ×%3</source>
        <translation>%1: %2 ×%3</translation>
    </message>
    <message>
        <source>service clock %1 min ahead</source>
        <translation>Uhr des Dienstes %1 min vor</translation>
    </message>
    <message>
        <source>a second viewer takes the ClientId over</source>
        <translation>ein zweiter Viewer übernimmt die ClientId</translation>
    </message>
</context>
<context>
    <name>kvs::PresignedUrl</name>
    <message>
        <source>The URL is longer than %1 characters.</source>
        <translation>Die URL ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>This is not a URL.</source>
        <translation>Das ist keine URL.</translation>
    </message>
    <message>
        <source>A presigned signaling URL starts with wss://.</source>
        <translation>Eine vorsignierte Signaling-URL beginnt mit wss://.</translation>
    </message>
    <message>
        <source>X-Amz-Algorithm is missing or is not AWS4-HMAC-SHA256.</source>
        <translation>X-Amz-Algorithm fehlt oder ist nicht AWS4-HMAC-SHA256.</translation>
    </message>
    <message>
        <source>X-Amz-Signature is missing or is not 64 hexadecimal digits.</source>
        <translation>X-Amz-Signature fehlt oder besteht nicht aus 64 Hexadezimalziffern.</translation>
    </message>
    <message>
        <source>X-Amz-Credential is missing or is not KEY/DATE/REGION/SERVICE/aws4_request.</source>
        <translation>X-Amz-Credential fehlt oder hat nicht die Form SCHLÜSSEL/DATUM/REGION/DIENST/aws4_request.</translation>
    </message>
    <message>
        <source>The region in X-Amz-Credential is not a region: %1</source>
        <translation>Die Region in X-Amz-Credential ist keine Region: %1</translation>
    </message>
    <message>
        <source>X-Amz-Date is missing or is not yyyyMMddTHHmmssZ.</source>
        <translation>X-Amz-Date fehlt oder hat nicht die Form yyyyMMddTHHmmssZ.</translation>
    </message>
    <message>
        <source>X-Amz-Expires is missing or is not 1–604800 seconds.</source>
        <translation>X-Amz-Expires fehlt oder liegt nicht zwischen 1 und 604800 Sekunden.</translation>
    </message>
    <message>
        <source>X-Amz-ChannelARN is missing.</source>
        <translation>X-Amz-ChannelARN fehlt.</translation>
    </message>
    <message>
        <source>X-Amz-ChannelARN is not a channel ARN: %1</source>
        <translation>X-Amz-ChannelARN ist kein Kanal-ARN: %1</translation>
    </message>
    <message>
        <source>X-Amz-ClientId: %1</source>
        <translation>X-Amz-ClientId: %1</translation>
    </message>
    <message>
        <source>The URL expired at %1: it can no longer connect; ask for a fresh one.</source>
        <translation>Die URL ist am %1 abgelaufen: Mit ihr kann keine Verbindung mehr aufgebaut werden; bitten Sie um eine neue.</translation>
    </message>
    <message>
        <source>It was signed in the future (%1): the signer&apos;s clock is ahead.</source>
        <translation>Sie wurde in der Zukunft signiert (%1): Die Uhr des Signierenden geht vor.</translation>
    </message>
    <message>
        <source>It was signed for region %1 but the channel is in %2: the service refuses it.</source>
        <translation>Sie wurde für die Region %1 signiert, der Kanal liegt aber in %2: Der Dienst lehnt sie ab.</translation>
    </message>
    <message>
        <source>It was signed for the service &quot;%1&quot;, not kinesisvideo.</source>
        <translation>Sie wurde für den Dienst „%1“ signiert, nicht für kinesisvideo.</translation>
    </message>
    <message>
        <source>The credential scope&apos;s date %1 is not the signing date.</source>
        <translation>Das Datum %1 im Credential-Scope ist nicht das Signierdatum.</translation>
    </message>
</context>
<context>
    <name>kvs::SdpOfferBuilder</name>
    <message>
        <source>The offer is empty.</source>
        <translation>Das Angebot ist leer.</translation>
    </message>
    <message>
        <source>The offer must start with the line &quot;v=0&quot;.</source>
        <translation>Das Angebot muss mit der Zeile „v=0“ beginnen.</translation>
    </message>
    <message>
        <source>The offer has no media line: add at least one &quot;m=&quot; line.</source>
        <translation>Das Angebot hat keine Medienzeile: Fügen Sie mindestens eine „m=“-Zeile hinzu.</translation>
    </message>
    <message>
        <source>The offer is larger than 64 KiB.</source>
        <translation>Das Angebot ist größer als 64 KiB.</translation>
    </message>
</context>
<context>
    <name>kvs::SdpSummary</name>
    <message>
        <source>The SDP is larger than 64 KiB.</source>
        <translation>Das SDP ist größer als 64 KiB.</translation>
    </message>
    <message>
        <source>The SDP does not start with v=0.</source>
        <translation>Das SDP beginnt nicht mit v=0.</translation>
    </message>
    <message>
        <source>The SDP has no media line (m=).</source>
        <translation>Das SDP hat keine Medienzeile (m=).</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>%1; ICE candidates in the SDP: %2</source>
        <translation>%1; ICE-Kandidaten im SDP: %2</translation>
    </message>
</context>
<context>
    <name>kvs::SetupFiles</name>
    <message>
        <source>KVS Signaling Viewer setups (*.kvssetup.json);;JSON files (*.json)</source>
        <translation>Einrichtungen des KVS Signaling Viewer (*.kvssetup.json);;JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Save setup</source>
        <translation>Einrichtung speichern</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The setup was not saved</source>
        <translation>Die Einrichtung wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Choose a folder you can write to.</source>
        <translation>Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>Setup saved to %1 (no keys, secrets or tokens).</source>
        <translation>Einrichtung in %1 gespeichert (keine Schlüssel, Geheimnisse oder Tokens).</translation>
    </message>
    <message>
        <source>Open setup</source>
        <translation>Einrichtung öffnen</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Setup opened from %1.</source>
        <translation>Einrichtung aus %1 geöffnet.</translation>
    </message>
    <message>
        <source>This setup cannot be opened</source>
        <translation>Diese Einrichtung kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Ask for the setup again, or fix the key named above; the form was left as it was.</source>
        <translation>Fordern Sie die Einrichtung erneut an oder korrigieren Sie den oben genannten Schlüssel; das Formular blieb unverändert.</translation>
    </message>
</context>
<context>
    <name>kvs::SigV4</name>
    <message>
        <source>The signing time is not a valid date and time.</source>
        <translation>Der Signaturzeitpunkt ist kein gültiges Datum mit Uhrzeit.</translation>
    </message>
    <message>
        <source>The expiry must be from 1 to %1 seconds; it is %2.</source>
        <translation>Die Gültigkeitsdauer muss 1 bis %1 Sekunden betragen; sie ist %2.</translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; is to be signed but is not in the request.</source>
        <translation>Der Header „%1“ soll signiert werden, ist aber nicht in der Anfrage.</translation>
    </message>
</context>
<context>
    <name>kvs::SignalingMessage</name>
    <message>
        <source>%1 has no messagePayload.</source>
        <translation>%1 hat kein messagePayload.</translation>
    </message>
    <message>
        <source>%1 has a messagePayload that is not valid base64.</source>
        <translation>%1 hat ein messagePayload, das kein gültiges Base64 ist.</translation>
    </message>
    <message>
        <source>%1 has a messagePayload that is not a JSON object.</source>
        <translation>%1 hat ein messagePayload, das kein JSON-Objekt ist.</translation>
    </message>
    <message>
        <source>statusResponse is not an object.</source>
        <translation>statusResponse ist kein Objekt.</translation>
    </message>
    <message>
        <source>A signaling message of %1 bytes was refused; the limit is %2 bytes.</source>
        <translation>Eine Signaling-Nachricht mit %1 Bytes wurde abgelehnt; die Grenze liegt bei %2 Bytes.</translation>
    </message>
    <message>
        <source>A signaling message is not valid JSON (%1 at offset %2).</source>
        <translation>Eine Signaling-Nachricht ist kein gültiges JSON (%1 bei Offset %2).</translation>
    </message>
    <message>
        <source>A signaling message is JSON but not an object.</source>
        <translation>Eine Signaling-Nachricht ist JSON, aber kein Objekt.</translation>
    </message>
    <message>
        <source>A signaling message has a non-string messageType or senderClientId.</source>
        <translation>Eine Signaling-Nachricht hat einen messageType oder eine senderClientId, die kein String ist.</translation>
    </message>
    <message>
        <source>A message</source>
        <translation>Eine Nachricht</translation>
    </message>
    <message>
        <source>%1 carries no SDP (the payload&apos;s &quot;sdp&quot; must start with v=0).</source>
        <translation>%1 enthält kein SDP („sdp“ in der Nutzlast muss mit v=0 beginnen).</translation>
    </message>
    <message>
        <source>%1 carries an SDP of type &quot;%2&quot;; expected &quot;%3&quot;.</source>
        <translation>%1 enthält ein SDP vom Typ „%2“; erwartet wurde „%3“.</translation>
    </message>
    <message>
        <source>%1 has no &quot;candidate&quot; string in its payload.</source>
        <translation>%1 hat in der Nutzlast keinen String „candidate“.</translation>
    </message>
    <message>
        <source>%1 has a non-string sdpMid or a non-number sdpMLineIndex.</source>
        <translation>%1 hat eine sdpMid, die kein String ist, oder einen sdpMLineIndex, der keine Zahl ist.</translation>
    </message>
    <message>
        <source>%1 has an sdpMLineIndex out of range.</source>
        <translation>%1 hat einen sdpMLineIndex außerhalb des gültigen Bereichs.</translation>
    </message>
    <message>
        <source>A correlationId must be 1–256 characters of A–Z a–z 0–9 _ . -</source>
        <translation>Eine correlationId muss aus 1–256 Zeichen aus A–Z a–z 0–9 _ . - bestehen</translation>
    </message>
    <message>
        <source>The message payload is %1 characters of base64; the limit is %2.</source>
        <translation>Die Nutzlast der Nachricht umfasst %1 Base64-Zeichen; die Grenze liegt bei %2.</translation>
    </message>
    <message>
        <source>An SDP offer must start with v=0.</source>
        <translation>Ein SDP-Angebot muss mit v=0 beginnen.</translation>
    </message>
    <message numerus="yes">
        <source>, %n characters of SDP</source>
        <translation>
            <numerusform>, %n Zeichen SDP</numerusform>
            <numerusform>, %n Zeichen SDP</numerusform>
        </translation>
    </message>
    <message>
        <source>end of candidates</source>
        <translation>Ende der Kandidaten</translation>
    </message>
    <message>
        <source>mid %1</source>
        <translation>mid %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>von %1</translation>
    </message>
</context>
<context>
    <name>kvs::SsoClient</name>
    <message>
        <source>run `aws sso login --profile %1` and try again.</source>
        <translation>führen Sie `aws sso login --profile %1` aus und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No SSO sign-in is cached for profile %1</source>
        <translation>Für Profil %1 ist keine SSO-Anmeldung zwischengespeichert</translation>
    </message>
    <message>
        <source>The SSO token cache %1 cannot be read (%2)</source>
        <translation>Der SSO-Token-Cache %1 kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>The SSO token cache %1 holds no usable token</source>
        <translation>Der SSO-Token-Cache %1 enthält kein brauchbares Token</translation>
    </message>
    <message>
        <source>The SSO sign-in for profile %1 expired at %2</source>
        <translation>Die SSO-Anmeldung für Profil %1 ist um %2 abgelaufen</translation>
    </message>
    <message>
        <source>the SSO portal answered without roleCredentials (accessKeyId, secretAccessKey, expiration).</source>
        <translation>das SSO-Portal antwortete ohne roleCredentials (accessKeyId, secretAccessKey, expiration).</translation>
    </message>
    <message>
        <source>SSO portal endpoint: %1</source>
        <translation>SSO-Portal-Endpunkt: %1</translation>
    </message>
    <message>
        <source>SSO GetRoleCredentials: %1; check the network and AWS_CA_BUNDLE.</source>
        <translation>SSO GetRoleCredentials: %1; prüfen Sie das Netzwerk und AWS_CA_BUNDLE.</translation>
    </message>
    <message>
        <source>The SSO portal no longer accepts the sign-in of profile %1 (HTTP %2)</source>
        <translation>Das SSO-Portal akzeptiert die Anmeldung von Profil %1 nicht mehr (HTTP %2)</translation>
    </message>
    <message>
        <source>SSO GetRoleCredentials failed with HTTP %1 %2: %3</source>
        <translation>SSO GetRoleCredentials fehlgeschlagen mit HTTP %1 %2: %3</translation>
    </message>
    <message>
        <source>the SSO portal answered with an expiration out of range (%1).</source>
        <translation>das SSO-Portal hat mit einem Ablaufzeitpunkt außerhalb des gültigen Bereichs geantwortet (%1).</translation>
    </message>
</context>
<context>
    <name>kvs::StsClient</name>
    <message>
        <source>STS answered with %1.</source>
        <translation>STS antwortete mit %1.</translation>
    </message>
    <message>
        <source>a document that is not XML</source>
        <translation>einem Dokument, das kein XML ist</translation>
    </message>
    <message>
        <source>no Credentials</source>
        <translation>keinen Credentials</translation>
    </message>
    <message>
        <source>credentials without a valid Expiration</source>
        <translation>Anmeldedaten ohne gültige Expiration</translation>
    </message>
    <message>
        <source>no Account or Arn</source>
        <translation>keinem Account oder Arn</translation>
    </message>
    <message>
        <source>STS %1 failed with HTTP %2 %3: %4</source>
        <translation>STS %1 fehlgeschlagen mit HTTP %2 %3: %4</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>keine Meldung</translation>
    </message>
    <message>
        <source>STS endpoint: %1</source>
        <translation>STS-Endpunkt: %1</translation>
    </message>
    <message>
        <source>STS %1: %2; check the network, the endpoint and AWS_CA_BUNDLE.</source>
        <translation>STS %1: %2; prüfen Sie das Netzwerk, den Endpunkt und AWS_CA_BUNDLE.</translation>
    </message>
</context>
<context>
    <name>kvs::TlsOptions</name>
    <message>
        <source>The CA bundle %1 cannot be read: %2.</source>
        <translation>Das CA-Bundle %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The CA bundle %1 contains no PEM certificate (-----BEGIN CERTIFICATE-----).</source>
        <translation>Das CA-Bundle %1 enthält kein PEM-Zertifikat (-----BEGIN CERTIFICATE-----).</translation>
    </message>
</context>
<context>
    <name>kvs::Validation</name>
    <message>
        <source>a space or line break at position %1</source>
        <translation>ein Leerzeichen oder Zeilenumbruch an Position %1</translation>
    </message>
    <message>
        <source>an invisible character at position %1</source>
        <translation>ein unsichtbares Zeichen an Position %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; at position %2</source>
        <translation>„%1“ an Position %2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; the maximum is %3.</source>
        <translation>%1 ist %2 Zeichen lang; höchstens %3 sind erlaubt.</translation>
    </message>
    <message>
        <source>%1 may only contain letters A–Z and a–z, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;; found %2.</source>
        <translation>%1 darf nur die Buchstaben A–Z und a–z, Ziffern, „_“, „.“ und „-“ enthalten; gefunden: %2.</translation>
    </message>
    <message>
        <source>The channel ARN</source>
        <translation>Der Kanal-ARN</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; the maximum is 1024.</source>
        <translation>%1 ist %2 Zeichen lang; höchstens 1024 sind erlaubt.</translation>
    </message>
    <message>
        <source>%1 must start with &quot;arn:&quot; and look like %2.</source>
        <translation>%1 muss mit „arn:“ beginnen und wie %2 aussehen.</translation>
    </message>
    <message>
        <source>%1 must have six parts separated by colons, like %2; it has %3.</source>
        <translation>%1 muss sechs durch Doppelpunkte getrennte Teile haben, wie %2; er hat %3.</translation>
    </message>
    <message>
        <source>%1 has no valid partition after &quot;arn:&quot; (expected aws, aws-cn or aws-us-gov).</source>
        <translation>%1 hat nach „arn:“ keine gültige Partition (erwartet: aws, aws-cn oder aws-us-gov).</translation>
    </message>
    <message>
        <source>%1 must name the service &quot;kinesisvideo&quot;, not &quot;%2&quot;.</source>
        <translation>%1 muss den Dienst „kinesisvideo“ nennen, nicht „%2“.</translation>
    </message>
    <message>
        <source>%1 has no valid region (such as us-west-2) in its fourth part.</source>
        <translation>%1 hat in seinem vierten Teil keine gültige Region (wie us-west-2).</translation>
    </message>
    <message>
        <source>%1 must have the AWS account id (digits only) in its fifth part.</source>
        <translation>%1 muss im fünften Teil die AWS-Konto-ID (nur Ziffern) enthalten.</translation>
    </message>
    <message>
        <source>must end with channel/NAME/CREATION-TIME</source>
        <translation>muss auf channel/NAME/CREATION-TIME enden</translation>
    </message>
    <message>
        <source>%1 %2; its last part has %3 piece(s) separated by &apos;/&apos;, not 3.</source>
        <translation>%1 %2; sein letzter Teil hat %3 durch „/“ getrennte Stück(e), nicht 3.</translation>
    </message>
    <message>
        <source>%1 %2; the resource type must be lower-case letters such as &quot;channel&quot;.</source>
        <translation>%1 %2; der Ressourcentyp muss aus Kleinbuchstaben bestehen, etwa „channel“.</translation>
    </message>
    <message>
        <source>%1 %2; NAME may only contain letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos; (found %3).</source>
        <translation>%1 %2; NAME darf nur Buchstaben, Ziffern, „_“, „.“ und „-“ enthalten (gefunden: %3).</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>%1 %2; CREATION-TIME must be digits.</source>
        <translation>%1 %2; CREATION-TIME muss aus Ziffern bestehen.</translation>
    </message>
    <message>
        <source>The channel name</source>
        <translation>Der Kanalname</translation>
    </message>
    <message>
        <source>The client id</source>
        <translation>Die Client-ID</translation>
    </message>
    <message>
        <source>%1 must not start with &quot;AWS_&quot; (in any letter case): the prefix is reserved by AWS.</source>
        <translation>%1 darf nicht mit „AWS_“ beginnen (in keiner Schreibweise): Das Präfix ist für AWS reserviert.</translation>
    </message>
    <message>
        <source>The region</source>
        <translation>Die Region</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; the maximum is 32.</source>
        <translation>%1 ist %2 Zeichen lang; höchstens 32 sind erlaubt.</translation>
    </message>
    <message>
        <source>%1 must be a region code in lower case, such as us-west-2, eu-central-1 or cn-north-1.</source>
        <translation>%1 muss ein Regionscode in Kleinbuchstaben sein, etwa us-west-2, eu-central-1 oder cn-north-1.</translation>
    </message>
    <message>
        <source>The access key id</source>
        <translation>Die Zugriffsschlüssel-ID</translation>
    </message>
    <message>
        <source>%1 may only contain letters, digits and &apos;_&apos; (it looks like AKIA… or ASIA…); found %2.</source>
        <translation>%1 darf nur Buchstaben, Ziffern und „_“ enthalten (sie sieht aus wie AKIA… oder ASIA…); gefunden: %2.</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; it must have at least 16.</source>
        <translation>%1 ist %2 Zeichen lang; mindestens 16 sind nötig.</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; the maximum is 128.</source>
        <translation>%1 ist %2 Zeichen lang; höchstens 128 sind erlaubt.</translation>
    </message>
    <message>
        <source>The secret access key</source>
        <translation>Der geheime Zugriffsschlüssel</translation>
    </message>
    <message>
        <source>%1 contains a space, line break or non-ASCII character at position %2; paste it again without extra characters.</source>
        <translation>%1 enthält an Position %2 ein Leerzeichen, einen Zeilenumbruch oder ein Nicht-ASCII-Zeichen; fügen Sie ihn ohne zusätzliche Zeichen erneut ein.</translation>
    </message>
    <message>
        <source>The session token</source>
        <translation>Das Sitzungstoken</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; the maximum is 8192.</source>
        <translation>%1 ist %2 Zeichen lang; höchstens 8192 sind erlaubt.</translation>
    </message>
    <message>
        <source>The WebSocket endpoint</source>
        <translation>Der WebSocket-Endpunkt</translation>
    </message>
    <message>
        <source>The endpoint URL</source>
        <translation>Die Endpunkt-URL</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; the maximum is 2048.</source>
        <translation>%1 ist %2 Zeichen lang; höchstens 2048 sind erlaubt.</translation>
    </message>
    <message>
        <source>%1 must start with %2:// (for example %2://HOST).</source>
        <translation>%1 muss mit %2:// beginnen (zum Beispiel %2://HOST).</translation>
    </message>
    <message>
        <source>%1 must not contain a query (&apos;?&apos; and what follows): the signer adds its own parameters.</source>
        <translation>%1 darf keine Query enthalten („?“ und was folgt): Die Signatur fügt eigene Parameter hinzu.</translation>
    </message>
    <message>
        <source>%1 must not contain a fragment (&apos;#&apos;).</source>
        <translation>%1 darf kein Fragment („#“) enthalten.</translation>
    </message>
    <message>
        <source>%1 must not contain a user name or password (&apos;@&apos;).</source>
        <translation>%1 darf keinen Benutzernamen und kein Passwort („@“) enthalten.</translation>
    </message>
    <message>
        <source>%1 has an unclosed &apos;[&apos; in its host.</source>
        <translation>%1 hat im Host eine nicht geschlossene „[“.</translation>
    </message>
    <message>
        <source>%1 has unexpected characters after its host.</source>
        <translation>%1 hat unerwartete Zeichen nach dem Host.</translation>
    </message>
    <message>
        <source>%1 has &apos;:&apos; after its host but no port number.</source>
        <translation>%1 hat nach dem Host ein „:“, aber keine Portnummer.</translation>
    </message>
    <message>
        <source>%1 has an invalid IPv6 address in brackets.</source>
        <translation>%1 hat eine ungültige IPv6-Adresse in Klammern.</translation>
    </message>
    <message>
        <source>%1 has no host name.</source>
        <translation>%1 hat keinen Hostnamen.</translation>
    </message>
    <message>
        <source>%1 has an invalid host name; use letters, digits, &apos;-&apos; and &apos;.&apos; (for example v-1a2b3c4d.kinesisvideo.us-west-2.amazonaws.com).</source>
        <translation>%1 hat einen ungültigen Hostnamen; verwenden Sie Buchstaben, Ziffern, „-“ und „.“ (zum Beispiel v-1a2b3c4d.kinesisvideo.us-west-2.amazonaws.com).</translation>
    </message>
    <message>
        <source>%1 has an invalid port; use a number from 1 to 65535.</source>
        <translation>%1 hat einen ungültigen Port; verwenden Sie eine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <source>%1 has a path with %2; a path may only contain letters, digits, &apos;/&apos;, &apos;_&apos;, &apos;.&apos;, &apos;-&apos; and &apos;~&apos;.</source>
        <translation>%1 hat einen Pfad mit %2; ein Pfad darf nur Buchstaben, Ziffern, „/“, „_“, „.“, „-“ und „~“ enthalten.</translation>
    </message>
    <message>
        <source>%1 uses unencrypted %2://, which is allowed only for this computer (localhost, 127.0.0.1 or ::1); use %3://.</source>
        <translation>%1 verwendet unverschlüsseltes %2://, das nur für diesen Computer erlaubt ist (localhost, 127.0.0.1 oder ::1); verwenden Sie %3://.</translation>
    </message>
</context>
<context>
    <name>kvs::ViewerApp</name>
    <message>
        <source>&amp;Throttle the next 3 connects</source>
        <translation>Die nächsten 3 Verbindungsaufbauten &amp;drosseln</translation>
    </message>
    <message>
        <source>Move the service&apos;s &amp;clock 7 minutes ahead</source>
        <translation>Die &amp;Uhr des Dienstes 7 Minuten vorstellen</translation>
    </message>
    <message>
        <source>&amp;Deny access (403)</source>
        <translation>&amp;Zugriff verweigern (403)</translation>
    </message>
    <message>
        <source>Channel &amp;not found (404)</source>
        <translation>Kanal &amp;nicht gefunden (404)</translation>
    </message>
    <message>
        <source>Send &amp;GO_AWAY</source>
        <translation>&amp;GO_AWAY senden</translation>
    </message>
    <message>
        <source>D&amp;rop the link</source>
        <translation>Verbindung &amp;kappen</translation>
    </message>
    <message>
        <source>Take &amp;over with a second viewer (same ClientId)</source>
        <translation>Mit einem zweiten Viewer ü&amp;bernehmen (gleiche ClientId)</translation>
    </message>
    <message>
        <source>Takes effect when the app is started again</source>
        <translation>Wirkt beim nächsten Start der App</translation>
    </message>
    <message>
        <source>The language changes when you restart KVS Signaling Viewer.</source>
        <translation>Die Sprache ändert sich, wenn Sie KVS Signaling Viewer neu starten.</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>&amp;Systemsprache</translation>
    </message>
    <message>
        <source>No &amp;media from the master</source>
        <translation>Keine &amp;Medien vom Master</translation>
    </message>
    <message>
        <source>&amp;ICE blocked (candidates dropped)</source>
        <translation>&amp;ICE blockiert (Kandidaten verworfen)</translation>
    </message>
    <message>
        <source>T&amp;URN only (relay candidates)</source>
        <translation>Nur &amp;TURN (Relay-Kandidaten)</translation>
    </message>
    <message>
        <source>Put the service&apos;s c&amp;lock back</source>
        <translation>Uhr des Dienstes zu&amp;rückstellen</translation>
    </message>
    <message>
        <source>Cl&amp;ear all faults</source>
        <translation>Alle Fehler &amp;aufheben</translation>
    </message>
</context>
<context>
    <name>kvs::WebIdentityCredentials</name>
    <message>
        <source>a web identity token file is set (%1) but no role: set AWS_ROLE_ARN or the profile&apos;s role_arn.</source>
        <translation>eine Web-Identitäts-Tokendatei ist gesetzt (%1), aber keine Rolle: setzen Sie AWS_ROLE_ARN oder role_arn im Profil.</translation>
    </message>
    <message>
        <source>the web identity token file %1 (from %2) cannot be read: %3.</source>
        <translation>die Web-Identitäts-Tokendatei %1 (aus %2) kann nicht gelesen werden: %3.</translation>
    </message>
    <message>
        <source>the web identity token file %1 (from %2) is empty.</source>
        <translation>die Web-Identitäts-Tokendatei %1 (aus %2) ist leer.</translation>
    </message>
    <message>
        <source>web identity (assume role %1 with the token in %2, from %3)</source>
        <translation>Web-Identität (Rolle %1 übernommen mit dem Token in %2, aus %3)</translation>
    </message>
</context>
<context>
    <name>kvs::media</name>
    <message>
        <source>Check that the master (camera) is connected to this channel and running; a master that is offline, or connected to another region or channel, never answers.</source>
        <translation>Prüfen Sie, ob der Master (die Kamera) mit diesem Kanal verbunden ist und läuft; ein Master, der offline ist oder mit einer anderen Region oder einem anderen Kanal verbunden ist, antwortet nie.</translation>
    </message>
    <message>
        <source>The signaling service refused our SDP offer: %1</source>
        <translation>Der Signalisierungsdienst hat unser SDP-Angebot abgelehnt: %1</translation>
    </message>
    <message>
        <source>The offer was not delivered to the master; see the service&apos;s reason.</source>
        <translation>Das Angebot wurde dem Master nicht zugestellt; siehe die Begründung des Dienstes.</translation>
    </message>
    <message>
        <source>The master&apos;s answer rejects every video codec we offered (H.264, VP8).</source>
        <translation>Die Antwort des Masters lehnt jeden angebotenen Video-Codec ab (H.264, VP8).</translation>
    </message>
    <message>
        <source>The master sends a codec this viewer cannot decode, or was configured for another codec; try --codec any, or configure the master for H.264 or VP8.</source>
        <translation>Der Master sendet einen Codec, den dieser Viewer nicht dekodieren kann, oder ist auf einen anderen Codec eingestellt; versuchen Sie --codec any oder stellen Sie den Master auf H.264 oder VP8 ein.</translation>
    </message>
    <message>
        <source>No network path between this viewer and the master was found (ICE failed). This side offered candidates %1; the master offered %2.</source>
        <translation>Zwischen diesem Viewer und dem Master wurde kein Netzwerkpfad gefunden (ICE fehlgeschlagen). Diese Seite bot die Kandidaten %1 an; der Master bot %2 an.</translation>
    </message>
    <message>
        <source>The master sent no ICE candidates at all: its network may block everything, or its candidates were lost on the way.</source>
        <translation>Der Master hat überhaupt keine ICE-Kandidaten gesendet: Sein Netzwerk blockiert womöglich alles, oder seine Kandidaten gingen unterwegs verloren.</translation>
    </message>
    <message>
        <source>The TURN servers answered but gave no relay: they refused our credentials (expired or wrong). Reconnect to fetch fresh ones from GetIceServerConfig.</source>
        <translation>Die TURN-Server haben geantwortet, aber kein Relay vergeben: Sie haben unsere Anmeldedaten abgelehnt (abgelaufen oder falsch). Verbinden Sie sich neu, um frische über GetIceServerConfig zu holen.</translation>
    </message>
    <message>
        <source>The master offered only addresses from a private network, and no TURN relay was reached from here. </source>
        <translation>Der Master bot nur Adressen aus einem privaten Netzwerk an, und von hier aus wurde kein TURN-Relay erreicht. </translation>
    </message>
    <message>
        <source>No TURN relay was reached from here. </source>
        <translation>Von hier aus wurde kein TURN-Relay erreicht. </translation>
    </message>
    <message>
        <source>Allow UDP and TCP port 443 to the TURN servers (a firewall or VPN blocks them), or run the network test.</source>
        <translation>Erlauben Sie UDP und TCP-Port 443 zu den TURN-Servern (eine Firewall oder ein VPN blockiert sie), oder führen Sie den Netzwerktest aus.</translation>
    </message>
    <message>
        <source>TURN is off, so only direct paths were tried; turn TURN on so the media can flow through a relay.</source>
        <translation>TURN ist ausgeschaltet, daher wurden nur direkte Pfade versucht; schalten Sie TURN ein, damit die Medien über ein Relay fließen können.</translation>
    </message>
    <message>
        <source>This side reached a TURN relay, but the master offered only private addresses and no relay of its own: the master&apos;s network blocks outgoing traffic to TURN.</source>
        <translation>Diese Seite hat ein TURN-Relay erreicht, aber der Master bot nur private Adressen und kein eigenes Relay an: Das Netzwerk des Masters blockiert ausgehenden Verkehr zu TURN.</translation>
    </message>
    <message>
        <source>Both sides offered candidates but no pair answered: a firewall drops the traffic between them. Try relay only, or run the network test.</source>
        <translation>Beide Seiten boten Kandidaten an, aber kein Paar hat geantwortet: Eine Firewall verwirft den Verkehr dazwischen. Versuchen Sie „Nur Relay“ oder führen Sie den Netzwerktest aus.</translation>
    </message>
    <message>
        <source>The TURN servers refused our credentials: no relay candidate was obtained (%1).</source>
        <translation>Die TURN-Server haben unsere Anmeldedaten abgelehnt: Es wurde kein Relay-Kandidat erhalten (%1).</translation>
    </message>
    <message>
        <source>The TURN credentials from GetIceServerConfig expired or were rejected; reconnect to fetch fresh ones.</source>
        <translation>Die TURN-Anmeldedaten aus GetIceServerConfig sind abgelaufen oder wurden abgelehnt; verbinden Sie sich neu, um frische zu holen.</translation>
    </message>
    <message>
        <source>ICE connected, but the DTLS handshake with the master failed: %1</source>
        <translation>ICE ist verbunden, aber der DTLS-Handshake mit dem Master ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The master&apos;s certificate fingerprint did not match its answer, or something between the peers alters packets.</source>
        <translation>Der Zertifikat-Fingerabdruck des Masters passte nicht zu seiner Antwort, oder etwas zwischen den Gegenstellen verändert Pakete.</translation>
    </message>
    <message>
        <source>The master accepted the connection but sends no video (camera off, encoder stopped, or it sends only audio).</source>
        <translation>Der Master hat die Verbindung angenommen, sendet aber kein Video (Kamera aus, Encoder gestoppt, oder er sendet nur Audio).</translation>
    </message>
    <message>
        <source>The media stopped and could not be restored: %1</source>
        <translation>Die Medien sind abgebrochen und konnten nicht wiederhergestellt werden: %1</translation>
    </message>
    <message>
        <source>The network path to the master broke (a network change, VPN, or the master went away).</source>
        <translation>Der Netzwerkpfad zum Master ist abgerissen (Netzwerkwechsel, VPN, oder der Master ist weg).</translation>
    </message>
    <message>
        <source>The media pipeline failed: %1</source>
        <translation>Die Medien-Pipeline ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Install the GStreamer packages named above, or report this with the diagnostics.</source>
        <translation>Installieren Sie die oben genannten GStreamer-Pakete, oder melden Sie dies mit der Diagnose.</translation>
    </message>
    <message>
        <source>No video frame was decoded, so there is nothing to save.</source>
        <translation>Es wurde kein Videobild dekodiert, daher gibt es nichts zu speichern.</translation>
    </message>
    <message>
        <source>The frame could not be encoded as PNG: %1</source>
        <translation>Das Bild konnte nicht als PNG kodiert werden: %1</translation>
    </message>
    <message>
        <source>The PNG encoder returned nothing.</source>
        <translation>Der PNG-Encoder hat nichts geliefert.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The master did not answer our SDP offer within %1.</source>
        <translation>Der Master hat unser SDP-Angebot nicht innerhalb von %1 beantwortet.</translation>
    </message>
    <message>
        <source>Connected to the master, but no video frame was decoded within %1.</source>
        <translation>Mit dem Master verbunden, aber innerhalb von %1 wurde kein Videobild dekodiert.</translation>
    </message>
</context>
<context>
    <name>kvs::media::MediaSession</name>
    <message>
        <source>ICE server not used: %1</source>
        <translation>ICE-Server nicht verwendet: %1</translation>
    </message>
    <message>
        <source>Media: ICE servers %1; transport policy %2</source>
        <translation>Medien: ICE-Server %1; Transportrichtlinie %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>relay only was asked for, but there is no TURN server</source>
        <translation>„Nur Relay“ war verlangt, aber es gibt keinen TURN-Server</translation>
    </message>
    <message>
        <source>local candidates %1</source>
        <translation>lokale Kandidaten %1</translation>
    </message>
    <message numerus="yes">
        <source>recvonly offer (%n characters of SDP)</source>
        <translation>
            <numerusform>recvonly-Angebot (%n Zeichen SDP)</numerusform>
            <numerusform>recvonly-Angebot (%n Zeichen SDP)</numerusform>
        </translation>
    </message>
    <message>
        <source>ICE failed while playing</source>
        <translation>ICE ist während der Wiedergabe fehlgeschlagen</translation>
    </message>
    <message>
        <source>Media: the network path to the master is interrupted.</source>
        <translation>Medien: Der Netzwerkpfad zum Master ist unterbrochen.</translation>
    </message>
    <message>
        <source>the peer connection failed after ICE connected</source>
        <translation>die Peer-Verbindung ist nach dem ICE-Verbindungsaufbau fehlgeschlagen</translation>
    </message>
    <message>
        <source>the network path stayed interrupted</source>
        <translation>der Netzwerkpfad blieb unterbrochen</translation>
    </message>
    <message numerus="yes">
        <source>Media: fresh TURN credentials given to the ICE agent (%n URI(s))</source>
        <translation>
            <numerusform>Medien: frische TURN-Anmeldedaten an den ICE-Agenten übergeben (%n URI)</numerusform>
            <numerusform>Medien: frische TURN-Anmeldedaten an den ICE-Agenten übergeben (%n URIs)</numerusform>
        </translation>
    </message>
    <message>
        <source>Media lost (%1): starting a new media session (%2 of %3).</source>
        <translation>Medien verloren (%1): Eine neue Mediensitzung wird gestartet (%2 von %3).</translation>
    </message>
    <message>
        <source>Media: TURN over TCP</source>
        <translation>Medien: TURN über TCP</translation>
    </message>
    <message>
        <source>Media: the HTTP proxy %1 could not be resolved (%2); TURN over TCP goes without it</source>
        <translation>Medien: Der HTTP-Proxy %1 ließ sich nicht auflösen (%2); TURN über TCP geht ohne ihn</translation>
    </message>
    <message>
        <source>relay only, gathering ended after %1</source>
        <translation>nur Relay, Sammeln endete nach %1</translation>
    </message>
</context>
<context>
    <name>kvs::media::MediaStats</name>
    <message>
        <source>%1 %2×%3 %4 fps, %5 kbit/s, %6 frames decoded, %7 lost</source>
        <translation>%1 %2×%3 %4 fps, %5 kbit/s, %6 Bilder dekodiert, %7 verloren</translation>
    </message>
    <message>
        <source>video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>, audio %1 dB</source>
        <translation>, Audio %1 dB</translation>
    </message>
</context>
<context>
    <name>kvs::media::MediaStep</name>
    <message>
        <source>SDP offer sent</source>
        <translation>SDP-Angebot gesendet</translation>
    </message>
    <message>
        <source>SDP answer received</source>
        <translation>SDP-Antwort empfangen</translation>
    </message>
    <message>
        <source>ICE candidates gathered</source>
        <translation>ICE-Kandidaten gesammelt</translation>
    </message>
    <message>
        <source>ICE connectivity checks</source>
        <translation>ICE-Verbindungsprüfungen</translation>
    </message>
    <message>
        <source>ICE connected</source>
        <translation>ICE verbunden</translation>
    </message>
    <message>
        <source>DTLS handshake</source>
        <translation>DTLS-Handshake</translation>
    </message>
    <message>
        <source>First video frame</source>
        <translation>Erstes Videobild</translation>
    </message>
</context>
<context>
    <name>kvs::media::ViewerPeer</name>
    <message>
        <source>GStreamer elements missing: %1 (install %2).</source>
        <translation>GStreamer-Elemente fehlen: %1 (installieren Sie %2).</translation>
    </message>
    <message>
        <source>The media pipeline could not start.</source>
        <translation>Die Medien-Pipeline konnte nicht starten.</translation>
    </message>
    <message>
        <source>The master&apos;s SDP answer could not be parsed.</source>
        <translation>Die SDP-Antwort des Masters konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>kvs::ui::AccessCheckDialog</name>
    <message>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>läuft…</translation>
    </message>
    <message>
        <source>✔ passed</source>
        <translation>✔ bestanden</translation>
    </message>
    <message>
        <source>✘ failed</source>
        <translation>✘ fehlgeschlagen</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Prüfung läuft…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Every step passed: these credentials can connect as a viewer.</source>
        <translation>Alle Schritte bestanden: Diese Anmeldedaten können sich als Viewer verbinden.</translation>
    </message>
    <message>
        <source>%1 failed; the later steps were not run.</source>
        <translation>%1 fehlgeschlagen; die folgenden Schritte wurden nicht ausgeführt.</translation>
    </message>
    <message>
        <source>Grant &lt;b&gt;%1&lt;/b&gt; on %2 to these credentials (Copy policy gives a minimal policy).</source>
        <translation>Erteilen Sie diesen Anmeldedaten &lt;b&gt;%1&lt;/b&gt; für %2 („Richtlinie kopieren“ liefert eine minimale Richtlinie).</translation>
    </message>
    <message>
        <source>the channel</source>
        <translation>den Kanal</translation>
    </message>
    <message>
        <source>The minimal viewer policy is on the clipboard.</source>
        <translation>Die minimale Viewer-Richtlinie ist in der Zwischenablage.</translation>
    </message>
</context>
<context>
    <name>kvs::ui::ChannelPickerDialog</name>
    <message>
        <source>&amp;Use channel</source>
        <translation>Kanal &amp;verwenden</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>The signaling channels the connection form&apos;s credentials may list in its region (ListSignalingChannels).</source>
        <translation>Die Signaling-Kanäle, die die Anmeldedaten des Verbindungsformulars in seiner Region auflisten dürfen (ListSignalingChannels).</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Part of a name or ARN</source>
        <translation>Teil eines Namens oder ARN</translation>
    </message>
    <message>
        <source>Filter channels</source>
        <translation>Kanäle filtern</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>ARN</source>
        <translation>ARN</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>Auflisten</translation>
    </message>
    <message>
        <source>Listing the channels…</source>
        <translation>Kanäle werden aufgelistet…</translation>
    </message>
    <message>
        <source>These credentials may not list channels (kinesisvideo:ListSignalingChannels).</source>
        <translation>Diese Anmeldedaten dürfen keine Kanäle auflisten (kinesisvideo:ListSignalingChannels).</translation>
    </message>
    <message>
        <source>The service said: %1 (%2)</source>
        <translation>Der Dienst meldete: %1 (%2)</translation>
    </message>
    <message>
        <source>You can still type the channel&apos;s name or ARN in the form: connecting needs other permissions than listing.</source>
        <translation>Sie können den Namen oder ARN des Kanals weiterhin ins Formular eingeben: Verbinden braucht andere Berechtigungen als Auflisten.</translation>
    </message>
    <message>
        <source>The channels could not be listed: %1</source>
        <translation>Die Kanäle konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>No signaling channels in this region for these credentials.</source>
        <translation>Keine Signaling-Kanäle in dieser Region für diese Anmeldedaten.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n channel(s); use the filter to find one.</source>
        <translation>
            <numerusform>Der erste %n Kanal; finden Sie weitere mit dem Filter.</numerusform>
            <numerusform>Die ersten %n Kanäle; finden Sie weitere mit dem Filter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n channel(s).</source>
        <translation>
            <numerusform>%n Kanal.</numerusform>
            <numerusform>%n Kanäle.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kvs::ui::ConnectionFormPanel</name>
    <message>
        <source>From the environment (AWS_ACCESS_KEY_ID, …)</source>
        <translation>Aus der Umgebung (AWS_ACCESS_KEY_ID, …)</translation>
    </message>
    <message>
        <source>From an AWS profile (~/.aws)</source>
        <translation>Aus einem AWS-Profil (~/.aws)</translation>
    </message>
    <message>
        <source>Enter access keys</source>
        <translation>Zugriffsschlüssel eingeben</translation>
    </message>
    <message>
        <source>Default: the ARN&apos;s region</source>
        <translation>Standard: die Region des ARN</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Uses AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN from the environment.</source>
        <translation>Verwendet AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY und AWS_SESSION_TOKEN aus der Umgebung.</translation>
    </message>
    <message>
        <source>Keys are kept for this session only, unless you choose to remember them in the system keychain.</source>
        <translation>Die Schlüssel gelten nur für diese Sitzung, es sei denn, Sie lassen sie im Schlüsselbund des Systems speichern.</translation>
    </message>
    <message>
        <source>To connect: %1</source>
        <translation>Zum Verbinden: %1</translation>
    </message>
    <message>
        <source>Channel %1 · account %2 · region %3 · partition %4</source>
        <translation>Kanal %1 · Konto %2 · Region %3 · Partition %4</translation>
    </message>
    <message>
        <source>Channel name: the ARN is looked up with DescribeSignalingChannel in %1.</source>
        <translation>Kanalname: Der ARN wird mit DescribeSignalingChannel in %1 ermittelt.</translation>
    </message>
    <message>
        <source>the chosen region</source>
        <translation>der gewählten Region</translation>
    </message>
    <message>
        <source>Choose a CA certificate file</source>
        <translation>CA-Zertifikatsdatei wählen</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>Close the connection</source>
        <translation>Die Verbindung schließen</translation>
    </message>
    <message>
        <source>Connect to the channel as a viewer (Enter)</source>
        <translation>Als Viewer mit dem Kanal verbinden (Eingabetaste)</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>expires in %1</source>
        <translation>läuft in %1 ab</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation>vor %1 abgelaufen</translation>
    </message>
    <message>
        <source>the region of profile %1</source>
        <translation>dem Profil %1</translation>
    </message>
    <message>
        <source>the channel ARN</source>
        <translation>dem Kanal-ARN</translation>
    </message>
    <message>
        <source>Recent channels</source>
        <translation>Zuletzt verwendete Kanäle</translation>
    </message>
    <message>
        <source>Cannot read the AWS files: %1</source>
        <translation>Die AWS-Dateien können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No recent channels yet</source>
        <translation>Noch keine zuletzt verwendeten Kanäle</translation>
    </message>
    <message>
        <source>Channels you connected to recently</source>
        <translation>Kanäle, mit denen Sie zuletzt verbunden waren</translation>
    </message>
    <message>
        <source>Checking the credentials…</source>
        <translation>Anmeldedaten werden geprüft…</translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation>läuft nicht ab</translation>
    </message>
    <message>
        <source>Found: %1
Access key %2 · %3</source>
        <translation>Gefunden: %1
Zugriffsschlüssel %2 · %3</translation>
    </message>
    <message>
        <source>No credentials: %1</source>
        <translation>Keine Anmeldedaten: %1</translation>
    </message>
    <message>
        <source>A profile&apos;s static keys, SSO sign-in, credential_process or role, as the AWS CLI reads them.</source>
        <translation>Die festen Schlüssel, die SSO-Anmeldung, credential_process oder die Rolle eines Profils, so wie die AWS CLI sie liest.</translation>
    </message>
    <message>
        <source>The channel ARN is in %1 but %2 says %3; the connection will use %3 and is likely to fail with ResourceNotFound. Type %1 in the region field to use the ARN&apos;s region.</source>
        <translation>Der Kanal-ARN liegt in %1, laut %2 gilt aber %3; die Verbindung verwendet %3 und scheitert wahrscheinlich mit ResourceNotFound. Geben Sie %1 in das Feld Region ein, um die Region des ARN zu verwenden.</translation>
    </message>
    <message>
        <source>The default region is unusable: %1</source>
        <translation>Die Standardregion ist unbrauchbar: %1</translation>
    </message>
    <message>
        <source>Region from this field (it overrides AWS_REGION, the profile and the channel ARN).</source>
        <translation>Region aus diesem Feld (sie hat Vorrang vor AWS_REGION, dem Profil und dem Kanal-ARN).</translation>
    </message>
    <message>
        <source>Region %1 from %2.</source>
        <translation>Region %1 aus %2.</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>Connec&amp;t</source>
        <translation>Ver&amp;binden</translation>
    </message>
    <message>
        <source>Automatic (H.264, then VP8)</source>
        <translation>Automatisch (H.264, dann VP8)</translation>
    </message>
    <message>
        <source>H.264 only</source>
        <translation>Nur H.264</translation>
    </message>
    <message>
        <source>VP8 only</source>
        <translation>Nur VP8</translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation>Profil %1</translation>
    </message>
    <message>
        <source>FIPS endpoint on: %1.</source>
        <translation>FIPS-Endpunkt eingeschaltet durch %1.</translation>
    </message>
    <message>
        <source>Dual-stack endpoint on: %1.</source>
        <translation>Dual-Stack-Endpunkt eingeschaltet durch %1.</translation>
    </message>
    <message>
        <source>List…</source>
        <translation>Liste…</translation>
    </message>
    <message>
        <source>List the channels these credentials may see in the region and pick one (Ctrl+Shift+L)</source>
        <translation>Die Kanäle auflisten, die diese Anmeldedaten in der Region sehen dürfen, und einen auswählen (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>List channels</source>
        <translation>Kanäle auflisten</translation>
    </message>
</context>
<context>
    <name>kvs::ui::ConnectionPanel</name>
    <message>
        <source>Cance&amp;l retry</source>
        <translation>Wiederho&amp;lung abbrechen</translation>
    </message>
    <message>
        <source>Retry &amp;now</source>
        <translation>&amp;Jetzt wiederholen</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>Verbindungszustand</translation>
    </message>
    <message>
        <source>The connection&apos;s state; announced when it changes</source>
        <translation>Der Zustand der Verbindung; wird bei jeder Änderung angesagt</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Retry countdown</source>
        <translation>Countdown bis zur Wiederholung</translation>
    </message>
    <message>
        <source>Cancel the scheduled retry (Esc)</source>
        <translation>Die geplante Wiederholung abbrechen (Esc)</translation>
    </message>
    <message>
        <source>Cancels the scheduled retry; Esc does the same</source>
        <translation>Bricht die geplante Wiederholung ab; Esc bewirkt dasselbe</translation>
    </message>
    <message>
        <source>Retry at once instead of waiting</source>
        <translation>Sofort wiederholen statt zu warten</translation>
    </message>
    <message>
        <source>Retries at once instead of waiting for the countdown</source>
        <translation>Wiederholt sofort, statt den Countdown abzuwarten</translation>
    </message>
    <message>
        <source>Connected time</source>
        <translation>Verbindungsdauer</translation>
    </message>
    <message>
        <source>Master probe result</source>
        <translation>Ergebnis der Master-Prüfung</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Waterfall</source>
        <translation>Wasserfall</translation>
    </message>
    <message>
        <source>Connection steps</source>
        <translation>Verbindungsschritte</translation>
    </message>
    <message>
        <source>Each step of the connection with its start, duration and outcome; the waterfall shows the timing</source>
        <translation>Jeder Schritt der Verbindung mit Beginn, Dauer und Ergebnis; der Wasserfall zeigt den zeitlichen Ablauf</translation>
    </message>
    <message>
        <source>Connection state: %1</source>
        <translation>Verbindungszustand: %1</translation>
    </message>
    <message>
        <source>%1 (attempt %2)</source>
        <translation>%1 (Versuch %2)</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>läuft…</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>Put a new ClientId in the form (like its “New id”)</source>
        <translation>Eine neue ClientId in das Formular eintragen (wie dessen „Neue ID“)</translation>
    </message>
    <message>
        <source>Get a different ClientId</source>
        <translation>Andere ClientId holen</translation>
    </message>
    <message>
        <source>Clock warning</source>
        <translation>Warnung zur Uhr</translation>
    </message>
    <message>
        <source>Credential expiry</source>
        <translation>Ablauf der Anmeldedaten</translation>
    </message>
    <message>
        <source>Connection taken over</source>
        <translation>Verbindung übernommen</translation>
    </message>
    <message>
        <source>Idle time</source>
        <translation>Leerlaufzeit</translation>
    </message>
    <message>
        <source>Another client connected with the same ClientId and the service gave it this connection, so the viewer stopped instead of taking it back. If that client is yours (a second copy of this app, a test rig), keep one ClientId per viewer: get a different ClientId (the button here, or “New id” in the form), then connect again.</source>
        <translation>Ein anderer Client hat sich mit derselben ClientId verbunden, und der Dienst hat ihm diese Verbindung gegeben; daher hat der Viewer angehalten, statt sie zurückzuholen. Wenn dieser Client Ihnen gehört (eine zweite Instanz dieser App, ein Testaufbau), verwenden Sie eine ClientId pro Viewer: Holen Sie eine andere ClientId (mit der Schaltfläche hier oder mit „Neue ID“ im Formular) und verbinden Sie sich dann erneut.</translation>
    </message>
    <message>
        <source>Credentials from %1 expired %2 min ago. This connection stays open; the next connection fetches new ones (or fails if the source cannot give any).</source>
        <translation>Die Anmeldedaten aus %1 sind vor %2 min abgelaufen. Diese Verbindung bleibt offen; die nächste Verbindung holt neue (oder scheitert, wenn die Quelle keine liefern kann).</translation>
    </message>
    <message>
        <source>Credentials from %1 expire in %2 min — the next connection will refresh them.</source>
        <translation>Die Anmeldedaten aus %1 laufen in %2 min ab – die nächste Verbindung erneuert sie.</translation>
    </message>
    <message>
        <source>Cancelled by you</source>
        <translation>Von Ihnen abgebrochen</translation>
    </message>
    <message>
        <source>Connected for %1 · documented maximum: 1 hour per connection (observed longer); the viewer reconnects when it ends</source>
        <translation>Verbunden seit %1 · dokumentierte Höchstdauer: 1 Stunde pro Verbindung (beobachtet länger); der Viewer verbindet sich neu, wenn sie endet</translation>
    </message>
    <message>
        <source>No signaling message for %1 · documented idle limit: 10 minutes; the viewer&apos;s pings keep the connection from going idle</source>
        <translation>Seit %1 keine Signalisierungsnachricht · dokumentierte Leerlaufgrenze: 10 Minuten; die Pings des Viewers verhindern den Leerlauf der Verbindung</translation>
    </message>
    <message>
        <source>Notices about this connection; press Space to show or hide them</source>
        <translation>Hinweise zu dieser Verbindung; Leertaste blendet sie ein oder aus</translation>
    </message>
    <message>
        <source>Hide the notices</source>
        <translation>Die Hinweise ausblenden</translation>
    </message>
    <message>
        <source>Notices (%1) — hide</source>
        <translation>Hinweise (%1) – ausblenden</translation>
    </message>
    <message>
        <source>Notices (%1):</source>
        <translation>Hinweise (%1):</translation>
    </message>
    <message>
        <source>Notices (%1)</source>
        <translation>Hinweise (%1)</translation>
    </message>
    <message>
        <source>Connected for %1 when the record of this run ends (recorded, not live)</source>
        <translation>Verbunden seit %1, als die Aufzeichnung dieses Laufs endet (aufgezeichnet, nicht live)</translation>
    </message>
</context>
<context>
    <name>kvs::ui::CustomOfferDialog</name>
    <message>
        <source>Sent; waiting for the master&apos;s answer…</source>
        <translation>Gesendet; warte auf die Antwort des Masters…</translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation>Keine Antwort: %1</translation>
    </message>
    <message>
        <source>(the answer&apos;s SDP did not parse)</source>
        <translation>(das SDP der Antwort ließ sich nicht auswerten)</translation>
    </message>
    <message>
        <source>Connect first: the offer goes to the master through the open connection.</source>
        <translation>Verbinden Sie sich zuerst: Das Angebot geht über die offene Verbindung an den Master.</translation>
    </message>
    <message>
        <source>The master answered in %1: %2
ICE candidates in the answer: %3; trickled: %4 (details in the message log)</source>
        <translation>Der Master antwortete in %1: %2
ICE-Kandidaten in der Antwort: %3; nachgereicht: %4 (Details im Ereignisprotokoll)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>kvs::ui::DiagnosticsDialog</name>
    <message>
        <source>Export diagnostics</source>
        <translation>Diagnose exportieren</translation>
    </message>
    <message>
        <source>This is the whole file. Secrets (keys, tokens, signatures, TURN credentials) are removed; check it before you hand it over.</source>
        <translation>Dies ist die vollständige Datei. Geheimnisse (Schlüssel, Token, Signaturen, TURN-Zugangsdaten) sind entfernt; prüfen Sie sie, bevor Sie sie weitergeben.</translation>
    </message>
    <message>
        <source>Diagnostics preview</source>
        <translation>Vorschau der Diagnose</translation>
    </message>
    <message>
        <source>The whole file as it will be saved, with secrets removed</source>
        <translation>Die vollständige Datei, wie sie gespeichert wird, ohne Geheimnisse</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
</context>
<context>
    <name>kvs::ui::DiagnosticsViewer</name>
    <message>
        <source>Diagnostics: %1 (read-only)</source>
        <translation>Diagnose: %1 (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Diagnostics from a file</source>
        <translation>Diagnose aus einer Datei</translation>
    </message>
    <message>
        <source>Made by kvs-viewer %1 at %2.</source>
        <translation>Erstellt von kvs-viewer %1 am %2.</translation>
    </message>
    <message>
        <source>(unknown version)</source>
        <translation>(unbekannte Version)</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>einem unbekannten Zeitpunkt</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s).</source>
        <translation>
            <numerusform>%n Ereignis.</numerusform>
            <numerusform>%n Ereignisse.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) skipped (not an event of this app, or over the limit).</source>
        <translation>
            <numerusform>%n Eintrag übersprungen (kein Ereignis dieser App oder über der Grenze).</numerusform>
            <numerusform>%n Einträge übersprungen (keine Ereignisse dieser App oder über der Grenze).</numerusform>
        </translation>
    </message>
    <message>
        <source>Also in the file: %1.</source>
        <translation>Außerdem in der Datei: %1.</translation>
    </message>
    <message>
        <source>Read-only: nothing here connects.</source>
        <translation>Schreibgeschützt: Hier wird nichts verbunden.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>&amp;Timeline and log</source>
        <translation>&amp;Verlauf und Protokoll</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>no state recorded</source>
        <translation>kein Zustand aufgezeichnet</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Run %1 — %2</source>
        <translation>Lauf %1 — %2</translation>
    </message>
    <message>
        <source>Run shown in the steps</source>
        <translation>In den Schritten gezeigter Lauf</translation>
    </message>
    <message>
        <source>Each Connect of the session is a run: the steps show the one chosen here, the log holds them all</source>
        <translation>Jedes Verbinden der Sitzung ist ein Lauf: Die Schritte zeigen den hier gewählten, das Protokoll enthält alle</translation>
    </message>
    <message>
        <source>&amp;Run:</source>
        <translation>&amp;Lauf:</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) in %1 runs.</source>
        <translation>
            <numerusform>%n Ereignis in %1 Läufen.</numerusform>
            <numerusform>%n Ereignisse in %1 Läufen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kvs::ui::ErrorDialog</name>
    <message>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Step:</source>
        <translation>Schritt:</translation>
    </message>
    <message>
        <source>Service message:</source>
        <translation>Meldung des Dienstes:</translation>
    </message>
    <message>
        <source>HTTP status:</source>
        <translation>HTTP-Status:</translation>
    </message>
    <message>
        <source>Error type:</source>
        <translation>Fehlertyp:</translation>
    </message>
    <message>
        <source>Request id:</source>
        <translation>Request-ID:</translation>
    </message>
    <message>
        <source>IAM action:</source>
        <translation>IAM-Aktion:</translation>
    </message>
    <message>
        <source>Minimal IAM policy for a viewer</source>
        <translation>Minimale IAM-Richtlinie für einen Viewer</translation>
    </message>
    <message>
        <source>A minimal &amp;policy for a viewer of this channel:</source>
        <translation>Eine minimale &amp;Richtlinie für einen Viewer dieses Kanals:</translation>
    </message>
    <message>
        <source>Copies these details with secrets removed</source>
        <translation>Kopiert diese Details ohne Geheimnisse</translation>
    </message>
    <message>
        <source>Step: %1</source>
        <translation>Schritt: %1</translation>
    </message>
    <message>
        <source>Service message: %1</source>
        <translation>Meldung des Dienstes: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP-Status: %1</translation>
    </message>
    <message>
        <source>Error type: %1</source>
        <translation>Fehlertyp: %1</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>Request-ID: %1</translation>
    </message>
    <message>
        <source>IAM action: %1</source>
        <translation>IAM-Aktion: %1</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Was zu tun ist:</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Details:</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>Copy &amp;details</source>
        <translation>Details &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>kvs::ui::IceServersDialog</name>
    <message>
        <source>Fetching the ICE servers…</source>
        <translation>ICE-Server werden abgerufen…</translation>
    </message>
    <message>
        <source>Channel %1 in %2</source>
        <translation>Kanal %1 in %2</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>Fetched at %1.</source>
        <translation>Abgerufen um %1.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>%1 failed: %2 %3</source>
        <translation>%1 fehlgeschlagen: %2 %3</translation>
    </message>
    <message>
        <source>Grant %1 to these credentials.</source>
        <translation>Erteilen Sie diesen Anmeldedaten %1.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>TURN: %1.</source>
        <translation>TURN: %1.</translation>
    </message>
</context>
<context>
    <name>kvs::ui::IdentityDialog</name>
    <message>
        <source>&amp;Ask again</source>
        <translation>&amp;Erneut fragen</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Who am I</source>
        <translation>Wer bin ich</translation>
    </message>
    <message>
        <source>Asks STS (GetCallerIdentity) who the connection form&apos;s credentials belong to. Nothing is changed in the account.</source>
        <translation>Fragt STS (GetCallerIdentity), wem die Anmeldedaten des Verbindungsformulars gehören. Im Konto wird nichts geändert.</translation>
    </message>
    <message>
        <source>Asking</source>
        <translation>Anfrage läuft</translation>
    </message>
    <message>
        <source>Asking STS…</source>
        <translation>STS wird gefragt…</translation>
    </message>
    <message>
        <source>never (long-term keys)</source>
        <translation>nie (langfristige Schlüssel)</translation>
    </message>
    <message>
        <source>expired at %1</source>
        <translation>abgelaufen am %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (in %n second(s))</source>
        <translation>
            <numerusform>%1 (in %n Sekunde)</numerusform>
            <numerusform>%1 (in %n Sekunden)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (in %n minute(s))</source>
        <translation>
            <numerusform>%1 (in %n Minute)</numerusform>
            <numerusform>%1 (in %n Minuten)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (in %n hour(s))</source>
        <translation>
            <numerusform>%1 (in %n Stunde)</numerusform>
            <numerusform>%1 (in %n Stunden)</numerusform>
        </translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>ARN:</source>
        <translation>ARN:</translation>
    </message>
    <message>
        <source>User id:</source>
        <translation>Benutzer-ID:</translation>
    </message>
    <message>
        <source>Credentials:</source>
        <translation>Anmeldedaten:</translation>
    </message>
    <message>
        <source>Access key:</source>
        <translation>Zugriffsschlüssel:</translation>
    </message>
    <message>
        <source>%1 (temporary, with a session token)</source>
        <translation>%1 (temporär, mit Sitzungstoken)</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Läuft ab:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>STS endpoint:</source>
        <translation>STS-Endpunkt:</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (aus %2)</translation>
    </message>
    <message>
        <source>STS knows these credentials.</source>
        <translation>STS kennt diese Anmeldedaten.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The service said: %1 (%2)</source>
        <translation>Der Dienst meldete: %1 (%2)</translation>
    </message>
    <message>
        <source>Advanced › Endpoint URL</source>
        <translation>Erweitert › Endpunkt-URL</translation>
    </message>
    <message>
        <source>the region&apos;s default</source>
        <translation>dem Standard der Region</translation>
    </message>
</context>
<context>
    <name>kvs::ui::MainWindow</name>
    <message>
        <source>Save diagnostics</source>
        <translation>Diagnose speichern</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Diagnostics saved to %1</source>
        <translation>Diagnose gespeichert in %1</translation>
    </message>
    <message>
        <source>Export diagnostics</source>
        <translation>Diagnose exportieren</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>&amp;Practice</source>
        <translation>&amp;Übung</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>About KVS Signaling Viewer</source>
        <translation>Über KVS Signaling Viewer</translation>
    </message>
    <message>
        <source>&lt;h3&gt;KVS Signaling Viewer %1&lt;/h3&gt;&lt;p&gt;Connects to Amazon Kinesis Video Streams WebRTC signaling channels as a viewer and explains every step.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;KVS Signaling Viewer %1&lt;/h3&gt;&lt;p&gt;Verbindet sich als Viewer mit WebRTC-Signaling-Kanälen von Amazon Kinesis Video Streams und erklärt jeden Schritt.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2, läuft mit Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Edit connection</source>
        <translation>Verbindung &amp;bearbeiten</translation>
    </message>
    <message>
        <source>Show the connection form again</source>
        <translation>Das Verbindungsformular wieder anzeigen</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Stumm</translation>
    </message>
    <message>
        <source>Mute audio</source>
        <translation>Ton stummschalten</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Ton an</translation>
    </message>
    <message>
        <source>&amp;Video</source>
        <translation>V&amp;ideo</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>Show only the video (Esc leaves)</source>
        <translation>Nur das Video zeigen (Esc beendet)</translation>
    </message>
    <message>
        <source>Save &amp;snapshot…</source>
        <translation>&amp;Standbild speichern …</translation>
    </message>
    <message>
        <source>Save the current picture as a PNG file</source>
        <translation>Das aktuelle Bild als PNG-Datei speichern</translation>
    </message>
    <message>
        <source>&amp;Mute audio</source>
        <translation>Ton st&amp;ummschalten</translation>
    </message>
    <message>
        <source>Show s&amp;tats overlay</source>
        <translation>S&amp;tatistik einblenden</translation>
    </message>
    <message>
        <source>Codec, resolution, frame rate, bit rate, loss and the selected pair</source>
        <translation>Codec, Auflösung, Bildrate, Bitrate, Verluste und das gewählte Paar</translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation>Kanal: %1</translation>
    </message>
    <message>
        <source>There is no picture to save yet.</source>
        <translation>Es gibt noch kein Bild zum Speichern.</translation>
    </message>
    <message>
        <source>Save snapshot</source>
        <translation>Standbild speichern</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Snapshot saved to %1</source>
        <translation>Standbild gespeichert unter %1</translation>
    </message>
    <message>
        <source>Armed practice faults</source>
        <translation>Aktive Übungsfehler</translation>
    </message>
    <message>
        <source>⚠ Practice armed: %1</source>
        <translation>⚠ Übung aktiv: %1</translation>
    </message>
    <message>
        <source>Faults waiting in the demo&apos;s emulator; Practice › Clear all faults ends them</source>
        <translation>Fehler, die im Emulator der Demo warten; Übung › Alle Fehler aufheben beendet sie</translation>
    </message>
</context>
<context>
    <name>kvs::ui::MessageLogPanel</name>
    <message>
        <source>All events</source>
        <translation>Alle Ereignisse</translation>
    </message>
    <message>
        <source>Signaling messages</source>
        <translation>Signaling-Nachrichten</translation>
    </message>
    <message>
        <source>Steps and states</source>
        <translation>Schritte und Zustände</translation>
    </message>
    <message>
        <source>Errors and warnings</source>
        <translation>Fehler und Warnungen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>In and out</source>
        <translation>Ein- und ausgehend</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Filter text (Ctrl+F)</source>
        <translation>Filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Filter text</source>
        <translation>Filtertext</translation>
    </message>
    <message>
        <source>Copy the selected events, or all shown, with secrets removed</source>
        <translation>Die ausgewählten oder alle angezeigten Ereignisse ohne Geheimnisse kopieren</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>Ereignisprotokoll</translation>
    </message>
    <message>
        <source>Select an event to see it in full.</source>
        <translation>Wählen Sie ein Ereignis, um es vollständig zu sehen.</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation>Ereignisdetails</translation>
    </message>
    <message>
        <source>Which kinds of events the log shows</source>
        <translation>Welche Arten von Ereignissen das Protokoll zeigt</translation>
    </message>
    <message>
        <source>Show received messages, sent messages or both</source>
        <translation>Empfangene, gesendete oder beide Arten von Nachrichten zeigen</translation>
    </message>
    <message>
        <source>Shows only events containing this text</source>
        <translation>Zeigt nur Ereignisse, die diesen Text enthalten</translation>
    </message>
    <message>
        <source>Copies the selected events, or all shown, with secrets removed</source>
        <translation>Kopiert die ausgewählten oder alle angezeigten Ereignisse ohne Geheimnisse</translation>
    </message>
    <message>
        <source>Every event and signaling message, newest last; select one to see it in full</source>
        <translation>Alle Ereignisse und Signaling-Nachrichten, die neuesten zuletzt; wählen Sie eines, um es vollständig zu sehen</translation>
    </message>
    <message>
        <source>The selected event in full, with secrets removed</source>
        <translation>Das ausgewählte Ereignis vollständig, ohne Geheimnisse</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <source>Payload:</source>
        <translation>Nutzdaten:</translation>
    </message>
    <message>
        <source>Media and ICE</source>
        <translation>Medien und ICE</translation>
    </message>
    <message>
        <source>Session description (SDP):</source>
        <translation>Sitzungsbeschreibung (SDP):</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>Candidates gathered by this viewer:</source>
        <translation>Von diesem Viewer gesammelte Kandidaten:</translation>
    </message>
    <message>
        <source>Candidates received from the master:</source>
        <translation>Vom Master empfangene Kandidaten:</translation>
    </message>
    <message>
        <source>Selected candidate pair: %1</source>
        <translation>Ausgewähltes Kandidatenpaar: %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Richtung:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
</context>
<context>
    <name>kvs::ui::NetworkTestDialog</name>
    <message>
        <source>Network test</source>
        <translation>Netzwerktest</translation>
    </message>
    <message>
        <source>Which of STUN, TURN over UDP, TCP and TLS work from this network, tried one by one with the real ICE stack against the channel&apos;s own servers.</source>
        <translation>Welche Wege – STUN, TURN über UDP, TCP und TLS – aus diesem Netzwerk funktionieren, einzeln mit dem echten ICE-Stack gegen die eigenen Server des Kanals ausprobiert.</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Weg</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Address or reason</source>
        <translation>Adresse oder Grund</translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation>&amp;Erneut ausführen</translation>
    </message>
    <message>
        <source>Copy the rows and the verdict (TURN credentials are never included)</source>
        <translation>Zeilen und Ergebnis kopieren (TURN-Zugangsdaten sind nie enthalten)</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test läuft…</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>&amp;Kopieren</translation>
    </message>
</context>
<context>
    <name>kvs::ui::PresignedUrlDialog</name>
    <message>
        <source>&amp;Use in form</source>
        <translation>&amp;Ins Formular übernehmen</translation>
    </message>
    <message>
        <source>Presigned URL</source>
        <translation>Vorsignierte URL</translation>
    </message>
    <message>
        <source>&amp;Paste a presigned signaling URL (wss://…?X-Amz-ChannelARN=…). It is decoded here only: nothing is sent, and the signature is never shown.</source>
        <translation>Vorsignierte Signaling-URL &amp;einfügen (wss://…?X-Amz-ChannelARN=…). Sie wird nur hier entschlüsselt: Nichts wird gesendet, und die Signatur wird nie angezeigt.</translation>
    </message>
    <message>
        <source>Put the channel ARN, region and ClientId in the connection form</source>
        <translation>Kanal-ARN, Region und ClientId ins Verbindungsformular übernehmen</translation>
    </message>
    <message>
        <source>%1 — expired</source>
        <translation>%1 — abgelaufen</translation>
    </message>
    <message numerus="yes">
        <source>%1 (valid for %n more minute(s))</source>
        <translation>
            <numerusform>%1 (noch %n Minute gültig)</numerusform>
            <numerusform>%1 (noch %n Minuten gültig)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing pasted yet.</source>
        <translation>Noch nichts eingefügt.</translation>
    </message>
    <message>
        <source>Not a presigned signaling URL: %1</source>
        <translation>Keine vorsignierte Signaling-URL: %1</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>Endpunkt:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Kanal:</translation>
    </message>
    <message>
        <source>Account, name:</source>
        <translation>Konto, Name:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <source>viewer, ClientId %1</source>
        <translation>Viewer, ClientId %1</translation>
    </message>
    <message>
        <source>master</source>
        <translation>Master</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Signiert von:</translation>
    </message>
    <message>
        <source>%1 (temporary credentials)</source>
        <translation>%1 (temporäre Anmeldedaten)</translation>
    </message>
    <message>
        <source>Signed at:</source>
        <translation>Signiert am:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Läuft ab:</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Signatur:</translation>
    </message>
    <message>
        <source>present (hidden)</source>
        <translation>vorhanden (verborgen)</translation>
    </message>
    <message>
        <source>The URL looks usable until it expires.</source>
        <translation>Die URL scheint bis zu ihrem Ablauf verwendbar.</translation>
    </message>
    <message>
        <source>Co&amp;nnect with this URL</source>
        <translation>Mit dieser URL &amp;verbinden</translation>
    </message>
    <message>
        <source>Connect the window&apos;s session with this URL exactly as pasted: no credentials, no control-plane calls (media: host and STUN candidates only)</source>
        <translation>Die Sitzung des Fensters mit genau dieser eingefügten URL verbinden: ohne Anmeldedaten, ohne Aufrufe der Steuerungsebene (Medien: nur Host- und STUN-Kandidaten)</translation>
    </message>
</context>
<context>
    <name>kvs::ui::VideoWidget</name>
    <message>
        <source>Double-click or press F11 for full screen</source>
        <translation>Doppelklick oder F11 für Vollbild</translation>
    </message>
    <message>
        <source>Video: playing</source>
        <translation>Video: läuft</translation>
    </message>
    <message>
        <source>Video: playing %1</source>
        <translation>Video: läuft, %1</translation>
    </message>
    <message>
        <source>Video: %1</source>
        <translation>Video: %1</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Connects to a Kinesis Video Streams signaling channel as a viewer.</source>
        <translation>Verbindet sich als Viewer mit einem Signaling-Kanal von Kinesis Video Streams.</translation>
    </message>
    <message>
        <source>Quit after MS milliseconds (for smoke tests).</source>
        <translation>Nach MS Millisekunden beenden (für Smoke-Tests).</translation>
    </message>
    <message>
        <source>Start a local signaling emulator with a built-in master and connect to its demo channel (no AWS account needed).</source>
        <translation>Einen lokalen Signaling-Emulator mit eingebautem Master starten und mit seinem Demo-Kanal verbinden (kein AWS-Konto nötig).</translation>
    </message>
    <message>
        <source>Use this language: de, ja or en (default: the one chosen in Help › Language, else the system&apos;s).</source>
        <translation>Diese Sprache verwenden: de, ja oder en (Standard: die unter Hilfe › Sprache gewählte, sonst die des Systems).</translation>
    </message>
    <message>
        <source>A setup file (.kvssetup.json) to fill the form from.</source>
        <translation>Eine Einrichtungsdatei (.kvssetup.json), aus der das Formular gefüllt wird.</translation>
    </message>
</context>
</TS>
