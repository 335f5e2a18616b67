// atrium-cli: parses its arguments and hands them to CliCommands.
#include "clicommands.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("atrium"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    return atrium::cli::run(QCoreApplication::arguments());
}
