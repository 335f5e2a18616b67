pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium

// The navigation rail: the pages this role has, and the user at the bottom.
Rectangle {
    id: rail

    signal signOutRequested()

    // The calendar's views: the rail's Calendar goes back to the one last shown.
    readonly property var calendarViews: ["calendar", "week", "month", "timeline"]
    property string calendarView: "calendar"
    Connections {
        target: AppController
        function onPageChanged() {
            if (rail.calendarViews.indexOf(AppController.page) >= 0)
                rail.calendarView = AppController.page
        }
    }
    function show(key) { AppController.page = key === "calendar" ? calendarView : key }

    implicitWidth: 84
    color: Theme.surface
    Rectangle { anchors.right: parent.right; width: 1; height: parent.height; color: Theme.border }

    ColumnLayout {
        anchors { fill: parent; topMargin: Theme.space4; bottomMargin: Theme.space4 }
        spacing: Theme.space2

        Text {
            textFormat: Text.PlainText
            Layout.alignment: Qt.AlignHCenter
            Layout.bottomMargin: Theme.space3
            text: "A"
            font.pixelSize: Theme.fontHeadline
            font.weight: Font.Black
            color: Theme.primary
            Accessible.ignored: true
        }
        Repeater {
            // By role: the front desk starts on Home; members have no Home of the desk's.
            model: AppController.isStaff
                   ? [ { key: "home", icon: "house-door", label: qsTr("Home") },
                       { key: "calendar", icon: "calendar3", label: qsTr("Calendar") },
                       { key: "find", icon: "search", label: qsTr("Find") },
                       { key: "members", icon: "people", label: qsTr("Members") },
                       { key: "mybookings", icon: "bookmark-check", label: qsTr("My bookings") },
                       { key: "community", icon: "chat-left-text", label: qsTr("Community") },
                       { key: "admin", icon: "sliders", label: qsTr("Admin") },
                       { key: "settings", icon: "gear", label: qsTr("Settings") } ]
                   : [ { key: "calendar", icon: "calendar3", label: qsTr("Calendar") },
                       { key: "find", icon: "search", label: qsTr("Find") },
                       { key: "mybookings", icon: "bookmark-check", label: qsTr("My bookings") },
                       { key: "community", icon: "chat-left-text", label: qsTr("Community") },
                       { key: "settings", icon: "gear", label: qsTr("Settings") } ]
            delegate: ItemDelegate {
                id: navItem
                required property var modelData
                Layout.alignment: Qt.AlignHCenter
                implicitWidth: 76
                implicitHeight: 56
                Accessible.name: modelData.label
                objectName: "nav-" + modelData.key
                highlighted: AppController.page === modelData.key || (modelData.key === "members" && AppController.page === "member")
                             || (modelData.key === "calendar" && rail.calendarViews.indexOf(AppController.page) >= 0)
                onClicked: rail.show(modelData.key)
                required property int index
                // Ctrl+1, Ctrl+2, …: the rail's pages in order, from anywhere.
                Shortcut {
                    sequence: "Ctrl+" + (navItem.index + 1)
                    context: Qt.ApplicationShortcut
                    onActivated: rail.show(navItem.modelData.key)
                }
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: qsTr("%1 (Ctrl+%2)").arg(modelData.label).arg(index + 1)
                contentItem: ColumnLayout {
                    spacing: 2
                    Icon {
                        Layout.alignment: Qt.AlignHCenter
                        name: navItem.modelData.icon
                        size: 20
                        color: navItem.highlighted ? Theme.primary : Theme.textMuted
                    }
                    Text {
                        textFormat: Text.PlainText
                        Layout.alignment: Qt.AlignHCenter
                        text: navItem.modelData.label
                        font.pixelSize: 11
                        font.weight: Font.DemiBold
                        color: navItem.highlighted ? Theme.primary : Theme.textMuted
                    }
                }
                background: Rectangle {
                    radius: Theme.radiusCard
                    color: navItem.highlighted ? Qt.rgba(Theme.primary.r, Theme.primary.g, Theme.primary.b, 0.12)
                                               : navItem.hovered ? Theme.surfaceAlt : "transparent"
                    border.width: navItem.visualFocus ? 2 : 0
                    border.color: Theme.focusRing
                }
            }
        }
        Item { Layout.fillHeight: true }
        IconButton {
            Layout.alignment: Qt.AlignHCenter
            iconName: "box-arrow-right"
            label: qsTr("Sign out")
            onClicked: rail.signOutRequested()
        }
    }
}
