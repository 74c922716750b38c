#include "celldelegate.h"

#include "core/db/companyrepository.h"
#include "core/db/filmrepository.h"
#include "core/db/personrepository.h"
#include "core/domain/film.h"
#include "core/models/catalogtablemodel.h"
#include "editcommands.h"
#include "namecompleter.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QToolTip>
#include <QUndoStack>

namespace Marquee {

namespace {

// The editor remembers the cell it edits, for validation on commit.
const char IndexProperty[] = "marqueeIndex";
const char OriginalProperty[] = "marqueeOriginal";

struct IntRange
{
    int min;
    int max;
};

std::optional<IntRange> intRange(const QString &field)
{
    if (field == u"year" || field == u"film_year")
        return IntRange{Film::MinYear, Film::MaxYear};
    if (field == u"runtime_minutes")
        return IntRange{Film::MinRuntime, Film::MaxRuntime};
    if (field == u"metascore")
        return IntRange{0, 100};
    if (field == u"tmdb_vote_count" || field == u"imdb_votes")
        return IntRange{0, std::numeric_limits<int>::max() - 1};
    return std::nullopt;
}

std::optional<double> realMax(const QString &field)
{
    if (field == u"tmdb_vote_average" || field == u"imdb_rating" || field == u"my_rating")
        return 10.0;
    if (field == u"score")
        return 100.0;
    if (field == u"tmdb_popularity")
        return 1e9;
    return std::nullopt;
}

const QString None = QStringLiteral("—");

} // namespace

CellDelegate::CellDelegate(QUndoStack *undoStack, QObject *parent)
    : QStyledItemDelegate(parent), m_undoStack(undoStack)
{}

QWidget *CellDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    const QString field = index.data(CatalogTableModel::FieldNameRole).toString();
    QWidget *editor = nullptr;
    if (const auto range = intRange(field)) {
        // One step below the range means "not known", shown as a dash.
        auto *spin = new QSpinBox(parent);
        spin->setRange(range->min - 1, range->max);
        spin->setSpecialValueText(None);
        spin->setGroupSeparatorShown(field.endsWith(QLatin1String("votes")) ||
                                     field.endsWith(QLatin1String("count")));
        editor = spin;
    } else if (const auto max = realMax(field)) {
        auto *spin = new QDoubleSpinBox(parent);
        const double step = *max > 10 ? 1.0 : 0.1;
        spin->setDecimals(field == u"tmdb_popularity" ? 4 : field == u"tmdb_vote_average" ? 3 : 1);
        spin->setSingleStep(step);
        spin->setRange(-step, *max);
        spin->setSpecialValueText(None);
        editor = spin;
    } else if (field == u"release_date" || field == u"watched_on" || field == u"date") {
        auto *date = new QDateEdit(parent);
        date->setCalendarPopup(true);
        date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        date->setMinimumDate(QDate(Film::MinYear - 1, 12, 31));
        date->setMaximumDate(QDate(Film::MaxYear, 12, 31));
        date->setSpecialValueText(None);
        editor = date;
    } else if (field == u"status" || field == u"type" || field == u"certification") {
        auto *combo = new QComboBox(parent);
        combo->addItem(QString());
        if (field == u"status")
            combo->addItems(filmStatusNames());
        else if (field == u"type")
            combo->addItems(filmTypeNames());
        else {
            combo->setEditable(true);
            combo->addItems({QStringLiteral("G"), QStringLiteral("PG"), QStringLiteral("PG-13"),
                             QStringLiteral("R"), QStringLiteral("NC-17"), QStringLiteral("NR"),
                             QStringLiteral("U"), QStringLiteral("12A"), QStringLiteral("15"),
                             QStringLiteral("18")});
        }
        editor = combo;
    } else {
        editor = QStyledItemDelegate::createEditor(parent, option, index);
        const auto *model = qobject_cast<const CatalogTableModel *>(index.model());
        auto *line = qobject_cast<QLineEdit *>(editor);
        if (line && model && field == u"companies") {
            // The company picker: names from the catalog as one types.
            Catalog *catalog = &model->catalog();
            new NameCompleter(
                [catalog](const QString &prefix) {
                    return CompanyRepository(*catalog).namesStartingWith(prefix, 30);
                },
                line);
        } else if (line && model &&
                   (field == u"directors" || field == u"writers" || field == u"cast")) {
            // The person picker, for each name of the list.
            Catalog *catalog = &model->catalog();
            new NameCompleter(
                [catalog](const QString &prefix) {
                    return PersonRepository(*catalog).namesStartingWith(prefix, 30);
                },
                line);
        } else if (line && model && field == u"film_title") {
            // The film picker: "Title (Year)" of the catalog's films as one types.
            Catalog *catalog = &model->catalog();
            new NameCompleter(
                [catalog](const QString &prefix) {
                    return FilmRepository(*catalog).titlesStartingWith(prefix, 30);
                },
                line, NameCompleter::Mode::Single);
        }
    }
    editor->setProperty(IndexProperty, QVariant::fromValue(QPersistentModelIndex(index)));
    return editor;
}

void CellDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->setValue(value.isNull() ? spin->minimum() : value.toInt());
    } else if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor)) {
        spin->setValue(value.isNull() ? spin->minimum() : value.toDouble());
        // The box rounds to its decimals; an untouched value must keep every digit it had.
        spin->setProperty(OriginalProperty, value);
    } else if (auto *date = qobject_cast<QDateEdit *>(editor)) {
        date->setDate(value.isNull() ? date->minimumDate() : value.toDate());
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const int i = combo->findText(value.toString());
        if (i >= 0)
            combo->setCurrentIndex(i);
        else
            combo->setEditText(value.toString());
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

QVariant CellDelegate::editorValue(QWidget *editor)
{
    if (auto *spin = qobject_cast<QSpinBox *>(editor))
        return spin->value() == spin->minimum() ? QVariant() : QVariant(spin->value());
    if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor)) {
        const QVariant original = spin->property(OriginalProperty);
        if (!original.isNull() && spin->value() == QLocale::c().toDouble(QString::number(
                                                       original.toDouble(), 'f', spin->decimals())))
            return original;
        return spin->value() == spin->minimum() ? QVariant() : QVariant(spin->value());
    }
    if (auto *date = qobject_cast<QDateEdit *>(editor))
        return date->date() == date->minimumDate() ? QVariant() : QVariant(date->date());
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        return combo->currentText();
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        return line->text();
    if (auto *text = qobject_cast<QPlainTextEdit *>(editor))
        return text->toPlainText();
    return {};
}

bool CellDelegate::sameValue(const QVariant &before, const QVariant &after)
{
    const bool emptyBefore = before.isNull() || before.toString().isEmpty();
    const bool emptyAfter = after.isNull() || after.toString().isEmpty();
    if (emptyBefore || emptyAfter)
        return emptyBefore == emptyAfter;
    return before.toString() == after.toString();
}

bool CellDelegate::acceptable(QWidget *editor) const
{
    const auto index = editor->property(IndexProperty).value<QPersistentModelIndex>();
    const auto *model = qobject_cast<const CatalogTableModel *>(index.model());
    if (!model || !index.isValid())
        return true;
    const QString error = model->validateCell(index, editorValue(editor));
    if (error.isEmpty())
        return true;
    editor->setProperty("refused", error);
    QToolTip::showText(editor->mapToGlobal(QPoint(0, editor->height())), error, editor);
    return false;
}

bool CellDelegate::eventFilter(QObject *object, QEvent *event)
{
    auto *editor = qobject_cast<QWidget *>(object);
    if (editor && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        const bool commits = key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Tab ||
                             key == Qt::Key_Backtab;
        if (commits && !acceptable(editor))
            return true; // stays in edit
    }
    if (editor && event->type() == QEvent::FocusOut &&
        !editor->isAncestorOf(QApplication::focusWidget()) && !acceptable(editor)) {
        // Losing focus with a refused value: keep the editor and its value.
        return true;
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

void CellDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                const QModelIndex &index) const
{
    auto *catalogModel = qobject_cast<CatalogTableModel *>(model);
    if (!catalogModel)
        return;
    const QVariant before = index.data(Qt::EditRole);
    const QVariant after = editorValue(editor);
    if (sameValue(before, after))
        return;
    m_undoStack->push(new SetCellCommand(catalogModel, catalogModel->idAt(index.row()),
                                         catalogModel->rowVersionAt(index.row()), index.column(),
                                         before, after));
}

} // namespace Marquee
