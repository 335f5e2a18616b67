import QtQuick
import QtQuick.Layouts
import Atrium

// The secret link that shows my bookings in any calendar app (Google, Outlook, Apple): made by
// the server on first use, copied with one click, and replaceable when it was shared by mistake.
RowLayout {
    id: feed

    spacing: Theme.space2

    property bool copied: false

    Icon { name: "link-45deg"; color: Theme.textMuted }
    Text {
        objectName: "feedText"
        Layout.maximumWidth: 460
        textFormat: Text.PlainText
        text: SelfService.feedUrl.length > 0 ? (feed.copied ? qsTr("Link copied: paste it into your calendar app as a subscription.") : SelfService.feedUrl)
            : SelfService.feedRequested ? (AppController.syncState === "offline" ? qsTr("The link is made by the server: it comes when this device is back online.")
                                                                                  : qsTr("Making your link…"))
            : qsTr("See your bookings in your own calendar app")
        font.pixelSize: Theme.fontSmall
        color: Theme.textMuted
        elide: Text.ElideMiddle
    }
    AppButton {
        objectName: "feedButton"
        enabled: !SelfService.feedRequested
        text: SelfService.feedUrl.length > 0 ? qsTr("Copy calendar link") : qsTr("Get calendar link")
        onClicked: {
            if (SelfService.feedUrl.length > 0) {
                SelfService.copyFeedLink()
                feed.copied = true
                copiedTimer.restart()
            } else {
                SelfService.makeFeedLink()
            }
        }
    }
    Timer { id: copiedTimer; interval: 4000; onTriggered: feed.copied = false }
}
