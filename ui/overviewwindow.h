#pragma once

#include "namespaceref.h"
#include "namespacescan.h"
#include "packagetype.h"
#include "retentionpolicy.h"
#include "session.h"

#include <QDialog>
#include <QPointer>
#include <QSet>

#include <functional>
#include <optional>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QModelIndex;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;

namespace Packhouse {

class OverviewModel;
class SizeChartWidget;

// The namespace Overview (issue #18), a window of its own that MainWindow owns: the health and size of every
// package of one namespace at a glance. It lists the packages at once (a few requests) to say what a scan
// costs in REST requests against what is left this hour, lets the cost be capped, scans with progress and
// Cancel (what was scanned stays, marked partial), and shows the table (sortable, filterable), the totals and
// a chart of size by package. A rule — the Retention rules panel's, or a preset — previews per package what
// it would delete and free; "Review…" hands the selected package's deletions to MainWindow, and selecting a
// row opens the package in the main views. Closing it (Esc) hides it and cancels a scan under way (what was
// scanned stays): MainWindow shows it again, results and all, for the same namespace. No request of its own:
// NamespaceScan does them.
class OverviewWindow : public QDialog
{
    Q_OBJECT

public:
    enum class RuleChoice
    {
        RetentionPanel, // the Retention rules panel's current rule
        UntaggedOnly,
        KeepNewest10,
        None,
    };
    // The Retention rules panel's rule now (MainWindow's); null when there is no panel.
    using RuleSource = std::function<std::optional<RetentionRule>()>;

    OverviewWindow(Session *session, const NamespaceRef &owner, RuleSource panelRule,
                   QWidget *parent = nullptr);
    ~OverviewWindow() override;

    const NamespaceRef &owner() const { return m_owner; }
    NamespaceScan *scan() const { return m_scan; }
    OverviewModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    SizeChartWidget *chart() const { return m_chart; }

    // Scans the listed packages with the chosen rule and cap (after listing them again for a second scan).
    void startScan();
    // Keeps what was scanned, marked partial; while the packages are listed again for a second scan, goes
    // back to the scan before.
    void cancelScan();
    bool isListed() const { return m_listed; }
    bool isScanning() const { return m_scanning; }
    bool hasScanned() const { return m_scanned; }
    void setRuleChoice(RuleChoice choice);
    std::optional<RetentionRule> chosenRule() const;
    void setCap(int maxRestRequests);

    QString costText() const;
    QString progressText() const;
    QString statusText() const;
    // Each total's label and value, as shown.
    QList<std::pair<QString, QString>> totals() const;

    void done(int result) override;

Q_SIGNALS:
    // The current row changed: MainWindow opens the package in the main views.
    void packageSelected(Packhouse::PackageType type, const QString &name);
    // A row was activated (double-clicked, or Enter pressed): the same, and MainWindow comes to the front.
    void packageActivated(Packhouse::PackageType type, const QString &name);
    // "Review…": the package's review of what the rule would delete.
    void reviewRequested(Packhouse::PackageType type, const QString &name, const QSet<qint64> &versionIds);
    // The package list arrived (the cost is known), and a scan ended (finished, capped or cancelled).
    void packagesListed();
    void scanFinished();

private:
    QWidget *createTopBar();
    QWidget *createTotals();
    void listPackages(bool thenScan);
    void followScan(NamespaceScan *scan);
    void onPackagesListed();
    void onPackageScanned();
    void onScanFinished();
    void updateCost();
    void updateProgress();
    void updateTotals();
    void updateChart();
    void updateStatus();
    void updateReviewButton();
    void updateRuleDescription();
    void onSelectionChanged();
    void requestReview();
    QModelIndex selectedSourceRow() const;

    QPointer<Session> m_session; // not owned
    NamespaceRef m_owner;
    RuleSource m_panelRule;
    QPointer<NamespaceScan> m_scan; // the model's; a new one for each listing
    OverviewModel *m_model;         // owned (child)
    QSortFilterProxyModel *m_proxy; // owned (child)
    bool m_listed = false;
    bool m_scanWhenListed = false;
    bool m_scanning = false;
    bool m_scanned = false; // a scan ran on m_scan: the next one lists again
    bool m_chartPending = false;
    std::optional<RetentionRule> m_ruleOfScan; // the rule the last scan previewed

    QLabel *m_namespaceLabel;
    QLabel *m_costLabel;
    QSpinBox *m_cap;
    QPushButton *m_scanButton;
    QPushButton *m_cancelButton;
    QProgressBar *m_progress;
    QLabel *m_status;
    QComboBox *m_ruleChoice;
    QLabel *m_ruleDescription;
    QPushButton *m_reviewButton;
    QLineEdit *m_filter;
    QTableView *m_table;
    QGridLayout *m_totalsLayout;
    QList<QLabel *> m_totalValues;
    SizeChartWidget *m_chart;
};

} // namespace Packhouse
