#pragma once

#include <QIcon>
#include <QStyledItemDelegate>

namespace Packhouse {

// Draws a namespace with whose it is: a person for users (the signed-in one included), a building for
// organizations. The model says which (NamespaceModel::NamespaceKindRole); the pictures are the UI's.
class NamespaceDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit NamespaceDelegate(QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    QIcon m_userIcon;
    QIcon m_organizationIcon;
};

} // namespace Packhouse
