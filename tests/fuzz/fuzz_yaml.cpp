// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
// YAML: the parser (multi-document streams, anchors, aliases, merge keys, tags, deep
// nesting) and the emitter. Property: what the emitter writes for the parsed objects reads
// back as the same objects (the emitter promises kubectl-identical, re-readable output).

#include "models/resources/Yaml.h"
#include "tests/fuzz/FuzzSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace ase;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const YamlDocuments docs = parseYaml(fuzz::bytes(data, size));
    if (!docs.ok()) {
        (void)docs.error->toString();
        return 0;
    }
    const QByteArray yaml = toYaml(docs.objects, YamlKeyOrder::Kubectl);
    (void)toYaml(docs.objects, YamlKeyOrder::KubernetesFirst);
    const YamlDocuments again = parseYaml(yaml);
    if (!again.ok()) {
        qWarning(
            "emitted YAML does not parse: %s\n%s", qPrintable(again.error->toString()), yaml.constData());
        fuzz::violated("the emitter's YAML parses");
    }
    // Compared as JSON text: NaN (from .nan) is unequal to itself as a value, and JSON
    // cannot carry it anyway (it prints as null on both sides).
    auto text = [](const QList<QJsonObject>& objects) {
        QByteArray out;
        for (const QJsonObject& o : objects)
            out += QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
        return out;
    };
    const QByteArray before = text(docs.objects);
    const QByteArray after = text(again.objects);
    if (before != after) {
        qWarning("emitted:\n%s\nparsed before:\n%s\nread back as:\n%s", yaml.constData(), before.constData(),
            after.constData());
        fuzz::violated("the emitter's YAML reads back as the same objects");
    }
    return 0;
}
