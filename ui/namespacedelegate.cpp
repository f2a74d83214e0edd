#include "namespacedelegate.h"

#include "namespacemodel.h"
#include "paletteiconengine.h"

namespace Packhouse {

NamespaceDelegate::NamespaceDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
    , m_userIcon(PaletteIconEngine::fromResource(QStringLiteral(":/packhouse/icons/namespace-user.svg")))
    , m_organizationIcon(
          PaletteIconEngine::fromResource(QStringLiteral(":/packhouse/icons/namespace-organization.svg")))
{}

void NamespaceDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant kind = index.data(NamespaceModel::NamespaceKindRole);
    if (!kind.isValid())
        return;
    option->icon = kind.toInt() == int(NamespaceRef::Kind::Organization) ? m_organizationIcon : m_userIcon;
    option->features |= QStyleOptionViewItem::HasDecoration;
}

} // namespace Packhouse
