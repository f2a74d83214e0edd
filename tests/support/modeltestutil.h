#pragma once

#include "qtprinters.h"

#include <QAbstractItemModel>
#include <QList>
#include <QVariant>

// The rows under `parent` as data: one inner list per row, one value per (column, role) pair.
inline QList<QList<QVariant>> dumpModel(const QAbstractItemModel &model, const QList<QPair<int, int>> &cells,
                                        const QModelIndex &parent = {})
{
    QList<QList<QVariant>> rows;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        QList<QVariant> values;
        for (const auto &[column, role] : cells)
            values.append(model.data(model.index(row, column, parent), role));
        rows.append(values);
    }
    return rows;
}

// Shorthand for a cell of column 0.
inline QPair<int, int> role(int role)
{
    return {0, role};
}
