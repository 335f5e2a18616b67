import QtQuick
import Atrium

// One booking on the calendar. States differ by fill, pattern and glyph, never by colour alone:
// confirmed = solid; pending = stripes + clock; checked in = check; busy = hatched, no names;
// released (a no-show) = faded, its time struck through. A short block (30 minutes) says time and
// who on one line, so no name is lost.
Rectangle {
    id: block

    required property var booking
    property bool selected: false
    signal activated()
    // Held and dragged, in pixels from where it was taken, then let go. `edge`: 0 by the body (to
    // another time or space), 1 by the bottom edge (a new end), -1 by the top edge (a new start;
    // blocks of half an hour and more, so a short one can still be taken by its body).
    signal moveDragged(real dx, real dy, int edge)
    signal moveDropped(real dx, real dy, int edge)
    function edgeAt(y) { return !movable ? 0 : y >= height - 6 ? 1 : height >= 36 && y <= 5 ? -1 : 0 }
    readonly property bool movable: booking.movable === true

    readonly property string state_: booking.state
    readonly property bool busy: state_ === "busy"
    // Attended: checked in now, or checked out after being there. Tentative: waiting for approval,
    // or held for a member by a waitlist offer until they accept it; both hold the slot for now.
    readonly property bool checkedIn: state_ === "checked_in" || state_ === "checked_out"
    readonly property bool held: state_ === "held"
    readonly property bool tentative: state_ === "tentative" || held
    readonly property bool pending: booking.pending === true
    readonly property bool released: state_ === "released"
    readonly property bool compact: height < 36
    // Narrower than a time (the timeline's short bookings): the fill and pattern say it, the
    // tooltip and the accessible name say the rest.
    readonly property bool tiny: width < 52
    readonly property string who: busy ? qsTr("Busy") : released ? qsTr("No-show: %1").arg(booking.who || booking.title || "") : (booking.who || booking.title || "")

    objectName: "block-" + booking.id
    radius: Theme.radiusControl
    color: busy ? Theme.busyFill : checkedIn ? Theme.checkedInFill : Theme.confirmedFill
    border.width: selected || activeFocus ? 2 : 1
    border.color: activeFocus ? Theme.focusRing : selected ? Theme.primary : Qt.darker(color, 1.08)
    // No clip (a clip per block is costly to draw): the words are elided to the width and fit
    // the shortest block's height, and the marks stay inside the border.
    opacity: released ? 0.55 : 1
    // The grid is one Tab stop with its own cursor (CalendarPage); a block is reached by it.
    activeFocusOnTab: false
    Accessible.role: Accessible.Button
    Accessible.name: (busy ? qsTr("Busy") : (booking.title || booking.who)) + ", "
                     + AppController.rangeText(booking.startMinute, booking.endMinute)
                     + (pending ? ", " + qsTr("pending") : held ? ", " + qsTr("offered from the waitlist")
                        : tentative ? ", " + qsTr("waiting for approval")
                        : released ? ", " + qsTr("released: nobody checked in")
                        : state_ === "checked_out" ? ", " + qsTr("checked out") : checkedIn ? ", " + qsTr("checked in") : "")
    Keys.onReturnPressed: block.activated()
    Keys.onSpacePressed: block.activated()

    // Each block is a handful of items (a sync batch, or a busy day, brings hundreds at once): the
    // marks are made only for the blocks that have them, the words are placed without layouts,
    // and a line not shown has no text, so it is not laid out (text is most of a block's cost).
    readonly property bool marked: pending || checkedIn || tentative
    readonly property real textLeft: Theme.space2 + 2
    readonly property real textWidth: width - textLeft - Theme.space1
    // The marks (the pattern, the glyph) are made for the blocks that have them, under the accent
    // and the words (which stand at z 1 for it).
    OnDemand {
        when: block.marked || block.busy
        parentItem: block
        // The component reads this file's ids (made in this block's context; qmllint cannot check it).
        // qmllint disable unqualified
        component: Item {
            anchors.fill: parent
            Image {
                anchors { fill: parent; margins: 1 }
                visible: block.pending || block.busy || block.tentative
                source: visible ? (block.busy ? "qrc:/patterns/hatch.svg" : "qrc:/patterns/stripes.svg") : ""
                fillMode: Image.Tile
                opacity: 0.9
            }
            Icon {
                visible: block.marked && !block.tiny
                anchors { right: parent.right; rightMargin: Theme.space1; top: parent.top; topMargin: 3 }
                name: block.pending ? "clock" : block.tentative ? "hourglass-split" : "check-circle-fill"
                color: block.pending || block.tentative ? Theme.primary : Theme.success
                size: 12
            }
        }
        // qmllint enable unqualified
    }
    Rectangle {
        z: 1
        visible: !block.busy
        width: 3
        anchors { left: parent.left; top: parent.top; bottom: parent.bottom; margins: 1 }
        radius: 1
        color: block.checkedIn ? Theme.checkedInAccent : Theme.confirmedAccent
    }
    Text {
        id: time
        objectName: "blockTime"
        z: 1
        visible: !block.tiny
        x: block.textLeft
        y: 2
        textFormat: Text.PlainText
        // Short blocks: the start alone, so the name has the room.
        width: block.compact ? Math.min(implicitWidth, block.textWidth) : block.textWidth - (block.marked ? 16 : 0)
        text: block.tiny ? "" : block.compact ? AppController.minuteText(block.booking.startMinute)
                                               : AppController.rangeText(block.booking.startMinute, block.booking.endMinute)
        font.pixelSize: Theme.fontSmall
        font.weight: Font.DemiBold
        font.strikeout: block.released
        color: Theme.blockText
        elide: Text.ElideRight
    }
    // Who: after the time on a short block, under it on a taller one.
    Text {
        id: whoLine
        objectName: block.compact ? "blockWhoInline" : "blockWho"
        z: 1
        visible: !block.tiny
        x: block.compact ? time.x + time.width + Theme.space1 : block.textLeft
        y: block.compact ? time.y : time.y + time.height
        width: block.compact ? block.textLeft + block.textWidth - x - (block.marked ? 16 : 0) : block.textWidth
        text: block.tiny ? "" : block.who
        textFormat: Text.PlainText
        font.pixelSize: Theme.fontSmall
        color: block.busy ? Theme.textMuted : Theme.blockText
        elide: Text.ElideRight
    }
    // The title, on a block tall enough for a third line.
    OnDemand {
        when: block.height > 46 && !block.busy && !block.tiny && (block.booking.title || "").length > 0
        parentItem: block
        // qmllint disable unqualified
        component: Text {
            z: 1
            x: block.textLeft
            y: whoLine.y + whoLine.height
            width: block.textWidth
            text: block.booking.title || ""
            textFormat: Text.PlainText
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
            elide: Text.ElideRight
        }
        // qmllint enable unqualified
    }

    component DragArea: MouseArea {
        id: area
        property int edge: 0
        property point from
        property bool moving: false
        preventStealing: true
        function offset(mouse) { const p = mapToItem(null, mouse.x, mouse.y); return Qt.point(p.x - from.x, p.y - from.y) }
        onPressed: (mouse) => { from = mapToItem(null, mouse.x, mouse.y); moving = false; edge = block.edgeAt(mouse.y) }
        onPositionChanged: (mouse) => {
            if (!block.movable || !pressed)
                return
            const d = offset(mouse)
            if (!moving && Math.abs(d.x) + Math.abs(d.y) < 6)
                return
            moving = true
            block.moveDragged(d.x, d.y, edge)
        }
        onReleased: (mouse) => {
            if (!moving)
                return
            const d = offset(mouse)
            block.moveDropped(d.x, d.y, edge)
        }
    }

    DragArea {
        anchors.fill: parent
        // Someone else's busy time, and a no-show's freed slot, take no click here: the grid under
        // them decides (nothing for busy, a new booking on the freed slot).
        enabled: !block.busy && !block.released
        hoverEnabled: block.movable
        // The edges (6 px) resize; the rest moves.
        cursorShape: block.edgeAt(mouseY) !== 0 ? Qt.SizeVerCursor : block.movable ? (moving ? Qt.ClosedHandCursor : Qt.OpenHandCursor) : Qt.PointingHandCursor
        onClicked: if (!moving) { block.forceActiveFocus(); block.activated() }
    }
}
