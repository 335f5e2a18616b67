import QtQuick
import QtQuick.Layouts
import Atrium

// The side panel for one booking: what, who, when, its state, and what can be done with it.
Rectangle {
    id: panel

    property var booking: null
    property string resourceId: ""
    signal closeRequested()
    signal cancelRequested(var booking)

    readonly property bool canAct: booking !== null && (AppController.isStaff || booking.mine === true)
    readonly property bool checkedIn: booking !== null && (booking.state === "checked_in" || booking.state === "checked_out")
    readonly property bool tentative: booking !== null && (booking.state === "tentative" || booking.state === "held")

    color: Theme.surface
    border.color: Theme.border
    radius: Theme.radiusCard
    implicitWidth: 320

    ColumnLayout {
        anchors { fill: parent; margins: Theme.space4 }
        spacing: Theme.space3
        visible: panel.booking !== null

        RowLayout {
            Layout.fillWidth: true
            Text {
                Layout.fillWidth: true
                text: panel.booking ? (panel.booking.title || (panel.booking.state === "held" ? qsTr("Waitlist offer") : qsTr("Booking"))) : ""
                textFormat: Text.PlainText
                font.pixelSize: Theme.fontTitle
                font.weight: Font.DemiBold
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            IconButton { iconName: "x-lg"; label: qsTr("Close"); onClicked: panel.closeRequested() }
        }
        GridLayout {
            Layout.fillWidth: true
            columns: 2
            columnSpacing: Theme.space3
            rowSpacing: Theme.space2
            Icon { name: "person-badge"; color: Theme.textMuted }
            Text { text: panel.booking ? panel.booking.who : ""; textFormat: Text.PlainText; font.pixelSize: Theme.fontBody; color: Theme.text }
            Icon { name: "geo-alt"; color: Theme.textMuted }
            Text { textFormat: Text.PlainText; text: AppController.resourceName(panel.resourceId); font.pixelSize: Theme.fontBody; color: Theme.text }
            Icon { name: "clock"; color: Theme.textMuted }
            Text {
                textFormat: Text.PlainText
                objectName: "panelTime"
                // On the location's clock, its zone named where it is not the user's.
                text: panel.booking ? AppController.timesOf(panel.booking.startMs, panel.booking.endMs) : ""
                font.pixelSize: Theme.fontBody
                color: Theme.text
            }
            Icon {
                name: panel.booking && (panel.booking.pending || panel.tentative) ? "hourglass-split" : panel.checkedIn ? "check-circle-fill" : "calendar3"
                color: panel.checkedIn ? Theme.success : Theme.textMuted
            }
            Text {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontBody
                color: Theme.text
                text: !panel.booking ? "" : panel.booking.pending ? qsTr("Pending — waiting for the server")
                                     : panel.booking.state === "held" ? qsTr("Offered from the waitlist — waiting for the member to accept")
                                     : panel.tentative ? qsTr("Waiting for approval")
                                     : panel.booking.state === "checked_out" ? qsTr("Checked out")
                                     : panel.checkedIn ? qsTr("Checked in") : qsTr("Confirmed")
            }
        }
        Item { Layout.fillHeight: true }
        AppButton {
            Layout.fillWidth: true
            visible: panel.canAct && panel.booking.canCheckIn === true
            primary: true
            text: qsTr("Check in")
            onClicked: AppController.checkIn(panel.booking.memberId, panel.booking.id)
        }
        RowLayout {
            Layout.fillWidth: true
            visible: panel.tentative && panel.booking.state === "tentative" && AppController.isStaff
            spacing: Theme.space2
            AppButton {
                Layout.fillWidth: true
                primary: true
                text: qsTr("Approve")
                onClicked: AppController.approve(panel.booking.id)
            }
            AppButton {
                Layout.fillWidth: true
                text: qsTr("Decline")
                onClicked: AppController.decline(panel.booking.id)
            }
        }
        AppButton {
            Layout.fillWidth: true
            visible: panel.canAct
            danger: true
            text: qsTr("Cancel booking…")
            onClicked: panel.cancelRequested(panel.booking)
        }
    }
}
