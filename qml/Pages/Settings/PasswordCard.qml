import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium

// A new password: the current one, the new one twice, checked by the server's rules as it is
// typed. Changing it signs the account out everywhere else.
SettingsCard {
    id: card

    readonly property string problem: next.text.length > 0 ? AccountSettings.passwordProblem(next.text, repeat.text) : ""

    title: qsTr("Password")
    description: qsTr("At least 10 characters; a few words make a good one. Every other device is signed out when it changes.")
    iconName: "lock"

    Connections {
        target: AccountSettings
        function onPasswordChanged() { current.clear(); next.clear(); repeat.clear() }
    }

    Label { textFormat: Text.PlainText; text: qsTr("Current password"); font.pixelSize: Theme.fontSmall; font.weight: Font.DemiBold; color: Theme.text }
    TextField {
        id: current
        objectName: "currentPassword"
        Layout.fillWidth: true
        echoMode: TextInput.Password
        font.pixelSize: Theme.fontBody
        Accessible.name: qsTr("Current password")
        onAccepted: next.forceActiveFocus()
    }
    Label { textFormat: Text.PlainText; text: qsTr("New password"); font.pixelSize: Theme.fontSmall; font.weight: Font.DemiBold; color: Theme.text }
    TextField {
        id: next
        objectName: "newPassword"
        Layout.fillWidth: true
        echoMode: TextInput.Password
        font.pixelSize: Theme.fontBody
        Accessible.name: qsTr("New password")
        onAccepted: repeat.forceActiveFocus()
    }
    Label { textFormat: Text.PlainText; text: qsTr("New password again"); font.pixelSize: Theme.fontSmall; font.weight: Font.DemiBold; color: Theme.text }
    TextField {
        id: repeat
        objectName: "repeatPassword"
        Layout.fillWidth: true
        echoMode: TextInput.Password
        font.pixelSize: Theme.fontBody
        Accessible.name: qsTr("New password again")
        onAccepted: if (change.enabled) change.clicked()
    }
    Text {
        objectName: "passwordProblem"
        Layout.fillWidth: true
        // Said once both are typed (or the first is long enough to judge), not at the first key.
        visible: card.problem.length > 0 && (repeat.text.length > 0 || next.text.length >= 10)
        textFormat: Text.PlainText
        text: card.problem
        font.pixelSize: Theme.fontSmall
        color: Theme.warning
        wrapMode: Text.WordWrap
    }
    AppButton {
        id: change
        objectName: "changePassword"
        primary: true
        enabled: !AccountSettings.busy && current.text.length > 0 && next.text.length > 0 && card.problem.length === 0
        text: AccountSettings.busy ? qsTr("Asking the server…") : qsTr("Change password")
        onClicked: AccountSettings.changePassword(current.text, next.text, repeat.text)
    }
}
