#include "credentialsprovider.h"

#include "credentialchain.h"

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
