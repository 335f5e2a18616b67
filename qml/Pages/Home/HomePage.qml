import QtQuick
import QtQuick.Layouts
import Atrium

// The front desk's Home: today at this location, each line with its action. Everything here
// comes from the local cache, so it works offline too; what is not sent yet says so.
Item {
    id: home

    signal checkInRequested()
    signal bookRequested(string resourceId)
    signal bookingRequested(string bookingId)

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.space4

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.space3
            ColumnLayout {
                spacing: 0
                Layout.fillWidth: true
                Text {
                    textFormat: Text.PlainText
                    text: AppController.locationName.length > 0 ? qsTr("Today at %1").arg(AppController.locationName) : qsTr("Today")
                    font.pixelSize: Theme.fontHeadline
                    font.weight: Font.DemiBold
                    color: Theme.text
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                Text {
                    textFormat: Text.PlainText
                    text: AppController.todayText
                    font.pixelSize: Theme.fontBody
                    color: Theme.textMuted
                }
            }
            AppButton {
                objectName: "homeCheckIn"
                primary: true
                text: qsTr("Check in member")
                onClicked: home.checkInRequested()
            }
        }

        GridLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            columns: home.width > 1100 ? 3 : 2
            rowSpacing: Theme.space4
            columnSpacing: Theme.space4

            HomeCard {
                objectName: "arrivalsCard"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 1
                title: qsTr("Arriving in the next hour")
                iconName: "clock"
                emptyText: qsTr("Nobody is due in the next hour.")
                model: TodayModel { id: arrivals; section: "arrivals" }
                actionKey: "checkin"
                actionText: qsTr("Check in", "a line's button")
                onActed: (row) => AppController.checkIn(row.memberId, row.bookingId)
            }
            HomeCard {
                objectName: "presentCard"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 1
                title: qsTr("In the building")
                iconName: "people"
                emptyText: qsTr("Nobody is checked in yet today.")
                model: TodayModel { id: present; section: "present" }
                headerActionText: qsTr("Roll call as PDF")
                headerActionIcon: "printer"
                onHeaderActed: {
                    const file = AppController.rollCallFile()
                    if (AppController.saveRollCall(file))
                        Qt.openUrlExternally(file)
                }
                actionKey: "checkout"
                actionText: qsTr("Check out", "a line's button")
                onActed: (row) => AppController.checkOut(row.bookingId)
            }
            HomeCard {
                objectName: "roomsCard"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 1
                title: qsTr("Rooms now")
                iconName: "door-open"
                emptyText: qsTr("This location has no rooms or booths.")
                model: TodayModel { section: "rooms" }
                actionKey: "book"
                actionText: qsTr("Book")
                onActed: (row) => home.bookRequested(row.resourceId)
            }
            HomeCard {
                objectName: "approvalsCard"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 1
                title: qsTr("Waiting for approval")
                iconName: "hourglass-split"
                emptyText: qsTr("No booking is waiting for approval.")
                model: TodayModel { section: "approvals" }
                actionKey: "approve"
                actionText: qsTr("Approve")
                onActed: (row) => AppController.approve(row.bookingId)
                secondActionText: qsTr("Decline")
                onSecondActed: (row) => AppController.decline(row.bookingId)
            }
            HomeCard {
                objectName: "releasedCard"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 1
                title: qsTr("Released as no-shows")
                iconName: "person-x"
                emptyText: qsTr("No booking was released today.")
                model: TodayModel { section: "released" }
                actionKey: "show"
                actionText: qsTr("Show")
                onActed: (row) => home.bookingRequested(row.bookingId)
            }
            HomeCard {
                objectName: "rejectionsCard"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 1
                title: qsTr("Not accepted today")
                iconName: "exclamation-circle-fill"
                emptyText: qsTr("Everything sent today was accepted.")
                model: TodayModel { section: "rejections" }
                actionKey: "dismiss"
                actionText: qsTr("Dismiss")
                onActed: (row) => AppController.dismissRejected(row.id)
            }
        }
    }
}
