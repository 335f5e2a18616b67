import QtQuick
import QtQuick.Layouts
import Atrium

// Tells the author, in place, that the server refused their change, why, and what to do instead.
Rectangle {
    id: banner

    readonly property var rejection: AppController.rejection

    visible: rejection.id !== undefined
    implicitHeight: visible ? content.implicitHeight + 2 * Theme.space3 : 0
    radius: Theme.radiusCard
    color: Theme.surface
    border.width: 2
    border.color: Theme.danger
    Accessible.role: Accessible.AlertMessage
    Accessible.name: (rejection.title || "") + " " + (rejection.reason || "")

    RowLayout {
        id: content
        anchors { fill: parent; margins: Theme.space3 }
        spacing: Theme.space3
        Icon {
            Layout.alignment: Qt.AlignTop
            name: "exclamation-triangle-fill"
            color: Theme.danger
            size: 20
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.space1
            Text {
                Layout.fillWidth: true
                text: banner.rejection.title || ""
                textFormat: Text.PlainText
                font.pixelSize: Theme.fontBody
                font.weight: Font.DemiBold
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            Text {
                Layout.fillWidth: true
                text: banner.rejection.reason || ""
                textFormat: Text.PlainText
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
                wrapMode: Text.WordWrap
            }
            Flow {
                Layout.fillWidth: true
                Layout.topMargin: Theme.space1
                spacing: Theme.space2
                visible: (banner.rejection.alternatives || []).length > 0
                Text {
                    textFormat: Text.PlainText
                    height: Theme.controlHeight
                    verticalAlignment: Text.AlignVCenter
                    text: qsTr("Book instead:")
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                }
                Repeater {
                    model: banner.rejection.alternatives || []
                    delegate: AppButton {
                        required property var modelData
                        required property int index
                        text: modelData.text
                        primary: index === 0
                        onClicked: AppController.bookAlternative(index)
                    }
                }
            }
        }
        IconButton {
            Layout.alignment: Qt.AlignTop
            iconName: "x-lg"
            label: qsTr("Dismiss")
            onClicked: AppController.dismissRejection()
        }
    }
}
