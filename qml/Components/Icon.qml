import QtQuick
import QtQuick.Layouts
import Atrium

// A bundled Bootstrap icon, tinted through the icon image provider.
Image {
    id: icon

    required property string name
    property color color: Theme.text
    property int size: 16

    width: size
    height: size
    Layout.preferredWidth: size
    Layout.preferredHeight: size
    sourceSize { width: size * 2; height: size * 2 }
    source: name.length > 0 ? "image://icon/" + name + "?color=" + encodeURIComponent(color.toString()) : ""
    fillMode: Image.PreserveAspectFit
    smooth: true
    Accessible.ignored: true
}
