// p4 of issues #9 and #17: VersionTreeModels of 100,000 versions (`--versions N` for fewer) behind a
// VersionFilterProxyModel. Prints one JSON line: the median of 5 filter and sort runs (and the first Name
// sort), and every byte the container tree holds per version (malloc statistics: the heap and the blocks
// malloc maps on its own).
#include "jsondecoder.h"
#include "versionfilterproxymodel.h"
#include "versiontreemodel.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <malloc.h>

#include <algorithm>
#include <cstdio>

using namespace Packhouse;

namespace {

constexpr int pageSize = 100;
constexpr int runs = 5;

// Pages as the listing delivers them: GitHub's JSON for each page of 100, read by the app's decoder (its
// strings and URLs are what the model keeps).
QList<QList<PackageVersion>> asListed(const QList<PackageVersion> &versions, const QString &packageType)
{
    const QString packageUrl =
        QStringLiteral("https://github.com/orgs/acme/packages/%1/package/cache").arg(packageType);
    QList<QList<PackageVersion>> pages;
    for (qsizetype first = 0; first < versions.size(); first += pageSize) {
        QJsonArray page;
        for (const PackageVersion &version : versions.mid(first, pageSize)) {
            QJsonObject metadata{{QStringLiteral("package_type"), packageType}};
            if (packageType == u"container")
                metadata.insert(
                    QStringLiteral("container"),
                    QJsonObject{{QStringLiteral("tags"), QJsonArray::fromStringList(version.tags)}});
            page.append(
                QJsonObject{{QStringLiteral("id"), version.id},
                            {QStringLiteral("name"), version.name},
                            {QStringLiteral("url"),
                             QStringLiteral("https://api.github.com/orgs/acme/packages/%1/cache/versions/%2")
                                 .arg(packageType)
                                 .arg(version.id)},
                            {QStringLiteral("package_html_url"), packageUrl},
                            {QStringLiteral("html_url"), packageUrl + QStringLiteral("/%1").arg(version.id)},
                            {QStringLiteral("created_at"), version.createdAt.toString(Qt::ISODate)},
                            {QStringLiteral("updated_at"), version.updatedAt.toString(Qt::ISODate)},
                            {QStringLiteral("metadata"), metadata}});
        }
        pages.append(JsonDecoder::versions(QJsonDocument(page).toJson(QJsonDocument::Compact)).value());
    }
    return pages;
}

// Like a busy CI cache: newest first, five minutes apart, one in ten tagged (build numbers, some
// releases and release candidates), the rest untagged single images.
QList<QList<PackageVersion>> makeContainerPages(int count)
{
    const QDateTime newest = QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);
    QList<PackageVersion> versions;
    for (int i = 0; i < count; ++i) {
        PackageVersion version;
        version.id = 10'000'000 + count - i;
        version.name =
            QStringLiteral("sha256:") +
            QString::fromLatin1(
                QCryptographicHash::hash(QByteArray::number(i), QCryptographicHash::Sha256).toHex());
        if (i % 10 == 0) {
            version.tags.append(QStringLiteral("build-%1").arg(count - i));
            if (i % 100 == 0)
                version.tags.append(
                    QStringLiteral("v%1.%2.%3").arg(i / 10'000).arg(i / 100 % 100).arg(i % 7));
            if (i % 300 == 0)
                version.tags.append(
                    QStringLiteral("v%1.%2.0-rc.%3").arg(i / 10'000).arg(i / 100 % 100).arg(i % 5));
        }
        version.createdAt = newest.addSecs(-qint64(i) * 300);
        version.updatedAt = version.createdAt;
        versions.append(version);
    }
    return asListed(versions, QStringLiteral("container"));
}

// Like a long-lived npm package: semantic-version names (one in seven a pre-release), ten majors, listed
// newest first but with the versions scattered, as backports are, so that sorting by name has work to do.
QList<QList<PackageVersion>> makeSemverPages(int count)
{
    const QDateTime newest = QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);
    const int perMajor = std::max(1, count / 10);
    QList<PackageVersion> versions;
    for (int i = 0; i < count; ++i) {
        const int n = int(qint64(i) * 7919 % count); // 7919 is prime: a permutation of 0..count-1
        PackageVersion version;
        version.id = 20'000'000 + count - i;
        version.name = QStringLiteral("%1.%2.%3").arg(n / perMajor).arg(n / 100 % 100).arg(n % 100);
        if (n % 7 == 0)
            version.name += QStringLiteral("-rc.%1").arg(n % 5);
        version.createdAt = newest.addSecs(-qint64(i) * 300);
        version.updatedAt = version.createdAt;
        versions.append(version);
    }
    return asListed(versions, QStringLiteral("npm"));
}

// Every byte malloc has handed out: its heap, and the large blocks (such as a 100,000-element vector) that
// it maps on their own and that uordblks leaves out.
double allocatedBytes()
{
    malloc_trim(0);
    const struct mallinfo2 info = mallinfo2();
    return double(info.uordblks) + double(info.hblkhd);
}

// No client: nothing is listed. Fed as pages, the way the listing delivers them, without the network.
VersionTreeModel *makeModel(PackageType type, const QList<QList<PackageVersion>> &pages)
{
    Package package;
    package.name = QStringLiteral("cache");
    package.type = type;
    for (const QList<PackageVersion> &page : pages)
        package.versionCount += int(page.size()); // as GitHub reports it, in the package list
    auto *model = new VersionTreeModel(nullptr, nullptr);
    model->setPackage(NamespaceRef::organization(QStringLiteral("acme")), package);
    for (const QList<PackageVersion> &page : pages)
        model->appendVersions(page);
    return model;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

template<typename Action>
double timeMs(Action action)
{
    QElapsedTimer timer;
    timer.start();
    action();
    return double(timer.nsecsElapsed()) / 1e6;
}

// A proxy maps a parent's rows when they are first asked for: as a view with every group expanded would (the
// 90,000-row "Untagged" group of the container tree, the majors of the other), so that the figures include
// filtering and sorting those rows too. Groups come after the versions at the top level.
void touchGroups(const VersionFilterProxyModel &proxy)
{
    for (int row = proxy.rowCount() - 1; row >= 0; --row) {
        const QModelIndex group = proxy.index(row, 0);
        if (!group.data(VersionTreeModel::IsGroupRole).toBool())
            return;
        proxy.rowCount(group);
    }
}

struct SortMs
{
    double first = 0; // the Name column's first sort builds the ranks the later ones reuse
    double median = 0;
};

SortMs sortMs(VersionFilterProxyModel &proxy, int column)
{
    QList<double> runMs;
    for (int run = 0; run < runs; ++run) {
        runMs.append(timeMs([&] {
            proxy.sort(column, run % 2 ? Qt::AscendingOrder : Qt::DescendingOrder);
            touchGroups(proxy);
        }));
    }
    return {runMs.constFirst(), median(runMs)};
}

int versionCountArgument(const QStringList &arguments)
{
    const qsizetype option = arguments.indexOf(QStringLiteral("--versions"));
    return option >= 0 && option + 1 < arguments.size() ? arguments.at(option + 1).toInt() : 100'000;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int versionCount = versionCountArgument(app.arguments());
    if (versionCount <= 0) {
        std::fprintf(stderr, "packhouse-model-bench: --versions needs a positive number\n");
        return 2;
    }

    const double before = allocatedBytes();
    QList<QList<PackageVersion>> pages = makeContainerPages(versionCount);
    VersionTreeModel *containers = makeModel(PackageType::Container, pages);
    pages.clear(); // the model now holds the only copy of every string
    const double withTree = allocatedBytes();

    VersionFilterProxyModel proxy;
    proxy.setSourceModel(containers);
    QList<double> filterMs;
    for (int run = 0; run < runs; ++run) {
        filterMs.append(timeMs([&] {
            proxy.setTextFilter(QStringLiteral("v1.*, !*-rc.*"));
            touchGroups(proxy);
        }));
        proxy.setTextFilter(QString());
    }
    const double sortCreatedMs = sortMs(proxy, VersionTreeModel::CreatedColumn).median;
    const SortMs sortContainerNameMs = sortMs(proxy, VersionTreeModel::NameColumn);
    const double withProxy = allocatedBytes();
    const int shown = proxy.rowCount();

    VersionTreeModel *semverTree = makeModel(PackageType::Npm, makeSemverPages(versionCount));
    VersionFilterProxyModel semverProxy;
    semverProxy.setSourceModel(semverTree);
    const SortMs sortSemverNameMs = sortMs(semverProxy, VersionTreeModel::NameColumn);

    const QJsonObject result{
        {QStringLiteral("p4_versions"), int(containers->versions().size())},
        {QStringLiteral("p4_bytes_per_version"), (withTree - before) / versionCount},
        {QStringLiteral("p4_proxy_bytes_per_version"), (withProxy - withTree) / versionCount},
        {QStringLiteral("p4_filter_ms"), median(filterMs)},
        {QStringLiteral("p4_sort_created_ms"), sortCreatedMs},
        // The Name column: tags or digests of the container tree, semantic-version order of the npm one.
        {QStringLiteral("p4_sort_name_ms"), std::max(sortContainerNameMs.median, sortSemverNameMs.median)},
        {QStringLiteral("p4_sort_name_container_ms"), sortContainerNameMs.median},
        {QStringLiteral("p4_sort_name_semver_ms"), sortSemverNameMs.median},
        {QStringLiteral("p4_sort_name_first_ms"),
         std::max(sortContainerNameMs.first, sortSemverNameMs.first)},
        {QStringLiteral("p4_top_level_rows"), shown}};
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    delete semverTree;
    delete containers;
    return 0;
}
