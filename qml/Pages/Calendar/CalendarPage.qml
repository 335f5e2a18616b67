import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium

// The calendar of one location, in four views over the same data: the day (spaces across), the
// week of one space, the month, and the timeline (spaces × days). The page names are the views'
// (calendar, week, month, timeline), so `--page week` and the rail both land on the right one.
Item {
    id: page

    property var selected: null
    signal createRequested(string resourceId, int minute)
    signal bookingActivated(var booking, string resourceId)
    signal cancelRequested(var booking)
    signal moveRequested(var booking, string resourceId, int day, int startMinute, int durationMinutes, string problem)

    readonly property var views: ["calendar", "week", "month", "timeline"]
    readonly property string view: views.indexOf(AppController.page) >= 0 ? AppController.page : "calendar"
    readonly property string period: view === "calendar" ? "day" : view
    // The week view's space: the one last chosen, else the first.
    property string weekResource: ""
    readonly property string shownWeekResource: AppController.calendar.rowOf(weekResource) >= 0 || AppController.calendar.count === 0
                                                ? weekResource
                                                : AppController.calendar.data(AppController.calendar.index(0, 0), CalendarModel.ResourceIdRole)

    function focusGrid() { if (view === "calendar") dayView.focusGrid() }

    // A view not on screen makes no blocks for sync's news; it catches up when it shows.
    Binding { target: AppController.calendar; property: "dayShown"; value: dayView.visible }
    Binding { target: AppController.calendar; property: "weekShown"; value: page.visible && (page.view === "week" || page.view === "timeline") }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.space3

        // Period navigation and the views
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.space2
            IconButton {
                objectName: "periodPrevious"
                iconName: "chevron-left"
                label: page.period === "month" ? qsTr("Previous month") : page.period === "day" ? qsTr("Previous day") : qsTr("Previous week")
                onClicked: AppController.shiftPeriod(page.period, -1)
            }
            AppButton { text: qsTr("Today"); enabled: !AppController.isToday; onClicked: AppController.showToday() }
            IconButton {
                objectName: "periodNext"
                iconName: "chevron-right"
                label: page.period === "month" ? qsTr("Next month") : page.period === "day" ? qsTr("Next day") : qsTr("Next week")
                onClicked: AppController.shiftPeriod(page.period, 1)
            }
            Text {
                objectName: "periodTitle"
                textFormat: Text.PlainText
                Layout.leftMargin: Theme.space2
                text: page.period === "month" ? AppController.monthTitle : page.period === "day" ? AppController.dayTitle : AppController.weekTitle
                font.pixelSize: Theme.fontTitle
                font.weight: Font.DemiBold
                color: Theme.text
            }
            Text {
                objectName: "zoneNote"
                visible: text.length > 0
                textFormat: Text.PlainText
                text: AppController.zoneNote
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
            }
            Item { Layout.fillWidth: true }
            ComboBox {
                id: spaceBox
                objectName: "weekSpaceBox"
                visible: page.view === "week"
                implicitWidth: 220
                model: AppController.calendar
                textRole: "name"
                valueRole: "resourceId"
                currentIndex: count > 0 ? AppController.calendar.rowOf(page.shownWeekResource) : -1
                onActivated: (index) => page.weekResource = valueAt(index)
                Accessible.name: qsTr("Space")
            }
            Text {
                visible: page.view === "calendar"
                textFormat: Text.PlainText
                text: qsTr("%n booking(s)", "", AppController.calendar.bookingCount)
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
            }
            Row {
                spacing: Theme.space1
                TabChip { objectName: "view-calendar"; text: qsTr("Day"); checked: page.view === "calendar"; onClicked: AppController.page = "calendar" }
                TabChip { objectName: "view-week"; text: qsTr("Week"); checked: page.view === "week"; onClicked: AppController.page = "week" }
                TabChip { objectName: "view-month"; text: qsTr("Month"); checked: page.view === "month"; onClicked: AppController.page = "month" }
                TabChip { objectName: "view-timeline"; text: qsTr("Timeline"); checked: page.view === "timeline"; onClicked: AppController.page = "timeline" }
            }
        }

        RejectionBanner { Layout.fillWidth: true }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: page.views.indexOf(page.view)

            DayView {
                id: dayView
                objectName: "dayView"
                selected: page.selected
                onCreateRequested: (resourceId, minute) => page.createRequested(resourceId, minute)
                onBookingActivated: (booking, resourceId) => page.bookingActivated(booking, resourceId)
                onCancelRequested: (booking) => page.cancelRequested(booking)
                onMoveRequested: (booking, resourceId, day, startMinute, durationMinutes, problem) =>
                                 page.moveRequested(booking, resourceId, day, startMinute, durationMinutes, problem)
            }
            // The other views are made the first time they are shown.
            PageLoader {
                keys: ["week"]
                // A Loader's component reads this file's ids (Qt 6.4's Loader cannot make bound components, so qmllint cannot check it).
                // qmllint disable unqualified
                sourceComponent: Component {
                    WeekView {
                        objectName: "weekView"
                        resourceId: page.shownWeekResource
                        selected: page.selected
                        onCreateRequested: (resourceId, minute) => page.createRequested(resourceId, minute)
                        onBookingActivated: (booking, resourceId) => page.bookingActivated(booking, resourceId)
                        onMoveRequested: (booking, resourceId, day, startMinute, durationMinutes, problem) =>
                                         page.moveRequested(booking, resourceId, day, startMinute, durationMinutes, problem)
                    }
                }
                // qmllint enable unqualified
            }
            PageLoader {
                keys: ["month"]
                sourceComponent: Component { MonthView { objectName: "monthView" } }
            }
            PageLoader {
                keys: ["timeline"]
                // qmllint disable unqualified
                sourceComponent: Component {
                    TimelineView {
                        objectName: "timelineView"
                        selected: page.selected
                        onCreateRequested: (resourceId, minute) => page.createRequested(resourceId, minute)
                        onBookingActivated: (booking, resourceId) => page.bookingActivated(booking, resourceId)
                    }
                }
                // qmllint enable unqualified
            }
        }
    }

    // The last change and its Undo float over the bottom of the calendar, so the grid does not
    // move under the pointer when it comes and goes.
    UndoBar {
        anchors { horizontalCenter: parent.horizontalCenter; bottom: parent.bottom; bottomMargin: Theme.space4 }
        width: Math.min(parent.width - 2 * Theme.space4, 760)
        z: 10
    }
}
