#pragma once

#include "../domain/company.h"
#include "../domain/fields.h"
#include "../domain/film.h"
#include "../domain/person.h"
#include "../domain/review.h"

#include <QVariant>

namespace Marquee {

// Text <-> field values for the CSV columns. Each set* function reads one cell into the
// record and returns why it refused the text (empty when it took it). An empty cell clears the
// field. Reviews' film_title and film_year are resolved by the importer, not here.
QString setFilmField(Film &film, FilmField field, const QString &text);
QString setCompanyField(Company &company, CompanyField field, const QString &text);
QString setReviewField(Review &review, ReviewField field, const QString &text);
QString setPersonField(Person &person, PersonField field, const QString &text);

// A film's field as its CSV column writes it (the text setFilmField reads back).
QString filmFieldText(const Film &film, FilmField field);

// A stored value as CSV text: integers plainly, reals in their shortest exact form, NULL empty.
QString formatValue(const QVariant &value, FieldKind kind);

// "1 h 52 min" for 112.
QString formatRuntime(int minutes);

} // namespace Marquee
