pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium

// My bookings: what is coming up (with what each allows now: cancel before the deadline, check
// in, check out), what is past, and the waitlist with its offers; and the link that puts all of
// it into the user's own calendar. From the local cache, so offline too; what is not sent yet
// says so.
Item {
    id: page

    signal newBookingRequested()
    signal cancelRequested(string bookingId)
    signal showRequested(string bookingId)

    readonly property var sections: [
        { key: "upcoming", label: qsTr("Upcoming"), model: page.upcoming },
        { key: "past", label: qsTr("Past"), model: page.past },
        { key: "waitlist", label: qsTr("Waitlist"), model: page.waitlist }
    ]
    property int current: 0

    readonly property MemberBookingsModel upcoming: MemberBookingsModel { section: "upcoming" }
    readonly property MemberBookingsModel past: MemberBookingsModel { section: "past" }
    readonly property MemberBookingsModel waitlist: MemberBookingsModel { section: "waitlist" }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.space4

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.space3
            Text {
                textFormat: Text.PlainText
                text: qsTr("My bookings")
                font.pixelSize: Theme.fontHeadline
                font.weight: Font.DemiBold
                color: Theme.text
            }
            Item { Layout.fillWidth: true }
            FeedLink { }
        }

        // The three lists as tabs, each with its count; arrows move between them.
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.space2
            Repeater {
                model: page.sections
                delegate: TabChip {
                    required property var modelData
                    required property int index
                    objectName: "tab-" + modelData.key
                    text: modelData.label
                    count: modelData.model.count
                    checked: page.current === index
                    onClicked: page.current = index
                }
            }
            Item { Layout.fillWidth: true }
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            color: Theme.surface
            radius: Theme.radiusCard
            border.color: Theme.border

            ListView {
                id: list
                objectName: "myBookingsList"
                anchors { fill: parent; margins: Theme.space2 }
                visible: count > 0
                clip: true
                model: page.sections[page.current].model
                boundsBehavior: Flickable.StopAtBounds
                keyNavigationEnabled: true
                activeFocusOnTab: true
                currentIndex: -1
                ScrollBar.vertical: ScrollBar { }
                delegate: BookingRow {
                    width: ListView.view.width
                    onCancelRequested: (id) => page.cancelRequested(id)
                    onShowRequested: (id) => page.showRequested(id)
                }
            }

            ColumnLayout {
                anchors.centerIn: parent
                width: Math.min(parent.width - 2 * Theme.space6, 460)
                visible: list.count === 0
                spacing: Theme.space3
                Icon {
                    Layout.alignment: Qt.AlignHCenter
                    name: page.current === 2 ? "hourglass-split" : "calendar3"
                    size: 32
                    color: Theme.textMuted
                }
                Text {
                    objectName: "myBookingsEmpty"
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    textFormat: Text.PlainText
                    wrapMode: Text.WordWrap
                    font.pixelSize: Theme.fontBody
                    color: Theme.textMuted
                    text: page.current === 0 ? qsTr("Nothing booked from now on. Book a desk or a room and it shows here, with what you can still change.")
                        : page.current === 1 ? qsTr("No bookings in the past year.")
                        : qsTr("You are not waiting for any space. When the slot you want is taken, join its waitlist and you are offered it if it frees.")
                }
                AppButton {
                    Layout.alignment: Qt.AlignHCenter
                    visible: page.current === 0
                    primary: true
                    text: qsTr("New booking")
                    onClicked: page.newBookingRequested()
                }
            }
        }
    }
}
