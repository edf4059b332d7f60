#include "core/common/channelarn.h"

#include <QTest>

using namespace kvs;

/// ARN parsing into its parts and back.
class TestChannelArn : public QObject
{
    Q_OBJECT

private slots:
    void parsesParts_data()
    {
        QTest::addColumn<QString>("arn");
        QTest::addColumn<QString>("partition");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("account");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("creationId");
        QTest::newRow("aws") << "arn:aws:kinesisvideo:us-west-2:123456789012:channel/testChannel/1234567890"
                             << "aws"
                             << "us-west-2"
                             << "123456789012"
                             << "testChannel"
                             << "1234567890";
        QTest::newRow("cn")
            << "arn:aws-cn:kinesisvideo:cn-north-1:210987654321:channel/door.cam_01-front/1700000000000"
            << "aws-cn"
            << "cn-north-1"
            << "210987654321"
            << "door.cam_01-front"
            << "1700000000000";
        QTest::newRow("gov") << "arn:aws-us-gov:kinesisvideo:us-gov-east-1:1:channel/x/0"
                             << "aws-us-gov"
                             << "us-gov-east-1"
                             << "1"
                             << "x"
                             << "0";
    }
    void parsesParts()
    {
        QFETCH(QString, arn);
        const auto parsed = ChannelArn::parse(arn);
        QVERIFY(parsed.ok());
        QTEST(parsed->partition, "partition");
        QTEST(parsed->region, "region");
        QTEST(parsed->accountId, "account");
        QTEST(parsed->channelName, "name");
        QTEST(parsed->creationId, "creationId");
        QCOMPARE(parsed->resourceType, QStringLiteral("channel"));
        QCOMPARE(parsed->toString(), arn);
    }

    void rejectsInvalid()
    {
        const auto parsed = ChannelArn::parse(u"arn:aws:kinesisvideo:us-west-2:1:channel/a");
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, QStringLiteral("InvalidChannelArn"));
        QVERIFY(parsed.error().message.contains(u"CREATION-TIME"));
    }
};

QTEST_GUILESS_MAIN(TestChannelArn)
#include "tst_channelarn.moc"
