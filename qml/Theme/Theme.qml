pragma Singleton
import QtQuick

// Every colour, size and duration the interface uses. Pages read Theme.*; nothing is hard-coded.
QtObject {
    id: theme

    property bool dark: false

    // Type scale (desktop): 12 / 14 body / 16 / 20 / 24 / 32
    readonly property string fontFamily: "Inter"
    readonly property int fontSmall: 12
    readonly property int fontBody: 14
    readonly property int fontLarge: 16
    readonly property int fontTitle: 20
    readonly property int fontHeadline: 24
    readonly property int fontDisplay: 32

    // Spacing 4 / 8 / 12 / 16 / 24 / 32, radius 6 (controls) / 10 (cards)
    readonly property int space1: 4
    readonly property int space2: 8
    readonly property int space3: 12
    readonly property int space4: 16
    readonly property int space5: 24
    readonly property int space6: 32
    readonly property int radiusControl: 6
    readonly property int radiusCard: 10
    readonly property int controlHeight: 36
    readonly property int motion: 180

    // Colour roles, light and dark. Body text on background/surface is at least 4.5:1 in both.
    readonly property color background: dark ? "#101317" : "#f5f6f8"
    readonly property color surface: dark ? "#181c22" : "#ffffff"
    readonly property color surfaceAlt: dark ? "#20252d" : "#eef1f5"
    readonly property color border: dark ? "#2e3541" : "#dde2e9"
    readonly property color text: dark ? "#e7eaef" : "#18202b"
    readonly property color textMuted: dark ? "#a3acb9" : "#566171"
    readonly property color primary: dark ? "#8fb0ff" : "#2f5bd3"
    // Not "onPrimary": QML reads on+Capital as a signal handler, and the colour silently stays black.
    readonly property color primaryText: dark ? "#0b1020" : "#ffffff"
    readonly property color focusRing: dark ? "#ffc35c" : "#b35c00"
    readonly property color success: dark ? "#6fd69b" : "#1d7a46"
    readonly property color warning: dark ? "#ffc35c" : "#9a5b00"
    readonly property color danger: dark ? "#ff8a80" : "#c0322b"
    readonly property color shade: dark ? "#0c0f13" : "#e9ecf1" // outside opening hours

    // Booking states: never by colour alone (see Components/BookingBlock.qml for the glyphs).
    readonly property color confirmedFill: dark ? "#243a6b" : "#dfe7fc"
    readonly property color confirmedAccent: primary
    readonly property color checkedInFill: dark ? "#1f4a33" : "#dcf2e4"
    readonly property color checkedInAccent: success
    readonly property color busyFill: dark ? "#262b33" : "#eceef2"
    readonly property color blockText: text
}
