#include "validation.h"

#include <QHash>
#include <QLocale>

namespace Marquee {

namespace {

bool isAsciiUpper(QChar c)
{
    return c >= u'A' && c <= u'Z';
}
bool isAsciiLower(QChar c)
{
    return c >= u'a' && c <= u'z';
}

// English names of every territory Qt knows, folded, to their alpha-2 code.
const QHash<QString, QString> &countryNames()
{
    static const QHash<QString, QString> names = [] {
        QHash<QString, QString> map;
        for (int t = 1; t <= int(QLocale::LastTerritory); ++t) {
            const auto territory = QLocale::Territory(t);
            const QString code = QLocale::territoryToCode(territory);
            if (code.size() == 2)
                map.insert(foldedKey(QLocale::territoryToString(territory)), code);
        }
        // Names people write that differ from Qt's.
        map.insert(QStringLiteral("usa"), QStringLiteral("US"));
        map.insert(QStringLiteral("united states of america"), QStringLiteral("US"));
        map.insert(QStringLiteral("uk"), QStringLiteral("GB"));
        map.insert(QStringLiteral("great britain"), QStringLiteral("GB"));
        map.insert(QStringLiteral("south korea"), QStringLiteral("KR"));
        return map;
    }();
    return names;
}

const QHash<QString, QString> &languageNames()
{
    static const QHash<QString, QString> names = [] {
        QHash<QString, QString> map;
        for (int l = 2; l <= int(QLocale::LastLanguage); ++l) {
            const auto language = QLocale::Language(l);
            const QString code = QLocale::languageToCode(language, QLocale::ISO639Part1);
            if (code.size() == 2)
                map.insert(foldedKey(QLocale::languageToString(language)), code);
        }
        return map;
    }();
    return names;
}

} // namespace

bool isCountryCode(QStringView code)
{
    return code.size() == 2 && isAsciiUpper(code[0]) && isAsciiUpper(code[1]) &&
           QLocale::codeToTerritory(code) != QLocale::AnyTerritory;
}

bool isLanguageCode(QStringView code)
{
    return code.size() == 2 && isAsciiLower(code[0]) && isAsciiLower(code[1]) &&
           QLocale::codeToLanguage(code, QLocale::ISO639Part1) != QLocale::AnyLanguage;
}

bool isImdbId(QStringView id)
{
    if (id.size() < 9 || !id.startsWith(u"tt"))
        return false;
    for (qsizetype i = 2; i < id.size(); ++i) {
        if (id[i] < u'0' || id[i] > u'9')
            return false;
    }
    return true;
}

QString countryCodeFor(QStringView text)
{
    const QString trimmed = text.trimmed().toString();
    if (trimmed.size() == 2 && isCountryCode(trimmed.toUpper()))
        return trimmed.toUpper();
    return countryNames().value(foldedKey(trimmed));
}

QString languageCodeFor(QStringView text)
{
    const QString trimmed = text.trimmed().toString();
    if (trimmed.size() == 2 && isLanguageCode(trimmed.toLower()))
        return trimmed.toLower();
    return languageNames().value(foldedKey(trimmed));
}

QString countryName(QStringView code)
{
    const auto territory = QLocale::codeToTerritory(code);
    return territory == QLocale::AnyTerritory ? code.toString()
                                              : QLocale::territoryToString(territory);
}

QString languageName(QStringView code)
{
    const auto language = QLocale::codeToLanguage(code, QLocale::ISO639Part1);
    return language == QLocale::AnyLanguage ? code.toString() : QLocale::languageToString(language);
}

QString foldedKey(QStringView text)
{
    return text.toString().simplified().toCaseFolded();
}

} // namespace Marquee
