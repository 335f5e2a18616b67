pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Atrium

// The month view: six weeks of days, each with how many bookings it has, how full the spaces
// are (a bar), and its first three; a click opens that day.
Item {
    id: view

    MonthModel { id: month }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // Weekday names, from the locale's first day of the week.
        Row {
            Layout.fillWidth: true
            Repeater {
                model: 7
                delegate: Text {
                    required property int index
                    width: view.width / 7
                    horizontalAlignment: Text.AlignHCenter
                    textFormat: Text.PlainText
                    text: Qt.locale().dayName((Qt.locale().firstDayOfWeek + index) % 7, Locale.ShortFormat)
                    font.pixelSize: Theme.fontSmall
                    font.weight: Font.DemiBold
                    color: Theme.textMuted
                    bottomPadding: Theme.space2
                }
            }
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            radius: Theme.radiusCard
            color: Theme.border
            border.color: Theme.border
            clip: true

            Grid {
                id: cells
                anchors { fill: parent; margins: 1 }
                columns: 7
                spacing: 1
                Repeater {
                    model: month
                    delegate: Rectangle {
                        id: cell
                        required property string id
                        required property int dayNumber
                        required property bool inMonth
                        required property bool isToday
                        required property bool isChosen
                        required property int count
                        required property real share
                        required property var lines
                        required property int more
                        objectName: "monthDay-" + id
                        width: (cells.width - 6) / 7
                        height: (cells.height - 5) / 6
                        color: area.containsMouse ? Theme.surfaceAlt : inMonth ? Theme.surface : Theme.background
                        border.width: isChosen ? 2 : 0
                        border.color: Theme.primary
                        Accessible.role: Accessible.Button
                        Accessible.name: qsTr("%1, %n booking(s)", "", count).arg(id)

                        ColumnLayout {
                            anchors { fill: parent; margins: Theme.space2 }
                            spacing: 2
                            RowLayout {
                                Layout.fillWidth: true
                                Rectangle {
                                    implicitWidth: 26
                                    implicitHeight: 26
                                    radius: 13
                                    color: cell.isToday ? Theme.primary : "transparent"
                                    Text {
                                        anchors.centerIn: parent
                                        textFormat: Text.PlainText
                                        text: cell.dayNumber
                                        font.pixelSize: Theme.fontBody
                                        font.weight: Font.DemiBold
                                        color: cell.isToday ? Theme.primaryText : cell.inMonth ? Theme.text : Theme.textMuted
                                    }
                                }
                                Item { Layout.fillWidth: true }
                                Text {
                                    visible: cell.count > 0
                                    textFormat: Text.PlainText
                                    text: qsTr("%n booking(s)", "", cell.count)
                                    font.pixelSize: 11
                                    color: Theme.textMuted
                                }
                            }
                            // How full the spaces are that day.
                            Rectangle {
                                Layout.fillWidth: true
                                implicitHeight: 4
                                radius: 2
                                color: Theme.shade
                                visible: cell.count > 0
                                Rectangle {
                                    width: parent.width * cell.share
                                    height: parent.height
                                    radius: 2
                                    color: cell.share > 0.8 ? Theme.danger : Theme.primary
                                }
                            }
                            Repeater {
                                model: cell.lines
                                delegate: Text {
                                    required property string modelData
                                    Layout.fillWidth: true
                                    textFormat: Text.PlainText
                                    text: modelData
                                    elide: Text.ElideRight
                                    font.pixelSize: 11
                                    color: cell.inMonth ? Theme.text : Theme.textMuted
                                }
                            }
                            Text {
                                visible: cell.more > 0
                                textFormat: Text.PlainText
                                text: qsTr("%n more", "", cell.more)
                                font.pixelSize: 11
                                font.weight: Font.DemiBold
                                color: Theme.primary
                            }
                            Item { Layout.fillHeight: true }
                        }
                        MouseArea {
                            id: area
                            anchors.fill: parent
                            hoverEnabled: true
                            cursorShape: Qt.PointingHandCursor
                            onClicked: AppController.showDay(cell.id)
                        }
                    }
                }
            }
        }
    }
}
