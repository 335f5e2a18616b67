pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Atrium

// Where this account is signed in (each device's session), with a way out of each one and of
// every other at once: for a lost laptop or a shared computer left signed in.
SettingsCard {
    id: card

    title: qsTr("Where you are signed in")
    iconName: "building"

    Text {
        Layout.fillWidth: true
        visible: !AccountSettings.sessionsLoaded
        textFormat: Text.PlainText
        text: AppController.syncState === "offline" ? qsTr("Offline: the server lists your devices when this one is connected again.")
                                                    : qsTr("Asking the server…")
        font.pixelSize: Theme.fontBody
        color: Theme.textMuted
        wrapMode: Text.WordWrap
    }
    Repeater {
        model: AccountSettings.sessions
        delegate: RowLayout {
            id: session
            required property var modelData
            Layout.fillWidth: true
            spacing: Theme.space3
            Icon { name: session.modelData.current ? "check-circle-fill" : "display"; color: session.modelData.current ? Theme.success : Theme.textMuted }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0
                Text {
                    Layout.fillWidth: true
                    textFormat: Text.PlainText
                    text: session.modelData.device
                    font.pixelSize: Theme.fontBody
                    font.weight: Font.DemiBold
                    color: Theme.text
                    elide: Text.ElideRight
                }
                Text {
                    Layout.fillWidth: true
                    textFormat: Text.PlainText
                    text: qsTr("%1 · %2").arg(session.modelData.since).arg(session.modelData.lastUsed)
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                    elide: Text.ElideRight
                }
            }
            AppButton {
                visible: !session.modelData.current
                enabled: !AccountSettings.busy
                implicitHeight: 30
                text: qsTr("Sign out there")
                onClicked: AccountSettings.revokeSession(session.modelData.id)
            }
        }
    }
    AppButton {
        objectName: "signOutOthers"
        visible: AccountSettings.sessionsLoaded
        enabled: !AccountSettings.busy && AccountSettings.sessions.length > 1
        text: qsTr("Sign out everywhere else")
        onClicked: AccountSettings.signOutEverywhereElse()
    }
}
