import QtQuick
import QtQuick.Layouts
import Atrium

// Under the top bar while there is no server: what the pages show (this device's copy, as of
// its last sync), that changes are kept and sent later, and Retry now. While the very first sync
// is under way, the same place says so instead of showing empty pages.
Rectangle {
    id: banner
    objectName: "offlineBanner"

    readonly property bool offline: AppController.syncState === "offline"
    readonly property bool firstSync: !offline && AppController.lastSyncTime.length === 0

    visible: offline || firstSync
    implicitHeight: row.implicitHeight + 2 * Theme.space2
    radius: Theme.radiusControl
    color: Theme.surface
    border.color: offline ? Theme.warning : Theme.border
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text.text

    RowLayout {
        id: row
        anchors { fill: parent; leftMargin: Theme.space3; rightMargin: Theme.space2; topMargin: Theme.space2; bottomMargin: Theme.space2 }
        spacing: Theme.space2
        Icon { name: banner.offline ? "cloud-slash" : "arrow-repeat"; color: banner.offline ? Theme.warning : Theme.textMuted }
        Text {
            id: text
            objectName: "offlineText"
            Layout.fillWidth: true
            textFormat: Text.PlainText
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontBody
            color: Theme.text
            text: !banner.offline ? qsTr("Getting this location's bookings from the server…")
                : AppController.lastSyncTime.length === 0 ? qsTr("Offline, and nothing synced yet on this device. Changes you make are kept here and sent when the connection returns.")
                : AppController.pendingCount > 0
                  ? qsTr("Offline — showing bookings as of %1. %n change(s) will be sent when the connection returns.", "", AppController.pendingCount).arg(AppController.lastSyncTime)
                  : qsTr("Offline — showing bookings as of %1. New bookings will be sent when the connection returns.").arg(AppController.lastSyncTime)
        }
        AppButton {
            objectName: "offlineRetry"
            visible: banner.offline
            implicitHeight: 30
            text: qsTr("Retry now")
            onClicked: AppController.retryNow()
        }
    }
}
