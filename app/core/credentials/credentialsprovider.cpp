#include "core/credentials/credentialsprovider.h"

#include "core/credentials/credentialchain.h"

namespace kvs {

void ChainCredentialsProvider::fetch(Callback done)
{
    m_chain.fetch(std::move(done));
}

void ChainCredentialsProvider::invalidate()
{
    m_chain.invalidate();
}

} // namespace kvs
