import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium

// Signing out removes this account's copy of the bookings from the computer (another person may
// sign in next on it); changes not sent yet stay, for this account alone, and are said first.
Dialog {
    id: dialog

    property int pending: 0

    function ask() {
        pending = AppController.pendingCount
        open()
    }

    title: qsTr("Sign out?")
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
        Text {
            Layout.fillWidth: true
            visible: dialog.pending > 0
            text: qsTr("%n change(s) not sent yet. They stay on this computer for your account and go out when you sign in again.", "", dialog.pending)
            textFormat: Text.PlainText
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontBody
            font.weight: Font.DemiBold
            color: Theme.warning
        }
        Text {
            Layout.fillWidth: true
            text: qsTr("Your copy of the bookings is removed from this computer. It syncs again when you sign in.")
            textFormat: Text.PlainText
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontBody
            color: Theme.text
        }
        RowLayout {
            Layout.topMargin: Theme.space3
            Item { Layout.fillWidth: true }
            AppButton { text: qsTr("Stay signed in"); onClicked: dialog.reject() }
            AppButton {
                primary: true
                text: qsTr("Sign out")
                onClicked: {
                    dialog.accept()
                    AppController.signOut()
                }
            }
        }
    }
}
