pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium
// Its contentItem holds named parts, so it is built with the control rather than deferred: meant.
// qmllint disable deferred-property-id

// Front desk: check a member in. Search as you type by name, e-mail or company; nobody is chosen
// until the desk chooses (names repeat: there are two Julia Greens), and each match says who it is.
// The result line in the shell confirms it, with Undo.
Dialog {
    id: dialog

    readonly property var chosen: results.currentIndex >= 0 ? dialog.found.get(results.currentIndex) : null

    function checkInChosen() {
        if (dialog.chosen === null)
            return
        AppController.checkIn(dialog.chosen.id, dialog.chosen.bookingId)
        dialog.accept()
    }

    title: qsTr("Check a member in")
    modal: true
    anchors.centerIn: parent
    width: 520
    padding: Theme.space5
    focus: true
    onAboutToShow: {
        search.text = ""
        results.currentIndex = -1
        search.forceActiveFocus()
    }
    background: Rectangle { radius: Theme.radiusCard; color: Theme.surface; border.color: Theme.border }
    header: Text {
        textFormat: Text.PlainText
        text: dialog.title
        padding: Theme.space5
        bottomPadding: 0
        font.pixelSize: Theme.fontTitle
        font.weight: Font.DemiBold
        color: Theme.text
    }

    // Every new search chooses nobody again.
    property MemberSearchModel found: MemberSearchModel {
        search: search.text
        onSearchChanged: results.currentIndex = -1
    }

    contentItem: ColumnLayout {
        spacing: Theme.space3
        TextField {
            id: search
            objectName: "checkInSearch"
            Layout.fillWidth: true
            placeholderText: qsTr("Name, e-mail or company")
            font.pixelSize: Theme.fontBody
            Accessible.name: qsTr("Find the member")
            Keys.onDownPressed: results.currentIndex = Math.min(results.currentIndex + 1, results.count - 1)
            Keys.onUpPressed: results.currentIndex = Math.max(results.currentIndex - 1, -1)
            Keys.onReturnPressed: dialog.checkInChosen()
            Keys.onEnterPressed: dialog.checkInChosen()
        }
        ListView {
            id: results
            objectName: "checkInResults"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(contentHeight, 4 * 72)
            clip: true
            model: dialog.found
            currentIndex: -1
            keyNavigationEnabled: true
            boundsBehavior: Flickable.StopAtBounds
            delegate: ItemDelegate {
                id: row
                required property int index
                required property string name
                required property string email
                required property string company
                required property string home
                required property string today
                required property bool checkedIn
                width: ListView.view.width
                height: 72
                highlighted: ListView.isCurrentItem
                onClicked: results.currentIndex = index
                onDoubleClicked: {
                    results.currentIndex = index
                    dialog.checkInChosen()
                }
                Accessible.name: name + ", " + email
                background: Rectangle {
                    radius: Theme.radiusControl
                    color: row.highlighted ? Qt.rgba(Theme.primary.r, Theme.primary.g, Theme.primary.b, 0.14)
                                           : row.hovered ? Theme.surfaceAlt : "transparent"
                    border.width: row.highlighted ? 1 : 0
                    border.color: Theme.primary
                }
                contentItem: RowLayout {
                    spacing: Theme.space3
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2
                        RowLayout {
                            spacing: Theme.space2
                            Text {
                                textFormat: Text.PlainText
                                text: row.name
                                font.pixelSize: Theme.fontBody
                                font.weight: Font.DemiBold
                                color: Theme.text
                            }
                            Text {
                                Layout.fillWidth: true
                                textFormat: Text.PlainText
                                text: row.company
                                elide: Text.ElideRight
                                font.pixelSize: Theme.fontBody
                                color: Theme.textMuted
                            }
                        }
                        Text {
                            Layout.fillWidth: true
                            textFormat: Text.PlainText
                            text: row.home.length > 0 ? qsTr("%1 · member at %2").arg(row.email).arg(row.home) : row.email
                            elide: Text.ElideRight
                            font.pixelSize: Theme.fontSmall
                            color: Theme.textMuted
                        }
                        Text {
                            Layout.fillWidth: true
                            textFormat: Text.PlainText
                            text: row.today.length > 0 ? qsTr("Today: %1").arg(row.today) : qsTr("No booking here today")
                            elide: Text.ElideRight
                            font.pixelSize: Theme.fontSmall
                            color: row.today.length > 0 ? Theme.text : Theme.textMuted
                        }
                    }
                    Rectangle {
                        visible: row.checkedIn
                        radius: Theme.radiusControl
                        color: Theme.checkedInFill
                        implicitWidth: inLabel.implicitWidth + Theme.space3
                        implicitHeight: inLabel.implicitHeight + Theme.space1
                        Text {
                            id: inLabel
                            anchors.centerIn: parent
                            textFormat: Text.PlainText
                            text: qsTr("Already in")
                            font.pixelSize: Theme.fontSmall
                            color: Theme.text
                        }
                    }
                }
            }
        }
        Text {
            Layout.fillWidth: true
            visible: results.count === 0
            textFormat: Text.PlainText
            wrapMode: Text.WordWrap
            text: search.text.trim().length === 0 ? qsTr("Type a name, e-mail or company, then choose the member.")
                                                  : qsTr("Nobody matches “%1”.").arg(search.text.trim())
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
        }
        Text {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: qsTr("Check-ins are saved on this computer first, so they work offline too.")
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
        }
        RowLayout {
            Layout.topMargin: Theme.space3
            Item { Layout.fillWidth: true }
            AppButton { text: qsTr("Cancel"); onClicked: dialog.reject() }
            AppButton {
                objectName: "checkInConfirm"
                primary: true
                text: dialog.chosen !== null ? qsTr("Check in %1").arg(dialog.chosen.name) : qsTr("Check in")
                enabled: dialog.chosen !== null
                onClicked: dialog.checkInChosen()
            }
        }
    }
}
