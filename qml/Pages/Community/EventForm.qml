pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium

// Staff: a new event at this location. A room taken for it is booked under its rules (a clash is
// refused by the server with the reason); capacity 0 takes everyone who answers.
Rectangle {
    id: form

    signal closeRequested()
    property string problem: ""

    // The next 90 days from today at the location (the app's clock), filled each time the form opens.
    property var days: []
    function fillDays() {
        const out = []
        const t = AppController.todayIso.split("-")
        for (let i = 0; i < 90; ++i) {
            const d = new Date(Number(t[0]), Number(t[1]) - 1, Number(t[2]) + i)
            out.push({ value: d.getFullYear() + "-" + ("0" + (d.getMonth() + 1)).slice(-2) + "-" + ("0" + d.getDate()).slice(-2),
                       text: i === 0 ? qsTr("Today") : i === 1 ? qsTr("Tomorrow") : d.toLocaleDateString(Qt.locale(), "ddd d MMM") })
        }
        days = out
    }
    readonly property var times: {
        const out = []
        for (let m = 7 * 60; m <= 23 * 60; m += 15)
            out.push({ value: m, text: AppController.minuteText(m) })
        return out
    }

    function reset() {
        fillDays()
        title.text = ""
        description.text = ""
        day.currentIndex = 1
        start.currentIndex = start.indexOfValue(18 * 60)
        end.currentIndex = end.indexOfValue(20 * 60)
        room.currentIndex = 0
        capacity.value = 0
        problem = ""
    }
    onVisibleChanged: if (visible) { reset(); title.forceActiveFocus() }

    color: Theme.surface
    border.color: Theme.border
    radius: Theme.radiusCard
    implicitWidth: 380

    ColumnLayout {
        anchors { fill: parent; margins: Theme.space4 }
        spacing: Theme.space3

        RowLayout {
            Layout.fillWidth: true
            Text {
                Layout.fillWidth: true
                textFormat: Text.PlainText
                text: qsTr("New event")
                font.pixelSize: Theme.fontTitle
                font.weight: Font.DemiBold
                color: Theme.text
            }
            IconButton { iconName: "x-lg"; label: qsTr("Close"); onClicked: form.closeRequested() }
        }
        TextField {
            id: title
            objectName: "eventTitleField"
            Layout.fillWidth: true
            placeholderText: qsTr("Title, e.g. Friday breakfast")
            maximumLength: 200
            font.pixelSize: Theme.fontBody
            Accessible.name: qsTr("Title")
        }
        TextArea {
            id: description
            objectName: "eventDescriptionField"
            Layout.fillWidth: true
            Layout.preferredHeight: 90
            placeholderText: qsTr("What it is, who it is for, what to bring")
            wrapMode: TextEdit.Wrap
            font.pixelSize: Theme.fontBody
            Accessible.name: qsTr("Description")
        }
        GridLayout {
            Layout.fillWidth: true
            columns: 2
            columnSpacing: Theme.space3
            rowSpacing: Theme.space2
            Text { textFormat: Text.PlainText; text: qsTr("Day"); font.pixelSize: Theme.fontBody; color: Theme.text }
            ComboBox {
                id: day
                objectName: "eventDay"
                Layout.fillWidth: true
                model: form.days
                textRole: "text"
                valueRole: "value"
                Accessible.name: qsTr("Day")
            }
            Text { textFormat: Text.PlainText; text: qsTr("From"); font.pixelSize: Theme.fontBody; color: Theme.text }
            RowLayout {
                Layout.fillWidth: true
                ComboBox {
                    id: start
                    objectName: "eventStart"
                    Layout.fillWidth: true
                    model: form.times
                    textRole: "text"
                    valueRole: "value"
                    Accessible.name: qsTr("Starts")
                }
                Text { textFormat: Text.PlainText; text: qsTr("to"); font.pixelSize: Theme.fontBody; color: Theme.text }
                ComboBox {
                    id: end
                    objectName: "eventEnd"
                    Layout.fillWidth: true
                    model: form.times
                    textRole: "text"
                    valueRole: "value"
                    Accessible.name: qsTr("Ends")
                }
            }
            Text { textFormat: Text.PlainText; text: qsTr("Room"); font.pixelSize: Theme.fontBody; color: Theme.text }
            ComboBox {
                id: room
                objectName: "eventRoom"
                Layout.fillWidth: true
                model: Community.eventRooms()
                textRole: "name"
                valueRole: "id"
                Accessible.name: qsTr("Room")
            }
            Text { textFormat: Text.PlainText; text: qsTr("Seats"); font.pixelSize: Theme.fontBody; color: Theme.text }
            RowLayout {
                SpinBox {
                    id: capacity
                    objectName: "eventCapacity"
                    from: 0
                    to: 10000
                    editable: true
                    Accessible.name: qsTr("Seats")
                }
                Text {
                    Layout.fillWidth: true
                    textFormat: Text.PlainText
                    text: capacity.value === 0 ? qsTr("No limit") : qsTr("Then a waitlist")
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                }
            }
        }
        Text {
            objectName: "eventProblem"
            Layout.fillWidth: true
            visible: form.problem.length > 0
            textFormat: Text.PlainText
            text: form.problem
            font.pixelSize: Theme.fontBody
            color: Theme.danger
            wrapMode: Text.WordWrap
        }
        Item { Layout.fillHeight: true }
        RowLayout {
            Layout.fillWidth: true
            Item { Layout.fillWidth: true }
            AppButton { text: qsTr("Cancel"); onClicked: form.closeRequested() }
            AppButton {
                objectName: "createEvent"
                primary: true
                text: qsTr("Create event")
                onClicked: {
                    form.problem = Community.createEvent(title.text, description.text, day.currentValue, start.currentValue, end.currentValue,
                                                         room.currentValue, capacity.value)
                    if (form.problem.length === 0)
                        form.closeRequested()
                }
            }
        }
    }
}
