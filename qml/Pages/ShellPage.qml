import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Atrium

// The signed-in desktop: navigation rail, top bar (location, check-in, sync chip, user), and the
// current page with its side panel.
Rectangle {
    id: shell

    property alias bookingDialog: bookingDialog
    property alias checkInDialog: checkInDialog
    property alias calendarPage: calendarPage
    property alias cancelDialog: cancelDialog
    property alias signOutDialog: signOutDialog

    color: Theme.background

    // The page comes before the rail in the item tree, so Tab goes through the top bar and the
    // page first and reaches the rail (and Sign out, which asks) last; Ctrl+1… jump to the pages.
    Item {
        anchors.fill: parent

        ColumnLayout {
            anchors { left: rail.right; right: parent.right; top: parent.top; bottom: parent.bottom; margins: Theme.space4 }
            spacing: Theme.space4

            // Top bar
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.space3
                Icon { name: "geo-alt"; color: Theme.textMuted }
                ComboBox {
                    id: locationBox
                    objectName: "locationBox"
                    implicitWidth: 220
                    model: AppController.locations
                    textRole: "name"
                    valueRole: "id"
                    // Again when the list arrives (count), not only when the location changes: at a
                    // start with a synced profile the location is known before the list is.
                    currentIndex: count > 0 ? indexOfValue(AppController.locationId) : -1
                    onActivated: AppController.locationId = currentValue
                    Accessible.name: qsTr("Location")
                }
                // The global search: a click or Ctrl+K from anywhere.
                AbstractButton {
                    id: searchButton
                    objectName: "searchButton"
                    Layout.fillWidth: true
                    Layout.maximumWidth: 420
                    implicitHeight: Theme.controlHeight
                    onClicked: searchPalette.open()
                    Accessible.name: qsTr("Search")
                    background: Rectangle {
                        radius: Theme.radiusControl
                        color: searchButton.hovered ? Theme.surfaceAlt : Theme.surface
                        border.color: searchButton.visualFocus ? Theme.focusRing : Theme.border
                        border.width: searchButton.visualFocus ? 2 : 1
                    }
                    contentItem: RowLayout {
                        spacing: Theme.space2
                        Icon { Layout.leftMargin: Theme.space2; name: "search"; color: Theme.textMuted; size: 14 }
                        Text {
                            Layout.fillWidth: true
                            textFormat: Text.PlainText
                            text: AppController.isStaff ? qsTr("Search members, spaces, bookings…") : qsTr("Search spaces and your bookings…")
                            font.pixelSize: Theme.fontBody
                            color: Theme.textMuted
                            elide: Text.ElideRight
                        }
                        Text {
                            Layout.rightMargin: Theme.space2
                            textFormat: Text.PlainText
                            text: "Ctrl+K"
                            font.pixelSize: Theme.fontSmall
                            color: Theme.textMuted
                        }
                    }
                }
                Item { Layout.fillWidth: true }
                AppButton {
                    visible: AppController.isStaff && AppController.page !== "home" // Home has its own
                    text: qsTr("Check in member")
                    onClicked: checkInDialog.open()
                }
                AppButton {
                    primary: true
                    text: qsTr("New booking")
                    onClicked: bookingDialog.openFor("", Math.ceil(Math.max(AppController.nowMinute, AppController.opensMinute) / 15) * 15)
                }
                InboxButton { }
                SyncChip { }
                ColumnLayout {
                    spacing: 0
                    Text {
                        text: AppController.userName
                        textFormat: Text.PlainText
                        font.pixelSize: Theme.fontBody
                        font.weight: Font.DemiBold
                        color: Theme.text
                    }
                    Text {
                        textFormat: Text.PlainText
                        text: AppController.isAdmin ? qsTr("Administrator") : AppController.isStaff ? qsTr("Front desk") : qsTr("Member")
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textMuted
                    }
                }
            }

            OfflineBanner { Layout.fillWidth: true }

            CheckInResult {
                objectName: "checkInResult"
                Layout.fillWidth: true
            }

            StackLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                // "member" is the Members page with the first member's profile open; the calendar's
                // views (week, month, timeline) are the calendar page.
                readonly property var pages: ["home", "calendar", "mybookings", "settings", "members", "admin", "find", "community"]
                readonly property var calendarViews: ["week", "month", "timeline"]
                currentIndex: pages.indexOf(AppController.page === "member" ? "members"
                                            : calendarViews.indexOf(AppController.page) >= 0 ? "calendar" : AppController.page)

                PageLoader {
                    keys: ["home"]
                    // A Loader's component reads this file's ids (Qt 6.4's Loader cannot make bound components, so qmllint cannot check it).
                    // qmllint disable unqualified
                    sourceComponent: Component {
                        HomePage {
                            objectName: "homePage"
                            onCheckInRequested: checkInDialog.open()
                            onBookRequested: (resourceId) => {
                                AppController.showToday()
                                bookingDialog.openFor(resourceId, Math.ceil(Math.max(AppController.nowMinute, AppController.opensMinute) / 15) * 15)
                            }
                            onBookingRequested: (bookingId) => AppController.showBooking(bookingId)
                        }
                    }
                    // qmllint enable unqualified
                }

                RowLayout {
                    spacing: Theme.space4

                    CalendarPage {
                        id: calendarPage
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        selected: panel.booking
                        onCreateRequested: (resourceId, minute) => bookingDialog.openFor(resourceId, minute)
                        onCancelRequested: (booking) => cancelDialog.ask(booking.id)
                        // Let go where the cache says it fits: moved (pending until the server
                        // says so). Elsewhere: why not, and the free places nearest to it.
                        onMoveRequested: (booking, resourceId, day, startMinute, durationMinutes, problem) => {
                            if (problem.length === 0)
                                CalendarEdits.move(booking.id, resourceId, day, startMinute, durationMinutes)
                            else
                                moveRefusedDialog.ask(booking, resourceId, day, startMinute, durationMinutes, problem)
                        }
                        // Shown (Ctrl+2, the rail): the keyboard is in the grid.
                        Connections {
                            target: AppController
                            function onPageChanged() { if (AppController.page === "calendar") calendarPage.focusGrid() }
                        }
                        onBookingActivated: (booking, resourceId) => {
                            panel.booking = booking
                            panel.resourceId = resourceId
                        }
                    }
                    BookingPanel {
                        id: panel
                        objectName: "bookingPanel"
                        Layout.fillHeight: true
                        Layout.preferredWidth: booking !== null ? implicitWidth : 0
                        visible: booking !== null
                        onCloseRequested: booking = null
                        // Escape closes the panel (a dialog open on top takes Escape first).
                        Shortcut {
                            // qmllint disable unqualified
                            sequence: StandardKey.Cancel // Qt 6.4's qmllint does not know StandardKey
                            // qmllint enable unqualified
                            enabled: panel.booking !== null
                            onActivated: panel.booking = null
                        }
                        onCancelRequested: (booking) => cancelDialog.ask(booking.id)
                        Connections {
                            target: AppController.calendar
                            // The calendar reloads when sync brings news: keep showing the same booking, refreshed.
                            function onCountChanged() {
                                if (panel.booking === null)
                                    return
                                const b = AppController.calendar.find(panel.booking.id)
                                panel.booking = b.id === undefined ? null : b
                                if (b.id !== undefined)
                                    panel.resourceId = b.resourceId
                            }
                        }
                    }
                }

                PageLoader {
                    keys: ["mybookings"]
                    // qmllint disable unqualified
                    sourceComponent: Component {
                        MyBookingsPage {
                            objectName: "myBookingsPage"
                            onNewBookingRequested: bookingDialog.openFor("", Math.ceil(Math.max(AppController.nowMinute, AppController.opensMinute) / 15) * 15)
                            onCancelRequested: (bookingId) => cancelDialog.ask(bookingId)
                            onShowRequested: (bookingId) => AppController.showBooking(bookingId)
                        }
                    }
                    // qmllint enable unqualified
                }

                PageLoader {
                    keys: ["settings"]
                    // qmllint disable unqualified
                    sourceComponent: Component {
                        SettingsPage {
                            objectName: "settingsPage"
                            onSignOutRequested: signOutDialog.ask()
                        }
                    }
                    // qmllint enable unqualified
                }

                PageLoader {
                    id: membersLoader
                    keys: ["members", "member"]
                    // qmllint disable unqualified
                    sourceComponent: Component {
                        MembersPage {
                            objectName: "membersPage"
                            showFirst: AppController.page === "member"
                            onBookRequested: (memberId) => bookingDialog.openFor("", Math.ceil(Math.max(AppController.nowMinute, AppController.opensMinute) / 15) * 15, memberId)
                        }
                    }
                    // qmllint enable unqualified
                }

                PageLoader {
                    keys: ["admin"]
                    sourceComponent: Component { AdminPage { objectName: "adminPage" } }
                }

                PageLoader {
                    keys: ["find"]
                    // qmllint disable unqualified
                    sourceComponent: Component {
                        FindPage {
                            objectName: "findPage"
                            onBookRequested: (resourceId, dayOffset, startMinute) => {
                                AppController.showToday()
                                AppController.shiftDay(dayOffset)
                                bookingDialog.openFor(resourceId, startMinute, "")
                            }
                        }
                    }
                    // qmllint enable unqualified
                }

                PageLoader {
                    keys: ["community"]
                    sourceComponent: Component { CommunityPage { objectName: "communityPage" } }
                }
            }
        }

        NavRail {
            id: rail
            anchors { left: parent.left; top: parent.top; bottom: parent.bottom }
            onSignOutRequested: signOutDialog.ask()
        }
    }

    BookingDialog { id: bookingDialog; objectName: "bookingDialog" }
    SearchPalette {
        id: searchPalette
        objectName: "searchPalette"
        onMemberRequested: (memberId) => {
            membersLoader.active = true // made now if it was never shown
            membersLoader.item.show(memberId)
        }
    }
    Shortcut {
        sequence: "Ctrl+K"
        context: Qt.ApplicationShortcut
        onActivated: searchPalette.opened ? searchPalette.close() : searchPalette.open()
    }
    // `--page search`: the palette open over the role's first page.
    function showSearchPage() {
        if (AppController.page !== "search")
            return
        AppController.page = AppController.isStaff ? "home" : "calendar"
        searchPalette.open()
    }
    Connections {
        target: AppController
        function onPageChanged() { shell.showSearchPage() }
    }
    Component.onCompleted: showSearchPage()
    // Ctrl+Z: the last change made here, taken back (it says so in its line).
    Shortcut {
        // qmllint disable unqualified
        sequences: [StandardKey.Undo] // Qt 6.4's qmllint does not know StandardKey
        // qmllint enable unqualified
        context: Qt.ApplicationShortcut
        onActivated: Undo.undo()
    }
    MoveRefusedDialog { id: moveRefusedDialog; objectName: "moveRefusedDialog" }
    CheckInDialog { id: checkInDialog }
    SignOutDialog { id: signOutDialog }
    CancelBookingDialog {
        id: cancelDialog
        objectName: "cancelDialog"
        onAccepted: panel.booking = null
    }
}
