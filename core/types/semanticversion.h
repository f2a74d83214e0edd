#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <compare>
#include <optional>

namespace Packhouse {

// A Semantic Versioning 2.0.0 version. A leading "v" is tolerated ("v1.2.3" is the release 1.2.3, not a
// pre-release); everything else follows the specification strictly (no leading zeros, no empty identifiers).
struct SemanticVersion
{
    int major = 0;
    int minor = 0;
    int patch = 0;
    QStringList preRelease; // dot-separated identifiers after '-'
    QString build;          // after '+'; ignored for precedence

    static std::optional<SemanticVersion> parse(QStringView text);

    bool isPreRelease() const { return !preRelease.isEmpty(); }
    // "1.2.3-rc.1+build.5", without the "v".
    QString toString() const;

    // Precedence as SemVer §11 defines it: build metadata does not take part, so 1.0.0+a == 1.0.0+b.
    friend std::strong_ordering operator<=>(const SemanticVersion &a, const SemanticVersion &b);
    friend bool operator==(const SemanticVersion &a, const SemanticVersion &b)
    {
        return (a <=> b) == std::strong_ordering::equal;
    }
};

} // namespace Packhouse
