pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium

// Events on a month: six weeks from the locale's first weekday, each day with its events' titles
// (the user's own answer marked); a click on one opens it.
ColumnLayout {
    id: month

    required property EventListModel events
    signal eventChosen(string eventId)

    // The shown month's first day; it opens on the month of today at the location.
    property date first: { const t = AppController.todayIso.split("-"); return new Date(Number(t[0]), Number(t[1]) - 1, 1) }
    readonly property int weekStart: Qt.locale().firstDayOfWeek // 0 Sunday … 6 Saturday
    readonly property date gridStart: {
        const shift = (first.getDay() - weekStart + 7) % 7
        return new Date(first.getFullYear(), first.getMonth(), 1 - shift)
    }

    function iso(d: var): string {
        return d.getFullYear() + "-" + ("0" + (d.getMonth() + 1)).slice(-2) + "-" + ("0" + d.getDate()).slice(-2)
    }

    spacing: Theme.space2

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.space2
        IconButton {
            iconName: "chevron-left"
            label: qsTr("Previous month")
            onClicked: month.first = new Date(month.first.getFullYear(), month.first.getMonth() - 1, 1)
        }
        Text {
            objectName: "eventMonthTitle"
            textFormat: Text.PlainText
            text: month.first.toLocaleDateString(Qt.locale(), "MMMM yyyy")
            font.pixelSize: Theme.fontLarge
            font.weight: Font.DemiBold
            color: Theme.text
        }
        IconButton {
            iconName: "chevron-right"
            label: qsTr("Next month")
            onClicked: month.first = new Date(month.first.getFullYear(), month.first.getMonth() + 1, 1)
        }
        Item { Layout.fillWidth: true }
    }

    GridLayout {
        Layout.fillWidth: true
        Layout.fillHeight: true
        columns: 7
        rowSpacing: 1
        columnSpacing: 1

        Repeater {
            model: 7
            delegate: Text {
                required property int index
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                horizontalAlignment: Text.AlignHCenter
                textFormat: Text.PlainText
                text: Qt.locale().dayName((month.weekStart + index) % 7, Locale.ShortFormat)
                font.pixelSize: Theme.fontSmall
                font.weight: Font.DemiBold
                color: Theme.textMuted
            }
        }
        Repeater {
            model: 42
            delegate: Rectangle {
                id: cell
                required property int index
                readonly property date day: new Date(month.gridStart.getFullYear(), month.gridStart.getMonth(), month.gridStart.getDate() + index)
                readonly property bool inMonth: day.getMonth() === month.first.getMonth()
                readonly property bool today: month.iso(day) === AppController.todayIso
                readonly property var items: month.events.days[month.iso(day)] || []
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 1
                Layout.preferredHeight: 1
                color: inMonth ? Theme.surface : Theme.background
                border.color: today ? Theme.primary : Theme.border
                border.width: today ? 2 : 1

                ColumnLayout {
                    anchors { fill: parent; margins: Theme.space1 }
                    spacing: 2
                    Text {
                        textFormat: Text.PlainText
                        text: cell.day.getDate()
                        font.pixelSize: Theme.fontSmall
                        font.weight: cell.today ? Font.DemiBold : Font.Normal
                        color: cell.inMonth ? Theme.text : Theme.textMuted
                    }
                    Repeater {
                        model: cell.items.slice(0, 2)
                        delegate: AbstractButton {
                            id: chip
                            required property var modelData
                            Layout.fillWidth: true
                            implicitHeight: 20
                            onClicked: month.eventChosen(modelData.id)
                            Accessible.name: qsTr("%1, %2").arg(modelData.title).arg(modelData.timeText)
                            background: Rectangle {
                                radius: 4
                                color: chip.modelData.myState === "going" ? Theme.checkedInFill : Theme.confirmedFill
                                border.color: chip.visualFocus ? Theme.focusRing : "transparent"
                            }
                            contentItem: Text {
                                leftPadding: Theme.space1
                                textFormat: Text.PlainText
                                text: (chip.modelData.myState === "going" ? "✓ " : "") + chip.modelData.title
                                font.pixelSize: Theme.fontSmall
                                font.strikeout: chip.modelData.cancelled
                                color: Theme.text
                                elide: Text.ElideRight
                                verticalAlignment: Text.AlignVCenter
                            }
                        }
                    }
                    Text {
                        visible: cell.items.length > 2
                        textFormat: Text.PlainText
                        text: qsTr("+%n more", "", cell.items.length - 2)
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textMuted
                    }
                    Item { Layout.fillHeight: true }
                }
            }
        }
    }
}
