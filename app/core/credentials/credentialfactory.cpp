#include "core/credentials/credentialfactory.h"

#include "core/credentials/credentialchain.h"
#include "core/credentials/credentialsprovider.h"

namespace kvs {

CredentialSource::~CredentialSource()
{
    // The provider refers to the chain: it goes first.
    m_provider.reset();
}

std::unique_ptr<CredentialSource> makeCredentialSource(const CredentialChoice &choice,
                                                       const CredentialContext &context)
{
    std::unique_ptr<CredentialSource> source(new CredentialSource);
    if (choice.mode == CredentialMode::Manual) {
        registerCredentialSecrets(choice.typedKeys);
        ResolvedCredentials typed;
        typed.credentials = choice.typedKeys;
        typed.source = choice.typedKeysSource;
        source->m_provider = std::make_unique<StaticCredentialsProvider>(std::move(typed));
        return source;
    }
    CredentialChainOptions options;
    options.environment = context.environment;
    if (choice.mode == CredentialMode::Profile)
        options.explicitProfile = choice.profile;
    options.surface = context.surface;
    options.log = context.log;
    source->m_chain = new CredentialChain(std::move(options), *context.clock, context.network, context.runner,
                                          source.get());
    source->m_provider = std::make_unique<ChainCredentialsProvider>(*source->m_chain);
    return source;
}

} // namespace kvs
