#include "semanticversion.h"

#include <algorithm>
#include <limits>
#include <tuple>

namespace Packhouse {

namespace {

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isIdentifierChar(QChar c)
{
    return isDigit(c) || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'-';
}

bool isNumeric(QStringView identifier)
{
    return std::all_of(identifier.begin(), identifier.end(), isDigit);
}

// A numeric identifier: digits only, no leading zero (except "0" itself), fits an int.
std::optional<int> numericPart(QStringView text)
{
    if (text.isEmpty() || !isNumeric(text) || (text.size() > 1 && text.front() == u'0'))
        return std::nullopt;
    qint64 value = 0;
    for (QChar c : text) {
        value = value * 10 + (c.unicode() - u'0');
        if (value > std::numeric_limits<int>::max())
            return std::nullopt;
    }
    return int(value);
}

// Dot-separated, non-empty identifiers of [0-9A-Za-z-]; pre-release numeric ones without leading zeros.
bool validIdentifiers(QStringView text, bool numericRule)
{
    for (QStringView identifier : text.split(u'.')) {
        if (identifier.isEmpty() || !std::all_of(identifier.begin(), identifier.end(), isIdentifierChar))
            return false;
        if (numericRule && isNumeric(identifier) && identifier.size() > 1 && identifier.front() == u'0')
            return false;
    }
    return true;
}

// Numeric identifiers compare numerically (by length first: no overflow), and below alphanumeric ones.
std::strong_ordering compareIdentifiers(QStringView a, QStringView b)
{
    const bool aNumeric = isNumeric(a);
    const bool bNumeric = isNumeric(b);
    if (aNumeric && bNumeric) {
        if (a.size() != b.size())
            return a.size() <=> b.size();
    } else if (aNumeric != bNumeric) {
        return aNumeric ? std::strong_ordering::less : std::strong_ordering::greater;
    }
    const int c = a.compare(b, Qt::CaseSensitive);
    return c <=> 0;
}

} // namespace

std::optional<SemanticVersion> SemanticVersion::parse(QStringView text)
{
    if (text.startsWith(u'v') || text.startsWith(u'V'))
        text = text.mid(1);
    SemanticVersion version;
    if (const qsizetype plus = text.indexOf(u'+'); plus >= 0) {
        const QStringView build = text.mid(plus + 1);
        if (!validIdentifiers(build, false))
            return std::nullopt;
        version.build = build.toString();
        text = text.left(plus);
    }
    if (const qsizetype dash = text.indexOf(u'-'); dash >= 0) {
        const QStringView pre = text.mid(dash + 1);
        if (!validIdentifiers(pre, true))
            return std::nullopt;
        for (QStringView identifier : pre.split(u'.'))
            version.preRelease.append(identifier.toString());
        text = text.left(dash);
    }
    const auto parts = text.split(u'.');
    if (parts.size() != 3)
        return std::nullopt;
    const auto major = numericPart(parts[0]);
    const auto minor = numericPart(parts[1]);
    const auto patch = numericPart(parts[2]);
    if (!major || !minor || !patch)
        return std::nullopt;
    version.major = *major;
    version.minor = *minor;
    version.patch = *patch;
    return version;
}

QString SemanticVersion::toString() const
{
    QString text = QString::number(major) + u'.' + QString::number(minor) + u'.' + QString::number(patch);
    if (isPreRelease())
        text += u'-' + preRelease.join(u'.');
    if (!build.isEmpty())
        text += u'+' + build;
    return text;
}

std::strong_ordering operator<=>(const SemanticVersion &a, const SemanticVersion &b)
{
    if (auto c = std::tie(a.major, a.minor, a.patch) <=> std::tie(b.major, b.minor, b.patch); c != 0)
        return c;
    // A pre-release sorts below its release.
    if (a.isPreRelease() != b.isPreRelease())
        return a.isPreRelease() ? std::strong_ordering::less : std::strong_ordering::greater;
    const qsizetype common = qMin(a.preRelease.size(), b.preRelease.size());
    for (qsizetype i = 0; i < common; ++i) {
        if (auto c = compareIdentifiers(a.preRelease[i], b.preRelease[i]); c != 0)
            return c;
    }
    return a.preRelease.size() <=> b.preRelease.size();
}

} // namespace Packhouse
