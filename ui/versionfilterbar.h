#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace Packhouse {

class VersionFilterProxyModel;

// The filter row above the Versions view: tag pattern (wildcards, "!" to exclude), tagged/untagged,
// older than N days, pre-releases. Every change applies at once to the proxy.
class VersionFilterBar : public QWidget
{
    Q_OBJECT

public:
    VersionFilterBar(VersionFilterProxyModel *proxy, QWidget *parent = nullptr);

    QLineEdit *textFilter() const { return m_text; }
    // Puts the keyboard in the text filter (Ctrl+F).
    void focusTextFilter();

private:
    VersionFilterProxyModel *m_proxy; // not owned
    QLineEdit *m_text;                // owned (child)
    QComboBox *m_tagState;            // owned (child)
    QSpinBox *m_olderThan;            // owned (child)
    QComboBox *m_preRelease;          // owned (child)
};

} // namespace Packhouse
