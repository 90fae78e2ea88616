// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "models/resources/YamlEmitter.h"

#include "models/resources/YamlGoFormat.h"
#include "models/resources/YamlScalar.h"

#include <QJsonArray>
#include <QJsonValue>

#include <algorithm>
#include <cstring>
#include <deque>
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
// onto a single append-only QByteArray. The scalar rules are in YamlScalar, key order and
// numbers in YamlGoFormat; parsing (yaml-cpp) is YamlParser.

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
            const int n = yaml::formatNumber(v, buf);
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
            const int rank = ranked ? yaml::topLevelRank(key) : 0;
            entries.push_back(Entry {std::move(key), index, rank});
        }
        std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
            if (a.rank != b.rank)
                return a.rank < b.rank;
            return yaml::keyLess(a.key, b.key);
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
        const bool canUsePlain = !yaml::resolvesToNonString(v) && !yaml::isBase60Float(v);
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

} // namespace ase
