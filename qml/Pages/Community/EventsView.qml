pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium

// The location's events: upcoming (or past) as a list by day, or on a month with the days that
// have events marked; the chosen one in the panel beside, where the user answers it. Staff
// create events in the same panel.
RowLayout {
    id: view

    property string selectedId: ""
    property bool creating: false
    property string mode: "list" // or "month"
    // Made again as the list changes (revision), so the panel follows sync and the outbox.
    readonly property var selected: events.revision >= 0 && selectedId.length > 0 && events.indexOf(selectedId) >= 0
                                    ? events.get(events.indexOf(selectedId)) : null

    spacing: Theme.space4

    EventListModel { id: events; past: pastBox.checked }

    Rectangle {
        Layout.fillWidth: true
        Layout.fillHeight: true
        color: Theme.surface
        radius: Theme.radiusCard
        border.color: Theme.border

        ColumnLayout {
            anchors { fill: parent; margins: Theme.space3 }
            spacing: Theme.space3

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.space2
                TabChip {
                    objectName: "eventsList"
                    text: qsTr("List")
                    checked: view.mode === "list"
                    onClicked: view.mode = "list"
                }
                TabChip {
                    objectName: "eventsMonth"
                    text: qsTr("Month")
                    checked: view.mode === "month"
                    onClicked: view.mode = "month"
                }
                CheckBox {
                    id: pastBox
                    objectName: "pastEvents"
                    text: qsTr("Past events")
                    font.pixelSize: Theme.fontBody
                    Accessible.name: text
                }
                Item { Layout.fillWidth: true }
                AppButton {
                    objectName: "newEvent"
                    visible: AppController.isStaff
                    primary: true
                    text: qsTr("New event")
                    onClicked: { view.selectedId = ""; view.creating = true }
                }
            }

            ListView {
                id: list
                objectName: "eventList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                visible: view.mode === "list" && count > 0
                clip: true
                model: events
                spacing: Theme.space2
                boundsBehavior: Flickable.StopAtBounds
                keyNavigationEnabled: true
                activeFocusOnTab: true
                ScrollBar.vertical: ScrollBar { }
                delegate: EventDelegate {
                    width: ListView.view.width
                    selected: view.selectedId === id
                    onActivated: { view.creating = false; view.selectedId = id }
                }
            }

            EventMonth {
                Layout.fillWidth: true
                Layout.fillHeight: true
                visible: view.mode === "month"
                events: events
                onEventChosen: (eventId) => { view.creating = false; view.selectedId = eventId }
            }

            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                visible: view.mode === "list" && list.count === 0
                spacing: Theme.space3
                Item { Layout.fillHeight: true }
                Icon { Layout.alignment: Qt.AlignHCenter; name: "calendar-event"; size: 32; color: Theme.textMuted }
                Text {
                    objectName: "eventsEmpty"
                    Layout.fillWidth: true
                    Layout.maximumWidth: 460
                    Layout.alignment: Qt.AlignHCenter
                    horizontalAlignment: Text.AlignHCenter
                    textFormat: Text.PlainText
                    wrapMode: Text.WordWrap
                    font.pixelSize: Theme.fontBody
                    color: Theme.textMuted
                    text: pastBox.checked ? qsTr("No events here in the past three months.")
                        : AppController.isStaff ? qsTr("No events coming up here. Create one: members see it at once and can answer it.")
                        : qsTr("No events coming up here yet. When the team plans one, it shows here and you can say you are going.")
                }
                Item { Layout.fillHeight: true }
            }
        }
    }

    EventPanel {
        objectName: "eventPanel"
        Layout.fillHeight: true
        Layout.preferredWidth: 380
        visible: view.selected !== null && !view.creating
        event: view.selected
        onCloseRequested: view.selectedId = ""
    }

    EventForm {
        objectName: "eventForm"
        Layout.fillHeight: true
        Layout.preferredWidth: 380
        visible: view.creating
        onCloseRequested: view.creating = false
    }
}
