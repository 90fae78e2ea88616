# SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
# SPDX-License-Identifier: MIT
# One INTERFACE target carries the language standard, the warnings and the Qt hygiene
# defines for every target of the project.
add_library(ase_options INTERFACE)
target_compile_features(ase_options INTERFACE cxx_std_20)
target_compile_options(ase_options INTERFACE -Wall -Wextra -Wpedantic -Wold-style-cast)
if(ASE_WARNINGS_AS_ERRORS)
    target_compile_options(ase_options INTERFACE -Werror)
endif()
target_compile_definitions(ase_options INTERFACE
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_USE_QSTRINGBUILDER
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_UP_TO=0x060800
    ASE_VERSION="${PROJECT_VERSION}"
    $<$<NOT:$<CONFIG:Debug>>:QT_NO_DEBUG_OUTPUT>)
target_include_directories(ase_options INTERFACE ${PROJECT_SOURCE_DIR})
