#include "uisetup.h"

#include "iconprovider.h"
#include "settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLocale>
#include <QQmlApplicationEngine>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace atrium::gui {

void loadFonts()
{
    const QStringList fonts = QDir(u":/fonts"_s).entryList({u"*.otf"_s});
    for (const QString &f : fonts)
        if (QFontDatabase::addApplicationFont(u":/fonts/"_s + f) < 0)
            qWarning("could not load the bundled font %s", qPrintable(f));
    QFont font(u"Inter"_s);
    font.setPixelSize(14);
    QGuiApplication::setFont(font);
}

QTranslator *installTranslation(QCoreApplication &app, const QString &language)
{
    // Spanish for Spanish locales, English for everything else (including C/POSIX).
    const QString wanted = language.isEmpty() ? QLocale::system().name().left(2) : language;
    const QString lang = wanted == u"es"_s ? wanted : u"en"_s;
    QLocale::setDefault(QLocale(lang == u"es"_s ? u"es_ES"_s : u"en_US"_s));
    auto *translator = new QTranslator(&app);
    if (!translator->load(u":/i18n/atrium_"_s + lang + u".qm"_s)) {
        delete translator;
        return nullptr;
    }
    QCoreApplication::installTranslator(translator);
    return translator;
}

void prepareEngine(QQmlEngine &engine)
{
    engine.addImportPath(u"qrc:/qt/qml"_s);
    engine.addImageProvider(u"icon"_s, new IconProvider);
}

void setDarkTheme(QQmlApplicationEngine &, bool dark)
{
    // For this run, not kept in the profile.
    if (Preferences *preferences = Preferences::instance())
        preferences->overrideTheme(dark ? u"dark"_s : u"light"_s);
}

} // namespace atrium::gui
