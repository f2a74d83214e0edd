#include "retentionpanel.h"

#include "versiontreemodel.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace Packhouse {

RetentionPanel::RetentionPanel(VersionTreeModel *versions, QWidget *parent)
    : QWidget(parent)
    , m_versions(versions)
    , m_keepNewest(new QSpinBox(this))
    , m_olderThan(new QSpinBox(this))
    , m_untaggedOnly(new QCheckBox(tr("Untagged only"), this))
    , m_tagPattern(new QLineEdit(this))
    , m_preReleasesOnly(new QCheckBox(tr("Pre-releases only"), this))
    , m_previewLabel(new QLabel(this))
    , m_review(new QPushButton(tr("Review…"), this))
{
    setAccessibleName(tr("Retention rules"));
    m_keepNewest->setRange(0, 100000);
    m_keepNewest->setSpecialValueText(tr("off"));
    m_keepNewest->setAccessibleName(tr("Keep newest"));
    m_olderThan->setRange(0, 3650);
    m_olderThan->setSpecialValueText(tr("off"));
    m_olderThan->setSuffix(tr(" days"));
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
    form->addRow(tr("Keep the newest:"), m_keepNewest);
    form->addRow(tr("Delete if older than:"), m_olderThan);
    form->addRow(tr("Tags:"), m_tagPattern);
    form->addRow(QString(), m_untaggedOnly);
    form->addRow(QString(), m_preReleasesOnly);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_previewLabel, 1);
    bottom->addWidget(m_review);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(bottom);

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
    // Which untagged versions belong to which image needs every index's manifest.
    if (versions->package().type == PackageType::Container && !versions->manifestsComplete())
        versions->loadAllManifests();
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

void RetentionPanel::schedulePreview()
{
    if (m_previewPending)
        return;
    m_previewPending = true;
    QTimer::singleShot(0, this, &RetentionPanel::updatePreview);
}

void RetentionPanel::updatePreview()
{
    m_previewPending = false;
    if (!m_versions)
        return;
    const bool container = m_versions->package().type == PackageType::Container;
    // Only container versions carry tags; other types have version names.
    m_untaggedOnly->setEnabled(container);
    const QSet<qint64> ids = RetentionPolicy::select(rule(), m_versions->versions(),
                                                     container ? &m_versions->imageTree() : nullptr,
                                                     QDateTime::currentDateTimeUtc());
    const qsizetype count = ids.size();
    m_previewLabel->setText(rule().isEmpty() ? tr("Set a rule to see which versions it would delete.")
                            : count == 1     ? tr("1 version would be deleted")
                                             : tr("%1 versions would be deleted").arg(count));
    m_review->setEnabled(count > 0);
    if (ids != m_preview) {
        m_preview = ids;
        Q_EMIT previewChanged(m_preview);
    }
}

} // namespace Packhouse
