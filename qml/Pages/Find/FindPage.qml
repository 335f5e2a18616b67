pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium

// Find a space, time first: when, how many people, what it needs; then what is free, best fit
// first, on a list and on the floor plan, and book it from the line. Taken spaces offer their
// waitlist. From the local cache, so offline too (a booking made offline is sent later).
Item {
    id: page

    // Staff book for a member: the booking dialog, on that day and time.
    signal bookRequested(string resourceId, int dayOffset, int startMinute)

    FindSpaceModel { id: found }

    readonly property var minutes: {
        const out = []
        for (let m = 0; m <= 24 * 60; m += 15)
            out.push({ minute: m, label: AppController.minuteText(m % (24 * 60)) })
        return out
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.space4

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.space3
            Text {
                textFormat: Text.PlainText
                text: qsTr("Find a space")
                font.pixelSize: Theme.fontHeadline
                font.weight: Font.DemiBold
                color: Theme.text
            }
            Text {
                objectName: "findWhen"
                Layout.fillWidth: true
                textFormat: Text.PlainText
                text: found.whenText
                font.pixelSize: Theme.fontLarge
                color: Theme.textMuted
                elide: Text.ElideRight
            }
        }

        // The question: when, for how many, with what.
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: query.implicitHeight + 2 * Theme.space4
            color: Theme.surface
            radius: Theme.radiusCard
            border.color: Theme.border

            ColumnLayout {
                id: query
                anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.space4 }
                spacing: Theme.space3

                RowLayout {
                    spacing: Theme.space3
                    Label { textFormat: Text.PlainText; text: qsTr("Day"); color: Theme.text; font.pixelSize: Theme.fontBody }
                    ComboBox {
                        objectName: "findDay"
                        Layout.preferredWidth: 150
                        model: found.dayChoices
                        textRole: "label"
                        valueRole: "offset"
                        currentIndex: count > 0 ? found.dayOffset : -1
                        onActivated: (index) => found.dayOffset = index
                        Accessible.name: qsTr("Day")
                    }
                    Label { textFormat: Text.PlainText; text: qsTr("From"); color: Theme.text; font.pixelSize: Theme.fontBody }
                    ComboBox {
                        objectName: "findFrom"
                        Layout.preferredWidth: 120
                        model: page.minutes.slice(0, page.minutes.length - 1)
                        textRole: "label"
                        valueRole: "minute"
                        currentIndex: count > 0 ? indexOfValue(found.startMinute) : -1
                        onActivated: (index) => {
                            const length = found.endMinute - found.startMinute
                            found.startMinute = page.minutes[index].minute
                            found.endMinute = Math.min(found.startMinute + length, 24 * 60)
                        }
                        Accessible.name: qsTr("From")
                    }
                    Label { textFormat: Text.PlainText; text: qsTr("To"); color: Theme.text; font.pixelSize: Theme.fontBody }
                    ComboBox {
                        objectName: "findTo"
                        Layout.preferredWidth: 120
                        model: page.minutes.slice(1)
                        textRole: "label"
                        valueRole: "minute"
                        currentIndex: count > 0 ? indexOfValue(found.endMinute) : -1
                        onActivated: (index) => found.endMinute = page.minutes[index + 1].minute
                        Accessible.name: qsTr("To")
                    }
                    Label { textFormat: Text.PlainText; text: qsTr("People"); color: Theme.text; font.pixelSize: Theme.fontBody }
                    SpinBox {
                        objectName: "findPeople"
                        from: 1
                        to: 100
                        value: found.people
                        editable: true
                        onValueModified: found.people = value
                        Accessible.name: qsTr("People")
                    }
                    Label { textFormat: Text.PlainText; text: qsTr("Kind"); color: Theme.text; font.pixelSize: Theme.fontBody }
                    ComboBox {
                        objectName: "findKind"
                        Layout.preferredWidth: 170
                        model: [ { key: "", label: qsTr("Any space") }, { key: "meeting_room", label: qsTr("Meeting room") },
                                 { key: "hot_desk", label: qsTr("Hot desk") }, { key: "phone_booth", label: qsTr("Phone booth") },
                                 { key: "private_office", label: qsTr("Private office") } ]
                        textRole: "label"
                        valueRole: "key"
                        currentIndex: count > 0 ? indexOfValue(found.kind) : -1
                        onActivated: (index) => found.kind = model[index].key
                        Accessible.name: qsTr("Kind")
                    }
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.space2
                    Label { textFormat: Text.PlainText; text: qsTr("With"); color: Theme.text; font.pixelSize: Theme.fontBody; height: 32; verticalAlignment: Text.AlignVCenter }
                    Repeater {
                        model: found.featureChoices
                        delegate: TabChip {
                            required property var modelData
                            objectName: "feature-" + modelData.key
                            text: modelData.name
                            checked: found.features.indexOf(modelData.key) >= 0
                            onClicked: {
                                const list = found.features.slice()
                                const at = list.indexOf(modelData.key)
                                if (at >= 0)
                                    list.splice(at, 1)
                                else
                                    list.push(modelData.key)
                                found.features = list
                            }
                        }
                    }
                }
            }
        }

        // What came of the last booking made here.
        Rectangle {
            objectName: "findResult"
            property string state: found.lastBooking.state || ""
            Layout.fillWidth: true
            visible: state.length > 0
            implicitHeight: resultRow.implicitHeight + 2 * Theme.space3
            radius: Theme.radiusControl
            color: Theme.surface
            border.color: state === "confirmed" ? Theme.success : state === "rejected" ? Theme.danger : Theme.border
            RowLayout {
                id: resultRow
                anchors { fill: parent; margins: Theme.space3 }
                spacing: Theme.space2
                Icon {
                    name: parent.parent.state === "confirmed" ? "check-circle-fill" : parent.parent.state === "rejected" ? "exclamation-circle-fill" : "hourglass-split"
                    color: parent.parent.state === "confirmed" ? Theme.success : parent.parent.state === "rejected" ? Theme.danger : Theme.textMuted
                }
                Text {
                    objectName: "findResultText"
                    Layout.fillWidth: true
                    textFormat: Text.PlainText
                    text: parent.parent.state === "confirmed" ? qsTr("Booked: %1.").arg(found.lastBooking.text)
                        : parent.parent.state === "rejected" ? qsTr("Not booked: %1. The reason is in the sync chip.").arg(found.lastBooking.text)
                        : qsTr("Booking %1: not confirmed by the server yet.").arg(found.lastBooking.text)
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                    wrapMode: Text.WordWrap
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.space4

            Rectangle {
                Layout.fillWidth: true
                Layout.fillHeight: true
                color: Theme.surface
                radius: Theme.radiusCard
                border.color: Theme.border

                ColumnLayout {
                    anchors { fill: parent; margins: Theme.space3 }
                    spacing: Theme.space2
                    RowLayout {
                        Layout.fillWidth: true
                        Text {
                            Layout.fillWidth: true
                            textFormat: Text.PlainText
                            text: qsTr("%n free", "", found.freeCount)
                            font.pixelSize: Theme.fontLarge
                            font.weight: Font.DemiBold
                            color: Theme.text
                        }
                        TextField {
                            id: titleField
                            objectName: "findTitle"
                            Layout.preferredWidth: 260
                            placeholderText: qsTr("What for (optional)")
                            font.pixelSize: Theme.fontBody
                            Accessible.name: qsTr("What for")
                        }
                    }
                    ListView {
                        id: list
                        objectName: "findList"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        visible: count > 0
                        clip: true
                        model: found
                        boundsBehavior: Flickable.StopAtBounds
                        ScrollBar.vertical: ScrollBar { }
                        delegate: SpaceResult {
                            width: ListView.view.width
                            onBookClicked: (id) => {
                                if (AppController.isStaff)
                                    page.bookRequested(id, found.dayOffset, found.startMinute)
                                else
                                    found.book(id, titleField.text)
                            }
                            onWaitClicked: (id) => found.joinWaitlist(id)
                        }
                    }
                    Text {
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        visible: list.count === 0
                        textFormat: Text.PlainText
                        wrapMode: Text.WordWrap
                        text: qsTr("No space here fits %n people with all of that. Try fewer features, another kind, or another location.", "", found.people)
                        font.pixelSize: Theme.fontBody
                        color: Theme.textMuted
                    }
                }
            }

            FloorPlan {
                Layout.preferredWidth: 420
                Layout.fillHeight: true
                spaces: found.plan
            }
        }
    }
}
