pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium

// The booking rules set at one level: this location, a kind of space, or one space. Empty means
// "as the level above says"; what a space follows is its levels together, most particular last.
// Only administrators change them (the server's rule); the front desk reads them.
Rectangle {
    id: form

    property var spaces: null // AdminSpacesModel
    readonly property var levels: [ { key: "location", name: qsTr("This location") }, { key: "kind", name: qsTr("A kind of space") },
                                    { key: "resource", name: qsTr("One space") } ]
    readonly property string level: levelBox.currentValue || "location"
    readonly property string target: level === "location" ? AppController.locationId
                                   : level === "kind" ? (kindBox.currentValue || "")
                                   : (spaceBox.currentValue || "")
    property var original: Admin.rules(level, target)
    // What each rule is without this level: its value and the level it comes from.
    property var above: Admin.inherited(level, target)
    onTargetChanged: { original = Admin.rules(level, target); above = Admin.inherited(level, target); result = ""; op = "" }
    readonly property var numbers: [
        { key: "maxMinutes", label: qsTr("Longest booking (minutes)") },
        { key: "minMinutes", label: qsTr("Shortest booking (minutes)") },
        { key: "maxDaysAhead", label: qsTr("Members book up to (days ahead)") },
        { key: "minLeadMinutes", label: qsTr("Members book at least (minutes before)") },
        { key: "cancelDeadlineMinutes", label: qsTr("Members cancel up to (minutes before)") },
        { key: "checkInBeforeMinutes", label: qsTr("Check-in opens (minutes before)") },
        { key: "graceMinutes", label: qsTr("Released if nobody checks in (minutes after the start)") },
        { key: "bufferMinutes", label: qsTr("Free between bookings (minutes)") } ]
    property var edits: ({})
    function current() {
        const out = {}
        for (const n of numbers)
            out[n.key] = edits[n.key] !== undefined ? edits[n.key] : original[n.key]
        out.approvalRequired = approval.currentValue
        return out
    }
    // edits is replaced (not changed in place) as fields change, so this is worked out again.
    readonly property string problem: Admin.rulesProblem(current())
    property string result: ""
    property string op: ""

    color: Theme.surface
    radius: Theme.radiusCard
    border.color: Theme.border
    implicitHeight: column.implicitHeight + 2 * Theme.space4

    ColumnLayout {
        id: column
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.space4 }
        spacing: Theme.space2

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.space2
            ComboBox {
                id: levelBox
                objectName: "rulesLevel"
                implicitWidth: 200
                model: form.levels
                textRole: "name"
                valueRole: "key"
                Accessible.name: qsTr("Level")
            }
            ComboBox {
                id: kindBox
                objectName: "rulesKind"
                visible: form.level === "kind"
                implicitWidth: 200
                model: Admin.kindChoices()
                textRole: "name"
                valueRole: "key"
                Accessible.name: qsTr("Kind")
            }
            ComboBox {
                id: spaceBox
                objectName: "rulesSpace"
                visible: form.level === "resource"
                implicitWidth: 220
                model: form.spaces
                textRole: "name"
                valueRole: "id"
                Accessible.name: qsTr("Space")
            }
            Item { Layout.fillWidth: true }
        }
        Text {
            Layout.fillWidth: true
            textFormat: Text.PlainText
            wrapMode: Text.WordWrap
            text: qsTr("Leave a rule empty to take it from the level above. The front desk is held to the length, grid and opening-hours rules too; the others are for members.")
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
        }
        GridLayout {
            Layout.fillWidth: true
            columns: form.width > 980 ? 2 : 1
            columnSpacing: Theme.space5
            rowSpacing: Theme.space2
            Repeater {
                model: form.numbers
                delegate: RowLayout {
                    id: rule
                    required property var modelData
                    Layout.fillWidth: true
                    Label { textFormat: Text.PlainText; Layout.fillWidth: true; text: rule.modelData.label; color: Theme.textMuted; elide: Text.ElideRight }
                    TextField {
                        id: field
                        objectName: "rule-" + rule.modelData.key
                        implicitWidth: 90
                        enabled: Admin.canEditLocation
                        text: form.original[rule.modelData.key] || ""
                        inputMethodHints: Qt.ImhDigitsOnly
                        Accessible.name: rule.modelData.label
                        Accessible.description: label.text
                        onTextEdited: {
                            const next = Object.assign({}, form.edits)
                            next[rule.modelData.key] = text
                            form.edits = next
                        }
                    }
                    // Empty here, this is what applies.
                    Label {
                        id: label
                        objectName: "ruleAbove-" + rule.modelData.key
                        readonly property string above: form.above[rule.modelData.key] || ""
                        textFormat: Text.PlainText
                        Layout.preferredWidth: 190
                        text: field.text.length > 0 ? (above.length > 0 ? qsTr("instead of %1").arg(above) : "")
                                                    : above.length > 0 ? qsTr("as above: %1").arg(above) : qsTr("no limit above")
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textMuted
                        elide: Text.ElideRight
                    }
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.space2
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: qsTr("Members' bookings wait for the front desk's approval")
                color: Theme.textMuted
                elide: Text.ElideRight
            }
            // Yes or no here, or as the level above says.
            ComboBox {
                id: approval
                objectName: "ruleApproval"
                implicitWidth: 260
                enabled: Admin.canEditLocation
                model: [ { key: "", name: qsTr("As above: %1").arg(form.above.approvalRequired || "") },
                         { key: "yes", name: qsTr("Yes") }, { key: "no", name: qsTr("No") } ]
                textRole: "name"
                valueRole: "key"
                currentIndex: form.original.approvalRequired === "yes" ? 1 : form.original.approvalRequired === "no" ? 2 : 0
                Accessible.name: qsTr("Approval")
            }
        }
        Text {
            objectName: "rulesProblem"
            Layout.fillWidth: true
            visible: text.length > 0
            textFormat: Text.PlainText
            wrapMode: Text.WordWrap
            text: form.problem
            color: Theme.danger
        }
        Text {
            objectName: "rulesResult"
            Layout.fillWidth: true
            visible: text.length > 0
            textFormat: Text.PlainText
            wrapMode: Text.WordWrap
            text: !Admin.canEditLocation ? qsTr("Only an administrator changes the rules.")
                  : form.result.length > 0 ? form.result : Admin.opStatus(form.op, AppController.pendingCount, AppController.rejectedCount)
            color: Theme.textMuted
        }
        RowLayout {
            Layout.fillWidth: true
            Item { Layout.fillWidth: true }
            AppButton {
                objectName: "rulesSave"
                primary: true
                visible: Admin.canEditLocation
                enabled: form.problem.length === 0 && form.target.length > 0
                text: qsTr("Save rules")
                onClicked: {
                    const why = Admin.saveRules(form.level, form.target, form.current())
                    form.result = why
                    form.op = why.length > 0 ? "" : Admin.lastOp()
                    if (why.length === 0) form.edits = ({})
                }
            }
        }
    }
}
