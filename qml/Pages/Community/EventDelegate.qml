pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium

// One event in the list, under its day's heading when it is the day's first: when, what,
// where, how full, and the user's answer.
ColumnLayout {
    id: row

    required property string id
    required property string title
    required property string dayText
    required property bool firstOfDay
    required property string timeText
    required property string place
    required property int capacity
    required property int going
    required property int waitlisted
    required property int seatsLeft
    required property string myState
    required property bool pending
    required property bool cancelled
    property bool selected: false

    signal activated()

    spacing: Theme.space1

    Text {
        Layout.fillWidth: true
        Layout.topMargin: Theme.space2
        visible: row.firstOfDay
        textFormat: Text.PlainText
        text: row.dayText
        font.pixelSize: Theme.fontSmall
        font.weight: Font.DemiBold
        font.capitalization: Font.AllUppercase
        color: Theme.textMuted
        Accessible.role: Accessible.Heading
    }

    ItemDelegate {
        id: button
        objectName: "event-" + row.id
        Layout.fillWidth: true
        implicitHeight: contentItem.implicitHeight + 2 * Theme.space3
        onClicked: row.activated()
        Keys.onReturnPressed: row.activated()
        Accessible.name: qsTr("%1, %2, %3").arg(row.title).arg(row.timeText).arg(row.place)

        background: Rectangle {
            radius: Theme.radiusControl
            color: row.selected ? Qt.rgba(Theme.primary.r, Theme.primary.g, Theme.primary.b, 0.10) : button.hovered ? Theme.surfaceAlt : "transparent"
            border.color: button.visualFocus ? Theme.focusRing : row.selected ? Theme.primary : Theme.border
            border.width: button.visualFocus ? 2 : 1
        }

        contentItem: RowLayout {
            spacing: Theme.space3

            Text {
                Layout.preferredWidth: 170
                textFormat: Text.PlainText
                text: row.timeText
                font.pixelSize: Theme.fontBody
                font.strikeout: row.cancelled
                color: Theme.textMuted
                wrapMode: Text.WordWrap
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                Text {
                    Layout.fillWidth: true
                    textFormat: Text.PlainText
                    text: row.cancelled ? qsTr("%1 (cancelled)").arg(row.title) : row.title
                    font.pixelSize: Theme.fontLarge
                    font.weight: Font.DemiBold
                    color: row.cancelled ? Theme.textMuted : Theme.text
                    elide: Text.ElideRight
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.space1
                    Icon { name: "geo-alt"; size: 12; color: Theme.textMuted }
                    Text {
                        Layout.fillWidth: true
                        textFormat: Text.PlainText
                        text: row.place
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textMuted
                        elide: Text.ElideRight
                    }
                }
            }
            Text {
                textFormat: Text.PlainText
                text: row.capacity > 0 ? (row.seatsLeft > 0 ? qsTr("%n seats left", "", row.seatsLeft) : qsTr("Full · %n waiting", "", row.waitlisted))
                    : row.going > 0 ? qsTr("%n going", "", row.going) : qsTr("Open to all")
                font.pixelSize: Theme.fontSmall
                color: row.capacity > 0 && row.seatsLeft === 0 ? Theme.warning : Theme.textMuted
            }
            // The user's answer: never by colour alone.
            Control {
                visible: row.myState.length > 0
                leftPadding: Theme.space2
                rightPadding: Theme.space2
                topPadding: Theme.space1
                bottomPadding: Theme.space1
                background: Rectangle {
                    radius: height / 2
                    color: row.myState === "going" ? Theme.checkedInFill : Theme.surfaceAlt
                    border.color: row.myState === "going" ? Theme.success : Theme.border
                }
                contentItem: RowLayout {
                    spacing: Theme.space1
                    Icon { name: row.pending ? "clock" : row.myState === "going" ? "check-lg" : "hourglass-split"; size: 12; color: Theme.text }
                    Text {
                        textFormat: Text.PlainText
                        text: row.myState === "going" ? qsTr("Going") : qsTr("On the waitlist")
                        font.pixelSize: Theme.fontSmall
                        color: Theme.text
                    }
                }
            }
        }
    }
}
