// PresignedUrl: a URL the viewer's own signer made decodes back to what was signed; hostile or broken text
// gets an error naming the part at fault; the signature and the session token never come out.
#include "core/aws/sigv4.h"
#include "core/common/redaction.h"
#include "core/controlplane/presignedurl.h"

#include <QTest>
#include <QTimeZone>

using namespace kvs;

namespace {

const QString kArn =
    QStringLiteral("arn:aws:kinesisvideo:us-west-2:123456789012:channel/door-cam/1700000000000");
const QDateTime kSigned(QDate(2026, 11, 29), QTime(22, 15, 0), Qt::UTC);

QByteArray presign(const QString &token = {}, const QString &clientId = QStringLiteral("support-42"),
                   const QString &region = QStringLiteral("us-west-2"))
{
    sigv4::PresignRequest request;
    request.endpoint = QStringLiteral("wss://v-1234abcd.kinesisvideo.us-west-2.amazonaws.com");
    request.region = region;
    request.queryParameters = {{QStringLiteral("X-Amz-ChannelARN"), kArn}};
    if (!clientId.isEmpty())
        request.queryParameters.append({QStringLiteral("X-Amz-ClientId"), clientId});
    request.credentials = {QStringLiteral("AKIAPRESIGNEDTEST001"), QStringLiteral("PresignSecret/Value+1"),
                           token};
    request.signingTime = kSigned;
    request.expiresSeconds = 300;
    const auto url = sigv4::presignUrl(request);
    if (!url)
        qFatal("%s", qPrintable(url.error().message));
    return url.value();
}

QString signatureOf(const QByteArray &url)
{
    const QByteArray marker = "X-Amz-Signature=";
    const qsizetype at = url.indexOf(marker);
    return QString::fromLatin1(url.mid(at + marker.size(), 64));
}

} // namespace

class TestPresignedUrl : public QObject
{
    Q_OBJECT

private slots:
    void decodesWhatTheSignerSigned()
    {
        const QByteArray url = presign();
        const auto info = PresignedUrl::parse(QString::fromLatin1(url));
        QVERIFY2(info.ok(), qPrintable(info ? QString() : info.error().message));
        QCOMPARE(info->endpoint, QStringLiteral("wss://v-1234abcd.kinesisvideo.us-west-2.amazonaws.com"));
        QCOMPARE(info->channelArn, kArn);
        QVERIFY(info->arn);
        QCOMPARE(info->arn->channelName, QStringLiteral("door-cam"));
        QCOMPARE(info->arn->accountId, QStringLiteral("123456789012"));
        QCOMPARE(info->clientId, QStringLiteral("support-42"));
        QVERIFY(info->isViewer());
        QCOMPARE(info->region, QStringLiteral("us-west-2"));
        QCOMPARE(info->service, QStringLiteral("kinesisvideo"));
        QCOMPARE(info->maskedAccessKeyId, QStringLiteral("AKIA…T001"));
        QCOMPARE(info->signedAt, kSigned);
        QCOMPARE(info->expiresSeconds, 300);
        QCOMPARE(info->expiresAt(), kSigned.addSecs(300));
        QVERIFY(!info->hasSessionToken);
        QCOMPARE(info->url, url); // connect with it as is: byte for byte
        QVERIFY(!info->isExpired(kSigned.addSecs(299)));
        QVERIFY(info->isExpired(kSigned.addSecs(300)));
        QVERIFY(info->warnings(kSigned.addSecs(10)).isEmpty());
        QVERIFY(info->warnings(kSigned.addSecs(400)).join(u' ').contains(QStringLiteral("expired")));
    }

    void aMastersUrlHasNoClientId()
    {
        const auto info = PresignedUrl::parse(QString::fromLatin1(presign({}, {})));
        QVERIFY(info.ok());
        QVERIFY(!info->isViewer());
    }

    void theSignatureAndTheTokenNeverComeOut()
    {
        const QString token = QStringLiteral("FwoGZXIvYXdzEPresignedSessionTokenForTheDecoderTest0123456789");
        const QByteArray url = presign(token);
        const QString signature = signatureOf(url);
        const auto info = PresignedUrl::parse(QString::fromLatin1(url));
        QVERIFY(info.ok());
        QVERIFY(info->hasSessionToken);
        // Once decoded, both are registered: no text the app shows can carry them, wherever they appear.
        QVERIFY(!redact(u"signature " % signature).contains(signature));
        QVERIFY(!redact(u"token " % token).contains(token));
        for (const QString &field : {info->endpoint, info->channelArn, info->clientId,
                                     info->maskedAccessKeyId, info->region, info->credentialDate}) {
            QVERIFY(!field.contains(signature));
            QVERIFY(!field.contains(token));
        }
    }

    void warnsAboutARegionMismatch()
    {
        const auto info = PresignedUrl::parse(
            QString::fromLatin1(presign({}, QStringLiteral("x"), QStringLiteral("eu-west-1"))));
        QVERIFY(info.ok());
        QVERIFY(info->warnings(kSigned).join(u' ').contains(QStringLiteral("eu-west-1")));
    }

    void refusesBrokenOrHostileText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("named");
        const QString good = QString::fromLatin1(presign());
        QTest::newRow("empty") << QString() << QStringLiteral("not a URL");
        QTest::newRow("https") << QString(good).replace(QStringLiteral("wss://"), QStringLiteral("https://"))
                               << QStringLiteral("wss://");
        QTest::newRow("no signature")
            << QString(good).replace(QStringLiteral("X-Amz-Signature"), QStringLiteral("X-Amz-Sig"))
            << QStringLiteral("X-Amz-Signature");
        QTest::newRow("no date") << QString(good).replace(QStringLiteral("X-Amz-Date=2026"),
                                                          QStringLiteral("X-Amz-Date=x026"))
                                 << QStringLiteral("X-Amz-Date");
        QTest::newRow("no arn") << QString(good).replace(QStringLiteral("X-Amz-ChannelARN"),
                                                         QStringLiteral("X-Amz-Channel"))
                                << QStringLiteral("X-Amz-ChannelARN");
        QTest::newRow("bad scope") << QString(good).replace(QStringLiteral("aws4_request"),
                                                            QStringLiteral("aws5_request"))
                                   << QStringLiteral("X-Amz-Credential");
        QTest::newRow("expires") << QString(good).replace(QStringLiteral("X-Amz-Expires=300"),
                                                          QStringLiteral("X-Amz-Expires=99999999"))
                                 << QStringLiteral("X-Amz-Expires");
        QTest::newRow("bad client id")
            << QString(good).replace(QStringLiteral("support-42"), QStringLiteral("AWS_reserved"))
            << QStringLiteral("X-Amz-ClientId");
        QTest::newRow("huge") << good + QStringLiteral("&x=") + QString(PresignedUrl::kMaxLength, u'a')
                              << QStringLiteral("longer than");
        QTest::newRow("doubled") << good + QStringLiteral("&X-Amz-Date=20261129T221500Z")
                                 << QStringLiteral("X-Amz-Date");
    }

    void refusesBrokenOrHostileText()
    {
        QFETCH(QString, text);
        QFETCH(QString, named);
        const auto info = PresignedUrl::parse(text);
        QVERIFY(!info.ok());
        QCOMPARE(info.error().code, QStringLiteral("InvalidPresignedUrl"));
        QVERIFY2(info.error().message.contains(named, Qt::CaseInsensitive), qPrintable(info.error().message));
    }
};

QTEST_GUILESS_MAIN(TestPresignedUrl)
#include "tst_presignedurl.moc"
