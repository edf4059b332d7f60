#pragma once

#include "core/aws/resolvedcredentials.h"
#include "core/common/result.h"

#include <functional>

namespace kvs {

class CredentialChain;

/// Where a connection gets its AWS credentials: the credential chain in the app and the CLI, a fixed set
/// in tests. The callback may run before fetch() returns.
class CredentialsProvider
{
public:
    using Callback = std::function<void(const Result<ResolvedCredentials> &)>;

    virtual ~CredentialsProvider() = default;
    /// Calls done once with credentials good for a while, or the reason there are none.
    virtual void fetch(Callback done) = 0;
    /// Forgets cached credentials (after the service refused them).
    virtual void invalidate() {}
};

/// Credentials from a CredentialChain (which must outlive the provider).
class ChainCredentialsProvider final : public CredentialsProvider
{
public:
    explicit ChainCredentialsProvider(CredentialChain &chain)
        : m_chain(chain)
    {}
    void fetch(Callback done) override;
    void invalidate() override;

private:
    CredentialChain &m_chain;
};

/// A fixed credential set (tests, and callers that resolved credentials themselves).
class StaticCredentialsProvider final : public CredentialsProvider
{
public:
    explicit StaticCredentialsProvider(ResolvedCredentials credentials)
        : m_credentials(std::move(credentials))
    {}
    void fetch(Callback done) override { done(m_credentials); }

private:
    ResolvedCredentials m_credentials;
};

} // namespace kvs
