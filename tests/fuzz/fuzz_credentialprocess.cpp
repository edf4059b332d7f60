// credential_process: the command line split and the program's JSON output.
#include "core/credentials/credentialprocess.h"
#include "fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = kvs::fuzz::bytes(data, size);
    (void)kvs::parseCredentialProcessOutput(input);
    (void)kvs::splitCommandLine(QString::fromUtf8(input));
    return 0;
}
