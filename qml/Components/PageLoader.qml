import QtQuick
import Atrium

// A page made the first time it is shown and kept from then on (its scroll, its choices): the
// shell starts with only the page it opens on, so a start does not pay for pages nobody opened.
Loader {
    id: loader

    // The rail's keys this page answers to ("members" and "member" are one page).
    property var keys: []
    readonly property bool shown: keys.indexOf(AppController.page) >= 0

    active: false
    onShownChanged: if (shown) active = true
    Component.onCompleted: if (shown) active = true
}
