#pragma once

#include "deskmodels.h"

#include <QObject>
#include <QQmlEngine>

namespace atrium::gui {

// The spaces of the chosen location for the Admin page, retired ones last, each saying whether a
// change to it waits for the server. Roles: id, name, kind, kindName, capacity, area, features
// (comma-separated), active, pending.
class AdminSpacesModel : public atrium::gui::CacheListModel
{
    Q_OBJECT
    QML_ELEMENT

public:
    explicit AdminSpacesModel(QObject *parent = nullptr);

protected:
    QList<QVariantMap> rows() override;
};

// What the Admin page edits: the location's spaces (front desk and admins), the location itself
// and the booking rules per level (admins). Each edit is checked here as the server will check it
// (shared/inventoryrules, Policy) and said in the user's language before anything is sent; what
// is sent waits in the outbox like any change and the server still decides.
class Admin : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // Locations and rules are the administrators'; the front desk edits spaces.
    Q_PROPERTY(bool canEditLocation READ canEditLocation NOTIFY roleChanged)
    Q_PROPERTY(QStringList kinds READ kinds CONSTANT)

public:
    explicit Admin(QObject *parent = nullptr);

    bool canEditLocation() const;
    QStringList kinds() const;
    Q_INVOKABLE QString kindName(const QString &kind) const;
    // Every kind as {key, name}, for a choice of kind.
    Q_INVOKABLE QVariantList kindChoices() const;

    // A space's form: id, name, kind, capacity, area, features ("screen, whiteboard"); a new one
    // for an empty id.
    Q_INVOKABLE QVariantMap space(const QString &id) const;
    // Why the form cannot be saved ("" when it can); then save it (returns the same reason, or "").
    Q_INVOKABLE QString spaceProblem(const QVariantMap &form) const;
    Q_INVOKABLE QString saveSpace(const QVariantMap &form);
    // Out of service: it leaves the calendar and search (the server refuses while it has bookings).
    Q_INVOKABLE void retireSpace(const QString &id);

    // The chosen location's form: id, name, timezone, address, opens, closes.
    Q_INVOKABLE QVariantMap location() const;
    Q_INVOKABLE QString locationProblem(const QVariantMap &form) const;
    Q_INVOKABLE QString saveLocation(const QVariantMap &form);

    // The rules set at one level ("location", "kind", "resource") for one target, as the form
    // shows them: maxMinutes, minMinutes, maxDaysAhead, minLeadMinutes, cancelDeadlineMinutes,
    // graceMinutes, checkInBeforeMinutes, bufferMinutes (numbers; absent: not set here) and
    // approvalRequired ("yes", "no", or "" for as the level above). What applies to a space is
    // these over the levels above it.
    Q_INVOKABLE QVariantMap rules(const QString &level, const QString &target) const;
    // What the levels above give each of those rules, in words: "60 · this location", "15 ·
    // default", or empty where no level sets it (no such limit).
    Q_INVOKABLE QVariantMap inherited(const QString &level, const QString &target) const;
    Q_INVOKABLE QString rulesProblem(const QVariantMap &form) const;
    Q_INVOKABLE QString saveRules(const QString &level, const QString &target, const QVariantMap &form);
    // The op the last save or retire sent, and what has become of it, in words: waiting for the
    // server, saved, or not saved and why (pass the controller's pending and rejected counts, so a
    // binding asks again as they change).
    Q_INVOKABLE QString lastOp() const { return m_lastOp; }
    Q_INVOKABLE QString opStatus(const QString &opId, int pendingCount, int rejectedCount) const;

Q_SIGNALS:
    void roleChanged();

private:
    AppController &m_app;
    QString m_lastOp;
    mutable QHash<QString, QString> m_refused; // what was said of an op refused, kept once its rejection is put away
};

} // namespace atrium::gui
