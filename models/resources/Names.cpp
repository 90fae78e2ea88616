// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "models/resources/Names.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace ase::names {

namespace {

using namespace Qt::StringLiterals;

// apimachinery's patterns, spelled exactly as its messages print them.
const QString kDns1123LabelFmt = u"[a-z0-9]([-a-z0-9]*[a-z0-9])?"_s;
const QString kDns1123SubdomainFmt = kDns1123LabelFmt + u"(\\."_s + kDns1123LabelFmt + u")*"_s;
const QString kLabelKeyFmt = u"([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]"_s;
const QString kLabelValueFmt = u"("_s + kLabelKeyFmt + u")?"_s;

const QString kDns1123LabelErrMsg
    = u"a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character"_s;
const QString kDns1123SubdomainErrMsg
    = u"a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character"_s;
const QString kLabelKeyErrMsg
    = u"must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character"_s;
const QString kLabelValueErrMsg
    = u"a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character"_s;

constexpr int kDns1123LabelMaxLength = 63;
constexpr int kDns1123SubdomainMaxLength = 253;
constexpr int kLabelKeyMaxLength = 63;
constexpr int kLabelValueMaxLength = 63;

/// Go's regexp.MatchString("^" + fmt + "$"): the whole string, no trailing-newline slack.
bool matchesWhole(const QString& fmt, const QString& value)
{
    // The patterns are few and fixed; compile each once.
    static QHash<QString, QRegularExpression> cache;
    static QMutex mutex;
    QMutexLocker lock(&mutex);
    auto it = cache.find(fmt);
    if (it == cache.end())
        it = cache.insert(fmt, QRegularExpression(QRegularExpression::anchoredPattern(fmt)));
    return it->match(value).hasMatch();
}

/// len(value) in Go counts UTF-8 bytes.
qsizetype goLength(const QString& value)
{
    return value.toUtf8().size();
}

QString maxLenError(int length)
{
    return u"must be no more than %1 characters"_s.arg(length);
}

QString emptyError()
{
    return u"must be non-empty"_s;
}

QString regexError(const QString& msg, const QString& fmt, const QStringList& examples)
{
    if (examples.isEmpty())
        return msg + u" (regex used for validation is '"_s + fmt + u"')"_s;
    QString result = msg + u" (e.g. "_s;
    for (qsizetype i = 0; i < examples.size(); ++i) {
        if (i > 0)
            result += u" or "_s;
        result += u'\'' + examples[i] + u"', "_s;
    }
    result += u"regex used for validation is '"_s + fmt + u"')"_s;
    return result;
}

QString labelKeyRegexError()
{
    return regexError(kLabelKeyErrMsg, kLabelKeyFmt, {u"MyName"_s, u"my.name"_s, u"123-abc"_s});
}

QString trShare(const char* text)
{
    return QCoreApplication::translate("ase::names", text);
}

} // namespace

QStringList isDns1123Label(const QString& value)
{
    QStringList errors;
    if (goLength(value) > kDns1123LabelMaxLength)
        errors << maxLenError(kDns1123LabelMaxLength);
    if (!matchesWhole(kDns1123LabelFmt, value)) {
        if (matchesWhole(kDns1123SubdomainFmt, value)) {
            // A valid subdomain but not a valid label: length was checked, so it's dots.
            errors << u"must not contain dots"_s;
        } else {
            errors << regexError(kDns1123LabelErrMsg, kDns1123LabelFmt, {u"my-name"_s, u"123-abc"_s});
        }
    }
    return errors;
}

QStringList isDns1123Subdomain(const QString& value)
{
    QStringList errors;
    if (goLength(value) > kDns1123SubdomainMaxLength)
        errors << maxLenError(kDns1123SubdomainMaxLength);
    if (!matchesWhole(kDns1123SubdomainFmt, value))
        errors << regexError(kDns1123SubdomainErrMsg, kDns1123SubdomainFmt, {u"example.com"_s});
    return errors;
}

QStringList isQualifiedName(const QString& value)
{
    QStringList errors;
    const QStringList parts = value.split(u'/');
    QString name;
    switch (parts.size()) {
    case 1:
        name = parts[0];
        break;
    case 2: {
        const QString& prefix = parts[0];
        name = parts[1];
        if (prefix.isEmpty()) {
            errors << u"prefix part "_s + emptyError();
        } else {
            for (const QString& msg : isDns1123Subdomain(prefix))
                errors << u"prefix part "_s + msg;
        }
        break;
    }
    default:
        return {u"a valid label key "_s + labelKeyRegexError()
            + u" with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')"_s};
    }

    if (name.isEmpty())
        errors << u"name part "_s + emptyError();
    else if (goLength(name) > kLabelKeyMaxLength)
        errors << u"name part "_s + maxLenError(kLabelKeyMaxLength);
    if (!matchesWhole(kLabelKeyFmt, name))
        errors << u"name part "_s + labelKeyRegexError();
    return errors;
}

QStringList isValidLabelValue(const QString& value)
{
    QStringList errors;
    if (goLength(value) > kLabelValueMaxLength)
        errors << maxLenError(kLabelValueMaxLength);
    if (!matchesWhole(kLabelValueFmt, value))
        errors << regexError(kLabelValueErrMsg, kLabelValueFmt, {u"MyValue"_s, u"my_value"_s, u"12345"_s});
    return errors;
}

QStringList isValidShareName(const QString& value)
{
    QStringList errors;
    if (value.isEmpty())
        return {trShare(QT_TRANSLATE_NOOP("ase::names", "A share name is required."))};
    if (value.size() < 3 || value.size() > 63)
        errors << trShare(QT_TRANSLATE_NOOP("ase::names", "A share name must be 3 to 63 characters long."));
    const bool charsetOk = std::all_of(value.begin(), value.end(),
        [](QChar c) { return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-'; });
    if (!charsetOk) {
        errors << trShare(QT_TRANSLATE_NOOP("ase::names",
            "A share name may contain only lowercase letters (a-z), digits (0-9) and hyphens (-)."));
    }
    if (value.startsWith(u'-') || value.endsWith(u'-'))
        errors << trShare(
            QT_TRANSLATE_NOOP("ase::names", "A share name must start and end with a letter or a digit."));
    if (value.contains(u"--"))
        errors << trShare(
            QT_TRANSLATE_NOOP("ase::names", "A share name must not contain two hyphens in a row."));
    return errors;
}

QString goQuote(QStringView value)
{
    QString out;
    out.reserve(value.size() + 2);
    out += u'"';
    for (const char32_t c : value.toUcs4()) {
        switch (c) {
        case U'"':
            out += u"\\\""_s;
            break;
        case U'\\':
            out += u"\\\\"_s;
            break;
        case U'\a':
            out += u"\\a"_s;
            break;
        case U'\b':
            out += u"\\b"_s;
            break;
        case U'\f':
            out += u"\\f"_s;
            break;
        case U'\n':
            out += u"\\n"_s;
            break;
        case U'\r':
            out += u"\\r"_s;
            break;
        case U'\t':
            out += u"\\t"_s;
            break;
        case U'\v':
            out += u"\\v"_s;
            break;
        default:
            if (c < 0x20 || c == 0x7f)
                out += u"\\x"_s + QString::number(uint(c), 16).rightJustified(2, u'0');
            else if (!QChar::isPrint(c) && c > 0x7f && c <= 0xffff)
                out += u"\\u"_s + QString::number(uint(c), 16).rightJustified(4, u'0');
            else if (!QChar::isPrint(c) && c > 0xffff)
                out += u"\\U"_s + QString::number(uint(c), 16).rightJustified(8, u'0');
            else
                out += QString::fromUcs4(&c, 1);
        }
    }
    out += u'"';
    return out;
}

QString fieldInvalid(const QString& path, QStringView value, const QString& detail)
{
    QString out = path + u": Invalid value: "_s + goQuote(value);
    if (!detail.isEmpty())
        out += u": "_s + detail;
    return out;
}

QString fieldRequired(const QString& path, const QString& detail)
{
    QString out = path + u": Required value"_s;
    if (!detail.isEmpty())
        out += u": "_s + detail;
    return out;
}

QString aggregate(const QStringList& errors)
{
    QStringList unique;
    QSet<QString> seen;
    for (const QString& e : errors) {
        if (!seen.contains(e)) {
            seen.insert(e);
            unique << e;
        }
    }
    if (unique.size() == 1)
        return unique.first();
    if (unique.isEmpty())
        return {};
    return u'[' + unique.join(u", "_s) + u']';
}

} // namespace ase::names
