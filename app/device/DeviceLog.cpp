#include "app/device/DeviceLog.h"

namespace ase {

Q_LOGGING_CATEGORY(lcDevice, "ase.device", QtWarningMsg)

} // namespace ase
