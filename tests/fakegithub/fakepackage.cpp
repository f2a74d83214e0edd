#include "fakepackage.h"

#include <algorithm>

namespace FakeGitHub {

int Package::activeVersionCount() const
{
    return int(std::count_if(versions.cbegin(), versions.cend(),
                             [](const PackageVersion &v) { return !v.isDeleted(); }));
}

PackageVersion *Package::version(qint64 versionId)
{
    const auto it = std::find_if(versions.begin(), versions.end(),
                                 [versionId](const PackageVersion &v) { return v.id == versionId; });
    return it == versions.end() ? nullptr : &*it;
}

} // namespace FakeGitHub
