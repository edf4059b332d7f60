#include "desktop/apptranslations.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace kvs {

QStringList AppTranslations::languages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("ja")};
}

QString AppTranslations::nativeName(const QString &language)
{
    // Each language is named in itself, so a user can find theirs in any UI language.
    if (language == u"en")
        return QStringLiteral("English");
    if (language == u"de")
        return QStringLiteral("Deutsch");
    if (language == u"ja")
        return QStringLiteral("日本語");
    return language;
}

QString AppTranslations::languageArgument(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        if (argument == u"--")
            break;
        if (argument == u"--lang" || argument == u"-lang")
            return i + 1 < arguments.size() ? arguments[i + 1] : QString();
        for (const auto prefix : {u"--lang=", u"-lang="}) {
            if (argument.startsWith(QStringView(prefix)))
                return argument.mid(QStringView(prefix).size());
        }
    }
    return QString();
}

QString AppTranslations::resolve(const QString &choice, const QLocale &system)
{
    if (languages().contains(choice))
        return choice;
    for (const QString &name : system.uiLanguages()) {
        const QString language = name.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
        if (languages().contains(language))
            return language;
    }
    return QStringLiteral("en");
}

bool AppTranslations::install(const QString &language)
{
    removeAll();
    m_language = QStringLiteral("en");
    if (language == u"en" || !languages().contains(language))
        return language == u"en";
    auto app = std::make_unique<QTranslator>();
    if (!app->load(QStringLiteral(":/i18n/kvs-viewer_%1.qm").arg(language)))
        return false;
    QCoreApplication::installTranslator(app.get());
    m_translators.push_back(std::move(app));
    // Qt's own strings (standard buttons, file dialogs) when the system has them; without, they stay English.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_%1").arg(language),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        m_translators.push_back(std::move(qt));
    }
    m_language = language;
    QLocale::setDefault(QLocale(language));
    return true;
}

void AppTranslations::removeAll()
{
    for (const auto &translator : m_translators)
        QCoreApplication::removeTranslator(translator.get());
    m_translators.clear();
}

} // namespace kvs
