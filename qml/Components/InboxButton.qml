pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium

// The bell in the top bar: how many notifications are unread, and a click opens the inbox: newest
// first, unread ones marked; a click on one reads it and shows what it is about; each can be
// archived, and "Mark all read" reads them all.
// Its contentItems hold named parts, so they are built with the control rather than deferred: meant.
// qmllint disable deferred-property-id
ToolButton {
    id: bell
    objectName: "inboxButton"

    readonly property InboxModel inbox: InboxModel { }

    implicitWidth: Theme.controlHeight
    implicitHeight: Theme.controlHeight
    focusPolicy: Qt.StrongFocus
    Accessible.name: inbox.unread > 0 ? qsTr("Notifications, %n unread", "", inbox.unread) : qsTr("Notifications")
    ToolTip.visible: hovered
    ToolTip.text: Accessible.name
    ToolTip.delay: 500
    onClicked: panel.opened ? panel.close() : panel.open()

    contentItem: Item {
        Icon { anchors.centerIn: parent; name: "bell"; color: Theme.text }
        Rectangle {
            objectName: "inboxUnread"
            visible: bell.inbox.unread > 0
            x: parent.width / 2 + 1
            y: 3
            width: Math.max(18, unreadText.implicitWidth + 8)
            height: 18
            radius: 9
            color: Theme.danger
            Text {
                id: unreadText
                anchors.centerIn: parent
                textFormat: Text.PlainText
                text: bell.inbox.unread > 99 ? "99+" : bell.inbox.unread
                color: Theme.primaryText
                font.pixelSize: 11
                font.weight: Font.Bold
            }
        }
    }
    background: Rectangle {
        radius: Theme.radiusControl
        color: bell.down ? Theme.border : bell.hovered || panel.opened ? Theme.surfaceAlt : "transparent"
        border.width: bell.visualFocus ? 2 : 0
        border.color: Theme.focusRing
    }

    Popup {
        id: panel
        objectName: "inboxPanel"
        y: bell.height + Theme.space2
        x: bell.width - width
        width: 400
        height: Math.min(520, header.implicitHeight + Math.max(72, list.contentHeight) + 3 * Theme.space3)
        padding: Theme.space3
        background: Rectangle {
            radius: Theme.radiusCard
            color: Theme.surface
            border.color: Theme.border
        }
        contentItem: ColumnLayout {
            spacing: Theme.space2
            RowLayout {
                id: header
                Layout.fillWidth: true
                Text {
                    Layout.fillWidth: true
                    textFormat: Text.PlainText
                    text: qsTr("Notifications")
                    font.pixelSize: Theme.fontTitle
                    font.weight: Font.DemiBold
                    color: Theme.text
                    Accessible.role: Accessible.Heading
                }
                AppButton {
                    objectName: "inboxMarkAllRead"
                    visible: bell.inbox.unread > 0
                    text: qsTr("Mark all read")
                    onClicked: bell.inbox.markAllRead()
                }
            }
            ListView {
                id: list
                objectName: "inboxList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                visible: count > 0
                clip: true
                model: bell.inbox
                spacing: 2
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar { }
                delegate: ItemDelegate {
                    id: entry
                    required property var model
                    readonly property string message: model.text
                    required property string when
                    required property bool unread
                    readonly property string notificationId: model.id
                    width: ListView.view.width
                    padding: Theme.space2
                    Accessible.name: (unread ? qsTr("Unread: ") : "") + message + ", " + when
                    onClicked: { bell.inbox.activate(notificationId); panel.close() }
                    background: Rectangle {
                        radius: Theme.radiusControl
                        color: entry.hovered ? Theme.surfaceAlt : entry.unread ? Qt.rgba(Theme.primary.r, Theme.primary.g, Theme.primary.b, 0.07) : "transparent"
                    }
                    contentItem: RowLayout {
                        spacing: Theme.space2
                        Rectangle {
                            Layout.alignment: Qt.AlignTop
                            Layout.topMargin: 6
                            width: 8
                            height: 8
                            radius: 4
                            color: entry.unread ? Theme.primary : "transparent"
                        }
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 2
                            Text {
                                objectName: "inboxText"
                                Layout.fillWidth: true
                                textFormat: Text.PlainText
                                wrapMode: Text.WordWrap
                                text: entry.message
                                font.pixelSize: Theme.fontBody
                                font.weight: entry.unread ? Font.DemiBold : Font.Normal
                                color: Theme.text
                            }
                            Text {
                                textFormat: Text.PlainText
                                text: entry.when
                                font.pixelSize: Theme.fontSmall
                                color: Theme.textMuted
                            }
                        }
                        IconButton {
                            objectName: "inboxArchive"
                            Layout.alignment: Qt.AlignTop
                            iconName: "x-circle"
                            iconColor: Theme.textMuted
                            label: qsTr("Archive")
                            onClicked: bell.inbox.archive(entry.notificationId)
                        }
                    }
                }
            }
            Text {
                Layout.fillWidth: true
                visible: list.count === 0
                textFormat: Text.PlainText
                wrapMode: Text.WordWrap
                text: qsTr("Nothing new. What happens to your bookings is told here: approvals, cancellations by the desk, no-shows released.")
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
            }
        }
    }
}
