#pragma once

#include "core/aws/resolvedcredentials.h"
#include "core/common/result.h"

#include <QByteArray>

namespace kvs {

/// Parses the JSON document the ECS/EKS container credentials endpoint and EC2 instance metadata hand out:
/// AccessKeyId, SecretAccessKey, Token and an ISO-8601 Expiration (IMDS adds "Code": "Success"). The
/// secrets are registered for redaction. Errors: InvalidResponse (the message never repeats the document).
Result<ResolvedCredentials> parseMetadataCredentials(const QByteArray &json, const QString &origin);

} // namespace kvs
