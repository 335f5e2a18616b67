pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium

// Settings: the account (and signing out), how the app looks and starts, the password, where the
// account is signed in, what the account is told and how, and the server. Language and theme
// change at once, without a restart.
Item {
    id: page

    signal signOutRequested()

    // The sessions are the server's to list: asked when the page is shown (and online).
    onVisibleChanged: if (visible && AppController.syncState !== "offline") AccountSettings.loadSessions()
    Connections {
        target: AppController
        function onSyncChanged() {
            if (page.visible && !AccountSettings.sessionsLoaded && !AccountSettings.busy && AppController.syncState === "online")
                AccountSettings.loadSessions()
        }
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            width: scroll.availableWidth
            spacing: Theme.space4

            Text {
                objectName: "settingsTitle"
                textFormat: Text.PlainText
                text: qsTr("Settings")
                font.pixelSize: Theme.fontHeadline
                font.weight: Font.DemiBold
                color: Theme.text
            }

            // What the last request to the server came to.
            Rectangle {
                objectName: "accountMessage"
                Layout.fillWidth: true
                visible: AccountSettings.message.length > 0
                implicitHeight: messageRow.implicitHeight + 2 * Theme.space3
                radius: Theme.radiusControl
                color: Theme.surface
                border.color: AccountSettings.ok ? Theme.success : Theme.danger
                RowLayout {
                    id: messageRow
                    anchors { fill: parent; margins: Theme.space3 }
                    spacing: Theme.space2
                    Icon {
                        name: AccountSettings.ok ? "check-circle-fill" : "exclamation-circle-fill"
                        color: AccountSettings.ok ? Theme.success : Theme.danger
                    }
                    Text {
                        objectName: "accountMessageText"
                        Layout.fillWidth: true
                        textFormat: Text.PlainText
                        text: AccountSettings.message
                        font.pixelSize: Theme.fontBody
                        color: Theme.text
                        wrapMode: Text.WordWrap
                    }
                    IconButton {
                        iconName: "x-lg"
                        label: qsTr("Dismiss")
                        onClicked: AccountSettings.clearMessage()
                    }
                }
            }

            GridLayout {
                id: cards
                Layout.fillWidth: true
                columns: page.width > 1000 ? 2 : 1
                rowSpacing: Theme.space4
                columnSpacing: Theme.space4

                AccountCard {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop
                    onSignOutRequested: page.signOutRequested()
                }
                AppearanceCard {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop
                }
                PasswordCard {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop
                }
                SessionsCard {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop
                }
                NotificationsCard {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.columnSpan: cards.columns
                    Layout.alignment: Qt.AlignTop
                }
            }
            Item { Layout.preferredHeight: Theme.space4 }
        }
    }
}
