pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium

// Direct messages: the user's conversations on the left (unread in bold, with a dot), the chosen
// one on the right, read as it is opened; a new message starts by choosing whom it is for.
RowLayout {
    id: view

    required property ConversationListModel conversations
    property string conversationId: ""
    property bool composing: false
    property var recipients: [] // [{id, name}] of a new message
    readonly property var conversation: conversations.revision >= 0 && conversationId.length > 0 && conversations.indexOf(conversationId) >= 0
                                        ? conversations.get(conversations.indexOf(conversationId)) : null

    function open(id: string) {
        composing = false
        conversationId = id
    }
    // Opened, or new messages in the one open: read.
    function markRead() {
        if (visible && conversation !== null && conversation.unread)
            Community.markRead(conversationId)
    }
    onConversationChanged: markRead()
    onVisibleChanged: markRead()

    spacing: Theme.space4

    MessageListModel { id: messages; conversationId: view.composing ? "" : view.conversationId }

    Rectangle {
        Layout.preferredWidth: 340
        Layout.fillHeight: true
        color: Theme.surface
        radius: Theme.radiusCard
        border.color: Theme.border

        ColumnLayout {
            anchors { fill: parent; margins: Theme.space3 }
            spacing: Theme.space2
            AppButton {
                objectName: "newMessage"
                Layout.fillWidth: true
                primary: true
                text: qsTr("New message")
                onClicked: { view.recipients = []; view.composing = true; view.conversationId = "" }
            }
            ListView {
                id: list
                objectName: "conversationList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: view.conversations
                spacing: Theme.space1
                boundsBehavior: Flickable.StopAtBounds
                keyNavigationEnabled: true
                activeFocusOnTab: true
                ScrollBar.vertical: ScrollBar { }
                delegate: ItemDelegate {
                    id: row
                    objectName: "conversation-" + id
                    required property string id
                    required property string title
                    required property string preview
                    required property string when
                    required property bool unread
                    width: ListView.view.width
                    topPadding: Theme.space2
                    bottomPadding: Theme.space2
                    onClicked: view.open(id)
                    Accessible.name: unread ? qsTr("%1, unread").arg(title) : title
                    background: Rectangle {
                        radius: Theme.radiusControl
                        color: view.conversationId === row.id ? Qt.rgba(Theme.primary.r, Theme.primary.g, Theme.primary.b, 0.10)
                                                              : row.hovered ? Theme.surfaceAlt : "transparent"
                        border.color: row.visualFocus ? Theme.focusRing : "transparent"
                    }
                    contentItem: RowLayout {
                        spacing: Theme.space2
                        Rectangle { implicitWidth: 8; implicitHeight: 8; radius: 4; color: row.unread ? Theme.primary : "transparent" }
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 2
                            RowLayout {
                                Layout.fillWidth: true
                                Text {
                                    Layout.fillWidth: true
                                    textFormat: Text.PlainText
                                    text: row.title
                                    font.pixelSize: Theme.fontBody
                                    font.weight: row.unread ? Font.Bold : Font.DemiBold
                                    color: Theme.text
                                    elide: Text.ElideRight
                                }
                                Text { textFormat: Text.PlainText; text: row.when; font.pixelSize: Theme.fontSmall; color: Theme.textMuted }
                            }
                            Text {
                                Layout.fillWidth: true
                                textFormat: Text.PlainText
                                text: row.preview
                                font.pixelSize: Theme.fontSmall
                                color: row.unread ? Theme.text : Theme.textMuted
                                elide: Text.ElideRight
                            }
                        }
                    }
                }
                Text {
                    anchors.centerIn: parent
                    width: parent.width - 2 * Theme.space4
                    visible: list.count === 0
                    horizontalAlignment: Text.AlignHCenter
                    textFormat: Text.PlainText
                    text: qsTr("No messages yet. Write to someone in the community: only the two of you (or your group) read it.")
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

        ColumnLayout {
            anchors { fill: parent; margins: Theme.space4 }
            spacing: Theme.space3
            visible: view.composing || view.conversation !== null

            Text {
                objectName: "conversationTitle"
                Layout.fillWidth: true
                visible: !view.composing
                textFormat: Text.PlainText
                text: view.conversation ? view.conversation.title : ""
                font.pixelSize: Theme.fontTitle
                font.weight: Font.DemiBold
                color: Theme.text
                elide: Text.ElideRight
            }
            RecipientPicker {
                Layout.fillWidth: true
                visible: view.composing
                chosen: view.recipients
                onChosenEdited: (list) => view.recipients = list
            }
            ListView {
                id: messageList
                objectName: "messageList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: messages
                spacing: Theme.space2
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar { }
                onCountChanged: { positionViewAtEnd(); view.markRead() }
                delegate: Item {
                    id: bubble
                    required property string authorName
                    required property string body
                    required property string when
                    required property bool mine
                    required property bool pending
                    width: ListView.view.width
                    implicitHeight: card.height
                    Rectangle {
                        id: card
                        anchors.right: bubble.mine ? parent.right : undefined
                        width: Math.min(bubble.width * 0.75, bodyText.implicitWidth + 2 * Theme.space3)
                        height: bubbleColumn.implicitHeight + 2 * Theme.space2
                        radius: Theme.radiusCard
                        color: bubble.mine ? Theme.confirmedFill : Theme.surfaceAlt
                        border.color: Theme.border
                        ColumnLayout {
                            id: bubbleColumn
                            anchors { fill: parent; margins: Theme.space2; leftMargin: Theme.space3; rightMargin: Theme.space3 }
                            spacing: 2
                            Text {
                                textFormat: Text.PlainText
                                text: bubble.pending ? qsTr("%1 · sending…").arg(bubble.authorName) : qsTr("%1 · %2").arg(bubble.authorName).arg(bubble.when)
                                font.pixelSize: Theme.fontSmall
                                color: Theme.textMuted
                            }
                            Text {
                                id: bodyText
                                Layout.fillWidth: true
                                textFormat: Text.PlainText
                                text: bubble.body
                                font.pixelSize: Theme.fontBody
                                color: Theme.text
                                wrapMode: Text.Wrap
                            }
                        }
                    }
                }
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.space2
                TextField {
                    id: draft
                    objectName: "messageField"
                    Layout.fillWidth: true
                    placeholderText: qsTr("Write a message…")
                    font.pixelSize: Theme.fontBody
                    onAccepted: sendButton.clicked()
                    Accessible.name: qsTr("Message")
                }
                AppButton {
                    id: sendButton
                    objectName: "sendMessage"
                    primary: true
                    enabled: draft.text.trim().length > 0 && (view.composing ? view.recipients.length > 0 : view.conversation !== null)
                    text: qsTr("Send")
                    onClicked: {
                        const to = view.composing ? view.recipients.map(r => r.id)
                                                  : view.conversation.memberIds.filter(m => m !== AppController.userId)
                        const id = Community.sendMessage(to, draft.text)
                        draft.text = ""
                        view.open(id)
                    }
                }
            }
        }
        Text {
            anchors.centerIn: parent
            width: Math.min(parent.width - 2 * Theme.space6, 420)
            visible: !view.composing && view.conversation === null
            horizontalAlignment: Text.AlignHCenter
            textFormat: Text.PlainText
            text: qsTr("Choose a conversation, or start a new one.")
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
            wrapMode: Text.WordWrap
        }
    }
}
