#include "settings.h"

#include "appcontroller.h"
#include "protocol.h"
#include "uisetup.h"

#include <QCborArray>
#include <QCborMap>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>
#include <QSettings>
#include <QStandardPaths>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace atrium::gui {

namespace {

constexpr int kMinPasswordLength = 10; // the server's (Auth::passwordProblem)
constexpr int kMaxPasswordLength = 1024;

QString supportedLanguage(const QString &language)
{
    return language == u"es"_s ? language : u"en"_s;
}

#ifdef Q_OS_WIN
const QString kRunKey = u"HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run"_s;
#endif

} // namespace

// --- Preferences ---------------------------------------------------------------------------------

Preferences *Preferences::s_instance = nullptr;

Preferences::Preferences(const QString &settingsFile, const QString &profile, QObject *parent)
    : QObject(parent), m_settingsFile(settingsFile), m_profile(profile)
{
    m_language = savedLanguage();
    if (!m_settingsFile.isEmpty()) {
        const QString theme = QSettings(m_settingsFile, QSettings::IniFormat).value(u"theme"_s).toString();
        if (theme == u"dark"_s || theme == u"light"_s || theme == u"system"_s)
            m_theme = theme;
    }
    s_instance = this;
}

Preferences::~Preferences()
{
    if (m_translator) {
        QCoreApplication::removeTranslator(m_translator);
        delete m_translator;
    }
    if (s_instance == this)
        s_instance = nullptr;
}

Preferences *Preferences::create(QQmlEngine *engine, QJSEngine *)
{
    if (!s_instance)
        new Preferences(QString(), QString(), engine); // a test that made none: nothing is kept
    s_instance->m_engine = engine;
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

QString Preferences::savedLanguage() const
{
    const QString saved = m_settingsFile.isEmpty() ? QString() : QSettings(m_settingsFile, QSettings::IniFormat).value(u"language"_s).toString();
    return supportedLanguage(saved.isEmpty() ? QLocale::system().name().left(2) : saved);
}

void Preferences::apply(const QString &language)
{
    if (m_translator) {
        QCoreApplication::removeTranslator(m_translator);
        delete m_translator;
        m_translator = nullptr;
    }
    m_language = supportedLanguage(language);
    m_translator = installTranslation(*QCoreApplication::instance(), m_language);
    if (AppController *app = AppController::instance())
        app->retranslate(m_language);
    if (m_engine)
        m_engine->retranslate();
    Q_EMIT languageChanged();
}

void Preferences::setLanguage(const QString &language)
{
    const QString lang = supportedLanguage(language);
    save(u"language"_s, lang);
    if (lang != m_language || !m_translator)
        apply(lang);
}

void Preferences::overrideLanguage(const QString &language)
{
    apply(language.isEmpty() ? savedLanguage() : language);
}

void Preferences::setTheme(const QString &theme)
{
    if (theme != u"dark"_s && theme != u"light"_s && theme != u"system"_s)
        return;
    save(u"theme"_s, theme);
    overrideTheme(theme);
}

void Preferences::overrideTheme(const QString &theme)
{
    if (theme == m_theme)
        return;
    m_theme = theme;
    Q_EMIT themeChanged();
}

bool Preferences::dark() const
{
    if (m_theme == u"system"_s)
        return QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
    return m_theme == u"dark"_s;
}

void Preferences::save(const QString &key, const QString &value)
{
    if (m_settingsFile.isEmpty())
        return;
    QSettings settings(m_settingsFile, QSettings::IniFormat);
    settings.setValue(key, value);
}

QString Preferences::autostartFile()
{
#if defined(Q_OS_WIN)
    return {};
#elif defined(Q_OS_MACOS)
    return QDir::homePath() + u"/Library/LaunchAgents/org.atrium.desktop.plist"_s;
#else
    // The XDG autostart folder every Linux desktop reads.
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + u"/autostart/atrium.desktop"_s;
#endif
}

bool Preferences::startAtLogin() const
{
#ifdef Q_OS_WIN
    return QSettings(kRunKey, QSettings::NativeFormat).contains(u"Atrium"_s);
#else
    return QFileInfo::exists(autostartFile());
#endif
}

QString Preferences::startAtLoginProblem() const
{
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS) || defined(Q_OS_LINUX)
    return {};
#else
    return tr("Starting at login is not supported on this system.");
#endif
}

void Preferences::setStartAtLogin(bool on)
{
    if (on == startAtLogin())
        return;
    const QString program = QDir::toNativeSeparators(QCoreApplication::applicationFilePath());
#ifdef Q_OS_WIN
    QSettings run(kRunKey, QSettings::NativeFormat);
    if (on)
        run.setValue(u"Atrium"_s, m_profile.isEmpty() ? u"\"%1\""_s.arg(program) : u"\"%1\" --profile \"%2\""_s.arg(program, m_profile));
    else
        run.remove(u"Atrium"_s);
#else
    const QString file = autostartFile();
    if (!on) {
        QFile::remove(file);
    } else {
        QDir().mkpath(QFileInfo(file).absolutePath());
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            qWarning("atrium: could not write %s", qPrintable(file));
            return;
        }
#ifdef Q_OS_MACOS
        QString args = u"<string>%1</string>"_s.arg(program.toHtmlEscaped());
        if (!m_profile.isEmpty())
            args += u"<string>--profile</string><string>%1</string>"_s.arg(m_profile.toHtmlEscaped());
        out.write(u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                  "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
                  "<plist version=\"1.0\"><dict><key>Label</key><string>org.atrium.desktop</string>"
                  "<key>ProgramArguments</key><array>%1</array><key>RunAtLoad</key><true/></dict></plist>\n"_s.arg(args)
                      .toUtf8());
#else
        // Exec quoting per the Desktop Entry spec: each argument in double quotes.
        // (-> QString: a QStringBuilder returned would outlive the argument it points into.)
        const auto quoted = [](QString s) -> QString { return u'"' + s.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s) + u'"'; };
        QString exec = quoted(program);
        if (!m_profile.isEmpty())
            exec += u" --profile "_s + quoted(m_profile);
        out.write(u"[Desktop Entry]\nType=Application\nName=Atrium\nComment=%1\nExec=%2\nTerminal=false\nX-GNOME-Autostart-enabled=true\n"_s
                      .arg(tr("Front desk and bookings"), exec)
                      .toUtf8());
#endif
    }
#endif
    Q_EMIT startAtLoginChanged();
}

// --- AccountSettings -----------------------------------------------------------------------------

AccountSettings::AccountSettings(QObject *parent) : QObject(parent)
{
    AppController *app = AppController::instance();
    Q_ASSERT_X(app, "AccountSettings", "create the app controller before QML");
    client::SyncEngine &engine = app->engine();
    connect(&engine, &client::SyncEngine::accountReply, this, &AccountSettings::answered);
    connect(&engine, &client::SyncEngine::serverError, this, [this](const QString &code, const QString &) {
        if (busy() && code == proto::code::RateLimited) {
            m_waitingFor.clear();
            m_revoking.clear();
            Q_EMIT busyChanged();
            say(tr("Too many wrong passwords: wait a few minutes and try again."), false);
        }
    });
    connect(app, &AppController::sessionChanged, this, [this]() {
        // Another account (or nobody) now: nothing of the last one's stays on the page.
        m_sessions.clear();
        m_sessionsLoaded = false;
        m_waitingFor.clear();
        m_revoking.clear();
        m_message.clear();
        Q_EMIT sessionsChanged();
        Q_EMIT busyChanged();
        Q_EMIT messageChanged();
    });
    // A new language: the sessions' words again.
    if (Preferences *preferences = Preferences::instance())
        connect(preferences, &Preferences::languageChanged, this, &AccountSettings::sessionsChanged);
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(15000);
    connect(&m_timeout, &QTimer::timeout, this, [this]() {
        if (!busy())
            return;
        m_waitingFor.clear();
        m_revoking.clear();
        Q_EMIT busyChanged();
        say(tr("The server did not answer; try again."), false);
    });
}

QString AccountSettings::passwordProblem(const QString &password, const QString &repeated) const
{
    if (password.size() < kMinPasswordLength)
        return tr("A password needs at least %n characters; a few words make a good one.", nullptr, kMinPasswordLength);
    if (password.size() > kMaxPasswordLength)
        return tr("A password can be at most %n characters.", nullptr, kMaxPasswordLength);
    if (password.compare(AppController::instance()->userEmail(), Qt::CaseInsensitive) == 0)
        return tr("A password cannot be your e-mail address.");
    if (password != repeated)
        return tr("The two new passwords are not the same.");
    return {};
}

QVariantList AccountSettings::sessions() const
{
    const QTimeZone viewer = AppController::instance()->viewerZone();
    const auto when = [&](qint64 ms) { return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms, viewer), QLocale::ShortFormat); };
    QVariantList out;
    for (const QCborMap &s : m_sessions) {
        const bool current = s.value("current"_L1).toBool();
        out << QVariantMap{{u"id"_s, s.value("id"_L1).toString()},
                           {u"device"_s, current ? tr("This device") : tr("Another device")},
                           {u"since"_s, tr("Signed in %1").arg(when(s.value("createdAt"_L1).toInteger()))},
                           {u"lastUsed"_s, current ? tr("In use now") : tr("Last used %1").arg(when(s.value("lastUsedAt"_L1).toInteger()))},
                           {u"current"_s, current}};
    }
    return out;
}

bool AccountSettings::send(const QString &op, const QCborMap &fields)
{
    AppController *app = AppController::instance();
    if (app->syncState() != u"online"_s && app->syncState() != u"syncing"_s) {
        say(tr("Offline: this is asked of the server, so it needs a connection."), false);
        return false;
    }
    QCborMap request = fields;
    request.insert("op"_L1, op);
    app->engine().account(request);
    m_waitingFor << op;
    m_timeout.start();
    Q_EMIT busyChanged();
    return true;
}

void AccountSettings::say(const QString &message, bool ok)
{
    m_message = message;
    m_ok = ok;
    Q_EMIT messageChanged();
}

void AccountSettings::clearMessage()
{
    say({}, false);
}

void AccountSettings::changePassword(const QString &current, const QString &password, const QString &repeated)
{
    if (current.isEmpty()) {
        say(tr("Type your current password first."), false);
        return;
    }
    if (const QString problem = passwordProblem(password, repeated); !problem.isEmpty()) {
        say(problem, false);
        return;
    }
    send(u"change_password"_s, {{u"password"_s, current}, {u"newPassword"_s, password}});
}

void AccountSettings::loadSessions()
{
    send(u"list_sessions"_s, {});
}

void AccountSettings::revokeSession(const QString &sessionId)
{
    send(u"revoke_session"_s, {{u"session"_s, sessionId}});
}

void AccountSettings::signOutEverywhereElse()
{
    QStringList others;
    for (const QCborMap &s : std::as_const(m_sessions))
        if (!s.value("current"_L1).toBool())
            others << s.value("id"_L1).toString();
    if (others.isEmpty()) {
        say(tr("This is the only device signed in to your account."), true);
        return;
    }
    for (const QString &id : std::as_const(others))
        if (send(u"revoke_session"_s, {{u"session"_s, id}}))
            m_revoking << id;
}

void AccountSettings::answered(const QString &op, bool ok, const QString &code, const QString &serverMessage, const QCborArray &sessions)
{
    if (!m_waitingFor.removeOne(op))
        return; // asked by someone else (the CLI shares nothing with this; a late answer after a timeout)
    if (m_waitingFor.isEmpty())
        m_timeout.stop();
    Q_EMIT busyChanged();
    if (op == u"list_sessions"_s) {
        if (!ok) {
            say(serverMessage, false);
            return;
        }
        m_sessions.clear();
        for (const QCborValue &s : sessions)
            m_sessions << s.toMap();
        std::sort(m_sessions.begin(), m_sessions.end(), [](const QCborMap &a, const QCborMap &b) {
            if (a.value("current"_L1).toBool() != b.value("current"_L1).toBool())
                return a.value("current"_L1).toBool();
            return a.value("lastUsedAt"_L1).toInteger() > b.value("lastUsedAt"_L1).toInteger();
        });
        m_sessionsLoaded = true;
        Q_EMIT sessionsChanged();
        return;
    }
    if (op == u"revoke_session"_s) {
        if (ok && !m_revoking.isEmpty()) {
            // Answers come in the order asked: the oldest one asked is the one answered.
            const QString id = m_revoking.takeFirst();
            m_sessions.removeIf([&](const QCborMap &s) { return s.value("id"_L1).toString() == id; });
            Q_EMIT sessionsChanged();
            if (m_revoking.isEmpty())
                say(tr("Signed out on every other device."), true);
            return;
        }
        if (ok) {
            loadSessions();
            say(tr("Signed out there."), true);
        } else {
            m_revoking.clear();
            say(code == proto::code::NotFound ? tr("That session had already ended.") : serverMessage, false);
            loadSessions();
        }
        return;
    }
    if (op == u"change_password"_s) {
        if (ok) {
            say(tr("Password changed. Every other device was signed out and needs the new one."), true);
            Q_EMIT passwordChanged();
            loadSessions();
        } else if (code == proto::code::BadCredentials) {
            say(tr("The current password is not right."), false);
        } else {
            say(serverMessage, false);
        }
    }
}

} // namespace atrium::gui
