import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium

// A decision, so a dialog: cancelling frees the slot for others.
Dialog {
    id: dialog

    property var booking: null

    title: qsTr("Cancel this booking?")
    modal: true
    anchors.centerIn: parent
    width: 400
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
            text: dialog.booking ? qsTr("%1, %2. The space becomes free for others.")
                                   .arg(dialog.booking.who || dialog.booking.title || qsTr("Booking"))
                                   .arg(AppController.rangeText(dialog.booking.startMinute, dialog.booking.endMinute)) : ""
            textFormat: Text.PlainText
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontBody
            color: Theme.text
        }
        RowLayout {
            Layout.topMargin: Theme.space3
            Item { Layout.fillWidth: true }
            AppButton { text: qsTr("Keep it"); onClicked: dialog.reject() }
            AppButton {
                danger: true
                text: qsTr("Cancel booking")
                onClicked: {
                    AppController.cancelBooking(dialog.booking.id)
                    dialog.accept()
                }
            }
        }
    }
}
