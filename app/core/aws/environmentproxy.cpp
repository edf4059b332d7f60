#include "core/aws/environmentproxy.h"

#include "core/common/redaction.h"

#include <QNetworkAccessManager>

namespace kvs {
namespace {

/// The variable's value, lower-case name first (Python's urllib lets it win over the upper-case one).
std::pair<QString, QString> variable(const QProcessEnvironment &environment, const QString &lowerName)
{
    const QString lower = environment.value(lowerName);
    if (!lower.isEmpty())
        return {lower, lowerName};
    const QString upperName = lowerName.toUpper();
    const QString upper = environment.value(upperName);
    if (!upper.isEmpty())
        return {upper, upperName};
    return {};
}

/// urllib's proxy_bypass_environment: "*", or a name matching the host (with or without the port) or a
/// parent domain of it.
bool bypassed(const QUrl &url, const QString &noProxy)
{
    const QString host = url.host().toLower();
    const int defaultPort = url.scheme() == u"http" || url.scheme() == u"ws" ? 80 : 443;
    const QString hostPort = host % u':' % QString::number(url.port(defaultPort));
    for (QString name : noProxy.split(u',', Qt::SkipEmptyParts)) {
        name = name.trimmed().toLower();
        if (name == u"*")
            return true;
        while (name.startsWith(u'.'))
            name.remove(0, 1);
        if (name.isEmpty())
            continue;
        if (host == name || hostPort == name)
            return true;
        if (host.endsWith(u'.' % name) || hostPort.endsWith(u'.' % name))
            return true;
    }
    return false;
}

} // namespace

QString ProxyChoice::hostPort() const
{
    if (!used())
        return QString();
    const QString host = proxy.hostName().contains(u':') ? u'[' % proxy.hostName() % u']' : proxy.hostName();
    return host % u':' % QString::number(proxy.port());
}

ProxyChoice chooseProxy(const QUrl &url, const QProcessEnvironment &environment)
{
    const QString scheme = url.scheme().toLower();
    const bool secure = scheme == u"https" || scheme == u"wss";
    if (!secure && scheme != u"http" && scheme != u"ws")
        return {};
    const auto [value, source] =
        variable(environment, secure ? QStringLiteral("https_proxy") : QStringLiteral("http_proxy"));
    if (value.isEmpty())
        return {};
    ProxyChoice choice;
    if (bypassed(url, variable(environment, QStringLiteral("no_proxy")).first)) {
        choice.bypassed = true;
        choice.source = source;
        return choice;
    }
    QString text = value.trimmed();
    if (!text.contains(u"://"))
        text.prepend(u"http://");
    const QUrl proxyUrl(text, QUrl::StrictMode);
    if (!proxyUrl.isValid() || proxyUrl.host().isEmpty())
        return {};
    // A password in the proxy URL must never reach a log line or an event.
    registerSecret(proxyUrl.password());
    choice.proxy = QNetworkProxy(QNetworkProxy::HttpProxy, proxyUrl.host(), quint16(proxyUrl.port(80)),
                                 proxyUrl.userName(), proxyUrl.password());
    choice.source = source;
    return choice;
}

EnvironmentProxyFactory::EnvironmentProxyFactory(QProcessEnvironment environment)
    : m_environment(std::move(environment))
{}

QList<QNetworkProxy> EnvironmentProxyFactory::queryProxy(const QNetworkProxyQuery &query)
{
    QUrl url = query.url();
    if (url.scheme().isEmpty() || url.host().isEmpty()) {
        // A socket's query (a QWebSocket's TLS socket): its host and port, as https://.
        url = QUrl();
        url.setScheme(query.protocolTag() == u"http" ? QStringLiteral("http") : QStringLiteral("https"));
        url.setHost(query.peerHostName());
        if (query.peerPort() > 0)
            url.setPort(query.peerPort());
    }
    return {chooseProxy(url, m_environment).proxy};
}

void useEnvironmentProxy(QNetworkAccessManager *manager, const QProcessEnvironment &environment)
{
    manager->setProxyFactory(new EnvironmentProxyFactory(environment));
}

void installEnvironmentProxy(const QProcessEnvironment &environment)
{
    QNetworkProxyFactory::setApplicationProxyFactory(new EnvironmentProxyFactory(environment));
}

} // namespace kvs
