#pragma once

#include <QAbstractListModel>
#include <QQmlEngine>
#include <QVariantMap>

namespace atrium::gui {

// The one list model pages instantiate: rows are maps with an "id", the roles are the keys a
// subclass names, and a refresh hands over the new rows, which are diffed by id against the old
// ones (rows removed, inserted, moved and changed in place; never a reset), so a view keeps its
// scroll position, its current item and its delegates when sync brings news. Subclasses say what
// the rows are (rows()) and call refresh() when their inputs change; every model refreshes when
// the cache changes under it. Subclasses name their base in full (atrium::gui::ListModel): Qt
// 6.4's type registrar does not resolve a base inside a namespace otherwise, and qmllint then
// knows none of the inherited properties (count, get, loading).
class ListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    // Moves whenever any row changed, came or went: a binding that reads rows through get()
    // names it to be worked out again (a side panel showing the row the user chose).
    Q_PROPERTY(int revision READ revision NOTIFY revisionChanged)

public:
    explicit ListModel(QList<QByteArray> roles, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    bool loading() const { return m_loading; }
    int count() const { return static_cast<int>(m_rows.size()); }
    int revision() const { return m_revision; }
    // The row as QML sees it (a map of its roles), or an empty map.
    Q_INVOKABLE QVariantMap get(int row) const;
    Q_INVOKABLE int indexOf(const QString &id) const;
    Q_INVOKABLE QString idAt(int row) const;

    // Works out the rows again and applies the difference.
    void refresh();
    // The diff itself, for the rows given (public for tests).
    void setRows(const QList<QVariantMap> &rows);

Q_SIGNALS:
    void loadingChanged();
    void countChanged();
    void revisionChanged();

protected:
    // What the rows are now; each has a unique "id".
    virtual QList<QVariantMap> rows() = 0;

private:
    QList<QByteArray> m_roles;
    QList<QVariantMap> m_rows;
    bool m_loading = true;
    int m_revision = 0;
};

} // namespace atrium::gui
