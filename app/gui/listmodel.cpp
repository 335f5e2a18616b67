#include "listmodel.h"

using namespace Qt::Literals::StringLiterals;

namespace atrium::gui {

namespace {
QString idOf(const QVariantMap &row)
{
    return row.value(u"id"_s).toString();
}
} // namespace

ListModel::ListModel(QList<QByteArray> roles, QObject *parent) : QAbstractListModel(parent), m_roles(std::move(roles))
{
    if (!m_roles.contains("id"))
        m_roles.prepend("id");
}

int ListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant ListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int at = role - Qt::UserRole - 1;
    if (role == Qt::DisplayRole)
        return idOf(m_rows.at(index.row()));
    if (at < 0 || at >= m_roles.size())
        return {};
    return m_rows.at(index.row()).value(QString::fromLatin1(m_roles.at(at)));
}

QHash<int, QByteArray> ListModel::roleNames() const
{
    QHash<int, QByteArray> names;
    for (qsizetype i = 0; i < m_roles.size(); ++i)
        names.insert(Qt::UserRole + 1 + static_cast<int>(i), m_roles.at(i));
    return names;
}

QVariantMap ListModel::get(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : QVariantMap();
}

QString ListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? idOf(m_rows.at(row)) : QString();
}

int ListModel::indexOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (idOf(m_rows.at(i)) == id)
            return static_cast<int>(i);
    return -1;
}

void ListModel::refresh()
{
    setRows(rows());
}

void ListModel::setRows(const QList<QVariantMap> &next)
{
    const int before = count();
    bool changed = false;
    QSet<QString> wanted;
    for (const QVariantMap &r : next)
        wanted.insert(idOf(r));

    // 1. Rows that went away, as contiguous ranges from the end.
    for (qsizetype i = m_rows.size() - 1; i >= 0;) {
        if (wanted.contains(idOf(m_rows.at(i)))) {
            --i;
            continue;
        }
        qsizetype first = i;
        while (first > 0 && !wanted.contains(idOf(m_rows.at(first - 1))))
            --first;
        changed = true;
        beginRemoveRows({}, static_cast<int>(first), static_cast<int>(i));
        m_rows.remove(first, i - first + 1);
        endRemoveRows();
        i = first - 1;
    }

    QSet<QString> kept;
    for (const QVariantMap &r : std::as_const(m_rows))
        kept.insert(idOf(r));

    // 2. Walk the new order: each position is kept (changed in place if its data did), moved
    // up from further down, or inserted.
    for (qsizetype i = 0; i < next.size(); ++i) {
        const QString id = idOf(next.at(i));
        if (i < m_rows.size() && idOf(m_rows.at(i)) == id) {
            if (m_rows.at(i) != next.at(i)) {
                m_rows[i] = next.at(i);
                changed = true;
                Q_EMIT dataChanged(index(static_cast<int>(i)), index(static_cast<int>(i)));
            }
            continue;
        }
        qsizetype from = -1;
        for (qsizetype j = i + 1; j < m_rows.size(); ++j)
            if (idOf(m_rows.at(j)) == id) {
                from = j;
                break;
            }
        if (from >= 0) {
            changed = true;
            beginMoveRows({}, static_cast<int>(from), static_cast<int>(from), {}, static_cast<int>(i));
            m_rows.move(from, i);
            endMoveRows();
            if (m_rows.at(i) != next.at(i)) {
                m_rows[i] = next.at(i);
                changed = true;
                Q_EMIT dataChanged(index(static_cast<int>(i)), index(static_cast<int>(i)));
            }
        } else {
            // New rows that come together arrive in one insert (the first fill is one).
            qsizetype last = i;
            while (last + 1 < next.size() && !kept.contains(idOf(next.at(last + 1))))
                ++last;
            changed = true;
            beginInsertRows({}, static_cast<int>(i), static_cast<int>(last));
            m_rows.insert(i, last - i + 1, QVariantMap());
            for (qsizetype k = i; k <= last; ++k)
                m_rows[k] = next.at(k);
            endInsertRows();
            i = last;
        }
    }
    Q_ASSERT(m_rows.size() == next.size());
    if (before != count())
        Q_EMIT countChanged();
    if (changed) {
        ++m_revision;
        Q_EMIT revisionChanged();
    }
    if (m_loading) {
        m_loading = false;
        Q_EMIT loadingChanged();
    }
}

} // namespace atrium::gui
