import QtQuick
import QtQuick.Layouts
import Atrium

// Who is signed in, to which server and how that connection is, and signing out.
SettingsCard {
    id: card

    signal signOutRequested()

    title: qsTr("Account")
    iconName: "person-badge"

    GridLayout {
        Layout.fillWidth: true
        columns: 2
        columnSpacing: Theme.space4
        rowSpacing: Theme.space2
        Text { textFormat: Text.PlainText; text: qsTr("Name"); color: Theme.textMuted; font.pixelSize: Theme.fontBody }
        Text { Layout.fillWidth: true; textFormat: Text.PlainText; text: AppController.userName; color: Theme.text; font.pixelSize: Theme.fontBody; elide: Text.ElideRight }
        Text { textFormat: Text.PlainText; text: qsTr("E-mail"); color: Theme.textMuted; font.pixelSize: Theme.fontBody }
        Text { Layout.fillWidth: true; textFormat: Text.PlainText; text: AppController.userEmail; color: Theme.text; font.pixelSize: Theme.fontBody; elide: Text.ElideRight }
        Text { textFormat: Text.PlainText; text: qsTr("Role"); color: Theme.textMuted; font.pixelSize: Theme.fontBody }
        Text { Layout.fillWidth: true; textFormat: Text.PlainText; text: AppController.isAdmin ? qsTr("Administrator") : AppController.isStaff ? qsTr("Front desk") : qsTr("Member"); color: Theme.text; font.pixelSize: Theme.fontBody }
        Text { textFormat: Text.PlainText; text: qsTr("Server"); color: Theme.textMuted; font.pixelSize: Theme.fontBody }
        Text {
            objectName: "settingsServer"
            Layout.fillWidth: true
            textFormat: Text.PlainText
            text: AppController.serverUrl
            color: Theme.text
            font.pixelSize: Theme.fontBody
            elide: Text.ElideMiddle
        }
        Text { textFormat: Text.PlainText; text: qsTr("Connection"); color: Theme.textMuted; font.pixelSize: Theme.fontBody }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.space2
            Text {
                Layout.fillWidth: true
                textFormat: Text.PlainText
                text: AppController.syncState === "offline" ? qsTr("Offline. %1").arg(AppController.lastSyncText)
                    : AppController.syncState === "online" ? qsTr("Online") : qsTr("Connecting…")
                color: AppController.syncState === "offline" ? Theme.warning : Theme.text
                font.pixelSize: Theme.fontBody
                wrapMode: Text.WordWrap
            }
            AppButton {
                visible: AppController.syncState === "offline"
                implicitHeight: 30
                text: qsTr("Retry now")
                onClicked: AppController.retryNow()
            }
        }
    }
    Text {
        Layout.fillWidth: true
        textFormat: Text.PlainText
        text: qsTr("To use another server, sign out and type its address on the sign-in page.")
        font.pixelSize: Theme.fontSmall
        color: Theme.textMuted
        wrapMode: Text.WordWrap
    }
    AppButton {
        objectName: "settingsSignOut"
        danger: true
        text: qsTr("Sign out…")
        onClicked: card.signOutRequested()
    }
}
