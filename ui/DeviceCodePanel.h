// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "app/device/DeviceCodeTokenProvider.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;

namespace ase {

/// A device-code sign-in as the user follows it: the code to enter (large, selectable,
/// with a Copy button), the page to enter it at (a link opened in the browser), the
/// identity platform's own instruction, the time left until the code expires and what
/// the last poll of the sign-in service answered. After a failure it says why and offers
/// to try again.
class DeviceCodePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceCodePanel)

public:
    explicit DeviceCodePanel(QWidget* parent = nullptr);
    ~DeviceCodePanel() override;

    /// The sign-in has started; no code yet. `server` is the sign-in service's host.
    void showStarting(const QString& server);
    /// The code arrived: show it; polling has started.
    void showPrompt(const DeviceCodePrompt& prompt);
    /// A poll's answer (DeviceCodeTokenProvider::pollAnswered).
    void showPoll(const QString& state, int intervalSeconds);
    /// The sign-in failed: `message` says why; the user may try again or go back.
    void showFailure(const QString& message);

    const DeviceCodePrompt& prompt() const { return m_prompt; }
    QString pollText() const;
    QString failureText() const;

Q_SIGNALS:
    void cancelRequested();
    void retryRequested();
    void backRequested();

private:
    void updateTimeLeft();
    void copyCode();

    DeviceCodePrompt m_prompt;
    QLabel* m_heading;
    QLabel* m_message;
    QLabel* m_code;
    QPushButton* m_copy;
    QLabel* m_link;
    QLabel* m_timeLeft;
    QLabel* m_poll;
    QLabel* m_failure;
    QPushButton* m_cancel;
    QPushButton* m_retry;
    QPushButton* m_back;
    QTimer* m_ticker;
};

} // namespace ase
