#pragma once

#include <QString>
#include <QStringView>

namespace Marquee {

// Checks shared by the domain types and the importers.
bool isCountryCode(QStringView code);  // ISO 3166-1 alpha-2, upper case ("FR")
bool isLanguageCode(QStringView code); // ISO 639-1, lower case ("fr")
bool isImdbId(QStringView id);         // "tt" followed by 7 or more digits

// "FR" for "FR", "fr" or "France"; empty when it names no country.
QString countryCodeFor(QStringView text);
// "fr" for "fr", "FR" or "French"; empty when it names no language.
QString languageCodeFor(QStringView text);
// English names for display: "France", "French".
QString countryName(QStringView code);
QString languageName(QStringView code);

// The key names are compared by: case-folded, white space simplified.
QString foldedKey(QStringView text);

// The separator of list fields in CSV ("; "); list items may not contain it.
inline constexpr QChar ListSeparator = u';';

} // namespace Marquee
