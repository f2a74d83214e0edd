// p4 of issue #9: a VersionTreeModel with 100,000 container versions behind a VersionFilterProxyModel.
// Prints {"p4_filter_ms": …, "p4_sort_ms": …, "p4_bytes_per_version": …}: the median of 5 filter and sort
// runs, and the heap the model holds per version (malloc statistics).
#include "versionfilterproxymodel.h"
#include "versiontreemodel.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <malloc.h>

#include <algorithm>
#include <cstdio>

using namespace Packhouse;

namespace {

constexpr int versionCount = 100'000;
constexpr int pageSize = 100;
constexpr int runs = 5;

// Like a busy CI cache: newest first, five minutes apart, one in ten tagged (build numbers, some
// releases and release candidates), the rest untagged single images.
QList<QList<PackageVersion>> makePages()
{
    const QDateTime newest = QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);
    QList<QList<PackageVersion>> pages;
    QList<PackageVersion> page;
    for (int i = 0; i < versionCount; ++i) {
        PackageVersion version;
        version.id = 10'000'000 + versionCount - i;
        version.name =
            QStringLiteral("sha256:") +
            QString::fromLatin1(
                QCryptographicHash::hash(QByteArray::number(i), QCryptographicHash::Sha256).toHex());
        if (i % 10 == 0) {
            version.tags.append(QStringLiteral("build-%1").arg(versionCount - i));
            if (i % 100 == 0)
                version.tags.append(
                    QStringLiteral("v%1.%2.%3").arg(i / 10'000).arg(i / 100 % 100).arg(i % 7));
            if (i % 300 == 0)
                version.tags.append(
                    QStringLiteral("v%1.%2.0-rc.%3").arg(i / 10'000).arg(i / 100 % 100).arg(i % 5));
        }
        version.createdAt = newest.addSecs(-qint64(i) * 300);
        version.updatedAt = version.createdAt;
        version.htmlUrl =
            QUrl(QStringLiteral("https://github.com/orgs/acme/packages/container/cache/%1").arg(version.id));
        page.append(version);
        if (page.size() == pageSize)
            pages.append(std::exchange(page, {}));
    }
    return pages;
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

// A proxy maps a parent's rows when they are first asked for: as a view with the 90,000-row "Untagged"
// group expanded would, so that the figures include filtering and sorting that group too.
int touchUntaggedGroup(const VersionFilterProxyModel &proxy)
{
    const QModelIndex group = proxy.index(proxy.rowCount() - 1, 0);
    return group.data(VersionTreeModel::IsGroupRole).toBool() ? proxy.rowCount(group) : 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);

    malloc_trim(0);
    const size_t before = mallinfo2().uordblks;
    QList<QList<PackageVersion>> pages = makePages();
    Package package;
    package.name = QStringLiteral("cache");
    package.type = PackageType::Container;

    auto *model = new VersionTreeModel(nullptr, nullptr);
    model->setPackage(NamespaceRef::organization(QStringLiteral("acme")), package);
    // No client: nothing is listed. Fed as pages, the way the listing delivers them, without the network.
    for (const QList<PackageVersion> &page : std::as_const(pages))
        model->appendVersions(page);
    pages.clear(); // the model now holds the only copy of every string
    malloc_trim(0);
    const size_t after = mallinfo2().uordblks;
    const double bytesPerVersion = (double(after) - double(before)) / versionCount;

    VersionFilterProxyModel proxy;
    proxy.setSourceModel(model);
    QList<double> filterMs;
    QList<double> sortMs;
    for (int run = 0; run < runs; ++run) {
        filterMs.append(timeMs([&] {
            proxy.setTextFilter(QStringLiteral("v1.*, !*-rc.*"));
            touchUntaggedGroup(proxy);
        }));
        proxy.setTextFilter(QString());
        sortMs.append(timeMs([&] {
            proxy.sort(VersionTreeModel::CreatedColumn, run % 2 ? Qt::AscendingOrder : Qt::DescendingOrder);
            touchUntaggedGroup(proxy);
        }));
    }
    const int shown = proxy.rowCount();

    const QJsonObject result{{QStringLiteral("p4_filter_ms"), median(filterMs)},
                             {QStringLiteral("p4_sort_ms"), median(sortMs)},
                             {QStringLiteral("p4_bytes_per_version"), bytesPerVersion},
                             {QStringLiteral("versions"), int(model->versions().size())},
                             {QStringLiteral("top_level_rows"), shown}};
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    delete model;
    return 0;
}
