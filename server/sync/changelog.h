#pragma once

#include <QByteArray>
#include <QCborMap>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace atrium::server {

class Store;
struct Principal;

// One row of the change log: what changed, how, and who may see this version of it.
struct ChangeRow
{
    qint64 seq = 0;
    QString entity;
    QString id;
    QString op; // "upsert" or "delete"
    QByteArray data; // the entity as this scope sees it, one encoded CBOR map; empty for a delete
    QString scope;

    QCborMap dataMap() const;
};

// One row of an entity's view for one scope: an upsert carrying the encoded entity, or a delete.
ChangeRow changeRow(QLatin1StringView entity, const QString &id, const QByteArray &data, const QString &scope, bool deleted = false);
ChangeRow changeRow(QLatin1StringView entity, const QString &id, const QCborMap &data, const QString &scope, bool deleted = false);

// An entity that belongs to one member (a series, a waitlist entry): the same view for staff and
// for that member, encoded once.
QList<ChangeRow> staffAndMemberRows(QLatin1StringView entity, const QString &id, const QCborMap &data, const QString &memberId);

namespace scope {
inline constexpr auto Public = QLatin1StringView("public");
inline constexpr auto Staff = QLatin1StringView("staff");
// The community (events, the forum, the directory): members and staff, not kiosks.
inline constexpr auto Community = QLatin1StringView("community");
QString member(const QString &memberId);
// What belongs to one account alone, whatever its role (its own calendar link): staff see it
// only for themselves, unlike member:<id>, which every staff session sees through Staff.
QString self(const QString &userId);
QString busy(const QString &locationId);
} // namespace scope

// The scopes a session may read: staff see everything, members their own data plus anonymous
// busy blocks of every location.
QStringList scopesFor(const Principal &principal, const QStringList &locationIds);

// Appends rows to the change log inside the caller's transaction, assigning each its seq.
void appendChanges(Store &store, QList<ChangeRow> &rows, qint64 nowMs);

// Reads the rows after a cursor that any of the scopes can see, in seq order.
// Every row after afterSeq, whatever its scope, in seq order (a node catching up with the others).
QList<ChangeRow> readAllChanges(Store &store, qint64 afterSeq, int limit);
QList<ChangeRow> readChanges(Store &store, qint64 afterSeq, const QStringList &scopes, int limit);

qint64 headSeq(Store &store);

} // namespace atrium::server
