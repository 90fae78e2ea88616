// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/kube/Backoff.h"

#include <algorithm>

namespace ase {

Backoff::Backoff(Policy policy)
    : m_policy(policy)
    , m_step(policy.initial)
{ }

void Backoff::setPolicy(const Policy& policy)
{
    m_policy = policy;
    reset();
}

void Backoff::reset()
{
    m_step = m_policy.initial;
    m_used = false;
}

bool Backoff::resetDue(Clock::time_point now) const
{
    return !m_used || now - m_lastBackoff > m_policy.resetAfter;
}

Backoff::Duration Backoff::currentStep() const
{
    return resetDue(m_clock()) ? m_policy.initial : m_step;
}

Backoff::Duration Backoff::next()
{
    const Clock::time_point now = m_clock();
    if (resetDue(now))
        m_step = m_policy.initial;
    const Duration step = m_step;
    const auto grown
        = Duration(static_cast<Duration::rep>(static_cast<double>(m_step.count()) * m_policy.factor));
    m_step = std::min(std::max(grown, m_step), m_policy.cap);
    m_lastBackoff = now;
    m_used = true;
    const double extra = m_policy.jitter > 0 ? m_random() * m_policy.jitter : 0.0;
    return step + Duration(static_cast<Duration::rep>(static_cast<double>(step.count()) * extra));
}

} // namespace ase
