pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium

// One event in the list: when, what, where, how full, and the user's answer.
ItemDelegate {
    id: row

    required property string id
    required property string title
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

    implicitHeight: contentItem.implicitHeight + 2 * Theme.space3
    onClicked: row.activated()
    Keys.onReturnPressed: row.activated()
    Accessible.name: qsTr("%1, %2, %3").arg(title).arg(timeText).arg(place)

    background: Rectangle {
        radius: Theme.radiusControl
        color: row.selected ? Qt.rgba(Theme.primary.r, Theme.primary.g, Theme.primary.b, 0.10) : row.hovered ? Theme.surfaceAlt : "transparent"
        border.color: row.visualFocus ? Theme.focusRing : row.selected ? Theme.primary : Theme.border
        border.width: row.visualFocus ? 2 : 1
    }

    contentItem: RowLayout {
        spacing: Theme.space3

        Text {
            Layout.preferredWidth: 110
            Layout.alignment: Qt.AlignTop
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
                                   : qsTr("%n going", "", row.going)
            font.pixelSize: Theme.fontSmall
            color: row.capacity > 0 && row.seatsLeft === 0 ? Theme.warning : Theme.textMuted
        }
        // The user's answer: never by colour alone.
        Rectangle {
            visible: row.myState.length > 0
            implicitWidth: childrenRect.width + 2 * Theme.space2
            implicitHeight: 24
            radius: 12
            color: row.myState === "going" ? Theme.checkedInFill : Theme.surfaceAlt
            border.color: row.myState === "going" ? Theme.success : Theme.border
            RowLayout {
                anchors.centerIn: parent
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
