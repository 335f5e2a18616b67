pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium

// A booking dropped where it cannot go: why (from the cache, in the user's language), and the
// free places nearest to it, one click each; or it stays where it was.
Dialog {
    id: dialog

    property var booking: null
    property string problem: ""
    property var alternatives: []

    function ask(booking, resourceId, day, startMinute, durationMinutes, problem) {
        dialog.booking = booking
        dialog.problem = problem
        alternatives = CalendarEdits.alternatives(booking.id, resourceId, day, startMinute, durationMinutes)
        open()
    }

    title: qsTr("It cannot go there")
    modal: true
    anchors.centerIn: parent
    width: 460
    padding: Theme.space5
    background: Rectangle { radius: Theme.radiusCard; color: Theme.surface; border.color: Theme.border }
    header: Text {
        textFormat: Text.PlainText
        text: dialog.title
        padding: Theme.space5
        bottomPadding: 0
        font.pixelSize: Theme.fontTitle
        font.weight: Font.DemiBold
        color: Theme.text
    }
    contentItem: ColumnLayout {
        spacing: Theme.space3
        Text {
            objectName: "moveProblem"
            Layout.fillWidth: true
            text: dialog.problem
            textFormat: Text.PlainText
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontBody
            font.weight: Font.DemiBold
            color: Theme.danger
        }
        Text {
            Layout.fillWidth: true
            text: dialog.alternatives.length > 0 ? qsTr("Free nearby:") : qsTr("Nothing nearby is free for as long; try another day.")
            textFormat: Text.PlainText
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
        }
        Repeater {
            model: dialog.alternatives
            delegate: AppButton {
                required property var modelData
                required property int index
                objectName: "moveAlternative" + index
                Layout.fillWidth: true
                text: modelData.text
                focus: index === 0
                onClicked: {
                    CalendarEdits.move(dialog.booking.id, modelData.resourceId, modelData.day, modelData.startMinute, modelData.durationMinutes)
                    dialog.accept()
                }
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()
            }
        }
        RowLayout {
            Layout.topMargin: Theme.space2
            Item { Layout.fillWidth: true }
            AppButton { objectName: "moveKeep"; text: qsTr("Keep it where it is"); onClicked: dialog.reject() }
        }
    }
}
