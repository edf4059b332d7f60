#pragma once

#include <QList>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;

namespace kvs {

/// The proxy for one URL and the variable that named it.
struct ProxyChoice
{
    QNetworkProxy proxy = QNetworkProxy(QNetworkProxy::NoProxy);
    QString source;        ///< "https_proxy", "HTTPS_PROXY", "http_proxy", "HTTP_PROXY"; empty when no proxy
    bool bypassed = false; ///< a proxy was set but no_proxy / NO_PROXY names the host

    bool used() const { return proxy.type() != QNetworkProxy::NoProxy; }
    /// "HOST:PORT" of the proxy, never its user name or password; empty when none.
    QString hostPort() const;
};

/// Chooses the proxy for url as the AWS CLI (botocore, through Python's urllib) does: https:// and wss://
/// use https_proxy, else HTTPS_PROXY; http:// and ws:// use http_proxy, else HTTP_PROXY (the lower-case
/// name wins when both are set); a proxy without a scheme is http://. no_proxy (else NO_PROXY) is a comma
/// list of host names, each matching the host and its sub-domains (a leading '.' is ignored; HOST:PORT
/// matches that port only), or "*" for every host. Only HTTP proxies (CONNECT) are supported; a proxy's
/// user name and password are used for Proxy-Authorization and registered as secrets.
ProxyChoice chooseProxy(const QUrl &url, const QProcessEnvironment &environment);

/// A QNetworkProxyFactory that answers with chooseProxy() for an environment: installed once per process
/// (installEnvironmentProxy) so every HTTPS request and WebSocket follows the same proxy rules. Socket
/// queries without a URL (a QWebSocket's TLS socket) are treated as https:// to their host and port.
class EnvironmentProxyFactory final : public QNetworkProxyFactory
{
public:
    explicit EnvironmentProxyFactory(QProcessEnvironment environment);
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override;

private:
    QProcessEnvironment m_environment;
};

/// Gives manager an EnvironmentProxyFactory for environment. Needed besides installEnvironmentProxy():
/// Qt's application-wide lookup never proxies a loopback address, the AWS CLI does.
void useEnvironmentProxy(QNetworkAccessManager *manager, const QProcessEnvironment &environment);

/// Makes an EnvironmentProxyFactory for environment the application's proxy factory (the composition roots
/// call it once, with the process environment).
void installEnvironmentProxy(const QProcessEnvironment &environment);

} // namespace kvs
