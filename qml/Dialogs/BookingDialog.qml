import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium
// Its contentItem holds named parts, so it is built with the control rather than deferred: meant.
// qmllint disable deferred-property-id

// New booking: room, member (front desk only), start, length, title. The booking shows at once
// as pending and is confirmed or refused by the server.
Dialog {
    id: dialog

    property string resourceId: ""
    property int startMinute: 9 * 60

    title: qsTr("New booking")
    modal: true
    anchors.centerIn: parent
    width: 440
    padding: Theme.space5
    standardButtons: Dialog.NoButton

    // member: for whom (staff; "" to choose in the dialog).
    function openFor(resource, minute, member) {
        resourceId = resource
        startMinute = minute
        memberBox.currentIndex = member ? memberBox.indexOfValue(member) : -1
        resourceBox.currentIndex = Math.max(0, resourceBox.indexOfValue(resource))
        startBox.currentIndex = Math.max(0, startBox.indexOfValue(minute))
        durationBox.currentIndex = 2
        titleField.text = ""
        open()
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

    // The space chosen, read from the calendar's rows as they are now: the box's currentValue can
    // keep a space from before a sync reordered the rows while its index stayed the same.
    readonly property string chosenResource: resourceBox.currentIndex >= 0 && resourceBox.count > 0
                                             ? (resourceBox.valueAt(resourceBox.currentIndex) || "") : ""
    // What the cache already says of the booking as chosen: taken, or against a rule, before
    // anything is sent (the server still decides), and the rules that apply, up front.
    readonly property var verdict: opened && resourceBox.currentIndex >= 0
                                   ? SelfService.checkBooking(dialog.chosenResource, startBox.currentValue, durationBox.currentValue,
                                                              AppController.isStaff ? (memberBox.currentValue || "") : AppController.userId)
                                   : ({})

    contentItem: GridLayout {
        columns: 2
        columnSpacing: Theme.space3
        rowSpacing: Theme.space3

        Text {
            objectName: "bookingDate"
            Layout.columnSpan: 2
            Layout.fillWidth: true
            textFormat: Text.PlainText
            text: AppController.dayTitle
            font.pixelSize: Theme.fontBody
            font.weight: Font.DemiBold
            color: Theme.textMuted
            elide: Text.ElideRight
        }

        Label { textFormat: Text.PlainText; text: qsTr("Space"); color: Theme.text; font.pixelSize: Theme.fontBody }
        ComboBox {
            id: resourceBox
            objectName: "bookingSpace"
            Layout.fillWidth: true
            model: AppController.calendar
            textRole: "name"
            valueRole: "resourceId"
            Accessible.name: qsTr("Space")
        }
        Label { textFormat: Text.PlainText; visible: AppController.isStaff; text: qsTr("Member"); color: Theme.text; font.pixelSize: Theme.fontBody }
        ComboBox {
            id: memberBox
            objectName: "bookingMember"
            visible: AppController.isStaff
            Layout.fillWidth: true
            model: AppController.members
            textRole: "name"
            valueRole: "id"
            editable: true
            Accessible.name: qsTr("Member")
        }
        Label { textFormat: Text.PlainText; text: qsTr("Starts"); color: Theme.text; font.pixelSize: Theme.fontBody }
        ComboBox {
            id: startBox
            objectName: "bookingStart"
            Layout.fillWidth: true
            textRole: "text"
            valueRole: "value"
            model: {
                const slots = []
                for (let m = AppController.opensMinute; m < AppController.closesMinute; m += 15)
                    slots.push({ value: m, text: AppController.minuteText(m) })
                return slots
            }
            Accessible.name: qsTr("Starts")
        }
        Label { textFormat: Text.PlainText; text: qsTr("Length"); color: Theme.text; font.pixelSize: Theme.fontBody }
        ComboBox {
            id: durationBox
            objectName: "bookingLength"
            Layout.fillWidth: true
            textRole: "text"
            valueRole: "value"
            model: [
                { value: 15, text: qsTr("15 minutes") }, { value: 30, text: qsTr("30 minutes") },
                { value: 60, text: qsTr("1 hour") }, { value: 90, text: qsTr("1½ hours") },
                { value: 120, text: qsTr("2 hours") }, { value: 180, text: qsTr("3 hours") },
                { value: 240, text: qsTr("4 hours") }, { value: 480, text: qsTr("All day (8 hours)") }
            ]
            Accessible.name: qsTr("Length")
        }
        Label { textFormat: Text.PlainText; text: qsTr("Title"); color: Theme.text; font.pixelSize: Theme.fontBody }
        TextField {
            id: titleField
            Layout.fillWidth: true
            placeholderText: qsTr("Optional")
            maximumLength: 200
            Accessible.name: qsTr("Title")
        }
        RowLayout {
            Layout.columnSpan: 2
            Layout.fillWidth: true
            visible: dialog.verdict.when !== undefined
            spacing: Theme.space2
            Icon {
                name: (dialog.verdict.problem || "").length > 0 ? "exclamation-circle-fill" : "check-circle-fill"
                color: (dialog.verdict.problem || "").length > 0 ? Theme.danger : Theme.success
            }
            Text {
                objectName: "bookingVerdict"
                Layout.fillWidth: true
                textFormat: Text.PlainText
                text: (dialog.verdict.problem || "").length > 0 ? dialog.verdict.problem : qsTr("Free %1.").arg(dialog.verdict.when || "")
                font.pixelSize: Theme.fontBody
                color: (dialog.verdict.problem || "").length > 0 ? Theme.danger : Theme.text
                wrapMode: Text.WordWrap
            }
        }
        Text {
            objectName: "bookingRules"
            Layout.columnSpan: 2
            Layout.fillWidth: true
            visible: text.length > 0
            textFormat: Text.PlainText
            text: dialog.verdict.rules || ""
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
            wrapMode: Text.WordWrap
        }
        RowLayout {
            Layout.columnSpan: 2
            Layout.topMargin: Theme.space3
            Layout.fillWidth: true
            spacing: Theme.space2
            Item { Layout.fillWidth: true }
            AppButton { text: qsTr("Cancel"); onClicked: dialog.reject() }
            AppButton {
                primary: true
                objectName: "bookingConfirm"
                text: qsTr("Book")
                enabled: resourceBox.currentIndex >= 0 && (!AppController.isStaff || memberBox.currentIndex >= 0)
                         && (dialog.verdict.problem || "").length === 0
                onClicked: {
                    const id = AppController.book(resourceBox.valueAt(resourceBox.currentIndex), startBox.currentValue, durationBox.currentValue,
                                                  AppController.isStaff ? memberBox.currentValue : AppController.userId, titleField.text)
                    Undo.booked(id) // Ctrl+Z takes it back
                    dialog.accept()
                }
            }
        }
    }
}
