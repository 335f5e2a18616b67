#pragma once

#include "deskmodels.h"

namespace atrium::gui {

// The global search (Ctrl+K): members (staff), spaces at every location, and bookings (staff:
// anyone's from yesterday to two weeks ahead; members: their own upcoming) whose words contain
// every word of `query`, accents and case aside, a few of each kind. From the cache, so offline too.
// Roles: id, kind (member, space, booking), title, detail, section (the kind's heading) and
// sectionStarts (the first of its kind).
class SearchModel : public atrium::gui::CacheListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)

public:
    explicit SearchModel(QObject *parent = nullptr);
    QString query() const { return m_query; }
    void setQuery(const QString &query);

    // Opens a result where it lives: a member's profile, a space's calendar, a booking's day.
    // Returns the page it went to.
    Q_INVOKABLE QString open(int row);

Q_SIGNALS:
    void queryChanged();
    void memberRequested(const QString &memberId);

protected:
    QList<QVariantMap> rows() override;

private:
    QString m_query;
};

} // namespace atrium::gui
