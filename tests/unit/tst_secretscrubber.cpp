// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
// SecretScrubber on what credential plugins and the Azure CLI really print: tokens in their
// many shapes go, the words a person needs to act on stay.

#include "app/net/SecretScrubber.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace ase;

namespace {

// A made-up but well-formed Entra ID access token (header.payload.signature).
const QString kJwt = u"eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiIsIng1dCI6Ik1HTHFqOThWTkxvWGFGZnBKQ0JwZ0I0SmFLcyJ9"
                     u".eyJhdWQiOiI2ZGFlNDJmOC00MzY4LTQ2NzgtOTRmZi0zOTYwZTI4ZTM2MzAiLCJpc3MiOiJodHRwczovL3N0"
                     u"cy53aW5kb3dzLm5ldC8ifQ.Yj8fZ2Kq1s-_abcDEF123ghiJKL456mnoPQR789stuVWX"_s;
const QString kEks = u"k8s-aws-v1.aHR0cHM6Ly9zdHMuYW1hem9uYXdzLmNvbS8_QWN0aW9uPUdldENhbGxlcklkZW50aXR5JlZl"
                     u"cnNpb249MjAxMS0wNi0xNSZYLUFtei1BbGdvcml0aG09QVdTNC1ITUFDLVNIQTI1Ng"_s;
const QString kGke = u"ya29.a0AfB_byC9xQ3kLmN8pR2sT5vW7yZ1bD4fG6hJ8kL0mN2pQ4rS6tU8vW0xY2zA4bC6dE8fG0hI2jK4"_s;
const QString kHex = u"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"_s;

} // namespace

class TestSecretScrubber final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secretsGo_data();
    void secretsGo();
    void wordsStay_data();
    void wordsStay();
};

void TestSecretScrubber::secretsGo_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("secrets"); // none may survive
    QTest::addColumn<QStringList>("kept"); // each must survive

    QTest::newRow("ExecCredential without kind (kubelogin)")
        << uR"({"apiVersion":"client.authentication.k8s.io/v1beta1","spec":{"interactive":false},"status":{"expirationTimestamp":"2026-12-05T15:04:05Z","token":"%1"}})"_s
               .arg(kJwt)
        << QStringList {kJwt, kJwt.section(u'.', 1, 1), kJwt.section(u'.', 2, 2)}
        << QStringList {u"expirationTimestamp"_s, u"2026-12-05T15:04:05Z"_s, u"\"token\""_s};
    QTest::newRow("aws eks get-token output")
        << uR"({"kind": "ExecCredential", "apiVersion": "client.authentication.k8s.io/v1beta1", "spec": {}, "status": {"expirationTimestamp": "2026-12-05T14:14:00Z", "token": "%1"}})"_s
               .arg(kEks)
        << QStringList {kEks, kEks.mid(11, 40)} << QStringList {u"ExecCredential"_s};
    QTest::newRow("gke-gcloud-auth-plugin YAML-ish debug line")
        << u"I1205 14:00:01.123 cred.go:88] cached token: %1 expires 2026-12-05T15:00:00Z"_s.arg(kGke)
        << QStringList {kGke, kGke.mid(5, 30)} << QStringList {u"cred.go:88"_s, u"2026-12-05T15:00:00Z"_s};
    QTest::newRow("az --debug: request headers")
        << u"DEBUG: cli.azure.cli.core.sdk.policies: 'Authorization': 'Bearer %1'\n"
           u"DEBUG: msal.token_cache: refresh_token=0.AXkAb1cD2eF3gH4iJ5kL6mN7oP8qR9sT0uV1wX2yZ3aB4cD5eF6g"_s
               .arg(kJwt)
        << QStringList {kJwt, u"0.AXkAb1cD2eF3gH4iJ5kL6mN7oP8qR9sT0uV1wX2yZ3aB4cD5eF6g"_s}
        << QStringList {u"DEBUG: cli.azure.cli.core.sdk.policies"_s, u"Authorization"_s};
    QTest::newRow("az get-access-token JSON")
        << uR"({"accessToken": "%1", "expiresOn": "2026-12-05 15:04:05.000000", "expires_on": 1796483045, "subscription": "8f3a1c2e-5b7d-4e9f-a1b2-c3d4e5f60718", "tenant": "72f988bf-86f1-41af-91ab-2d7cd011db47", "tokenType": "Bearer"})"_s
               .arg(kJwt)
        << QStringList {kJwt} << QStringList {u"8f3a1c2e-5b7d-4e9f-a1b2-c3d4e5f60718"_s, u"tokenType"_s};
    QTest::newRow("OAuth error with tokens in a URL and a form")
        << u"POST https://login.example/token?client_secret=s3cr3tV4lue&grant_type=refresh_token "
           u"body: client_id=abc&refresh_token=1.ARwAv9kQ7mZp&scope=openid"_s
        << QStringList {u"s3cr3tV4lue"_s, u"1.ARwAv9kQ7mZp"_s}
        << QStringList {u"grant_type=refresh_token"_s, u"client_id=abc"_s, u"scope=openid"_s};
    QTest::newRow("client key in ExecCredential")
        << uR"({"status":{"clientCertificateData":"-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIU\n-----END CERTIFICATE-----\n","clientKeyData":"-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIGp3\n-----END EC PRIVATE KEY-----\n"}})"_s
        << QStringList {u"MIIBszCCAVmgAwIBAgIU"_s, u"MHcCAQEEIGp3"_s} << QStringList {u"clientKeyData"_s};
    QTest::newRow("PEM key printed raw")
        << u"loaded key:\n-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg\n"
           u"-----END PRIVATE KEY-----\ndone"_s
        << QStringList {u"MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg"_s, u"PRIVATE KEY-----\n"_s}
        << QStringList {u"loaded key:"_s, u"done"_s};
    QTest::newRow("password in YAML and a hex key")
        << u"password: Hunter2-hunter2\nstorageAccountKey %1"_s.arg(kHex)
        << QStringList {u"Hunter2-hunter2"_s, kHex} << QStringList {u"storageAccountKey"_s};
    QTest::newRow("bare token on its own line (--token flag echoed)")
        << u"running: kubectl --token %1 get pv"_s.arg(kGke) << QStringList {kGke}
        << QStringList {u"running: kubectl"_s, u"get pv"_s};
}

void TestSecretScrubber::secretsGo()
{
    QFETCH(QString, text);
    QFETCH(QStringList, secrets);
    QFETCH(QStringList, kept);
    const QString out = SecretScrubber::scrub(text);
    for (const QString& secret : std::as_const(secrets))
        QVERIFY2(!out.contains(secret), qPrintable(u"\"%1\" survived in: %2"_s.arg(secret, out)));
    for (const QString& word : std::as_const(kept))
        QVERIFY2(out.contains(word), qPrintable(u"\"%1\" was lost from: %2"_s.arg(word, out)));
    QVERIFY(out.contains(SecretScrubber::kRedacted));
}

void TestSecretScrubber::wordsStay_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("kubelogin device-code prompt")
        << u"To sign in, use a web browser to open the page https://microsoft.com/devicelogin and enter the "
           u"code F7KQ2M9XL to authenticate."_s;
    QTest::newRow("AADSTS error")
        << u"AADSTS70043: The refresh token has expired or is invalid due to sign-in frequency checks by "
           u"conditional access. Trace ID: 3fa85f64-5717-4562-b3fc-2c963f66afa6 Correlation ID: "
           u"0b6c9a1e-2f4d-4c8b-9e7a-5d3f1b2c4e6a Timestamp: 2026-12-05 14:00:01Z"_s;
    QTest::newRow("paths") << u"exec: executable /home/someone/.local/share/azure-kubelogin/bin/linux_amd64/"
                              u"kubelogin not found; see /usr/share/doc/kubernetes-client/README.Debian"_s;
    QTest::newRow("kubectl-style error")
        << u"error: You must be logged in to the server (Unauthorized): the server has asked for the "
           u"client to provide credentials"_s;
    QTest::newRow("resource ids")
        << u"/subscriptions/8f3a1c2e-5b7d-4e9f-a1b2-c3d4e5f60718/resourceGroups/ase-rg/providers/"
           u"Microsoft.DataBoxEdge/dataBoxEdgeDevices/ase-demo"_s;
}

void TestSecretScrubber::wordsStay()
{
    QFETCH(QString, text);
    QCOMPARE(SecretScrubber::scrub(text), text);
}

QTEST_APPLESS_MAIN(TestSecretScrubber)
#include "tst_secretscrubber.moc"
