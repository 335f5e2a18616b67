pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium

// One post: who wrote it and when, what it says, its reactions (the user's own marked, a click
// adds or takes back), and the ways to report or hide it.
RowLayout {
    id: post

    required property string id
    required property string authorName
    required property string company
    required property string initials
    required property string body
    required property string when
    required property bool mine
    required property var reactions
    required property bool hidden
    required property string hiddenNote
    required property bool pending

    signal reportRequested(string postId)
    signal hideRequested(string postId)

    spacing: Theme.space3
    opacity: hidden ? 0.6 : 1

    Rectangle {
        Layout.alignment: Qt.AlignTop
        implicitWidth: 36
        implicitHeight: 36
        radius: 18
        color: Theme.surfaceAlt
        border.color: Theme.border
        Text {
            anchors.centerIn: parent
            textFormat: Text.PlainText
            text: post.initials
            font.pixelSize: Theme.fontSmall
            font.weight: Font.DemiBold
            color: Theme.text
        }
    }
    ColumnLayout {
        Layout.fillWidth: true
        spacing: Theme.space1
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.space2
            Text { textFormat: Text.PlainText; text: post.authorName; font.pixelSize: Theme.fontBody; font.weight: Font.DemiBold; color: Theme.text }
            Text { visible: post.company.length > 0; textFormat: Text.PlainText; text: post.company; font.pixelSize: Theme.fontSmall; color: Theme.textMuted }
            Text {
                textFormat: Text.PlainText
                text: post.pending ? qsTr("Sending…") : post.when
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
            }
            Item { Layout.fillWidth: true }
            IconButton {
                visible: !post.mine && !post.pending && !post.hidden
                iconName: "flag"
                iconColor: Theme.textMuted
                label: qsTr("Report to staff")
                onClicked: post.reportRequested(post.id)
            }
            IconButton {
                visible: AppController.isStaff && !post.pending && !post.hidden
                iconName: "eye-slash"
                iconColor: Theme.textMuted
                label: qsTr("Hide from members")
                onClicked: post.hideRequested(post.id)
            }
        }
        Text {
            Layout.fillWidth: true
            textFormat: Text.PlainText
            text: post.body
            font.pixelSize: Theme.fontBody
            color: Theme.text
            wrapMode: Text.Wrap
        }
        Text {
            Layout.fillWidth: true
            visible: post.hidden
            textFormat: Text.PlainText
            text: post.hiddenNote
            font.pixelSize: Theme.fontSmall
            font.italic: true
            color: Theme.danger
            wrapMode: Text.WordWrap
        }
        Flow {
            Layout.fillWidth: true
            visible: !post.hidden && !post.pending
            spacing: Theme.space1
            Repeater {
                model: post.reactions
                delegate: AbstractButton {
                    id: reaction
                    required property var modelData
                    implicitHeight: 26
                    leftPadding: Theme.space2
                    rightPadding: Theme.space2
                    onClicked: Community.react(post.id, modelData.emoji, modelData.mine)
                    Accessible.name: modelData.mine ? qsTr("%1 %2, yours; take it back").arg(modelData.emoji).arg(modelData.count)
                                                    : qsTr("%1 %2").arg(modelData.emoji).arg(modelData.count)
                    background: Rectangle {
                        radius: 13
                        color: reaction.modelData.mine ? Qt.rgba(Theme.primary.r, Theme.primary.g, Theme.primary.b, 0.14) : Theme.surfaceAlt
                        border.color: reaction.visualFocus ? Theme.focusRing : reaction.modelData.mine ? Theme.primary : Theme.border
                    }
                    contentItem: Text {
                        textFormat: Text.PlainText
                        text: reaction.modelData.emoji + " " + reaction.modelData.count
                        font.pixelSize: Theme.fontSmall
                        font.weight: reaction.modelData.mine ? Font.DemiBold : Font.Normal
                        color: Theme.text
                        verticalAlignment: Text.AlignVCenter
                    }
                }
            }
            // Add a reaction: the ones offered, each once.
            AbstractButton {
                id: addReaction
                implicitHeight: 26
                implicitWidth: 34
                onClicked: picker.open()
                Accessible.name: qsTr("Add a reaction")
                background: Rectangle {
                    radius: 13
                    color: addReaction.hovered ? Theme.surfaceAlt : "transparent"
                    border.color: addReaction.visualFocus ? Theme.focusRing : Theme.border
                }
                contentItem: Item { Icon { anchors.centerIn: parent; name: "emoji-smile"; size: 14; color: Theme.textMuted } }
                Popup {
                    id: picker
                    y: addReaction.height + Theme.space1
                    padding: Theme.space1
                    Row {
                        spacing: Theme.space1
                        Repeater {
                            model: Community.emojis()
                            delegate: ToolButton {
                                required property string modelData
                                text: modelData
                                font.pixelSize: Theme.fontLarge
                                onClicked: {
                                    picker.close()
                                    const own = post.reactions.some(r => r.emoji === modelData && r.mine)
                                    Community.react(post.id, modelData, own)
                                }
                                Accessible.name: modelData
                            }
                        }
                    }
                }
            }
        }
    }
}
