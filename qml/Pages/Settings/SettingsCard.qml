import QtQuick
import QtQuick.Layouts
import Atrium

// One group of settings: a title, a sentence saying what it is for, and its controls below.
Rectangle {
    id: card

    property string title
    property string description
    property string iconName
    default property alias content: body.data

    color: Theme.surface
    radius: Theme.radiusCard
    border.color: Theme.border
    implicitHeight: column.implicitHeight + 2 * Theme.space4
    Accessible.role: Accessible.Grouping
    Accessible.name: title

    ColumnLayout {
        id: column
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.space4 }
        spacing: Theme.space3

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.space2
            Icon { name: card.iconName; color: Theme.textMuted }
            Text {
                Layout.fillWidth: true
                textFormat: Text.PlainText
                text: card.title
                font.pixelSize: Theme.fontLarge
                font.weight: Font.DemiBold
                color: Theme.text
                elide: Text.ElideRight
                Accessible.role: Accessible.Heading
            }
        }
        Text {
            Layout.fillWidth: true
            visible: card.description.length > 0
            textFormat: Text.PlainText
            text: card.description
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
            wrapMode: Text.WordWrap
        }
        ColumnLayout {
            id: body
            Layout.fillWidth: true
            spacing: Theme.space3
        }
    }
}
