pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium

// The day view of one location: spaces across, a 15-minute grid down, bookings in place. A
// booking is dragged to another time or space, or by its edge to a new length.
Item {
    id: page

    property var selected: null
    signal createRequested(string resourceId, int minute)
    signal bookingActivated(var booking, string resourceId)
    // Delete on a booking: the shell asks before cancelling it.
    signal cancelRequested(var booking)
    signal moveRequested(var booking, string resourceId, int day, int startMinute, int durationMinutes, string problem)

    // The keyboard's slot cursor: a column and a quarter hour. Arrows move it, Enter opens the
    // booking under it or creates one there, Delete cancels the one under it (after asking).
    property int cursorColumn: 0
    property int cursorMinute: Math.max(AppController.opensMinute, Math.ceil(AppController.nowMinute / 15) * 15)
    function bookingAtCursor() {
        if (cursorColumn < 0 || cursorColumn >= AppController.calendar.count)
            return null
        const list = AppController.calendar.data(AppController.calendar.index(cursorColumn, 0), CalendarModel.BookingsRole)
        for (const b of list)
            if (b.state !== "cancelled" && cursorMinute >= b.startMinute && cursorMinute < b.endMinute)
                return b
        return null
    }
    function cursorResource() {
        if (cursorColumn < 0 || cursorColumn >= AppController.calendar.count)
            return ""
        return AppController.calendar.data(AppController.calendar.index(cursorColumn, 0), CalendarModel.ResourceIdRole)
    }
    function moveCursor(columns, minutes) {
        cursorColumn = Math.max(0, Math.min(AppController.calendar.count - 1, cursorColumn + columns))
        cursorMinute = Math.max(grid.firstMinute, Math.min(grid.lastMinute - 15, cursorMinute + minutes))
        // Keep it in view.
        const x = cursorColumn * grid.columnWidth, y = grid.minuteY(cursorMinute)
        if (x < grid.body.contentX) grid.body.contentX = x
        else if (x + grid.columnWidth > grid.body.contentX + grid.body.width) grid.body.contentX = x + grid.columnWidth - grid.body.width
        if (y < grid.body.contentY) grid.body.contentY = y
        else if (y + 15 * grid.pxPerMinute > grid.body.contentY + grid.body.height) grid.body.contentY = y + 15 * grid.pxPerMinute - grid.body.height
    }
    function enterAtCursor() {
        const b = bookingAtCursor()
        if (b === null)
            createRequested(cursorResource(), cursorMinute)
        else if (b.state !== "busy")
            bookingActivated(b, cursorResource())
    }
    // Where the keyboard starts on this page.
    function focusGrid() { grid.body.forceActiveFocus() }

    readonly property int dayIndex: AppController.calendar.dayIndex

    Text {
        textFormat: Text.PlainText
        anchors.centerIn: parent
        z: 2
        visible: AppController.calendar.count === 0
        width: parent.width * 0.6
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        text: AppController.syncState === "offline"
              ? qsTr("Offline — the calendar will appear once this computer has synced with the server.")
              : AppController.calendar.loading ? qsTr("Loading the calendar…")
              : qsTr("This location has no spaces yet. Staff add them in Admin.")
        font.pixelSize: Theme.fontLarge
        color: Theme.textMuted
    }

    TimeGrid {
        id: grid
        anchors.fill: parent
        model: AppController.calendar
        columnCount: AppController.calendar.count
        nowColumn: AppController.isToday ? -2 : -1
        placeOf: function (column) {
            return { resourceId: AppController.calendar.data(AppController.calendar.index(column, 0), CalendarModel.ResourceIdRole) || "",
                     day: page.dayIndex }
        }
        onMoveRequested: (booking, resourceId, day, startMinute, durationMinutes, problem) =>
                         page.moveRequested(booking, resourceId, day, startMinute, durationMinutes, problem)
        // One Tab stop for the whole grid (not one per booking), then the side panel.
        keyboard: true
        bodyName: "calendarGrid"
        accessibleName: qsTr("Calendar, %1").arg(AppController.dayTitle)
        onCursorKey: (columns, minutes) => page.moveCursor(columns, minutes)
        onEnterKey: page.enterAtCursor()
        onDeleteKey: {
            const b = page.bookingAtCursor()
            if (b !== null && b.state !== "busy" && b.state !== "released")
                page.cancelRequested(b)
        }

        headerDelegate: Rectangle {
            id: head
            required property string name
            required property string kind
            required property int capacity
            required property var features
            required property string area
            width: grid.columnWidth
            height: grid.headerHeight
            color: Theme.surface
            Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: Theme.border }
            Rectangle { anchors.right: parent.right; width: 1; height: parent.height; color: Theme.border }
            ColumnLayout {
                anchors { fill: parent; margins: Theme.space2 }
                spacing: 2
                Text {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    text: head.name
                    font.pixelSize: Theme.fontBody
                    font.weight: Font.DemiBold
                    color: Theme.text
                    // "Dedicated desk A", "…desk B": the end tells them apart, so it stays.
                    elide: Text.ElideMiddle
                }
                RowLayout {
                    spacing: Theme.space1
                    Icon { name: "people"; size: 12; color: Theme.textMuted }
                    Text { textFormat: Text.PlainText; text: head.capacity; font.pixelSize: Theme.fontSmall; color: Theme.textMuted }
                    Repeater {
                        model: head.features
                        delegate: Icon {
                            required property string modelData
                            size: 12
                            color: Theme.textMuted
                            visible: name.length > 0
                            name: ({ projector: "projector", screen: "tv", video: "camera-video", whiteboard: "pencil-square",
                                     accessible: "universal-access", monitor: "display", locker: "lock" })[modelData] || ""
                        }
                    }
                }
                Text {
                    textFormat: Text.PlainText
                    text: head.area
                    font.pixelSize: 11
                    color: Theme.textMuted
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
            }
        }

        columnDelegate: Item {
            id: column
            required property int index
            required property string resourceId
            required property var bookings
            required property var dayList
            objectName: "column-" + resourceId
            width: grid.columnWidth
            height: grid.gridHeight
            // What is in the column, shown while it is scrolled into view (the column itself stays,
            // so the row keeps its place).
            Item {
                objectName: "columnContent-" + column.resourceId
                anchors.fill: parent
                visible: grid.columnInView(column.index)
                Rectangle { anchors.right: parent.right; width: 1; height: parent.height; color: Theme.border }
                MouseArea {
                    anchors.fill: parent
                    cursorShape: Qt.CrossCursor
                    onClicked: (mouse) => {
                        const minute = grid.firstMinute + Math.floor(mouse.y / grid.pxPerMinute / 15) * 15
                        // A slot someone holds is not free: it shows that booking, never a new one on top.
                        for (const b of column.bookings) {
                            if (b.state !== "released" && b.state !== "cancelled" && minute >= b.startMinute && minute < b.endMinute) {
                                if (b.state !== "busy")
                                    page.bookingActivated(b, column.resourceId)
                                return
                            }
                        }
                        page.createRequested(column.resourceId, minute)
                    }
                }
                Repeater {
                    model: column.dayList
                    delegate: BookingBlock {
                        x: 2
                        width: column.width - 5
                        y: grid.minuteY(Math.max(grid.firstMinute, booking.startMinute)) + 1
                        height: Math.max(18, (Math.min(grid.lastMinute, booking.endMinute)
                                              - Math.max(grid.firstMinute, booking.startMinute)) * grid.pxPerMinute - 2)
                        opacity: grid.ghost !== null && grid.ghost.booking.id === booking.id ? 0.4 : (released ? 0.55 : 1)
                        selected: page.selected !== null && page.selected.id === booking.id
                        onActivated: page.bookingActivated(booking, column.resourceId)
                        onMoveDragged: (dx, dy, edge) => grid.dragTo(booking, column.index, dx, dy, edge)
                        onMoveDropped: grid.drop()
                    }
                }
            }
        }

        // The keyboard's slot cursor, while the grid has the focus.
        Rectangle {
            objectName: "slotCursor"
            visible: grid.body.activeFocus
            x: page.cursorColumn * grid.columnWidth + 1
            y: grid.minuteY(page.cursorMinute)
            width: grid.columnWidth - 3
            height: 15 * grid.pxPerMinute
            color: "transparent"
            border.width: 2
            border.color: Theme.focusRing
            radius: 2
            z: 5
            Accessible.role: Accessible.Cell
            Accessible.name: qsTr("%1, %2").arg(AppController.resourceName(page.cursorResource() || "")).arg(AppController.minuteText(page.cursorMinute))
        }
    }

}
