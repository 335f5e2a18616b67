pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Atrium

// Community: the location's events (as a list or on a month), the forum, and direct messages.
// From the local cache, so offline too; what is not sent yet says so.
Item {
    id: page

    // events, forum or messages; another page (a notification) may choose one.
    property string section: "events"
    readonly property var sections: [
        { key: "events", label: qsTr("Events"), icon: "calendar-event" },
        { key: "forum", label: qsTr("Forum"), icon: "chat-left-text" },
        { key: "messages", label: qsTr("Messages"), icon: "chat-dots" }
    ]

    ConversationListModel { id: conversations }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.space4

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.space3
            Text {
                objectName: "communityTitle"
                textFormat: Text.PlainText
                text: qsTr("Community")
                font.pixelSize: Theme.fontHeadline
                font.weight: Font.DemiBold
                color: Theme.text
            }
            Item { Layout.preferredWidth: Theme.space4 }
            Repeater {
                model: page.sections
                delegate: TabChip {
                    required property var modelData
                    objectName: "tab-" + modelData.key
                    text: modelData.label
                    count: modelData.key === "messages" ? conversations.unread : 0
                    checked: page.section === modelData.key
                    onClicked: page.section = modelData.key
                }
            }
            Item { Layout.fillWidth: true }
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: page.section === "forum" ? 1 : page.section === "messages" ? 2 : 0

            EventsView { objectName: "eventsView" }
            ForumView { objectName: "forumView" }
            MessagesView { objectName: "messagesView"; conversations: conversations }
        }
    }
}
