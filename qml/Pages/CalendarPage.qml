pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium

// The day calendar of one location: resources across, a 15-minute grid down, bookings in place,
// opening hours shaded and a line at the current time.
Item {
    id: page

    property var selected: null
    signal createRequested(string resourceId, int minute)
    signal bookingActivated(var booking, string resourceId)
    // Delete on a booking: the shell asks before cancelling it.
    signal cancelRequested(var booking)

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
        cursorMinute = Math.max(firstMinute, Math.min(lastMinute - 15, cursorMinute + minutes))
        // Keep it in view.
        const x = cursorColumn * columnWidth, y = minuteY(cursorMinute)
        if (x < body.contentX) body.contentX = x
        else if (x + columnWidth > body.contentX + body.width) body.contentX = x + columnWidth - body.width
        if (y < body.contentY) body.contentY = y
        else if (y + 15 * pxPerMinute > body.contentY + body.height) body.contentY = y + 15 * pxPerMinute - body.height
    }
    function enterAtCursor() {
        const b = bookingAtCursor()
        if (b === null)
            createRequested(cursorResource(), cursorMinute)
        else if (b.state !== "busy")
            bookingActivated(b, cursorResource())
    }
    // Where the keyboard starts on this page.
    function focusGrid() { body.forceActiveFocus() }

    readonly property int firstMinute: 7 * 60
    readonly property int lastMinute: 21 * 60
    readonly property real pxPerMinute: 56 / 60
    readonly property int headerHeight: 64
    readonly property int timeColumnWidth: 64
    readonly property int columnWidth: Math.max(128, (body.width) / Math.max(1, AppController.calendar.count))
    readonly property real gridHeight: (lastMinute - firstMinute) * pxPerMinute

    function minuteY(minute) { return (minute - firstMinute) * pxPerMinute }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.space3

        // Day navigation
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.space2
            IconButton { iconName: "chevron-left"; label: qsTr("Previous day"); onClicked: AppController.shiftDay(-1) }
            AppButton { text: qsTr("Today"); enabled: !AppController.isToday; onClicked: AppController.showToday() }
            IconButton { iconName: "chevron-right"; label: qsTr("Next day"); onClicked: AppController.shiftDay(1) }
            Text {
                textFormat: Text.PlainText
                Layout.leftMargin: Theme.space2
                text: AppController.dayTitle
                font.pixelSize: Theme.fontTitle
                font.weight: Font.DemiBold
                color: Theme.text
            }
            Text {
                objectName: "zoneNote"
                visible: text.length > 0
                textFormat: Text.PlainText
                text: AppController.zoneNote
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
            }
            Item { Layout.fillWidth: true }
            Text {
                textFormat: Text.PlainText
                text: qsTr("%n booking(s)", "", AppController.calendar.bookingCount)
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
            }
        }

        RejectionBanner { Layout.fillWidth: true }

        // The grid
        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            radius: Theme.radiusCard
            color: Theme.surface
            border.color: Theme.border
            clip: true

            Text {
                textFormat: Text.PlainText
                anchors.centerIn: parent
                visible: AppController.calendar.count === 0
                width: parent.width * 0.6
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                text: AppController.syncState === "offline"
                      ? qsTr("Offline — the calendar will appear once this computer has synced with the server.")
                      : qsTr("Loading the calendar…")
                font.pixelSize: Theme.fontLarge
                color: Theme.textMuted
            }

            // Resource header, scrolled with the body
            Flickable {
                id: header
                anchors { left: parent.left; leftMargin: page.timeColumnWidth; right: parent.right; top: parent.top }
                height: page.headerHeight
                contentWidth: body.contentWidth
                contentX: body.contentX
                interactive: false
                clip: true
                Row {
                    Repeater {
                        model: AppController.calendar
                        delegate: Rectangle {
                            id: head
                            required property string name
                            required property string kind
                            required property int capacity
                            required property var features
                            required property string area
                            width: page.columnWidth
                            height: page.headerHeight
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
                    }
                }
            }

            // Time column, scrolled with the body
            Flickable {
                id: timeColumn
                anchors { left: parent.left; top: header.bottom; bottom: parent.bottom }
                width: page.timeColumnWidth
                contentHeight: page.gridHeight
                contentY: body.contentY
                interactive: false
                clip: true
                Repeater {
                    model: (page.lastMinute - page.firstMinute) / 60
                    delegate: Text {
                        textFormat: Text.PlainText
                        required property int index
                        x: Theme.space2
                        y: page.minuteY(page.firstMinute + index * 60) + 2
                        text: AppController.minuteText(page.firstMinute + index * 60)
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textMuted
                    }
                }
            }

            Flickable {
                id: body
                anchors { left: timeColumn.right; top: header.bottom; right: parent.right; bottom: parent.bottom }
                contentWidth: columns.width
                contentHeight: page.gridHeight
                clip: true
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar { }
                ScrollBar.horizontal: ScrollBar { }
                Component.onCompleted: contentY = Math.max(0, page.minuteY(AppController.opensMinute) - 8)
                // One Tab stop for the whole grid (not one per booking), then the side panel.
                activeFocusOnTab: true
                objectName: "calendarGrid"
                Accessible.role: Accessible.Table
                Accessible.name: qsTr("Calendar, %1").arg(AppController.dayTitle)
                Keys.onUpPressed: page.moveCursor(0, -15)
                Keys.onDownPressed: page.moveCursor(0, 15)
                Keys.onLeftPressed: page.moveCursor(-1, 0)
                Keys.onRightPressed: page.moveCursor(1, 0)
                Keys.onReturnPressed: page.enterAtCursor()
                Keys.onEnterPressed: page.enterAtCursor()
                Keys.onDeletePressed: {
                    const b = page.bookingAtCursor()
                    if (b !== null && b.state !== "busy" && b.state !== "released")
                        page.cancelRequested(b)
                }

                // Outside opening hours
                Rectangle { width: body.contentWidth; y: 0; height: page.minuteY(AppController.opensMinute); color: Theme.shade }
                Rectangle {
                    width: body.contentWidth
                    y: page.minuteY(AppController.closesMinute)
                    height: page.gridHeight - y
                    color: Theme.shade
                }
                // 15-minute grid: hours solid, quarters faint
                Repeater {
                    model: (page.lastMinute - page.firstMinute) / 15
                    delegate: Rectangle {
                        required property int index
                        y: index * 15 * page.pxPerMinute
                        width: body.contentWidth
                        height: 1
                        color: Theme.border
                        opacity: index % 4 === 0 ? 1 : 0.35
                    }
                }

                Row {
                    id: columns
                    Repeater {
                        model: AppController.calendar
                        delegate: Item {
                            id: column
                            required property string resourceId
                            required property var bookings
                            objectName: "column-" + resourceId
                            width: page.columnWidth
                            height: page.gridHeight
                            Rectangle { anchors.right: parent.right; width: 1; height: parent.height; color: Theme.border }
                            MouseArea {
                                anchors.fill: parent
                                cursorShape: Qt.CrossCursor
                                onClicked: (mouse) => {
                                    const minute = page.firstMinute + Math.floor(mouse.y / page.pxPerMinute / 15) * 15
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
                                model: column.bookings
                                delegate: BookingBlock {
                                    required property var modelData
                                    booking: modelData
                                    x: 2
                                    width: column.width - 5
                                    y: page.minuteY(Math.max(page.firstMinute, modelData.startMinute)) + 1
                                    height: Math.max(18, (Math.min(page.lastMinute, modelData.endMinute)
                                                          - Math.max(page.firstMinute, modelData.startMinute)) * page.pxPerMinute - 2)
                                    selected: page.selected !== null && page.selected.id === modelData.id
                                    onActivated: page.bookingActivated(modelData, column.resourceId)
                                }
                            }
                        }
                    }
                }

                // The keyboard's slot cursor, while the grid has the focus.
                Rectangle {
                    objectName: "slotCursor"
                    visible: body.activeFocus
                    x: page.cursorColumn * page.columnWidth + 1
                    y: page.minuteY(page.cursorMinute)
                    width: page.columnWidth - 3
                    height: 15 * page.pxPerMinute
                    color: "transparent"
                    border.width: 2
                    border.color: Theme.focusRing
                    radius: 2
                    z: 5
                    Accessible.role: Accessible.Cell
                    Accessible.name: qsTr("%1, %2").arg(AppController.resourceName(page.cursorResource() || "")).arg(AppController.minuteText(page.cursorMinute))
                }

                // Now
                Rectangle {
                    visible: AppController.isToday && AppController.nowMinute >= page.firstMinute && AppController.nowMinute <= page.lastMinute
                    y: page.minuteY(AppController.nowMinute)
                    width: body.contentWidth
                    height: 2
                    color: Theme.danger
                    Rectangle { x: -4; y: -3; width: 8; height: 8; radius: 4; color: Theme.danger }
                }
            }
        }
    }
}
