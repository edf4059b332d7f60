// A deliberate heap-buffer overflow. In the sanitizer build this program must die with an ASan report;
// the test that runs it expects failure, which proves the sanitizer build really catches errors.
#include <cstdio>
#include <cstdlib>

int main(int argc, char **)
{
    auto *buffer = static_cast<char *>(std::malloc(8));
    for (int i = 0; i < 8; ++i)
        buffer[i] = 'a';
    volatile char past = buffer[8 + argc - 1]; // one past the end
    std::printf("read %d\n", past);
    std::free(buffer);
    return 0;
}
