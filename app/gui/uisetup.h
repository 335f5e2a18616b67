#pragma once

#include <QString>

class QQmlEngine;
class QQmlApplicationEngine;
class QCoreApplication;
class QTranslator;

namespace atrium::gui {

// Everything the app and the QML tests both need before loading Main.qml: the bundled font,
// the translation for a language ("es", "en"), the icon provider and the import path.
void loadFonts();
QTranslator *installTranslation(QCoreApplication &app, const QString &language);
void prepareEngine(QQmlEngine &engine);
// Switches the loaded window (and with it the Theme singleton) to the dark palette.
void setDarkTheme(QQmlApplicationEngine &engine, bool dark);
inline constexpr auto kMainQml = "qrc:/qt/qml/Atrium/Main.qml";

} // namespace atrium::gui
