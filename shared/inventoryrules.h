#pragma once

#include <QCborArray>
#include <QCborMap>
#include <QString>

#include <optional>

namespace atrium {

// Why a location's or a space's fields cannot be saved, as the server says it (a message key, its
// English and the values it names; docs/protocol.md): the server's spaces module refuses with it,
// and the desktop's Admin page says it, in the user's language, as the fields are typed. Only
// what the fields themselves decide; whether the location or category named exists is the
// server's to check.
struct FieldProblem
{
    QString key;
    QString english;
    QCborArray params;
};

std::optional<FieldProblem> locationFieldsProblem(const QCborMap &fields);
std::optional<FieldProblem> resourceFieldsProblem(const QCborMap &fields);

inline constexpr qsizetype kMaxInventoryName = 100;
inline constexpr qsizetype kMaxInventoryText = 1000;
inline constexpr int kMaxCapacity = 1000;
inline constexpr int kMaxClosedDates = 400;

} // namespace atrium
