pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium

// Admin (staff): the chosen location's spaces (add, edit, retire), its booking rules per level,
// and the location itself. Every edit is checked as the server will check it before it is sent,
// and waits in the outbox like any change when offline.
Item {
    id: page

    property string tab: "spaces"
    property string chosen: ""
    AdminSpacesModel { id: spaces }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.space3

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.space2
            Text {
                textFormat: Text.PlainText
                text: qsTr("Admin · %1").arg(AppController.locationName)
                font.pixelSize: Theme.fontTitle
                font.weight: Font.DemiBold
                color: Theme.text
                Layout.rightMargin: Theme.space3
            }
            TabChip { objectName: "adminSpaces"; text: qsTr("Spaces"); count: spaces.count; checked: page.tab === "spaces"; onClicked: page.tab = "spaces" }
            TabChip { objectName: "adminRules"; text: qsTr("Booking rules"); checked: page.tab === "rules"; onClicked: page.tab = "rules" }
            TabChip { objectName: "adminLocation"; text: qsTr("Location"); checked: page.tab === "location"; onClicked: page.tab = "location" }
            Item { Layout.fillWidth: true }
            AppButton {
                objectName: "adminNewSpace"
                visible: page.tab === "spaces"
                text: qsTr("New space")
                onClicked: { page.chosen = ""; spaceForm.reload() }
            }
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: page.tab === "rules" ? 1 : page.tab === "location" ? 2 : 0

            RowLayout {
                spacing: Theme.space4
                Rectangle {
                    Layout.fillHeight: true
                    Layout.preferredWidth: 420
                    radius: Theme.radiusCard
                    color: Theme.surface
                    border.color: Theme.border
                    clip: true
                    ListView {
                        id: list
                        objectName: "adminSpaceList"
                        anchors { fill: parent; margins: 1 }
                        model: spaces
                        clip: true
                        ScrollBar.vertical: ScrollBar { }
                        delegate: ItemDelegate {
                            id: line
                            required property string id
                            required property string name
                            required property string kindName
                            required property int capacity
                            required property string area
                            required property bool active
                            required property bool pending
                            objectName: "adminSpace-" + id
                            width: ListView.view.width
                            highlighted: page.chosen === id
                            opacity: active ? 1 : 0.6
                            onClicked: page.chosen = id
                            background: Rectangle {
                                color: line.highlighted ? Qt.rgba(Theme.primary.r, Theme.primary.g, Theme.primary.b, 0.12)
                                                        : line.hovered ? Theme.surfaceAlt : "transparent"
                                Rectangle { visible: line.highlighted; width: 3; height: parent.height; color: Theme.primary }
                            }
                            contentItem: ColumnLayout {
                                spacing: 0
                                RowLayout {
                                    Text {
                                        Layout.fillWidth: true
                                        textFormat: Text.PlainText
                                        text: line.name
                                        elide: Text.ElideRight
                                        font.pixelSize: Theme.fontBody
                                        font.weight: Font.DemiBold
                                        font.strikeout: !line.active
                                        color: Theme.text
                                    }
                                    Icon { visible: line.pending; name: "clock"; size: 12; color: Theme.primary }
                                }
                                Text {
                                    Layout.fillWidth: true
                                    textFormat: Text.PlainText
                                    text: (line.active ? "" : qsTr("Retired") + " · ") + qsTr("%1 · %n seat(s)", "", line.capacity).arg(line.kindName)
                                          + (line.area ? " · " + line.area : "")
                                    elide: Text.ElideRight
                                    font.pixelSize: Theme.fontSmall
                                    color: Theme.textMuted
                                }
                            }
                        }
                    }
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.alignment: Qt.AlignTop
                    SpaceForm {
                        id: spaceForm
                        objectName: "spaceForm"
                        Layout.fillWidth: true
                        spaceId: page.chosen
                    }
                    Item { Layout.fillHeight: true }
                }
            }

            ColumnLayout {
                RulesForm { objectName: "rulesForm"; Layout.fillWidth: true; Layout.maximumWidth: 900; spaces: spaces }
                Item { Layout.fillHeight: true }
            }

            ColumnLayout {
                Rectangle {
                    id: locationCard
                    Layout.fillWidth: true
                    Layout.maximumWidth: 700
                    property var original: Admin.location()
                    readonly property var current: ({ id: original.id || "", name: locName.text, timezone: locZone.text, address: locAddress.text,
                                                      opens: locOpens.text, closes: locCloses.text })
                    readonly property string problem: Admin.locationProblem(current)
                    property string result: ""
                    property string op: ""
                    Connections { target: AppController; function onLocationChanged() { locationCard.original = Admin.location() } }
                    color: Theme.surface
                    radius: Theme.radiusCard
                    border.color: Theme.border
                    implicitHeight: locColumn.implicitHeight + 2 * Theme.space4
                    ColumnLayout {
                        id: locColumn
                        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.space4 }
                        spacing: Theme.space2
                        GridLayout {
                            Layout.fillWidth: true
                            columns: 2
                            columnSpacing: Theme.space3
                            rowSpacing: Theme.space2
                            enabled: Admin.canEditLocation
                            Label { textFormat: Text.PlainText; text: qsTr("Name"); color: Theme.textMuted }
                            TextField { id: locName; objectName: "locationName"; Layout.fillWidth: true; text: locationCard.original.name || "" }
                            Label { textFormat: Text.PlainText; text: qsTr("Time zone"); color: Theme.textMuted }
                            TextField { id: locZone; objectName: "locationZone"; Layout.fillWidth: true; text: locationCard.original.timezone || ""; placeholderText: "Europe/Madrid" }
                            Label { textFormat: Text.PlainText; text: qsTr("Address"); color: Theme.textMuted }
                            TextField { id: locAddress; Layout.fillWidth: true; text: locationCard.original.address || "" }
                            Label { textFormat: Text.PlainText; text: qsTr("Opens"); color: Theme.textMuted }
                            TextField { id: locOpens; objectName: "locationOpens"; Layout.fillWidth: true; text: locationCard.original.opens || ""; placeholderText: "08:00" }
                            Label { textFormat: Text.PlainText; text: qsTr("Closes"); color: Theme.textMuted }
                            TextField { id: locCloses; objectName: "locationCloses"; Layout.fillWidth: true; text: locationCard.original.closes || ""; placeholderText: "20:00" }
                        }
                        Text {
                            objectName: "locationProblem"
                            Layout.fillWidth: true
                            visible: text.length > 0
                            textFormat: Text.PlainText
                            wrapMode: Text.WordWrap
                            text: locationCard.problem
                            color: Theme.danger
                        }
                        Text {
                            Layout.fillWidth: true
                            visible: text.length > 0
                            textFormat: Text.PlainText
                            wrapMode: Text.WordWrap
                            text: !Admin.canEditLocation ? qsTr("Only an administrator changes the location.")
                                  : locationCard.result.length > 0 ? locationCard.result
                                  : Admin.opStatus(locationCard.op, AppController.pendingCount, AppController.rejectedCount)
                            color: Theme.textMuted
                        }
                        RowLayout {
                            Layout.fillWidth: true
                            Item { Layout.fillWidth: true }
                            AppButton {
                                objectName: "locationSave"
                                primary: true
                                visible: Admin.canEditLocation
                                enabled: locationCard.problem.length === 0
                                text: qsTr("Save location")
                                onClicked: {
                                    const why = Admin.saveLocation(locationCard.current)
                                    locationCard.result = why
                                    locationCard.op = why.length > 0 ? "" : Admin.lastOp()
                                }
                            }
                        }
                    }
                }
                Item { Layout.fillHeight: true }
            }
        }
    }
}
