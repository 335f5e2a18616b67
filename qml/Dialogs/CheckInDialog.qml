import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium

// Front desk: check a member in who walked up without a booking to hand.
Dialog {
    id: dialog

    title: qsTr("Check a member in")
    modal: true
    anchors.centerIn: parent
    width: 420
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
        Label { textFormat: Text.PlainText; text: qsTr("Member"); color: Theme.text; font.pixelSize: Theme.fontBody }
        ComboBox {
            id: memberBox
            Layout.fillWidth: true
            model: AppController.members
            textRole: "name"
            valueRole: "id"
            editable: true
            Accessible.name: qsTr("Member")
        }
        Text {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: qsTr("Check-ins are saved on this computer first, so they work offline too.")
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
        }
        RowLayout {
            Layout.topMargin: Theme.space3
            Item { Layout.fillWidth: true }
            AppButton { text: qsTr("Cancel"); onClicked: dialog.reject() }
            AppButton {
                primary: true
                text: qsTr("Check in")
                enabled: memberBox.currentIndex >= 0
                onClicked: {
                    AppController.checkIn(memberBox.currentValue, "")
                    dialog.accept()
                }
            }
        }
    }
}
