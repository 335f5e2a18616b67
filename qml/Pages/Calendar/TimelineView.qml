pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium

// The resource timeline: every space of the location down, the week's days across, each day
// its opening hours wide, the bookings as bars in place. Where the gaps are, at a glance; a click
// on a bar shows the booking, a click on a gap books there.
Item {
    id: view

    property var selected: null
    signal createRequested(string resourceId, int minute)
    signal bookingActivated(var booking, string resourceId)

    readonly property int nameWidth: 200
    readonly property int rowHeight: 40
    readonly property int opens: AppController.opensMinute
    readonly property int closes: Math.max(opens + 60, AppController.closesMinute)
    readonly property real dayWidth: Math.max(120, (list.width - nameWidth) / 7)
    readonly property int today: AppController.todayIndex
    function xOf(day, minute) {
        return nameWidth + day * dayWidth + (Math.max(opens, Math.min(closes, minute)) - opens) / (closes - opens) * dayWidth
    }
    // The hours marked in each day: a tick every hour, the hour every two to six hours (as far
    // apart as a label needs, about 48 px), and a faint line down the rows at each of those.
    readonly property real pxPerHour: dayWidth / Math.max(1, (closes - opens) / 60)
    readonly property int labelStep: pxPerHour * 2 >= 48 ? 120 : pxPerHour * 3 >= 48 ? 180 : pxPerHour * 4 >= 48 ? 240 : 360
    readonly property var hourMarks: {
        const out = []
        for (let m = Math.ceil(opens / 60) * 60; m < closes; m += 60)
            out.push(m)
        return out
    }
    readonly property var labelMarks: {
        const out = []
        for (let m = Math.ceil(opens / 60) * 60 + labelStep; m < closes - 30; m += labelStep)
            out.push(m)
        return out
    }

    Rectangle {
        anchors.fill: parent
        radius: Theme.radiusCard
        color: Theme.surface
        border.color: Theme.border
        clip: true

        Rectangle {
            id: head
            anchors { left: parent.left; right: parent.right; top: parent.top; margins: 1 }
            height: 54
            color: Theme.surface
            Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: Theme.border }
            Text {
                x: Theme.space3
                anchors.verticalCenter: parent.verticalCenter
                textFormat: Text.PlainText
                text: qsTr("%n space(s)", "", AppController.calendar.count)
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
            }
            Repeater {
                model: 7
                delegate: Item {
                    id: dayHead
                    required property int index
                    x: view.nameWidth + index * view.dayWidth
                    width: view.dayWidth
                    height: parent.height
                    Rectangle { width: 1; height: parent.height; color: Theme.border }
                    Text {
                        anchors { horizontalCenter: parent.horizontalCenter; top: parent.top; topMargin: Theme.space2 }
                        textFormat: Text.PlainText
                        text: AppController.weekDays[dayHead.index] || ""
                        font.pixelSize: Theme.fontBody
                        font.weight: dayHead.index === view.today ? Font.Bold : Font.DemiBold
                        color: dayHead.index === view.today ? Theme.primary : Theme.text
                    }
                    Text {
                        anchors { left: parent.left; leftMargin: Theme.space1; bottom: parent.bottom; bottomMargin: 7 }
                        textFormat: Text.PlainText
                        text: AppController.hourText(view.opens)
                        font.pixelSize: 10
                        color: Theme.textMuted
                    }
                    Repeater {
                        model: view.hourMarks
                        delegate: Rectangle {
                            required property int modelData
                            x: view.xOf(0, modelData) - view.nameWidth
                            anchors.bottom: parent.bottom
                            width: 1
                            height: view.labelMarks.indexOf(modelData) >= 0 ? 6 : 3
                            color: Theme.border
                        }
                    }
                    Repeater {
                        model: view.labelMarks
                        delegate: Text {
                            required property int modelData
                            x: view.xOf(0, modelData) - view.nameWidth - width / 2
                            anchors { bottom: parent.bottom; bottomMargin: 7 }
                            textFormat: Text.PlainText
                            text: AppController.hourText(modelData)
                            font.pixelSize: 10
                            color: Theme.textMuted
                        }
                    }
                }
            }
        }

        // The marked times as faint lines down every row, drawn once behind the list.
        Repeater {
            model: 7 * view.labelMarks.length
            delegate: Rectangle {
                required property int index
                x: view.xOf(Math.floor(index / view.labelMarks.length), view.labelMarks[index % view.labelMarks.length]) + 1
                y: head.y + head.height
                width: 1
                height: Math.min(list.contentHeight, list.height)
                color: Theme.border
                opacity: 0.45
            }
        }

        ListView {
            id: list
            objectName: "timeline"
            anchors { left: parent.left; right: parent.right; top: head.bottom; bottom: parent.bottom; margins: 1; topMargin: 0 }
            model: AppController.calendar
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar { }
            delegate: Item {
                id: row
                required property int index
                required property string resourceId
                required property string name
                required property int capacity
                required property var weekList
                objectName: "timelineRow-" + resourceId
                width: list.width
                height: view.rowHeight
                Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: Theme.border; opacity: 0.6 }
                Rectangle {
                    visible: view.today >= 0
                    x: view.nameWidth + view.today * view.dayWidth
                    width: view.dayWidth
                    height: parent.height
                    color: Qt.rgba(Theme.primary.r, Theme.primary.g, Theme.primary.b, 0.05)
                }
                Repeater {
                    model: 7
                    delegate: Rectangle {
                        required property int index
                        x: view.nameWidth + index * view.dayWidth
                        width: 1
                        height: row.height
                        color: Theme.border
                    }
                }
                RowLayout {
                    x: Theme.space3
                    width: view.nameWidth - Theme.space4
                    height: parent.height
                    spacing: Theme.space1
                    Text {
                        Layout.fillWidth: true
                        textFormat: Text.PlainText
                        text: row.name
                        elide: Text.ElideMiddle
                        font.pixelSize: Theme.fontBody
                        font.weight: Font.DemiBold
                        color: Theme.text
                    }
                    Icon { name: "people"; size: 12; color: Theme.textMuted }
                    Text { textFormat: Text.PlainText; text: row.capacity; font.pixelSize: Theme.fontSmall; color: Theme.textMuted }
                }
                MouseArea {
                    x: view.nameWidth
                    width: parent.width - x
                    height: parent.height
                    cursorShape: Qt.CrossCursor
                    // A gap books that day at the half hour clicked.
                    onClicked: (mouse) => {
                        const day = Math.floor(mouse.x / view.dayWidth)
                        const minute = view.opens + Math.floor(((mouse.x - day * view.dayWidth) / view.dayWidth) * (view.closes - view.opens) / 30) * 30
                        AppController.shiftDay(day - AppController.calendar.dayIndex)
                        view.createRequested(row.resourceId, minute)
                    }
                }
                Repeater {
                    model: row.weekList
                    delegate: BookingBlock {
                        x: view.xOf(booking.day, booking.startMinute) + 1
                        width: Math.max(6, view.xOf(booking.day, booking.endMinute) - view.xOf(booking.day, booking.startMinute) - 2)
                        y: 4
                        height: row.height - 8
                        visible: booking.endMinute > view.opens && booking.startMinute < view.closes
                        selected: view.selected !== null && view.selected.id === booking.id
                        onActivated: view.bookingActivated(booking, row.resourceId)
                        ToolTip.visible: hover.hovered
                        ToolTip.delay: 400
                        ToolTip.text: AppController.weekDays[booking.day] + " · " + AppController.rangeText(booking.startMinute, booking.endMinute)
                                      + (booking.who ? " · " + booking.who : "")
                        HoverHandler { id: hover }
                    }
                }
            }
        }

        Text {
            textFormat: Text.PlainText
            anchors.centerIn: parent
            visible: AppController.calendar.count === 0
            text: AppController.calendar.loading ? qsTr("Loading the calendar…") : qsTr("This location has no spaces yet. Staff add them in Admin.")
            font.pixelSize: Theme.fontLarge
            color: Theme.textMuted
        }
    }
}
