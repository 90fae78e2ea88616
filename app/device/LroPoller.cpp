// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/device/LroPoller.h"

#include "app/device/HttpExchange.h"

#include <QJsonDocument>
#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace ase {

LroPoller::LroPoller(const LroPlan& plan, Fetch fetch, QObject* parent)
    : QObject(parent)
    , m_plan(plan)
    , m_fetch(std::move(fetch))
    , m_timer(new QTimer(this))
{
    Q_ASSERT(m_plan.isLongRunning());
    Q_ASSERT(m_fetch);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &LroPoller::poll);
}

LroPoller::~LroPoller() = default;

void LroPoller::start()
{
    if (m_state != State::Idle)
        return;
    m_deadline = QDeadlineTimer(m_timeout);
    report(u"InProgress"_s, -1);
    schedule(m_plan.retryAfterSeconds);
}

void LroPoller::stop()
{
    if (!isRunning())
        return;
    m_timer->stop();
    m_state = State::Stopped;
}

void LroPoller::schedule(std::optional<int> retryAfterSeconds)
{
    m_nextDelay = retryAfterSeconds ? std::chrono::milliseconds(*retryAfterSeconds * 1000) : m_pollInterval;
    m_state = State::Waiting;
    m_timer->start(std::max<qint64>(0, m_nextDelay.count()));
}

void LroPoller::poll()
{
    if (m_state != State::Waiting)
        return;
    if (m_deadline.hasExpired()) {
        ArmResult timeout;
        timeout.polls = m_polls;
        timeout.error = ArmError::make(ArmError::Category::Timeout,
            tr("The device has not finished the operation after %1 minutes; it may still complete. "
               "Refresh to see the outcome.")
                .arg(std::chrono::duration_cast<std::chrono::minutes>(m_timeout).count()));
        finish(State::TimedOut, timeout);
        return;
    }
    ++m_polls;
    m_state = State::Polling;
    m_fetch(m_plan.statusUrl,
        [self = QPointer<LroPoller>(this)](const HttpAnswer& answer, const ArmError& error) {
            if (self)
                self->onAnswer(answer, error);
        });
}

void LroPoller::onAnswer(const HttpAnswer& answer, const ArmError& error)
{
    if (m_state != State::Polling)
        return;
    const std::optional<int> retryAfter = parseRetryAfter(answer.header("Retry-After"));
    if (error && error.isRetriable() && ++m_failures < kMaxPollFailures) {
        schedule(retryAfter);
        return;
    }
    ArmResult result;
    result.httpStatus = answer.status;
    result.polls = m_polls;
    if (m_plan.style == LroPlan::Style::AsyncOperation) {
        if (error) {
            result.error = error;
            finish(State::Failed, result);
            return;
        }
        readOperationStatus(answer, result);
        return;
    }
    if (error) {
        // The Location URL answers with the operation's own error.
        result.error = error;
        if (result.error.category == ArmError::Category::Http && !result.error.isUnauthorized()
            && !result.error.isForbidden())
            result.error.category = ArmError::Category::Operation;
        finish(State::Failed, result);
        return;
    }
    readLocation(answer, result);
}

void LroPoller::readOperationStatus(const HttpAnswer& answer, ArmResult result)
{
    const QJsonObject document = QJsonDocument::fromJson(answer.body).object();
    const std::optional<OperationStatus> status = OperationStatus::fromJson(document);
    if (!status) {
        result.error = ArmError::make(ArmError::Category::Decode,
            tr("The device's operation status has no \"status\"."), QString::fromUtf8(answer.body.left(512)));
        finish(State::Failed, result);
        return;
    }
    report(status->status, status->percentComplete.value_or(m_percent));
    if (!status->isTerminal()) {
        schedule(parseRetryAfter(answer.header("Retry-After")));
        return;
    }
    result.resource = document;
    if (!status->succeeded())
        result.error = ArmError::fromOperation(status->status, status->error);
    finish(status->succeeded() ? State::Succeeded : State::Failed, result);
}

void LroPoller::readLocation(const HttpAnswer& answer, ArmResult result)
{
    if (answer.status == 202) {
        report(u"InProgress"_s, m_percent);
        schedule(parseRetryAfter(answer.header("Retry-After")));
        return;
    }
    report(u"Succeeded"_s, 100);
    result.resource = QJsonDocument::fromJson(answer.body).object();
    finish(State::Succeeded, result);
}

void LroPoller::report(const QString& status, int percent)
{
    m_status = status;
    m_percent = percent;
    Q_EMIT progress(m_status, m_percent);
}

void LroPoller::finish(State state, ArmResult result)
{
    m_timer->stop();
    m_state = state;
    Q_EMIT finished(result);
}

} // namespace ase
