import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium

// A new forum thread: a title and the first post, for this location or the whole network.
ColumnLayout {
    id: form

    signal posted(string threadId)
    signal closeRequested()

    onVisibleChanged: if (visible) { title.text = ""; body.text = ""; title.forceActiveFocus() }
    spacing: Theme.space3

    RowLayout {
        Layout.fillWidth: true
        Text {
            Layout.fillWidth: true
            textFormat: Text.PlainText
            text: qsTr("New thread")
            font.pixelSize: Theme.fontTitle
            font.weight: Font.DemiBold
            color: Theme.text
        }
        IconButton { iconName: "x-lg"; label: qsTr("Close"); onClicked: form.closeRequested() }
    }
    TextField {
        id: title
        objectName: "threadTitleField"
        Layout.fillWidth: true
        placeholderText: qsTr("Title")
        maximumLength: 200
        font.pixelSize: Theme.fontBody
        Accessible.name: qsTr("Title")
    }
    ScrollView {
        Layout.fillWidth: true
        Layout.fillHeight: true
        TextArea {
            id: body
            objectName: "threadBodyField"
            placeholderText: qsTr("Write your post. Mention someone with @ and their name.")
            wrapMode: TextEdit.Wrap
            font.pixelSize: Theme.fontBody
            Accessible.name: qsTr("Post")
        }
    }
    RowLayout {
        Layout.fillWidth: true
        CheckBox {
            id: everyone
            objectName: "threadEveryone"
            text: qsTr("For every location, not only %1").arg(AppController.locationName)
            font.pixelSize: Theme.fontBody
            Accessible.name: text
        }
        Item { Layout.fillWidth: true }
        AppButton {
            objectName: "postThread"
            primary: true
            enabled: title.text.trim().length > 0 && body.text.trim().length > 0
            text: qsTr("Post")
            onClicked: form.posted(Community.startThread(title.text, body.text, everyone.checked))
        }
    }
}
