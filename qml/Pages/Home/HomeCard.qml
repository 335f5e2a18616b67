pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium

// One card of Home: a title with its count, a list of today's lines (time, who, what) each with
// its action, and a sentence when the list is empty.
Rectangle {
    id: card

    property alias model: list.model
    property string title
    property string iconName
    property string emptyText
    // The line's button (and a second one), shown on the lines whose action is actionKey.
    property string actionKey: ""
    property string actionText: ""
    property string secondActionText: ""
    // Something for the whole card (the roll call's PDF).
    property string headerActionText: ""
    property string headerActionIcon: ""
    signal acted(var row)
    signal secondActed(var row)
    signal headerActed()

    color: Theme.surface
    radius: Theme.radiusCard
    border.color: Theme.border
    implicitHeight: 260

    ColumnLayout {
        anchors { fill: parent; margins: Theme.space4 }
        spacing: Theme.space2

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.space2
            Icon { name: card.iconName; color: Theme.textMuted }
            Text {
                textFormat: Text.PlainText
                text: card.title
                font.pixelSize: Theme.fontLarge
                font.weight: Font.DemiBold
                color: Theme.text
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Text {
                textFormat: Text.PlainText
                visible: list.count > 0
                text: list.count
                font.pixelSize: Theme.fontLarge
                font.weight: Font.DemiBold
                color: Theme.textMuted
            }
            IconButton {
                visible: card.headerActionText.length > 0
                iconName: card.headerActionIcon
                label: card.headerActionText
                onClicked: card.headerActed()
            }
        }
        Rectangle { Layout.fillWidth: true; height: 1; color: Theme.border }

        ListView {
            id: list
            visible: count > 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 2
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar { }
            delegate: Item {
                id: line
                required property int index
                required property string title
                required property string detail
                required property string time
                required property string state
                required property bool pending
                required property var model
                required property string action
                readonly property var row: ({ id: model.id, title: title, detail: detail, time: time, state: state,
                                              memberId: model.memberId, bookingId: model.bookingId, resourceId: model.resourceId,
                                              pending: pending, startMs: model.startMs })
                readonly property bool offers: card.actionKey.length > 0 && action === card.actionKey
                // Two actions (Approve, Decline) go under the words, which keep the line's width.
                readonly property bool stacked: offers && card.actionText.length > 0 && card.secondActionText.length > 0
                width: ListView.view.width
                height: stacked ? 90 : 52
                Accessible.role: Accessible.ListItem
                Accessible.name: title + ", " + detail + ", " + time

                RowLayout {
                    anchors { left: parent.left; right: parent.right; top: parent.top; leftMargin: Theme.space1
                              rightMargin: Theme.space1 + (actions.visible && !line.stacked ? actions.width + Theme.space3 : 0) }
                    height: 52
                    spacing: Theme.space3
                    // State in shape and words, never by colour alone.
                    Icon {
                        name: line.pending ? "hourglass-split"
                            : line.state === "in" ? "person-check"
                            : line.state === "busy" ? "door-closed"
                            : line.state === "free" ? "door-open"
                            : line.state === "closed" ? "lock"
                            : line.state === "late" ? "exclamation-circle-fill"
                            : line.state === "released" ? "person-x"
                            : line.state === "tentative" ? "hourglass-split" : "clock"
                        color: line.state === "free" ? Theme.success
                             : line.state === "late" || line.state === "released" ? Theme.warning : Theme.textMuted
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 0
                        Text {
                            Layout.fillWidth: true
                            textFormat: Text.PlainText
                            text: line.title
                            elide: Text.ElideRight
                            font.pixelSize: Theme.fontBody
                            font.weight: Font.DemiBold
                            font.strikeout: line.state === "released"
                            color: Theme.text
                        }
                        Text {
                            Layout.fillWidth: true
                            textFormat: Text.PlainText
                            text: line.pending ? qsTr("%1 · not sent yet").arg(line.detail) : line.detail
                            elide: Text.ElideRight
                            font.pixelSize: Theme.fontSmall
                            color: Theme.textMuted
                        }
                    }
                    Text {
                        textFormat: Text.PlainText
                        text: line.time
                        font.pixelSize: Theme.fontSmall
                        color: line.state === "late" ? Theme.warning : Theme.textMuted
                    }
                }
                Row {
                    id: actions
                    visible: line.offers && (card.actionText.length > 0 || card.secondActionText.length > 0)
                    anchors { right: parent.right; rightMargin: Theme.space1 }
                    y: line.stacked ? 52 : (52 - height) / 2
                    spacing: Theme.space2
                    AppButton {
                        visible: card.actionText.length > 0
                        text: card.actionText
                        implicitHeight: 30
                        onClicked: card.acted(line.row)
                    }
                    AppButton {
                        visible: card.secondActionText.length > 0
                        text: card.secondActionText
                        implicitHeight: 30
                        onClicked: card.secondActed(line.row)
                    }
                }
                Rectangle {
                    anchors.bottom: parent.bottom
                    width: parent.width
                    height: 1
                    color: Theme.border
                    opacity: 0.6
                    visible: line.index < list.count - 1
                }
            }
        }
        Text {
            objectName: card.objectName + "Empty"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: list.count === 0
            textFormat: Text.PlainText
            wrapMode: Text.WordWrap
            // Before the first sync an empty list says nothing about the day: it says it is
            // waiting (the offline banner above says why).
            text: AppController.lastSyncTime.length > 0 ? card.emptyText
                  : AppController.syncState === "offline" ? qsTr("Not synced yet.") : qsTr("Loading…")
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
            verticalAlignment: Text.AlignTop
        }
    }
}
