#pragma once

#include "deskmodels.h"

#include <QDate>
#include <QStringList>

namespace atrium::gui {

// "Meeting room", "Hot desk", … for a kind of space, in the app's language.
QString kindName(const QString &kind);

// Find a space, time first: the spaces at the location that fit `people` and have every one of
// `features` (of `kind`, any when empty), free on `date` from `startMinute` to `endMinute` (the
// location's wall clock), best fit first, then those taken for it (to wait for). Each line says
// what the rules already tell about it (longest stay, how far ahead, approval) before anything
// is sent; the server still decides. The whole location's spaces, free or not, are in `plan` for
// the floor plan. From the cache, so offline too.
// Roles: id, name, detail (kind · area), capacity, features (their names), area, free, bookable,
// note (why not, or what to expect), planX, planY.
class FindSpaceModel : public atrium::gui::CacheListModel
{
    Q_OBJECT
    QML_ELEMENT
    // Which day: 0 is today at the location, 1 tomorrow (two weeks ahead are offered in dayChoices).
    Q_PROPERTY(int dayOffset READ dayOffset WRITE setDayOffset NOTIFY queryChanged)
    Q_PROPERTY(QVariantList dayChoices READ dayChoices NOTIFY queryChanged)
    Q_PROPERTY(int startMinute READ startMinute WRITE setStartMinute NOTIFY queryChanged)
    Q_PROPERTY(int endMinute READ endMinute WRITE setEndMinute NOTIFY queryChanged)
    Q_PROPERTY(int people READ people WRITE setPeople NOTIFY queryChanged)
    Q_PROPERTY(QStringList features READ features WRITE setFeatures NOTIFY queryChanged)
    Q_PROPERTY(QString kind READ kind WRITE setKind NOTIFY queryChanged)
    // "Thursday 10 December, 10:00–11:00" (the zone named where it is not the user's).
    Q_PROPERTY(QString whenText READ whenText NOTIFY queryChanged)
    // Every feature a space at the location has: {key, name}.
    Q_PROPERTY(QVariantList featureChoices READ featureChoices NOTIFY planChanged)
    // {id, name, planX, planY, free, matches, kind} of every space at the location with a place on the plan.
    Q_PROPERTY(QVariantList plan READ plan NOTIFY planChanged)
    Q_PROPERTY(int freeCount READ freeCount NOTIFY planChanged)
    // The booking made from here last: {id, text, state (pending, confirmed, rejected)}.
    // A map (id, text, state); declared QVariant so QML reads its keys without a type check.
    Q_PROPERTY(QVariant lastBooking READ lastBooking NOTIFY lastBookingChanged)

public:
    explicit FindSpaceModel(QObject *parent = nullptr);

    int dayOffset() const { return m_dayOffset; }
    void setDayOffset(int offset);
    QDate date() const;
    QVariantList dayChoices() const;
    int startMinute() const { return m_start; }
    void setStartMinute(int minute);
    int endMinute() const { return m_end; }
    void setEndMinute(int minute);
    int people() const { return m_people; }
    void setPeople(int people);
    QStringList features() const { return m_features; }
    void setFeatures(const QStringList &features);
    QString kind() const { return m_kind; }
    void setKind(const QString &kind);
    QString whenText() const;
    QVariantList featureChoices() const { return m_featureChoices; }
    QVariantList plan() const { return m_plan; }
    int freeCount() const { return m_freeCount; }
    QVariantMap lastBooking() const;

    // A feature's name in the user's language ("screen" → "Screen").
    Q_INVOKABLE static QString featureName(const QString &key);
    // Books a free line's space for the window (for oneself); returns the booking's id.
    Q_INVOKABLE QString book(const QString &resourceId, const QString &title);
    // A taken line: wait in line for the window.
    Q_INVOKABLE void joinWaitlist(const QString &resourceId);

Q_SIGNALS:
    void queryChanged();
    void planChanged();
    void lastBookingChanged();

protected:
    QList<QVariantMap> rows() override;

private:
    std::pair<qint64, qint64> window() const;
    void changedQuery();

    int m_dayOffset = 1;
    int m_start = 10 * 60;
    int m_end = 11 * 60;
    int m_people = 1;
    QStringList m_features;
    QString m_kind;
    QVariantList m_featureChoices;
    QVariantList m_plan;
    int m_freeCount = 0;
    QString m_lastBooking;
    QString m_lastBookingText;
    QSet<QString> m_waiting; // resources this page joined the waitlist of, for this window
};

} // namespace atrium::gui
