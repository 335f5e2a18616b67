pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium

// Members (staff): find anyone by name, e-mail or company as you type, and their profile beside
// the list: who they are, today, their bookings and arrivals, and what the desk does for them.
Item {
    id: page

    // The member shown (chosen in the list, or by another page); with showFirst, the first one
    // listed until someone is chosen (`--page member`).
    property string memberId: ""
    property bool showFirst: false
    readonly property string shownId: memberId.length > 0 ? memberId : (showFirst && found.count > 0 ? found.idAt(0) : "")

    signal bookRequested(string memberId)

    // Another page (global search, Home) asks for someone.
    function show(id) { memberId = id }

    MemberSearchModel {
        id: found
        everyone: true
        limit: 200
        search: searchField.text
    }

    RowLayout {
        anchors.fill: parent
        spacing: Theme.space4

        Rectangle {
            Layout.preferredWidth: 340
            Layout.fillHeight: true
            color: Theme.surface
            radius: Theme.radiusCard
            border.color: Theme.border

            ColumnLayout {
                anchors { fill: parent; margins: Theme.space3 }
                spacing: Theme.space2

                Text {
                    textFormat: Text.PlainText
                    text: qsTr("Members")
                    font.pixelSize: Theme.fontTitle
                    font.weight: Font.DemiBold
                    color: Theme.text
                }
                TextField {
                    id: searchField
                    objectName: "membersSearch"
                    Layout.fillWidth: true
                    placeholderText: qsTr("Name, e-mail or company")
                    font.pixelSize: Theme.fontBody
                    Accessible.name: qsTr("Search members")
                    Keys.onDownPressed: { list.forceActiveFocus(); list.currentIndex = 0 }
                    onAccepted: if (found.count > 0) page.memberId = found.idAt(0)
                }
                Text {
                    Layout.fillWidth: true
                    textFormat: Text.PlainText
                    text: found.count >= found.limit ? qsTr("The first %1; type to narrow it down.").arg(found.count)
                        : qsTr("%n member(s)", "", found.count)
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                }
                ListView {
                    id: list
                    objectName: "membersList"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: found
                    currentIndex: -1
                    keyNavigationEnabled: true
                    boundsBehavior: Flickable.StopAtBounds
                    ScrollBar.vertical: ScrollBar { }
                    Keys.onReturnPressed: if (currentIndex >= 0) page.memberId = found.idAt(currentIndex)
                    delegate: ItemDelegate {
                        id: line
                        required property int index
                        required property var model
                        readonly property string memberId: model.id
                        required property string name
                        required property string email
                        required property string company
                        required property bool checkedIn
                        objectName: "member-" + memberId
                        width: ListView.view.width
                        height: 52
                        highlighted: page.shownId === memberId
                        onClicked: page.memberId = memberId
                        Accessible.name: company.length > 0 ? qsTr("%1, %2").arg(name).arg(company) : name
                        background: Rectangle {
                            radius: Theme.radiusControl
                            color: line.highlighted ? Qt.rgba(Theme.primary.r, Theme.primary.g, Theme.primary.b, 0.12)
                                 : line.hovered ? Theme.surfaceAlt : "transparent"
                            border.width: line.ListView.isCurrentItem && list.activeFocus ? 2 : 0
                            border.color: Theme.focusRing
                        }
                        contentItem: RowLayout {
                            spacing: Theme.space2
                            ColumnLayout {
                                Layout.fillWidth: true
                                spacing: 0
                                Text {
                                    Layout.fillWidth: true
                                    textFormat: Text.PlainText
                                    text: line.name
                                    font.pixelSize: Theme.fontBody
                                    font.weight: Font.DemiBold
                                    color: Theme.text
                                    elide: Text.ElideRight
                                }
                                Text {
                                    Layout.fillWidth: true
                                    textFormat: Text.PlainText
                                    text: line.company.length > 0 ? qsTr("%1 · %2").arg(line.company).arg(line.email) : line.email
                                    font.pixelSize: Theme.fontSmall
                                    color: Theme.textMuted
                                    elide: Text.ElideRight
                                }
                            }
                            Icon {
                                visible: line.checkedIn
                                name: "person-check"
                                color: Theme.success
                                Accessible.name: qsTr("In the building")
                            }
                        }
                    }
                }
                Text {
                    Layout.fillWidth: true
                    visible: found.count === 0
                    textFormat: Text.PlainText
                    wrapMode: Text.WordWrap
                    text: searchField.text.length > 0 ? qsTr("Nobody matches “%1”.").arg(searchField.text) : qsTr("No members yet.")
                    font.pixelSize: Theme.fontBody
                    color: Theme.textMuted
                }
            }
        }

        MemberProfilePane {
            Layout.fillWidth: true
            Layout.fillHeight: true
            memberId: page.shownId
            onBookRequested: (id) => page.bookRequested(id)
        }
    }
}
