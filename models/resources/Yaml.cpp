#include "models/resources/Yaml.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonValue>

// GCC 14 at -O2/-O3 reports a false "dangling pointer to an unnamed temporary" inside
// yaml-cpp's node/impl.h (Node::Mark, Node::Type); the pointer is a member of a live Node.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdangling-pointer"
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

// Why a hand-written emitter: the YAML the user reads, exports and diffs must look
// exactly like `kubectl get -o yaml`, which is go-yaml v2 (via sigs.k8s.io/yaml) with its
// own layout rules: sequences inside mappings are not indented, keys follow go-yaml's
// "natural" order, strings are double-quoted only when a YAML 1.1 reader would take them
// for another type and single-quoted when they merely contain indicators, long scalars
// fold at column 80. yaml-cpp's YAML::Emitter cannot produce that layout (it indents
// block sequences, quotes differently, never folds) and builds a node tree per call,
// which is slow. So the emitter below ports the parts of go-yaml v2 that matter
// (emitterc.go: analyze_scalar, select_scalar_style, write_* ; resolve.go; sorter.go)
// onto a single append-only QByteArray. Parsing uses yaml-cpp.

namespace ase {

namespace {

// --- go-yaml's character classes (yamlprivateh.go), on UTF-8 bytes -----------------------

using Bytes = std::string_view;

inline unsigned char at(Bytes s, std::size_t i)
{
    return i < s.size() ? static_cast<unsigned char>(s[i]) : 0;
}

inline int width(unsigned char c)
{
    if ((c & 0x80) == 0x00)
        return 1;
    if ((c & 0xE0) == 0xC0)
        return 2;
    if ((c & 0xF0) == 0xE0)
        return 3;
    if ((c & 0xF8) == 0xF0)
        return 4;
    return 1; // invalid lead byte: never produced by our own UTF-8 encoder
}

inline bool isSpace(Bytes s, std::size_t i)
{
    return at(s, i) == ' ';
}
inline bool isBlank(Bytes s, std::size_t i)
{
    return at(s, i) == ' ' || at(s, i) == '\t';
}

inline bool isBreak(Bytes s, std::size_t i)
{
    const unsigned char c = at(s, i);
    return c == '\r' || c == '\n' || (c == 0xC2 && at(s, i + 1) == 0x85)
        || (c == 0xE2 && at(s, i + 1) == 0x80 && (at(s, i + 2) == 0xA8 || at(s, i + 2) == 0xA9));
}

inline bool isBreakZ(Bytes s, std::size_t i)
{
    return i >= s.size() || at(s, i) == 0 || isBreak(s, i);
}
inline bool isBlankZ(Bytes s, std::size_t i)
{
    return isBlank(s, i) || isBreakZ(s, i);
}

inline bool isBom(Bytes s, std::size_t i)
{
    return at(s, i) == 0xEF && at(s, i + 1) == 0xBB && at(s, i + 2) == 0xBF;
}

inline bool isPrintable(Bytes s, std::size_t i)
{
    const unsigned char c = at(s, i);
    const unsigned char c1 = at(s, i + 1);
    const unsigned char c2 = at(s, i + 2);
    return c == 0x0A || (c >= 0x20 && c <= 0x7E) || (c == 0xC2 && c1 >= 0xA0) || (c > 0xC2 && c < 0xED)
        || (c == 0xED && c1 < 0xA0) || c == 0xEE
        || (c == 0xEF && !(c1 == 0xBB && c2 == 0xBF) && !(c1 == 0xBF && (c2 == 0xBE || c2 == 0xBF)));
}

inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// --- UTF-16 → UTF-8 into a reused buffer (no allocation once it has grown) ---------------

void toUtf8(QStringView in, std::string& out)
{
    out.resize(std::size_t(in.size()) * 3);
    char* p = out.data();
    const char16_t* s = in.utf16();
    const qsizetype n = in.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char32_t c = s[i];
        if (c < 0x80) {
            *p++ = char(c);
        } else if (c < 0x800) {
            *p++ = char(0xC0 | (c >> 6));
            *p++ = char(0x80 | (c & 0x3F));
        } else if (c >= 0xD800 && c < 0xDC00 && i + 1 < n && s[i + 1] >= 0xDC00 && s[i + 1] < 0xE000) {
            const char32_t cp = 0x10000 + ((c - 0xD800) << 10) + (char32_t(s[i + 1]) - 0xDC00);
            ++i;
            *p++ = char(0xF0 | (cp >> 18));
            *p++ = char(0x80 | ((cp >> 12) & 0x3F));
            *p++ = char(0x80 | ((cp >> 6) & 0x3F));
            *p++ = char(0x80 | (cp & 0x3F));
        } else {
            const char32_t cp = (c >= 0xD800 && c < 0xE000) ? char32_t(0xFFFD) : c; // lone surrogate
            *p++ = char(0xE0 | (cp >> 12));
            *p++ = char(0x80 | ((cp >> 6) & 0x3F));
            *p++ = char(0x80 | (cp & 0x3F));
        }
    }
    out.resize(std::size_t(p - out.data()));
}

// --- go-yaml v2 resolve(): would this plain scalar be read back as something else? -------

bool inResolveMap(Bytes s)
{
    static constexpr std::string_view words[] = {
        "y",
        "Y",
        "yes",
        "Yes",
        "YES",
        "true",
        "True",
        "TRUE",
        "on",
        "On",
        "ON",
        "n",
        "N",
        "no",
        "No",
        "NO",
        "false",
        "False",
        "FALSE",
        "off",
        "Off",
        "OFF",
        "",
        "~",
        "null",
        "Null",
        "NULL",
        ".nan",
        ".NaN",
        ".NAN",
        ".inf",
        ".Inf",
        ".INF",
        "+.inf",
        "+.Inf",
        "+.INF",
        "-.inf",
        "-.Inf",
        "-.INF",
    };
    return std::find(std::begin(words), std::end(words), s) != std::end(words);
}

/// strconv.ParseFloat succeeds (no syntax error, no overflow) on a string that already
/// matched one of the decimal float patterns.
bool parseFloatFinite(Bytes s, double* value)
{
    const std::string copy(s);
    const double v = std::strtod(copy.c_str(), nullptr);
    if (std::isinf(v))
        return false;
    if (value)
        *value = v;
    return true;
}

/// go-yaml's yamlStyleFloat: ^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$
bool matchesYamlFloat(Bytes s)
{
    std::size_t i = 0;
    if (i < s.size() && (s[i] == '+' || s[i] == '-'))
        ++i;
    if (i < s.size() && s[i] == '.') {
        ++i;
        const std::size_t start = i;
        while (i < s.size() && isDigit(s[i]))
            ++i;
        if (i == start)
            return false;
    } else {
        const std::size_t start = i;
        while (i < s.size() && isDigit(s[i]))
            ++i;
        if (i == start)
            return false;
        if (i < s.size() && s[i] == '.') {
            ++i;
            while (i < s.size() && isDigit(s[i]))
                ++i;
        }
    }
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < s.size() && (s[i] == '+' || s[i] == '-'))
            ++i;
        const std::size_t start = i;
        while (i < s.size() && isDigit(s[i]))
            ++i;
        if (i == start)
            return false;
    }
    return i == s.size();
}

enum class GoInt { NotInt, Int64, Unsigned }; // Unsigned: > int64, read as uint64 or big.Int

/// strconv.ParseInt(s, 0, 64), then ParseUint, then big.Int, as resolve() tries them on
/// a string without underscores.
GoInt parseGoInt(Bytes s, qint64* value)
{
    std::size_t i = 0;
    bool negative = false;
    const bool signedForm = !s.empty() && (s[0] == '+' || s[0] == '-');
    if (signedForm) {
        negative = s[0] == '-';
        ++i;
    }
    Bytes digits = s.substr(i);
    if (digits.empty())
        return GoInt::NotInt;
    int base = 10;
    if (digits[0] == '0') {
        const char p = digits.size() >= 3 ? char(digits[1] | 0x20) : 0;
        if (p == 'b' || p == 'o' || p == 'x') {
            base = p == 'b' ? 2 : (p == 'o' ? 8 : 16);
            digits = digits.substr(2);
        } else {
            base = 8;
            digits = digits.substr(1);
        }
    }
    quint64 magnitude = 0;
    bool overflow = false;
    for (const char ch : digits) {
        int d = -1;
        if (isDigit(ch))
            d = ch - '0';
        else if (ch >= 'a' && ch <= 'f')
            d = ch - 'a' + 10;
        else if (ch >= 'A' && ch <= 'F')
            d = ch - 'A' + 10;
        if (d < 0 || d >= base)
            return GoInt::NotInt;
        if (!overflow) {
            if (magnitude > (~quint64(0) - quint64(d)) / quint64(base))
                overflow = true;
            else
                magnitude = magnitude * quint64(base) + quint64(d);
        }
    }
    const quint64 limit = negative ? (quint64(1) << 63) : (quint64(1) << 63) - 1;
    if (!overflow && magnitude <= limit) {
        if (value)
            *value = negative ? qint64(quint64(0) - magnitude) : qint64(magnitude);
        return GoInt::Int64;
    }
    // ParseUint accepts no sign at all; only then does resolve() fall back to uint64/big.Int.
    return signedForm ? GoInt::NotInt : GoInt::Unsigned;
}

bool leapYear(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

/// Reads 1 or 2 digits (Go's getnum with fixed=false).
bool getNum(Bytes s, std::size_t& i, int& out)
{
    if (i >= s.size() || !isDigit(s[i]))
        return false;
    out = s[i++] - '0';
    if (i < s.size() && isDigit(s[i]))
        out = out * 10 + (s[i++] - '0');
    return true;
}

/// resolve()'s parseTimestamp: time.Parse with "2006-1-2T15:4:5.999999999Z07:00" (also
/// lower-case t), "2006-1-2 15:4:5.999999999" and "2006-1-2".
bool isGoTimestamp(Bytes s)
{
    if (s.size() < 5 || !isDigit(s[0]) || !isDigit(s[1]) || !isDigit(s[2]) || !isDigit(s[3]) || s[4] != '-')
        return false;
    const int year = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
    std::size_t i = 5;
    int month = 0, day = 0;
    if (!getNum(s, i, month) || month < 1 || month > 12 || i >= s.size() || s[i] != '-')
        return false;
    ++i;
    if (!getNum(s, i, day))
        return false;
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const int maxDay = days[month - 1] + ((month == 2 && leapYear(year)) ? 1 : 0);
    if (day < 1 || day > maxDay)
        return false;
    if (i == s.size())
        return true;
    const char sep = s[i];
    if (sep != 'T' && sep != 't' && sep != ' ')
        return false;
    ++i;
    if (sep == ' ')
        while (i < s.size() && s[i] == ' ')
            ++i;
    int hour = 0, minute = 0, second = 0;
    if (!getNum(s, i, hour) || hour > 23 || i >= s.size() || s[i] != ':')
        return false;
    ++i;
    if (!getNum(s, i, minute) || minute > 59 || i >= s.size() || s[i] != ':')
        return false;
    ++i;
    if (!getNum(s, i, second) || second > 59)
        return false;
    if (i + 1 < s.size() && (s[i] == '.' || s[i] == ',') && isDigit(s[i + 1])) {
        ++i;
        while (i < s.size() && isDigit(s[i]))
            ++i;
    }
    if (sep == ' ')
        return i == s.size();
    if (i < s.size() && s[i] == 'Z')
        return i + 1 == s.size();
    if (s.size() - i != 6 || (s[i] != '+' && s[i] != '-') || s[i + 3] != ':' || !isDigit(s[i + 1])
        || !isDigit(s[i + 2]) || !isDigit(s[i + 4]) || !isDigit(s[i + 5]))
        return false;
    const int offHour = (s[i + 1] - '0') * 10 + (s[i + 2] - '0');
    const int offMinute = (s[i + 4] - '0') * 10 + (s[i + 5] - '0');
    return offHour <= 24 && offMinute <= 60;
}

/// encode.go isBase60Float: ^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$
bool base60Rest(Bytes s, std::size_t i, bool haveGroup)
{
    if (i == s.size())
        return haveGroup;
    if (s[i] == '.') {
        if (!haveGroup)
            return false;
        for (++i; i < s.size(); ++i)
            if (!isDigit(s[i]) && s[i] != '_')
                return false;
        return true;
    }
    if (s[i] != ':')
        return false;
    ++i;
    if (i + 1 < s.size() && s[i] >= '0' && s[i] <= '5' && isDigit(s[i + 1]) && base60Rest(s, i + 2, true))
        return true;
    return i < s.size() && isDigit(s[i]) && base60Rest(s, i + 1, true);
}

bool isBase60Float(Bytes s)
{
    if (s.empty() || !(s[0] == '+' || s[0] == '-' || isDigit(s[0])) || s.find(':') == Bytes::npos)
        return false;
    std::size_t i = (s[0] == '+' || s[0] == '-') ? 1 : 0;
    if (i >= s.size() || !isDigit(s[i]))
        return false;
    for (++i; i < s.size() && (isDigit(s[i]) || s[i] == '_'); ++i) { }
    return base60Rest(s, i, false);
}

enum class Hint { None, Sign, Digit, Map, Dot };

Hint resolveHint(Bytes s)
{
    if (s.empty())
        return Hint::Map; // "" resolves to null through the map
    const char c = s[0];
    if (c == '+' || c == '-')
        return Hint::Sign;
    if (isDigit(c))
        return Hint::Digit;
    if (c == '.')
        return Hint::Dot;
    switch (c) {
    case 'y':
    case 'Y':
    case 'n':
    case 'N':
    case 't':
    case 'T':
    case 'f':
    case 'F':
    case 'o':
    case 'O':
    case '~':
        return Hint::Map;
    default:
        return Hint::None;
    }
}

std::string withoutUnderscores(Bytes s)
{
    std::string plain;
    plain.reserve(s.size());
    for (const char c : s)
        if (c != '_')
            plain.push_back(c);
    return plain;
}

/// True when go-yaml would read the unquoted text back as something other than a string
/// (bool, null, int, float, timestamp), so that it must be written double-quoted.
bool resolvesToNonString(Bytes s)
{
    const Hint hint = resolveHint(s);
    if (hint == Hint::None)
        return false;
    if (inResolveMap(s))
        return true;
    switch (hint) {
    case Hint::Dot:
        return s.size() > 1 && isDigit(s[1]) && matchesYamlFloat(s) && parseFloatFinite(s, nullptr);
    case Hint::Sign:
    case Hint::Digit: {
        if (isGoTimestamp(s))
            return true;
        const std::string plain = withoutUnderscores(s);
        if (parseGoInt(plain, nullptr) != GoInt::NotInt)
            return true;
        return matchesYamlFloat(plain) && parseFloatFinite(plain, nullptr);
    }
    default:
        return false;
    }
}

// --- go-yaml v2 key order (sorter.go keyList.Less, string keys) ---------------------------

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

// --- the emitter ---------------------------------------------------------------------------

struct ScalarInfo
{
    bool multiline = false;
    bool blockPlainAllowed = true;
    bool singleQuotedAllowed = true;
    bool blockAllowed = true;
};

/// yaml_emitter_analyze_scalar, block context (flow_plain_allowed is never needed:
/// the only flow collections we write are empty).
ScalarInfo analyzeScalar(Bytes v)
{
    ScalarInfo info;
    if (v.empty()) {
        info.blockAllowed = false;
        return info;
    }
    bool blockIndicators = false;
    bool lineBreaks = false, specialCharacters = false;
    bool leadingSpace = false, leadingBreak = false, trailingSpace = false, trailingBreak = false;
    bool breakSpace = false, spaceBreak = false;
    bool precededByWhitespace = true, previousSpace = false, previousBreak = false;

    if (v.size() >= 3
        && ((v[0] == '-' && v[1] == '-' && v[2] == '-') || (v[0] == '.' && v[1] == '.' && v[2] == '.')))
        blockIndicators = true;

    for (std::size_t i = 0, w = 0; i < v.size(); i += w) {
        w = std::size_t(width(at(v, i)));
        const bool followedByWhitespace = i + w >= v.size() || isBlank(v, i + w);
        const char c = v[i];
        if (i == 0) {
            switch (c) {
            case '#':
            case ',':
            case '[':
            case ']':
            case '{':
            case '}':
            case '&':
            case '*':
            case '!':
            case '|':
            case '>':
            case '\'':
            case '"':
            case '%':
            case '@':
            case '`':
                blockIndicators = true;
                break;
            case '?':
            case ':':
            case '-':
                if (followedByWhitespace)
                    blockIndicators = true;
                break;
            default:
                break;
            }
        } else {
            if (c == ':' && followedByWhitespace)
                blockIndicators = true;
            else if (c == '#' && precededByWhitespace)
                blockIndicators = true;
        }
        if (!isPrintable(v, i))
            specialCharacters = true; // emitter.unicode is set: non-ASCII is fine
        if (isSpace(v, i)) {
            if (i == 0)
                leadingSpace = true;
            if (i + w == v.size())
                trailingSpace = true;
            if (previousBreak)
                breakSpace = true;
            previousSpace = true;
            previousBreak = false;
        } else if (isBreak(v, i)) {
            lineBreaks = true;
            if (i == 0)
                leadingBreak = true;
            if (i + w == v.size())
                trailingBreak = true;
            if (previousSpace)
                spaceBreak = true;
            previousSpace = false;
            previousBreak = true;
        } else {
            previousSpace = false;
            previousBreak = false;
        }
        precededByWhitespace = isBlankZ(v, i);
    }

    info.multiline = lineBreaks;
    if (leadingSpace || leadingBreak || trailingSpace || trailingBreak)
        info.blockPlainAllowed = false;
    if (trailingSpace)
        info.blockAllowed = false;
    if (breakSpace) {
        info.blockPlainAllowed = false;
        info.singleQuotedAllowed = false;
    }
    if (spaceBreak || specialCharacters) {
        info.blockPlainAllowed = false;
        info.singleQuotedAllowed = false;
        info.blockAllowed = false;
    }
    if (lineBreaks)
        info.blockPlainAllowed = false;
    if (blockIndicators)
        info.blockPlainAllowed = false;
    return info;
}

enum class Style { Plain, Single, Double, Literal };

constexpr int bestWidth = 80;
constexpr int bestIndent = 2;

class Emitter final
{
public:
    Emitter(QByteArray& out, YamlKeyOrder order)
        : m_out(out)
        , m_order(order)
    { }

    void document(const QJsonObject& object, bool first)
    {
        if (!first) {
            // A later document starts with an explicit "---" (emit_document_start).
            writeIndent();
            writeIndicator("---", true, false, false);
        }
        emitObject(object, Ctx {}, true);
        writeIndent(); // document end: terminate the last line
    }

private:
    struct Ctx
    {
        bool sequence = false;
        bool mapping = false;
        bool simpleKey = false;
    };
    struct Entry
    {
        QString key;
        qsizetype index = 0;
        int rank = 0;
    };

    // Output primitives (emitterc.go put, put_break, write, write_break).
    void put(char c)
    {
        m_out.append(c);
        ++m_column;
    }
    void putBreak()
    {
        m_out.append('\n');
        m_column = 0;
    }
    void write(Bytes s, std::size_t& i)
    {
        const std::size_t w = std::size_t(width(at(s, i)));
        m_out.append(s.data() + i, qsizetype(std::min(w, s.size() - i)));
        ++m_column;
        i += w;
    }
    void writeBreak(Bytes s, std::size_t& i)
    {
        if (s[i] == '\n') {
            putBreak();
            ++i;
        } else {
            write(s, i);
            m_column = 0;
        }
    }

    void writeIndent()
    {
        const int indent = std::max(m_indent, 0);
        if (!m_indention || m_column > indent || (m_column == indent && !m_whitespace))
            putBreak();
        if (m_column < indent) {
            m_out.append(indent - m_column, ' ');
            m_column = indent;
        }
        m_whitespace = true;
        m_indention = true;
    }

    void writeIndicator(std::string_view indicator, bool needWhitespace, bool isWhitespace, bool isIndention)
    {
        if (needWhitespace && !m_whitespace)
            put(' ');
        m_out.append(indicator.data(), qsizetype(indicator.size()));
        m_column += int(indicator.size());
        m_whitespace = isWhitespace;
        m_indention = m_indention && isIndention;
    }

    // Nodes.
    void emitValue(QJsonValueConstRef v, Ctx ctx)
    {
        switch (v.type()) {
        case QJsonValue::Object:
            emitObject(v.toObject(), ctx, false);
            break;
        case QJsonValue::Array:
            emitArray(v.toArray(), ctx);
            break;
        case QJsonValue::String:
            emitString(v.toString(), ctx);
            break;
        case QJsonValue::Bool:
            emitPlainToken(v.toBool() ? std::string_view("true") : std::string_view("false"));
            break;
        case QJsonValue::Double: {
            char buf[64];
            const int n = formatNumber(v, buf);
            emitPlainToken(std::string_view(buf, std::size_t(n)));
            break;
        }
        case QJsonValue::Null:
        case QJsonValue::Undefined:
            emitPlainToken("null");
            break;
        }
    }

    /// null, booleans and numbers: plain, single line, never folded.
    void emitPlainToken(std::string_view token)
    {
        if (!m_whitespace)
            put(' ');
        m_out.append(token.data(), qsizetype(token.size()));
        m_column += int(token.size());
        m_whitespace = false;
        m_indention = false;
    }

    void emitObject(const QJsonObject& object, Ctx ctx, bool topLevel)
    {
        Q_UNUSED(ctx);
        if (object.isEmpty()) {
            writeIndicator("{", true, true, false);
            writeIndicator("}", false, false, false);
            return;
        }
        // Collect and order the keys; one vector per depth, reused across calls (deeper
        // levels use the next vectors, so this one stays intact while we recurse).
        if (m_depth >= m_pool.size())
            m_pool.resize(m_depth + 1);
        std::vector<Entry>& entries = m_pool[m_depth];
        entries.clear();
        qsizetype index = 0;
        const bool ranked = topLevel && m_order == YamlKeyOrder::KubernetesFirst;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it, ++index) {
            QString key = it.key();
            const int rank = ranked ? topLevelRank(key) : 0;
            entries.push_back(Entry {std::move(key), index, rank});
        }
        std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
            if (a.rank != b.rank)
                return a.rank < b.rank;
            return keyLess(a.key, b.key);
        });

        const bool isList = topLevel && object.value(u"kind").toString().endsWith(u"List");
        const int saved = m_indent;
        m_indent = m_indent < 0 ? 0 : m_indent + bestIndent;
        ++m_depth;
        const auto begin = object.constBegin();
        for (const Entry& entry : entries) {
            writeIndent();
            toUtf8(entry.key, m_utf8);
            const ScalarInfo info = analyzeScalar(m_utf8);
            const bool simple = !info.multiline && m_utf8.size() <= 128; // check_simple_key
            if (simple) {
                emitStringScalar(m_utf8, info, Ctx {false, true, true});
                writeIndicator(":", false, false, false);
            } else {
                writeIndicator("?", true, false, true);
                emitStringScalar(m_utf8, info, Ctx {false, true, false});
                writeIndent();
                writeIndicator(":", true, false, true);
            }
            const QJsonValueConstRef value = *(begin + entry.index);
            if (isList && value.isArray() && entry.key == u"items")
                emitItems(value.toArray());
            else
                emitValue(value, Ctx {false, true, false});
        }
        --m_depth;
        m_indent = saved;
    }

    /// The items of a top-level List: each item is an object in its own right and gets
    /// the top-level key order.
    void emitItems(const QJsonArray& items) { emitSequence(items, Ctx {false, true, false}, true); }

    void emitArray(const QJsonArray& array, Ctx ctx) { emitSequence(array, ctx, false); }

    void emitSequence(const QJsonArray& array, Ctx ctx, bool itemsAreObjects)
    {
        if (array.isEmpty()) {
            writeIndicator("[", true, true, false);
            writeIndicator("]", false, false, false);
            return;
        }
        const int saved = m_indent;
        const bool indentless = ctx.mapping && !m_indention;
        if (m_indent < 0)
            m_indent = 0;
        else if (!indentless)
            m_indent += bestIndent;
        for (auto it = array.constBegin(); it != array.constEnd(); ++it) {
            writeIndent();
            writeIndicator("-", true, false, true);
            const QJsonValueConstRef item = *it;
            if (itemsAreObjects && item.isObject())
                emitObject(item.toObject(), Ctx {true, false, false}, true);
            else
                emitValue(item, Ctx {true, false, false});
        }
        m_indent = saved;
    }

    void emitString(const QString& s, Ctx ctx)
    {
        toUtf8(s, m_utf8);
        emitStringScalar(m_utf8, analyzeScalar(m_utf8), ctx);
    }

    /// encode.go stringv + emitterc.go select_scalar_style + process_scalar.
    void emitStringScalar(Bytes v, const ScalarInfo& info, Ctx ctx)
    {
        const bool canUsePlain = !resolvesToNonString(v) && !isBase60Float(v);
        Style style
            = v.find('\n') != Bytes::npos ? Style::Literal : (canUsePlain ? Style::Plain : Style::Double);
        if (ctx.simpleKey && info.multiline)
            style = Style::Double;
        if (style == Style::Plain) {
            if (!info.blockPlainAllowed)
                style = Style::Single;
            if (v.empty() && ctx.simpleKey)
                style = Style::Single;
        }
        if (style == Style::Single && !info.singleQuotedAllowed)
            style = Style::Double;
        if (style == Style::Literal && (!info.blockAllowed || ctx.simpleKey))
            style = Style::Double;

        const int saved = m_indent;
        m_indent = m_indent < 0 ? bestIndent : m_indent + bestIndent; // increase_indent(flow=true)
        const bool allowBreaks = !ctx.simpleKey;
        switch (style) {
        case Style::Plain:
            writePlain(v, allowBreaks);
            break;
        case Style::Single:
            writeSingleQuoted(v, allowBreaks);
            break;
        case Style::Double:
            writeDoubleQuoted(v, allowBreaks);
            break;
        case Style::Literal:
            writeLiteral(v);
            break;
        }
        m_indent = saved;
    }

    void writePlain(Bytes v, bool allowBreaks)
    {
        if (!m_whitespace)
            put(' ');
        // Fast path: nothing to fold, no breaks: copy it whole.
        if (v.find_first_of(" \r\n\xC2\xE2") == Bytes::npos
            || (!allowBreaks && v.find_first_of("\r\n\xC2\xE2") == Bytes::npos)) {
            m_out.append(v.data(), qsizetype(v.size()));
            for (const char c : v)
                if ((static_cast<unsigned char>(c) & 0xC0) != 0x80)
                    ++m_column;
        } else {
            writeFolding(v, allowBreaks, false);
        }
        m_whitespace = false;
        m_indention = false;
    }

    void writeSingleQuoted(Bytes v, bool allowBreaks)
    {
        writeIndicator("'", true, false, false);
        writeFolding(v, allowBreaks, true);
        writeIndicator("'", false, false, false);
        m_whitespace = false;
        m_indention = false;
    }

    /// The loop write_plain_scalar and write_single_quoted_scalar share: a space past
    /// column 80 becomes a line break (not the first or last character when quoted),
    /// a line break is doubled, a quote is doubled when quoted.
    void writeFolding(Bytes v, bool allowBreaks, bool quoted)
    {
        bool spaces = false, breaks = false;
        for (std::size_t i = 0; i < v.size();) {
            if (isSpace(v, i)) {
                const bool inside = !quoted || (i > 0 && i < v.size() - 1);
                if (allowBreaks && !spaces && m_column > bestWidth && inside && !isSpace(v, i + 1)) {
                    writeIndent();
                    i += std::size_t(width(at(v, i)));
                } else {
                    write(v, i);
                }
                spaces = true;
            } else if (isBreak(v, i)) {
                if (!breaks && v[i] == '\n')
                    putBreak();
                writeBreak(v, i);
                m_indention = true;
                breaks = true;
            } else {
                if (breaks)
                    writeIndent();
                if (quoted && v[i] == '\'')
                    put('\'');
                write(v, i);
                m_indention = false;
                spaces = false;
                breaks = false;
            }
        }
    }

    void writeDoubleQuoted(Bytes v, bool allowBreaks)
    {
        static constexpr char hex[] = "0123456789ABCDEF";
        bool spaces = false;
        writeIndicator("\"", true, false, false);
        for (std::size_t i = 0; i < v.size();) {
            if (!isPrintable(v, i) || isBom(v, i) || isBreak(v, i) || v[i] == '"' || v[i] == '\\') {
                unsigned char octet = at(v, i);
                int w = 1;
                char32_t cp = octet & 0x7F;
                if ((octet & 0xE0) == 0xC0) {
                    w = 2;
                    cp = octet & 0x1F;
                } else if ((octet & 0xF0) == 0xE0) {
                    w = 3;
                    cp = octet & 0x0F;
                } else if ((octet & 0xF8) == 0xF0) {
                    w = 4;
                    cp = octet & 0x07;
                }
                for (int k = 1; k < w; ++k)
                    cp = (cp << 6) + (at(v, i + std::size_t(k)) & 0x3F);
                i += std::size_t(w);
                put('\\');
                switch (cp) {
                case 0x00:
                    put('0');
                    break;
                case 0x07:
                    put('a');
                    break;
                case 0x08:
                    put('b');
                    break;
                case 0x09:
                    put('t');
                    break;
                case 0x0A:
                    put('n');
                    break;
                case 0x0B:
                    put('v');
                    break;
                case 0x0C:
                    put('f');
                    break;
                case 0x0D:
                    put('r');
                    break;
                case 0x1B:
                    put('e');
                    break;
                case 0x22:
                    put('"');
                    break;
                case 0x5C:
                    put('\\');
                    break;
                case 0x85:
                    put('N');
                    break;
                case 0xA0:
                    put('_');
                    break;
                case 0x2028:
                    put('L');
                    break;
                case 0x2029:
                    put('P');
                    break;
                default: {
                    int digits = 8;
                    if (cp <= 0xFF) {
                        put('x');
                        digits = 2;
                    } else if (cp <= 0xFFFF) {
                        put('u');
                        digits = 4;
                    } else {
                        put('U');
                    }
                    for (int k = (digits - 1) * 4; k >= 0; k -= 4)
                        put(hex[(cp >> k) & 0x0F]);
                    break;
                }
                }
                spaces = false;
            } else if (isSpace(v, i)) {
                if (allowBreaks && !spaces && m_column > bestWidth && i > 0 && i < v.size() - 1) {
                    writeIndent();
                    if (isSpace(v, i + 1))
                        put('\\');
                    i += std::size_t(width(at(v, i)));
                } else {
                    write(v, i);
                }
                spaces = true;
            } else {
                write(v, i);
                spaces = false;
            }
        }
        writeIndicator("\"", false, false, false);
        m_whitespace = false;
        m_indention = false;
    }

    void writeLiteral(Bytes v)
    {
        writeIndicator("|", true, false, false);
        // yaml_emitter_write_block_scalar_hints
        if (isSpace(v, 0) || isBreak(v, 0)) {
            const char hint = char('0' + bestIndent);
            writeIndicator(std::string_view(&hint, 1), false, false, false);
        }
        char chomp = 0;
        if (v.empty()) {
            chomp = '-';
        } else {
            std::size_t i = v.size() - 1;
            while ((static_cast<unsigned char>(v[i]) & 0xC0) == 0x80)
                --i;
            if (!isBreak(v, i)) {
                chomp = '-';
            } else if (i == 0) {
                chomp = '+';
            } else {
                --i;
                while ((static_cast<unsigned char>(v[i]) & 0xC0) == 0x80)
                    --i;
                if (isBreak(v, i))
                    chomp = '+';
            }
        }
        if (chomp)
            writeIndicator(std::string_view(&chomp, 1), false, false, false);
        putBreak();
        m_indention = true;
        m_whitespace = true;
        bool breaks = true;
        for (std::size_t i = 0; i < v.size();) {
            if (isBreak(v, i)) {
                writeBreak(v, i);
                m_indention = true;
                breaks = true;
            } else {
                if (breaks)
                    writeIndent();
                write(v, i);
                m_indention = false;
                breaks = false;
            }
        }
    }

    QByteArray& m_out;
    YamlKeyOrder m_order;
    int m_indent = -1;
    int m_column = 0;
    bool m_whitespace = true;
    bool m_indention = true;
    std::size_t m_depth = 0;
    std::deque<std::vector<Entry>> m_pool; ///< per depth; a deque keeps references stable as it grows
    std::string m_utf8;
};

// --- parsing -------------------------------------------------------------------------------

/// The 1-based document a 0-based line falls in, counting "---" markers.
int documentAtLine(QByteArrayView yaml, int line)
{
    int document = 1;
    bool content = false;
    int current = 0;
    qsizetype start = 0;
    while (start < yaml.size() && current < line) {
        qsizetype end = yaml.indexOf('\n', start);
        if (end < 0)
            end = yaml.size();
        const QByteArrayView text = yaml.sliced(start, end - start);
        const bool marker = text.startsWith("---")
            && (text.size() == 3 || text[3] == ' ' || text[3] == '\t' || text[3] == '\r');
        if (marker) {
            if (content)
                ++document;
            content = true;
        } else if (text.startsWith("...")) {
            content = false;
        } else {
            const QByteArrayView trimmed = text.trimmed();
            if (!trimmed.isEmpty() && !trimmed.startsWith('#'))
                content = true;
        }
        start = end + 1;
        ++current;
    }
    // The error line itself may be the marker of a new document.
    if (start < yaml.size()) {
        const QByteArrayView rest = yaml.sliced(start);
        if (content && rest.startsWith("---"))
            ++document;
    }
    return document;
}

/// Builds QJsonObjects straight from yaml-cpp's parse events: no YAML::Node graph in
/// between, which halves the time and the memory of YAML::LoadAll. Aliases share the
/// anchored value (QJson containers are implicitly shared), so they cost no copies.
class JsonBuilder final : public YAML::EventHandler
{
public:
    /// A problem in the content (not the syntax): reported with the node's position.
    struct ContentError
    {
        YAML::Mark mark;
        QString message;
    };

    void OnDocumentStart(const YAML::Mark&) override
    {
        m_stack.clear();
        m_root = QJsonValue(QJsonValue::Undefined);
    }
    void OnDocumentEnd() override { }

    void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override
    {
        if (expectingKey()) {
            setKey(QStringLiteral("null"), mark);
            return;
        }
        add(QJsonValue(QJsonValue::Null), anchor, mark);
    }

    void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override
    {
        const QJsonValue value = m_anchors.value(anchor);
        if (expectingKey()) {
            if (!value.isString())
                throw ContentError {mark, keyMessage()};
            setKey(value.toString(), mark);
            return;
        }
        add(value, 0, mark);
    }

    void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
        const std::string& text) override
    {
        const QString string = QString::fromStdString(text);
        if (expectingKey()) {
            if (anchor)
                m_anchors.insert(anchor, string);
            setKey(string, mark);
            return;
        }
        add(scalar(tag, text, string), anchor, mark);
    }

    void OnSequenceStart(
        const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor, YAML::EmitterStyle::value) override
    {
        open(false, anchor, mark);
    }
    void OnSequenceEnd() override { close(); }

    void OnMapStart(
        const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor, YAML::EmitterStyle::value) override
    {
        open(true, anchor, mark);
    }
    void OnMapEnd() override { close(); }

    /// The document's root value (Undefined for an empty document) and where it starts.
    const QJsonValue& root() const { return m_root; }
    const YAML::Mark& rootMark() const { return m_rootMark; }

private:
    struct Frame
    {
        bool isMap = false;
        QJsonObject object;
        QJsonArray array;
        QString key;
        bool haveKey = false;
        YAML::anchor_t anchor = 0;
    };

    static QString keyMessage()
    {
        return QCoreApplication::translate("ase::Yaml", "mapping keys must be strings");
    }

    bool expectingKey() const { return !m_stack.empty() && m_stack.back().isMap && !m_stack.back().haveKey; }

    void setKey(const QString& key, const YAML::Mark& mark)
    {
        Frame& top = m_stack.back();
        if (top.object.contains(key))
            throw ContentError {mark,
                QCoreApplication::translate("ase::Yaml", "mapping key \"%1\" already defined").arg(key)};
        top.key = key;
        top.haveKey = true;
    }

    void open(bool isMap, YAML::anchor_t anchor, const YAML::Mark& mark)
    {
        if (expectingKey())
            throw ContentError {mark, keyMessage()};
        if (m_stack.empty())
            m_rootMark = mark;
        Frame frame;
        frame.isMap = isMap;
        frame.anchor = anchor;
        m_stack.push_back(std::move(frame));
    }

    void close()
    {
        Frame frame = std::move(m_stack.back());
        m_stack.pop_back();
        const QJsonValue value = frame.isMap ? QJsonValue(frame.object) : QJsonValue(frame.array);
        add(value, frame.anchor, YAML::Mark());
    }

    void add(const QJsonValue& value, YAML::anchor_t anchor, const YAML::Mark& mark)
    {
        if (anchor)
            m_anchors.insert(anchor, value);
        if (m_stack.empty()) {
            if (m_root.isUndefined() && !value.isObject() && !value.isArray())
                m_rootMark = mark;
            m_root = value;
            return;
        }
        Frame& top = m_stack.back();
        if (top.isMap) {
            top.object.insert(top.key, value);
            top.haveKey = false;
        } else {
            top.array.append(value);
        }
    }

    static QJsonValue scalar(const std::string& tag, std::string_view text, const QString& string)
    {
        if (tag == "?" || tag.empty())
            return resolvePlain(text, string);
        static const std::string prefix = "tag:yaml.org,2002:";
        if (tag.rfind(prefix, 0) == 0) {
            const std::string_view kind = std::string_view(tag).substr(prefix.size());
            if (kind == "null")
                return QJsonValue(QJsonValue::Null);
            if (kind == "bool" || kind == "int" || kind == "float") {
                const QJsonValue v = resolvePlain(text, string);
                if (!v.isString())
                    return v;
            }
        }
        return string; // quoted, block, !!str and unknown tags
    }

    /// go-yaml v2 resolve() for a plain scalar, as kubectl reads YAML.
    static QJsonValue resolvePlain(std::string_view s, const QString& string)
    {
        const Hint hint = resolveHint(s);
        if (hint == Hint::None)
            return string;
        static constexpr std::string_view trues[]
            = {"y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"};
        static constexpr std::string_view falses[]
            = {"n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"};
        static constexpr std::string_view nulls[] = {"", "~", "null", "Null", "NULL"};
        if (std::find(std::begin(trues), std::end(trues), s) != std::end(trues))
            return true;
        if (std::find(std::begin(falses), std::end(falses), s) != std::end(falses))
            return false;
        if (std::find(std::begin(nulls), std::end(nulls), s) != std::end(nulls))
            return QJsonValue(QJsonValue::Null);
        if (inResolveMap(s)) { // .inf, .nan and friends
            const bool negative = s[0] == '-';
            if (s.find_first_of("nN") == 1)
                return std::nan("");
            return negative ? -HUGE_VAL : HUGE_VAL;
        }
        double d = 0;
        switch (hint) {
        case Hint::Dot:
            if (s.size() > 1 && isDigit(s[1]) && matchesYamlFloat(s) && parseFloatFinite(s, &d))
                return d;
            return string;
        case Hint::Sign:
        case Hint::Digit: {
            if (isGoTimestamp(s))
                return string; // kept as written
            const std::string plain = withoutUnderscores(s);
            qint64 i = 0;
            switch (parseGoInt(plain, &i)) {
            case GoInt::Int64:
                return i;
            case GoInt::Unsigned:
                if (matchesYamlFloat(plain) && parseFloatFinite(plain, &d))
                    return d;
                return string; // beyond 64 bits and not decimal: keep the text
            case GoInt::NotInt:
                break;
            }
            if (matchesYamlFloat(plain) && parseFloatFinite(plain, &d))
                return d;
            return string;
        }
        default:
            return string;
        }
    }

    std::vector<Frame> m_stack;
    QJsonValue m_root;
    YAML::Mark m_rootMark;
    QHash<YAML::anchor_t, QJsonValue> m_anchors;
};

} // namespace

QByteArray toYaml(const QJsonObject& object, YamlKeyOrder order)
{
    QByteArray out;
    out.reserve(1024);
    Emitter emitter(out, order);
    emitter.document(object, true);
    return out;
}

QByteArray toYaml(const QList<QJsonObject>& objects, YamlKeyOrder order)
{
    QByteArray out;
    out.reserve(1024 * objects.size());
    Emitter emitter(out, order);
    bool first = true;
    for (const QJsonObject& object : objects) {
        emitter.document(object, first);
        first = false;
    }
    return out;
}

QString YamlError::toString() const
{
    return QCoreApplication::translate("ase::Yaml", "line %1, column %2: %3")
        .arg(line)
        .arg(column)
        .arg(message);
}

YamlDocuments parseYaml(QByteArrayView yaml)
{
    YamlDocuments result;
    std::istringstream stream(std::string(yaml.data(), std::size_t(yaml.size())));
    JsonBuilder builder;
    int index = 0;
    try {
        YAML::Parser parser(stream);
        for (;;) {
            bool more = false;
            try {
                more = parser.HandleNextDocument(builder);
            } catch (const JsonBuilder::ContentError& e) {
                // yaml-cpp cannot resume inside a document: stop here, keep what was read.
                if (!result.error)
                    result.error = YamlError {index + 1, e.mark.line + 1, e.mark.column + 1, e.message};
                break;
            }
            if (!more)
                break;
            ++index;
            const QJsonValue& root = builder.root();
            if (root.isUndefined() || root.isNull())
                continue; // an empty document
            const YAML::Mark& mark = builder.rootMark();
            if (!root.isObject()) {
                if (!result.error)
                    result.error = YamlError {index, mark.line + 1, mark.column + 1,
                        QCoreApplication::translate(
                            "ase::Yaml", "document %1 is not a Kubernetes object: expected a mapping")
                            .arg(index)};
                continue;
            }
            result.objects.append(root.toObject());
            result.lines.append(mark.line + 1);
        }
    } catch (const YAML::Exception& e) {
        const int line = e.mark.is_null() ? 0 : e.mark.line;
        const int column = e.mark.is_null() ? 0 : e.mark.column;
        result.objects.clear();
        result.lines.clear();
        result.error
            = YamlError {documentAtLine(yaml, line), line + 1, column + 1, QString::fromStdString(e.msg)};
    }
    return result;
}

} // namespace ase

#pragma GCC diagnostic pop
