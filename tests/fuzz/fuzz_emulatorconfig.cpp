// The emulator's JSON config file.
#include "emulator/emulatorconfig.h"
#include "fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    (void)kvs::emulator::EmulatorConfig::fromJson(kvs::fuzz::bytes(data, size));
    return 0;
}
