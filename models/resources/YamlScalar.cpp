// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "models/resources/YamlScalar.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace ase::yaml {

namespace {

using Bytes = std::string_view;

inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
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

} // namespace

bool isBase60Float(std::string_view s)
{
    if (s.empty() || !(s[0] == '+' || s[0] == '-' || isDigit(s[0])) || s.find(':') == Bytes::npos)
        return false;
    std::size_t i = (s[0] == '+' || s[0] == '-') ? 1 : 0;
    if (i >= s.size() || !isDigit(s[i]))
        return false;
    for (++i; i < s.size() && (isDigit(s[i]) || s[i] == '_'); ++i) { }
    return base60Rest(s, i, false);
}

bool resolvesToNonString(std::string_view s)
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

QJsonValue resolvePlain(std::string_view s, const QString& string)
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

QJsonValue resolveScalar(const std::string& tag, std::string_view text, const QString& string)
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

} // namespace ase::yaml
