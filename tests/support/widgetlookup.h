#pragma once

// Finding the widgets a test or a driver acts on as a person would: by accessible name, and a dialog's button
// that accepts it.
#include <QAbstractButton>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QWidget>

template<typename T>
T *findByName(QWidget *parent, const QString &accessibleName)
{
    const QList<T *> all = parent->findChildren<T *>();
    for (T *widget : all) {
        if (widget->accessibleName() == accessibleName)
            return widget;
    }
    return nullptr;
}

// The button of the dialog's button box in the accept role ("Delete 3 versions", "Restore"); null when none.
inline QPushButton *acceptButton(QWidget *dialog)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    const QList<QAbstractButton *> all = buttons ? buttons->buttons() : QList<QAbstractButton *>();
    for (QAbstractButton *button : all) {
        if (buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            return qobject_cast<QPushButton *>(button);
    }
    return nullptr;
}
