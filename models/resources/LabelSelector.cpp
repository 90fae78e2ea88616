// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "models/resources/LabelSelector.h"

#include "models/resources/Names.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

// A port of apimachinery pkg/labels/selector.go (Lexer, Parser, NewRequirement, Matches,
// String) and of metav1.LabelSelectorAsSelector / ValidateLabelSelector.

namespace ase {

namespace {

using namespace Qt::StringLiterals;
using Operator = LabelSelector::Operator;
using Requirement = LabelSelector::Requirement;

// ---- strconv.ParseInt(s, 10, 64) ----------------------------------------------------------

std::optional<qint64> parseInt64(const QString& s)
{
    // QString::toLongLong accepts surrounding whitespace; Go does not.
    if (s.isEmpty() || s.front().isSpace() || s.back().isSpace())
        return std::nullopt;
    bool ok = false;
    const qint64 v = s.toLongLong(&ok, 10);
    if (!ok)
        return std::nullopt;
    return v;
}

// ---- field.Error text ---------------------------------------------------------------------

/// Go's %#v of a []string, as field.Invalid prints a slice value.
QString goStringSlice(const QStringList& values, bool nil)
{
    if (nil)
        return u"[]string(nil)"_s;
    QStringList quoted;
    for (const QString& v : values)
        quoted << names::goQuote(v);
    return u"[]string{"_s + quoted.join(u", "_s) + u'}';
}

QString invalidSlice(const QString& path, const QStringList& values, bool nil, const QString& detail)
{
    return path + u": Invalid value: "_s + goStringSlice(values, nil) + u": "_s + detail;
}

// ---- NewRequirement -------------------------------------------------------------------

/// validateLabelKey: one field error with the messages joined by "; ".
std::optional<QString> validateLabelKey(const QString& key, const QString& path)
{
    const QStringList errs = names::isQualifiedName(key);
    if (errs.isEmpty())
        return std::nullopt;
    return names::fieldInvalid(path, key, errs.join(u"; "_s));
}

QString pathChild(const QString& path, const QString& name)
{
    return path.isEmpty() ? name : path + u'.' + name;
}

/// labels.NewRequirement: returns the requirement or the aggregated error text.
/// @p path is the field path prefix ("" when Kubernetes passes a nil path).
/// @p nilValues tells how Go would print an empty value slice.
std::optional<Requirement> newRequirement(
    const QString& key, Operator op, const QStringList& values, bool nilValues, QString* error)
{
    QStringList errs;
    if (const auto e = validateLabelKey(key, u"key"_s))
        errs << *e;

    const QString valuePath = u"values"_s;
    switch (op) {
    case Operator::In:
    case Operator::NotIn:
        if (values.isEmpty())
            errs << invalidSlice(
                valuePath, values, nilValues, u"for 'in', 'notin' operators, values set can't be empty"_s);
        break;
    case Operator::Equals:
    case Operator::DoubleEquals:
    case Operator::NotEquals:
        if (values.size() != 1)
            errs << invalidSlice(
                valuePath, values, nilValues, u"exact-match compatibility requires one single value"_s);
        break;
    case Operator::Exists:
    case Operator::DoesNotExist:
        if (!values.isEmpty())
            errs << invalidSlice(
                valuePath, values, nilValues, u"values set must be empty for exists and does not exist"_s);
        break;
    case Operator::GreaterThan:
    case Operator::LessThan:
        if (values.size() != 1)
            errs << invalidSlice(
                valuePath, values, nilValues, u"for 'Gt', 'Lt' operators, exactly one value is required"_s);
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (!parseInt64(values[i])) {
                errs << names::fieldInvalid(valuePath + u'[' + QString::number(i) + u']', values[i],
                    u"for 'Gt', 'Lt' operators, the value must be an integer"_s);
            }
        }
        break;
    }
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QStringList valueErrs = names::isValidLabelValue(values[i]);
        if (!valueErrs.isEmpty()) {
            errs << names::fieldInvalid(valuePath + u'[' + QString::number(i) + u"]["_s + key + u']',
                values[i], valueErrs.join(u"; "_s));
        }
    }
    if (!errs.isEmpty()) {
        if (error)
            *error = names::aggregate(errs);
        return std::nullopt;
    }
    return Requirement {key, op, values};
}

void sortByKey(QList<Requirement>& requirements)
{
    std::stable_sort(requirements.begin(), requirements.end(),
        [](const Requirement& a, const Requirement& b) { return a.key < b.key; });
}

// ---- Lexer ---------------------------------------------------------------------------------

enum class Token {
    Error,
    EndOfString,
    ClosedPar,
    Comma,
    DoesNotExist,
    DoubleEquals,
    Equals,
    GreaterThan,
    Identifier,
    In,
    LessThan,
    NotEquals,
    NotIn,
    OpenPar,
};

std::optional<Token> literalToken(QStringView s)
{
    static const QMap<QString, Token> tokens {
        {u")"_s, Token::ClosedPar},
        {u","_s, Token::Comma},
        {u"!"_s, Token::DoesNotExist},
        {u"=="_s, Token::DoubleEquals},
        {u"="_s, Token::Equals},
        {u">"_s, Token::GreaterThan},
        {u"in"_s, Token::In},
        {u"<"_s, Token::LessThan},
        {u"!="_s, Token::NotEquals},
        {u"notin"_s, Token::NotIn},
        {u"("_s, Token::OpenPar},
    };
    const auto it = tokens.constFind(s.toString());
    if (it == tokens.cend())
        return std::nullopt;
    return *it;
}

bool isWhitespace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\r' || c == u'\n';
}

bool isSpecialSymbol(QChar c)
{
    return QStringView(u"=!(),><").contains(c);
}

struct Item
{
    Token tok;
    QString literal;
};

class Lexer
{
public:
    explicit Lexer(QStringView s)
        : m_s(s)
    { }

    Item lex()
    {
        const QChar ch = skipWhiteSpaces(read());
        if (ch.isNull())
            return {Token::EndOfString, QString()};
        unread();
        if (isSpecialSymbol(ch))
            return scanSpecialSymbol();
        return scanIdOrKeyword();
    }

private:
    QChar read()
    {
        if (m_pos < m_s.size())
            return m_s[m_pos++];
        return QChar(0);
    }
    void unread() { --m_pos; }

    QChar skipWhiteSpaces(QChar ch)
    {
        while (isWhitespace(ch))
            ch = read();
        return ch;
    }

    Item scanIdOrKeyword()
    {
        QString buffer;
        for (;;) {
            const QChar ch = read();
            if (ch.isNull())
                break;
            if (isSpecialSymbol(ch) || isWhitespace(ch)) {
                unread();
                break;
            }
            buffer += ch;
        }
        if (const auto tok = literalToken(buffer))
            return {*tok, buffer};
        return {Token::Identifier, buffer};
    }

    Item scanSpecialSymbol()
    {
        std::optional<Item> last;
        QString buffer;
        for (;;) {
            const QChar ch = read();
            if (ch.isNull())
                break;
            if (!isSpecialSymbol(ch)) {
                unread();
                break;
            }
            buffer += ch;
            if (const auto tok = literalToken(buffer)) {
                last = Item {*tok, buffer};
            } else if (last) {
                unread();
                break;
            }
        }
        if (!last)
            return {Token::Error, u"error expected: keyword found '%1'"_s.arg(buffer)};
        return *last;
    }

    QStringView m_s;
    qsizetype m_pos = 0;
};

// ---- Parser --------------------------------------------------------------------------------

enum class Context { KeyAndOperator, Values };

class Parser
{
public:
    explicit Parser(QStringView text)
    {
        Lexer lexer(text);
        for (;;) {
            Item item = lexer.lex();
            const bool end = item.tok == Token::EndOfString;
            m_items.push_back(std::move(item));
            if (end)
                break;
        }
    }

    std::optional<QList<Requirement>> parse(QString* error)
    {
        QList<Requirement> requirements;
        for (;;) {
            const Item& next = lookahead(Context::Values);
            switch (next.tok) {
            case Token::Identifier:
            case Token::DoesNotExist: {
                QString err;
                std::optional<Requirement> r = parseRequirement(&err);
                if (!r)
                    return fail(error, u"unable to parse requirement: "_s + err);
                requirements << *r;
                const Item t = consume(Context::Values);
                if (t.tok == Token::EndOfString)
                    return requirements;
                if (t.tok != Token::Comma)
                    return fail(error, u"found '%1', expected: ',' or 'end of string'"_s.arg(t.literal));
                const Item& t2 = lookahead(Context::Values);
                if (t2.tok != Token::Identifier && t2.tok != Token::DoesNotExist)
                    return fail(error, u"found '%1', expected: identifier after ','"_s.arg(t2.literal));
                break;
            }
            case Token::EndOfString:
                return requirements;
            default:
                return fail(
                    error, u"found '%1', expected: !, identifier, or 'end of string'"_s.arg(next.literal));
            }
        }
    }

private:
    static std::nullopt_t fail(QString* error, const QString& message)
    {
        if (error)
            *error = message;
        return std::nullopt;
    }

    static Item inContext(Item item, Context context)
    {
        if (context == Context::Values && (item.tok == Token::In || item.tok == Token::NotIn))
            item.tok = Token::Identifier;
        return item;
    }
    Item lookahead(Context context) const { return inContext(m_items[m_position], context); }
    Item consume(Context context) { return inContext(m_items[m_position++], context); }

    std::optional<Requirement> parseRequirement(QString* error)
    {
        QString key;
        std::optional<Operator> op;
        if (!parseKeyAndInferOperator(&key, &op, error))
            return std::nullopt;
        if (op == Operator::Exists || op == Operator::DoesNotExist)
            return newRequirement(key, *op, {}, false, error);
        op = parseOperator(error);
        if (!op)
            return std::nullopt;
        std::optional<QStringList> values;
        if (op == Operator::In || op == Operator::NotIn)
            values = parseValues(error);
        else
            values = parseExactValue(error);
        if (!values)
            return std::nullopt;
        return newRequirement(key, *op, *values, false, error);
    }

    bool parseKeyAndInferOperator(QString* key, std::optional<Operator>* op, QString* error)
    {
        Item item = consume(Context::Values);
        if (item.tok == Token::DoesNotExist) {
            *op = Operator::DoesNotExist;
            item = consume(Context::Values);
        }
        if (item.tok != Token::Identifier) {
            *error = u"found '%1', expected: identifier"_s.arg(item.literal);
            return false;
        }
        if (const auto e = validateLabelKey(item.literal, u"<nil>"_s)) {
            *error = *e;
            return false;
        }
        const Token t = lookahead(Context::Values).tok;
        if ((t == Token::EndOfString || t == Token::Comma) && *op != Operator::DoesNotExist)
            *op = Operator::Exists;
        *key = item.literal;
        return true;
    }

    std::optional<Operator> parseOperator(QString* error)
    {
        const Item item = consume(Context::KeyAndOperator);
        switch (item.tok) {
        case Token::In:
            return Operator::In;
        case Token::Equals:
            return Operator::Equals;
        case Token::DoubleEquals:
            return Operator::DoubleEquals;
        case Token::GreaterThan:
            return Operator::GreaterThan;
        case Token::LessThan:
            return Operator::LessThan;
        case Token::NotIn:
            return Operator::NotIn;
        case Token::NotEquals:
            return Operator::NotEquals;
        default:
            *error = u"found '%1', expected: in, notin, =, ==, !=, gt, lt"_s.arg(item.literal);
            return std::nullopt;
        }
    }

    /// sets.String.List(): sorted, without duplicates.
    static QStringList sortedSet(QStringList values)
    {
        values.sort();
        values.removeDuplicates();
        return values;
    }

    std::optional<QStringList> parseValues(QString* error)
    {
        Item item = consume(Context::Values);
        if (item.tok != Token::OpenPar) {
            *error = u"found '%1' expected: '('"_s.arg(item.literal);
            return std::nullopt;
        }
        item = lookahead(Context::Values);
        switch (item.tok) {
        case Token::Identifier:
        case Token::Comma: {
            std::optional<QStringList> s = parseIdentifiersList(error);
            if (!s)
                return std::nullopt;
            if (consume(Context::Values).tok != Token::ClosedPar) {
                *error = u"found '%1', expected: ')'"_s.arg(item.literal);
                return std::nullopt;
            }
            return sortedSet(*s);
        }
        case Token::ClosedPar:
            consume(Context::Values);
            return QStringList {QString()};
        default:
            *error = u"found '%1', expected: ',', ')' or identifier"_s.arg(item.literal);
            return std::nullopt;
        }
    }

    std::optional<QStringList> parseIdentifiersList(QString* error)
    {
        QStringList s;
        for (;;) {
            const Item item = consume(Context::Values);
            switch (item.tok) {
            case Token::Identifier: {
                s << item.literal;
                const Item next = lookahead(Context::Values);
                if (next.tok == Token::Comma)
                    continue;
                if (next.tok == Token::ClosedPar)
                    return s;
                *error = u"found '%1', expected: ',' or ')'"_s.arg(next.literal);
                return std::nullopt;
            }
            case Token::Comma: {
                if (s.isEmpty())
                    s << QString(); // "(,"
                const Token next = lookahead(Context::Values).tok;
                if (next == Token::ClosedPar) {
                    s << QString(); // ",)"
                    return s;
                }
                if (next == Token::Comma) {
                    consume(Context::Values);
                    s << QString(); // ",,"
                }
                break;
            }
            default:
                *error = u"found '%1', expected: ',', or identifier"_s.arg(item.literal);
                return std::nullopt;
            }
        }
    }

    std::optional<QStringList> parseExactValue(QString* error)
    {
        const Token next = lookahead(Context::Values).tok;
        if (next == Token::EndOfString || next == Token::Comma)
            return QStringList {QString()};
        const Item item = consume(Context::Values);
        if (item.tok == Token::Identifier)
            return QStringList {item.literal};
        *error = u"found '%1', expected: identifier"_s.arg(item.literal);
        return std::nullopt;
    }

    QList<Item> m_items;
    qsizetype m_position = 0;
};

QString trSelector(const char* text)
{
    return QCoreApplication::translate("ase::LabelSelector", text);
}

std::optional<Operator> jsonOperator(const QString& op)
{
    if (op == u"In")
        return Operator::In;
    if (op == u"NotIn")
        return Operator::NotIn;
    if (op == u"Exists")
        return Operator::Exists;
    if (op == u"DoesNotExist")
        return Operator::DoesNotExist;
    return std::nullopt;
}

QStringList jsonStrings(const QJsonValue& value)
{
    QStringList out;
    for (const QJsonValue& v : value.toArray())
        out << v.toString();
    return out;
}

} // namespace

// ---- Requirement ---------------------------------------------------------------------------

bool LabelSelector::Requirement::matches(const QMap<QString, QString>& labels) const
{
    const auto it = labels.constFind(key);
    const bool has = it != labels.cend();
    switch (op) {
    case Operator::In:
    case Operator::Equals:
    case Operator::DoubleEquals:
        return has && values.contains(*it);
    case Operator::NotIn:
    case Operator::NotEquals:
        return !has || !values.contains(*it);
    case Operator::Exists:
        return has;
    case Operator::DoesNotExist:
        return !has;
    case Operator::GreaterThan:
    case Operator::LessThan: {
        if (!has || values.size() != 1)
            return false;
        const std::optional<qint64> labelValue = parseInt64(*it);
        const std::optional<qint64> bound = parseInt64(values.first());
        if (!labelValue || !bound)
            return false;
        return op == Operator::GreaterThan ? *labelValue > *bound : *labelValue < *bound;
    }
    }
    return false;
}

QString LabelSelector::Requirement::toString() const
{
    QString out;
    if (op == Operator::DoesNotExist)
        out += u'!';
    out += key;
    switch (op) {
    case Operator::Equals:
        out += u'=';
        break;
    case Operator::DoubleEquals:
        out += u"=="_s;
        break;
    case Operator::NotEquals:
        out += u"!="_s;
        break;
    case Operator::In:
        out += u" in "_s;
        break;
    case Operator::NotIn:
        out += u" notin "_s;
        break;
    case Operator::GreaterThan:
        out += u'>';
        break;
    case Operator::LessThan:
        out += u'<';
        break;
    case Operator::Exists:
    case Operator::DoesNotExist:
        return out;
    }
    const bool set = op == Operator::In || op == Operator::NotIn;
    if (set)
        out += u'(';
    QStringList sorted = values;
    sorted.sort();
    out += sorted.join(u',');
    if (set)
        out += u')';
    return out;
}

// ---- LabelSelector -------------------------------------------------------------------------

LabelSelector::LabelSelector(QList<Requirement> requirements)
    : m_requirements(std::move(requirements))
{
    sortByKey(m_requirements);
}

LabelSelector LabelSelector::nothing()
{
    LabelSelector s;
    s.m_nothing = true;
    return s;
}

LabelSelector LabelSelector::fromSet(const QMap<QString, QString>& labels)
{
    QList<Requirement> requirements;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        requirements << Requirement {it.key(), Operator::Equals, {it.value()}};
    return LabelSelector(std::move(requirements));
}

std::optional<LabelSelector> LabelSelector::parse(QStringView text, QString* error)
{
    Parser parser(text);
    std::optional<QList<Requirement>> requirements = parser.parse(error);
    if (!requirements)
        return std::nullopt;
    return LabelSelector(std::move(*requirements));
}

std::optional<LabelSelector> LabelSelector::fromJson(const QJsonValue& json, QString* error)
{
    if (json.isNull() || json.isUndefined())
        return nothing();
    if (!json.isObject()) {
        if (error)
            *error = trSelector(
                QT_TRANSLATE_NOOP("ase::LabelSelector", "A label selector must be a JSON object."));
        return std::nullopt;
    }
    const QJsonObject object = json.toObject();
    const QJsonObject matchLabels = object.value(u"matchLabels").toObject();
    const QJsonArray matchExpressions = object.value(u"matchExpressions").toArray();
    if (matchLabels.isEmpty() && matchExpressions.isEmpty())
        return everything();

    QList<Requirement> requirements;
    for (auto it = matchLabels.begin(); it != matchLabels.end(); ++it) {
        std::optional<Requirement> r
            = newRequirement(it.key(), Operator::Equals, {it.value().toString()}, false, error);
        if (!r)
            return std::nullopt;
        requirements << *r;
    }
    for (const QJsonValue& e : matchExpressions) {
        const QJsonObject expr = e.toObject();
        const QString opText = expr.value(u"operator").toString();
        const std::optional<Operator> op = jsonOperator(opText);
        if (!op) {
            if (error)
                *error = names::goQuote(opText) + u" is not a valid label selector operator"_s;
            return std::nullopt;
        }
        const QStringList values = jsonStrings(expr.value(u"values"));
        // append([]string(nil), expr.Values...) is nil when there are no values
        std::optional<Requirement> r
            = newRequirement(expr.value(u"key").toString(), *op, values, values.isEmpty(), error);
        if (!r)
            return std::nullopt;
        requirements << *r;
    }
    return LabelSelector(std::move(requirements));
}

QStringList LabelSelector::validateJson(const QJsonValue& json, const QString& path)
{
    QStringList errors;
    if (!json.isObject())
        return errors;
    const QJsonObject object = json.toObject();

    // ValidateLabels(matchLabels)
    const QString labelsPath = pathChild(path, u"matchLabels"_s);
    const QJsonObject matchLabels = object.value(u"matchLabels").toObject();
    for (auto it = matchLabels.begin(); it != matchLabels.end(); ++it) {
        for (const QString& msg : names::isQualifiedName(it.key()))
            errors << names::fieldInvalid(labelsPath, it.key(), msg);
        const QString value = it.value().toString();
        for (const QString& msg : names::isValidLabelValue(value))
            errors << names::fieldInvalid(labelsPath, value, msg);
    }

    const QJsonArray matchExpressions = object.value(u"matchExpressions").toArray();
    for (qsizetype i = 0; i < matchExpressions.size(); ++i) {
        const QJsonObject expr = matchExpressions.at(i).toObject();
        const QString exprPath = pathChild(path, u"matchExpressions"_s) + u'[' + QString::number(i) + u']';
        const QString opText = expr.value(u"operator").toString();
        const QStringList values = jsonStrings(expr.value(u"values"));
        const std::optional<Operator> op = jsonOperator(opText);
        if (op == Operator::In || op == Operator::NotIn) {
            if (values.isEmpty())
                errors << names::fieldRequired(
                    exprPath + u".values"_s, u"must be specified when `operator` is 'In' or 'NotIn'"_s);
        } else if (op == Operator::Exists || op == Operator::DoesNotExist) {
            if (!values.isEmpty())
                errors << exprPath
                        + u".values: Forbidden: may not be specified when `operator` is 'Exists' or "
                          u"'DoesNotExist'"_s;
        } else {
            errors << names::fieldInvalid(
                exprPath + u".operator"_s, opText, u"not a valid selector operator"_s);
        }
        const QString key = expr.value(u"key").toString();
        for (const QString& msg : names::isQualifiedName(key))
            errors << names::fieldInvalid(exprPath + u".key"_s, key, msg);
        for (qsizetype v = 0; v < values.size(); ++v) {
            for (const QString& msg : names::isValidLabelValue(values[v]))
                errors << names::fieldInvalid(
                    exprPath + u".values["_s + QString::number(v) + u']', values[v], msg);
        }
    }
    return errors;
}

bool LabelSelector::matches(const QMap<QString, QString>& labels) const
{
    if (m_nothing)
        return false;
    return std::all_of(m_requirements.cbegin(), m_requirements.cend(),
        [&labels](const Requirement& r) { return r.matches(labels); });
}

QString LabelSelector::toString() const
{
    QStringList parts;
    for (const Requirement& r : m_requirements)
        parts << r.toString();
    return parts.join(u',');
}

} // namespace ase
