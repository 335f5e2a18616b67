pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium

// A member's profile for the desk: who, today, the plan, the badge and PIN, and their upcoming
// and past bookings and arrivals, each line with what it allows now.
Rectangle {
    id: pane

    property alias memberId: profile.memberId
    signal bookRequested(string memberId)

    property int current: 0
    property bool confirmingReissue: false
    // The plan choice: every plan of the location, and none.
    readonly property var planChoices: choicesOf(profile.plans)
    function choicesOf(plans) { return plans.map(p => ({ value: p, label: p.length > 0 ? p : qsTr("No plan") })) }
    function joined(parts) { return parts.filter(s => s.length > 0).join(" · ") }
    readonly property var sections: [
        { key: "upcoming", label: qsTr("Upcoming"), model: upcoming },
        { key: "past", label: qsTr("Past"), model: past },
        { key: "checkins", label: qsTr("Arrivals"), model: arrivals },
        { key: "notes", label: qsTr("Notes"), model: notesModel }
    ]
    readonly property bool showingNotes: current === 3

    color: Theme.surface
    radius: Theme.radiusCard
    border.color: Theme.border
    onMemberIdChanged: confirmingReissue = false

    MemberProfile { id: profile }
    readonly property MemberProfile memberProfile: profile
    readonly property MemberBookingsModel upcoming: MemberBookingsModel { section: "upcoming"; memberId: profile.memberId }
    readonly property MemberBookingsModel past: MemberBookingsModel { section: "past"; memberId: profile.memberId }
    readonly property MemberBookingsModel arrivals: MemberBookingsModel { section: "checkins"; memberId: profile.memberId }
    readonly property MemberNotesModel notesModel: MemberNotesModel { memberId: profile.memberId }

    Text {
        anchors.centerIn: parent
        visible: !profile.exists
        width: Math.min(parent.width - 2 * Theme.space6, 420)
        horizontalAlignment: Text.AlignHCenter
        textFormat: Text.PlainText
        wrapMode: Text.WordWrap
        text: qsTr("Choose a member to see their bookings and arrivals.")
        font.pixelSize: Theme.fontBody
        color: Theme.textMuted
    }

    ColumnLayout {
        anchors { fill: parent; margins: Theme.space4 }
        visible: profile.exists
        spacing: Theme.space3

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.space3
            Rectangle {
                implicitWidth: 56
                implicitHeight: 56
                radius: 28
                color: Qt.rgba(Theme.primary.r, Theme.primary.g, Theme.primary.b, 0.15)
                Text {
                    anchors.centerIn: parent
                    textFormat: Text.PlainText
                    text: profile.initials
                    font.pixelSize: Theme.fontTitle
                    font.weight: Font.DemiBold
                    color: Theme.primary
                    Accessible.ignored: true
                }
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                Text {
                    objectName: "profileName"
                    Layout.fillWidth: true
                    textFormat: Text.PlainText
                    text: profile.name
                    font.pixelSize: Theme.fontHeadline
                    font.weight: Font.DemiBold
                    color: Theme.text
                    elide: Text.ElideRight
                }
                Text {
                    Layout.fillWidth: true
                    textFormat: Text.PlainText
                    text: pane.joined([profile.email, profile.company, profile.home])
                    font.pixelSize: Theme.fontBody
                    color: Theme.textMuted
                    elide: Text.ElideRight
                }
                RowLayout {
                    spacing: Theme.space1
                    Icon { name: profile.checkedIn ? "person-check" : "clock"; color: profile.checkedIn ? Theme.success : Theme.textMuted; size: 14 }
                    Text {
                        objectName: "profileToday"
                        textFormat: Text.PlainText
                        text: profile.todayText
                        font.pixelSize: Theme.fontSmall
                        color: profile.checkedIn ? Theme.success : Theme.textMuted
                    }
                }
            }
            AppButton {
                objectName: "profileCheckIn"
                visible: !profile.checkedIn
                text: qsTr("Check in")
                onClicked: profile.checkIn()
            }
            AppButton {
                objectName: "profileCheckOut"
                visible: profile.checkedIn && profile.checkedInBookingId.length > 0
                text: qsTr("Check out")
                onClicked: profile.checkOut()
            }
            AppButton {
                objectName: "profileBook"
                primary: true
                text: qsTr("Book for them")
                onClicked: pane.bookRequested(profile.memberId)
            }
        }

        // The plan and the badge: what the desk changes for a member.
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.space3
            Text { textFormat: Text.PlainText; text: qsTr("Plan"); font.pixelSize: Theme.fontBody; color: Theme.text }
            ComboBox {
                id: planBox
                objectName: "planBox"
                Layout.preferredWidth: 180
                model: pane.planChoices
                textRole: "label"
                valueRole: "value"
                currentIndex: count > 0 ? indexOfValue(profile.plan) : -1
                onActivated: (index) => profile.setPlan(profile.plans[index])
                Accessible.name: qsTr("Plan")
            }
            Item { Layout.fillWidth: true }
            Text {
                visible: pane.confirmingReissue
                textFormat: Text.PlainText
                text: qsTr("The old badge and PIN stop working at once.")
                font.pixelSize: Theme.fontSmall
                color: Theme.warning
            }
            AppButton {
                objectName: "reissueBadge"
                visible: !pane.confirmingReissue
                text: qsTr("New badge and PIN…")
                onClicked: pane.confirmingReissue = true
            }
            AppButton {
                objectName: "reissueConfirm"
                visible: pane.confirmingReissue
                danger: true
                text: qsTr("Reissue")
                onClicked: { profile.reissueCredentials(); pane.confirmingReissue = false }
            }
            AppButton {
                visible: pane.confirmingReissue
                text: qsTr("Keep them")
                onClicked: pane.confirmingReissue = false
            }
        }
        Rectangle {
            Layout.fillWidth: true
            visible: profile.pinText.length > 0
            implicitHeight: pinLabel.implicitHeight + 2 * Theme.space3
            radius: Theme.radiusControl
            color: Theme.surfaceAlt
            border.color: Theme.border
            Text {
                id: pinLabel
                objectName: "pinText"
                anchors { fill: parent; margins: Theme.space3 }
                textFormat: Text.PlainText
                text: profile.pinText
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontBody
                font.weight: Font.DemiBold
                color: Theme.text
            }
        }

        Rectangle { Layout.fillWidth: true; height: 1; color: Theme.border }

        RowLayout {
            spacing: Theme.space2
            Repeater {
                model: pane.sections
                delegate: TabChip {
                    required property var modelData
                    required property int index
                    objectName: "profile-tab-" + modelData.key
                    text: modelData.label
                    count: modelData.model.count
                    checked: pane.current === index
                    onClicked: pane.current = index
                }
            }
        }
        ListView {
            id: list
            objectName: "profileList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: count > 0 && !pane.showingNotes
            clip: true
            model: pane.showingNotes ? null : pane.sections[pane.current].model
            currentIndex: -1
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar { }
            delegate: BookingRow {
                width: ListView.view.width
                onCancelRequested: (id) => cancelDialog.ask(id)
                onShowRequested: (id) => AppController.showBooking(id)
            }
        }
        Text {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: list.count === 0 && !pane.showingNotes
            textFormat: Text.PlainText
            wrapMode: Text.WordWrap
            verticalAlignment: Text.AlignTop
            text: pane.current === 0 ? qsTr("Nothing booked from now on.")
                : pane.current === 1 ? qsTr("No bookings in the past year.") : qsTr("No arrivals in the past year.")
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
        }
        MemberNotes {
            objectName: "profileNotes"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: pane.showingNotes
            profile: pane.memberProfile
            model: pane.notesModel
        }
    }

    CancelBookingDialog { id: cancelDialog }
}
