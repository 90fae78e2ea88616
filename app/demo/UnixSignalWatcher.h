// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QObject>

class QSocketNotifier;

namespace ase::demo {

/// Turns SIGINT/SIGTERM into a Qt signal (self-pipe: the handler only writes a byte).
class UnixSignalWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnixSignalWatcher)

public:
    explicit UnixSignalWatcher(const QList<int>& signalNumbers, QObject* parent = nullptr);
    ~UnixSignalWatcher() override;

signals:
    void signalReceived(int signalNumber);

private:
    QSocketNotifier* m_notifier = nullptr;
};

} // namespace ase::demo
