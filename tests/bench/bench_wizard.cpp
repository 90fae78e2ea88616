// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
// The static wizard's live preview while typing: a claim and a Deployment, 200 keystrokes
// into the claim's name against the embedded demo device. Prints the builder's time per
// change (claim + Deployment manifests, YAML, checks), the whole synchronous work of one
// keystroke (builder, checks next to the fields, preview lines replaced and highlighted),
// and the event loop's worst stall while typing at 100 keys/s.
//
//   bench_wizard [--keys N]

#include "app/session/Session.h"
#include "models/provisioning/ClaimChecks.h"
#include "models/provisioning/ClaimManifests.h"
#include "models/resources/Yaml.h"
#include "models/store/ResourceStore.h"
#include "tests/bench/BenchSupport.h"
#include "tests/bench/GuiBenchMain.h"
#include "ui/wizards/ClaimDraftController.h"
#include "ui/wizards/ClaimPage.h"
#include "ui/wizards/StaticClaimWizard.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>
#include <numeric>

using namespace ase;
using namespace ase::bench;
using namespace Qt::StringLiterals;

namespace {

struct Figures
{
    double meanUs = 0;
    double p99Us = 0;
    double maxUs = 0;
};

Figures figuresOf(QList<qint64> ns)
{
    Figures f;
    if (ns.isEmpty())
        return f;
    std::sort(ns.begin(), ns.end());
    f.meanUs = double(std::accumulate(ns.cbegin(), ns.cend(), qint64(0))) / double(ns.size()) / 1000.0;
    f.p99Us = double(ns.at(std::min(ns.size() - 1, qsizetype(double(ns.size()) * 0.99)))) / 1000.0;
    f.maxUs = double(ns.last()) / 1000.0;
    return f;
}

void print(const char* what, const Figures& f)
{
    out() << what << ": mean " << QString::number(f.meanUs, 'f', 1) << " us, p99 "
          << QString::number(f.p99Us, 'f', 1) << " us, max " << QString::number(f.maxUs, 'f', 1) << " us"
          << Qt::endl;
}

/// The key typed at step i: 100 letters in, then as many backspaces, and so on.
Qt::Key keyAt(int i)
{
    return (i / 100) % 2 == 0 ? Qt::Key(Qt::Key_A + i % 26) : Qt::Key_Backspace;
}

int runBench(int keys)
{
    Session session;
    session.connectDemo();
    if (!waitFor([&session] { return session.store()->count(u"PersistentVolume"_s) >= 3; }, 60000)) {
        out() << "the demo device did not fill the store" << Qt::endl;
        return 1;
    }
    StaticClaimWizard* wizard = StaticClaimWizard::forShare(&session, u"mylocalnfsshare1"_s, nullptr);
    wizard->claimController()->edit(
        [](provisioning::ClaimDraft& d) { d.consumer.kind = provisioning::ConsumerKind::Deployment; });
    wizard->show();
    spin(300);
    wizard->setCurrentPage(1);
    QLineEdit* name = wizard->claimPage()->nameEdit();
    name->setFocus();
    name->end(false);
    spin(100);

    // The builder alone: what one change costs before any widget is touched.
    {
        provisioning::ClaimDraft draft = wizard->claimController()->draft();
        const provisioning::ProvisioningContext& context = wizard->claimController()->context();
        QList<qint64> build;
        QList<qint64> checks;
        for (int i = 0; i < keys; ++i) {
            draft.name = draft.name.left(40) + QChar(u'a' + i % 26);
            QElapsedTimer t;
            t.start();
            const QList<QJsonObject> manifests = provisioning::claimManifests(draft);
            const QByteArray yaml = toYaml(manifests);
            build.append(t.nsecsElapsed());
            t.restart();
            const QList<provisioning::Check> found = provisioning::checkClaimDraft(draft, context);
            checks.append(t.nsecsElapsed());
            Q_UNUSED(yaml);
            Q_UNUSED(found);
        }
        print("builder (claim + Deployment manifests and YAML)", figuresOf(build));
        print("checks of the draft", figuresOf(checks));
    }

    // One change of the draft through its controller: everything that follows it
    // (preview, checks next to the fields, pages), without the key event and the line edit.
    {
        const QString base = wizard->claimController()->draft().name;
        QList<qint64> perChange;
        for (int i = 0; i < keys; ++i) {
            const QString next = base + QChar(u'a' + i % 26);
            QElapsedTimer t;
            t.start();
            wizard->claimController()->edit([&next](provisioning::ClaimDraft& d) { d.name = next; });
            perChange.append(t.nsecsElapsed());
        }
        wizard->claimController()->edit([&base](provisioning::ClaimDraft& d) { d.name = base; });
        print("draft change (builder, checks, preview, pages; no key event)", figuresOf(perChange));
    }

    // One keystroke, all its synchronous work, back to back.
    QList<qint64> perKey;
    for (int i = 0; i < keys; ++i) {
        QElapsedTimer t;
        t.start();
        QTest::keyClick(name, keyAt(i));
        perKey.append(t.nsecsElapsed());
    }
    print("keystroke (builder, checks, preview lines replaced and highlighted)", figuresOf(perKey));

    // Typing at 100 keys/s with the event loop turning (and painting) in between.
    StallProbe probe(2);
    probe.restart();
    for (int i = 0; i < keys; ++i) {
        QTest::keyClick(name, keyAt(i));
        spin(10);
    }
    out() << "worst event-loop stall while typing " << keys << " keys at 100 keys/s: " << probe.worstMs()
          << " ms (" << probe.over50() << " over 50 ms)" << Qt::endl;
    wizard->claimController()->reset(wizard->claimController()->draft());
    delete wizard;
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    const QCommandLineOption keysOption(u"keys"_s, u"Keystrokes to type."_s, u"N"_s, u"200"_s);
    return guiBenchMain(argc, argv, {keysOption}, [&](const QCommandLineParser& parser) {
        return runBench(std::max(1, parser.value(keysOption).toInt()));
    });
}
