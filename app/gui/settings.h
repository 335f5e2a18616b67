#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QTimer>
#include <QCborMap>
#include <QVariantList>

class QTranslator;

namespace atrium::gui {

// How this app looks and starts, for this profile: the language and the theme, switched while it
// runs (no restart), and whether it starts when the user logs in to the computer. Kept in the
// profile's settings.ini; a command line's --lang and --dark win for that run only. Owned by
// main (or a test) and handed to QML as a singleton; without one, QML gets a default that keeps
// nothing.
class Preferences : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    // light, dark or system (the desktop's own, as far as Qt 6.4 can tell from its palette)
    Q_PROPERTY(QString theme READ theme WRITE setTheme NOTIFY themeChanged)
    Q_PROPERTY(bool dark READ dark NOTIFY themeChanged)
    Q_PROPERTY(bool startAtLogin READ startAtLogin WRITE setStartAtLogin NOTIFY startAtLoginChanged)
    // Where starting at login is not supported on this system: "" when it is.
    Q_PROPERTY(QString startAtLoginProblem READ startAtLoginProblem CONSTANT)

public:
    // settingsFile: where the choices are kept ("" keeps nothing); profile: what the app started
    // at login opens (its --profile).
    // (No default constructor: QML must come through create(), to the one main made.)
    explicit Preferences(const QString &settingsFile, const QString &profile = {}, QObject *parent = nullptr);
    ~Preferences() override;
    static Preferences *create(QQmlEngine *, QJSEngine *);
    static Preferences *instance() { return s_instance; }

    QString language() const { return m_language; }
    // en or es (anything else is English): the translator, the locale's dates and numbers, the
    // pages' words and the lists' sentences change at once.
    void setLanguage(const QString &language);
    QString theme() const { return m_theme; }
    void setTheme(const QString &theme);
    bool dark() const;
    bool startAtLogin() const;
    void setStartAtLogin(bool on);
    QString startAtLoginProblem() const;

    // For this run only, not kept: a command line's --lang and --dark.
    void overrideLanguage(const QString &language);
    void overrideTheme(const QString &theme);
    // The language kept in the profile (or the system's) before any override.
    QString savedLanguage() const;

    // The file that starts the app at login on this system (XDG autostart entry, LaunchAgent
    // plist); "" on Windows, where it is a registry value.
    static QString autostartFile();

Q_SIGNALS:
    void languageChanged();
    void themeChanged();
    void startAtLoginChanged();

private:
    void apply(const QString &language);
    void save(const QString &key, const QString &value);

    QString m_settingsFile;
    QString m_profile;
    QString m_language;
    QString m_theme = QStringLiteral("light");
    QTranslator *m_translator = nullptr;
    QQmlEngine *m_engine = nullptr;
    static Preferences *s_instance;
};

// The signed-in account's own security: change the password, see where the account is signed
// in, and sign out of one of those sessions or of every other. Asked of the server, never
// queued (a password is never kept on disk): offline, each says so at once.
class AccountSettings : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    // The last answer, in the user's words, and whether it went well.
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool ok READ ok NOTIFY messageChanged)
    // {id, device, since, lastUsed, current} of the account's open sessions, this one first.
    Q_PROPERTY(QVariantList sessions READ sessions NOTIFY sessionsChanged)
    Q_PROPERTY(bool sessionsLoaded READ sessionsLoaded NOTIFY sessionsChanged)

public:
    explicit AccountSettings(QObject *parent = nullptr);

    bool busy() const { return !m_waitingFor.isEmpty(); }
    QString message() const { return m_message; }
    bool ok() const { return m_ok; }
    // Made when read, so the words and dates follow the language as it changes.
    QVariantList sessions() const;
    bool sessionsLoaded() const { return m_sessionsLoaded; }

    // What is wrong with a new password before it is sent (the server's rules), or "".
    Q_INVOKABLE QString passwordProblem(const QString &password, const QString &repeated) const;
    Q_INVOKABLE void changePassword(const QString &current, const QString &password, const QString &repeated);
    Q_INVOKABLE void loadSessions();
    Q_INVOKABLE void revokeSession(const QString &sessionId);
    Q_INVOKABLE void signOutEverywhereElse();
    Q_INVOKABLE void clearMessage();

Q_SIGNALS:
    void busyChanged();
    void messageChanged();
    void sessionsChanged();
    void passwordChanged();

private:
    bool send(const QString &op, const QCborMap &fields);
    void answered(const QString &op, bool ok, const QString &code, const QString &serverMessage, const QCborArray &sessions);
    void say(const QString &message, bool ok);

    QStringList m_waitingFor; // ops sent and not answered, in order
    QStringList m_revoking;   // sessions asked to end by signOutEverywhereElse
    QString m_message;
    bool m_ok = false;
    QList<QCborMap> m_sessions; // as the server listed them, this one first
    bool m_sessionsLoaded = false;
    QTimer m_timeout;
};

} // namespace atrium::gui
