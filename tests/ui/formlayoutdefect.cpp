// Issue #19's proof. Qt 6.4.2's QFormLayout, holding a word-wrapping (height-for-width) label, writes past
// the end of its row array in heightForWidth() once a row it has laid out is hidden: setupHfwLayoutData()
// sizes the array by the visible rows but writes every row at the layout index it had when last visible. The
// Details pane hid rows in just such a form and corrupted the heap. Run under valgrind by
// formlayoutdefect.sh:
//   formlayoutdefect qformlayout   the bare Qt sequence (valgrind reports invalid writes on Qt < 6.5)
//   formlayoutdefect detailspane   the same sequence through DetailsPane (valgrind must report nothing)
#include "detailspane.h"

#include <QApplication>
#include <QFormLayout>
#include <QLabel>
#include <QSplitter>

#include <cstdio>

using namespace Packhouse;

namespace {

int qFormLayoutSequence()
{
    QWidget pane;
    auto *form = new QFormLayout(&pane);
    QList<QLabel *> values;
    for (int row = 0; row < 9; ++row) {
        auto *value = new QLabel(QStringLiteral("value %1, long enough to wrap its words").arg(row));
        value->setWordWrap(true);
        form->addRow(QStringLiteral("Row %1:").arg(row), value);
        values.append(value);
    }
    form->sizeHint(); // lays out all nine rows
    for (int row = 1; row < values.size(); ++row)
        form->setRowVisible(values[row], false);
    return form->heightForWidth(300) > 0 ? 0 : 1;
}

PackageVersion exampleVersion()
{
    PackageVersion version;
    version.id = 1;
    version.name = QStringLiteral("sha256:%1").arg(QString(64, u'a'));
    version.tags = {QStringLiteral("latest"), QStringLiteral("1.4.0"), QStringLiteral("a-long-tag-to-wrap")};
    version.createdAt = version.updatedAt = version.deletedAt = QDateTime::currentDateTimeUtc();
    return version;
}

// The same sequence through the Details pane: a version (every row) is laid out, then a package (fewer rows)
// is asked for its height at a width, as a splitter asks; then the app's way, shown in a splitter and
// resized.
int detailsPaneSequence()
{
    const NamespaceRef acme = NamespaceRef::organization(QStringLiteral("acme"));
    Package web;
    web.name = QStringLiteral("web");
    web.type = PackageType::Container;
    web.repositoryFullName = QStringLiteral("acme/web-with-a-long-repository-name");
    web.createdAt = web.updatedAt = QDateTime::currentDateTimeUtc();
    const PackageVersion version = exampleVersion();
    Package bare; // no repository, no dates: the fewest rows
    bare.name = QStringLiteral("bare");
    bare.type = PackageType::Npm;
    int height = 0;
    {
        DetailsPane details;
        details.showVersion(acme, web, version, QStringLiteral("linux/arm64"));
        height += details.sizeHint().height();
        details.showPackage(acme, bare);
        height += details.heightForWidth(300);
    }
    QSplitter splitter;
    auto *details = new DetailsPane;
    splitter.addWidget(new QWidget);
    splitter.addWidget(details);
    splitter.resize(640, 480);
    splitter.show();
    for (int round = 0; round < 6; ++round) {
        details->showVersion(acme, web, version, QStringLiteral("linux/arm64"));
        height += splitter.minimumSizeHint().height() + details->heightForWidth(200 + round);
        details->showPackage(acme, round % 2 ? web : bare);
        height += splitter.minimumSizeHint().height() + details->heightForWidth(300 + round);
        splitter.resize(600 + 20 * round, 480);
        QApplication::processEvents();
    }
    return height > 0 ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QString mode = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (mode == u"qformlayout")
        return qFormLayoutSequence();
    if (mode == u"detailspane")
        return detailsPaneSequence();
    std::fprintf(stderr, "usage: formlayoutdefect qformlayout|detailspane\n");
    return 2;
}
