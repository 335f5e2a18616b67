import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium
// Its contentItem holds named parts, so it is built with the control rather than deferred: meant.
// qmllint disable deferred-property-id

// Online / offline / N pending at a glance; a click lists what is queued and what was refused.
Button {
    id: chip
    objectName: "syncChip"

    readonly property bool offline: AppController.syncState === "offline"
    readonly property bool working: AppController.syncState === "connecting" || AppController.syncState === "syncing"

    implicitHeight: 32
    leftPadding: Theme.space3
    rightPadding: Theme.space3
    Accessible.name: label.text
    Accessible.description: AppController.lastSyncText
    ToolTip.visible: hovered
    ToolTip.text: AppController.lastSyncText
    ToolTip.delay: 500
    onClicked: popup.opened ? popup.close() : popup.open()

    contentItem: RowLayout {
        spacing: Theme.space2
        Icon {
            name: chip.offline ? "cloud-slash" : chip.working ? "arrow-repeat" : "cloud-check"
            color: chip.offline ? Theme.warning : Theme.success
        }
        Text {
            textFormat: Text.PlainText
            id: label
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            font.weight: Font.DemiBold
            color: Theme.text
            text: {
                const state = chip.offline ? qsTr("Offline") : chip.working ? qsTr("Syncing") : qsTr("Online")
                return AppController.pendingCount > 0
                        ? qsTr("%1 · %n pending", "", AppController.pendingCount).arg(state) : state
            }
        }
        Rectangle {
            visible: AppController.rejectedCount > 0
            width: 18
            height: 18
            radius: 9
            color: Theme.danger
            Text {
                textFormat: Text.PlainText
                anchors.centerIn: parent
                text: AppController.rejectedCount
                color: Theme.primaryText
                font.pixelSize: 11
                font.weight: Font.Bold
            }
        }
    }
    background: Rectangle {
        radius: 16
        color: chip.hovered ? Theme.surfaceAlt : Theme.surface
        border.width: chip.visualFocus ? 2 : 1
        border.color: chip.visualFocus ? Theme.focusRing : Theme.border
    }

    Popup {
        id: popup
        y: chip.height + Theme.space2
        x: chip.width - width
        width: 360
        padding: Theme.space4
        background: Rectangle {
            radius: Theme.radiusCard
            color: Theme.surface
            border.color: Theme.border
        }
        contentItem: ColumnLayout {
            spacing: Theme.space2
            Text {
                textFormat: Text.PlainText
                text: chip.offline
                      ? qsTr("Offline — new bookings are kept on this computer and sent when the connection returns.")
                      : AppController.lastSyncText
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
            }
            AppButton {
                visible: chip.offline && AppController.signedIn
                text: qsTr("Retry now")
                onClicked: AppController.retryNow()
            }
            Text {
                textFormat: Text.PlainText
                visible: AppController.pendingItems.length === 0
                text: qsTr("Everything is up to date.")
                color: Theme.text
                font.pixelSize: Theme.fontBody
            }
            Repeater {
                model: AppController.pendingItems
                delegate: RowLayout {
                    id: row
                    required property var modelData
                    Layout.fillWidth: true
                    spacing: Theme.space2
                    Icon {
                        Layout.alignment: Qt.AlignTop
                        name: row.modelData.state === "rejected" ? "exclamation-triangle-fill" : "clock"
                        color: row.modelData.state === "rejected" ? Theme.danger : Theme.textMuted
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2
                        Text {
                            text: row.modelData.text
                            textFormat: Text.PlainText
                            color: Theme.text
                            font.pixelSize: Theme.fontBody
                            wrapMode: Text.WordWrap
                            Layout.fillWidth: true
                        }
                        Text {
                            text: row.modelData.state === "rejected" ? row.modelData.reason : qsTr("Waiting for the server")
                            textFormat: Text.PlainText
                            color: row.modelData.state === "rejected" ? Theme.danger : Theme.textMuted
                            font.pixelSize: Theme.fontSmall
                            wrapMode: Text.WordWrap
                            Layout.fillWidth: true
                        }
                    }
                }
            }
        }
    }
}
