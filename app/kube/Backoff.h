// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QRandomGenerator>

#include <chrono>
#include <functional>

namespace ase {

/// The reconnect delays of a reflector, as client-go's exponential backoff manager computes
/// them (`wait.NewExponentialBackoffManager(800ms, 30s, 2min, 2.0, 1.0, clock)` in
/// tools/cache/reflector.go): each delay is the current step plus a random share of it
/// (jitter 1.0 = up to the step again); the step doubles up to the cap; when the previous
/// delay was asked for longer ago than `resetAfter` (the connection was healthy that long),
/// the step starts over.
class Backoff final
{
public:
    using Clock = std::chrono::steady_clock;
    using Duration = std::chrono::milliseconds;

    struct Policy
    {
        Duration initial {800};
        Duration cap {30000};
        Duration resetAfter {std::chrono::minutes(2)};
        double factor = 2.0;
        double jitter = 1.0;
    };

    Backoff() = default;
    explicit Backoff(Policy policy);

    const Policy& policy() const { return m_policy; }
    void setPolicy(const Policy& policy);

    /// The next delay to wait; advances the step.
    Duration next();
    /// The step the next delay starts from (before jitter), taking the reset into account.
    Duration currentStep() const;
    /// Starts over at the initial step.
    void reset();

    /// Test hooks: the time source and the random source (returns a value in [0, 1)).
    void setClock(std::function<Clock::time_point()> clock) { m_clock = std::move(clock); }
    void setRandom(std::function<double()> random) { m_random = std::move(random); }

private:
    bool resetDue(Clock::time_point now) const;

    Policy m_policy;
    Duration m_step = m_policy.initial;
    Clock::time_point m_lastBackoff {};
    bool m_used = false;
    std::function<Clock::time_point()> m_clock = [] { return Clock::now(); };
    std::function<double()> m_random = [] { return QRandomGenerator::global()->generateDouble(); };
};

} // namespace ase
