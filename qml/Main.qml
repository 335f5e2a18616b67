import QtQuick
import QtQuick.Controls
import Atrium

ApplicationWindow {
    id: window

    property alias shellLoader: shellLoader
    // Set from C++ (--dark, tests); the Theme follows it.
    property bool darkMode: false

    width: 1440
    height: 900
    minimumWidth: 960
    minimumHeight: 600
    visible: true
    title: AppController.signedIn ? qsTr("Atrium — %1").arg(AppController.locationName) : qsTr("Atrium")
    color: Theme.background
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontBody

    Binding {
        target: Theme
        property: "dark"
        value: window.darkMode
    }

    Loader {
        id: shellLoader
        anchors.fill: parent
        sourceComponent: AppController.signedIn ? shellComponent : signInComponent
    }
    Component { id: shellComponent; ShellPage { } }
    Component { id: signInComponent; SignInPage { } }
}
