#pragma once

#include "deskmodels.h"

namespace atrium::gui {

// The month view of the chosen location: six weeks of days from the locale's first day of the week
// on or before the 1st of the chosen day's month. Each day says how many bookings it has, how much
// of the spaces' opening hours they fill, and its first three ("09:00 Room A · Julia Green"), so
// the desk sees the busy days at a glance and opens one with a click. Roles: id (ISO date),
// dayNumber, inMonth, isToday, isChosen, count, share (0..1), lines, more.
class MonthModel : public atrium::gui::CacheListModel
{
    Q_OBJECT
    QML_ELEMENT

public:
    explicit MonthModel(QObject *parent = nullptr);

protected:
    QList<QVariantMap> rows() override;
};

} // namespace atrium::gui
