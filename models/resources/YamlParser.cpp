// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "models/resources/YamlParser.h"

#include "models/resources/YamlScalar.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonValue>

// GCC 14 at -O2/-O3 reports a false "dangling pointer to an unnamed temporary" inside
// yaml-cpp's node/impl.h (Node::Mark, Node::Type); the pointer is a member of a live Node.
#pragma GCC diagnostic push
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wdangling-pointer"
#endif
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <sstream>
#include <string>
#include <vector>

namespace ase {

namespace {

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
    /// `limit`: a YamlLimits bound was passed; nothing read is kept.
    struct ContentError
    {
        YAML::Mark mark;
        QString message;
        bool limit = false;
    };

    explicit JsonBuilder(const YamlLimits& limits)
        : m_limits(limits)
    { }

    void OnDocumentStart(const YAML::Mark&) override
    {
        m_anchors.clear();
        m_anchorValues.clear();
        m_stack.clear();
        m_root = QJsonValue(QJsonValue::Undefined);
    }
    void OnDocumentEnd() override { }

    void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override
    {
        count(1, mark, false);
        if (expectingKey()) {
            setKey(QStringLiteral("null"), mark);
            return;
        }
        add(QJsonValue(QJsonValue::Null), anchor, mark);
    }

    void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override
    {
        const QJsonValue value = m_anchors.value(anchor);
        count(m_anchorValues.value(anchor, 1), mark, true);
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
        count(1, mark, false);
        const QString string = QString::fromStdString(text);
        if (expectingKey()) {
            if (anchor) {
                m_anchors.insert(anchor, string);
                m_anchorValues.insert(anchor, 1);
            }
            setKey(string, mark);
            return;
        }
        add(yaml::resolveScalar(tag, text, string), anchor, mark);
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
        qint64 valuesBefore = 0; ///< m_values when the collection opened (for its anchor's size)
    };

    /// Counts values as they would be after expanding aliases: an alias counts as many as
    /// its anchor holds. Bounds the stream so that a "billion laughs" document fails here,
    /// after reading a few hundred bytes, not in whatever walks the objects afterwards.
    void count(qint64 values, const YAML::Mark& mark, bool alias)
    {
        m_values += values;
        if (m_values <= m_limits.maxValues)
            return;
        const QString message = alias
            ? QCoreApplication::translate("ase::Yaml",
                "its aliases expand the YAML to more than %1 values (the limit that stops \"billion "
                "laughs\" documents)")
                  .arg(m_limits.maxValues)
            : QCoreApplication::translate("ase::Yaml", "the YAML has more than %1 values (the limit)")
                  .arg(m_limits.maxValues);
        throw ContentError {mark, message, true};
    }

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
        if (qsizetype(m_stack.size()) >= m_limits.maxDepth)
            throw ContentError {mark,
                QCoreApplication::translate(
                    "ase::Yaml", "mappings and sequences nest deeper than %1 levels (the limit)")
                    .arg(m_limits.maxDepth),
                true};
        count(1, mark, false);
        if (m_stack.empty())
            m_rootMark = mark;
        Frame frame;
        frame.isMap = isMap;
        frame.anchor = anchor;
        frame.valuesBefore = m_values;
        m_stack.push_back(std::move(frame));
    }

    void close()
    {
        Frame frame = std::move(m_stack.back());
        m_stack.pop_back();
        const QJsonValue value = frame.isMap ? QJsonValue(frame.object) : QJsonValue(frame.array);
        if (frame.anchor)
            m_anchorValues.insert(frame.anchor, m_values - frame.valuesBefore + 1);
        add(value, frame.anchor, YAML::Mark());
    }

    void add(const QJsonValue& value, YAML::anchor_t anchor, const YAML::Mark& mark)
    {
        if (anchor) {
            m_anchors.insert(anchor, value);
            if (!m_anchorValues.contains(anchor))
                m_anchorValues.insert(anchor, 1); // a scalar; a collection's size came with close()
        }
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

    std::vector<Frame> m_stack;
    QJsonValue m_root;
    YAML::Mark m_rootMark;
    QHash<YAML::anchor_t, QJsonValue> m_anchors;
    QHash<YAML::anchor_t, qint64> m_anchorValues; ///< values each anchor stands for, expanded
    YamlLimits m_limits;
    qint64 m_values = 0; ///< values of the stream so far, aliases expanded
};

} // namespace

QString YamlError::toString() const
{
    return QCoreApplication::translate("ase::Yaml", "line %1, column %2: %3")
        .arg(line)
        .arg(column)
        .arg(message);
}

YamlDocuments parseYaml(QByteArrayView yaml, const YamlLimits& limits)
{
    YamlDocuments result;
    if (yaml.size() > limits.maxBytes) {
        result.error = YamlError {1, 1, 1,
            QCoreApplication::translate(
                "ase::Yaml", "the YAML text is %1 bytes, more than the limit of %2 bytes")
                .arg(yaml.size())
                .arg(limits.maxBytes)};
        return result;
    }
    std::istringstream stream(std::string(yaml.data(), std::size_t(yaml.size())));
    JsonBuilder builder(limits);
    int index = 0;
    try {
        YAML::Parser parser(stream);
        for (;;) {
            bool more = false;
            try {
                more = parser.HandleNextDocument(builder);
            } catch (const JsonBuilder::ContentError& e) {
                // yaml-cpp cannot resume inside a document: stop here, keep what was read
                // (nothing when a limit was passed).
                if (e.limit || !result.error)
                    result.error = YamlError {index + 1, e.mark.line + 1, e.mark.column + 1, e.message};
                if (e.limit) {
                    result.objects.clear();
                    result.lines.clear();
                }
                break;
            }
            if (!more)
                break;
            ++index;
            if (index > limits.maxDocuments) {
                result.objects.clear();
                result.lines.clear();
                result.error = YamlError {index, builder.rootMark().line + 1, builder.rootMark().column + 1,
                    QCoreApplication::translate(
                        "ase::Yaml", "the YAML has more than %1 documents (the limit)")
                        .arg(limits.maxDocuments)};
                break;
            }
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
