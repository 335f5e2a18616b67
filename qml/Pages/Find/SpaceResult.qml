import QtQuick
import QtQuick.Layouts
import Atrium

// One space found: what it is and has, what the rules already say, and Book (or Join waitlist
// when it is taken then).
Item {
    id: line

    required property var model
    required property string name
    required property string detail
    required property string features
    required property string note
    required property bool free
    required property bool bookable

    signal bookClicked(string id)
    signal waitClicked(string id)

    implicitHeight: Math.max(64, content.implicitHeight + 2 * Theme.space2)
    Accessible.role: Accessible.ListItem
    Accessible.name: qsTr("%1, %2, %3").arg(name).arg(detail).arg(note)

    RowLayout {
        id: content
        anchors { fill: parent; leftMargin: Theme.space2; rightMargin: Theme.space2 }
        spacing: Theme.space3
        Icon {
            name: line.free ? "door-open" : "door-closed"
            color: line.bookable ? Theme.success : Theme.textMuted
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 1
            Text {
                Layout.fillWidth: true
                textFormat: Text.PlainText
                text: line.name
                font.pixelSize: Theme.fontBody
                font.weight: Font.DemiBold
                color: line.free ? Theme.text : Theme.textMuted
                elide: Text.ElideRight
            }
            Text {
                Layout.fillWidth: true
                textFormat: Text.PlainText
                text: line.features.length > 0 ? qsTr("%1 · %2").arg(line.detail).arg(line.features) : line.detail
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                elide: Text.ElideRight
            }
            Text {
                Layout.fillWidth: true
                visible: line.note.length > 0
                textFormat: Text.PlainText
                text: line.note
                font.pixelSize: Theme.fontSmall
                color: line.free && !line.bookable ? Theme.warning : Theme.textMuted
                wrapMode: Text.WordWrap
            }
        }
        AppButton {
            objectName: "book-" + line.model.id
            visible: line.free
            enabled: line.bookable
            primary: true
            implicitHeight: 30
            text: AppController.isStaff ? qsTr("Book…") : qsTr("Book")
            onClicked: line.bookClicked(line.model.id)
        }
        AppButton {
            objectName: "wait-" + line.model.id
            visible: !line.free
            implicitHeight: 30
            text: qsTr("Join waitlist")
            onClicked: line.waitClicked(line.model.id)
        }
    }
    Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: Theme.border; opacity: 0.6 }
}
