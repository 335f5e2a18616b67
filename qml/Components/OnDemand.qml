import QtQml
import QtQuick

// An item made only while `when` holds, as a child of `parentItem`, and destroyed when it stops.
// Unlike a Loader it is no item itself: a list of hundreds of delegates (the calendar's blocks)
// pays nothing for what most of them never show.
QtObject {
    id: holder

    property bool when: false
    property Component component
    property Item parentItem
    property Item item: null

    function update() {
        if (when && item === null && component !== null && parentItem !== null)
            item = component.createObject(parentItem)
        else if (!when && item !== null) {
            item.destroy()
            item = null
        }
    }
    onWhenChanged: update()
    Component.onCompleted: update()
}
