// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/net/SecretScrubber.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ase {

namespace {

// Field names whose values are secrets, as JSON keys, YAML keys or key=value.
constexpr auto kSecretNames = "(?:access_?token|refresh_?token|id_?token|token|password|passwd|secret|"
                              "client_?secret|client_?key_?data|client_?certificate_?data|api_?key|"
                              "private_?key)"_L1;

const QRegularExpression& pemBlock()
{
    static const QRegularExpression re(u"-----BEGIN [A-Z0-9 ]+-----.*?-----END [A-Z0-9 ]+-----"_s,
        QRegularExpression::DotMatchesEverythingOption);
    return re;
}

const QRegularExpression& quotedField()
{
    // "token": "value"  (JSON; the value may hold escapes)
    static const QRegularExpression re(u"(\"%1\"\\s*:\\s*\")(?:[^\"\\\\]|\\\\.)*(\")"_s.arg(kSecretNames),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression& plainField()
{
    // token: value / token=value / --token value (YAML, env, flags); not a JSON key (handled above)
    static const QRegularExpression re(
        u"(\\b%1\\b[\"']?\\s*[:=]\\s*[\"']?|--%1[= ])(?!\\[redacted\\])[^\\s\"',;}&]+"_s.arg(kSecretNames),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression& bearer()
{
    static const QRegularExpression re(
        u"(\\bBearer\\s+)[^\\s\"',;]+"_s, QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression& jwt()
{
    static const QRegularExpression re(u"\\beyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*"_s);
    return re;
}

const QRegularExpression& longRun()
{
    static const QRegularExpression re(u"(?<![A-Za-z0-9+/_-])[A-Za-z0-9+/_-]{32,}={0,2}"_s);
    return re;
}

bool looksRandom(QStringView run)
{
    if (run.startsWith(u'/') || run.contains(u"//"))
        return false; // a path
    bool hex = true;
    bool upper = false;
    bool lower = false;
    bool digit = false;
    for (const QChar c : run) {
        if (c == u'=')
            continue;
        hex = hex && ((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F'));
        upper = upper || (c >= u'A' && c <= u'Z');
        lower = lower || (c >= u'a' && c <= u'z');
        digit = digit || (c >= u'0' && c <= u'9');
    }
    return hex || (upper && lower && digit);
}

} // namespace

QString SecretScrubber::scrub(const QString& text)
{
    QString out = text;
    out.replace(pemBlock(), kRedacted);
    out.replace(quotedField(), u"\\1"_s + kRedacted + u"\\2"_s);
    out.replace(bearer(), u"\\1"_s + kRedacted);
    out.replace(plainField(), u"\\1"_s + kRedacted);
    out.replace(jwt(), kRedacted);
    // Long random-looking runs, one by one (a regular expression cannot weigh the mix).
    QString result;
    qsizetype last = 0;
    auto it = longRun().globalMatch(out);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (!looksRandom(m.capturedView()))
            continue;
        result += QStringView(out).mid(last, m.capturedStart() - last);
        result += kRedacted;
        last = m.capturedEnd();
    }
    if (last == 0)
        return out;
    result += QStringView(out).mid(last);
    return result;
}

} // namespace ase
