pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium

// The forum: threads for this location and the whole network on the left (pinned first), the
// chosen thread's posts on the right with a reply box; a new thread is written in the same place.
RowLayout {
    id: view

    property string threadId: ""
    property bool composing: false
    readonly property var thread: threads.revision >= 0 && threadId.length > 0 && threads.indexOf(threadId) >= 0
                                  ? threads.get(threads.indexOf(threadId)) : null

    spacing: Theme.space4

    ThreadListModel { id: threads }

    Rectangle {
        Layout.preferredWidth: 360
        Layout.fillHeight: true
        color: Theme.surface
        radius: Theme.radiusCard
        border.color: Theme.border

        ColumnLayout {
            anchors { fill: parent; margins: Theme.space3 }
            spacing: Theme.space2
            AppButton {
                objectName: "newThread"
                Layout.fillWidth: true
                primary: true
                text: qsTr("New thread")
                onClicked: { view.composing = true; view.threadId = "" }
            }
            ListView {
                id: threadList
                objectName: "threadList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: threads
                spacing: Theme.space1
                boundsBehavior: Flickable.StopAtBounds
                keyNavigationEnabled: true
                activeFocusOnTab: true
                ScrollBar.vertical: ScrollBar { }
                delegate: ItemDelegate {
                    id: threadRow
                    objectName: "thread-" + id
                    required property string id
                    required property string title
                    required property string authorName
                    required property int posts
                    required property string lastText
                    required property bool pinned
                    required property string place
                    required property bool pending
                    width: ListView.view.width
                    topPadding: Theme.space2
                    bottomPadding: Theme.space2
                    onClicked: { view.composing = false; view.threadId = id }
                    Accessible.name: title
                    background: Rectangle {
                        radius: Theme.radiusControl
                        color: view.threadId === threadRow.id ? Qt.rgba(Theme.primary.r, Theme.primary.g, Theme.primary.b, 0.10)
                                                              : threadRow.hovered ? Theme.surfaceAlt : "transparent"
                        border.color: threadRow.visualFocus ? Theme.focusRing : "transparent"
                    }
                    contentItem: ColumnLayout {
                        spacing: 2
                        RowLayout {
                            Layout.fillWidth: true
                            spacing: Theme.space1
                            Icon { visible: threadRow.pinned; name: "pin-angle-fill"; size: 12; color: Theme.primary }
                            Icon { visible: threadRow.pending; name: "clock"; size: 12; color: Theme.textMuted }
                            Text {
                                Layout.fillWidth: true
                                textFormat: Text.PlainText
                                text: threadRow.title
                                font.pixelSize: Theme.fontBody
                                font.weight: Font.DemiBold
                                color: Theme.text
                                elide: Text.ElideRight
                            }
                        }
                        Text {
                            Layout.fillWidth: true
                            textFormat: Text.PlainText
                            text: qsTr("%1 · %2 · %n posts · %3", "", threadRow.posts).arg(threadRow.authorName).arg(threadRow.place).arg(threadRow.lastText)
                            font.pixelSize: Theme.fontSmall
                            color: Theme.textMuted
                            elide: Text.ElideRight
                        }
                    }
                }
                Text {
                    anchors.centerIn: parent
                    width: parent.width - 2 * Theme.space4
                    visible: threadList.count === 0
                    horizontalAlignment: Text.AlignHCenter
                    textFormat: Text.PlainText
                    text: qsTr("No threads yet. Start one: ask for a recommendation, share news, or say hello.")
                    font.pixelSize: Theme.fontBody
                    color: Theme.textMuted
                    wrapMode: Text.WordWrap
                }
            }
        }
    }

    Rectangle {
        Layout.fillWidth: true
        Layout.fillHeight: true
        color: Theme.surface
        radius: Theme.radiusCard
        border.color: Theme.border

        ThreadPane {
            anchors { fill: parent; margins: Theme.space4 }
            visible: view.thread !== null && !view.composing
            thread: view.thread
        }
        NewThreadForm {
            anchors { fill: parent; margins: Theme.space4 }
            visible: view.composing
            onPosted: (threadId) => { view.composing = false; view.threadId = threadId }
            onCloseRequested: view.composing = false
        }
        Text {
            anchors.centerIn: parent
            width: Math.min(parent.width - 2 * Theme.space6, 420)
            visible: view.thread === null && !view.composing
            horizontalAlignment: Text.AlignHCenter
            textFormat: Text.PlainText
            text: qsTr("Choose a thread to read it and reply.")
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
            wrapMode: Text.WordWrap
        }
    }
}
