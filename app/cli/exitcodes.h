#pragma once

namespace kvs::cli {

/// Exit statuses of kvs-viewer-cli. They are a public contract (README, --help, man page): never renumber.
enum ExitCode : int
{
    ExitSuccess = 0,
    ExitInternalError = 1,   ///< a bug or an unexpected condition; the message says which
    ExitInvalidInput = 2,    ///< a flag, value, environment variable or file is invalid
    ExitAccessDenied = 3,    ///< AccessDeniedException (permissions, expired credentials, clock)
    ExitNotFound = 4,        ///< ResourceNotFoundException (channel name, region or account wrong)
    ExitThrottled = 5,       ///< still ClientLimitExceededException when retries ran out
    ExitNetworkError = 6,    ///< network or TLS failure
    ExitReplaced = 7,        ///< another client with the same ClientId keeps taking the connection over
    ExitProbeUnanswered = 8, ///< --probe: no master answered in time
    ExitMediaFailed = 9,     ///< --media / network-test: no media path, or no frames (reserved for media)
    ExitUnknownRefusal = 10, ///< HTTP 400 with no error type, after one retry: the cause is unknown
    ExitServiceError = 11,   ///< the service answered HTTP 5xx (InternalFailure, …) until retries ran out
};

} // namespace kvs::cli
