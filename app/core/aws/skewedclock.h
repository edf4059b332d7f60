#pragma once

#include "core/aws/clockskewestimator.h"
#include "core/common/clock.h"

namespace kvs {

/// The service's time as best known: the base clock plus the estimator's current correction. Used for
/// every signature, so a machine whose clock is off by minutes still signs valid requests.
/// Both references must outlive the clock.
class SkewedClock final : public Clock
{
public:
    SkewedClock(const Clock &base, const ClockSkewEstimator &estimator)
        : m_base(base)
        , m_estimator(estimator)
    {}
    QDateTime now() const override { return m_base.now().addMSecs(m_estimator.correctionMs()); }

private:
    const Clock &m_base;
    const ClockSkewEstimator &m_estimator;
};

} // namespace kvs
