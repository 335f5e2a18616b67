import QtQuick
import QtQuick.Layouts
import Atrium

// One line of a member's bookings, waitlist places or arrivals (My bookings, a member's profile): when, where, its state in words and a glyph, what needs
// saying (the cancellation deadline, an offer's time left), and what it allows now.
Item {
    id: row

    required property int index
    required property var model
    required property string title
    required property string detail
    required property string time
    required property string state
    required property string stateText
    required property string note
    required property string action
    required property bool pending
    required property string day
    // The first line of its day: the day's name goes above it.
    required property bool dayStarts

    readonly property bool ended: state === "cancelled" || state === "released" || state === "declined"

    signal cancelRequested(string id)
    signal showRequested(string id)

    implicitHeight: heading.height + Math.max(64, content.implicitHeight + 2 * Theme.space2)
    Accessible.role: Accessible.ListItem
    Accessible.name: qsTr("%1, %2, %3, %4").arg(title).arg(time).arg(stateText).arg(note)

    Text {
        id: heading
        width: parent.width
        height: row.dayStarts ? implicitHeight : 0
        visible: row.dayStarts
        textFormat: Text.PlainText
        text: row.day
        topPadding: row.index > 0 ? Theme.space4 : Theme.space2
        bottomPadding: Theme.space1
        leftPadding: Theme.space3
        font.pixelSize: Theme.fontSmall
        font.weight: Font.DemiBold
        font.capitalization: Font.AllUppercase
        color: Theme.textMuted
        elide: Text.ElideRight
        Accessible.role: Accessible.Heading
    }
    Rectangle {
        anchors { fill: parent; topMargin: heading.height }
        radius: Theme.radiusControl
        color: row.ListView.isCurrentItem ? Theme.surfaceAlt : "transparent"
        border.width: row.ListView.isCurrentItem && row.ListView.view.activeFocus ? 2 : 0
        border.color: Theme.focusRing
    }

    RowLayout {
        id: content
        anchors { fill: parent; topMargin: heading.height; leftMargin: Theme.space3; rightMargin: Theme.space3 }
        spacing: Theme.space3

        // State in shape and words, never by colour alone.
        Icon {
            name: row.pending ? "hourglass-split"
                : row.state === "tentative" ? "hourglass-split"
                : row.state === "checked_in" ? "person-check"
                : row.state === "checked_out" ? "check-circle-fill"
                : row.state === "cancelled" || row.state === "declined" ? "x-circle"
                : row.state === "released" ? "person-x"
                : row.state === "offered" ? "bookmark-check"
                : row.state === "waiting" ? "list-ul" : "calendar-check"
            color: row.state === "offered" ? Theme.success
                 : row.state === "released" || row.state === "declined" ? Theme.warning : Theme.textMuted
        }
        Text {
            Layout.preferredWidth: 190
            textFormat: Text.PlainText
            text: row.time
            font.pixelSize: Theme.fontBody
            font.weight: Font.DemiBold
            font.strikeout: row.ended
            color: row.ended ? Theme.textMuted : Theme.text
            elide: Text.ElideRight
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 1
            Text {
                Layout.fillWidth: true
                textFormat: Text.PlainText
                text: row.title
                font.pixelSize: Theme.fontBody
                font.weight: Font.DemiBold
                color: row.ended ? Theme.textMuted : Theme.text
                elide: Text.ElideRight
            }
            Text {
                Layout.fillWidth: true
                textFormat: Text.PlainText
                text: row.detail
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                elide: Text.ElideRight
            }
            Text {
                Layout.fillWidth: true
                visible: row.note.length > 0
                textFormat: Text.PlainText
                text: row.note
                font.pixelSize: Theme.fontSmall
                color: row.state === "offered" ? Theme.success : Theme.textMuted
                wrapMode: Text.WordWrap
                maximumLineCount: 2
                elide: Text.ElideRight
            }
        }
        Text {
            textFormat: Text.PlainText
            text: row.stateText
            font.pixelSize: Theme.fontSmall
            font.weight: Font.DemiBold
            color: row.state === "offered" ? Theme.success : Theme.textMuted
        }
        AppButton {
            objectName: "rowAction"
            visible: row.action.length > 0
            primary: row.action === "accept"
            danger: row.action === "cancel"
            implicitHeight: 30
            text: row.action === "cancel" ? qsTr("Cancel…")
                : row.action === "checkin" ? qsTr("Check in", "a line's button")
                : row.action === "checkout" ? qsTr("Check out", "a line's button")
                : row.action === "accept" ? qsTr("Accept") : ""
            onClicked: {
                if (row.action === "cancel")
                    row.cancelRequested(row.model.id)
                else if (row.action === "checkin")
                    SelfService.checkIn(row.model.id)
                else if (row.action === "checkout")
                    SelfService.checkOut(row.model.id)
                else if (row.action === "accept")
                    SelfService.acceptOffer(row.model.id)
            }
        }
        AppButton {
            objectName: "rowLeave"
            visible: row.state === "offered" || row.state === "waiting"
            implicitHeight: 30
            text: row.state === "offered" ? qsTr("Turn down") : qsTr("Leave waitlist")
            onClicked: SelfService.leaveWaitlist(row.model.id)
        }
        IconButton {
            visible: row.state !== "offered" && row.state !== "waiting"
            iconName: "calendar3"
            label: qsTr("Show in the calendar")
            onClicked: row.showRequested(row.model.id)
        }
    }
    Rectangle {
        anchors.bottom: parent.bottom
        x: Theme.space3
        width: parent.width - 2 * Theme.space3
        height: 1
        color: Theme.border
        opacity: 0.6
    }
}
