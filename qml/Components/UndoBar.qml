import QtQuick
import QtQuick.Layouts
import Atrium

// The result line of the user's last change on the calendar (booked, moved, cancelled), with
// Undo (also Ctrl+Z from anywhere). A check-in has its own line (CheckInResult).
Rectangle {
    id: line

    readonly property var change: Undo.last
    readonly property bool shown: change.kind !== undefined && change.kind !== "checkin"

    objectName: "undoBar"
    visible: shown
    implicitHeight: shown ? row.implicitHeight + 2 * Theme.space2 : 0
    radius: Theme.radiusCard
    color: Theme.surface
    border.color: change.undone ? Theme.border : Theme.primary
    Accessible.role: Accessible.AlertMessage
    Accessible.name: shown ? change.text : ""

    Timer {
        running: line.shown
        interval: 60000
        onTriggered: Undo.dismiss()
    }

    RowLayout {
        id: row
        anchors { fill: parent; leftMargin: Theme.space4; rightMargin: Theme.space2; topMargin: Theme.space2; bottomMargin: Theme.space2 }
        spacing: Theme.space3
        Icon {
            name: line.change.undone ? "arrow-counterclockwise" : "check-circle-fill"
            color: line.change.undone ? Theme.textMuted : Theme.primary
        }
        Text {
            objectName: "undoText"
            Layout.fillWidth: true
            textFormat: Text.PlainText
            text: line.shown ? line.change.text : ""
            elide: Text.ElideRight
            font.pixelSize: Theme.fontBody
            color: Theme.text
        }
        AppButton {
            objectName: "undoButton"
            visible: line.shown && line.change.canUndo === true
            text: qsTr("Undo (Ctrl+Z)")
            onClicked: Undo.undo()
        }
        IconButton { iconName: "x-lg"; label: qsTr("Dismiss"); onClicked: Undo.dismiss() }
    }
}
