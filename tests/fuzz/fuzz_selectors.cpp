// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
// The small grammars: Quantity, label selectors (text and JSON), field selectors, and the
// name validators. Properties: a parsed value printed and parsed again is the same value.

#include "models/resources/FieldSelector.h"
#include "models/resources/LabelSelector.h"
#include "models/resources/Names.h"
#include "models/resources/Quantity.h"
#include "tests/fuzz/FuzzSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace ase;
using namespace Qt::StringLiterals;

namespace ase::fuzz {

/// The terms as a sorted list, `==` as `=`: what a field selector means.
QStringList termsOf(const FieldSelector& selector)
{
    QStringList out;
    for (const FieldSelector::Term& t : selector.terms())
        out << t.field + (t.op == FieldSelector::Operator::NotEquals ? u"!="_s : u"="_s) + t.value;
    out.sort();
    return out;
}

} // namespace ase::fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = fuzz::text(data, size);

    QString error;
    if (const auto q = Quantity::parse(text, &error)) {
        const QString printed = q->toString();
        const auto again = Quantity::parse(printed);
        if (!again || *again != *q)
            fuzz::violated("a Quantity's text parses back to the same quantity");
        (void)q->value();
        (void)q->milliValue();
        (void)q->toDouble();
        (void)(*q <=> Quantity::fromInteger(1024));
    }

    if (const auto selector = LabelSelector::parse(text, &error)) {
        const QString printed = selector->toString();
        const auto again = LabelSelector::parse(printed);
        if (!again || again->toString() != printed)
            fuzz::violated("a label selector's text parses back to the same selector");
        QMap<QString, QString> labels;
        labels.insert(u"app"_s, u"web"_s);
        labels.insert(text.left(63), text.right(63));
        (void)selector->matches(labels);
    }
    const QJsonDocument json = QJsonDocument::fromJson(fuzz::bytes(data, size).toByteArray());
    if (!json.isNull()) {
        const QJsonValue value = json.isObject() ? QJsonValue(json.object()) : QJsonValue(json.array());
        if (const auto selector = LabelSelector::fromJson(value, &error))
            (void)selector->toString();
        (void)LabelSelector::validateJson(value, u"spec.selector"_s);
    }

    if (const auto fields = FieldSelector::parse(text, &error)) {
        // The same terms, in any order: Kubernetes sorts the terms' text before parsing, and
        // `==` prints as `=`, so a printed selector may list its terms in another order (as
        // Go's fields.ParseSelector does: found by this target, fuzz_selectors/crash-a3d773a).
        const QString printed = fields->toString();
        const auto again = FieldSelector::parse(printed);
        if (!again || fuzz::termsOf(*again) != fuzz::termsOf(*fields))
            fuzz::violated("a field selector's text parses back to the same selector");
        if (FieldSelector::parse(again->toString())->toString() != again->toString())
            fuzz::violated("a printed field selector is printed the same again");
        (void)fields->requiresExactMatch(u"metadata.name"_s);
        QMap<QString, QString> values;
        values.insert(u"metadata.name"_s, text);
        (void)fields->matches(values);
    }
    (void)FieldSelector::escapeValue(text);

    (void)names::isDns1123Label(text);
    (void)names::isDns1123Subdomain(text);
    (void)names::isQualifiedName(text);
    (void)names::isValidLabelValue(text);
    (void)names::isValidShareName(text);
    (void)names::goQuote(text);
    return 0;
}
