// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

// Kubernetes' own texts for invalid label keys and values (apimachinery validation), which
// the name and label-selector checks must reproduce word for word.

#include <QString>

namespace ase::test {

using namespace Qt::StringLiterals;

inline const QString kKeyMsg
    = u"must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an "
      u"alphanumeric "
      u"character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is "
      u"'([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')"_s;
inline const QString kValueMsg
    = u"a valid label must be an empty string or consist of alphanumeric characters, "
      u"'-', '_' or '.', and must "
      u"start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  "
      u"or '12345', regex used "
      u"for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')"_s;

} // namespace ase::test
