#include "core/aws/environmentproxy.h"
#include "core/common/redaction.h"

#include <QTest>

using namespace kvs;

/// chooseProxy(): https_proxy / no_proxy read as the AWS CLI (botocore through Python's urllib) reads them.
class TestEnvironmentProxy : public QObject
{
    Q_OBJECT

private slots:
    void choosesAsTheAwsCli_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QStringList>("environment");
        QTest::addColumn<QString>("expected"); // "HOST:PORT from SOURCE", "bypass SOURCE" or "direct"
        const QString aws = QStringLiteral("https://kinesisvideo.us-west-2.amazonaws.com");
        QTest::newRow("nothing set") << aws << QStringList{} << "direct";
        QTest::newRow("HTTPS_PROXY") << aws << QStringList{QStringLiteral("HTTPS_PROXY=http://proxy:3128")}
                                     << "proxy:3128 from HTTPS_PROXY";
        QTest::newRow("lower-case wins") << aws
                                         << QStringList{QStringLiteral("HTTPS_PROXY=http://upper:3128"),
                                                        QStringLiteral("https_proxy=http://lower:8080")}
                                         << "lower:8080 from https_proxy";
        QTest::newRow("no scheme is http, port 80 by default")
            << aws << QStringList{QStringLiteral("HTTPS_PROXY=proxy.corp")}
            << "proxy.corp:80 from HTTPS_PROXY";
        QTest::newRow("wss follows https_proxy")
            << "wss://v-1234.kinesisvideo.us-west-2.amazonaws.com/?X-Amz-Signature=x"
            << QStringList{QStringLiteral("HTTPS_PROXY=http://proxy:3128")} << "proxy:3128 from HTTPS_PROXY";
        QTest::newRow("https ignores http_proxy")
            << aws << QStringList{QStringLiteral("HTTP_PROXY=http://proxy:3128")} << "direct";
        QTest::newRow("http uses http_proxy")
            << "http://127.0.0.1:4566" << QStringList{QStringLiteral("HTTP_PROXY=http://proxy:3128")}
            << "proxy:3128 from HTTP_PROXY";
        QTest::newRow("no_proxy domain suffix")
            << aws
            << QStringList{QStringLiteral("HTTPS_PROXY=http://proxy:3128"),
                           QStringLiteral("NO_PROXY=amazonaws.com")}
            << "bypass HTTPS_PROXY";
        QTest::newRow("no_proxy leading dot")
            << aws
            << QStringList{QStringLiteral("HTTPS_PROXY=http://proxy:3128"),
                           QStringLiteral("NO_PROXY=localhost, .amazonaws.com")}
            << "bypass HTTPS_PROXY";
        QTest::newRow("no_proxy is not a substring match")
            << aws
            << QStringList{QStringLiteral("HTTPS_PROXY=http://proxy:3128"),
                           QStringLiteral("NO_PROXY=zonaws.com")}
            << "proxy:3128 from HTTPS_PROXY";
        QTest::newRow("no_proxy star")
            << aws
            << QStringList{QStringLiteral("HTTPS_PROXY=http://proxy:3128"), QStringLiteral("no_proxy=*")}
            << "bypass HTTPS_PROXY";
        QTest::newRow("no_proxy address") << "https://127.0.0.1:4443"
                                          << QStringList{QStringLiteral("HTTPS_PROXY=http://proxy:3128"),
                                                         QStringLiteral("NO_PROXY=127.0.0.1")}
                                          << "bypass HTTPS_PROXY";
        QTest::newRow("no_proxy host:port only that port")
            << "https://127.0.0.1:4443"
            << QStringList{QStringLiteral("HTTPS_PROXY=http://proxy:3128"),
                           QStringLiteral("NO_PROXY=127.0.0.1:9999")}
            << "proxy:3128 from HTTPS_PROXY";
        QTest::newRow("lower-case no_proxy wins")
            << aws
            << QStringList{QStringLiteral("HTTPS_PROXY=http://proxy:3128"),
                           QStringLiteral("NO_PROXY=amazonaws.com"), QStringLiteral("no_proxy=example.com")}
            << "proxy:3128 from HTTPS_PROXY";
    }

    void choosesAsTheAwsCli()
    {
        QFETCH(QString, url);
        QFETCH(QStringList, environment);
        QFETCH(QString, expected);
        QProcessEnvironment env;
        for (const QString &entry : environment)
            env.insert(entry.section(u'=', 0, 0), entry.section(u'=', 1));
        const ProxyChoice choice = chooseProxy(QUrl(url), env);
        QString actual = QStringLiteral("direct");
        if (choice.used())
            actual = choice.hostPort() + u" from " + choice.source;
        else if (choice.bypassed)
            actual = u"bypass " + choice.source;
        QCOMPARE(actual, expected);
    }

    // The password of a proxy URL is used for Proxy-Authorization, never shown.
    void proxyCredentialsAreNeverShown()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("HTTPS_PROXY"), QStringLiteral("http://alice:Sup3rSecretProxy@proxy:3128"));
        const ProxyChoice choice = chooseProxy(QUrl(QStringLiteral("https://a.example")), env);
        QCOMPARE(choice.proxy.user(), QStringLiteral("alice"));
        QCOMPARE(choice.proxy.password(), QStringLiteral("Sup3rSecretProxy"));
        QCOMPARE(choice.hostPort(), QStringLiteral("proxy:3128"));
        QVERIFY(!redact(QStringLiteral("proxy http://alice:Sup3rSecretProxy@proxy:3128"))
                     .contains(u"Sup3rSecretProxy"));
    }

    // The factory answers socket queries (a QWebSocket's TLS socket has no URL) as https:// to the peer.
    void factoryAnswersSocketQueries()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("https_proxy"), QStringLiteral("http://proxy:3128"));
        env.insert(QStringLiteral("no_proxy"), QStringLiteral("internal.example"));
        EnvironmentProxyFactory factory(env);
        QCOMPARE(
            factory.queryProxy(QNetworkProxyQuery(QStringLiteral("kvs.example"), 443)).value(0).hostName(),
            QStringLiteral("proxy"));
        QCOMPARE(
            factory.queryProxy(QNetworkProxyQuery(QStringLiteral("a.internal.example"), 443)).value(0).type(),
            QNetworkProxy::NoProxy);
    }
};

QTEST_GUILESS_MAIN(TestEnvironmentProxy)
#include "tst_environmentproxy.moc"
