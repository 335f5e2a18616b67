pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Atrium

// The frame the day and week views share: a header across, hours down (a 15-minute grid, opening
// hours shaded, a line at the current time), and one column per space or day, scrolled together.
// A view says what its columns are (model, headerDelegate, columnDelegate) and where a column
// puts a booking (placeOf). Dragging a block shows where it would land, in danger style when the
// cache already says it cannot go there, and asks the view to move it when it is let go.
Rectangle {
    id: grid

    property var model
    property int columnCount: 0
    property Component headerDelegate
    property Component columnDelegate
    // column index → {resourceId, day} (day: 0 is the calendar's weekStart)
    property var placeOf: function (column) { return { resourceId: "", day: 0 } }
    // The column showing today (the line at the current time is drawn across it), or -2 for all.
    property int nowColumn: -2
    property int minColumnWidth: 128
    // The keyboard: the body is one Tab stop; arrows, Enter and Delete are the view's to handle.
    property bool keyboard: false
    property string bodyName: ""
    property string accessibleName: ""
    signal cursorKey(int columns, int minutes)
    signal enterKey()
    signal deleteKey()

    readonly property int firstMinute: 7 * 60
    readonly property int lastMinute: 21 * 60
    readonly property real pxPerMinute: 56 / 60
    readonly property int headerHeight: 64
    readonly property int timeColumnWidth: 64
    readonly property real columnWidth: Math.max(minColumnWidth, body.width / Math.max(1, columnCount))
    readonly property real gridHeight: (lastMinute - firstMinute) * pxPerMinute
    property alias body: body
    default property alias overlay: body.flickableData

    // A block is let go: the view decides what follows (move, or the refusal with alternatives).
    signal moveRequested(var booking, string resourceId, int day, int startMinute, int durationMinutes, string problem)

    function minuteY(minute) { return (minute - firstMinute) * pxPerMinute }
    // Whether a column is scrolled into view (with a column to spare on each side): a view hides
    // the others, so showing or hiding the grid walks only what can be seen.
    function columnInView(index) {
        const left = index * columnWidth
        return left + 2 * columnWidth >= body.contentX && left - columnWidth <= body.contentX + body.width
    }

    // Where a block being dragged would land: {booking, column, startMinute, durationMinutes, problem}.
    property var ghost: null
    property var problems: ({}) // the cache's answer per place, while one drag lasts
    // `edge`: 0 moves the booking, 1 moves its end, -1 its start (at least 15 minutes stay).
    function dragTo(booking, column, dx, dy, edge) {
        const steps = Math.round(dy / pxPerMinute / 15) * 15
        const length = booking.endMinute - booking.startMinute
        const target = edge !== 0 ? column : Math.max(0, Math.min(columnCount - 1, column + Math.round(dx / columnWidth)))
        let start = edge === 1 ? booking.startMinute
                  : edge === -1 ? Math.max(firstMinute, Math.min(booking.endMinute - 15, booking.startMinute + steps))
                  : Math.max(firstMinute, Math.min(lastMinute - length, booking.startMinute + steps))
        const duration = edge === 1 ? Math.max(15, length + steps) : edge === -1 ? booking.endMinute - start : length
        const place = placeOf(target)
        const key = place.resourceId + "|" + place.day + "|" + start + "|" + duration
        if (problems[key] === undefined)
            problems[key] = CalendarEdits.moveProblem(booking.id, place.resourceId, place.day, start, duration)
        ghost = { booking: booking, column: target, startMinute: start, durationMinutes: duration,
                  resourceId: place.resourceId, day: place.day, problem: problems[key] }
    }
    function drop() {
        if (ghost === null)
            return
        const g = ghost
        ghost = null
        problems = ({})
        moveRequested(g.booking, g.resourceId, g.day, g.startMinute, g.durationMinutes, g.problem)
    }

    radius: Theme.radiusCard
    color: Theme.surface
    border.color: Theme.border
    clip: true

    // Header, scrolled with the body
    Flickable {
        id: header
        anchors { left: parent.left; leftMargin: grid.timeColumnWidth; right: parent.right; top: parent.top }
        height: grid.headerHeight
        contentWidth: body.contentWidth
        contentX: body.contentX
        interactive: false
        clip: true
        Row {
            Repeater {
                model: grid.model
                delegate: grid.headerDelegate
            }
        }
    }

    // Time column, scrolled with the body
    Flickable {
        id: timeColumn
        anchors { left: parent.left; top: header.bottom; bottom: parent.bottom }
        width: grid.timeColumnWidth
        contentHeight: grid.gridHeight
        contentY: body.contentY
        interactive: false
        clip: true
        Repeater {
            model: (grid.lastMinute - grid.firstMinute) / 60
            delegate: Text {
                textFormat: Text.PlainText
                required property int index
                x: Theme.space2
                y: grid.minuteY(grid.firstMinute + index * 60) + 2
                text: AppController.minuteText(grid.firstMinute + index * 60)
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
            }
        }
    }

    Flickable {
        id: body
        anchors { left: timeColumn.right; top: header.bottom; right: parent.right; bottom: parent.bottom }
        contentWidth: columns.width
        contentHeight: grid.gridHeight
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar { }
        ScrollBar.horizontal: ScrollBar { }
        Component.onCompleted: contentY = Math.max(0, grid.minuteY(AppController.opensMinute) - 8)
        objectName: grid.bodyName
        activeFocusOnTab: grid.keyboard
        Accessible.role: Accessible.Table
        Accessible.name: grid.accessibleName
        Keys.enabled: grid.keyboard
        Keys.onUpPressed: grid.cursorKey(0, -15)
        Keys.onDownPressed: grid.cursorKey(0, 15)
        Keys.onLeftPressed: grid.cursorKey(-1, 0)
        Keys.onRightPressed: grid.cursorKey(1, 0)
        Keys.onReturnPressed: grid.enterKey()
        Keys.onEnterPressed: grid.enterKey()
        Keys.onDeletePressed: grid.deleteKey()

        // Outside opening hours
        Rectangle { width: body.contentWidth; y: 0; height: grid.minuteY(AppController.opensMinute); color: Theme.shade }
        Rectangle {
            width: body.contentWidth
            y: grid.minuteY(AppController.closesMinute)
            height: grid.gridHeight - y
            color: Theme.shade
        }
        // 15-minute grid: hours solid, quarters faint
        Repeater {
            model: (grid.lastMinute - grid.firstMinute) / 15
            delegate: Rectangle {
                required property int index
                y: index * 15 * grid.pxPerMinute
                width: body.contentWidth
                height: 1
                color: Theme.border
                opacity: index % 4 === 0 ? 1 : 0.35
            }
        }

        Row {
            id: columns
            Repeater {
                model: grid.model
                delegate: grid.columnDelegate
            }
        }

        // Where a dragged block would land.
        Rectangle {
            objectName: "moveGhost"
            readonly property bool refused: grid.ghost !== null && grid.ghost.problem.length > 0
            visible: grid.ghost !== null
            z: 6
            x: grid.ghost === null ? 0 : grid.ghost.column * grid.columnWidth + 2
            y: grid.ghost === null ? 0 : grid.minuteY(grid.ghost.startMinute) + 1
            width: grid.columnWidth - 5
            height: grid.ghost === null ? 0 : Math.max(18, grid.ghost.durationMinutes * grid.pxPerMinute - 2)
            radius: Theme.radiusControl
            // Opaque, so what it would land on does not show through its words.
            color: Theme.surface
            border.width: 2
            border.color: refused ? Theme.danger : Theme.primary
            Rectangle {
                anchors { fill: parent; margins: 2 }
                radius: Theme.radiusControl
                color: parent.refused ? Qt.rgba(Theme.danger.r, Theme.danger.g, Theme.danger.b, 0.14) : Qt.rgba(Theme.primary.r, Theme.primary.g, Theme.primary.b, 0.14)
            }
            Text {
                objectName: "moveGhostText"
                anchors { fill: parent; margins: Theme.space1 }
                textFormat: Text.PlainText
                wrapMode: Text.WordWrap
                elide: Text.ElideRight
                // A short ghost has room for one thing: why not, when it is refused.
                text: grid.ghost === null ? ""
                      : parent.refused && parent.height < 48 ? grid.ghost.problem
                      : (AppController.rangeText(grid.ghost.startMinute, grid.ghost.startMinute + grid.ghost.durationMinutes)
                         + (parent.refused ? " · " + grid.ghost.problem : ""))
                font.pixelSize: parent.height < 36 ? 11 : Theme.fontSmall
                font.weight: Font.DemiBold
                color: parent.refused ? Theme.danger : Theme.primary
            }
        }

        // Now
        Rectangle {
            visible: grid.nowColumn !== -1 && AppController.nowMinute >= grid.firstMinute && AppController.nowMinute <= grid.lastMinute
            x: grid.nowColumn >= 0 ? grid.nowColumn * grid.columnWidth : 0
            y: grid.minuteY(AppController.nowMinute)
            width: grid.nowColumn >= 0 ? grid.columnWidth : body.contentWidth
            height: 2
            z: 4
            color: Theme.danger
            Rectangle { x: -4; y: -3; width: 8; height: 8; radius: 4; color: Theme.danger }
        }
    }
}
