pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium

// A decision, so a dialog: cancelling frees the slot for others. It says before anyone confirms
// until when the rules let it be cancelled (or why they no longer do), and for an occurrence of a
// recurring booking whether this one, the following ones too, or the whole series goes.
Dialog {
    id: dialog

    property var info: ({})
    property string error: ""
    // 0: only this one, 1: this and the following, 2: the whole series
    property int scope: 0
    readonly property bool isSeries: (info.seriesId || "").length > 0

    // Reads the booking from the cache and opens.
    function ask(bookingId) {
        info = SelfService.cancelInfo(bookingId)
        error = ""
        scope = 0
        open()
    }

    title: qsTr("Cancel this booking?")
    modal: true
    anchors.centerIn: parent
    width: 440
    padding: Theme.space5
    background: Rectangle { radius: Theme.radiusCard; color: Theme.surface; border.color: Theme.border }
    header: Text {
        textFormat: Text.PlainText
        text: dialog.title
        padding: Theme.space5
        bottomPadding: 0
        font.pixelSize: Theme.fontTitle
        font.weight: Font.DemiBold
        color: Theme.text
    }
    contentItem: ColumnLayout {
        spacing: Theme.space3
        Text {
            Layout.fillWidth: true
            textFormat: Text.PlainText
            text: dialog.info.what || ""
            font.pixelSize: Theme.fontLarge
            font.weight: Font.DemiBold
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        Text {
            Layout.fillWidth: true
            textFormat: Text.PlainText
            text: (dialog.info.title || "").length > 0 ? qsTr("%1 · %2").arg(dialog.info.when || "").arg(dialog.info.title) : (dialog.info.when || "")
            font.pixelSize: Theme.fontBody
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.space2
            Icon {
                name: dialog.info.allowed ? "clock" : "exclamation-circle-fill"
                color: dialog.info.allowed ? Theme.textMuted : Theme.warning
            }
            Text {
                objectName: "cancelDeadline"
                Layout.fillWidth: true
                textFormat: Text.PlainText
                text: dialog.info.note || ""
                font.pixelSize: Theme.fontBody
                color: dialog.info.allowed ? Theme.textMuted : Theme.warning
                wrapMode: Text.WordWrap
            }
        }
        // A recurring booking: which of it goes.
        ColumnLayout {
            visible: dialog.isSeries && dialog.info.allowed
            spacing: 0
            Repeater {
                model: [ qsTr("Only this one"),
                         qsTr("This one and the following (%n)", "", dialog.info.later || 0),
                         qsTr("The whole series (what has not started)") ]
                delegate: RadioButton {
                    required property string modelData
                    required property int index
                    objectName: "cancelScope" + index
                    text: modelData
                    checked: dialog.scope === index
                    onClicked: dialog.scope = index
                    font.pixelSize: Theme.fontBody
                    Accessible.name: modelData
                }
            }
        }
        Text {
            Layout.fillWidth: true
            visible: dialog.error.length > 0
            textFormat: Text.PlainText
            text: dialog.error
            color: Theme.danger
            font.pixelSize: Theme.fontBody
            wrapMode: Text.WordWrap
        }
        Text {
            Layout.fillWidth: true
            visible: dialog.info.allowed === true
            textFormat: Text.PlainText
            text: qsTr("The space becomes free for others.")
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
            wrapMode: Text.WordWrap
        }
        RowLayout {
            Layout.topMargin: Theme.space3
            Item { Layout.fillWidth: true }
            AppButton {
                objectName: "cancelKeep"
                text: dialog.info.allowed ? qsTr("Keep it") : qsTr("Close")
                onClicked: dialog.reject()
            }
            AppButton {
                objectName: "cancelConfirm"
                visible: dialog.info.allowed === true
                danger: true
                focus: true
                text: qsTr("Cancel booking")
                onClicked: {
                    const id = dialog.info.id
                    if (!dialog.isSeries || dialog.scope === 0)
                        Undo.aboutToCancel(id) // Ctrl+Z books it again
                    const why = !dialog.isSeries || dialog.scope === 0 ? SelfService.cancel(id)
                              : SelfService.cancelSeries(dialog.info.seriesId, dialog.scope === 1 ? id : "")
                    if (why.length > 0)
                        dialog.error = why
                    else
                        dialog.accept()
                }
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()
            }
        }
    }
}
