pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium

// Language, theme and starting at login: each takes effect at once and is kept for this profile.
SettingsCard {
    id: card

    title: qsTr("Language and appearance")
    iconName: "display"

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.space3
        Text { Layout.preferredWidth: 120; textFormat: Text.PlainText; text: qsTr("Language"); color: Theme.text; font.pixelSize: Theme.fontBody }
        ComboBox {
            id: language
            objectName: "languageBox"
            Layout.preferredWidth: 220
            // Each language named in itself, so anyone can find theirs.
            model: [ { code: "en", name: "English" }, { code: "es", name: "Español" } ]
            textRole: "name"
            valueRole: "code"
            currentIndex: count > 0 ? indexOfValue(Preferences.language) : -1
            onActivated: (index) => Preferences.language = model[index].code
            Accessible.name: qsTr("Language")
        }
        Item { Layout.fillWidth: true }
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.space3
        Text { Layout.preferredWidth: 120; textFormat: Text.PlainText; text: qsTr("Theme"); color: Theme.text; font.pixelSize: Theme.fontBody }
        Repeater {
            model: [ { key: "light", label: qsTr("Light") }, { key: "dark", label: qsTr("Dark") }, { key: "system", label: qsTr("Like the system") } ]
            delegate: RadioButton {
                required property var modelData
                objectName: "theme-" + modelData.key
                text: modelData.label
                checked: Preferences.theme === modelData.key
                onClicked: Preferences.theme = modelData.key
                font.pixelSize: Theme.fontBody
                Accessible.name: modelData.label
            }
        }
        Item { Layout.fillWidth: true }
    }
    Switch {
        objectName: "startAtLogin"
        visible: Preferences.startAtLoginProblem.length === 0
        text: qsTr("Start Atrium when I log in to this computer")
        checked: Preferences.startAtLogin
        onClicked: Preferences.startAtLogin = checked
        font.pixelSize: Theme.fontBody
        Accessible.name: text
    }
    Text {
        Layout.fillWidth: true
        visible: Preferences.startAtLoginProblem.length > 0
        textFormat: Text.PlainText
        text: Preferences.startAtLoginProblem
        font.pixelSize: Theme.fontSmall
        color: Theme.textMuted
        wrapMode: Text.WordWrap
    }
}
