// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "models/resources/Quantity.h"
#include "models/resources/JsonResource.h"

#include <algorithm>
#include <array>
#include <limits>
#include <string>

// A port of apimachinery pkg/api/resource (quantity.go, suffix.go, amount.go): the same
// scanner, the same suffix table, the same fast-path rules that decide whether the input
// string is kept verbatim, and the same canonical String(). The value is held exactly in
// nano units in a 128-bit integer, which covers |v| < 1.7e29; Kubernetes' arbitrary
// precision decimals beyond that are refused with its "numeric part" error.

namespace ase {

namespace {

using namespace Qt::StringLiterals;

__extension__ using Int128 = __int128;
__extension__ using UInt128 = unsigned __int128;

constexpr Int128 kNanosPerUnit = 1'000'000'000;
constexpr Int128 kInt128Max = static_cast<Int128>(~static_cast<UInt128>(0) >> 1);
// BinarySI quantities are capped at 2^63-1 units, as ParseQuantity does.
constexpr Int128 kMaxBinaryNanos = static_cast<Int128>(std::numeric_limits<qint64>::max()) * kNanosPerUnit;

QString errorFormat()
{
    return u"quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'"_s;
}
QString errorNumeric()
{
    return u"unable to parse numeric part of quantity"_s;
}
QString errorSuffix()
{
    return u"unable to parse quantity's suffix"_s;
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isSuffixLetter(QChar c)
{
    return QStringView(u"eEinumkKMGTP").contains(c);
}

/// parseQuantityString: the fast scanner, to the letter.
struct Scanned
{
    bool positive = true;
    QStringView value; ///< the numeric text handed to inf.Dec on the slow path
    QStringView num; ///< integer digits without leading zeros ("0" when none)
    QStringView denom; ///< fraction digits
    QStringView suffix;
    bool ok = true;
};

Scanned scanQuantity(QStringView str)
{
    Scanned r;
    qsizetype pos = 0;
    const qsizetype end = str.size();
    static const QString zero = u"0"_s;

    if (pos < end) {
        if (str[0] == u'-') {
            r.positive = false;
            ++pos;
        } else if (str[0] == u'+') {
            ++pos;
        }
    }

    // strip leading zeros
    for (qsizetype i = pos;; ++i) {
        if (i >= end) {
            r.num = zero;
            r.value = r.num;
            return r;
        }
        if (str[i] != u'0')
            break;
        ++pos;
    }

    // the numerator
    for (qsizetype i = pos;; ++i) {
        if (i >= end) {
            r.num = str.sliced(pos, end - pos);
            r.value = str.first(end);
            return r;
        }
        if (!isDigit(str[i])) {
            r.num = str.sliced(pos, i - pos);
            pos = i;
            break;
        }
    }
    if (r.num.isEmpty())
        r.num = zero;

    // the denominator
    if (pos < end && str[pos] == u'.') {
        ++pos;
        for (qsizetype i = pos;; ++i) {
            if (i >= end) {
                r.denom = str.sliced(pos, end - pos);
                r.value = str.first(end);
                return r;
            }
            if (!isDigit(str[i])) {
                r.denom = str.sliced(pos, i - pos);
                pos = i;
                break;
            }
        }
    }
    r.value = str.first(pos);

    // the suffix: letters, then an optional sign, then digits
    const qsizetype suffixStart = pos;
    for (qsizetype i = pos;; ++i) {
        if (i >= end) {
            r.suffix = str.sliced(suffixStart);
            return r;
        }
        if (!isSuffixLetter(str[i])) {
            pos = i;
            break;
        }
    }
    if (pos < end && (str[pos] == u'-' || str[pos] == u'+'))
        ++pos;
    for (qsizetype i = pos;; ++i) {
        if (i >= end) {
            r.suffix = str.sliced(suffixStart);
            return r;
        }
        if (!isDigit(str[i]))
            break;
    }
    r.ok = false;
    return r;
}

/// strconv.ParseInt(s, 10, 64): optional sign, then at least one digit, no overflow.
std::optional<qint64> parseGoInt64(QStringView s)
{
    bool negative = false;
    if (!s.isEmpty() && (s[0] == u'+' || s[0] == u'-')) {
        negative = s[0] == u'-';
        s = s.sliced(1);
    }
    if (s.isEmpty())
        return std::nullopt;
    UInt128 v = 0;
    for (const QChar c : s) {
        if (!isDigit(c))
            return std::nullopt;
        v = v * 10 + static_cast<unsigned>(c.unicode() - u'0');
        if (v > static_cast<UInt128>(std::numeric_limits<qint64>::max()) + 1)
            return std::nullopt;
    }
    if (!negative && v > static_cast<UInt128>(std::numeric_limits<qint64>::max()))
        return std::nullopt;
    return negative ? static_cast<qint64>(-static_cast<Int128>(v)) : static_cast<qint64>(v);
}

struct Suffix
{
    int base = 10;
    qint32 exponent = 0;
    Quantity::Format format = Quantity::Format::DecimalSI;
};

struct SuffixEntry
{
    QStringView text;
    int exponent;
};

constexpr std::array<SuffixEntry, 10> kDecimalSuffixes {{{u"n", -9}, {u"u", -6}, {u"m", -3}, {u"", 0},
    {u"k", 3}, {u"M", 6}, {u"G", 9}, {u"T", 12}, {u"P", 15}, {u"E", 18}}};
constexpr std::array<QStringView, 6> kBinarySuffixes {u"Ki", u"Mi", u"Gi", u"Ti", u"Pi", u"Ei"};

/// suffixHandler.interpret
std::optional<Suffix> interpretSuffix(QStringView s)
{
    for (const SuffixEntry& e : kDecimalSuffixes) {
        if (s == e.text)
            return Suffix {10, e.exponent, Quantity::Format::DecimalSI};
    }
    for (qsizetype i = 0; i < qsizetype(kBinarySuffixes.size()); ++i) {
        if (s == kBinarySuffixes[i])
            return Suffix {2, qint32(10 * (i + 1)), Quantity::Format::BinarySI};
    }
    if (s.size() > 1 && (s[0] == u'e' || s[0] == u'E')) {
        const std::optional<qint64> parsed = parseGoInt64(s.sliced(1));
        if (!parsed)
            return std::nullopt;
        // Kubernetes narrows the int64 to int32 here; so do we.
        return Suffix {
            10, static_cast<qint32>(static_cast<quint32>(*parsed)), Quantity::Format::DecimalExponent};
    }
    return std::nullopt;
}

/// Multiplies a decimal digit string (most significant first) by a small factor.
void multiplyDigits(std::string& digits, unsigned factor)
{
    unsigned carry = 0;
    for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
        const unsigned v = unsigned(*it - '0') * factor + carry;
        *it = char('0' + v % 10);
        carry = v / 10;
    }
    while (carry != 0) {
        digits.insert(digits.begin(), char('0' + carry % 10));
        carry /= 10;
    }
}

/// Parses a digit string into a non-negative Int128; nullopt on overflow.
std::optional<Int128> digitsToInt128(const std::string& digits)
{
    Int128 v = 0;
    for (const char c : digits) {
        const int d = c - '0';
        if (v > (kInt128Max - d) / 10)
            return std::nullopt;
        v = v * 10 + d;
    }
    return v;
}

/// ceil(digits * 2^binaryExponent * 10^(decimalShift)) in nanos, for a non-negative value.
/// nullopt when the result does not fit.
std::optional<Int128> exactNanos(
    QStringView num, QStringView denom, int binaryExponent, qint64 decimalExponent)
{
    std::string digits;
    digits.reserve(size_t(num.size() + denom.size()));
    for (const QChar c : num)
        digits.push_back(char(c.unicode()));
    for (const QChar c : denom)
        digits.push_back(char(c.unicode()));
    const size_t firstNonZero = digits.find_first_not_of('0');
    if (firstNonZero == std::string::npos)
        return Int128(0);
    digits.erase(0, firstNonZero);

    for (int i = 0; i < binaryExponent / 10; ++i)
        multiplyDigits(digits, 1024);

    const qint64 shift = decimalExponent - denom.size() + 9;
    if (shift >= 0) {
        if (qint64(digits.size()) + shift > 39)
            return std::nullopt;
        digits.append(size_t(shift), '0');
        return digitsToInt128(digits);
    }
    const qint64 drop = -shift;
    if (drop >= qint64(digits.size()))
        return Int128(1); // a non-zero value finer than a nano rounds up to 1n
    const size_t keep = digits.size() - size_t(drop);
    const bool remainder = digits.find_first_not_of('0', keep) != std::string::npos;
    std::optional<Int128> v = digitsToInt128(digits.substr(0, keep));
    if (v && remainder) {
        if (*v == kInt128Max)
            return std::nullopt;
        *v += 1;
    }
    return v;
}

QString int128ToString(Int128 v)
{
    if (v == 0)
        return u"0"_s;
    const bool negative = v < 0;
    UInt128 u = negative ? static_cast<UInt128>(-(v + 1)) + 1 : static_cast<UInt128>(v);
    std::array<char16_t, 48> buf {};
    size_t pos = buf.size();
    while (u != 0) {
        buf[--pos] = char16_t(u'0' + unsigned(u % 10));
        u /= 10;
    }
    if (negative)
        buf[--pos] = u'-';
    return QStringView(buf.data() + pos, qsizetype(buf.size() - pos)).toString();
}

Int128 absolute(Int128 v)
{
    return v < 0 ? -v : v;
}

/// Rounds nanos / divisor away from zero and saturates at the int64 limits.
qint64 scaledAwayFromZero(Int128 nanos, Int128 divisor)
{
    Int128 q = nanos / divisor;
    if (nanos % divisor != 0)
        q += nanos < 0 ? -1 : 1;
    if (q > std::numeric_limits<qint64>::max())
        return std::numeric_limits<qint64>::max();
    if (q < std::numeric_limits<qint64>::min())
        return std::numeric_limits<qint64>::min();
    return static_cast<qint64>(q);
}

} // namespace

Quantity::Quantity(Int128 nanos, Format format, QString canonical)
    : m_nanos(nanos)
    , m_format(format)
    , m_canonical(std::move(canonical))
{ }

std::optional<Quantity> Quantity::parse(QStringView text, QString* error)
{
    const auto fail = [error](const QString& message) -> std::optional<Quantity> {
        if (error)
            *error = message;
        return std::nullopt;
    };

    if (text.isEmpty())
        return fail(errorFormat());
    if (text == u"0")
        return Quantity(0, Format::DecimalSI, u"0"_s);

    const Scanned s = scanQuantity(text);
    if (!s.ok)
        return fail(errorFormat());
    const std::optional<Suffix> suffix = interpretSuffix(s.suffix);
    if (!suffix)
        return fail(errorSuffix());
    Format format = suffix->format;

    // Kubernetes' int64 fast path: when it applies, a canonical-looking input is kept.
    bool fastPath = false;
    bool keepVerbatim = false;
    if (suffix->base == 10) {
        const qint64 precision = 18 - s.num.size() - s.denom.size();
        const qint64 scale = qint64(suffix->exponent) - s.denom.size();
        if (precision >= 0 && scale >= -9) {
            fastPath = true;
            const QString shifted = s.num.toString() + s.denom.toString();
            keepVerbatim = scale % 3 == 0 && !shifted.endsWith(u"000") && shifted[0] != u'0';
        }
    } else if (s.denom.isEmpty()) {
        const qint64 precision = 15 - s.num.size() - suffix->exponent * 3 / 10 - 1;
        if (precision >= 0) {
            const std::optional<qint64> mantissa = parseGoInt64(s.num);
            if (mantissa && *mantissa <= (std::numeric_limits<qint64>::max() >> suffix->exponent)) {
                fastPath = true;
                keepVerbatim = suffix->exponent % 10 == 0 && (*mantissa & 0x07) != 0;
            }
        }
    }
    // The slow path hands the numeric text to inf.Dec, which needs at least one digit.
    if (!fastPath && !std::any_of(s.value.begin(), s.value.end(), isDigit))
        return fail(errorNumeric());

    std::optional<Int128> nanos = suffix->base == 2 ? exactNanos(s.num, s.denom, suffix->exponent, 0)
                                                    : exactNanos(s.num, s.denom, 0, suffix->exponent);
    if (format == Format::BinarySI) {
        if (!nanos || *nanos > kMaxBinaryNanos)
            nanos = kMaxBinaryNanos; // the silent cap at 2^63-1
        if (*nanos > 0 && *nanos < kNanosPerUnit)
            format = Format::DecimalSI; // avoids rounding, as Kubernetes does
    } else if (!nanos) {
        return fail(errorNumeric()); // beyond the exact range this class keeps
    }
    const Int128 value = s.positive ? *nanos : -*nanos;
    return Quantity(value, format, keepVerbatim ? text.toString() : QString());
}

Quantity Quantity::fromInteger(qint64 value, Format format)
{
    return Quantity(static_cast<Int128>(value) * kNanosPerUnit, format);
}

QString Quantity::toString() const
{
    if (!m_canonical.isEmpty())
        return m_canonical;
    return canonicalize(m_nanos, m_format);
}

QString Quantity::canonicalize(Int128 nanos, Format format)
{
    if (nanos == 0)
        return u"0"_s;

    if (format == Format::BinarySI
        && (absolute(nanos) < 1024 * kNanosPerUnit || nanos % kNanosPerUnit != 0)) {
        format = Format::DecimalSI; // don't lose precision
    }

    if (format == Format::BinarySI) {
        Int128 units = nanos / kNanosPerUnit;
        int exponent = 0;
        while (absolute(units) >= 1024 && units % 1024 == 0) {
            units /= 1024;
            ++exponent;
        }
        const QStringView suffix = exponent == 0 ? QStringView() : kBinarySuffixes[size_t(exponent - 1)];
        return int128ToString(units) + suffix;
    }

    // AsCanonicalBytes: move factors of ten into the exponent, then lower the exponent
    // to a multiple of three.
    Int128 mantissa = nanos;
    int exponent = -9;
    while (mantissa % 10 == 0) {
        mantissa /= 10;
        ++exponent;
    }
    while (exponent % 3 != 0) {
        mantissa *= 10;
        --exponent;
    }
    if (format == Format::DecimalSI) {
        for (const SuffixEntry& e : kDecimalSuffixes) {
            if (e.exponent == exponent)
                return int128ToString(mantissa) + e.text;
        }
        // No decimal SI suffix beyond E: fall back to exponent notation.
    }
    if (exponent == 0)
        return int128ToString(mantissa);
    return int128ToString(mantissa) + u'e' + QString::number(exponent);
}

qint64 Quantity::value() const
{
    return scaledAwayFromZero(m_nanos, kNanosPerUnit);
}

qint64 Quantity::milliValue() const
{
    return scaledAwayFromZero(m_nanos, kNanosPerUnit / 1000);
}

double Quantity::toDouble() const
{
    return static_cast<double>(m_nanos) / 1e9;
}

bool Quantity::isZero() const
{
    return m_nanos == 0;
}

int Quantity::sign() const
{
    return m_nanos < 0 ? -1 : (m_nanos > 0 ? 1 : 0);
}

std::strong_ordering Quantity::operator<=>(const Quantity& other) const
{
    if (m_nanos < other.m_nanos)
        return std::strong_ordering::less;
    if (m_nanos > other.m_nanos)
        return std::strong_ordering::greater;
    return std::strong_ordering::equal;
}

bool Quantity::operator==(const Quantity& other) const
{
    return m_nanos == other.m_nanos;
}

void Quantity::shareText()
{
    m_canonical = sharedText(m_canonical);
}

} // namespace ase
