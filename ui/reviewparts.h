#pragma once

#include <QString>
#include <QStringList>

class QDialog;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class QWidget;

namespace Packhouse::review {

// What the review dialogs (Review deletion, Review restore) share: how they list versions and how they ask
// before anything happens.

// "sha256:0123456789ab…": short enough for a column (the full digest goes in the tooltip); other names whole.
QString shortDigest(const QString &digest);
// A bold heading over a part of the review ("Will be deleted").
QLabel *sectionLabel(const QString &text, QWidget *parent);
// A tree of versions to read, not to select from.
QTreeWidget *makeTree(const QStringList &headers, const QString &accessibleName, QWidget *parent);
// Adds the button that confirms, labelled `confirmText`, to `buttons`, which hold Cancel: Cancel is the
// default (Enter never confirms) and rejects `dialog`. The caller connects the returned button.
QPushButton *addConfirmButton(QDialogButtonBox *buttons, QDialog *dialog, const QString &confirmText);

} // namespace Packhouse::review
