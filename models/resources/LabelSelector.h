// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace ase {

/// A Kubernetes label selector (apimachinery pkg/labels): the AND of requirements.
/// Built from the query-string syntax (`app=web,tier!=db,env in (a,b),!legacy,gen>3`) with
/// Kubernetes' own parser and error messages, or from the JSON of a metav1.LabelSelector
/// (`matchLabels` + `matchExpressions`) as PV/PVC `spec.selector` carry it.
class LabelSelector final
{
public:
    enum class Operator {
        In,
        NotIn,
        Equals,
        DoubleEquals,
        NotEquals,
        Exists,
        DoesNotExist,
        GreaterThan,
        LessThan
    };

    struct Requirement
    {
        QString key;
        Operator op = Operator::Exists;
        QStringList values;

        /// `!=` and `notin` match a set without the key; `>`/`<` compare as integers.
        bool matches(const QMap<QString, QString>& labels) const;
        /// As Kubernetes prints it: `k=v`, `k in (a,b)` (values sorted), `!k`, `k>3`.
        QString toString() const;
        bool operator==(const Requirement& other) const = default;
    };

    LabelSelector() = default; ///< matches everything

    static LabelSelector everything() { return {}; }
    /// Matches no set at all (LabelSelectorAsSelector of a null selector).
    static LabelSelector nothing();
    /// `k1=v1,k2=v2`: what matchLabels means. No validation.
    static LabelSelector fromSet(const QMap<QString, QString>& labels);

    /// labels.Parse. On failure returns nullopt and sets @p error to Kubernetes' message,
    /// e.g. "unable to parse requirement: found '', expected: ',' or ')'".
    static std::optional<LabelSelector> parse(QStringView text, QString* error = nullptr);

    /// metav1.LabelSelectorAsSelector: null/undefined → nothing(); `{}` → everything();
    /// operators In, NotIn, Exists, DoesNotExist. Errors as Kubernetes words them.
    /// Note for the binder: a PVC without `spec.selector` places no restriction; only call
    /// this when the field is present.
    static std::optional<LabelSelector> fromJson(const QJsonValue& json, QString* error = nullptr);

    /// metav1validation.ValidateLabelSelector as the API server runs it on create:
    /// field errors under @p path (e.g. "spec.selector"); empty when valid.
    static QStringList validateJson(const QJsonValue& json, const QString& path);

    bool matches(const QMap<QString, QString>& labels) const;
    bool isEverything() const { return !m_nothing && m_requirements.isEmpty(); }
    bool isNothing() const { return m_nothing; }
    /// The selector in query-string syntax, requirements sorted by key ("" for everything
    /// and for nothing).
    QString toString() const;
    const QList<Requirement>& requirements() const { return m_requirements; }

private:
    explicit LabelSelector(QList<Requirement> requirements);

    QList<Requirement> m_requirements;
    bool m_nothing = false;
};

} // namespace ase
