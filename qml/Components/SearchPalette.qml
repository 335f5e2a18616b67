pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium
// Its contentItem holds named parts, so it is built with the control rather than deferred: meant.
// qmllint disable deferred-property-id

// The global search (Ctrl+K) from anywhere: members, spaces and bookings as you type; arrows
// choose, Enter opens it where it lives, Escape closes.
Popup {
    id: palette

    signal memberRequested(string memberId)

    modal: true
    focus: true
    parent: Overlay.overlay
    x: Math.round((parent.width - width) / 2)
    y: Math.round(parent.height * 0.12)
    width: Math.min(640, parent.width - 2 * Theme.space6)
    padding: Theme.space3
    onOpened: { field.text = ""; field.forceActiveFocus() }
    background: Rectangle { radius: Theme.radiusCard; color: Theme.surface; border.color: Theme.border }

    SearchModel {
        id: results
        query: field.text
        onMemberRequested: (memberId) => palette.memberRequested(memberId)
    }

    function openCurrent() {
        if (list.currentIndex < 0 && results.count > 0)
            list.currentIndex = 0
        if (list.currentIndex >= 0) {
            results.open(list.currentIndex)
            palette.close()
        }
    }

    contentItem: ColumnLayout {
        spacing: Theme.space2
        RowLayout {
            spacing: Theme.space2
            Icon { name: "search"; color: Theme.textMuted }
            TextField {
                id: field
                objectName: "searchField"
                Layout.fillWidth: true
                placeholderText: AppController.isStaff ? qsTr("Search members, spaces, bookings…") : qsTr("Search spaces and your bookings…")
                font.pixelSize: Theme.fontLarge
                Accessible.name: qsTr("Search")
                Keys.onDownPressed: list.currentIndex = Math.min(list.currentIndex + 1, results.count - 1)
                Keys.onUpPressed: list.currentIndex = Math.max(list.currentIndex - 1, 0)
                Keys.onReturnPressed: palette.openCurrent()
                Keys.onEnterPressed: palette.openCurrent()
                onTextChanged: list.currentIndex = results.count > 0 ? 0 : -1
            }
        }
        ListView {
            id: list
            objectName: "searchResults"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(contentHeight, 420)
            visible: count > 0
            clip: true
            model: results
            currentIndex: -1
            boundsBehavior: Flickable.StopAtBounds
            delegate: ItemDelegate {
                id: hit
                required property int index
                required property string kind
                required property string title
                required property string detail
                required property string section
                required property bool sectionStarts
                width: ListView.view.width
                height: implicitHeight
                topInset: heading.height
                topPadding: heading.height
                implicitHeight: 48 + heading.height
                Text {
                    id: heading
                    // Each kind's name heads its first result.
                    visible: hit.sectionStarts
                    height: hit.sectionStarts ? 28 : 0
                    verticalAlignment: Text.AlignBottom
                    textFormat: Text.PlainText
                    text: hit.section
                    leftPadding: Theme.space2
                    bottomPadding: Theme.space1
                    font.pixelSize: Theme.fontSmall
                    font.weight: Font.DemiBold
                    font.capitalization: Font.AllUppercase
                    color: Theme.textMuted
                }
                highlighted: ListView.isCurrentItem
                onClicked: { list.currentIndex = index; palette.openCurrent() }
                Accessible.name: qsTr("%1, %2").arg(title).arg(detail)
                background: Rectangle {
                    radius: Theme.radiusControl
                    color: hit.highlighted ? Qt.rgba(Theme.primary.r, Theme.primary.g, Theme.primary.b, 0.12) : hit.hovered ? Theme.surfaceAlt : "transparent"
                }
                contentItem: RowLayout {
                    spacing: Theme.space2
                    Icon { name: hit.kind === "member" ? "person-badge" : hit.kind === "space" ? "door-open" : "calendar3"; color: Theme.textMuted }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 0
                        Text { Layout.fillWidth: true; textFormat: Text.PlainText; text: hit.title; font.pixelSize: Theme.fontBody; font.weight: Font.DemiBold; color: Theme.text; elide: Text.ElideRight }
                        Text { Layout.fillWidth: true; textFormat: Text.PlainText; text: hit.detail; font.pixelSize: Theme.fontSmall; color: Theme.textMuted; elide: Text.ElideRight }
                    }
                }
            }
        }
        Text {
            Layout.fillWidth: true
            visible: field.text.length > 0 && results.count === 0
            textFormat: Text.PlainText
            text: qsTr("Nothing matches “%1”.").arg(field.text)
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
            leftPadding: Theme.space2
        }
        Text {
            Layout.fillWidth: true
            textFormat: Text.PlainText
            text: qsTr("↑ ↓ to choose · Enter to open · Esc to close")
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
            leftPadding: Theme.space2
        }
    }
}
