#include "overviewwindow.h"

#include "datasize.h"
#include "githubclient.h"
#include "modelroles.h"
#include "namespacescan.h"
#include "overviewmodel.h"
#include "session.h"
#include "sizechartwidget.h"
#include "statecolorbinding.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Packhouse {

namespace {

// Counts are read with their thousands apart ("4,873"), as the status bar shows the rate limit.
QString grouped(qint64 number)
{
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    return locale.toString(number);
}

constexpr int keepNewestPreset = 10;

} // namespace

OverviewWindow::OverviewWindow(Session *session, const NamespaceRef &owner, RuleSource panelRule,
                               QWidget *parent)
    : QDialog(parent, Qt::Window)
    , m_session(session)
    , m_owner(owner)
    , m_panelRule(std::move(panelRule))
    , m_model(new OverviewModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("overviewWindow"));
    setWindowTitle(tr("Overview of %1").arg(owner.login));
    setAccessibleName(tr("Namespace overview"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(OverviewModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1); // a name, a type ("npm") or a problem

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("overviewTable"));
    m_table->setAccessibleName(tr("Packages of the namespace"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    for (int column = 0; column < OverviewModel::ColumnCount; ++column) {
        const QVariant width = m_model->headerData(column, Qt::Horizontal, DefaultWidthRole);
        if (width.isValid())
            m_table->horizontalHeader()->resizeSection(column, width.toInt());
    }
    m_table->sortByColumn(OverviewModel::SizeColumn, Qt::DescendingOrder);

    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter by name, type or problem"));
    m_filter->setAccessibleName(tr("Filter packages"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(m_filter->fontMetrics().averageCharWidth() * 28);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_ruleChoice = new QComboBox(this);
    m_ruleChoice->setAccessibleName(tr("Rule"));
    m_ruleChoice->addItem(tr("The Retention rules panel's"), int(RuleChoice::RetentionPanel));
    m_ruleChoice->addItem(tr("Untagged only"), int(RuleChoice::UntaggedOnly));
    m_ruleChoice->addItem(tr("Keep the newest %n", nullptr, keepNewestPreset), int(RuleChoice::KeepNewest10));
    m_ruleChoice->addItem(tr("No rule"), int(RuleChoice::None));
    m_ruleChoice->setToolTip(
        tr("What the Reclaimable and Rule deletes columns preview; a change applies from "
           "the next scan"));
    m_ruleDescription = new QLabel(this);
    m_ruleDescription->setAccessibleName(tr("Rule in use"));
    StateColorBinding::bind(m_ruleDescription, StateColors::Role::SecondaryText);
    connect(m_ruleChoice, &QComboBox::currentIndexChanged, this, &OverviewWindow::updateRuleDescription);
    m_reviewButton = new QPushButton(tr("Re&view…"), this);
    m_reviewButton->setAccessibleName(tr("Review the rule's deletions"));
    m_reviewButton->setToolTip(tr("Open the selected package's review of what the rule would delete"));
    connect(m_reviewButton, &QPushButton::clicked, this, &OverviewWindow::requestReview);

    auto *ruleRow = new QHBoxLayout;
    auto *ruleLabel = new QLabel(tr("&Rule:"), this);
    ruleLabel->setBuddy(m_ruleChoice);
    ruleRow->addWidget(ruleLabel);
    ruleRow->addWidget(m_ruleChoice);
    ruleRow->addWidget(m_ruleDescription, 1);
    ruleRow->addWidget(m_reviewButton);
    auto *filterLabel = new QLabel(tr("&Filter:"), this);
    filterLabel->setBuddy(m_filter);
    ruleRow->addSpacing(12);
    ruleRow->addWidget(filterLabel);
    ruleRow->addWidget(m_filter);

    m_chart = new SizeChartWidget(this);
    m_chart->setObjectName(QStringLiteral("sizeChart"));

    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QHBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(createTotals(), 0, Qt::AlignTop);
    bottomLayout->addWidget(m_chart, 1);

    auto *tablePart = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tablePart);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addLayout(ruleRow);
    tableLayout->addWidget(m_table, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("overviewSplitter"));
    splitter->addWidget(tablePart);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createTopBar());
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);

    // A double click, or Enter: the style emits activated for either (a click where a click activates).
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QModelIndex source = m_proxy->mapToSource(index);
        if (const PackageHealth *health = m_model->healthAt(source))
            Q_EMIT packageActivated(health->package.type, health->package.name);
    });
    // The selection, not the current index: a view makes its first row current when it gets the focus.
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OverviewWindow::onSelectionChanged);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &OverviewWindow::updateReviewButton);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &OverviewWindow::updateReviewButton);

    if (m_session) {
        connect(m_session->client(), &GitHubClient::rateLimitChanged, this, &OverviewWindow::updateCost);
        connect(m_session, &QObject::destroyed, this, &QWidget::close);
    }
    updateRuleDescription();
    resize(1280, 800);
    listPackages(false);
}

OverviewWindow::~OverviewWindow()
{
    if (m_scan)
        m_scan->disconnect(this);
    m_model->setScan(nullptr);
}

QWidget *OverviewWindow::createTopBar()
{
    auto *bar = new QWidget(this);
    m_namespaceLabel = new QLabel(bar);
    m_namespaceLabel->setAccessibleName(tr("Namespace"));
    QFont bold = m_namespaceLabel->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_namespaceLabel->setFont(bold);
    m_namespaceLabel->setText(m_owner.isOrganization() ? tr("%1 (organization)").arg(m_owner.login)
                                                       : tr("%1 (user)").arg(m_owner.login));

    m_costLabel = new QLabel(bar);
    m_costLabel->setAccessibleName(tr("Cost of a scan"));
    m_costLabel->setWordWrap(true);

    m_cap = new QSpinBox(bar);
    m_cap->setAccessibleName(tr("Request cap"));
    m_cap->setRange(0, 1'000'000);
    m_cap->setSingleStep(50);
    m_cap->setSpecialValueText(tr("No cap"));
    m_cap->setGroupSeparatorShown(true);
    m_cap->setToolTip(tr("Scan only the packages whose listing fits in this many REST requests, in table "
                         "order; the manifests come from the registry and cost none"));
    connect(m_cap, &QSpinBox::valueChanged, this, &OverviewWindow::updateCost);
    //: The cap's unit is in the label: the box shows a bare number.
    auto *capLabel = new QLabel(tr("Ca&p (REST requests):"), bar);
    capLabel->setBuddy(m_cap);

    m_scanButton = new QPushButton(tr("&Scan"), bar);
    m_scanButton->setAccessibleName(tr("Scan"));
    m_scanButton->setDefault(true);
    connect(m_scanButton, &QPushButton::clicked, this, &OverviewWindow::startScan);
    m_cancelButton = new QPushButton(tr("&Cancel"), bar);
    m_cancelButton->setAccessibleName(tr("Cancel the scan"));
    m_cancelButton->setToolTip(tr("Stop scanning; what was scanned stays"));
    m_cancelButton->setEnabled(false);
    connect(m_cancelButton, &QPushButton::clicked, this, &OverviewWindow::cancelScan);

    m_progress = new QProgressBar(this);
    m_progress->setAccessibleName(tr("Scan progress"));
    m_progress->setTextVisible(true);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->hide();

    m_status = new QLabel(this);
    m_status->setAccessibleName(tr("Scan status"));
    m_status->setWordWrap(true);
    StateColorBinding::bind(m_status, StateColors::Role::WarningText);
    QFont statusFont = m_status->font();
    statusFont.setBold(true);
    m_status->setFont(statusFont);
    m_status->hide();

    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_namespaceLabel);
    layout->addSpacing(12);
    layout->addWidget(m_costLabel, 1);
    layout->addWidget(capLabel);
    layout->addWidget(m_cap);
    layout->addWidget(m_scanButton);
    layout->addWidget(m_cancelButton);
    return bar;
}

QWidget *OverviewWindow::createTotals()
{
    auto *box = new QWidget(this);
    box->setAccessibleName(tr("Totals"));
    m_totalsLayout = new QGridLayout(box);
    m_totalsLayout->setContentsMargins(0, 0, 12, 0);
    m_totalsLayout->setHorizontalSpacing(12);
    auto *heading = new QLabel(tr("Totals"), box);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    m_totalsLayout->addWidget(heading, 0, 0, 1, 2);
    const QStringList names = {tr("Packages"), tr("Versions"),     tr("Size"), tr("Reclaimable by rule"),
                               tr("Orphans"),  tr("Broken images")};
    const QStringList labels = {tr("Packages:"), tr("Versions:"),     tr("Size:"), tr("Reclaimable by rule:"),
                                tr("Orphans:"),  tr("Broken images:")};
    for (qsizetype i = 0; i < names.size(); ++i) {
        auto *name = new QLabel(labels.at(i), box);
        auto *value = new QLabel(box);
        value->setAccessibleName(names.at(i));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        name->setBuddy(value);
        m_totalsLayout->addWidget(name, int(i) + 1, 0, Qt::AlignLeft | Qt::AlignTop);
        m_totalsLayout->addWidget(value, int(i) + 1, 1, Qt::AlignLeft | Qt::AlignTop);
        m_totalValues.append(value);
    }
    m_totalsLayout->setRowStretch(int(names.size()) + 1, 1);
    return box;
}

std::optional<RetentionRule> OverviewWindow::chosenRule() const
{
    RetentionRule rule;
    switch (RuleChoice(m_ruleChoice->currentData().toInt())) {
    case RuleChoice::RetentionPanel: {
        const std::optional<RetentionRule> panel = m_panelRule ? m_panelRule() : std::nullopt;
        if (!panel || panel->isEmpty())
            return std::nullopt;
        return panel;
    }
    case RuleChoice::UntaggedOnly:
        rule.untaggedOnly = true;
        return rule;
    case RuleChoice::KeepNewest10:
        rule.keepNewest = keepNewestPreset;
        return rule;
    case RuleChoice::None:
        return std::nullopt;
    }
    return std::nullopt;
}

void OverviewWindow::setRuleChoice(RuleChoice choice)
{
    m_ruleChoice->setCurrentIndex(m_ruleChoice->findData(int(choice)));
}

void OverviewWindow::setCap(int maxRestRequests)
{
    m_cap->setValue(maxRestRequests);
}

void OverviewWindow::updateRuleDescription()
{
    const auto choice = RuleChoice(m_ruleChoice->currentData().toInt());
    QString text;
    if (choice == RuleChoice::RetentionPanel) {
        const std::optional<RetentionRule> panel = m_panelRule ? m_panelRule() : std::nullopt;
        text = !panel             ? tr("(no panel: open a package first)")
               : panel->isEmpty() ? tr("(the panel has no criterion set: nothing is previewed)")
                                  : QString();
    }
    if (m_scanned && !m_scanning && chosenRule() != m_ruleOfScan)
        text = text.isEmpty() ? tr("Scan again to apply it.") : tr("%1 Scan again to apply it.").arg(text);
    m_ruleDescription->setText(text);
}

void OverviewWindow::listPackages(bool thenScan)
{
    if (!m_session)
        return;
    if (m_scan)
        m_scan->disconnect(this);
    NamespaceScan::Options options;
    options.rule = chosenRule();
    m_listed = false;
    m_scanned = false;
    m_scanWhenListed = thenScan;
    // The model makes the scan (the one before is cancelled) and lists the packages: the UI sends nothing.
    followScan(m_model->startListing(m_session->client(), m_session->registry(), m_owner, options));
    updateCost();
    updateStatus();
}

void OverviewWindow::followScan(NamespaceScan *scan)
{
    m_scan = scan;
    connect(m_scan, &NamespaceScan::packagesListed, this, &OverviewWindow::onPackagesListed);
    connect(m_scan, &NamespaceScan::packageScanned, this, &OverviewWindow::onPackageScanned);
    connect(m_scan, &NamespaceScan::finished, this, &OverviewWindow::onScanFinished);
}

void OverviewWindow::onPackagesListed()
{
    m_listed = true;
    updateCost();
    updateTotals();
    updateChart();
    Q_EMIT packagesListed();
    if (m_scanWhenListed) {
        m_scanWhenListed = false;
        m_scanning = false;
        startScan();
    }
    updateStatus();
}

void OverviewWindow::startScan()
{
    if (!m_session || !m_scan || m_scanning)
        return;
    if (!m_listed || m_scanned) {
        // The first listing is under way: the scan starts when it arrives. A second scan lists again (the
        // ETag cache answers what did not change for free).
        if (m_scanned)
            listPackages(true);
        m_scanWhenListed = true;
        m_scanning = true;
        m_progress->setRange(0, 0);
        m_progress->setFormat(tr("Listing the packages…"));
        m_progress->show();
        updateStatus();
        return;
    }
    m_ruleOfScan = chosenRule();
    m_scan->setRule(m_ruleOfScan);
    m_scanning = true;
    m_scanned = true;
    m_scan->scanPackages(m_cap->value());
    updateProgress();
    updateStatus();
    updateRuleDescription();
}

void OverviewWindow::cancelScan()
{
    if (!m_scanning || !m_scan)
        return;
    m_scanWhenListed = false;
    if (!m_listed) {
        // Still listing: nothing was scanned. Scanning again, the table is back to the scan before, as
        // it was; the first listing goes on for the cost.
        m_scanning = false;
        m_progress->hide();
        if (m_model->abandonListing()) {
            m_scan->disconnect(this);
            followScan(m_model->scan());
            m_listed = true;
            m_scanned = true;
            updateProgress();
            updateCost();
            updateTotals();
            updateChart();
            updateReviewButton();
            updateRuleDescription();
        }
        updateStatus();
        return;
    }
    m_scan->cancel();
}

// Esc and the window's close button hide the window (MainWindow keeps it, results and all); a scan under way
// is cancelled first, keeping what it scanned (not once the session is gone: its client went with it).
void OverviewWindow::done(int result)
{
    if (m_session)
        cancelScan();
    QDialog::done(result);
}

void OverviewWindow::onPackageScanned()
{
    updateProgress();
    updateTotals();
    updateReviewButton();
    // Drawn once per turn of the event loop, however many packages arrived in it.
    if (!m_chartPending) {
        m_chartPending = true;
        QTimer::singleShot(0, this, [this] {
            m_chartPending = false;
            updateChart();
        });
    }
}

void OverviewWindow::onScanFinished()
{
    if (!m_scanned) // a listing cancelled before its scan began
        return;
    m_scanning = false;
    updateProgress();
    updateTotals();
    updateChart();
    updateStatus();
    updateReviewButton();
    updateRuleDescription();
    Q_EMIT scanFinished();
}

QString OverviewWindow::costText() const
{
    if (!m_scan || !m_listed)
        return tr("Listing the packages of %1…").arg(m_owner.login);
    if (const auto error = m_scan->listingError(); error && m_scan->packages().isEmpty())
        return tr("The packages of %1 could not be listed: %2").arg(m_owner.login, error->userMessage());
    const int estimate = m_scan->estimatedRestRequests();
    const RateLimit limit = m_session ? m_session->client()->rateLimit() : RateLimit();
    QString text =
        limit.isKnown()
            ? tr("Scanning costs about %1 REST request(s) of your %2 left this hour.", nullptr, estimate)
                  .arg(grouped(estimate), grouped(limit.remaining))
            : tr("Scanning costs about %1 REST request(s).", nullptr, estimate).arg(grouped(estimate));
    const int packages = int(m_scan->packages().size());
    const int cap = m_cap->value();
    if (cap > 0 && cap < estimate) {
        text += u' ' + tr("The cap of %1 covers %2 of %n package(s).", nullptr, packages)
                           .arg(grouped(cap), grouped(m_scan->packagesWithin(cap)));
    } else if (limit.isKnown() && estimate > limit.remaining) {
        text +=
            u' ' + (limit.reset.isValid()
                        ? tr("That is more than is left: cap it, or scan after %1.")
                              .arg(QLocale().toString(limit.reset.toLocalTime().time(), QLocale::ShortFormat))
                        : tr("That is more than is left: cap it."));
    }
    return text;
}

QString OverviewWindow::progressText() const
{
    if (!m_scan)
        return {};
    const int toScan = m_scan->toScanCount();
    return tr("%1 of %n package(s)", nullptr, toScan).arg(grouped(std::min(m_scan->scannedCount(), toScan)));
}

QString OverviewWindow::statusText() const
{
    if (!m_scan || !m_listed)
        return {};
    if (const auto error = m_scan->listingError(); error && m_scan->packages().isEmpty())
        return tr("The packages could not be listed: %1").arg(error->userMessage());
    if (!m_scanned || m_scanning)
        return {};
    const int packages = int(m_scan->packages().size());
    const int scanned = m_scan->scannedCount();
    QStringList parts;
    if (m_scan->wasCancelled()) {
        parts.append(tr("Partial: cancelled after %1 of %n package(s). The totals and the chart count the "
                        "scanned packages only.",
                        nullptr, packages)
                         .arg(grouped(scanned)));
    } else if (m_scan->toScanCount() < packages) {
        parts.append(tr("Partial: the cap covered %1 of %n package(s). The totals and the chart count the "
                        "scanned packages only.",
                        nullptr, packages)
                         .arg(grouped(m_scan->toScanCount())));
    }
    if (const auto error = m_scan->listingError())
        parts.append(tr("Partial: the package list is incomplete (%1).").arg(error->userMessage()));
    int incomplete = 0;
    for (const PackageHealth &health : m_scan->packages())
        incomplete += health.scanned && !health.complete ? 1 : 0;
    if (incomplete > 0)
        parts.append(tr("%n package(s) could not be read completely: see Problems.", nullptr, incomplete));
    return parts.join(u' ');
}

void OverviewWindow::updateCost()
{
    m_costLabel->setText(costText());
}

void OverviewWindow::updateProgress()
{
    if (!m_scan || !m_scanned) {
        if (!m_scanning)
            m_progress->hide();
        return;
    }
    m_progress->setRange(0, std::max(1, m_scan->toScanCount()));
    m_progress->setValue(std::min(m_scan->scannedCount(), m_scan->toScanCount()));
    m_progress->setFormat(progressText());
    m_progress->show();
}

void OverviewWindow::updateStatus()
{
    const QString text = statusText();
    const bool partial = m_scan && m_scanned && !m_scanning && !m_scan->isComplete();
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    m_scanButton->setText(m_scanned && !m_scanning ? tr("&Scan again") : tr("&Scan"));
    m_scanButton->setEnabled(m_session && !m_scanning);
    m_cancelButton->setEnabled(m_scanning);
    m_cap->setEnabled(!m_scanning);
    m_ruleChoice->setEnabled(!m_scanning);
    setWindowTitle(partial ? tr("Overview of %1 (partial)").arg(m_owner.login)
                           : tr("Overview of %1").arg(m_owner.login));
}

QList<std::pair<QString, QString>> OverviewWindow::totals() const
{
    QList<std::pair<QString, QString>> rows;
    const OverviewModel::Totals totals = m_model->totals();
    rows.append(
        {tr("Packages"), totals.scanned == totals.packages
                             ? grouped(totals.packages)
                             : tr("%1 (%2 scanned)").arg(grouped(totals.packages), grouped(totals.scanned))});
    rows.append({tr("Versions"), grouped(totals.versions)});
    rows.append({tr("Size"), totals.sizedPackages == 0
                                 ? tr("—")
                                 : tr("%1 in %n container package(s)", nullptr, totals.sizedPackages)
                                       .arg(dataSizeText(totals.sizeBytes))});
    rows.append({tr("Reclaimable by rule"),
                 !totals.hasRule ? tr("— (no rule)")
                                 : tr("%1 (%n version(s) deleted)", nullptr, totals.ruleDeletions)
                                       .arg(dataSizeText(totals.reclaimableBytes))});
    rows.append({tr("Orphans"), grouped(totals.orphans)});
    rows.append({tr("Broken images"), grouped(totals.brokenImages)});
    return rows;
}

void OverviewWindow::updateTotals()
{
    const QList<std::pair<QString, QString>> rows = totals();
    for (qsizetype i = 0; i < rows.size() && i < m_totalValues.size(); ++i)
        m_totalValues.at(i)->setText(rows.at(i).second);
}

// Size by package when some package has one; otherwise versions by package (npm, Maven… give no size).
void OverviewWindow::updateChart()
{
    QList<SizeChartWidget::Entry> sizes;
    QList<SizeChartWidget::Entry> versions;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const PackageHealth *health = m_model->healthAt(m_model->index(row, 0));
        if (!health || !health->scanned)
            continue;
        const QString label =
            health->isContainer()
                ? health->package.name
                : tr("%1 (%2)").arg(health->package.name, packageTypeDisplayName(health->package.type));
        if (health->sizeBytes)
            sizes.append({label, *health->sizeBytes});
        versions.append({label, health->versions});
    }
    if (!sizes.isEmpty())
        m_chart->setEntries(sizes, SizeChartWidget::Measure::Bytes);
    else
        m_chart->setEntries(versions, SizeChartWidget::Measure::Versions);
}

QModelIndex OverviewWindow::selectedSourceRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QModelIndex() : m_proxy->mapToSource(rows.constFirst());
}

void OverviewWindow::updateReviewButton()
{
    const PackageHealth *health = m_model->healthAt(selectedSourceRow());
    const bool reviewable = health && health->scanned && !health->ruleDeletionIds.isEmpty();
    m_reviewButton->setEnabled(reviewable);
    if (!health)
        m_reviewButton->setToolTip(tr("Select a package whose rule deletes versions"));
    else if (!reviewable)
        m_reviewButton->setToolTip(health->ruleRefusal.isEmpty()
                                       ? tr("The rule deletes nothing in %1").arg(health->package.name)
                                       : health->ruleRefusal);
    else
        m_reviewButton->setToolTip(tr("Review the %n version(s) the rule would delete in %1", nullptr,
                                      int(health->ruleDeletionIds.size()))
                                       .arg(health->package.name));
}

void OverviewWindow::onSelectionChanged()
{
    updateReviewButton();
    if (const PackageHealth *health = m_model->healthAt(selectedSourceRow()))
        Q_EMIT packageSelected(health->package.type, health->package.name);
}

void OverviewWindow::requestReview()
{
    const PackageHealth *health = m_model->healthAt(selectedSourceRow());
    if (!health || health->ruleDeletionIds.isEmpty())
        return;
    Q_EMIT reviewRequested(health->package.type, health->package.name,
                           QSet<qint64>(health->ruleDeletionIds.cbegin(), health->ruleDeletionIds.cend()));
}

} // namespace Packhouse
