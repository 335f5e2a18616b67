import QtQuick
import QtQuick.Controls
import Atrium

ApplicationWindow {
    id: window

    property alias shellLoader: shellLoader

    width: 1440
    height: 900
    minimumWidth: 960
    minimumHeight: 600
    visible: true
    title: AppController.signedIn ? qsTr("Atrium — %1").arg(AppController.locationName) : qsTr("Atrium")
    color: Theme.background
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontBody
    // Every control takes the Theme, in light and dark: combo boxes, text fields, their popups
    // and menus read these roles (Qt Quick Controls' Basic style), and the window passes them on.
    palette.window: Theme.background
    palette.windowText: Theme.text
    palette.base: Theme.surface
    palette.alternateBase: Theme.surfaceAlt
    palette.text: Theme.text
    palette.button: Theme.surface
    palette.buttonText: Theme.text
    palette.brightText: Theme.primaryText
    palette.highlight: Theme.primary
    palette.highlightedText: Theme.primaryText
    palette.placeholderText: Theme.textMuted
    palette.toolTipBase: Theme.surfaceAlt
    palette.toolTipText: Theme.text
    palette.light: Theme.surfaceAlt
    palette.midlight: Theme.border
    palette.mid: Theme.border
    palette.dark: Theme.textMuted
    palette.shadow: Theme.shade

    Binding {
        target: Theme
        property: "dark"
        value: Preferences.dark // the user's choice in Settings, or --dark for this run
    }

    Loader {
        id: shellLoader
        anchors.fill: parent
        sourceComponent: AppController.signedIn ? shellComponent : signInComponent
    }
    Component { id: shellComponent; ShellPage { } }
    Component { id: signInComponent; SignInPage { } }
}
