pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium

// The desk's notes about a member (staff alone read them): a box to write one, then every note,
// newest first, each with who wrote it and when, to edit or remove. Ctrl+Enter saves.
ColumnLayout {
    id: notes

    required property MemberProfile profile
    required property MemberNotesModel model
    // The note being edited in place ("" for none) and the one asked to be removed.
    property string editing: ""
    property string removing: ""
    property string problem: ""

    spacing: Theme.space2

    function save() {
        problem = profile.saveNote("", composer.text)
        if (problem.length === 0)
            composer.clear()
    }

    onProfileChanged: { editing = ""; removing = ""; problem = "" }
    Connections {
        target: notes.profile
        function onMemberIdChanged() { notes.editing = ""; notes.removing = ""; notes.problem = ""; composer.clear() }
    }

    ScrollView {
        Layout.fillWidth: true
        Layout.preferredHeight: Math.min(140, Math.max(64, composer.implicitHeight))
        TextArea {
            id: composer
            objectName: "noteComposer"
            placeholderText: qsTr("Add a note for the desk: members never see notes")
            wrapMode: TextEdit.Wrap
            textFormat: TextEdit.PlainText
            font.pixelSize: Theme.fontBody
            color: Theme.text
            placeholderTextColor: Theme.textMuted
            Accessible.name: qsTr("New note")
            onTextChanged: notes.problem = ""
            Keys.onPressed: (event) => {
                if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter) && (event.modifiers & Qt.ControlModifier)) {
                    notes.save()
                    event.accepted = true
                }
            }
            background: Rectangle {
                radius: Theme.radiusControl
                color: Theme.surface
                border.color: composer.activeFocus ? Theme.focusRing : Theme.border
                border.width: composer.activeFocus ? 2 : 1
            }
        }
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.space2
        Text {
            objectName: "noteProblem"
            Layout.fillWidth: true
            textFormat: Text.PlainText
            wrapMode: Text.WordWrap
            text: notes.problem.length > 0 ? notes.problem
                : composer.length > notes.profile.noteLimit() - 200
                  ? qsTr("%1 of %2 characters").arg(composer.length).arg(notes.profile.noteLimit()) : ""
            font.pixelSize: Theme.fontSmall
            color: notes.problem.length > 0 || composer.length > notes.profile.noteLimit() ? Theme.danger : Theme.textMuted
        }
        AppButton {
            objectName: "noteSave"
            primary: true
            enabled: composer.text.trim().length > 0
            text: qsTr("Save note")
            onClicked: notes.save()
        }
    }

    ListView {
        id: list
        objectName: "noteList"
        Layout.fillWidth: true
        Layout.fillHeight: true
        visible: count > 0
        clip: true
        spacing: Theme.space2
        model: notes.model
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar { }
        delegate: Rectangle {
            id: note
            required property var model
            readonly property string noteId: model.id
            required property string text
            required property string byline
            required property bool pending
            readonly property bool editingThis: notes.editing === noteId

            width: ListView.view.width
            implicitHeight: column.implicitHeight + 2 * Theme.space3
            radius: Theme.radiusControl
            color: Theme.surfaceAlt
            border.color: note.pending ? Theme.warning : Theme.border
            Accessible.role: Accessible.ListItem
            Accessible.name: note.text + ", " + note.byline

            ColumnLayout {
                id: column
                anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.space3 }
                spacing: Theme.space1
                Text {
                    objectName: "noteText"
                    Layout.fillWidth: true
                    visible: !note.editingThis
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    text: note.text
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                }
                TextArea {
                    id: editor
                    objectName: "noteEditor"
                    Layout.fillWidth: true
                    visible: note.editingThis
                    wrapMode: TextEdit.Wrap
                    textFormat: TextEdit.PlainText
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                    Accessible.name: qsTr("Edit note")
                    Keys.onEscapePressed: notes.editing = ""
                    Keys.onPressed: (event) => {
                        if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter) && (event.modifiers & Qt.ControlModifier)) {
                            saveEdit.clicked()
                            event.accepted = true
                        }
                    }
                    background: Rectangle {
                        radius: Theme.radiusControl
                        color: Theme.surface
                        border.color: Theme.focusRing
                        border.width: 2
                    }
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.space2
                    Text {
                        Layout.fillWidth: true
                        textFormat: Text.PlainText
                        text: notes.removing === note.noteId ? qsTr("Remove this note for everyone at the desk?") : note.byline
                        font.pixelSize: Theme.fontSmall
                        color: notes.removing === note.noteId ? Theme.warning : Theme.textMuted
                        elide: Text.ElideRight
                    }
                    AppButton {
                        objectName: "noteEdit"
                        visible: !note.editingThis && notes.removing !== note.noteId
                        text: qsTr("Edit")
                        onClicked: {
                            editor.text = note.text
                            notes.removing = ""
                            notes.editing = note.noteId
                            editor.forceActiveFocus()
                            editor.cursorPosition = editor.length
                        }
                    }
                    AppButton {
                        objectName: "noteRemove"
                        visible: !note.editingThis && notes.removing !== note.noteId
                        text: qsTr("Remove")
                        onClicked: { notes.editing = ""; notes.removing = note.noteId }
                    }
                    AppButton {
                        objectName: "noteRemoveConfirm"
                        visible: notes.removing === note.noteId
                        danger: true
                        text: qsTr("Remove")
                        onClicked: { notes.profile.deleteNote(note.noteId); notes.removing = "" }
                    }
                    AppButton {
                        visible: notes.removing === note.noteId
                        text: qsTr("Keep it")
                        onClicked: notes.removing = ""
                    }
                    AppButton {
                        id: saveEdit
                        objectName: "noteEditSave"
                        visible: note.editingThis
                        primary: true
                        enabled: editor.text.trim().length > 0
                        text: qsTr("Save")
                        onClicked: {
                            notes.problem = notes.profile.saveNote(note.noteId, editor.text)
                            if (notes.problem.length === 0)
                                notes.editing = ""
                        }
                    }
                    AppButton {
                        visible: note.editingThis
                        text: qsTr("Cancel")
                        onClicked: notes.editing = ""
                    }
                }
            }
        }
    }
    Text {
        Layout.fillWidth: true
        Layout.fillHeight: true
        visible: list.count === 0
        textFormat: Text.PlainText
        wrapMode: Text.WordWrap
        verticalAlignment: Text.AlignTop
        text: qsTr("No notes yet. What the desk should know about this member goes here; members never see it.")
        font.pixelSize: Theme.fontBody
        color: Theme.textMuted
    }
}
