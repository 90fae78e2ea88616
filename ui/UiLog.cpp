#include "ui/UiLog.h"

namespace ase {

Q_LOGGING_CATEGORY(lcUi, "ase.ui", QtWarningMsg)

} // namespace ase
