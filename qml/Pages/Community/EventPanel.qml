pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium

// One event beside the list: when and where, what it is, how full, the user's answer (going, on
// the waitlist, or not) and who else is coming; a link to put it in one's own calendar. Staff
// check attendees in as they arrive and may cancel the event (its attendees are told).
Rectangle {
    id: panel

    property var event: null
    signal closeRequested()

    readonly property bool full: event !== null && event.capacity > 0 && event.seatsLeft === 0

    color: Theme.surface
    border.color: Theme.border
    radius: Theme.radiusCard
    implicitWidth: 380

    ColumnLayout {
        anchors { fill: parent; margins: Theme.space4 }
        spacing: Theme.space3
        visible: panel.event !== null

        RowLayout {
            Layout.fillWidth: true
            Text {
                objectName: "eventTitle"
                Layout.fillWidth: true
                textFormat: Text.PlainText
                text: panel.event ? panel.event.title : ""
                font.pixelSize: Theme.fontTitle
                font.weight: Font.DemiBold
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            IconButton { iconName: "x-lg"; label: qsTr("Close"); onClicked: panel.closeRequested() }
        }
        Rectangle {
            Layout.fillWidth: true
            visible: panel.event !== null && panel.event.cancelled
            implicitHeight: cancelledText.implicitHeight + 2 * Theme.space2
            radius: Theme.radiusControl
            color: Theme.surfaceAlt
            border.color: Theme.danger
            Text {
                id: cancelledText
                anchors { fill: parent; margins: Theme.space2 }
                textFormat: Text.PlainText
                text: qsTr("This event was cancelled. Everyone who answered it was told.")
                font.pixelSize: Theme.fontBody
                color: Theme.text
                wrapMode: Text.WordWrap
            }
        }
        GridLayout {
            Layout.fillWidth: true
            columns: 2
            columnSpacing: Theme.space3
            rowSpacing: Theme.space2
            Icon { name: "calendar-event"; color: Theme.textMuted }
            Text {
                Layout.fillWidth: true
                textFormat: Text.PlainText
                text: panel.event ? qsTr("%1 · %2").arg(panel.event.dayText).arg(panel.event.timeText) : ""
                font.pixelSize: Theme.fontBody
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            Icon { name: "geo-alt"; color: Theme.textMuted }
            Text { Layout.fillWidth: true; textFormat: Text.PlainText; text: panel.event ? panel.event.place : ""; font.pixelSize: Theme.fontBody; color: Theme.text; wrapMode: Text.WordWrap }
            Icon { name: "people"; color: Theme.textMuted }
            Text {
                objectName: "eventSeats"
                Layout.fillWidth: true
                textFormat: Text.PlainText
                text: !panel.event ? ""
                    : panel.event.capacity > 0 ? qsTr("%1 of %n seats taken", "", panel.event.capacity).arg(panel.event.going)
                                                 + (panel.event.waitlisted > 0 ? qsTr(" · %n on the waitlist", "", panel.event.waitlisted) : "")
                    : qsTr("%n going", "", panel.event.going)
                font.pixelSize: Theme.fontBody
                color: Theme.text
                wrapMode: Text.WordWrap
            }
        }
        Text {
            Layout.fillWidth: true
            visible: text.length > 0
            textFormat: Text.PlainText
            text: panel.event ? panel.event.description : ""
            font.pixelSize: Theme.fontBody
            color: Theme.text
            wrapMode: Text.WordWrap
        }

        // The user's answer, and what it means.
        ColumnLayout {
            Layout.fillWidth: true
            visible: panel.event !== null && !panel.event.cancelled
            spacing: Theme.space2
            Text {
                objectName: "rsvpState"
                Layout.fillWidth: true
                textFormat: Text.PlainText
                text: !panel.event ? ""
                    : panel.event.pending ? qsTr("Your answer is saved on this computer and is sent when the connection allows.")
                    : panel.event.myState === "going" ? qsTr("You are going. A reminder comes an hour before.")
                    : panel.event.myState === "waitlisted" ? qsTr("You are on the waitlist: if a seat frees, it is yours and you are told.")
                    : panel.full ? qsTr("The event is full. Join the waitlist and you get the next seat that frees.")
                    : ""
                visible: text.length > 0
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                wrapMode: Text.WordWrap
            }
            // Wraps: the answers are longer in Spanish than the panel is wide.
            Flow {
                Layout.fillWidth: true
                spacing: Theme.space2
                AppButton {
                    objectName: "rsvpButton"
                    visible: panel.event !== null && panel.event.myState === ""
                    primary: true
                    text: panel.full ? qsTr("Join the waitlist") : qsTr("I'm going")
                    onClicked: Community.rsvp(panel.event.id)
                }
                AppButton {
                    objectName: "cancelRsvpButton"
                    visible: panel.event !== null && panel.event.myState !== ""
                    text: panel.event && panel.event.myState === "waitlisted" ? qsTr("Leave the waitlist") : qsTr("I can't go")
                    onClicked: Community.cancelRsvp(panel.event.id)
                }
                AppButton {
                    objectName: "addToCalendar"
                    text: qsTr("Add to my calendar")
                    onClicked: Community.openCalendarFile(panel.event.icsUrl)
                }
            }
        }

        Text {
            textFormat: Text.PlainText
            text: qsTr("Who is coming")
            font.pixelSize: Theme.fontLarge
            font.weight: Font.DemiBold
            color: Theme.text
        }
        ListView {
            id: attendees
            objectName: "attendeeList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: panel.event ? panel.event.attendees : []
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar { }
            delegate: RowLayout {
                id: attendee
                required property var modelData
                width: ListView.view.width
                height: 40
                spacing: Theme.space2
                Icon {
                    name: attendee.modelData.checkedIn ? "check-circle-fill" : attendee.modelData.state === "waitlisted" ? "hourglass-split" : "person-check"
                    color: attendee.modelData.checkedIn ? Theme.success : Theme.textMuted
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0
                    Text { Layout.fillWidth: true; textFormat: Text.PlainText; text: attendee.modelData.name; font.pixelSize: Theme.fontBody; color: Theme.text; elide: Text.ElideRight }
                    Text {
                        Layout.fillWidth: true
                        textFormat: Text.PlainText
                        text: attendee.modelData.state === "waitlisted" ? qsTr("On the waitlist") : attendee.modelData.checkedIn ? qsTr("Here") : attendee.modelData.company
                        visible: text.length > 0
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textMuted
                        elide: Text.ElideRight
                    }
                }
                AppButton {
                    visible: AppController.isStaff && attendee.modelData.state === "going" && !attendee.modelData.checkedIn && panel.event !== null && !panel.event.cancelled
                    implicitHeight: 28
                    text: qsTr("Check in")
                    onClicked: Community.checkInAttendee(panel.event.id, attendee.modelData.member)
                }
            }
            Text {
                anchors.centerIn: parent
                width: parent.width
                visible: attendees.count === 0
                horizontalAlignment: Text.AlignHCenter
                textFormat: Text.PlainText
                text: qsTr("Nobody has answered yet.")
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
                wrapMode: Text.WordWrap
            }
        }
        AppButton {
            objectName: "cancelEvent"
            visible: AppController.isStaff && panel.event !== null && !panel.event.cancelled
            danger: true
            text: qsTr("Cancel the event")
            onClicked: confirm.open()
        }
    }

    Dialog {
        id: confirm
        anchors.centerIn: Overlay.overlay
        modal: true
        title: qsTr("Cancel this event?")
        standardButtons: Dialog.No | Dialog.Yes
        Label {
            width: 320
            text: qsTr("Everyone going or waiting is told, and its room is freed. This cannot be undone.")
            wrapMode: Text.WordWrap
        }
        onAccepted: Community.cancelEvent(panel.event.id)
    }
}
