// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
// Kubeconfig loading and merging, and exec credential plugin output. The input is split
// at lines "#---8<---" into up to four kubeconfig files merged in order; the whole input
// is also read as an ExecCredential of both API versions.

#include "app/kube/ExecCredentialProvider.h"
#include "app/kube/Kubeconfig.h"
#include "tests/fuzz/FuzzSupport.h"

using namespace ase;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView input = fuzz::bytes(data, size);

    QList<Kubeconfig> files;
    qsizetype from = 0;
    while (from <= input.size() && files.size() < 4) {
        qsizetype cut = input.indexOf("\n#---8<---\n", from);
        if (cut < 0 || files.size() == 3)
            cut = input.size();
        files << Kubeconfig::fromYaml(
            input.sliced(from, cut - from).toByteArray(), u"/fuzz/config-%1"_s.arg(files.size()), u"/fuzz"_s);
        from = cut + 11;
    }
    const Kubeconfig merged = Kubeconfig::merged(files);
    (void)merged.contextNames();
    (void)merged.validate();
    for (const QString& name : merged.contextNames())
        (void)merged.validate(name);

    for (const QString& version :
        {u"client.authentication.k8s.io/v1"_s, u"client.authentication.k8s.io/v1beta1"_s}) {
        QString error;
        const Credential credential
            = ExecCredentialProvider::parseOutput(input.toByteArray(), version, &error);
        (void)credential;
    }
    return 0;
}
