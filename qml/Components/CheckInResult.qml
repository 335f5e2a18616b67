import QtQuick
import QtQuick.Layouts
import Atrium

// The result line of the desk's last check-in: who, where, and Undo (the wrong member is one
// click from being put right). Stays until dismissed, replaced, or a minute has passed.
Rectangle {
    id: line

    readonly property var result: AppController.lastCheckIn
    readonly property bool shown: result.id !== undefined

    visible: shown
    implicitHeight: shown ? row.implicitHeight + 2 * Theme.space2 : 0
    radius: Theme.radiusCard
    color: Theme.surface
    border.color: result.undone ? Theme.border : Theme.success
    Accessible.role: Accessible.AlertMessage
    Accessible.name: shown ? result.text : ""

    Timer {
        running: line.shown
        interval: 60000
        onTriggered: AppController.dismissLastCheckIn()
    }

    RowLayout {
        id: row
        anchors { fill: parent; leftMargin: Theme.space4; rightMargin: Theme.space2; topMargin: Theme.space2; bottomMargin: Theme.space2 }
        spacing: Theme.space3
        Icon {
            name: line.result.undone ? "arrow-counterclockwise" : "check-circle-fill"
            color: line.result.undone ? Theme.textMuted : Theme.success
        }
        Text {
            objectName: "checkInResultText"
            Layout.fillWidth: true
            textFormat: Text.PlainText
            text: line.shown ? line.result.text : ""
            elide: Text.ElideRight
            font.pixelSize: Theme.fontBody
            color: Theme.text
        }
        AppButton {
            objectName: "undoCheckIn"
            visible: line.shown && !line.result.undone
            text: qsTr("Undo")
            onClicked: AppController.undoCheckIn(line.result.id)
        }
        IconButton { iconName: "x-lg"; label: qsTr("Dismiss"); onClicked: AppController.dismissLastCheckIn() }
    }
}
