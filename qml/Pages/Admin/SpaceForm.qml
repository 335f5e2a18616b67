import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium

// One space's fields, checked as they are typed the way the server will check them; Save sends
// the change (pending until the server confirms it), Retire takes the space out of service after
// asking. An empty spaceId is a new space at the chosen location.
Rectangle {
    id: form

    property string spaceId: ""
    property var original: Admin.space(spaceId)
    readonly property var current: ({ id: spaceId, name: nameField.text, kind: kindBox.currentValue || "", capacity: capacityField.text,
                                      area: areaField.text, features: featuresField.text, location: original.location || "" })
    readonly property string problem: Admin.spaceProblem(current)
    property string result: ""
    property string op: "" // the last save or retire sent from this form: what became of it is said below
    property bool confirmRetire: false

    // A fresh form (the same id again: "New space" twice).
    function reload() { original = Admin.space(spaceId); result = ""; op = ""; confirmRetire = false }
    onSpaceIdChanged: reload()

    color: Theme.surface
    radius: Theme.radiusCard
    border.color: Theme.border
    implicitHeight: column.implicitHeight + 2 * Theme.space4

    ColumnLayout {
        id: column
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.space4 }
        spacing: Theme.space2

        Text {
            textFormat: Text.PlainText
            text: form.original.isNew ? qsTr("New space") : form.original.name
            font.pixelSize: Theme.fontTitle
            font.weight: Font.DemiBold
            color: Theme.text
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        Text {
            visible: form.original.active === false
            textFormat: Text.PlainText
            text: qsTr("Out of service: not on the calendar and not bookable.")
            font.pixelSize: Theme.fontSmall
            color: Theme.warning
        }
        GridLayout {
            Layout.fillWidth: true
            columns: 2
            columnSpacing: Theme.space3
            rowSpacing: Theme.space2
            Label { textFormat: Text.PlainText; text: qsTr("Name"); color: Theme.textMuted }
            TextField { id: nameField; objectName: "spaceName"; Layout.fillWidth: true; text: form.original.name; Accessible.name: qsTr("Name") }
            Label { textFormat: Text.PlainText; text: qsTr("Kind"); color: Theme.textMuted }
            ComboBox {
                id: kindBox
                objectName: "spaceKind"
                Layout.fillWidth: true
                model: Admin.kindChoices()
                textRole: "name"
                valueRole: "key"
                currentIndex: Math.max(0, Admin.kinds.indexOf(form.original.kind))
                Accessible.name: qsTr("Kind")
            }
            Label { textFormat: Text.PlainText; text: qsTr("Seats"); color: Theme.textMuted }
            TextField { id: capacityField; objectName: "spaceCapacity"; Layout.fillWidth: true; text: form.original.capacity; inputMethodHints: Qt.ImhDigitsOnly; Accessible.name: qsTr("Seats") }
            Label { textFormat: Text.PlainText; text: qsTr("Area"); color: Theme.textMuted }
            TextField { id: areaField; objectName: "spaceArea"; Layout.fillWidth: true; text: form.original.area; placeholderText: qsTr("Floor 1, Studio…"); Accessible.name: qsTr("Area") }
            Label { textFormat: Text.PlainText; text: qsTr("Features"); color: Theme.textMuted }
            TextField {
                id: featuresField
                objectName: "spaceFeatures"
                Layout.fillWidth: true
                text: form.original.features
                placeholderText: qsTr("screen, whiteboard, video")
                Accessible.name: qsTr("Features")
            }
        }
        Text {
            objectName: "spaceProblem"
            Layout.fillWidth: true
            // A new, still empty form says nothing yet (Save is off until it is right).
            visible: text.length > 0 && (!form.original.isNew || nameField.text.length > 0)
            textFormat: Text.PlainText
            wrapMode: Text.WordWrap
            text: form.problem
            font.pixelSize: Theme.fontBody
            color: Theme.danger
        }
        Text {
            objectName: "spaceResult"
            Layout.fillWidth: true
            visible: text.length > 0
            textFormat: Text.PlainText
            wrapMode: Text.WordWrap
            text: form.result.length > 0 ? form.result : Admin.opStatus(form.op, AppController.pendingCount, AppController.rejectedCount)
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.topMargin: Theme.space2
            spacing: Theme.space2
            AppButton {
                objectName: "spaceRetire"
                visible: !form.original.isNew && form.original.active !== false && !form.confirmRetire
                danger: true
                text: qsTr("Retire…")
                onClicked: form.confirmRetire = true
            }
            Text {
                visible: form.confirmRetire
                Layout.fillWidth: true
                textFormat: Text.PlainText
                wrapMode: Text.WordWrap
                text: qsTr("Take %1 out of service? Its upcoming bookings must be moved or cancelled first.").arg(form.original.name || "")
                font.pixelSize: Theme.fontBody
                color: Theme.text
            }
            AppButton { visible: form.confirmRetire; text: qsTr("Keep it"); onClicked: form.confirmRetire = false }
            AppButton {
                objectName: "spaceRetireConfirm"
                visible: form.confirmRetire
                danger: true
                text: qsTr("Retire")
                onClicked: {
                    Admin.retireSpace(form.spaceId)
                    form.confirmRetire = false
                    form.result = ""
                    form.op = Admin.lastOp()
                }
            }
            Item { Layout.fillWidth: true; visible: !form.confirmRetire }
            AppButton {
                objectName: "spaceSave"
                primary: true
                visible: !form.confirmRetire
                enabled: form.problem.length === 0
                text: form.original.isNew ? qsTr("Add space") : qsTr("Save")
                onClicked: {
                    const why = Admin.saveSpace(form.current)
                    form.result = why
                    form.op = why.length > 0 ? "" : Admin.lastOp()
                }
            }
        }
    }
}
