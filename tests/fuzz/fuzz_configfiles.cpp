// INI syntax and the AWS config and credentials files (the input holds both, split at the first NUL).
#include "core/aws/awsconfigfiles.h"
#include "core/aws/inifile.h"
#include "fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = kvs::fuzz::bytes(data, size);
    const qsizetype split = input.indexOf('\0');
    const QString config = QString::fromUtf8(split < 0 ? input : input.left(split));
    const QString credentials = QString::fromUtf8(split < 0 ? QByteArray() : input.mid(split + 1));
    (void)kvs::IniFile::parse(config);
    const auto files = kvs::AwsConfigFiles::fromText(config, credentials);
    if (files) {
        for (const QString &name : files->profileNames())
            (void)files->profile(name);
        (void)files->ssoSession(QStringLiteral("my-sso"));
    }
    return 0;
}
