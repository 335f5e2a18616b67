import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium

// Sign-in: one card, the email first, the server address tucked below for the one who needs it.
Rectangle {
    id: page
    color: Theme.background

    Rectangle {
        id: card
        anchors.centerIn: parent
        width: 400
        height: form.implicitHeight + 2 * Theme.space6
        radius: Theme.radiusCard
        color: Theme.surface
        border.color: Theme.border

        ColumnLayout {
            id: form
            anchors { fill: parent; margins: Theme.space6 }
            spacing: Theme.space3

            Text {
                textFormat: Text.PlainText
                text: "Atrium"
                font.pixelSize: Theme.fontDisplay
                font.weight: Font.Bold
                color: Theme.primary
            }
            Text {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                Layout.bottomMargin: Theme.space3
                text: qsTr("Sign in to run your space.")
                font.pixelSize: Theme.fontLarge
                color: Theme.textMuted
                wrapMode: Text.WordWrap
            }
            Label { textFormat: Text.PlainText; text: qsTr("Email"); font.pixelSize: Theme.fontSmall; font.weight: Font.DemiBold; color: Theme.text }
            TextField {
                id: email
                Layout.fillWidth: true
                focus: true
                placeholderText: qsTr("you@example.com")
                inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase
                font.pixelSize: Theme.fontBody
                Accessible.name: qsTr("Email")
                KeyNavigation.tab: password
                onAccepted: password.forceActiveFocus()
            }
            Label { textFormat: Text.PlainText; text: qsTr("Password"); font.pixelSize: Theme.fontSmall; font.weight: Font.DemiBold; color: Theme.text }
            TextField {
                id: password
                Layout.fillWidth: true
                echoMode: TextInput.Password
                font.pixelSize: Theme.fontBody
                Accessible.name: qsTr("Password")
                onAccepted: signIn.clicked()
            }
            Text {
                Layout.fillWidth: true
                visible: AppController.signInError.length > 0
                text: AppController.signInError
                textFormat: Text.PlainText
                color: Theme.danger
                font.pixelSize: Theme.fontBody
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            AppButton {
                id: signIn
                Layout.fillWidth: true
                Layout.topMargin: Theme.space2
                primary: true
                enabled: !AppController.signingIn
                text: AppController.signingIn ? qsTr("Signing in…") : qsTr("Sign in")
                onClicked: AppController.signIn(email.text, password.text)
            }
            Label { textFormat: Text.PlainText; Layout.topMargin: Theme.space3; text: qsTr("Server"); font.pixelSize: Theme.fontSmall; color: Theme.textMuted }
            TextField {
                Layout.fillWidth: true
                text: AppController.serverUrl
                font.pixelSize: Theme.fontSmall
                Accessible.name: qsTr("Server address")
                onEditingFinished: AppController.serverUrl = text
            }
        }
    }
}
