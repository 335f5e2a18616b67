import QtQuick
import QtQuick.Controls
import Atrium

// The one push button: primary (filled) or secondary (outlined), with a visible focus ring.
Button {
    id: control

    property bool primary: false
    property bool danger: false

    implicitHeight: Theme.controlHeight
    leftPadding: Theme.space4
    rightPadding: Theme.space4
    font.pixelSize: Theme.fontBody
    font.weight: Font.DemiBold
    Accessible.name: text

    contentItem: Text {
        textFormat: Text.PlainText
        text: control.text
        font: control.font
        color: control.primary ? Theme.primaryText : (control.danger ? Theme.danger : Theme.text)
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
        opacity: control.enabled ? 1 : 0.5
    }
    background: Rectangle {
        radius: Theme.radiusControl
        color: control.primary ? (control.down ? Qt.darker(Theme.primary, 1.2) : Theme.primary)
                               : (control.down ? Theme.border : control.hovered ? Theme.surfaceAlt : Theme.surface)
        border.width: control.visualFocus ? 2 : (control.primary ? 0 : 1)
        border.color: control.visualFocus ? Theme.focusRing : (control.danger ? Theme.danger : Theme.border)
        opacity: control.enabled ? 1 : 0.6
    }
}
