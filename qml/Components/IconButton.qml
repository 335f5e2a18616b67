import QtQuick
import QtQuick.Controls
import Atrium

// A flat, square button with an icon and a tooltip that doubles as its accessible name.
ToolButton {
    id: control

    required property string iconName
    required property string label
    property color iconColor: Theme.text

    implicitWidth: Theme.controlHeight
    implicitHeight: Theme.controlHeight
    focusPolicy: Qt.StrongFocus
    Accessible.name: label
    ToolTip.visible: hovered && label.length > 0
    ToolTip.text: label
    ToolTip.delay: 500

    contentItem: Item {
        Icon {
            anchors.centerIn: parent
            name: control.iconName
            color: control.enabled ? control.iconColor : Theme.textMuted
        }
    }
    background: Rectangle {
        radius: Theme.radiusControl
        color: control.down ? Theme.border : control.hovered ? Theme.surfaceAlt : "transparent"
        border.width: control.visualFocus ? 2 : 0
        border.color: Theme.focusRing
    }
}
