#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTranslator>

#include <memory>
#include <vector>

namespace kvs {

/// The app's UI language: loads the embedded translation (:/i18n/kvs-viewer_LANG.qm) and, when the system
/// has it, Qt's own (qtbase_LANG.qm) for standard dialogs. English needs no translation file.
class AppTranslations final
{
public:
    /// The languages the app ships, as codes: "en", "de", "ja".
    static QStringList languages();
    /// The language's own name for menus ("Deutsch", "日本語"); the code itself if unknown.
    static QString nativeName(const QString &language);
    /// The value of --lang LANG or --lang=LANG in a command line (before any other parsing); empty if absent.
    static QString languageArgument(const QStringList &arguments);
    /// The language to use: an explicit choice when it is one of languages(), else the system locale's
    /// first UI language we ship, else English.
    static QString resolve(const QString &choice, const QLocale &system = QLocale::system());

    /// Installs the translators for language (one of languages()) on the application, replacing any
    /// installed before. Returns false (and installs nothing of ours) if the app's translation is missing.
    bool install(const QString &language);
    /// The language installed last ("en" before install()).
    QString language() const { return m_language; }

private:
    void removeAll();

    std::vector<std::unique_ptr<QTranslator>> m_translators;
    QString m_language = QStringLiteral("en");
};

} // namespace kvs
