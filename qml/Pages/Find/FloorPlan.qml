pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Atrium

// The location's floor plan from the spaces' plan positions: what fits and is free in solid
// green with a check, taken in hatched grey, the rest outlined; never by colour alone.
Rectangle {
    id: floor

    property var spaces: []

    color: Theme.surface
    radius: Theme.radiusCard
    border.color: Theme.border
    Accessible.role: Accessible.Graphic
    Accessible.name: qsTr("Floor plan")

    ColumnLayout {
        anchors { fill: parent; margins: Theme.space3 }
        spacing: Theme.space2
        Text {
            textFormat: Text.PlainText
            text: qsTr("Floor plan")
            font.pixelSize: Theme.fontLarge
            font.weight: Font.DemiBold
            color: Theme.text
        }
        Item {
            id: area
            Layout.fillWidth: true
            Layout.fillHeight: true
            Rectangle { anchors.fill: parent; color: Theme.surfaceAlt; radius: Theme.radiusControl }
            Repeater {
                model: floor.spaces
                delegate: Rectangle {
                    id: spot
                    required property var modelData
                    readonly property bool room: ["meeting_room", "private_office", "event_space"].indexOf(modelData.kind) >= 0
                    readonly property bool good: modelData.free && modelData.matches
                    width: room ? Math.min(64, area.width * 0.12) : Math.min(30, area.width * 0.06)
                    height: room ? 44 : 26
                    x: Math.max(0, Math.min(area.width - width, modelData.planX * area.width - width / 2))
                    y: Math.max(0, Math.min(area.height - height, modelData.planY * area.height - height / 2))
                    radius: 4
                    color: good ? Theme.checkedInFill : modelData.free ? Theme.surface : Theme.busyFill
                    border.width: good ? 2 : 1
                    border.color: good ? Theme.success : Theme.border
                    opacity: modelData.matches ? 1 : 0.55
                    Accessible.role: Accessible.Graphic
                    Accessible.name: qsTr("%1: %2").arg(modelData.name).arg(good ? qsTr("free") : modelData.free ? qsTr("free, does not fit") : qsTr("taken"))
                    Image {
                        anchors.fill: parent
                        visible: !spot.modelData.free
                        source: "qrc:/patterns/hatch.svg"
                        fillMode: Image.Tile
                        opacity: 0.5
                    }
                    Icon {
                        anchors.centerIn: parent
                        visible: spot.good
                        name: "check-lg"
                        size: 14
                        color: Theme.success
                    }
                    Text {
                        anchors { top: parent.bottom; horizontalCenter: parent.horizontalCenter; topMargin: 1 }
                        width: parent.width + 8
                        horizontalAlignment: Text.AlignHCenter
                        elide: Text.ElideRight
                        visible: spot.room
                        textFormat: Text.PlainText
                        text: spot.modelData.name
                        font.pixelSize: 11
                        color: Theme.textMuted
                    }
                }
            }
        }
        RowLayout {
            spacing: Theme.space3
            Repeater {
                model: [ { label: qsTr("Free and fits"), fill: Theme.checkedInFill, edge: Theme.success },
                         { label: qsTr("Free"), fill: Theme.surface, edge: Theme.border },
                         { label: qsTr("Taken"), fill: Theme.busyFill, edge: Theme.border } ]
                delegate: RowLayout {
                    required property var modelData
                    spacing: Theme.space1
                    Rectangle { Layout.preferredWidth: 14; Layout.preferredHeight: 10; radius: 2; color: parent.modelData.fill; border.color: parent.modelData.edge }
                    Text { textFormat: Text.PlainText; text: parent.modelData.label; font.pixelSize: Theme.fontSmall; color: Theme.textMuted }
                }
            }
        }
    }
}
