#include "versionfilterbar.h"

#include "versionfilterproxymodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSpinBox>

namespace Packhouse {

VersionFilterBar::VersionFilterBar(VersionFilterProxyModel *proxy, QWidget *parent)
    : QWidget(parent)
    , m_proxy(proxy)
    , m_text(new QLineEdit(this))
    , m_tagState(new QComboBox(this))
    , m_olderThan(new QSpinBox(this))
    , m_preRelease(new QComboBox(this))
{
    m_text->setPlaceholderText(tr("Filter tags: v1.*, pr-?, !latest"));
    m_text->setClearButtonEnabled(true);
    m_text->setMinimumWidth(m_text->fontMetrics().horizontalAdvance(m_text->placeholderText()) + 40);
    m_text->setAccessibleName(tr("Filter versions"));
    m_text->setToolTip(tr("Tags or names, comma separated; * and ? are wildcards, ! excludes (Ctrl+F)"));

    using TagState = VersionFilterProxyModel::TagState;
    m_tagState->addItem(tr("Tagged and untagged"), QVariant::fromValue(int(TagState::Any)));
    //: Container tags ("latest"): show only versions that have a tag.
    m_tagState->addItem(tr("Tagged only"), QVariant::fromValue(int(TagState::Tagged)));
    m_tagState->addItem(tr("Untagged only"), QVariant::fromValue(int(TagState::Untagged)));
    m_tagState->setAccessibleName(tr("Tag state"));

    m_olderThan->setRange(0, 3650);
    m_olderThan->setSpecialValueText(tr("Any age"));
    //: Before the number of days in the filter's spin box: "Older than 30 days".
    m_olderThan->setPrefix(tr("Older than "));
    //: After the number in the filter's spin box: "Older than 30 days".
    m_olderThan->setSuffix(tr(" day(s)", nullptr, m_olderThan->value()));
    connect(m_olderThan, &QSpinBox::valueChanged, this,
            [this](int days) { m_olderThan->setSuffix(tr(" day(s)", nullptr, days)); });
    m_olderThan->setAccessibleName(tr("Older than days"));

    using PreRelease = VersionFilterProxyModel::PreRelease;
    m_preRelease->addItem(tr("All releases"), QVariant::fromValue(int(PreRelease::Any)));
    m_preRelease->addItem(tr("Pre-releases only"), QVariant::fromValue(int(PreRelease::Only)));
    m_preRelease->addItem(tr("No pre-releases"), QVariant::fromValue(int(PreRelease::Exclude)));
    m_preRelease->setAccessibleName(tr("Pre-releases"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_tagState);
    layout->addWidget(m_olderThan);
    layout->addWidget(m_preRelease);

    connect(m_text, &QLineEdit::textChanged, m_proxy, &VersionFilterProxyModel::setTextFilter);
    connect(m_tagState, &QComboBox::currentIndexChanged, m_proxy,
            [this] { m_proxy->setTagState(TagState(m_tagState->currentData().toInt())); });
    connect(m_olderThan, &QSpinBox::valueChanged, m_proxy, &VersionFilterProxyModel::setOlderThanDays);
    connect(m_preRelease, &QComboBox::currentIndexChanged, m_proxy,
            [this] { m_proxy->setPreRelease(PreRelease(m_preRelease->currentData().toInt())); });
}

void VersionFilterBar::focusTextFilter()
{
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
}

} // namespace Packhouse
