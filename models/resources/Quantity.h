// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

#include <compare>
#include <optional>

namespace ase {

/// resource.Quantity as Kubernetes defines it (apimachinery pkg/api/resource):
/// exact parsing of "<signedNumber><suffix>", canonical String(), exact comparison.
/// See ../shared/reference/kubernetes-api.md §7.
class Quantity final
{
public:
    enum class Format { DecimalExponent, BinarySI, DecimalSI };

    Quantity() = default; ///< zero, DecimalSI

    /// Parses a quantity. On failure returns nullopt and, if @p error is given, sets it
    /// to Kubernetes' own message (e.g. "quantities must match the regular expression
    /// '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'").
    static std::optional<Quantity> parse(QStringView text, QString* error = nullptr);
    /// A whole number of units (bytes) in the given format.
    static Quantity fromInteger(qint64 value, Format format = Format::BinarySI);

    /// Canonical form, as Kubernetes' String() prints it ("1Gi", "1536Mi", "1G", "500m").
    QString toString() const;
    Format format() const { return m_format; }

    /// Value rounded up to a whole unit, like Quantity.Value(); saturates at int64 limits.
    qint64 value() const;
    /// Value in thousandths, rounded up, like Quantity.MilliValue().
    qint64 milliValue() const;
    /// Approximate value as a double (for display and sorting only).
    double toDouble() const;
    bool isZero() const;
    int sign() const;

    /// Exact comparison across formats (1Gi == 1024Mi == 1073741824).
    std::strong_ordering operator<=>(const Quantity& other) const;
    bool operator==(const Quantity& other) const;

    /// Shares the kept text with equal quantities of other objects (sharedText(); caches).
    void shareText();

private:
    __extension__ using Int128 = __int128;

    Quantity(Int128 nanos, Format format, QString canonical = {});
    static QString canonicalize(Int128 nanos, Format format);

    Int128 m_nanos = 0; ///< the exact value in units of 10^-9
    Format m_format = Format::DecimalSI;
    QString m_canonical; ///< kept verbatim when the input was already canonical
};

} // namespace ase
