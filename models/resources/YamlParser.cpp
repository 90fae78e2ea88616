#include "models/resources/YamlParser.h"

#include "models/resources/YamlScalar.h"

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

    std::vector<Frame> m_stack;
    QJsonValue m_root;
    YAML::Mark m_rootMark;
    QHash<YAML::anchor_t, QJsonValue> m_anchors;
};

} // namespace

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
