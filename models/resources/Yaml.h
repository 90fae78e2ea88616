// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

// The YAML codec: kubectl-identical output (YamlEmitter, with YamlGoFormat for key order
// and numbers) and reading of multi-document streams (YamlParser, yaml-cpp), both typing
// scalars as kubectl does (YamlScalar).
#include "models/resources/YamlEmitter.h"
#include "models/resources/YamlParser.h"
