pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium

// Whom a new message is for: type a name or a company, pick from the people found (the
// directory's, or for staff every member); up to seven others.
ColumnLayout {
    id: picker

    property var chosen: []
    signal chosenEdited(var list)

    spacing: Theme.space2

    Flow {
        Layout.fillWidth: true
        spacing: Theme.space1
        visible: picker.chosen.length > 0
        Repeater {
            model: picker.chosen
            delegate: AbstractButton {
                id: chip
                required property var modelData
                implicitHeight: 28
                leftPadding: Theme.space2
                rightPadding: Theme.space2
                onClicked: picker.chosenEdited(picker.chosen.filter(c => c.id !== modelData.id))
                Accessible.name: qsTr("Remove %1").arg(modelData.name)
                background: Rectangle { radius: 14; color: Theme.confirmedFill; border.color: chip.visualFocus ? Theme.focusRing : Theme.border }
                contentItem: RowLayout {
                    spacing: Theme.space1
                    Text { textFormat: Text.PlainText; text: chip.modelData.name; font.pixelSize: Theme.fontSmall; color: Theme.text }
                    Icon { name: "x-lg"; size: 10; color: Theme.textMuted }
                }
            }
        }
    }
    TextField {
        id: search
        objectName: "recipientSearch"
        Layout.fillWidth: true
        enabled: picker.chosen.length < 7
        placeholderText: qsTr("To: a name or a company")
        font.pixelSize: Theme.fontBody
        Accessible.name: qsTr("To")
    }
    ListView {
        id: found
        objectName: "recipientList"
        Layout.fillWidth: true
        Layout.preferredHeight: Math.min(contentHeight, 200)
        visible: search.text.trim().length > 0
        clip: true
        model: search.text.trim().length > 0 ? Community.recipients(search.text) : []
        delegate: ItemDelegate {
            id: person
            required property var modelData
            width: ListView.view.width
            text: modelData.company.length > 0 ? qsTr("%1 · %2").arg(modelData.name).arg(modelData.company) : modelData.name
            font.pixelSize: Theme.fontBody
            onClicked: {
                if (!picker.chosen.some(c => c.id === modelData.id))
                    picker.chosenEdited(picker.chosen.concat([{ id: modelData.id, name: modelData.name }]))
                search.text = ""
            }
        }
        Text {
            anchors.centerIn: parent
            visible: found.count === 0
            textFormat: Text.PlainText
            text: AppController.isStaff ? qsTr("Nobody by that name.") : qsTr("Nobody by that name in the directory.")
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
        }
    }
}
