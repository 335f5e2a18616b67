pragma ComponentBehavior: Bound
import QtQuick
import Atrium

// The week view of one space: its seven days across, the hours down. A booking is dragged to
// another day or time, or by its edge to a new length; a click on a free slot books that day.
Item {
    id: view

    property string resourceId: ""
    property var selected: null
    signal createRequested(string resourceId, int minute)
    signal bookingActivated(var booking, string resourceId)
    signal moveRequested(var booking, string resourceId, int day, int startMinute, int durationMinutes, string problem)

    // The space's bookings of the week as a model for the blocks (a click reads them as they are).
    readonly property var weekList: AppController.calendar.weekListOf(resourceId, AppController.calendar.resets)
    readonly property int today: AppController.todayIndex

    TimeGrid {
        id: grid
        anchors.fill: parent
        model: 7
        columnCount: 7
        minColumnWidth: 110
        nowColumn: view.today
        placeOf: function (column) { return { resourceId: view.resourceId, day: column } }
        onMoveRequested: (booking, resourceId, day, startMinute, durationMinutes, problem) =>
                         view.moveRequested(booking, resourceId, day, startMinute, durationMinutes, problem)

        headerDelegate: Rectangle {
            id: head
            required property int index
            width: grid.columnWidth
            height: grid.headerHeight
            color: index === AppController.calendar.dayIndex ? Qt.rgba(Theme.primary.r, Theme.primary.g, Theme.primary.b, 0.08) : Theme.surface
            Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: Theme.border }
            Rectangle { anchors.right: parent.right; width: 1; height: parent.height; color: Theme.border }
            Text {
                anchors.centerIn: parent
                textFormat: Text.PlainText
                text: AppController.weekDays[head.index] || ""
                font.pixelSize: Theme.fontLarge
                font.weight: head.index === view.today ? Font.Bold : Font.DemiBold
                color: head.index === view.today ? Theme.primary : Theme.text
            }
        }

        columnDelegate: Item {
            id: column
            required property int index
            objectName: "weekday-" + index
            width: grid.columnWidth
            height: grid.gridHeight
            Rectangle { anchors.right: parent.right; width: 1; height: parent.height; color: Theme.border }
            MouseArea {
                anchors.fill: parent
                cursorShape: Qt.CrossCursor
                onClicked: (mouse) => {
                    const minute = grid.firstMinute + Math.floor(mouse.y / grid.pxPerMinute / 15) * 15
                    for (const b of AppController.calendar.weekOf(view.resourceId).filter(b => b.day === column.index)) {
                        if (b.state !== "released" && b.state !== "cancelled" && minute >= b.startMinute && minute < b.endMinute) {
                            if (b.state !== "busy")
                                view.bookingActivated(b, view.resourceId)
                            return
                        }
                    }
                    // That day becomes the chosen one, so the dialog books on it.
                    AppController.shiftDay(column.index - AppController.calendar.dayIndex)
                    view.createRequested(view.resourceId, minute)
                }
            }
        }

        // The blocks, over the days (one model for the week: news makes only the new ones).
        Repeater {
            model: view.weekList
            delegate: BookingBlock {
                x: booking.day * grid.columnWidth + 2
                width: grid.columnWidth - 5
                y: grid.minuteY(Math.max(grid.firstMinute, booking.startMinute)) + 1
                height: Math.max(18, (Math.min(grid.lastMinute, booking.endMinute)
                                      - Math.max(grid.firstMinute, booking.startMinute)) * grid.pxPerMinute - 2)
                z: 2
                opacity: grid.ghost !== null && grid.ghost.booking.id === booking.id ? 0.4 : (released ? 0.55 : 1)
                selected: view.selected !== null && view.selected.id === booking.id
                onActivated: view.bookingActivated(booking, view.resourceId)
                onMoveDragged: (dx, dy, edge) => grid.dragTo(booking, booking.day, dx, dy, edge)
                onMoveDropped: grid.drop()
            }
        }
    }
}
