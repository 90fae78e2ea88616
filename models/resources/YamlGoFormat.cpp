// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "models/resources/YamlGoFormat.h"

#include <QChar>

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace ase::yaml {

namespace {

inline bool runeIsLetter(char32_t c)
{
    if (c < 0x80)
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    return QChar::isLetter(c);
}

inline bool runeIsDigit(char32_t c)
{
    if (c < 0x80)
        return c >= '0' && c <= '9';
    return QChar::isDigit(c);
}

/// The runes (code points) of a key, decoded on the fly without allocating.
class Runes final
{
public:
    explicit Runes(QStringView s)
    {
        for (qsizetype i = 0; i < s.size(); ++i) {
            const char16_t c = s[i].unicode();
            if (QChar::isHighSurrogate(c) && i + 1 < s.size() && QChar::isLowSurrogate(s[i + 1].unicode())) {
                m_wide.reserve(std::size_t(s.size()));
                for (qsizetype k = 0; k < s.size(); ++k) {
                    const char16_t u = s[k].unicode();
                    if (QChar::isHighSurrogate(u) && k + 1 < s.size()
                        && QChar::isLowSurrogate(s[k + 1].unicode())) {
                        m_wide.push_back(QChar::surrogateToUcs4(u, s[k + 1].unicode()));
                        ++k;
                    } else {
                        m_wide.push_back(u);
                    }
                }
                m_size = m_wide.size();
                return;
            }
        }
        m_narrow = s;
        m_size = std::size_t(s.size());
    }
    std::size_t size() const { return m_size; }
    char32_t operator[](std::size_t i) const
    {
        return m_wide.empty() ? char32_t(m_narrow[qsizetype(i)].unicode()) : m_wide[i];
    }

private:
    QStringView m_narrow;
    std::vector<char32_t> m_wide; ///< only for keys outside the BMP
    std::size_t m_size = 0;
};

} // namespace

// --- key order (sorter.go keyList.Less, string keys) ---------------------------------------

bool goKeyLess(QStringView a, QStringView b)
{
    const Runes ar(a);
    const Runes br(b);
    for (std::size_t i = 0; i < ar.size() && i < br.size(); ++i) {
        if (ar[i] == br[i])
            continue;
        const bool al = runeIsLetter(ar[i]);
        const bool bl = runeIsLetter(br[i]);
        if (al && bl)
            return ar[i] < br[i];
        if (al || bl)
            return bl;
        qint64 an = 0, bn = 0;
        if (ar[i] == '0' || br[i] == '0') {
            for (std::size_t j = i; j-- > 0 && runeIsDigit(ar[j]);) {
                if (ar[j] != '0') {
                    an = 1;
                    bn = 1;
                    break;
                }
            }
        }
        std::size_t ai = i, bi = i;
        for (; ai < ar.size() && runeIsDigit(ar[ai]); ++ai)
            an = an * 10 + qint64(ar[ai]) - '0';
        for (; bi < br.size() && runeIsDigit(br[bi]); ++bi)
            bn = bn * 10 + qint64(br[bi]) - '0';
        if (an != bn)
            return an < bn;
        if (ai != bi)
            return ai < bi;
        return ar[i] < br[i];
    }
    return ar.size() < br.size();
}

/// Equivalent to goKeyLess for the keys Kubernetes uses almost everywhere: ASCII letters
/// only. Falls back to the full rule when either key has anything else.
bool keyLess(const QString& a, const QString& b)
{
    const qsizetype n = std::min(a.size(), b.size());
    const QChar* pa = a.constData();
    const QChar* pb = b.constData();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t ca = pa[i].unicode();
        const char16_t cb = pb[i].unicode();
        const bool la = (ca >= 'a' && ca <= 'z') || (ca >= 'A' && ca <= 'Z');
        const bool lb = (cb >= 'a' && cb <= 'z') || (cb >= 'A' && cb <= 'Z');
        if (!la || !lb)
            return goKeyLess(a, b);
        if (ca != cb)
            return ca < cb;
    }
    if (a.size() != b.size()) {
        // The longer key continues; go-yaml compares lengths only once a prefix is equal.
        return a.size() < b.size();
    }
    return false;
}

/// Rank of a top-level key in YamlKeyOrder::KubernetesFirst.
int topLevelRank(const QString& key)
{
    if (key == u"apiVersion")
        return 0;
    if (key == u"kind")
        return 1;
    if (key == u"metadata")
        return 2;
    if (key == u"spec")
        return 3;
    if (key == u"status")
        return 4;
    return 5;
}

// --- numbers as kubectl prints them -------------------------------------------------------

/// strconv.FormatFloat(d, 'g', -1, 64): shortest digits; %e when exp < -4 || exp >= 6
/// (Go uses precision 6 for that decision when printing the shortest form).
int formatGoFloat(double d, char* buf)
{
    char sci[64];
    const auto r = std::to_chars(sci, sci + sizeof sci, d, std::chars_format::scientific);
    const std::string_view text(sci, std::size_t(r.ptr - sci));
    const std::size_t e = text.find('e');
    std::string_view mantissa = text.substr(0, e);
    int exp = 0;
    std::from_chars(text.data() + e + 1 + (text[e + 1] == '+' ? 1 : 0), text.data() + text.size(), exp);
    char* p = buf;
    if (!mantissa.empty() && mantissa[0] == '-') {
        *p++ = '-';
        mantissa.remove_prefix(1);
    }
    std::string digits;
    for (const char c : mantissa)
        if (c != '.')
            digits.push_back(c);
    const int nd = int(digits.size());
    if (exp < -4 || exp >= 6) {
        *p++ = digits[0];
        if (nd > 1) {
            *p++ = '.';
            for (int k = 1; k < nd; ++k)
                *p++ = digits[std::size_t(k)];
        }
        *p++ = 'e';
        *p++ = exp < 0 ? '-' : '+';
        const int ax = std::abs(exp);
        if (ax < 10)
            *p++ = '0';
        p = std::to_chars(p, p + 8, ax).ptr;
        return int(p - buf);
    }
    const int dp = exp + 1; // digits before the decimal point
    if (dp > 0) {
        for (int k = 0; k < dp; ++k)
            *p++ = k < nd ? digits[std::size_t(k)] : '0';
    } else {
        *p++ = '0';
    }
    if (nd > dp) {
        *p++ = '.';
        for (int k = dp; k < nd; ++k)
            *p++ = k < 0 ? '0' : digits[std::size_t(k)];
    }
    return int(p - buf);
}

/// kubectl prints objects through json.Marshal and go-yaml: an integral number below
/// 1e21 comes out as an integer, any other as Go's shortest 'g' format.
int formatNumber(QJsonValueConstRef v, char* buf)
{
    const double d = v.toDouble();
    const qint64 i = v.toInteger(0);
    if (i != 0 || d == 0.0)
        return int(std::to_chars(buf, buf + 32, i).ptr - buf);
    if (std::isnan(d)) {
        std::memcpy(buf, ".nan", 4);
        return 4;
    }
    if (std::isinf(d)) {
        const char* t = d > 0 ? ".inf" : "-.inf";
        const int n = d > 0 ? 4 : 5;
        std::memcpy(buf, t, std::size_t(n));
        return n;
    }
    if (d == std::trunc(d) && std::fabs(d) < 1e21)
        return int(std::to_chars(buf, buf + 63, d, std::chars_format::fixed).ptr - buf);
    return formatGoFloat(d, buf);
}

} // namespace ase::yaml
