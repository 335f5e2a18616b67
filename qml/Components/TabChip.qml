import QtQuick
import QtQuick.Controls
import Atrium

// One tab of a page's lists: its name and how many lines it has.
AbstractButton {
    id: chip

    property int count: 0

    checkable: false
    implicitHeight: 32
    leftPadding: Theme.space3
    rightPadding: Theme.space3
    Accessible.role: Accessible.PageTab
    Accessible.name: count > 0 ? qsTr("%1, %2").arg(text).arg(count) : text
    Accessible.checked: checked

    contentItem: Text {
        textFormat: Text.PlainText
        text: chip.count > 0 ? qsTr("%1 · %2", "tab name · count").arg(chip.text).arg(chip.count) : chip.text
        font.pixelSize: Theme.fontBody
        font.weight: Font.DemiBold
        color: chip.checked ? Theme.primary : Theme.textMuted
        verticalAlignment: Text.AlignVCenter
    }
    background: Rectangle {
        radius: Theme.radiusControl
        color: chip.checked ? Qt.rgba(Theme.primary.r, Theme.primary.g, Theme.primary.b, 0.12)
                            : chip.hovered ? Theme.surfaceAlt : "transparent"
        border.width: chip.visualFocus ? 2 : 0
        border.color: Theme.focusRing
    }
}
