#pragma once

#include "core/settings/connectionform.h"
#include "core/settings/mediaoptions.h"

#include <QStringList>

class QSettings;

namespace kvs {

/// The app's settings, typed, in one place. Enums are stored as strings. Secrets are never stored:
/// saveForm() writes no access key id, secret access key or session token (remembered keys live only in
/// the OS keychain).
class ViewerSettings final
{
public:
    /// settings must outlive this object.
    explicit ViewerSettings(QSettings &settings);

    /// The form as last connected (without credentials).
    ConnectionForm lastForm() const;
    /// Remembers form's non-secret fields and puts its channel first in the recent channels.
    void saveForm(const ConnectionForm &form);
    /// Channels connected to, newest first, at most kMaxRecentChannels.
    QStringList recentChannels() const;
    /// The per-install ClientId ("" until one is set).
    QString clientId() const;
    void setClientId(const QString &clientId);
    /// The UI language chosen in the app ("de", "ja", "en"); empty follows the system. Read at start.
    QString language() const;
    void setLanguage(const QString &language);

    /// How media is received (Advanced: codec, relay only, STUN, TURN, receive audio). No secrets.
    MediaOptions mediaOptions() const;
    void setMediaOptions(const MediaOptions &options);

    static constexpr int kMaxRecentChannels = 10;

private:
    QSettings &m_settings;
};

} // namespace kvs
