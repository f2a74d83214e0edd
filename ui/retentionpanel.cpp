#include "retentionpanel.h"

#include "pruneoptions.h"
#include "retentionrulefile.h"
#include "statecolorbinding.h"
#include "versiontreemodel.h"

#include <QCheckBox>
#include <QClipboard>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace Packhouse {

RetentionPanel::RetentionPanel(VersionTreeModel *versions, const ServerConfig &server, QWidget *parent)
    : QWidget(parent)
    , m_versions(versions)
    , m_keepNewest(new QSpinBox(this))
    , m_olderThan(new QSpinBox(this))
    , m_untaggedOnly(new QCheckBox(tr("&Untagged only"), this))
    , m_tagPattern(new QLineEdit(this))
    , m_preReleasesOnly(new QCheckBox(tr("&Pre-releases only"), this))
    , m_previewLabel(new QLabel(this))
    , m_review(new QPushButton(tr("&Review…"), this))
    , m_server(server)
    , m_commandLine(new QLabel(this))
    , m_problem(new QLabel(this))
{
    setAccessibleName(tr("Retention rules"));
    m_keepNewest->setRange(0, 100000);
    m_keepNewest->setSpecialValueText(tr("off"));
    m_keepNewest->setAccessibleName(tr("Keep newest"));
    m_olderThan->setRange(0, 3650);
    m_olderThan->setSpecialValueText(tr("off"));
    //: After the number in "Delete if older than: 30 days".
    m_olderThan->setSuffix(tr(" day(s)", nullptr, m_olderThan->value()));
    connect(m_olderThan, &QSpinBox::valueChanged, this,
            [this](int days) { m_olderThan->setSuffix(tr(" day(s)", nullptr, days)); });
    m_olderThan->setAccessibleName(tr("Older than"));
    m_untaggedOnly->setAccessibleName(tr("Untagged only"));
    m_tagPattern->setAccessibleName(tr("Tag patterns"));
    m_tagPattern->setPlaceholderText(tr("v1.*, pr-?, !latest"));
    m_tagPattern->setToolTip(
        tr("Patterns separated by commas or spaces: * matches anything, ? one character, "
           "a leading ! excludes."));
    m_tagPattern->setClearButtonEnabled(true);
    m_preReleasesOnly->setAccessibleName(tr("Pre-releases only"));
    m_previewLabel->setAccessibleName(tr("Preview"));
    m_review->setAccessibleName(tr("Review…"));
    m_review->setEnabled(false);

    auto *form = new QFormLayout;
    form->addRow(tr("&Keep the newest:"), m_keepNewest);
    form->addRow(tr("Delete if &older than:"), m_olderThan);
    form->addRow(tr("&Tags:"), m_tagPattern);
    form->addRow(QString(), m_untaggedOnly);
    form->addRow(QString(), m_preReleasesOnly);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_previewLabel, 1);
    bottom->addWidget(m_review);
    // Wrapped in full, selectable, in a fixed font: the dock is narrow and the line is for copying.
    m_commandLine->setWordWrap(true);
    m_commandLine->setTextFormat(Qt::PlainText);
    m_commandLine->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_commandLine->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_commandLine->setObjectName(QStringLiteral("pruneCommandLine"));
    m_commandLine->setAccessibleName(tr("packhouse-prune command line"));
    m_commandLine->setToolTip(tr("Runs this rule headless, e.g. in CI; add --yes to delete."));
    auto *copy = new QPushButton(tr("&Copy"), this);
    copy->setAccessibleName(tr("Copy the command line"));
    connect(copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_commandLine->text()); });
    auto *commandRow = new QHBoxLayout;
    commandRow->addWidget(m_commandLine, 1);
    commandRow->addWidget(copy, 0, Qt::AlignTop);
    auto *exportButton = new QPushButton(tr("E&xport rules…"), this);
    exportButton->setObjectName(QStringLiteral("exportRules"));
    auto *importButton = new QPushButton(tr("&Import rules…"), this);
    importButton->setObjectName(QStringLiteral("importRules"));
    connect(exportButton, &QPushButton::clicked, this, &RetentionPanel::exportRules);
    connect(importButton, &QPushButton::clicked, this, &RetentionPanel::importRules);
    auto *files = new QHBoxLayout;
    files->addWidget(importButton);
    files->addWidget(exportButton);
    files->addStretch(1);
    m_problem->setWordWrap(true);
    StateColorBinding::bind(m_problem, StateColors::Role::ErrorText);
    m_problem->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(bottom);
    layout->addWidget(new QLabel(tr("In CI:"), this));
    layout->addLayout(commandRow);
    layout->addLayout(files);
    layout->addWidget(m_problem);
    layout->addStretch(1);

    connect(m_keepNewest, &QSpinBox::valueChanged, this, &RetentionPanel::schedulePreview);
    connect(m_olderThan, &QSpinBox::valueChanged, this, &RetentionPanel::schedulePreview);
    connect(m_untaggedOnly, &QCheckBox::toggled, this, &RetentionPanel::schedulePreview);
    connect(m_tagPattern, &QLineEdit::textChanged, this, &RetentionPanel::schedulePreview);
    connect(m_preReleasesOnly, &QCheckBox::toggled, this, &RetentionPanel::schedulePreview);
    connect(m_review, &QPushButton::clicked, this, [this] { Q_EMIT reviewRequested(m_preview); });

    connect(versions, &QAbstractItemModel::rowsInserted, this, &RetentionPanel::schedulePreview);
    connect(versions, &QAbstractItemModel::rowsRemoved, this, &RetentionPanel::schedulePreview);
    connect(versions, &QAbstractItemModel::modelReset, this, &RetentionPanel::schedulePreview);
    connect(versions, &QAbstractItemModel::dataChanged, this, &RetentionPanel::schedulePreview);
    connect(versions, &VersionTreeModel::listingFinished, this, &RetentionPanel::schedulePreview);
    // A new listing (another package, a refresh, Show deleted) starts with its manifests unread.
    connect(versions, &VersionTreeModel::loadingChanged, this, [this](bool loading) {
        if (loading)
            m_manifestsRequestedFor.clear();
    });
    connect(versions, &QAbstractItemModel::modelReset, this, [this] { m_manifestsRequestedFor.clear(); });
    updatePreview();
}

RetentionRule RetentionPanel::rule() const
{
    RetentionRule rule;
    rule.keepNewest = m_keepNewest->value();
    rule.olderThanDays = m_olderThan->value();
    rule.untaggedOnly = m_untaggedOnly->isChecked();
    rule.tagPattern = m_tagPattern->text();
    rule.preReleasesOnly = m_preReleasesOnly->isChecked();
    return rule;
}

void RetentionPanel::setRule(const RetentionRule &rule)
{
    m_keepNewest->setValue(rule.keepNewest);
    m_olderThan->setValue(rule.olderThanDays);
    m_untaggedOnly->setChecked(rule.untaggedOnly);
    m_tagPattern->setText(rule.tagPattern);
    m_preReleasesOnly->setChecked(rule.preReleasesOnly);
    updatePreview();
}

QString RetentionPanel::previewText() const
{
    return m_previewLabel->text();
}

QString RetentionPanel::commandLine() const
{
    return m_commandLine->text();
}

void RetentionPanel::exportRules()
{
    auto *dialog = new QFileDialog(this, tr("Export rules"), QString(), tr("Packhouse rules (*.json)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("json"));
    connect(dialog, &QFileDialog::fileSelected, this, &RetentionPanel::exportTo);
    dialog->open();
}

void RetentionPanel::importRules()
{
    auto *dialog = new QFileDialog(this, tr("Import rules"), QString(), tr("Packhouse rules (*.json)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &RetentionPanel::importFrom);
    dialog->open();
}

bool RetentionPanel::exportTo(const QString &path)
{
    RetentionRuleFile file;
    file.rule = rule();
    file.comment = tr("Exported from Packhouse for %1/%2")
                       .arg(m_versions ? m_versions->owner().login : QString(),
                            m_versions ? m_versions->package().name : QString());
    QString error;
    if (!file.write(path, &error)) {
        showProblem(tr("Could not export the rules to %1: %2").arg(path, error));
        return false;
    }
    m_problem->hide();
    return true;
}

bool RetentionPanel::importFrom(const QString &path)
{
    const Result<RetentionRuleFile> file = RetentionRuleFile::read(path);
    if (!file.ok()) {
        showProblem(tr("Could not import the rules: %1").arg(file.error().message));
        return false;
    }
    m_problem->hide();
    setRule(file.value().rule);
    return true;
}

void RetentionPanel::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->show();
}

void RetentionPanel::schedulePreview()
{
    if (m_previewPending)
        return;
    m_previewPending = true;
    QTimer::singleShot(0, this, &RetentionPanel::updatePreview);
}

void RetentionPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    schedulePreview();
}

// Which untagged versions belong to which image needs every index's manifest: asked for once per package
// listed in full, while the panel is shown (the panel lives on while packages change).
void RetentionPanel::loadManifestsForPreview()
{
    if (!isVisible() || m_versions->package().type != PackageType::Container ||
        !m_versions->isListingComplete())
        return;
    const QString package = m_versions->owner().login + u'/' + m_versions->package().name;
    if (package == m_manifestsRequestedFor || m_versions->manifestsComplete())
        return;
    m_manifestsRequestedFor = package;
    m_versions->loadAllManifests();
}

void RetentionPanel::updatePreview()
{
    m_previewPending = false;
    if (!m_versions)
        return;
    loadManifestsForPreview();
    const bool container = m_versions->package().type == PackageType::Container;
    // Only container versions carry tags; other types have version names.
    m_untaggedOnly->setEnabled(container);
    const QSet<qint64> ids = RetentionPolicy::select(
        rule(), m_versions->versions(), container ? &m_versions->imageTree() : nullptr,
        QDateTime::currentDateTimeUtc(), m_versions->isListingComplete());
    const qsizetype count = ids.size();
    m_previewLabel->setText(rule().isEmpty() ? tr("Set a rule to see which versions it would delete.")
                                             : tr("%Ln version(s) would be deleted", nullptr, int(count)));
    m_review->setEnabled(count > 0);
    // Screen readers read the count itself, not just what the label is for.
    //: The retention panel's count, for screen readers: "Preview: 3 versions would be deleted".
    m_previewLabel->setAccessibleName(tr("Preview: %1").arg(m_previewLabel->text()));
    m_commandLine->setText(rule().isEmpty() ? QString()
                                            : PruneOptions::commandLineFor(
                                                  rule(), m_server, m_versions->owner(),
                                                  m_versions->package().type, m_versions->package().name));
    if (ids != m_preview) {
        m_preview = ids;
        Q_EMIT previewChanged(m_preview);
    }
}

} // namespace Packhouse
