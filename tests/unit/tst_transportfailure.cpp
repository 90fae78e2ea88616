// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
// TransportFailure's sentences in Japanese: each one is looked up under the context and
// source text that translations/ase_ja.ts holds a finished translation for (a sentence
// asked for under another context would stay English in the running app).

#include "app/net/TransportError.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSslCertificate>
#include <QSslError>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace ase;
using namespace std::chrono_literals;

namespace {

const QString kTsFile = QStringLiteral(ASE_TEST_DATA_DIR "/../../translations/ase_ja.ts");

/// The finished translations of a .ts file, found by context, source text and comment as
/// QCoreApplication::translate() asks for them.
class TsTranslator final : public QTranslator
{
public:
    bool load(const QString& path, QString* error)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = file.errorString();
            return false;
        }
        QXmlStreamReader xml(&file);
        QString context;
        QString source;
        QString comment;
        while (!xml.atEnd()) {
            if (!xml.readNextStartElement())
                continue;
            const auto name = xml.name();
            if (name == "name"_L1) {
                context = xml.readElementText();
            } else if (name == "message"_L1) {
                source.clear();
                comment.clear();
            } else if (name == "source"_L1) {
                source = xml.readElementText();
            } else if (name == "comment"_L1) {
                comment = xml.readElementText();
            } else if (name == "translation"_L1) {
                const QString type = xml.attributes().value("type"_L1).toString();
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (type.isEmpty() && !text.isEmpty())
                    m_texts.insert(key(context, source, comment), text);
            }
        }
        if (xml.hasError())
            *error = xml.errorString();
        return !xml.hasError() && !m_texts.isEmpty();
    }

    QString translate(
        const char* context, const char* sourceText, const char* disambiguation, int /*n*/) const override
    {
        return m_texts.value(key(
            QString::fromUtf8(context), QString::fromUtf8(sourceText), QString::fromUtf8(disambiguation)));
    }

    bool isEmpty() const override { return m_texts.isEmpty(); }

private:
    static QString key(const QString& context, const QString& source, const QString& comment)
    {
        return context + u'\x1f' + source + u'\x1f' + comment;
    }

    QHash<QString, QString> m_texts;
};

QSslCertificate otherCa()
{
    QFile file(QStringLiteral(ASE_TEST_DATA_DIR "/kubeconfig/pki/other-ca.crt"));
    if (!file.open(QIODevice::ReadOnly))
        return QSslCertificate();
    return QSslCertificate(file.readAll(), QSsl::Pem);
}

} // namespace

class TestTransportFailure final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void japanese_data();
    void japanese();

private:
    TsTranslator m_translator;
};

void TestTransportFailure::initTestCase()
{
    QString error;
    QVERIFY2(m_translator.load(kTsFile, &error), qPrintable(error));
    QVERIFY(QCoreApplication::installTranslator(&m_translator));
    QVERIFY(!otherCa().isNull());
}

void TestTransportFailure::cleanupTestCase()
{
    QCoreApplication::removeTranslator(&m_translator);
}

void TestTransportFailure::japanese_data()
{
    QTest::addColumn<int>("origin"); // TransportFailure::Origin
    QTest::addColumn<bool>("ownCa"); // the connection names its own CA
    QTest::addColumn<int>("sslError"); // QSslError::SslError; NoError: a timeout
    QTest::addColumn<QString>("expected");

    const int kube = int(TransportFailure::Origin::Kubeconfig);
    const int device = int(TransportFailure::Origin::DeviceProfile);
    QTest::newRow("untrusted, system authorities")
        << kube << false << int(QSslError::UnableToGetLocalIssuerCertificate)
        << u"このシステムが信頼する証明機関によって署名されていません"_s;
    QTest::newRow("untrusted, CA of the device profile")
        << device << true << int(QSslError::SelfSignedCertificateInChain)
        << u"デバイス プロファイルの証明機関によって署名されていません"_s;
    QTest::newRow("untrusted, CA of the kubeconfig") << kube << true << int(QSslError::CertificateUntrusted)
                                                     << u"kubeconfig の証明機関によって署名されていません"_s;
    QTest::newRow("host name mismatch")
        << kube << false << int(QSslError::HostNameMismatch) << u"に対しては有効ではありません"_s;
    QTest::newRow("timeout") << device << false << int(QSslError::NoError)
                             << u"が 30 秒以内に応答しませんでした。"_s;
}

void TestTransportFailure::japanese()
{
    QFETCH(int, origin);
    QFETCH(bool, ownCa);
    QFETCH(int, sslError);
    QFETCH(QString, expected);

    TransportFailure::Target target;
    target.server = QUrl(u"https://ase.example:6443"_s);
    target.origin = TransportFailure::Origin(origin);
    if (ownCa)
        target.caCertificates = {otherCa()};
    target.timeout = 30s;
    const auto error = QSslError::SslError(sslError);
    const bool timedOut = error == QSslError::NoError;
    const QList<QSslError> sslErrors
        = timedOut ? QList<QSslError> {} : QList<QSslError> {QSslError(error, otherCa())};

    const TransportFailure failure = TransportFailure::describe(target, nullptr, sslErrors, timedOut);
    QCOMPARE(failure.kind, timedOut ? TransportFailure::Kind::Timeout : TransportFailure::Kind::Tls);
    QVERIFY2(failure.text.contains(expected), qPrintable(failure.text));
    if (!timedOut) {
        QVERIFY2(failure.text.contains(u"への TLS 接続を検証できませんでした"_s), qPrintable(failure.text));
        QVERIFY2(!failure.text.contains(u"certificate"_s), qPrintable(failure.text)); // no English left
    }
}

QTEST_GUILESS_MAIN(TestTransportFailure)
#include "tst_transportfailure.moc"
