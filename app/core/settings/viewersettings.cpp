#include "core/settings/viewersettings.h"

#include <QSettings>

namespace kvs {
ViewerSettings::ViewerSettings(QSettings &settings)
    : m_settings(settings)
{}

ConnectionForm ViewerSettings::lastForm() const
{
    ConnectionForm form;
    form.credentialMode =
        credentialModeFromName(m_settings.value(QStringLiteral("connection/credentialMode")).toString());
    form.profile = m_settings.value(QStringLiteral("connection/profile")).toString();
    form.channel = m_settings.value(QStringLiteral("connection/channel")).toString();
    form.region = m_settings.value(QStringLiteral("connection/region")).toString();
    form.clientId = clientId();
    form.endpointOverride = m_settings.value(QStringLiteral("connection/endpointUrl")).toString();
    form.caFile = m_settings.value(QStringLiteral("connection/caFile")).toString();
    form.fips = m_settings.value(QStringLiteral("connection/fips"), false).toBool();
    form.dualStack = m_settings.value(QStringLiteral("connection/dualStack"), false).toBool();
    bool ok = false;
    const int retries =
        m_settings.value(QStringLiteral("connection/maxRetries"), kDefaultMaxRetries).toInt(&ok);
    form.maxRetries = ok && retries >= 0 && retries <= 50
                          ? retries
                          : kDefaultMaxRetries; // a hand-edited file stays harmless
    return form;
}

void ViewerSettings::saveForm(const ConnectionForm &form)
{
    m_settings.setValue(QStringLiteral("connection/credentialMode"), credentialModeName(form.credentialMode));
    m_settings.setValue(QStringLiteral("connection/profile"), form.profile);
    m_settings.setValue(QStringLiteral("connection/channel"), form.channel);
    m_settings.setValue(QStringLiteral("connection/region"), form.region);
    m_settings.setValue(QStringLiteral("connection/endpointUrl"), form.endpointOverride);
    m_settings.setValue(QStringLiteral("connection/caFile"), form.caFile);
    m_settings.setValue(QStringLiteral("connection/fips"), form.fips);
    m_settings.setValue(QStringLiteral("connection/dualStack"), form.dualStack);
    m_settings.setValue(QStringLiteral("connection/maxRetries"), form.maxRetries);
    if (!form.clientId.isEmpty())
        setClientId(form.clientId);
    QStringList recent = recentChannels();
    recent.removeAll(form.channel);
    if (!form.channel.isEmpty())
        recent.prepend(form.channel);
    m_settings.setValue(QStringLiteral("connection/recentChannels"), recent.mid(0, kMaxRecentChannels));
}

QStringList ViewerSettings::recentChannels() const
{
    return m_settings.value(QStringLiteral("connection/recentChannels")).toStringList();
}

QString ViewerSettings::clientId() const
{
    return m_settings.value(QStringLiteral("connection/clientId")).toString();
}

void ViewerSettings::setClientId(const QString &clientId)
{
    m_settings.setValue(QStringLiteral("connection/clientId"), clientId);
}

QString ViewerSettings::language() const
{
    return m_settings.value(QStringLiteral("ui/language")).toString();
}

void ViewerSettings::setLanguage(const QString &language)
{
    if (language.isEmpty())
        m_settings.remove(QStringLiteral("ui/language"));
    else
        m_settings.setValue(QStringLiteral("ui/language"), language);
}

MediaOptions ViewerSettings::mediaOptions() const
{
    MediaOptions options;
    options.codec = parseVideoCodecPreference(m_settings.value(QStringLiteral("media/codec")).toString())
                        .value_or(VideoCodecPreference::Any);
    options.iceTransport =
        parseIceTransportPolicy(m_settings.value(QStringLiteral("media/iceTransport")).toString())
            .value_or(IceTransportPolicy::All);
    options.useStun = m_settings.value(QStringLiteral("media/stun"), true).toBool();
    options.useTurn = m_settings.value(QStringLiteral("media/turn"), true).toBool();
    options.receiveAudio = m_settings.value(QStringLiteral("media/receiveAudio"), true).toBool();
    return options;
}

void ViewerSettings::setMediaOptions(const MediaOptions &options)
{
    m_settings.setValue(QStringLiteral("media/codec"), videoCodecPreferenceName(options.codec));
    m_settings.setValue(QStringLiteral("media/iceTransport"), iceTransportPolicyName(options.iceTransport));
    m_settings.setValue(QStringLiteral("media/stun"), options.useStun);
    m_settings.setValue(QStringLiteral("media/turn"), options.useTurn);
    m_settings.setValue(QStringLiteral("media/receiveAudio"), options.receiveAudio);
}

} // namespace kvs
