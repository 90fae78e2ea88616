// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
// YamlEmitter: objects as `kubectl get -o yaml` prints them (layout, key order, quoting).

#include "models/resources/Yaml.h"

#include "tests/support/TestJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace ase;
using ase::test::json;
using namespace Qt::StringLiterals;

class TestYamlEmitter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emitObject_data();
    void emitObject();
    void kubectlKeyOrder();
    void quoting_data();
    void quoting();
};

void TestYamlEmitter::emitObject_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("static pvc keeps empty storageClassName") << QByteArray(
        R"({"spec":{"volumeName":"share1","storageClassName":"","resources":{"requests":{"storage":"32Ti"}},
            "accessModes":["ReadWriteOnce"]},"metadata":{"namespace":"edge-apps","name":"data","labels":{"app":"web"}},
            "kind":"PersistentVolumeClaim","apiVersion":"v1"})")
                                                             << QByteArray("apiVersion: v1\n"
                                                                           "kind: PersistentVolumeClaim\n"
                                                                           "metadata:\n"
                                                                           "  labels:\n"
                                                                           "    app: web\n"
                                                                           "  name: data\n"
                                                                           "  namespace: edge-apps\n"
                                                                           "spec:\n"
                                                                           "  accessModes:\n"
                                                                           "  - ReadWriteOnce\n"
                                                                           "  resources:\n"
                                                                           "    requests:\n"
                                                                           "      storage: 32Ti\n"
                                                                           "  storageClassName: \"\"\n"
                                                                           "  volumeName: share1\n");

    QTest::newRow("local pv with node affinity and status")
        << QByteArray(R"({"apiVersion":"v1","kind":"PersistentVolume","metadata":{"name":"pvc-1a2b",
            "annotations":{"pv.kubernetes.io/provisioned-by":"rancher.io/local-path"},"finalizers":["kubernetes.io/pv-protection"],
            "resourceVersion":"1234","creationTimestamp":"2024-05-01T10:00:00Z"},
            "spec":{"capacity":{"storage":"8Gi"},"accessModes":["ReadWriteOnce"],"hostPath":{"path":"/var/lib/x","type":"DirectoryOrCreate"},
            "nodeAffinity":{"required":{"nodeSelectorTerms":[{"matchExpressions":[{"key":"kubernetes.io/hostname","operator":"In","values":["node-1"]}]}]}},
            "claimRef":{"kind":"PersistentVolumeClaim","namespace":"db","name":"mysql","uid":"5f0c","resourceVersion":"77"},
            "persistentVolumeReclaimPolicy":"Delete","storageClassName":"ase-node-local","volumeMode":"Filesystem","mountOptions":[]},
            "status":{"phase":"Bound","lastPhaseTransitionTime":"2024-05-01T10:00:01Z"}})")
        << QByteArray("apiVersion: v1\n"
                      "kind: PersistentVolume\n"
                      "metadata:\n"
                      "  annotations:\n"
                      "    pv.kubernetes.io/provisioned-by: rancher.io/local-path\n"
                      "  creationTimestamp: \"2024-05-01T10:00:00Z\"\n"
                      "  finalizers:\n"
                      "  - kubernetes.io/pv-protection\n"
                      "  name: pvc-1a2b\n"
                      "  resourceVersion: \"1234\"\n"
                      "spec:\n"
                      "  accessModes:\n"
                      "  - ReadWriteOnce\n"
                      "  capacity:\n"
                      "    storage: 8Gi\n"
                      "  claimRef:\n"
                      "    kind: PersistentVolumeClaim\n"
                      "    name: mysql\n"
                      "    namespace: db\n"
                      "    resourceVersion: \"77\"\n"
                      "    uid: 5f0c\n"
                      "  hostPath:\n"
                      "    path: /var/lib/x\n"
                      "    type: DirectoryOrCreate\n"
                      "  mountOptions: []\n"
                      "  nodeAffinity:\n"
                      "    required:\n"
                      "      nodeSelectorTerms:\n"
                      "      - matchExpressions:\n"
                      "        - key: kubernetes.io/hostname\n"
                      "          operator: In\n"
                      "          values:\n"
                      "          - node-1\n"
                      "  persistentVolumeReclaimPolicy: Delete\n"
                      "  storageClassName: ase-node-local\n"
                      "  volumeMode: Filesystem\n"
                      "status:\n"
                      "  lastPhaseTransitionTime: \"2024-05-01T10:00:01Z\"\n"
                      "  phase: Bound\n");

    QTest::newRow("storage class: kubernetes keys first, quoted annotation")
        << QByteArray(R"({"allowVolumeExpansion":true,"apiVersion":"storage.k8s.io/v1","kind":"StorageClass",
            "metadata":{"name":"ase-node-local","annotations":{"storageclass.kubernetes.io/is-default-class":"true"}},
            "provisioner":"rancher.io/local-path","reclaimPolicy":"Delete","volumeBindingMode":"WaitForFirstConsumer",
            "parameters":{}})")
        << QByteArray("apiVersion: storage.k8s.io/v1\n"
                      "kind: StorageClass\n"
                      "metadata:\n"
                      "  annotations:\n"
                      "    storageclass.kubernetes.io/is-default-class: \"true\"\n"
                      "  name: ase-node-local\n"
                      "allowVolumeExpansion: true\n"
                      "parameters: {}\n"
                      "provisioner: rancher.io/local-path\n"
                      "reclaimPolicy: Delete\n"
                      "volumeBindingMode: WaitForFirstConsumer\n");

    QTest::newRow("numbers, null, nested lists") << QByteArray(
        R"({"kind":"X","spec":{"int":5,"negative":-12,"big":9007199254740993,"half":0.5,"tiny":1.5e-7,
            "million":1e6,"huge":1e21,"odd":123456789.5,"zero":0,"nothing":null,"flag":false,
            "matrix":[[1,2],[]],"objects":[{"b":1,"a":[{"x":"y"}]},{}]}})")
                                                 << QByteArray("kind: X\n"
                                                               "spec:\n"
                                                               "  big: 9007199254740993\n"
                                                               "  flag: false\n"
                                                               "  half: 0.5\n"
                                                               "  huge: 1e+21\n"
                                                               "  int: 5\n"
                                                               "  matrix:\n"
                                                               "  - - 1\n"
                                                               "    - 2\n"
                                                               "  - []\n"
                                                               "  million: 1000000\n"
                                                               "  negative: -12\n"
                                                               "  nothing: null\n"
                                                               "  objects:\n"
                                                               "  - a:\n"
                                                               "    - x: \"y\"\n"
                                                               "    b: 1\n"
                                                               "  - {}\n"
                                                               "  odd: 1.234567895e+08\n"
                                                               "  tiny: 1.5e-07\n"
                                                               "  zero: 0\n");

    QTest::newRow("multi-line strings as literal blocks")
        << QByteArray(R"({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"scripts"},
            "data":{"run.sh":"#!/bin/sh\necho hi\n","motd":"line one\nline two","indented":"  two spaces\nthen none",
            "kept":"end\n\n","blank":"a\n\nb"}})")
        << QByteArray("apiVersion: v1\n"
                      "kind: ConfigMap\n"
                      "metadata:\n"
                      "  name: scripts\n"
                      "data:\n"
                      "  blank: |-\n"
                      "    a\n"
                      "\n"
                      "    b\n"
                      "  indented: |2-\n"
                      "      two spaces\n"
                      "    then none\n"
                      "  kept: |+\n"
                      "    end\n"
                      "\n"
                      "  motd: |-\n"
                      "    line one\n"
                      "    line two\n"
                      "  run.sh: |\n"
                      "    #!/bin/sh\n"
                      "    echo hi\n");

    QTest::newRow("long strings fold at column 80") << QByteArray(
        R"({"kind":"X","metadata":{"annotations":{"description":"The quick brown fox jumps over the lazy dog and keeps running through the forest until night falls.",
            "note":"key: the quick brown fox jumps over the lazy dog and keeps running through the forest until night"}}})")
                                                    << QByteArray(
                                                           "kind: X\n"
                                                           "metadata:\n"
                                                           "  annotations:\n"
                                                           "    description: The quick brown fox jumps over "
                                                           "the lazy dog and keeps running through\n"
                                                           "      the forest until night falls.\n"
                                                           "    note: 'key: the quick brown fox jumps over "
                                                           "the lazy dog and keeps running through\n"
                                                           "      the forest until night'\n");

    QTest::newRow("go-yaml key order: non-letters first, digit runs numerically") << QByteArray(
        R"({"kind":"X","data":{"b":1,"a10":1,"a9":1,"a-b":1,"ab":1,"A":1,"_x":1,"a.b":1,"a/c":1}})")
                                                                                  << QByteArray("kind: X\n"
                                                                                                "data:\n"
                                                                                                "  _x: 1\n"
                                                                                                "  A: 1\n"
                                                                                                "  a-b: 1\n"
                                                                                                "  a.b: 1\n"
                                                                                                "  a/c: 1\n"
                                                                                                "  a9: 1\n"
                                                                                                "  a10: 1\n"
                                                                                                "  ab: 1\n"
                                                                                                "  b: 1\n");

    QTest::newRow("list items get the top-level order")
        << QByteArray(R"({"apiVersion":"v1","kind":"List","metadata":{"resourceVersion":""},
            "items":[{"provisioner":"p","kind":"StorageClass","apiVersion":"storage.k8s.io/v1","metadata":{"name":"a"}}]})")
        << QByteArray("apiVersion: v1\n"
                      "kind: List\n"
                      "metadata:\n"
                      "  resourceVersion: \"\"\n"
                      "items:\n"
                      "- apiVersion: storage.k8s.io/v1\n"
                      "  kind: StorageClass\n"
                      "  metadata:\n"
                      "    name: a\n"
                      "  provisioner: p\n");

    QTest::newRow("empty object") << QByteArray("{}") << QByteArray("{}\n");
}

void TestYamlEmitter::emitObject()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    const QByteArray yaml = toYaml(json(input));
    QCOMPARE(QString::fromUtf8(yaml), QString::fromUtf8(expected));
}

void TestYamlEmitter::kubectlKeyOrder()
{
    const QJsonObject sc
        = json(R"({"allowVolumeExpansion":true,"apiVersion":"storage.k8s.io/v1","kind":"StorageClass",
        "metadata":{"name":"s"},"provisioner":"p"})");
    QCOMPARE(QString::fromUtf8(toYaml(sc, YamlKeyOrder::Kubectl)),
        u"allowVolumeExpansion: true\napiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata:\n"
        "  name: s\nprovisioner: p\n"_s);
}

void TestYamlEmitter::quoting_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected"); // the text after "v: "

    // Strings a YAML 1.1 reader would take for another type: double-quoted.
    for (const char* word : {"true", "True", "TRUE", "false", "yes", "Yes", "YES", "no", "No", "on", "On",
             "off", "OFF", "y", "Y", "n", "N", "null", "Null", "NULL", "~"})
        QTest::addRow("bool or null word %s", word)
            << QString::fromLatin1(word) << u"\"%1\""_s.arg(QLatin1StringView(word));
    QTest::newRow("empty") << QString() << u"\"\""_s;
    QTest::newRow("integer") << u"123"_s << u"\"123\""_s;
    QTest::newRow("negative integer") << u"-7"_s << u"\"-7\""_s;
    QTest::newRow("plus sign") << u"+1"_s << u"\"+1\""_s;
    QTest::newRow("octal mode") << u"0755"_s << u"\"0755\""_s;
    QTest::newRow("not octal but float") << u"0789"_s << u"\"0789\""_s;
    QTest::newRow("hex") << u"0x1F"_s << u"\"0x1F\""_s;
    QTest::newRow("binary") << u"0b101"_s << u"\"0b101\""_s;
    QTest::newRow("underscores") << u"1_000"_s << u"\"1_000\""_s;
    QTest::newRow("exponent") << u"1e3"_s << u"\"1e3\""_s;
    QTest::newRow("float") << u"3.14"_s << u"\"3.14\""_s;
    QTest::newRow("leading dot float") << u".5"_s << u"\".5\""_s;
    QTest::newRow("infinity") << u".inf"_s << u"\".inf\""_s;
    QTest::newRow("minus infinity") << u"-.Inf"_s << u"\"-.Inf\""_s;
    QTest::newRow("not a number") << u".NaN"_s << u"\".NaN\""_s;
    QTest::newRow("huge integer") << u"123456789012345678901234567890"_s
                                  << u"\"123456789012345678901234567890\""_s;
    QTest::newRow("date") << u"2024-01-01"_s << u"\"2024-01-01\""_s;
    QTest::newRow("short date") << u"2024-1-2"_s << u"\"2024-1-2\""_s;
    QTest::newRow("timestamp") << u"2024-01-01T10:00:00Z"_s << u"\"2024-01-01T10:00:00Z\""_s;
    QTest::newRow("timestamp with offset")
        << u"2024-01-01t10:00:00.5+02:00"_s << u"\"2024-01-01t10:00:00.5+02:00\""_s;
    QTest::newRow("space timestamp") << u"2024-01-01 10:00:00"_s << u"\"2024-01-01 10:00:00\""_s;
    QTest::newRow("base 60 time") << u"12:30"_s << u"\"12:30\""_s;
    QTest::newRow("base 60 with seconds") << u"1:20:30.5"_s << u"\"1:20:30.5\""_s;

    // Plain: nothing to misread.
    QTest::newRow("mixed case is a string for go-yaml") << u"yES"_s << u"yES"_s;
    QTest::newRow("quantity") << u"32Ti"_s << u"32Ti"_s;
    QTest::newRow("milli quantity") << u"500m"_s << u"500m"_s;
    QTest::newRow("version") << u"1.2.3"_s << u"1.2.3"_s;
    QTest::newRow("impossible date") << u"2024-13-01"_s << u"2024-13-01"_s;
    QTest::newRow("dash inside") << u"-x"_s << u"-x"_s;
    QTest::newRow("colon without space") << u"a:b"_s << u"a:b"_s;
    QTest::newRow("leading colon") << u":x"_s << u":x"_s;
    QTest::newRow("hash without space") << u"a#b"_s << u"a#b"_s;
    QTest::newRow("comma inside") << u"a, b"_s << u"a, b"_s;
    QTest::newRow("apostrophe inside") << u"it's"_s << u"it's"_s;
    QTest::newRow("question mark") << u"?x"_s << u"?x"_s;
    QTest::newRow("path") << u"/var/lib/edge"_s << u"/var/lib/edge"_s;
    QTest::newRow("url") << u"https://example.com/a?b=c"_s << u"https://example.com/a?b=c"_s;
    QTest::newRow("non-ascii letters") << u"größe"_s << u"größe"_s;
    QTest::newRow("merge key text") << u"<<"_s << u"<<"_s;

    // Single-quoted: indicators and spaces plain style cannot carry.
    QTest::newRow("leading space") << u" lead"_s << u"' lead'"_s;
    QTest::newRow("trailing space") << u"trail "_s << u"'trail '"_s;
    QTest::newRow("dash space") << u"- item"_s << u"'- item'"_s;
    QTest::newRow("lone dash") << u"-"_s << u"'-'"_s;
    QTest::newRow("colon space") << u"a: b"_s << u"'a: b'"_s;
    QTest::newRow("trailing colon") << u"a:"_s << u"'a:'"_s;
    QTest::newRow("space hash") << u"a #b"_s << u"'a #b'"_s;
    QTest::newRow("leading hash") << u"#x"_s << u"'#x'"_s;
    QTest::newRow("star") << u"*"_s << u"'*'"_s;
    QTest::newRow("anchor") << u"&a"_s << u"'&a'"_s;
    QTest::newRow("tag") << u"!x"_s << u"'!x'"_s;
    QTest::newRow("pipe") << u"|"_s << u"'|'"_s;
    QTest::newRow("greater") << u">x"_s << u"'>x'"_s;
    QTest::newRow("quoted") << u"'q'"_s << u"'''q'''"_s;
    QTest::newRow("double quoted") << u"\"q\""_s << u"'\"q\"'"_s;
    QTest::newRow("percent") << u"%x"_s << u"'%x'"_s;
    QTest::newRow("at") << u"@x"_s << u"'@x'"_s;
    QTest::newRow("backtick") << u"`x`"_s << u"'`x`'"_s;
    QTest::newRow("flow sequence") << u"[a]"_s << u"'[a]'"_s;
    QTest::newRow("flow mapping") << u"{a}"_s << u"'{a}'"_s;
    QTest::newRow("leading comma") << u",a"_s << u"',a'"_s;
    QTest::newRow("question space") << u"? x"_s << u"'? x'"_s;
    QTest::newRow("document marker") << u"---"_s << u"'---'"_s;
    QTest::newRow("document end") << u"..."_s << u"'...'"_s;

    // Double-quoted with escapes: characters YAML cannot show raw.
    QTest::newRow("tab") << u"a\tb"_s << u"\"a\\tb\""_s;
    QTest::newRow("emoji") << u"ok 😀"_s << u"\"ok \\U0001F600\""_s;
    QTest::newRow("control") << u"a\u0001"_s << u"\"a\\x01\""_s;
    QTest::newRow("space before newline") << u"a \nb"_s << u"\"a \\nb\""_s;
    QTest::newRow("trailing space in multi-line") << u"a\nb "_s << u"\"a\\nb \""_s;
}

void TestYamlEmitter::quoting()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    const QJsonObject object {{u"v"_s, value}};
    QCOMPARE(QString::fromUtf8(toYaml(object)), u"v: "_s + expected + u"\n"_s);

    // Whatever the style, reading it back gives the string again.
    const YamlDocuments back = parseYaml(toYaml(object));
    QVERIFY2(back.ok(), qPrintable(back.error ? back.error->toString() : QString()));
    QCOMPARE(back.objects.size(), 1);
    QCOMPARE(back.objects.first().value(u"v"), QJsonValue(value));
}

QTEST_GUILESS_MAIN(TestYamlEmitter)
#include "tst_yamlemitter.moc"
