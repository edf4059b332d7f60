#include "desktop/credentialinspector.h"

#include "core/aws/environmentproxy.h"
#include "core/common/redaction.h"
#include "core/credentials/credentialchain.h"
#include "core/credentials/credentialfactory.h"
#include "core/credentials/credentialprocess.h"
#include "core/credentials/credentialsprovider.h"

#include <QNetworkAccessManager>
#include <QPointer>

namespace kvs {

CredentialInspector::CredentialInspector(QProcessEnvironment environment, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_environment(std::move(environment))
    , m_clock(clock)
    , m_network(std::make_unique<QNetworkAccessManager>())
    , m_runner(std::make_unique<QProcessRunner>())
{
    useEnvironmentProxy(m_network.get(), m_environment);
}

CredentialInspector::~CredentialInspector()
{
    // Sources still resolving are children of this object: they go first, with their callbacks.
    qDeleteAll(findChildren<CredentialSource *>(Qt::FindDirectChildrenOnly));
}

void CredentialInspector::reloadProfiles()
{
    auto files = AwsConfigFiles::load(m_environment);
    if (!files) {
        m_files.reset();
        emit profilesLoaded({}, redact(files.error().message), false);
        return;
    }
    m_files = files.value();
    const QStringList names = m_files->profileNames();
    const AwsConfigFiles::Paths &paths = m_files->paths();
    QString status;
    if (paths.config.isEmpty() && paths.credentials.isEmpty())
        status = tr("No AWS config files: neither HOME nor AWS_CONFIG_FILE is set.");
    else if (names.isEmpty())
        status = tr("No profiles in %1 or %2.").arg(paths.config, paths.credentials);
    else
        status =
            tr("Profiles from %1 and %2 (%3 found).").arg(paths.config, paths.credentials).arg(names.size());
    emit profilesLoaded(names, status, true);
}

QString CredentialInspector::profileFor(CredentialMode mode, const QString &profile) const
{
    if (mode == CredentialMode::Profile && !profile.trimmed().isEmpty())
        return profile.trimmed();
    return selectProfile(QString(), m_environment).name;
}

void CredentialInspector::check(CredentialMode mode, const QString &profile)
{
    const quint64 generation = ++m_generation;
    ui::CredentialCheck checking;
    checking.status = ui::CredentialCheck::Status::Checking;
    checking.mode = mode;
    checking.profile = profile.trimmed();
    emit checked(checking);

    CredentialChoice choice;
    choice.mode = mode;
    choice.profile = profile.trimmed();
    CredentialContext context;
    context.environment = m_environment;
    context.clock = &m_clock;
    context.network = m_network.get();
    context.runner = m_runner.get();
    // The source lives until it answers (a credential_process or an STS call may take a while); a newer
    // check makes its answer stale, not its work void.
    CredentialSource *source = makeCredentialSource(choice, context).release();
    source->setParent(this);
    const QPointer<CredentialInspector> self(this);
    source->provider().fetch([self, source, generation, checking](const Result<ResolvedCredentials> &result) {
        if (!self)
            return;
        source->deleteLater();
        if (generation != self->m_generation)
            return;
        ui::CredentialCheck outcome = checking;
        if (result) {
            outcome.status = ui::CredentialCheck::Status::Resolved;
            outcome.source = redact(result->source);
            outcome.maskedAccessKeyId = maskAccessKeyId(result->credentials.accessKeyId);
            outcome.expiration = result->expiration;
        } else {
            outcome.status = ui::CredentialCheck::Status::Failed;
            outcome.error = redact(result.error().message);
        }
        emit self->checked(outcome);
    });
}

Result<RegionChoice> CredentialInspector::region(CredentialMode mode, const QString &profile,
                                                 const QString &arnRegion) const
{
    std::optional<AwsProfile> chosen;
    if (m_files && mode != CredentialMode::Manual)
        chosen = m_files->profile(profileFor(mode, profile));
    return resolveRegion(m_environment, chosen ? &*chosen : nullptr, arnRegion);
}

ui::EndpointSwitches CredentialInspector::endpointSwitches(CredentialMode mode, const QString &profile) const
{
    ControlPlaneEndpoint::Options options;
    if (m_files && mode != CredentialMode::Manual) {
        if (const auto chosen = m_files->profile(profileFor(mode, profile)))
            options.profile = ProfileEndpointSettings::from(*m_files, *chosen);
    }
    return {resolveFips(options, m_environment), resolveDualStack(options, m_environment)};
}

void connectCredentialPicker(ui::ConnectionFormPanel *form, CredentialInspector *inspector)
{
    QObject::connect(form, &ui::ConnectionFormPanel::profilesReloadRequested, inspector,
                     &CredentialInspector::reloadProfiles);
    QObject::connect(form, &ui::ConnectionFormPanel::credentialCheckRequested, inspector,
                     &CredentialInspector::check);
    QObject::connect(inspector, &CredentialInspector::profilesLoaded, form,
                     &ui::ConnectionFormPanel::setProfiles);
    QObject::connect(inspector, &CredentialInspector::checked, form,
                     &ui::ConnectionFormPanel::showCredentialCheck);
    // The form may outlive the inspector (the app tears down in its own order): then no default region.
    form->setRegionResolver(
        [guard = QPointer<CredentialInspector>(inspector)](CredentialMode mode, const QString &profile,
                                                           const QString &arnRegion) -> Result<RegionChoice> {
            if (!guard)
                return Error{QStringLiteral("NoRegion"), QString()};
            return guard->region(mode, profile, arnRegion);
        });
    form->setEndpointSwitchResolver(
        [guard = QPointer<CredentialInspector>(inspector)](CredentialMode mode, const QString &profile) {
            return guard ? guard->endpointSwitches(mode, profile) : ui::EndpointSwitches{};
        });
    inspector->reloadProfiles();
}

} // namespace kvs
