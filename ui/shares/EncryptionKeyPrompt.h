// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <functional>

class QWidget;

namespace ase {

class Session;

/// Runs `then` once the connected device's encryption key (channel integrity key,
/// reference §1.12) is known: from the session or the keychain, else asked in a
/// window-modal dialog ("encryptionKeyDialog", the text hidden) and kept in the keychain.
/// `canceled` (may be empty) runs when the user cancels.
void withEncryptionKey(
    QWidget* parent, Session* session, std::function<void()> then, std::function<void()> canceled = {});

} // namespace ase
