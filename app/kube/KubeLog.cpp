#include "app/kube/KubeLog.h"

namespace ase {

Q_LOGGING_CATEGORY(lcKube, "ase.kube", QtWarningMsg)

} // namespace ase
