#pragma once

#include "core/aws/awsconfigfiles.h"
#include "core/common/result.h"
#include "core/settings/connectionform.h"
#include "ui/connectionformpanel.h"

#include <QObject>
#include <QProcessEnvironment>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace kvs {

class Clock;
class QProcessRunner;

/// Looks at the credentials the form points at, for display only: lists the profiles of the AWS shared
/// files, resolves the chosen profile's (or the environment's) credentials in the background through the
/// same CredentialChain a connection uses, and says which region wins. It never connects and never hands a
/// secret out: a check carries the source, the masked access key id and the expiry.
class CredentialInspector final : public QObject
{
    Q_OBJECT

public:
    /// environment is what the chain reads (AWS_CONFIG_FILE, AWS_PROFILE, AWS_REGION, HOME, …); clock must
    /// outlive the inspector.
    CredentialInspector(QProcessEnvironment environment, const Clock &clock, QObject *parent = nullptr);
    ~CredentialInspector() override;

    /// Reads the config and credentials files again; emits profilesLoaded().
    void reloadProfiles();
    /// Resolves the credentials of mode (Environment or Profile) without blocking; emits checked() once
    /// with Checking at once and once more with the outcome. Only the newest request is answered.
    void check(kvs::CredentialMode mode, const QString &profile);
    /// The region that wins for mode and profile: AWS_REGION > AWS_DEFAULT_REGION > the profile's region >
    /// arnRegion (from the files as read by the last reloadProfiles()).
    Result<RegionChoice> region(kvs::CredentialMode mode, const QString &profile,
                                const QString &arnRegion) const;
    /// FIPS and dual-stack as the environment and the profile of mode set them (no profile for typed keys).
    ui::EndpointSwitches endpointSwitches(kvs::CredentialMode mode, const QString &profile) const;

signals:
    /// Emitted after reloadProfiles(): the profile names (config file first) and a line saying where they
    /// came from, or why the files could not be read (ok false).
    void profilesLoaded(const QStringList &profiles, const QString &status, bool ok);
    /// Emitted for each stage of the newest check().
    void checked(const kvs::ui::CredentialCheck &check);

private:
    QString profileFor(CredentialMode mode, const QString &profile) const;

    QProcessEnvironment m_environment;
    const Clock &m_clock;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<QProcessRunner> m_runner;
    std::optional<AwsConfigFiles> m_files;
    quint64 m_generation = 0;
};

/// Wires the form's credential picker to inspector (Reload, credential checks, the region that fills an
/// empty region field) and reads the profiles once. Both must outlive the connections made.
void connectCredentialPicker(ui::ConnectionFormPanel *form, CredentialInspector *inspector);

} // namespace kvs
