pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium

// What the account is told, and how: each kind in the app and by e-mail, how long before a booking
// the reminder comes, quiet hours on the account's own clock, and one e-mail a day instead of one
// per notice. Each change is sent like any other and shows at once.
SettingsCard {
    id: card

    title: qsTr("Notifications")
    description: qsTr("Choose what Atrium tells you and how. Security notices always come, at any hour.")
    iconName: "bell"

    NotificationSettings { id: settings }

    // "HH:MM" every half hour, shown on the user's clock.
    // The labels of the reminder and quiet-hours rows line up, at the wider of the two (the switch
    // with its text is wider in Spanish).
    readonly property real labelWidth: Math.max(160, quiet.implicitWidth)
    readonly property var halfHours: {
        const out = []
        for (let m = 0; m < 24 * 60; m += 30)
            out.push({ value: ("0" + Math.floor(m / 60)).slice(-2) + ":" + ("0" + m % 60).slice(-2), text: AppController.minuteText(m) })
        return out
    }

    GridLayout {
        objectName: "notifyGrid"
        Layout.fillWidth: true
        columns: 3
        rowSpacing: 0
        columnSpacing: Theme.space4

        Text { Layout.fillWidth: true; textFormat: Text.PlainText; text: qsTr("What"); font.pixelSize: Theme.fontSmall; font.weight: Font.DemiBold; color: Theme.textMuted }
        Text { textFormat: Text.PlainText; text: qsTr("In the app"); font.pixelSize: Theme.fontSmall; font.weight: Font.DemiBold; color: Theme.textMuted }
        Text { textFormat: Text.PlainText; text: qsTr("By e-mail"); font.pixelSize: Theme.fontSmall; font.weight: Font.DemiBold; color: Theme.textMuted }

        Repeater {
            model: settings.kinds
            delegate: Text {
                id: label
                required property var modelData
                required property int index
                Layout.row: index + 1
                Layout.column: 0
                Layout.fillWidth: true
                textFormat: Text.PlainText
                text: modelData.locked ? qsTr("%1 (always)").arg(modelData.label) : modelData.label
                font.pixelSize: Theme.fontBody
                color: Theme.text
                elide: Text.ElideRight
            }
        }
        Repeater {
            model: settings.kinds
            delegate: CheckBox {
                required property var modelData
                required property int index
                objectName: "inbox-" + modelData.kind
                Layout.row: index + 1
                Layout.column: 1
                Layout.alignment: Qt.AlignHCenter
                checked: modelData.inbox
                enabled: !modelData.locked
                onToggled: settings.setPref(modelData.kind, "inbox", checked)
                Accessible.name: qsTr("%1 in the app").arg(modelData.label)
            }
        }
        Repeater {
            model: settings.kinds
            delegate: CheckBox {
                required property var modelData
                required property int index
                objectName: "email-" + modelData.kind
                Layout.row: index + 1
                Layout.column: 2
                Layout.alignment: Qt.AlignHCenter
                checked: modelData.email
                enabled: !modelData.locked
                onToggled: settings.setPref(modelData.kind, "email", checked)
                Accessible.name: qsTr("%1 by e-mail").arg(modelData.label)
            }
        }
    }

    Rectangle { Layout.fillWidth: true; implicitHeight: 1; color: Theme.border }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.space3
        Text { Layout.preferredWidth: card.labelWidth; textFormat: Text.PlainText; text: qsTr("Booking reminder"); color: Theme.text; font.pixelSize: Theme.fontBody; wrapMode: Text.WordWrap }
        ComboBox {
            id: reminder
            objectName: "reminderBox"
            Layout.preferredWidth: 240
            model: [
                { minutes: 0, text: qsTr("No reminders") },
                { minutes: 10, text: qsTr("10 minutes before") },
                { minutes: 15, text: qsTr("15 minutes before") },
                { minutes: 30, text: qsTr("30 minutes before") },
                { minutes: 60, text: qsTr("1 hour before") },
                { minutes: 120, text: qsTr("2 hours before") },
                { minutes: 1440, text: qsTr("1 day before") }
            ]
            textRole: "text"
            valueRole: "minutes"
            // A lead set elsewhere (the command line) that is not on the list still shows.
            displayText: currentIndex >= 0 ? currentText : qsTr("%n minutes before", "", settings.reminderMinutes)
            currentIndex: count > 0 ? indexOfValue(settings.reminderMinutes) : -1
            onActivated: (index) => settings.setReminderMinutes(model[index].minutes)
            Accessible.name: qsTr("Booking reminder")
        }
        Text {
            Layout.fillWidth: true
            visible: settings.reminderFromDefault && !settings.everyone
            textFormat: Text.PlainText
            text: qsTr("The space's default")
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
            elide: Text.ElideRight
        }
        Item { Layout.fillWidth: true }
    }

    RowLayout {
        Layout.fillWidth: true
        visible: !settings.everyone
        spacing: Theme.space3
        Switch {
            id: quiet
            objectName: "quietSwitch"
            Layout.preferredWidth: card.labelWidth
            text: qsTr("Quiet hours")
            checked: settings.quietOn
            font.pixelSize: Theme.fontBody
            onToggled: checked ? settings.setQuietHours(quietFrom.currentValue, quietTo.currentValue) : settings.turnOffQuietHours()
            Accessible.name: qsTr("Quiet hours")
        }
        Text { textFormat: Text.PlainText; text: qsTr("from"); color: Theme.text; font.pixelSize: Theme.fontBody }
        ComboBox {
            id: quietFrom
            objectName: "quietFrom"
            Layout.preferredWidth: 120
            model: card.halfHours
            textRole: "text"
            valueRole: "value"
            currentIndex: count > 0 ? Math.max(0, indexOfValue(settings.quietOn ? settings.quietFrom : "22:00")) : -1
            onActivated: if (settings.quietOn) settings.setQuietHours(currentValue, quietTo.currentValue)
            Accessible.name: qsTr("Quiet hours start")
        }
        Text { textFormat: Text.PlainText; text: qsTr("to"); color: Theme.text; font.pixelSize: Theme.fontBody }
        ComboBox {
            id: quietTo
            objectName: "quietTo"
            Layout.preferredWidth: 120
            model: card.halfHours
            textRole: "text"
            valueRole: "value"
            currentIndex: count > 0 ? Math.max(0, indexOfValue(settings.quietOn ? settings.quietTo : "07:00")) : -1
            onActivated: if (settings.quietOn) settings.setQuietHours(quietFrom.currentValue, currentValue)
            Accessible.name: qsTr("Quiet hours end")
        }
        Item { Layout.fillWidth: true }
    }
    Text {
        Layout.fillWidth: true
        visible: !settings.everyone
        textFormat: Text.PlainText
        text: qsTr("During quiet hours notices wait in your inbox and arrive when they end (times in %1).").arg(settings.zoneName)
        font.pixelSize: Theme.fontSmall
        color: Theme.textMuted
        wrapMode: Text.WordWrap
    }

    Switch {
        objectName: "digestSwitch"
        visible: !settings.everyone
        text: qsTr("One e-mail a day (at 8:00) instead of one per notice")
        checked: settings.digest
        font.pixelSize: Theme.fontBody
        onToggled: settings.setDigest(checked)
        Accessible.name: text
    }
}
