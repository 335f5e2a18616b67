pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium

// One thread: its posts, oldest first, with reactions; a reply box below. Staff pin the thread
// and hide posts (with a reason, kept for staff); anyone reports a post to staff.
ColumnLayout {
    id: pane

    property var thread: null
    spacing: Theme.space3

    PostListModel { id: posts; threadId: pane.thread ? pane.thread.id : "" }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.space2
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0
            Text {
                objectName: "threadTitle"
                Layout.fillWidth: true
                textFormat: Text.PlainText
                text: pane.thread ? pane.thread.title : ""
                font.pixelSize: Theme.fontTitle
                font.weight: Font.DemiBold
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            Text {
                textFormat: Text.PlainText
                text: pane.thread ? pane.thread.place : ""
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
            }
        }
        AppButton {
            objectName: "pinThread"
            visible: AppController.isStaff && pane.thread !== null && !pane.thread.pending
            text: pane.thread && pane.thread.pinned ? qsTr("Unpin") : qsTr("Pin to the top")
            onClicked: Community.pinThread(pane.thread.id, !pane.thread.pinned)
        }
    }

    ListView {
        id: list
        objectName: "postList"
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        model: posts
        spacing: Theme.space3
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar { }
        onCountChanged: positionViewAtEnd()
        delegate: PostDelegate {
            width: ListView.view.width
            onReportRequested: (postId) => moderation.ask(postId, false)
            onHideRequested: (postId) => moderation.ask(postId, true)
        }
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.space2
        TextField {
            id: reply
            objectName: "replyField"
            Layout.fillWidth: true
            placeholderText: qsTr("Write a reply…")
            font.pixelSize: Theme.fontBody
            onAccepted: send.clicked()
            Accessible.name: qsTr("Reply")
        }
        AppButton {
            id: send
            objectName: "sendReply"
            primary: true
            enabled: reply.text.trim().length > 0 && pane.thread !== null
            text: qsTr("Reply")
            onClicked: { Community.reply(pane.thread.id, reply.text); reply.text = "" }
        }
    }

    // Why a post is reported (to staff) or hidden (from members).
    Dialog {
        id: moderation
        property string postId: ""
        property bool hiding: false
        function ask(id: string, hide: bool) { postId = id; hiding = hide; reason.text = ""; open() }
        anchors.centerIn: Overlay.overlay
        modal: true
        title: hiding ? qsTr("Hide this post?") : qsTr("Report this post?")
        standardButtons: Dialog.Cancel | Dialog.Ok
        ColumnLayout {
            width: 360
            Label {
                Layout.fillWidth: true
                text: moderation.hiding ? qsTr("Members no longer see it; staff still do, with your reason.")
                                        : qsTr("Staff read it and decide. The author is not told who reported it.")
                wrapMode: Text.WordWrap
            }
            TextField {
                id: reason
                Layout.fillWidth: true
                placeholderText: qsTr("Reason (optional)")
                Accessible.name: qsTr("Reason")
            }
        }
        onAccepted: moderation.hiding ? Community.hidePost(postId, reason.text) : Community.reportPost(postId, reason.text)
    }
}
