// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "ui/DeviceCodePanel.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>

namespace ase {

namespace {

QLabel* wrappedLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

DeviceCodePanel::DeviceCodePanel(QWidget* parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_message(wrappedLabel(QStringLiteral("signInMessage"), this))
    , m_code(new QLabel(this))
    , m_copy(new QPushButton(tr("Cop&y the code"), this))
    , m_link(new QLabel(this))
    , m_timeLeft(wrappedLabel(QStringLiteral("timeLeft"), this))
    , m_poll(wrappedLabel(QStringLiteral("pollState"), this))
    , m_failure(wrappedLabel(QStringLiteral("signInError"), this))
    , m_cancel(new QPushButton(tr("Ca&ncel the sign-in"), this))
    , m_retry(new QPushButton(tr("&Try again"), this))
    , m_back(new QPushButton(tr("&Back to the profile"), this))
    , m_ticker(new QTimer(this))
{
    setObjectName(QStringLiteral("deviceCodePanel"));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);

    m_message->setAccessibleName(tr("Instruction from the sign-in service"));
    m_message->setForegroundRole(QPalette::PlaceholderText);

    m_code->setObjectName(QStringLiteral("userCode"));
    m_code->setAccessibleName(tr("Sign-in code"));
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_code->setFocusPolicy(Qt::StrongFocus);
    QFont codeFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    codeFont.setPointSizeF(m_code->font().pointSizeF() * 2.2);
    codeFont.setBold(true);
    codeFont.setLetterSpacing(QFont::PercentageSpacing, 110);
    m_code->setFont(codeFont);
    m_code->setFrameShape(QFrame::StyledPanel);
    m_code->setMargin(8);
    m_code->setAlignment(Qt::AlignCenter);
    m_code->setMinimumWidth(m_code->fontMetrics().horizontalAdvance(QStringLiteral("MMMMMMMMMM")));

    m_copy->setObjectName(QStringLiteral("copyUserCode"));
    connect(m_copy, &QPushButton::clicked, this, &DeviceCodePanel::copyCode);

    m_link->setObjectName(QStringLiteral("verificationLink"));
    m_link->setAccessibleName(tr("Sign-in page"));
    m_link->setTextFormat(Qt::RichText);
    m_link->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_link->setWordWrap(true);
    connect(m_link, &QLabel::linkActivated, this,
        [](const QString& link) { QDesktopServices::openUrl(QUrl(link)); });

    m_timeLeft->setAccessibleName(tr("Time left"));
    m_poll->setAccessibleName(tr("Sign-in state"));
    m_failure->setAccessibleName(tr("Why the sign-in failed"));
    QFont failureFont = m_failure->font();
    failureFont.setBold(true);
    m_failure->setFont(failureFont);

    m_cancel->setObjectName(QStringLiteral("cancelSignIn"));
    m_retry->setObjectName(QStringLiteral("retrySignIn"));
    m_back->setObjectName(QStringLiteral("backToProfile"));
    connect(m_cancel, &QPushButton::clicked, this, &DeviceCodePanel::cancelRequested);
    connect(m_retry, &QPushButton::clicked, this, &DeviceCodePanel::retryRequested);
    connect(m_back, &QPushButton::clicked, this, &DeviceCodePanel::backRequested);

    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, &DeviceCodePanel::updateTimeLeft);

    auto* codeRow = new QHBoxLayout;
    codeRow->addWidget(m_code, 1);
    codeRow->addWidget(m_copy, 0, Qt::AlignVCenter);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_back);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_cancel);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_link);
    layout->addLayout(codeRow);
    layout->addWidget(m_timeLeft);
    layout->addWidget(m_poll);
    layout->addWidget(m_failure);
    layout->addSpacing(m_heading->fontMetrics().height() / 2);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addLayout(buttons);

    setTabOrder(m_link, m_code);
    setTabOrder(m_code, m_copy);
    setTabOrder(m_copy, m_back);
    setTabOrder(m_back, m_retry);
    setTabOrder(m_retry, m_cancel);
}

DeviceCodePanel::~DeviceCodePanel() = default;

void DeviceCodePanel::showStarting(const QString& server)
{
    m_prompt = {};
    m_ticker->stop();
    m_heading->setText(tr("Signing in with a code"));
    m_message->clear();
    m_link->setText(tr("Asking %1 for a sign-in code…").arg(server.toHtmlEscaped()));
    m_link->show();
    m_code->clear();
    m_code->hide();
    m_copy->hide();
    m_timeLeft->clear();
    m_poll->clear();
    m_failure->clear();
    m_failure->hide();
    m_cancel->show();
    m_retry->hide();
    m_back->hide();
}

void DeviceCodePanel::showPrompt(const DeviceCodePrompt& prompt)
{
    m_prompt = prompt;
    m_heading->setText(tr("Sign in with this code"));
    m_message->setText(prompt.message);
    m_code->setText(prompt.userCode);
    m_code->show();
    m_copy->show();
    const QString url = prompt.verificationUri.toString();
    m_link->setText(tr("Open %1 in a web browser, on this or any other computer, and enter this code:")
                        .arg(u"<a href=\"" + url.toHtmlEscaped() + u"\">" + url.toHtmlEscaped() + u"</a>"));
    m_link->show();
    m_poll->setText(tr("Waiting for you to sign in…"));
    updateTimeLeft();
    m_ticker->start();
    m_copy->setFocus();
}

void DeviceCodePanel::showPoll(const QString& state, int intervalSeconds)
{
    if (state == u"authorization_pending")
        m_poll->setText(tr("Not signed in yet; checking again every %1 s.").arg(intervalSeconds));
    else if (state == u"slow_down")
        m_poll->setText(
            tr("The sign-in service asked to be checked less often: every %1 s now.").arg(intervalSeconds));
    else if (state == u"success")
        m_poll->setText(tr("Signed in."));
    else
        m_poll->clear();
}

void DeviceCodePanel::showFailure(const QString& message)
{
    m_ticker->stop();
    m_heading->setText(tr("The sign-in did not succeed"));
    m_failure->setText(message);
    m_failure->show();
    // The code is of no use any more: do not leave it looking usable.
    m_code->hide();
    m_copy->hide();
    m_link->hide();
    m_message->clear();
    m_timeLeft->clear();
    m_cancel->hide();
    m_retry->show();
    m_back->show();
    m_retry->setDefault(true);
    m_retry->setFocus();
}

QString DeviceCodePanel::pollText() const
{
    return m_poll->text();
}

QString DeviceCodePanel::failureText() const
{
    return m_failure->text();
}

void DeviceCodePanel::updateTimeLeft()
{
    if (!m_prompt.expiresAt.isValid()) {
        m_timeLeft->clear();
        return;
    }
    const qint64 left = QDateTime::currentDateTimeUtc().secsTo(m_prompt.expiresAt);
    if (left <= 0) {
        m_timeLeft->setText(tr("The code has expired."));
        m_ticker->stop();
        return;
    }
    const QString format = left >= 3600 ? QStringLiteral("h:mm:ss") : QStringLiteral("m:ss");
    m_timeLeft->setText(tr("The code expires in %1.").arg(QTime(0, 0).addSecs(int(left)).toString(format)));
}

void DeviceCodePanel::copyCode()
{
    if (!m_prompt.userCode.isEmpty())
        QGuiApplication::clipboard()->setText(m_prompt.userCode);
}

} // namespace ase
