// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/binding/PendingAdvice.h"

#include <QString>
#include <QTimer>
#include <QWidget>

#include <functional>

class QLabel;
class QTableWidget;
class QVBoxLayout;

namespace ase {

class Session;
namespace graph {
class GraphSource;
}

/// "Why is this claim Pending?" for the selected claim: the reason in one sentence, what
/// to do with a button where the app can do it (mount the share, open the static wizard,
/// clear a Released volume's claimRef after confirmation, create a consumer), every volume
/// with the binder's verdict, and the claim's events. Follows the store live.
class PendingPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PendingPanel)

public:
    /// @p volumes: the graph's source, which keeps every volume decoded (not owned): the
    /// panel reads them there instead of decoding all of the store's on each refresh.
    PendingPanel(Session* session, const graph::GraphSource* volumes, QWidget* parent = nullptr);
    ~PendingPanel() override;

    /// Explains this claim ("ns/name"); empty: none.
    void showClaim(const QString& key);
    QString claimKey() const { return m_key; }
    /// The diagnosis and advice shown now.
    const binding::ClaimDiagnosis& diagnosis() const { return m_diagnosis; }
    const QList<binding::Advice>& advice() const { return m_advice; }
    /// Asks the user to confirm a change (default: a question box); tests answer it.
    using Confirm = std::function<bool(const QString& title, const QString& text)>;
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    /// Explains again now (otherwise after the store's changes settle).
    void refresh();

Q_SIGNALS:
    /// "Claim a share or volume": open the static wizard on a share ("Share", name), a
    /// volume ("PersistentVolume", name) or on nothing chosen (empty kind).
    void staticWizardRequested(const QString& kind, const QString& name);
    /// Hook for the dynamic wizard's consumer page: create a pod (workload) that uses the
    /// claim `ns/name`, so that a WaitForFirstConsumer claim binds.
    void consumerRequested(const QString& ns, const QString& claimName);
    /// A related object was followed (the volume, the claim bound to it).
    void linkActivated(const QString& kind, const QString& key);
    /// An action started by a button ended: `error` empty when it succeeded.
    void actionFinished(const QString& actionId, const QString& error);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void scheduleRefresh();
    void fillAdvice();
    void run(const binding::Advice& advice);
    void mountShare(const QString& share);
    void clearClaimRef(const binding::Advice& advice);

    Session* m_session;
    const graph::GraphSource* m_volumeSource = nullptr;
    QString m_key;
    binding::ClaimDiagnosis m_diagnosis;
    QList<binding::Advice> m_advice;
    QString m_running; ///< "<action>:<target>" of the action in progress
    bool m_stale = false; ///< the store changed while the panel was hidden
    Confirm m_confirm;
    QTimer m_timer;
    QLabel* m_title;
    QLabel* m_sentence;
    QWidget* m_adviceBox;
    QVBoxLayout* m_adviceLayout;
    QLabel* m_actionStatus;
    QLabel* m_volumesTitle;
    QTableWidget* m_volumes;
    QLabel* m_eventsTitle;
    QTableWidget* m_events;
};

} // namespace ase
